"""`cases`: the Clerk's cases: list, show, change, correct, acknowledge and export."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from inbox_agent.app import actions
from inbox_agent.app.pipeline import utc_now
from inbox_agent.app.root import CLERK_WAIT, Application
from inbox_agent.cli.common import Commands, application, show, table
from inbox_agent.core import cases as casebook
from inbox_agent.core.cases import CaseError, Clocked
from inbox_agent.core.records import Case
from inbox_agent.core.workdays import WorkingDays, local_date
from inbox_agent.reports.export import export_case
from inbox_agent.reports.render import local_time
from inbox_agent.store.database import Store


def register(commands: Commands) -> None:
    cases = commands.add_parser("cases", help="the Clerk's cases: list, show, change, export")
    case_commands = cases.add_subparsers(dest="cases_command", required=True, metavar="ACTION")
    listing = case_commands.add_parser("list", help="list cases with their due dates")
    listing.add_argument("--status", choices=casebook.STATES, help="only cases in this state")
    listing.add_argument("--category", help="only cases of this category, e.g. threat")
    listing.add_argument("--overdue", action="store_true", help="only cases with a deadline passed")
    listing.add_argument("--json", action="store_true", help="one JSON object per case, with its clocks")
    show_parser = case_commands.add_parser(
        "show", help="one case: why it was classified so, its clocks, messages and history"
    )
    show_parser.add_argument("ref", metavar="REF", help="the case reference, e.g. TCPC-2026-0001")
    show_parser.add_argument("--json", action="store_true", help="the case as JSON")
    note = case_commands.add_parser("note", help="add a note to a case's history")
    note.add_argument("ref", metavar="REF")
    note.add_argument("text", metavar="TEXT", help="the note (quote it)")
    for name, text in (
        ("start", "mark a case as in progress"),
        ("reopen", "reopen a resolved or closed case"),
        ("resolve", "resolve a case"),
        ("close", "close a case with no action"),
    ):
        changer = case_commands.add_parser(name, help=text)
        changer.add_argument("ref", metavar="REF")
        changer.add_argument("--note", required=name in ("resolve", "close"), help="what was done, or why")
    action = case_commands.add_parser("action", help="record an action taken under section 3 of the policy")
    action.add_argument("ref", metavar="REF")
    action.add_argument(
        "--kind",
        required=True,
        choices=list(casebook.ACTION_KINDS),
        help="; ".join(f"{k}: {v}" for k, v in casebook.ACTION_KINDS.items()),
    )
    action.add_argument("--note", help="details")
    action.add_argument(
        "--crime-ref", help="the police crime reference, with --kind police (record the report again when it comes)"
    )
    held = case_commands.add_parser("hold", help="put a case under legal hold: retention and erasure leave it alone")
    held.add_argument("ref", metavar="REF")
    held.add_argument("--reason", required=True, help="why, e.g. a claim or a solicitor's letter")
    released = case_commands.add_parser("release", help="release a legal hold")
    released.add_argument("ref", metavar="REF")
    released.add_argument("--note", help="why it is released")
    reclassify = case_commands.add_parser(
        "reclassify",
        help="correct a case's category: sends what the new one implies (an alert, an acknowledgement owed), "
        "ends a review, and keeps the message as a labelled example for 'rules test --corrections'",
    )
    reclassify.add_argument("ref", metavar="REF")
    reclassify.add_argument(
        "category", metavar="CATEGORY", help="e.g. threat, complaint; the same category confirms a review"
    )
    reclassify.add_argument("--note", required=True, help="why")
    ack = case_commands.add_parser("ack", help="send, or decide not to send, an acknowledgement held for you")
    ack.add_argument("ref", metavar="REF")
    ack_mode = ack.add_mutually_exclusive_group(required=True)
    ack_mode.add_argument("--send", action="store_true", help="send it (at the agent's next poll)")
    ack_mode.add_argument("--drop", action="store_true", help="never send it; say why with --note")
    ack.add_argument("--note", help="why (needed with --drop)")
    export = case_commands.add_parser(
        "export", help="write the evidence bundle for the police or the Monitoring Officer"
    )
    export.add_argument("ref", metavar="REF")
    export.add_argument("--out", required=True, metavar="DIR", help="folder to write REF/ into")
    cases.set_defaults(func=cmd_cases)


def cmd_cases(args: argparse.Namespace) -> int:
    app = application(args)
    action = args.cases_command
    if action in ("list", "show"):
        return _read_cases(args, app)
    if action == "export":
        with app.store(readonly=True) as store:
            folder = export_case(store, args.ref.upper(), Path(args.out), app.renderer)
        print(
            f"{folder}: {len(list((folder / 'messages').iterdir()))} message(s), manifest.json, SHA256SUMS, "
            f"timeline.txt, timeline.html"
        )
        return 0
    if action in ("reclassify", "ack"):
        return _decide_case(args, app)
    with app.store(wait=CLERK_WAIT) as store:
        changed = _changed(args, _case(store, args.ref))
        store.put_case(changed)
        store.commit()
    last = changed.history[-1]
    print(
        f"{changed.ref}: {changed.status.replace('_', ' ')}; {last.kind.replace('_', ' ')}"
        f"{': ' + last.note if last.note else ''}"
    )
    return 0


def _case(store: Store, ref: str) -> Case:
    case = store.case(ref.upper())
    if case is None:
        raise CaseError(f"there is no case {ref}", fix="list the cases with 'python run.py cases list'")
    return case


def _changed(args: argparse.Namespace, case: Case) -> Case:
    """The case as the Clerk's command leaves it (core/cases.py's lifecycle decides whether it may)."""
    now, action = utc_now(), args.cases_command
    if action == "note":
        return casebook.add_note(case, args.text, now)
    if action == "hold":
        return casebook.hold(case, args.reason, now)
    if action == "release":
        return casebook.release(case, now, note=args.note or "")
    if action == "action":
        return casebook.record_action(case, args.kind, args.note or "", now, crime_reference=args.crime_ref or "")
    return casebook.transition(case, action, now, by="clerk", note=args.note or "")


def _decide_case(args: argparse.Namespace, app: Application) -> int:
    """The Clerk's decisions (actions.py, shared with the web board); mail they queue goes at the agent's next poll."""
    settings, rules, now = app.settings, app.book, utc_now()
    with app.store(wait=CLERK_WAIT) as store:
        queued_before = {e.id for e in store.outbox_entries()}
        if args.cases_command == "reclassify":
            changed = actions.reclassify(
                store, settings, rules, args.ref, args.category, note=args.note, by="clerk", now=now
            )
        elif args.send:
            changed = actions.send_held_ack(store, settings, rules, args.ref, by="clerk", now=now)
        else:
            changed = actions.drop_held_ack(store, args.ref, note=args.note or "", by="clerk", now=now)
        queued = [e for e in store.outbox_entries() if e.id not in queued_before]
        store.commit()
    show(f"{changed.ref}: {changed.category}, {changed.status.replace('_', ' ')}")
    for entry in queued:
        show(f"  queued: {entry.kind} to {', '.join(entry.to)} ({entry.id}); the agent sends it at its next poll")
    if changed.ack_pending:
        show(f"  an acknowledgement waits for you: python run.py cases ack {changed.ref} --send (or --drop --note ...)")
    return 0


def _read_cases(args: argparse.Namespace, app: Application) -> int:
    days, today, scales = WorkingDays(), local_date(utc_now()), app.timescales

    def with_clocks(case: Case) -> Clocked:
        return casebook.with_clocks(case, today, days, scales)

    with app.store(readonly=True) as store:
        if args.cases_command == "show":
            shown = with_clocks(_case(store, args.ref))
            if args.json:
                print(json.dumps(_as_json(shown), indent=2, ensure_ascii=False))
            else:
                _show_case(shown)
            return 0
        cases = [with_clocks(c) for c in store.cases()]
    cases = [
        c
        for c in cases
        if (not args.status or c.case.status == args.status)
        and (not args.category or c.case.category == args.category)
        and (not args.overdue or c.clocks["overdue"])
    ]
    cases.sort(key=lambda c: c.case.status != casebook.NEEDS_REVIEW)  # what the agent was unsure of comes first
    if args.json:
        for shown in cases:
            print(json.dumps(_as_json(shown), ensure_ascii=False))
    elif cases:
        print(_case_table(cases))
    else:
        print("no cases match" if (args.status or args.category or args.overdue) else "no cases yet")
    return 0


def _as_json(shown: Clocked) -> dict[str, object]:
    """The case as the store holds it, with its clocks: what `--json` has always printed."""
    return {**shown.case.to_doc(), "clocks": shown.clocks}


def _case_table(cases: list[Clocked]) -> str:
    rows = [
        {
            "ref": c.case.ref,
            "category": c.case.category,
            "received": local_time(c.case.received),
            "subject": c.case.subject[:40],
            "status": c.case.status.replace("_", " "),
            "due": (c.clocks["respond_by"] or "-") if c.case.is_open else "-",
            "overdue": ", ".join(c.clocks["overdue"]) or "-",
        }
        for c in cases
    ]
    return table(
        rows,
        [
            ("ref", "Reference"),
            ("category", "Category"),
            ("status", "Status"),
            ("received", "Received"),
            ("due", "Respond by"),
            ("overdue", "Overdue"),
            ("subject", "Subject"),
        ],
    )


def _show_case(shown: Clocked) -> None:
    case, clocks = shown.case, shown.clocks
    for key, value in (
        ("ref", case.ref),
        ("category", case.category),
        ("severity", case.severity),
        ("status", case.status),
        ("sender", case.sender),
        ("subject", case.subject),
    ):
        show(f"{key + ':':<12} {value}")
    for key, when in (("received", case.received), ("filed", case.filed)):
        show(f"{key + ':':<12} {local_time(when)} (UK time)")
    show(
        f"{'due:':<12} "
        + (
            f"acknowledge by {clocks['acknowledge_by']}, respond by {clocks['respond_by']}"
            if clocks["respond_by"]
            else "no reply is owed for this category"
        )
        + (f", review by {clocks['review_by']}" if "review_by" in clocks else "")
    )
    show(f"{'overdue:':<12} {', '.join(clocks['overdue']) or 'no'}   (age {clocks['age_working_days']} working days)")
    if case.linked:
        show(f"{'linked:':<12} {', '.join(case.linked)}")
    if case.ack_held:
        show(f"{'note:':<12} {case.ack_held}")
    if case.review:
        show(f"{'review:':<12} {case.review.reason}")
    if case.ack_pending:
        show(f"{'ack:':<12} waits for you: python run.py cases ack {case.ref} --send (or --drop --note ...)")
    show(f"{'reason:':<12} {case.reason}")
    if case.hits:
        show("hits:")
        for hit in case.hits:
            show(f"  {hit.rule} ({hit.category}, +{hit.weight:g}) in {hit.where}: {hit.matched!r}")
    _show_record(case)


def _show_record(case: Case) -> None:
    """A case's messages, actions and history, oldest first."""
    show("messages:")
    for message in case.messages:
        received = local_time(message.received) if message.received else "unknown"
        evidence = (
            f"evidence {message.evidence[:16]}..." if message.evidence else "evidence removed under data protection"
        )
        show(f"  {received}  {message.subject[:60]!r}  {evidence}")
    if case.actions:
        show("actions:")
        for action in case.actions:
            crime = f" (crime reference {action.crime_reference})" if action.crime_reference else ""
            show(f"  {local_time(action.at)}  {casebook.ACTION_KINDS[action.kind]}{crime}  {action.note or ''}")
    show("history:")
    for ev in case.history:
        show(f"  {local_time(ev.at)}  {ev.by:<6} {ev.kind.replace('_', ' '):<24} {ev.note}")
