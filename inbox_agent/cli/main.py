"""python run.py COMMAND: the Clerk's and the administrator's commands.

Each command lives in its own module beside this one: it declares its arguments, asks the application
(app/root.py, where the store, rules, renderer and transports are built) for what it needs, and prints.

Exit status: 0 success, 2 usage or configuration error, 1 runtime failure. Errors are one line
naming the problem and the fix; a traceback means a bug.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from inbox_agent.cli import cases, check, classify, demo, outbox, poll, privacy, reports, rules, status, web
from inbox_agent.cli.common import printable, table
from inbox_agent.errors import AgentError

__all__ = ["build_parser", "main", "printable", "table"]

# In the order `--help` lists them.
MODULES = (poll, classify, cases, outbox, rules, reports, status, check, privacy, web, demo)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="run.py", description="The Clerk's Inbox Agent.")
    parser.add_argument("--env", metavar="FILE", help="settings file (default: .env in this folder, if present)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        status = args.func(args)
        sys.stdout.flush()  # a closed pipe shows here, inside the handler, not as a traceback at exit
        return status
    except BrokenPipeError:
        # `cases list --json | head`: the reader has all it wanted. Stop quietly, as Unix tools do (128 + SIGPIPE).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except AgentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_status
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
