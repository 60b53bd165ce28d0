"""The decisions a poll makes once, after its messages: which waiting acknowledgements go now, whether the batched
alerts are due, which cases a move in the mail client resolves, and what a send's outcome does to a case.

Like `plan.py`, everything here takes ``now`` and data and returns decisions or changed cases; the executor
(app/pipeline.py) gathers the data, renders and queues the mail, and writes what it is given.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from inbox_agent.core import cases as casebook
from inbox_agent.core.caps import Cap, cap_key, exceeded
from inbox_agent.core.models import Category
from inbox_agent.core.records import Case


@dataclass(frozen=True)
class Release:
    """One waiting acknowledgement's fate this poll: `case` is the case with its wait ended, and either it is to be
    queued now (`why_not` empty) or it never goes, for the reason given, which the case records. `since` is when it
    began to wait."""

    case: Case
    category: Category | None
    since: str
    why_not: str = ""

    @property
    def goes(self) -> bool:
        return not self.why_not


def releases(
    waiting: Sequence[Case],
    sent_to: Mapping[str, Sequence[str]],
    sent_all: Sequence[str],
    categories: Mapping[str, Category],
    *,
    sender_caps: tuple[Cap, ...],
    global_caps: tuple[Cap, ...],
    now: datetime,
) -> tuple[Release, ...]:
    """Acknowledgements that waited for the cap on all senders, in the order they go: oldest first and fair across
    senders (each sender's oldest before anyone's second, counting what each has had already, so a flood waits its
    turn). Stops where the cap on all senders is reached again; the rest keep waiting. `sent_to` holds the times
    acknowledgements went to each sender (by caps.cap_key), `sent_all` to anyone, both sorted ISO strings.

    Each release counts against the caps as if it were sent: one whose rendering then fails costs a slot this poll,
    and the next poll gives it back."""
    if not waiting:
        return ()
    turn: dict[str, int] = {}
    ranked = []
    for case in sorted(waiting, key=lambda c: c.ack_waiting or ""):
        key = cap_key(case.sender)
        turn[key] = turn.get(key, len(sent_to.get(key, ()))) + 1
        ranked.append((turn[key], case.ack_waiting or "", case.received, case.ref, case))
    everyone = list(sent_all)
    per_sender = {key: list(times) for key, times in sent_to.items()}
    stamp = now.isoformat()
    out: list[Release] = []
    for *_, case in sorted(ranked, key=lambda r: r[:4]):
        if exceeded(everyone, global_caps, now) is not None:
            break
        waited = replace(case, ack_waiting=None)
        category = categories.get(case.category)
        why_not = (
            "the Clerk has dealt with the case meanwhile"
            if not case.is_open
            else "its category sends no acknowledgement now"
            if category is None or not category.ack
            else ""
        )
        own = per_sender.setdefault(cap_key(case.sender), [])
        cap = exceeded(own, sender_caps, now)
        if cap is not None and not why_not:
            why_not = f"the cap of {cap.label} for this sender was reached while it waited"
        if why_not:
            noted = waited.noted(casebook.event(now, "not_acknowledged", note=why_not))
            out.append(Release(noted, category, case.ack_waiting or "", why_not))
            continue
        bisect.insort(everyone, stamp)
        bisect.insort(own, stamp)
        out.append(Release(waited, category, case.ack_waiting or ""))
    return tuple(out)


def released(release: Release, message_id: str, since: str, now: datetime) -> Case:
    """The case once its waiting acknowledgement is queued, as message_id; `since` is the wait's start as people
    read it (local time)."""
    note = f"to {release.case.sender}, after waiting since {since}"
    queued = replace(release.case, ack_queued=True, ack_message_id=message_id)
    return queued.noted(casebook.event(now, "acknowledgement_queued", note=note))


def unmade(release: Release, problem: str, now: datetime) -> Case:
    """The case when its waiting acknowledgement could not be made (the template or the evidence failed)."""
    why_not = f"the waiting acknowledgement could not be made: {problem}"
    return release.case.noted(casebook.event(now, "not_acknowledged", note=why_not))


@dataclass(frozen=True)
class AlertBatch:
    """One summary alert for the cases gathered since the last one; `label` names its outbox entry."""

    refs: tuple[str, ...]
    label: str


def alerts_due(waiting: Sequence[str], last_alert: str | None, batch: timedelta, now: datetime) -> AlertBatch | None:
    """The batch to send now, or None while ALERT_BATCH_MINUTES have not passed since the last alert (or nothing
    waits). A batch whose cases have all gone (erased) is still due: it clears the list, and nothing is sent."""
    if not waiting or (last_alert and now - datetime.fromisoformat(last_alert) < batch):
        return None
    return AlertBatch(tuple(waiting), f"alerts-{now.strftime('%Y%m%dT%H%M%S')}")


def resolved_by_move(case: Case | None, folder: str, now: datetime) -> Case | None:
    """The Clerk works in her mail client: moving a case's message to the resolved folder resolves an open case.
    None when there is nothing to change (no such case, or it is already resolved or closed)."""
    if case is None or case.status not in casebook.TRANSITIONS["resolve"][0]:
        return None
    return casebook.transition(
        case, "resolve", now, by="clerk", note=f"the message was moved to {folder} in the mail client"
    )


def acknowledgement_sent(case: Case, to: Sequence[str], now: datetime) -> Case:
    """A new case is acknowledged when its acknowledgement goes; one the Clerk already moved on keeps its state,
    and its clock still records when the reply went."""
    note = f"sent to {', '.join(to)}"
    if case.status == casebook.NEW:
        return casebook.transition(case, "acknowledge", now, note=note)
    return replace(case, acknowledged=now.isoformat()).noted(casebook.event(now, "acknowledged", note=note))


def acknowledgement_failed(case: Case, error: str, now: datetime) -> Case:
    """An acknowledgement that can never go: the case says why, so nobody thinks the person was answered."""
    note = f"the acknowledgement could not be sent: {error}"
    return case.noted(casebook.event(now, "not_acknowledged", note=note))
