"""The board's case pages: the list with its views and search, one case with its messages, the Clerk's changes to a
case, and the evidence bundle.

Pages read the store's last committed snapshot; every change goes through `Board.change` or `Board.decide`, which
take the store's lock and work on the store as it is now. Message bodies are shown through mailview (plain text
preferred, HTML cleaned by nh3) into autoescaping templates.
"""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from pathlib import Path

import nh3
from flask import Flask, Response, abort, redirect, request
from werkzeug.wrappers import Response as BaseResponse

from inbox_agent.app import actions
from inbox_agent.config import Settings
from inbox_agent.core import cases as casebook
from inbox_agent.core.records import Case, CaseMessage
from inbox_agent.core.rules import RuleSet
from inbox_agent.core.workdays import WorkingDays, local_date
from inbox_agent.reports.export import export_case, timeline
from inbox_agent.store.database import Store
from inbox_agent.web.mailview import MailView, view
from inbox_agent.web.state import board, log

_REF = re.compile(r"[A-Z0-9]{1,12}-\d{4}-\d{4,8}")
LIST_LIMIT = 500
STATUS_ACTIONS = ("start", "resolve", "close", "reopen")
# Where the lifecycle has a needs-review state, that is what "Needs review" lists; before it, cases nobody has
# moved on yet (new) and any the rules were unsure of.
NEEDS_REVIEW = getattr(casebook, "NEEDS_REVIEW", None)


def checked_ref(ref: str) -> str:
    if not _REF.fullmatch(ref):
        abort(404)
    return ref


def case_snapshot(ref: str) -> tuple[str, Store]:
    ref = checked_ref(ref)
    store = board().snapshot()
    if store is None:
        abort(404)
    return ref, store


def home() -> BaseResponse:
    return redirect("/cases", code=303)


def case_list() -> BaseResponse:
    state = board()
    view_name = request.args.get("view", "open")
    category = request.args.get("category", "")
    status = request.args.get("status", "")
    query = request.args.get("q", "").strip()[:200]
    today = local_date(state.now_of())
    store = state.snapshot()
    found: list[casebook.Clocked] = []
    if store is not None:
        with store:
            for case in store.cases():
                if _matches(case, view_name, category, status, query, today, state.days, state.settings) or (
                    query
                    and _matches(case, view_name, category, status, "", today, state.days, state.settings)
                    and _text_matches(store, case, query)
                ):
                    found.append(state.with_clocks(case, today))
    found.sort(key=lambda c: c.case.received, reverse=True)
    return state.page(
        "cases.html.j2",
        cases=found[:LIST_LIMIT],
        more=max(0, len(found) - LIST_LIMIT),
        view=view_name,
        category=category,
        status=status,
        q=query,
        categories=sorted(state.labels.items(), key=lambda kv: kv[1]),
        statuses=casebook.STATES,
        labels=state.labels,
        open_states=casebook.OPEN_STATES,
        no_store=store is None,
    )


def case_page(ref: str) -> BaseResponse:
    state = board()
    ref, store = case_snapshot(ref)
    with store:
        case = store.case(ref)
        if case is None:
            abort(404)
        messages = [
            {"number": number, "summary": summary, "view": _shown(store, summary)}
            for number, summary in enumerate(case.messages, 1)
        ]
    labels = state.labels
    hits = [
        {
            **h.to_doc(),  # as the template has them: a hit's place is "in"
            "description": _rule_description(state.rules, h.rule),
            "label": labels.get(h.category, h.category),
        }
        for h in case.hits
    ]
    transitions = [a for a in STATUS_ACTIONS if case.status in casebook.TRANSITIONS[a][0]]
    return state.page(
        "case.html.j2",
        case=state.with_clocks(case, local_date(state.now_of())),
        messages=messages,
        hits=hits,
        rows=timeline(case),
        transitions=transitions,
        action_kinds=casebook.ACTION_KINDS,
        labels=labels,
        category=state.rules.categories.get(case.category),
        categories=sorted(labels.items(), key=lambda kv: kv[1]),
        needs_review=case.status == NEEDS_REVIEW,
        is_open=case.is_open,
    )


def _shown(store: Store, summary: CaseMessage) -> MailView | None:
    """A kept message as the page shows it, or None when it has no evidence or the file cannot be read."""
    if not summary.evidence:
        return None
    try:
        return view(store.evidence_path(summary.evidence).read_bytes())
    except OSError:
        return None


# -- the Clerk's changes to a case: one function per button, each given the case's ref and the note -------------


def _change_status(ref: str, action: str, note: str) -> None:
    if action in ("resolve", "close") and not note:
        raise casebook.CaseError(
            f"say what was done before the case is {action}d",
            fix="write a short note in the box, then press the button again",
        )
    board().change(ref, lambda case, now, by: casebook.transition(case, action, now, by=by, note=note))


def _add_note(ref: str, action: str, note: str) -> None:
    if not note:
        raise casebook.CaseError("the note is empty", fix="write the note, then press Add note")
    board().change(ref, lambda case, now, by: casebook.add_note(case, note, now, by=by))


