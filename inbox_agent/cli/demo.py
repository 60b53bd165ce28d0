"""`demo`: the real pipeline on fourteen fictional messages, with a Maildir and a folder of sent mail."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import timedelta
from pathlib import Path

from inbox_agent.app.demo import CACHE_FOLDER, build_maildir
from inbox_agent.app.pipeline import Pipeline, utc_now
from inbox_agent.app.root import Application
from inbox_agent.cli.common import Commands, counts_line, table
from inbox_agent.config import load_settings
from inbox_agent.mail.maildir import MaildirSource
from inbox_agent.mail.outbox import FileTransport
from inbox_agent.reports.render import local_time
from inbox_agent.store.health import record


def register(commands: Commands) -> None:
    demo = commands.add_parser(
        "demo", help="run the real pipeline on fourteen fictional messages, no mail account needed"
    )
    demo.add_argument(
        "--out", default="var/demo", metavar="DIR", help="where to put the demo mailbox, store and sent mail"
    )
    demo.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    out = Path(args.out).resolve()
    now = utc_now()
    maildir = build_maildir(out, now)
    app = Application(
        load_settings(
            None,
            environ={},
            overrides={
                "DATA_DIR": str(out / "data"),
                "ACK_SINCE": (now - timedelta(days=1)).isoformat(),
                "ALERT_BATCH_MINUTES": "0",  # one poll: no later one to send a summary
                "CACHE_DIR": str(out / CACHE_FOLDER),
            },
        )
    )
    logging.basicConfig(level="WARNING", stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s", force=True)
    settings = app.settings
    with app.store() as store:
        pipeline = Pipeline(settings, store, app.rules, app.renderer, clock=utc_now)
        report = pipeline.poll(MaildirSource(maildir), FileTransport(out / "sent"))
    record(settings.data_dir, now, demo=local_time(now) + " (UK time)")  # so `status` explains a demo store
    print(f"Demo mailbox: {maildir}")
    print(f"Case store:   {settings.data_dir / 'store.json'}")
    print(f"Sent mail:    {out / 'sent'} (acknowledgements and alerts as .eml files)\n")
    rows = [
        {
            **r,
            "subject": r["subject"][:44],
            "case": r["case"] or "-",
            "acknowledged": r["acknowledged"]
            if isinstance(r["acknowledged"], str)
            else "yes"
            if r["acknowledged"]
            else "no",
        }
        for r in report.rows
    ]
    print(
        table(
            rows, [("subject", "Message"), ("category", "Category"), ("case", "Case"), ("acknowledged", "Acknowledged")]
        )
    )
    print(f"\n{counts_line(report.counts, report.delivery)}")
    print(f"\nSee the cases:  DATA_DIR={settings.data_dir} python run.py cases list")
    return 0
