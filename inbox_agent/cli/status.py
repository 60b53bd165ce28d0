"""`status` and `quarantine`: is the agent healthy, and the mail it could not read."""

from __future__ import annotations

import argparse
import json

from inbox_agent.app.desk import agent_status, find_quarantined, quarantined, retry_quarantined
from inbox_agent.app.pipeline import utc_now
from inbox_agent.app.root import CLERK_WAIT
from inbox_agent.cli.common import Commands, application, counts_line, show, table
from inbox_agent.errors import ConfigError
from inbox_agent.reports.render import local_time


def register(commands: Commands) -> None:
    status = commands.add_parser(
        "status", help="is the agent healthy? exit status 1 if not (for systemd or monitoring)"
    )
    status.add_argument("--json", action="store_true", help="the same as JSON")
    status.set_defaults(func=cmd_status)

    parser = commands.add_parser("quarantine", help="messages that could not be read, kept for a person")
    q_commands = parser.add_subparsers(dest="quarantine_command", required=True, metavar="ACTION")
    q_commands.add_parser("list", help="list quarantined messages")
    q_show = q_commands.add_parser("show", help="one quarantined message: why, and its first lines")
    q_show.add_argument("id", metavar="ID", help="the id from 'quarantine list'")
    q_retry = q_commands.add_parser(
        "retry", help="read it again (after an upgrade): file it, or leave it in quarantine"
    )
    q_retry.add_argument("id", metavar="ID", nargs="?", help="the id from 'quarantine list'")
    q_retry.add_argument("--all", action="store_true", help="retry every quarantined message")
    parser.set_defaults(func=cmd_quarantine)


def cmd_status(args: argparse.Namespace) -> int:
    app = application(args)
    status = agent_status(app.settings, utc_now())
    if args.json:
        print(json.dumps(status, indent=2))
        return 0 if status["healthy"] else 1
    when = lambda iso: f"{local_time(iso)} (UK time)" if iso else "never"  # noqa: E731
    healthy, verdict, error = status["healthy"], status["verdict"], status["last_error"]
    state = ("healthy" if verdict == "healthy" else "healthy: " + verdict) if healthy else "UNHEALTHY: " + verdict
    print(f"agent:        {state}")
    print(f"last poll ok: {when(status['last_poll_ok'])}")
    print(f"heartbeat:    {when(status['heartbeat'])}")
    print(f"last error:   {when(error['at']) + ': ' + error['what'] if error else 'none'}")
    print(f"outbox:       {', '.join(f'{k} {v}' for k, v in sorted(status['outbox'].items())) or 'empty'}")
    print(f"quarantine:   {status['quarantined']} message(s)")
    print(f"store:        {status['store_bytes'] / 1e6:.1f} MB, {status['cases']} cases, {status['messages']} messages")
    return 0 if healthy else 1


def cmd_quarantine(args: argparse.Namespace) -> int:
    app = application(args)
    if args.quarantine_command == "retry":
        if not args.all and not args.id:
            raise ConfigError(
                "quarantine retry needs an ID or --all", fix="see 'python run.py quarantine list' for the ids"
            )
        rules = app.rules
        with app.store(wait=CLERK_WAIT) as store:
            counts = retry_quarantined(store, app.settings, rules, None if args.all else args.id)
        print(counts_line(counts, {}))
        return 0
    with app.store(readonly=True) as store:
        if args.quarantine_command == "show":
            record = find_quarantined(store, args.id)
            raw = store.read_evidence(record.evidence or "")
            for key in ("location", "recorded", "received", "size", "reason", "evidence"):
                show(f"{key + ':':<10} {getattr(record, key)}")
            print("first lines, as received (control characters shown escaped):")
            for line in raw[:4000].splitlines()[:20]:
                print("  " + repr(line)[2:-1][:160])
            return 0
        rows = [
            {
                "id": (r.evidence or "")[:12],
                "recorded": local_time(r.recorded),
                "where": r.location,
                "reason": (r.reason or "")[:70],
            }
            for r in quarantined(store)
        ]
    print(
        table(rows, [("id", "Id"), ("recorded", "Recorded"), ("where", "Folder|UIDVALIDITY|UID"), ("reason", "Reason")])
        if rows
        else "nothing is in quarantine"
    )
    return 0