def _hold(ref: str, action: str, note: str) -> None:
    board().change(ref, lambda case, now, by: casebook.hold(case, note, now, by=by))


def _release(ref: str, action: str, note: str) -> None:
    board().change(ref, lambda case, now, by: casebook.release(case, now, by=by, note=note))


def _record(ref: str, action: str, note: str) -> None:
    kind = request.form.get("kind", "")
    crime = request.form.get("crime_reference", "")
    board().change(
        ref, lambda case, now, by: casebook.record_action(case, kind, note, now, by=by, crime_reference=crime)
    )


def _reclassify(ref: str, action: str, note: str) -> None:
    state = board()
    category = request.form.get("category", "")
    state.decide(
        ref,
        lambda store, now, by: actions.reclassify(
            store, state.settings, state.rules, ref, category, note=note, by=by, now=now
        ),
    )


def _send_ack(ref: str, action: str, note: str) -> None:
    state = board()
    state.decide(
        ref, lambda store, now, by: actions.send_held_ack(store, state.settings, state.rules, ref, by=by, now=now)
    )


def _drop_ack(ref: str, action: str, note: str) -> None:
    board().decide(ref, lambda store, now, by: actions.drop_held_ack(store, ref, note=note, by=by, now=now))


CHANGES: dict[str, Callable[[str, str, str], None]] = {
    **dict.fromkeys(STATUS_ACTIONS, _change_status),
    "note": _add_note,
    "hold": _hold,
    "release": _release,
    "record": _record,
    "reclassify": _reclassify,
    "send_ack": _send_ack,
    "drop_ack": _drop_ack,
}


def case_change(ref: str) -> BaseResponse:
    ref = checked_ref(ref)
    action = request.form.get("action", "")
    note = request.form.get("note", "").strip()[:2000]
    how = CHANGES.get(action)
    if how is None:
        abort(400)
    how(ref, action, note)
    return redirect(f"/cases/{ref}", code=303)


def evidence_zip(ref: str) -> BaseResponse:
    state = board()
    ref, store = case_snapshot(ref)
    with store, tempfile.TemporaryDirectory(prefix="board-export-") as tmp:
        if store.case(ref) is None:
            abort(404)
        folder = export_case(store, ref, Path(tmp), state.renderer)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                bundle.write(path, f"{ref}/{path.relative_to(folder).as_posix()}")
    log.info("board: %s downloaded the evidence bundle of %s", state.who(), ref)
    return Response(
        buffer.getvalue(),
        mimetype="application/zip",
        headers={"Content-Disposition": f'attachment; filename="{ref}-evidence.zip"'},
    )


def register(app: Flask) -> None:
    app.add_url_rule("/", view_func=home, methods=["GET"])
    app.add_url_rule("/cases", view_func=case_list, methods=["GET"])
    app.add_url_rule("/cases/<ref>", view_func=case_page, methods=["GET"])
    app.add_url_rule("/cases/<ref>", view_func=case_change, methods=["POST"])
    app.add_url_rule("/cases/<ref>/evidence.zip", view_func=evidence_zip, methods=["GET"])


# -- the list's filters and search ------------------------------------------------------------------------------


def _in_view(case: Case, view_name: str, today: date, days: WorkingDays, settings: Settings) -> bool:
    """Whether a case belongs in the list's view: open, needing review, overdue, or (any other name) all."""
    is_open = case.is_open
    if view_name == "open":
        return is_open
    if view_name == "review":
        if NEEDS_REVIEW:
            return bool(case.status == NEEDS_REVIEW)
        return bool(is_open and (case.review or case.status == casebook.NEW))
    if view_name == "overdue":
        return bool(is_open and casebook.clocks(case, today, days, settings.timescales)["overdue"])
    return True


def _record_matches(case: Case, query: str) -> bool:
    """Whether the query is in the case's reference, sender, subjects, excerpt or notes (not the kept mail)."""
    haystack = " ".join(
        [
            case.ref,
            case.sender,
            case.sender_name,
            case.subject,
            case.excerpt or "",
            *(m.subject for m in case.messages),
            *(e.note for e in case.history),
        ]
    ).casefold()
    return query.casefold() in haystack


def _matches(
    case: Case,
    view_name: str,
    category: str,
    status: str,
    query: str,
    today: date,
    days: WorkingDays,
    settings: Settings,
) -> bool:
    return (
        _in_view(case, view_name, today, days, settings)
        and (not category or case.category == category)
        and (not status or case.status == status)
        and (not query or _record_matches(case, query))
    )


@lru_cache(maxsize=4096)
def _message_text(path: Path) -> str:
    """A kept message's text, case-folded for search. Evidence never changes under its hash, so it is cached."""
    try:
        shown = view(path.read_bytes())
    except OSError:
        return ""
    return " ".join([shown.subject, shown.text or nh3.clean(shown.html, tags=set())]).casefold()


def _text_matches(store: Store, case: Case, query: str) -> bool:
    needle = query.casefold()
    return any(needle in _message_text(store.evidence_path(m.evidence)) for m in case.messages if m.evidence)


def _rule_description(rules: RuleSet, rule_id: str) -> str:
    return rules.description(rule_id)
