"""`run` and `poll`: the agent, for good or for one cycle (cron)."""

from __future__ import annotations

import argparse
import json
import logging

from inbox_agent.app import logs
from inbox_agent.cli.common import Commands, application, counts_line
from inbox_agent.errors import AgentError
from inbox_agent.store.database import AgentLock

log = logging.getLogger("inbox_agent")


def register(commands: Commands) -> None:
    run = commands.add_parser("run", help="run the agent: poll the mailbox every POLL_SECONDS until stopped")
    run.set_defaults(func=cmd_poll, once=False, json=False, no_send=False, backfill=0)
    poll = commands.add_parser("poll", help="poll the mailbox (with --once: one cycle, then exit; for cron)")
    poll.add_argument("--once", action="store_true", help="run one cycle and exit")
    poll.add_argument("--json", action="store_true", help="print the counts as JSON")
    poll.add_argument(
        "--backfill",
        type=int,
        default=0,
        metavar="DAYS",
        help="also file mail from DAYS days before the start, for the record; it is never acknowledged",
    )
    poll.add_argument(
        "--no-send",
        action="store_true",
        help="file and queue, but send nothing: review a big backlog first; the next poll sends",
    )
    poll.set_defaults(func=cmd_poll)


def cmd_poll(args: argparse.Namespace) -> int:
    app = application(args, need_imap=True, need_smtp=True)
    agent = app.agent(send=not args.no_send)  # a broken rules.yaml is reported before the lock is taken
    with AgentLock(app.settings.data_dir):
        logs.configure(app.settings, to_file=True)  # the lock holder alone writes (and rotates) the log file
        if not args.once:
            agent.run()
            return 0
        agent.handle_signals()
        try:
            report = agent.poll_once(backfill_days=args.backfill)
        except AgentError as exc:  # logged, so that a cron job's failures are in the log file too
            log.error("poll: %s", exc)
            return exc.exit_status
    print(
        json.dumps({"counts": report.counts, "mail": report.delivery}, sort_keys=True)
        if args.json
        else counts_line(report.counts, report.delivery)
    )
    return 0
