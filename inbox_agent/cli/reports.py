"""`digest` and `summary`: the Clerk's weekly digest, and the council's meeting summary."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from inbox_agent.app.pipeline import utc_now
from inbox_agent.app.root import CLERK_WAIT
from inbox_agent.cli.common import Commands, application
from inbox_agent.errors import ConfigError
from inbox_agent.mail.outbox import deliver
from inbox_agent.reports.jobs import compose_digest, digest_sent, queue_digest, write_digest_preview, write_summary


def register(commands: Commands) -> None:
    digest = commands.add_parser("digest", help="the Clerk's weekly digest of unresolved civility cases")
    mode = digest.add_mutually_exclusive_group(required=True)
    mode.add_argument("--preview", action="store_true", help="write it as HTML and text, and send nothing")
    mode.add_argument("--send", action="store_true", help="send one to the Clerk now")
    digest.add_argument(
        "--out", default="digest-preview", metavar="DIR", help="where --preview writes (default: digest-preview)"
    )
    digest.set_defaults(func=cmd_digest)

    summary = commands.add_parser("summary", help="the council's meeting summary for a period, as HTML and PDF")
    summary.add_argument("--from", dest="date_from", required=True, metavar="DATE", help="first day, e.g. 2026-10-01")
    summary.add_argument("--to", dest="date_to", required=True, metavar="DATE", help="last day, e.g. 2026-10-31")
    summary.add_argument("--out", required=True, metavar="DIR", help="folder for the HTML, PDF and editable paragraph")
    summary.add_argument(
        "--paragraph", metavar="FILE", help="use this (edited) text instead of the generated paragraph"
    )
    summary.add_argument("--item", metavar="NUMBER", help="the agenda item number, e.g. 7 or 7(b)")
    summary.add_argument("--meeting", metavar="DATE", help="the date of the meeting, e.g. 2027-01-12")
    summary.set_defaults(func=cmd_summary)


def cmd_digest(args: argparse.Namespace) -> int:
    app = application(args, need_smtp=args.send)
    settings, now = app.settings, utc_now()
    if args.send:
        with app.store(wait=CLERK_WAIT) as store:
            digest = compose_digest(store, settings, app.book, now)
            entry = queue_digest(store, settings, app.renderer, digest, now, label=f"now-{now:%Y%m%dT%H%M%S}")
            store.commit()
            # The agent's own transport (with the OAuth token source when SMTP_AUTH=oauth2), not one built here.
            counts = deliver(store, app.smtp(), now, retry_first=settings.retry_first, retry_for=settings.retry_for)
        digest_sent(settings, now)
        state = "sent" if counts["sent"] else "queued; the agent retries it"
        print(f"digest to {settings.clerk_email}: {digest['unresolved_count']} unresolved cases; {state} ({entry.id})")
        return 0
    with app.store(readonly=True) as store:
        digest = compose_digest(store, settings, app.book, now)
    for path in write_digest_preview(app.renderer, digest, Path(args.out)):
        print(path)
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    app = application(args)
    try:
        start, end = date.fromisoformat(args.date_from), date.fromisoformat(args.date_to)
    except ValueError:
        raise ConfigError(
            f"--from {args.date_from} / --to {args.date_to}: not dates", fix="write dates as 2026-10-01"
        ) from None
    try:
        meeting = date.fromisoformat(args.meeting) if args.meeting else None
    except ValueError:
        raise ConfigError(f"--meeting {args.meeting}: not a date", fix="write the meeting date as 2027-01-12") from None
    paragraph = Path(args.paragraph).read_text() if args.paragraph else None
    with app.store(readonly=True) as store:
        for path in write_summary(
            app.renderer,
            store,
            app.settings,
            app.book,
            start,
            end,
            Path(args.out),
            paragraph,
            item=" ".join((args.item or "").split())[:20],
            meeting=meeting,
        ):
            print(path)
    return 0
