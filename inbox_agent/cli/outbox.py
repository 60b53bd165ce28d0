"""`outbox`: outgoing mail and its state; retry or cancel one message."""

from __future__ import annotations

import argparse
import json

from inbox_agent.app.pipeline import utc_now
from inbox_agent.cli.common import Commands, application, table
from inbox_agent.core.records import OutboxState
from inbox_agent.mail import outbox


def register(commands: Commands) -> None:
    parser = commands.add_parser("outbox", help="show outgoing mail and its state")
    outbox_commands = parser.add_subparsers(dest="outbox_command", required=True, metavar="ACTION")
    outbox_list = outbox_commands.add_parser("list", help="list outgoing mail")
    outbox_list.add_argument("--json", action="store_true", help="one JSON object per message")
    outbox_list.add_argument("--state", choices=[str(s) for s in OutboxState], help="only mail in this state")
    outbox_retry = outbox_commands.add_parser(
        "retry",
        help="send a failed, unconfirmed or queued message at the next poll (check the Sent folder first "
        "for an unconfirmed one: it may have gone)",
    )
    outbox_retry.add_argument("id", metavar="ID", help="the id shown by 'outbox list', e.g. TCPC-2026-0001-ack")
    outbox_cancel = outbox_commands.add_parser("cancel", help="never send this message")
    outbox_cancel.add_argument("id", metavar="ID", help="the id shown by 'outbox list'")
    parser.set_defaults(func=cmd_outbox)


def cmd_outbox(args: argparse.Namespace) -> int:
    app = application(args)
    if args.outbox_command in ("retry", "cancel"):
        with app.store() as store:
            change = outbox.retry if args.outbox_command == "retry" else outbox.cancel
            entry = change(store, args.id, utc_now())
            store.commit()
        print(f"{entry.id}: {entry.state}")
        return 0
    with app.store(readonly=True) as store:
        entries = [e.to_doc() for e in store.outbox_entries(*([OutboxState(args.state)] if args.state else []))]
    if args.json:
        for doc in entries:
            print(json.dumps(doc, ensure_ascii=False))  # as stored
    elif entries:
        print(
            table(
                entries,
                [("id", "Id"), ("state", "State"), ("attempts", "Tries"), ("to", "To"), ("last_error", "Last error")],
            )
        )
    else:
        print("the outbox is empty")
    return 0
