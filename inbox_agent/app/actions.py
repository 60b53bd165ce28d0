"""The Clerk's decisions on a case, one plain function each, for the CLI and the web board alike.

Each takes the store, what it needs, who did it (``by``) and ``now``, changes the store without committing
(the caller commits, holding the store's lock) and returns the updated case. Mail is only queued: the agent
sends it at its next poll, after the commit, like everything else it sends.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from inbox_agent.config import Settings
from inbox_agent.core import cases as casebook
from inbox_agent.core.cases import CaseError, hold_acknowledgement
from inbox_agent.core.models import Category, Message
from inbox_agent.core.normalise import parse
from inbox_agent.core.records import Case, Decided, MailKind
from inbox_agent.core.rules import RuleSet
from inbox_agent.core.workdays import local_date
from inbox_agent.errors import AgentError
from inbox_agent.mail.outbox import queue
from inbox_agent.reports.render import Renderer, UnsafeMail
from inbox_agent.store.database import Store, write_durably

CORRECTIONS = "corrections"  # DATA_DIR/corrections/REF.eml and REF.json: the Clerk's labelled examples


# -- the Clerk's actions --------------------------------------------------------------------------


def reclassify(
    store: Store, settings: Settings, rules: RuleSet, ref: str, category: str, *, note: str, by: str, now: datetime
) -> Case:
    """Correct a decision and do what the new category implies: an alert if it alerts and the old one did not,
    the acknowledgement it owes if none has gone (or held, as rules.yaml says), its statutory clock. A case
    that needed review leaves review; a category that opens no case closes it. The message and its new label
    are kept under DATA_DIR/corrections for `rules test --corrections`."""
    case = find_case(store, ref)
    if category not in rules.categories:
        raise CaseError(f"there is no category {category!r}", fix=f"use one of: {', '.join(rules.categories)}")
    if not note.strip():
        raise CaseError(
            "a reclassification needs a note saying why", fix="add --note, e.g. 'he threatens the chairman'"
        )
    old = rules.categories.get(case.category)
    new = rules.category(category)
    message, raw = deciding_message(store, case)
    changed = replace(
        case,
        category=new.name,
        severity=new.severity,
        reclassified=Decided(came_from=case.category, to=new.name, by=by, at=now.isoformat(), note=note),
    ).noted(casebook.event(now, "reclassified", by=by, note=f"{case.category} to {new.name}: {note}"))
    if new.deadline and not case.deadline:
        changed = replace(changed, deadline=casebook.statutory_deadline(new.deadline, local_date(case.received)))
    elif not new.deadline and case.deadline:
        changed = replace(changed, deadline=None)
    if changed.status == casebook.NEEDS_REVIEW:
        changed = casebook.transition(changed, "reviewed", now, by=by, note=f"decided: {new.name}")
    if not new.case and changed.is_open:
        changed = casebook.transition(changed, "close", now, by=by, note=f"{new.label} needs no case")
    renderer = Renderer(settings)
    if changed.is_open:
        changed = _owed_acknowledgement(store, settings, renderer, changed, new, message, now, by=by)
    elif changed.ack_pending:
        changed = _drop_pending(changed, f"the case is {changed.status}", now, by=by)
    if new.alert and not (old and old.alert):
        why = f"{by} reclassified this case from {case.category} to {new.name}: {note}"
        changed = queue_alert(store, settings, renderer, changed, new, message, now, why=why)
    store.put_case(changed)
    _keep_correction(store, changed, raw, was=case.category, note=note, by=by, now=now)
    return changed


def send_held_ack(store: Store, settings: Settings, rules: RuleSet, ref: str, *, by: str, now: datetime) -> Case:
    """The Clerk decided the held acknowledgement may go: queue it (the caps do not apply to her decision)."""
    case = find_case(store, ref)
    if not case.ack_pending:
        raise CaseError(f"{ref} has no acknowledgement waiting", fix=f"see 'python run.py cases show {ref}'")
    if case.status == casebook.NEEDS_REVIEW:
        raise CaseError(
            f"{ref} needs review first: its category decides which acknowledgement is owed",
            fix=f"python run.py cases reclassify {ref} CATEGORY --note ... (the same category confirms it)",
        )
    message, _ = deciding_message(store, case)
    pending = replace(case, ack_pending=None)
    changed = queue_acknowledgement(
        store, settings, Renderer(settings), pending, rules.category(case.category), message, now, by=by
    )
    if not changed.ack_queued:
        raise CaseError(
            f"{ref}: the acknowledgement cannot be sent ({changed.history[-1].note})",
            fix="reply from the mail client instead, and drop this one with --drop",
        )
    store.put_case(changed)
    return changed


def drop_held_ack(store: Store, ref: str, *, note: str, by: str, now: datetime) -> Case:
    """The Clerk decided no acknowledgement goes (a threat's sender learns nothing from the council)."""
    case = find_case(store, ref)
    if not case.ack_pending:
        raise CaseError(f"{ref} has no acknowledgement waiting", fix=f"see 'python run.py cases show {ref}'")
    if not note.strip():
        raise CaseError("deciding not to acknowledge needs a note saying why", fix="add --note, e.g. 'police advice'")
    changed = _drop_pending(case, note, now, by=by)
    store.put_case(changed)
    return changed


# -- what the pipeline and the actions share --------------------------------------------------------


def queue_acknowledgement(
    store: Store,
    settings: Settings,
    renderer: Renderer,
    case: Case,
    category: Category,
    message: Message,
    now: datetime,
    *,
    by: str = "agent",
) -> Case:
    """Render and queue the acknowledgement, or record why it cannot go."""
    try:
        mail = renderer.acknowledgement(case, category, message, now)
    except UnsafeMail as exc:
        return replace(case, ack_queued=False).noted(casebook.event(now, "not_acknowledged", note=exc.problem))
    entry = queue(store, mail, kind=MailKind.ACK, case_ref=case.ref, now=now, envelope_from=settings.envelope_from)
    queued = replace(  # no longer held back by a cap either
        case, ack_held=None, ack_waiting=None, ack_queued=True, ack_message_id=entry.message_id
    )
    return queued.noted(casebook.event(now, "acknowledgement_queued", by=by, note=f"to {message.sender}"))


def queue_alert(
    store: Store,
    settings: Settings,
    renderer: Renderer,
    case: Case,
    category: Category,
    message: Message,
    now: datetime,
    *,
    why: str = "",
) -> Case:
    """Alert the Clerk and return the case that records it; a later alert about the same case (an escalation,
    a reclassification) gets its own outbox id."""
    queue_alert_mail(store, settings, renderer, case, category, message, now, why=why)
    return case.noted(casebook.event(now, "alert_queued", note=why or category.name))


def queue_alert_mail(
    store: Store,
    settings: Settings,
    renderer: Renderer,
    case: Case,
    category: Category,
    message: Message,
    now: datetime,
    *,
    why: str = "",
    possible: bool = False,
) -> None:
    """Render and queue the alert alone; the case's history is the caller's (the pipeline's plan records it).
    A `possible` alert is about a case waiting for review, under a category it may turn out to be."""
    name, n = "alert", 1
    while store.outbox_entry(f"{case.ref}-{name}") is not None:
        n += 1
        name = f"alert-{n}"
    queue(
        store,
        renderer.alert(case, category, message, now, why=why, possible=possible),
        kind=MailKind.ALERT,
        case_ref=case.ref,
        now=now,
        envelope_from=settings.envelope_from,
        name=name,
    )


def deciding_message(store: Store, case: Case) -> tuple[Message, bytes]:
    """The message the case's category rests on (the reply that escalated it, or the first), parsed."""
    digest = case.decision_evidence or case.first_evidence
    try:
        raw = store.read_evidence(digest) if digest else b""
    except OSError:
        raw = b""
    if not raw:
        raise CaseError(
            f"{case.ref}: its message is no longer kept (data protection removed it)",
            fix="nothing can be sent or learnt from this case now",
        )
    try:
        return parse(raw), raw
    except AgentError as exc:
        raise CaseError(
            f"{case.ref}: its message cannot be read ({exc.problem})", fix="see the evidence file"
        ) from None


def corrections(data_dir: Path) -> list[tuple[Path, str]]:
    """The Clerk's corrections as (message file, category), for `rules test --corrections`."""
    folder = data_dir / CORRECTIONS
    found = []
    for label in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            category = json.loads(label.read_text(encoding="utf-8"))["category"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if label.with_suffix(".eml").is_file():
            found.append((label.with_suffix(".eml"), str(category)))
    return found


def remove_corrections(data_dir: Path, ref: str) -> list[str]:
    """Data protection: a case's kept correction goes with the case's personal data."""
    removed = []
    for suffix in (".eml", ".json"):
        path = data_dir / CORRECTIONS / f"{ref}{suffix}"
        if path.exists():
            path.unlink()
            removed.append(f"{CORRECTIONS}/{path.name}")
    return removed


# -- inside ---------------------------------------------------------------------------------------


def find_case(store: Store, ref: str) -> Case:
    """The case with this reference, or an error that says how to find the right one."""
    case = store.case(ref.strip().upper())
    if case is None:
        raise CaseError(f"there is no case {ref}", fix="list the cases with 'python run.py cases list'")
    return case


def _owed_acknowledgement(
    store: Store,
    settings: Settings,
    renderer: Renderer,
    case: Case,
    category: Category,
    message: Message,
    now: datetime,
    *,
    by: str,
) -> Case:
    """After a reclassification: the acknowledgement the new category owes, if none has gone. The Clerk's decision
    settles one that was waiting for the cap on all senders, so it can never be queued twice."""
    if case.ack_waiting and category.acknowledge != "auto":
        case = replace(case, ack_waiting=None)
    if store.outbox_entry(f"{case.ref}-ack") is not None or _for_the_record(case) or message.sender != case.sender:
        return case
    if case.ack_dropped:  # the Clerk decided that no acknowledgement goes; a new category does not overrule her
        return case
    if category.acknowledge == "never" or not category.ack:
        return (
            _drop_pending(case, f"{category.name} sends no acknowledgement", now, by=by) if case.ack_pending else case
        )
    if not message.sender_valid:
        return case
    if category.acknowledge == "hold":
        return (
            case
            if case.ack_pending
            else hold_acknowledgement(
                case,
                f"{category.name}: the acknowledgement waits for the Clerk (rules.yaml: acknowledge: hold)",
                now,
                by=by,
            )
        )
    pending = replace(case, ack_pending=None)
    return queue_acknowledgement(store, settings, renderer, pending, category, message, now, by=by)


def _for_the_record(case: Case) -> bool:
    """Filed by a backfill, so never acknowledged (cases filed before the flag existed say so in their history)."""
    return bool(case.for_the_record) or any(e.kind == "not_acknowledged" and "backfill" in e.note for e in case.history)


def _drop_pending(case: Case, note: str, now: datetime, *, by: str) -> Case:
    dropped = replace(case, ack_pending=None, ack_dropped=Decided(at=now.isoformat(), by=by, note=note))
    return dropped.noted(casebook.event(now, "acknowledgement_dropped", by=by, note=note))


def _keep_correction(store: Store, case: Case, raw: bytes, *, was: str, note: str, by: str, now: datetime) -> None:
    folder = store.data_dir / CORRECTIONS
    folder.mkdir(exist_ok=True)
    write_durably(folder / f"{case.ref}.eml", raw)
    label = {
        "ref": case.ref,
        "category": case.category,
        "was": was,
        "note": note,
        "by": by,
        "at": now.isoformat(),
    }
    write_durably(folder / f"{case.ref}.json", json.dumps(label, indent=1, ensure_ascii=False).encode())
