"""The pure decisions about cases: references, events, and the lifecycle table every change of state goes through.

Everything here takes ``now`` and a frozen `Case` and returns a new one, so it can be tested without a disk or a clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from inbox_agent.core.models import Deadline, Decision, Fetched, Message, Timescales
from inbox_agent.core.records import (
    Action,
    Case,
    CaseMessage,
    CaseStatus,
    Event,
    Hit,
    LegalHold,
    PendingAck,
    Review,
    StatutoryDeadline,
)
from inbox_agent.core.workdays import UK_NATIONS, WorkingDays, local_date, months_later
from inbox_agent.errors import AgentError

NEW, ACKNOWLEDGED, IN_PROGRESS, RESOLVED, CLOSED, REOPENED, NEEDS_REVIEW = (
    CaseStatus.NEW,
    CaseStatus.ACKNOWLEDGED,
    CaseStatus.IN_PROGRESS,
    CaseStatus.RESOLVED,
    CaseStatus.CLOSED,
    CaseStatus.REOPENED,
    CaseStatus.NEEDS_REVIEW,
)
OPEN_STATES = (NEEDS_REVIEW, NEW, ACKNOWLEDGED, IN_PROGRESS, REOPENED)
STATES = tuple(CaseStatus)

# The one table of the lifecycle: action -> (states it may start from, state it leads to).
# A case that needs review waits for the Clerk's decision (actions.reclassify, to the same category to confirm):
# "reviewed" takes it back to the state it was in before (new, for a case filed for review).
TRANSITIONS: dict[str, tuple[frozenset[CaseStatus], CaseStatus]] = {
    "acknowledge": (frozenset({NEW}), ACKNOWLEDGED),
    "start": (frozenset({NEW, ACKNOWLEDGED, REOPENED}), IN_PROGRESS),
    "resolve": (frozenset(OPEN_STATES), RESOLVED),
    "close": (frozenset(OPEN_STATES), CLOSED),
    "reopen": (frozenset({RESOLVED, CLOSED}), REOPENED),
    "review": (frozenset({NEW, ACKNOWLEDGED, IN_PROGRESS, REOPENED}), NEEDS_REVIEW),
    "reviewed": (frozenset({NEEDS_REVIEW}), NEW),
}
INTERNAL_ACTIONS = ("acknowledge", "review", "reviewed")  # done by the agent or through actions.py, not by name

# What the council did under section 3 of the policy; these feed the digest and the council summary.
ACTION_KINDS: dict[str, str] = {
    "removed": "deleted content or blocked someone (policy 3.3)",
    "platform": "reported to the platform (policy 3.4)",
    "police": "reported to the police (policy 3.5)",
    "monitoring-officer": "referred to the Monitoring Officer under the Code of Conduct",
}


class CaseError(AgentError):
    """A change the lifecycle does not allow, or a case that does not exist."""


def transition(case: Case, action: str, now: datetime, *, by: str = "agent", note: str = "") -> Case:
    """The case after an action, or CaseError naming what is allowed instead."""
    allowed_from, target = TRANSITIONS[action]
    if case.status not in allowed_from:
        possible = sorted(
            a for a, (sources, _) in TRANSITIONS.items() if case.status in sources and a not in INTERNAL_ACTIONS
        )
        if case.status == NEEDS_REVIEW:
            possible.append(
                f"or decide its category first with 'python run.py cases reclassify {case.ref} CATEGORY --note ...'"
            )
        raise CaseError(
            f"{case.ref} is {case.status.replace('_', ' ')}, so it cannot be {_past(action)}",
            fix=f"what it can be: {', '.join(possible) or 'nothing more'}",
        )
    changes: dict[str, Any] = {"status": target}
    if action == "review":
        changes["review"] = Review(reason=note, came_from=str(case.status), at=now.isoformat())
    if action == "reviewed":
        changes["status"] = CaseStatus(case.review.came_from) if case.review else NEW
        changes["review"] = None
    if action == "reopen":
        changes["reopened"] = now.isoformat()
    if action in ("resolve", "close"):
        changes["closed_at"] = now.isoformat()
    if action == "acknowledge":
        changes["acknowledged"] = now.isoformat()
    return replace(case, **changes).noted(event(now, _past(action), by=by, note=note))


def _past(action: str) -> str:
    return {
        "start": "started",
        "resolve": "resolved",
        "close": "closed",
        "reopen": "reopened",
        "acknowledge": "acknowledged",
        "review": "needs_review",
        "reviewed": "reviewed",
    }[action]


def hold_acknowledgement(case: Case, why: str, now: datetime, *, by: str = "agent") -> Case:
    """Keep the acknowledgement in the case until the Clerk sends or drops it."""
    held = replace(case, ack_waiting=None, ack_queued=False, ack_pending=PendingAck(since=now.isoformat(), why=why))
    return held.noted(event(now, "acknowledgement_waits", by=by, note=why))


def add_note(case: Case, text: str, now: datetime, *, by: str = "clerk") -> Case:
    return case.noted(event(now, "note", by=by, note=text))


def record_action(
    case: Case, kind: str, note: str, now: datetime, *, by: str = "clerk", crime_reference: str = ""
) -> Case:
    if kind not in ACTION_KINDS:
        raise CaseError(f"unknown action {kind!r}", fix=f"use one of: {', '.join(ACTION_KINDS)}")
    crime_reference = " ".join(crime_reference.split())[:60]
    if crime_reference and kind != "police":
        raise CaseError(
            "only a report to the police has a crime reference", fix="leave the crime reference out, or choose police"
        )
    # The police may give the crime reference days later: the report is recorded now, the reference with it when known.
    action = Action(at=now.isoformat(), kind=kind, by=by, note=note, crime_reference=crime_reference or None)
    label = ACTION_KINDS[kind] + (
        f", crime reference {crime_reference}"
        if crime_reference
        else ", crime reference not yet known"
        if kind == "police"
        else ""
    )
    return replace(case, actions=(*case.actions, action)).noted(
        event(now, "action", by=by, note=f"{label}: {note}" if note else label)
    )


def hold(case: Case, reason: str, now: datetime, *, by: str = "clerk") -> Case:
    """A legal hold: retention and erasure leave the case alone until it is released."""
    if not reason.strip():
        raise CaseError("a legal hold needs its reason", fix="add --reason, e.g. 'solicitor's letter of 3 March'")
    held = replace(case, hold=LegalHold(at=now.isoformat(), by=by, reason=reason))
    return held.noted(event(now, "legal_hold", by=by, note=reason))


def release(case: Case, now: datetime, *, by: str = "clerk", note: str = "") -> Case:
    if not case.hold:
        raise CaseError(f"{case.ref} is not under legal hold", fix="see 'python run.py cases show REF'")
    return replace(case, hold=None).noted(event(now, "hold_released", by=by, note=note))


def clocks(case: Case, today: date, days: WorkingDays, scales: Timescales) -> dict[str, Any]:
    """Due dates and what is overdue, counted in working days from the local date received."""
    received = local_date(case.received)
    ack_due = days.add(received, scales.acknowledge)
    acknowledged = local_date(case.acknowledged) if case.acknowledged else None
    reply_days = scales.reply_days(case.category)
    respond_due = (
        date.fromisoformat(case.deadline.due)
        if case.deadline
        else days.add(acknowledged or ack_due, reply_days)
        if reply_days
        else None
    )
    is_open = case.is_open
    overdue = []
    # Only a case that owes its sender a reply (rules.yaml reply_days, or a deadline set by law) can be late.
    if respond_due is not None and acknowledged is None and is_open and today > ack_due:
        overdue.append("acknowledgement")
    if respond_due is not None and is_open and today > respond_due:
        overdue.append("response")
    result: dict[str, Any] = {
        "acknowledge_by": ack_due.isoformat(),
        "respond_by": respond_due.isoformat() if respond_due else None,
        "age_working_days": days.between(received, today),
        "overdue": overdue,
    }
    if case.status == REOPENED and case.reopened:
        review_due = days.add(local_date(case.reopened), scales.review)
        result["review_by"] = review_due.isoformat()
        if today > review_due:
            overdue.append("review")
    return result


@dataclass(frozen=True)
class Clocked:
    """A case with its clocks for one day, as the board and the CLI list show it: the case's own fields read
    through (`shown.ref`, `shown.status`), so a template needs no second name for them."""

    case: Case
    clocks: dict[str, Any]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy and pickle look for these before the fields exist
            raise AttributeError(name)
        return getattr(self.case, name)


def with_clocks(case: Case, today: date, days: WorkingDays, scales: Timescales) -> Clocked:
    return Clocked(case, clocks(case, today, days, scales))


_CALENDARS: dict[bool, WorkingDays] = {}


def statutory_deadline(rule: Deadline, received: date) -> StatutoryDeadline:
    """The date the law sets, fixed when the case is filed (a later change of rules does not move it)."""
    days = _CALENDARS.get(rule.uk_holidays)
    if days is None:
        days = _CALENDARS[rule.uk_holidays] = WorkingDays(UK_NATIONS if rule.uk_holidays else ("ENG",))
    due = (
        days.add(received, rule.working_days)
        if rule.working_days
        else months_later(received, rule.calendar_months, days)
    )
    return StatutoryDeadline(due=due.isoformat(), law=rule.law)


_REF = re.compile(r"\b([A-Z0-9]{1,12})-(\d{4})-(\d{4,})\b")


def format_reference(prefix: str, year: int, sequence: int) -> str:
    """A reference a person can read aloud over the phone: TCPC-2026-0001."""
    return f"{prefix}-{year}-{sequence:04d}"


def references_in(text: str, prefix: str) -> list[str]:
    return [m.group(0) for m in _REF.finditer(text or "") if m.group(1) == prefix]


def event(now: datetime, kind: str, by: str = "agent", note: str = "") -> Event:
    return Event(at=now.isoformat(), kind=kind, by=by, note=note)


def message_summary(fetched: Fetched, message: Message, evidence: str, now: datetime) -> CaseMessage:
    return CaseMessage(
        message_id=message.message_id,
        location=fetched.location,
        evidence=evidence,
        received=fetched.received.isoformat() if fetched.received else None,
        filed=now.isoformat(),
        sender=message.sender,
        subject=message.subject[:300],
    )


def hit_records(decision: Decision) -> tuple[Hit, ...]:
    """The rules that fired, as a case keeps them."""
    return tuple(
        Hit(rule=h.rule, category=h.category, weight=h.weight, where=h.where, matched=h.matched[:200])
        for h in decision.hits
    )


def new_case(
    reference: str, fetched: Fetched, message: Message, decision: Decision, evidence: str, now: datetime
) -> Case:
    """The record for a new case; the store adds nothing but its own bookkeeping."""
    return Case(
        ref=reference,
        category=decision.category,
        severity=decision.severity,
        status=NEW,
        sender=message.sender,
        sender_name=message.sender_name[:200],
        subject=message.subject[:300],
        received=(fetched.received or now).isoformat(),
        filed=now.isoformat(),
        message_ids=(message.message_id,) if message.message_id else (),
        hits=hit_records(decision),
        reason=decision.reason,
        messages=(message_summary(fetched, message, evidence, now),),
        history=(event(now, "filed", note=f"{decision.category}: {decision.reason}"),),
    )
