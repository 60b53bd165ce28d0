"""`privacy`: retention, subject access, erasure, the privacy notice and the audit of what was removed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from inbox_agent.app import privacy
from inbox_agent.app.pipeline import utc_now
from inbox_agent.app.root import CLERK_WAIT, Application
from inbox_agent.cli.common import Commands, application, table
from inbox_agent.reports.render import local_time
from inbox_agent.store.database import Store


def register(commands: Commands) -> None:
    parser = commands.add_parser(
        "privacy", help="data protection: retention, subject access, erasure, the privacy notice"
    )
    p_commands = parser.add_subparsers(dest="privacy_command", required=True, metavar="ACTION")
    p_retention = p_commands.add_parser("retention", help="anonymise or erase what the retention schedule says is due")
    p_retention.add_argument("--dry-run", action="store_true", help="only list what is due")
    p_export = p_commands.add_parser("export", help="everything held about one person, for a subject access request")
    p_export.add_argument("address", metavar="EMAIL")
    p_export.add_argument("--out", required=True, metavar="DIR", help="a new or empty folder")
    p_erase = p_commands.add_parser("erase", help="erase one person's data (cases under legal hold are kept and named)")
    p_erase.add_argument("address", metavar="EMAIL")
    p_erase.add_argument("--dry-run", action="store_true", help="only say what would be erased")
    p_erase.add_argument(
        "--note", default="", help="for the audit entry, e.g. the date of the request (not the address)"
    )
    p_notice = p_commands.add_parser("notice", help="write the privacy notice, filled in from .env and rules.yaml")
    p_notice.add_argument("--out", default="privacy-notice.md", metavar="FILE")
    p_commands.add_parser("audit", help="list what data protection has removed, and when")
    parser.set_defaults(func=cmd_privacy)


def cmd_privacy(args: argparse.Namespace) -> int:
    app = application(args)
    rules, action = app.book, args.privacy_command
    if action == "notice":
        text = app.renderer.render("privacy_notice.md.j2", retention=privacy.describe_retention(rules))
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"{args.out}: the privacy notice; adapt it, publish it, and set PRIVACY_NOTICE_URL to where it is")
        return 0
    readonly = action == "audit" or (action in ("retention", "erase") and args.dry_run) or action == "export"
    with app.store(readonly=readonly, wait=CLERK_WAIT) as store:
        if action == "audit":
            return _audit(store)
        if action == "retention":
            return _retention(store, app, args.dry_run)
        if action == "export":
            return _export(store, app, args)
        return _erase(store, args)


def _audit(store: Store) -> int:
    rows = [{**e, "removed": "; ".join(e["removed"])} for e in store.audit_entries()]
    print(
        table(rows, [("at", "When"), ("by", "By"), ("action", "What"), ("subject", "Of"), ("removed", "Removed")])
        if rows
        else "nothing has been removed yet"
    )
    return 0


def _retention(store: Store, app: Application, dry_run: bool) -> int:
    due = privacy.apply_retention(store, app.book, utc_now(), dry_run=dry_run)
    for item in due:
        print(f"{item.action} {item.kind} {item.key}: {item.why}")
    print(f"retention: {len(due)} item(s) {'due' if dry_run else 'done'}")
    return 0


def _export(store: Store, app: Application, args: argparse.Namespace) -> int:
    renderer = app.renderer
    found = privacy.export_person(store, args.address, Path(args.out), lambda name, **ctx: renderer.render(name, **ctx))
    print(
        f"{args.out}: {len(found['cases'])} case(s), {len(found['records'])} other message(s), "
        f"{len(found['sent'])} message(s) sent to them, {len(found['events'])} history mention(s)"
    )
    if found["mentioned"]:
        print(
            f"review before disclosure (see clerk-review.txt, not for disclosure): "
            f"{', '.join(m['case'] for m in found['mentioned'])}"
        )
    return 0


def _erase(store: Store, args: argparse.Namespace) -> int:
    result = privacy.erase_person(store, args.address, utc_now(), dry_run=args.dry_run, note=args.note)
    verb = "would erase" if args.dry_run else "erased"
    print(
        f"{verb}: {len(result['erased'])} case(s) {', '.join(result['erased'])}; "
        f"{result['records']} other message record(s); {result['sent']} copy(ies) of mail sent; "
        f"{result['events']} mention(s) in history; {result['copies']} digest or alert copy(ies); "
        f"backups: {', '.join(result['backups']) or 'none'}"
    )
    if result["in_sent_folder"]:
        print(
            "delete these acknowledgements from the Sent folder in the mail client by hand (search for the Message-ID):"
        )
        for copy in result["in_sent_folder"]:
            print(f"  {copy['message_id']}  sent {local_time(copy['sent']) if copy['sent'] else '-'}  ({copy['case']})")
    if result["mentioned"]:
        print(
            "mentioned in other people's cases, not changed (review by hand): "
            + ", ".join(m["case"] for m in result["mentioned"])
        )
    if result["held"]:
        for ref, why in result["held"]:
            print(f"refused: {ref} is kept ({why})", file=sys.stderr)
        return 1
    return 0
