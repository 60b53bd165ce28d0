"""`web` and `users`: the Clerk's case board, and the accounts that log in to it.

The board's modules are imported by these two commands alone: web/users.py hashes a dummy password at import (so
that a login with an unknown name takes as long as one with a wrong password), which costs most of a second that
`classify`, or `poll --once` from cron, should not pay."""

from __future__ import annotations

import argparse
import getpass
import sys

from inbox_agent.app.pipeline import utc_now
from inbox_agent.cli.common import Commands, application, table
from inbox_agent.reports.render import local_time


def register(commands: Commands) -> None:
    web = commands.add_parser("web", help="serve the Clerk's case board (log in with an account from 'users add')")
    web.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: put HTTPS in front of it)"
    )
    web.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    web.set_defaults(func=cmd_web)

    user_parser = commands.add_parser("users", help="accounts for the case board")
    u_commands = user_parser.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    u_add = u_commands.add_parser(
        "add", help="add an account, or set a new password for one (it asks for the password)"
    )
    u_add.add_argument("name", metavar="NAME", help="a short login name, e.g. marianne; the case history records it")
    u_add.add_argument(
        "--password-stdin", action="store_true", help="read the password from the first line of standard input"
    )
    u_commands.add_parser("list", help="list the accounts")
    u_remove = u_commands.add_parser("remove", help="remove an account")
    u_remove.add_argument("name", metavar="NAME")
    user_parser.set_defaults(func=cmd_users)


def cmd_web(args: argparse.Namespace) -> int:
    from inbox_agent.web.board import serve

    app = application(args)
    serve(app.settings, app.book, args.host, args.port)
    return 0


def cmd_users(args: argparse.Namespace) -> int:
    from inbox_agent.web import users

    settings = application(args).settings
    if args.users_command == "list":
        found = users.list_users(settings.data_dir)
        print(
            table(
                [{"name": u.name, "created": local_time(u.created)} for u in found],
                [("name", "Name"), ("created", "Added")],
            )
            if found
            else "no accounts yet: add one with 'python run.py users add NAME'"
        )
        return 0
    if args.users_command == "remove":
        users.remove_user(settings.data_dir, args.name)
        print(f"{args.name}: removed; a session of theirs still open on the board ends at its next request")
        return 0
    users.check_name(args.name)
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"password for {args.name}: ")
        if getpass.getpass("the same again: ") != password:
            raise users.UserError(
                "the two passwords differ", fix="run the command again and type the same password twice"
            )
    user = users.add_user(settings.data_dir, args.name, password, utc_now())
    print(f"{user.name}: can log in to the case board (python run.py web)")
    return 0
