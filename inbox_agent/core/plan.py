"""Decide first, act after: everything the agent does with one message, decided without touching anything.

`plan(incoming, context, now)` reads the parsed message and a frozen snapshot of what the store knows about it
(`Context`, gathered by the executor in app/pipeline.py) and returns a `Plan`: the message's record and disposition,
whether its bytes are kept as evidence, the case it opens or changes (and the cases it links to), the mail to queue,
and the store's bookkeeping. The executor applies a plan and decides nothing. As in Mailman 3's pipeline, the
decisions can be read, and tested, in one place: a reply cannot skip classification here without a test seeing it.

One thing is left to the executor: whether a rendered acknowledgement is safe to send (its Message-ID, or the reason
it was refused) is only known once it is rendered, so the plan orders it (`Plan.ack`) and puts what follows it in the
case's history (`Plan.then`) after it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from inbox_agent.core import cases as casebook
from inbox_agent.core.caps import Cap, exceeded
from inbox_agent.core.digest import excerpt
from inbox_agent.core.learned import possible_alert
from inbox_agent.core.models import Category, Decision, Fetched, Message, Screening
from inbox_agent.core.normalise import MalformedMessage, parse
from inbox_agent.core.records import (
    ALREADY_SEEN,
    Case,
    Disposition,
    Escalation,
    Event,
    MessageRecord,
    evidence_digest,
)
from inbox_agent.core.rules import RuleSet, decide, escalates
from inbox_agent.core.screen import screen
from inbox_agent.core.workdays import local_date


class CaseChange(StrEnum):
    """What a message does to a case."""

    NONE = "none"  # no case: not filed, or a record only
    NEW = "new"  # opens a case
    JOIN = "join"  # joins its case and leaves it as it was (a calm reply, an automatic one)
    ESCALATE = "escalate"  # joins its case and raises it (a threat, hate or abuse in a reply)
    REVIEW = "review"  # joins its case and sends it to the Clerk's review (an uncertain reply)


@dataclass(frozen=True)
class Setup:
    """What stays the same for a whole poll: the rules and the settings the decisions need."""

    rules: RuleSet
    case_prefix: str
    own_addresses: frozenset[str]
    sender_caps: tuple[Cap, ...]
    global_caps: tuple[Cap, ...]
    alert_batch: timedelta | None
    start: datetime  # mail that arrived before this is never acknowledged (invariant 5)
    window: datetime | None = None  # a backfill files mail from here to the start, for the record


@dataclass(frozen=True)
class Incoming:
    """A fetched message, parsed once; `problem` says why it could not be (then `message` is None). `decision` is
    its decision when it was made ahead, in another process (app/ahead.py): the same as plan would make."""

    fetched: Fetched
    message: Message | None = None
    problem: str = ""
    decision: Decision | None = None


def read(fetched: Fetched) -> Incoming:
    """Parse what was fetched; a message only recorded from a search (too old) has no body to parse."""
    if fetched.too_old:
        return Incoming(fetched)
    try:
        return Incoming(fetched, parse(fetched.raw))
    except MalformedMessage as exc:
        return Incoming(fetched, problem=exc.problem)


@dataclass(frozen=True)
class Context:
    """What the store knows that bears on one message, gathered before the plan. Cases are read-only here."""

    setup: Setup
    seen: bool = False  # the message already has its record (and this is not a backfill's revisit)
    earlier: MessageRecord | None = None  # the record of an earlier message with the same Message-ID and body
    replied: str | None = None  # the case of the first known message it replies to (In-Reply-To, References)
    participants: frozenset[str] = frozenset()  # who may write into that case (see Pipeline.participants)
    cases: Mapping[str, Case] = field(default_factory=dict)  # the replied case and those the subject names
    sequences: Mapping[str, int] = field(default_factory=dict)  # the last case number taken, by year
    sender_acks: Sequence[str] = ()  # when acknowledgements went to this sender (sorted ISO times)
    all_acks: Sequence[str] = ()  # when any acknowledgement went
    last_alert: str | None = None
    alerts_waiting: tuple[str, ...] = ()


@dataclass(frozen=True)
class AckOrder:
    """Render and queue the acknowledgement of the plan's case."""

    category: str


@dataclass(frozen=True)
class AlertOrder:
    """Alert the Clerk about the plan's case at once; `why` says what raised it when it is not a new message."""

    category: str
    why: str = ""
    possible: bool = False  # the model suspects it (see possible_alert): the case waits for the Clerk's review


@dataclass(frozen=True)
class Plan:
    disposition: Disposition | str  # a Disposition, or ALREADY_SEEN: nothing to write
    record: MessageRecord | None = None
    subject: str = ""  # for the poll's report
    keep_evidence: bool = False  # the raw bytes go to evidence, under record.evidence
    change: CaseChange = CaseChange.NONE
    case: Case | None = None  # the case as it stands before the acknowledgement is rendered
    linked: tuple[Case, ...] = ()  # other cases that now name this one
    ack: AckOrder | None = None
    alert: AlertOrder | None = None
    then: tuple[Event, ...] = ()  # history events that follow the acknowledgement in the case
    meta: tuple[tuple[str, Any], ...] = ()  # the store's bookkeeping: case numbers, alert batching
    counts: tuple[str, ...] = ()  # tallies for the poll's report, beside the disposition
    warnings: tuple[str, ...] = ()  # to log

    def final_case(self, case: Case | None = None) -> Case | None:
        """The case once the acknowledgement step (if any) has given `case`: with what follows it."""
        base = case if case is not None else self.case
        if base is None or not self.then:
            return base
        return base.noted(*self.then)


def base_record(fetched: Fetched, now: datetime, disposition: Disposition, **extra: Any) -> MessageRecord:
    """The start of every message's record: where it is, how big, and when it was read."""
    return MessageRecord(
        location=fetched.location,
        folder=fetched.folder,
        uid=fetched.uid,
        received=fetched.received.isoformat() if fetched.received else None,
        size=len(fetched.raw),
        recorded=now.isoformat(),
        disposition=disposition,
        **extra,
    )


def plan(incoming: Incoming, context: Context, now: datetime) -> Plan:
    """Everything that happens to one message, in order: the checks that end early, threading, then filing."""
    fetched, message = incoming.fetched, incoming.message
    if context.seen:
        return Plan(ALREADY_SEEN, counts=(ALREADY_SEEN,))
    record = base_record(fetched, now, Disposition.BEFORE_START)
    if fetched.too_old:
        return _recorded(record, Disposition.BEFORE_START, reason="arrived before the start; not downloaded")
    counts: tuple[str, ...] = ()
    if fetched.full_size:
        record = replace(
            record,
            size=fetched.full_size,
            too_big=f"{fetched.full_size / 1e6:.1f} MB, over MAX_MESSAGE_BYTES: "
            "filed from its headers only; read it in the mail client",
        )
        counts = ("too_big",)
    if message is None:
        return _recorded(record, Disposition.QUARANTINED, counts, reason=incoming.problem, evidence=fetched.raw)
    content_key = f"{message.message_id}|{message.body_hash}"
    record = replace(record, content_key=content_key, message_id=message.message_id, sender=message.sender)
    earlier = context.earlier
    if earlier is not None and earlier.location != fetched.location:  # a retry of quarantine is not a duplicate
        return _recorded(record, Disposition.DUPLICATE, counts, same_as=earlier.location, case=earlier.case)
    screening = screen(message, context.setup.own_addresses)
    decision = incoming.decision  # decided ahead, or now: every message, a reply too (threading is no way round)
    if decision is None:
        decision = decide(context.setup.rules, message, screening)
    record = replace(record, category=decision.category)
    thread_ref, linked = thread(message, context)
    if thread_ref is not None:
        digest = evidence_digest(fetched.raw)
        joined = join(context, thread_ref, fetched, message, digest, decision, now, automated=screening.automated)
        return replace(
            joined,
            record=replace(record, disposition=Disposition.THREADED, case=thread_ref, evidence=digest),
            subject=message.subject,
            counts=(*counts, *joined.counts),
        )
    category = context.setup.rules.category(decision.category)
    judged = _Judged(fetched, message, screening, decision, category, record, counts)
    return _file(judged, context, linked, now)


def _recorded(
    record: MessageRecord,
    disposition: Disposition,
    counts: tuple[str, ...] = (),
    *,
    evidence: bytes = b"",
    **extra: Any,
) -> Plan:
    """A plan that only records the message (and keeps its bytes when `evidence` is given)."""
    digest = evidence_digest(evidence) if evidence else None
    subject = extra.pop("subject", "")
    return Plan(
        disposition,
        record=replace(record, disposition=disposition, evidence=digest, **extra),
        subject=subject,
        keep_evidence=digest is not None,
        counts=counts,
    )


# -- threading ----------------------------------------------------------------------------------------


def thread(message: Message, context: Context) -> tuple[str | None, list[str]]:
    """The case a reply belongs to, through In-Reply-To/References or the reference in the subject, and only
    for the case's participants. A stranger must not join someone's case (a known helpdesk fault: a neighbour
    copied on a complaint could reopen it and land in the resident's subject access export): their message
    opens a new case, linked to the one it names."""
    linked: list[str] = []
    replied = context.replied
    if replied is not None and replied in context.cases:
        sender = message.sender
        if sender and (sender in context.participants or sender in context.setup.own_addresses):
            return replied, []
        linked.append(replied)
    for ref in casebook.references_in(message.subject, context.setup.case_prefix):
        case = context.cases.get(ref)
        if case is None or ref in linked:
            continue
        if message.sender and case.sender == message.sender:
            return ref, []
        linked.append(ref)
    return None, linked


def join(
    context: Context,
    ref: str,
    fetched: Fetched,
    message: Message,
    digest: str,
    decision: Decision,
    now: datetime,
    *,
    automated: bool,
) -> Plan:
    """A participant's reply joins the case, judged like any message: a threat, hate or abuse escalates the case
    and says why in its history; an uncertain one sends it to review; a calm one leaves it as it is."""
    case = context.cases[ref]
    kind = "automatic_reply" if automated else "reply"
    case = replace(
        case,
        messages=(*case.messages, casebook.message_summary(fetched, message, digest, now)),
        message_ids=(*case.message_ids, *((message.message_id,) if message.message_id else ())),
    ).noted(casebook.event(now, kind, note=f"from {message.sender or 'unknown sender'}"))
    joined = Plan(Disposition.THREADED, keep_evidence=True, change=CaseChange.JOIN, case=case)
    if automated:
        return joined
    if case.status in casebook.TRANSITIONS["reopen"][0]:
        case = casebook.transition(case, "reopen", now, note="the sender wrote again after it was closed")
    rules = context.setup.rules
    new = rules.category(decision.category)
    if escalates(rules, case.category, new.name):
        return _escalate(context, replace(joined, case=case), new, message, digest, decision, now)
    if decision.review and case.status in casebook.TRANSITIONS["review"][0]:
        case = casebook.transition(case, "review", now, note=f"a reply from {message.sender}: {decision.review}")
        reviewed = replace(joined, change=CaseChange.REVIEW, case=case, counts=("needs_review",))
    elif decision.review and case.status == casebook.NEEDS_REVIEW:
        # waiting for the Clerk already, perhaps for another reason: what this reply adds goes in its history, and
        # a threat the model suspects in it alerts her today, as it would in a case that was not waiting
        note = f"a reply from {message.sender} while the case waits for review: {decision.review}"
        reviewed = replace(joined, case=case.noted(casebook.event(now, "needs_review", note=note)))
    else:
        return replace(joined, case=case)
    if rules.category(case.category).alert:
        return reviewed
    why = f"a reply from {message.sender or 'an unknown sender'} in this case: {decision.review}"
    return _possible_alert(reviewed, context, case.ref, decision, now, why=why)


def _escalate(
    context: Context, joined: Plan, new: Category, message: Message, digest: str, decision: Decision, now: datetime
) -> Plan:
    case = joined.case
    assert case is not None
    policy = f"; policy {', '.join(new.policy)}" if new.policy else ""
    why = f"a reply from {message.sender or 'an unknown sender'} is {new.label.lower()}: {decision.reason}{policy}"
    was = case.category
    case = replace(
        case,
        category=new.name,
        severity=new.severity,
        reason=decision.reason,
        decision_evidence=digest,
        hits=casebook.hit_records(decision),
        escalated=Escalation(came_from=was, to=new.name, at=now.isoformat()),
    ).noted(casebook.event(now, "escalated", note=f"{was} to {new.name}: {why}"))
    counts: tuple[str, ...] = ("escalated",)
    if decision.review and case.status in casebook.TRANSITIONS["review"][0]:  # decided by the model: a person confirms
        case = casebook.transition(case, "review", now, note=f"a reply from {message.sender}: {decision.review}")
        counts = (*counts, "needs_review")
    escalated = replace(joined, change=CaseChange.ESCALATE, case=case, counts=counts)
    if not new.alert:
        return escalated
    return _with_alert(
        escalated,
        context,
        case.ref,
        new,
        now,
        why=f"A reply in this case, which was filed as {was}, escalated it: {why}.",
    )


# -- alerts ---------------------------------------------------------------------------------------------


def _with_alert(
    step: Plan, context: Context, ref: str, category: Category, now: datetime, *, why: str = "", possible: bool = False
) -> Plan:
    """The first alert goes at once; the ones that follow within ALERT_BATCH_MINUTES gather into one summary,
    so sixty threats make a handful of messages, not sixty (providers throttle an account that sends a burst)."""
    batch, last = context.setup.alert_batch, context.last_alert
    note = f"possible {category.name}: {why}" if possible else why or category.name
    if batch and last and now - datetime.fromisoformat(last) < batch:
        return replace(
            step,
            then=(*step.then, casebook.event(now, "alert_batched", note=note)),
            meta=(*step.meta, ("alerts_waiting", [*context.alerts_waiting, ref])),
            counts=(*step.counts, "alerts_batched"),
        )
    return replace(
        step,
        alert=AlertOrder(category.name, why, possible),
        then=(*step.then, casebook.event(now, "alert_queued", note=note)),
        meta=(*step.meta, ("last_alert", now.isoformat())),
        counts=(*step.counts, "alerts_queued"),
    )


# -- filing -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Judged:
    """A readable message that joins no case, with what was decided about it so far."""

    fetched: Fetched
    message: Message
    screening: Screening
    decision: Decision
    category: Category
    record: MessageRecord
    counts: tuple[str, ...]


def _file(judged: _Judged, context: Context, linked: list[str], now: datetime) -> Plan:
    """A message that joins no case: before the start, quarantined as unreadable, no case, or a new case."""
    fetched, message, decision, record, counts = (
        judged.fetched,
        judged.message,
        judged.decision,
        judged.record,
        judged.counts,
    )
    received = fetched.received or message.date or now
    if received.tzinfo is None:
        received = received.replace(tzinfo=UTC)
    for_the_record = False
    if received < context.setup.start:
        if context.setup.window is None or received < context.setup.window:
            return _recorded(record, Disposition.BEFORE_START, counts, subject=message.subject)
        for_the_record = True  # backfill: filed, never acknowledged (invariant 5)
    if message.unreadable and not judged.category.alert:  # a guessed text may hide anything but a threat
        return _recorded(
            record,
            Disposition.QUARANTINED,
            counts,
            evidence=fetched.raw,
            reason=f"{message.unreadable}: the text cannot be read reliably",
            looks_like=decision.category,
            subject=message.subject,
        )
    # Uncertain human mail, and a stranger writing into someone's case, go to the Clerk: never a silent enquiry. Mail
    # that looks automatic only by signs a person's mail can show (a noreply address) may be a person's too.
    human = not judged.screening.automated or judged.screening.lookalike
    if not judged.category.case and not (human and (decision.review or linked)):
        return _recorded(record, Disposition.NO_CASE, counts, reason=decision.reason, subject=message.subject)
    return _new_case(judged, context, linked, now, for_the_record=for_the_record)


def _new_case(judged: _Judged, context: Context, linked: list[str], now: datetime, *, for_the_record: bool) -> Plan:
    """Open a case: its number, its links, review if unsure, then its acknowledgement and alert."""
    message, decision, category = judged.message, judged.decision, judged.category
    digest = evidence_digest(judged.fetched.raw)
    sequences = dict(context.sequences)
    sequences[str(now.year)] = sequences.get(str(now.year), 0) + 1
    ref = casebook.format_reference(context.setup.case_prefix, now.year, sequences[str(now.year)])
    case = _opened(ref, judged, digest, now, for_the_record=for_the_record)
    counts = judged.counts
    if linked:
        case = replace(case, linked=tuple(linked))
    screening = judged.screening
    if decision.review and (not screening.automated or screening.lookalike):  # a machine's own mail: nobody to ask
        case = casebook.transition(case, "review", now, note=decision.review)
        counts = (*counts, "needs_review")
    step = Plan(
        Disposition.FILED,
        record=replace(judged.record, disposition=Disposition.FILED, case=ref, evidence=digest),
        subject=message.subject,
        keep_evidence=True,
        change=CaseChange.NEW,
        linked=tuple(_linked_back(context.cases[other], ref, now) for other in linked),
        meta=(("sequence", sequences),),
        counts=counts,
    )
    why_not = why_no_ack(case, message, judged.screening, category, for_the_record=for_the_record)
    step = _acknowledge(step, context, case, message, category, now, why_not=why_not)
    if category.alert:
        step = _with_alert(step, context, ref, category, now)
    elif case.status == casebook.NEEDS_REVIEW:
        step = _possible_alert(step, context, ref, decision, now, why=decision.review)
    return step


def _possible_alert(step: Plan, context: Context, ref: str, decision: Decision, now: datetime, *, why: str) -> Plan:
    """An alert marked possible, when the decision waits for review with a threat the model suspects (see
    possible_alert): the Clerk hears of it today, not in the weekly digest."""
    rules = context.setup.rules
    found = possible_alert(rules, decision)
    if found is None:
        return step
    name, p = found
    if f"{name} (p=" not in why:  # the review gave the rules' cue as its reason: the model's reading is why too
        why = f"{why}; the learned model reads {name} at p={p:.2f}"
    return _with_alert(step, context, ref, rules.category(name), now, why=why, possible=True)


def _opened(ref: str, judged: _Judged, digest: str, now: datetime, *, for_the_record: bool) -> Case:
    """The new case, with what the Clerk should know about the message from the start."""
    message, too_big, deadline = judged.message, judged.record.too_big, judged.category.deadline
    case = replace(
        casebook.new_case(ref, judged.fetched, message, judged.decision, digest, now),
        excerpt=excerpt(message.own_text),  # for the Clerk's digest, which masks it if MASK_WORDS says so
    )
    if for_the_record:
        case = replace(case, for_the_record=True)
    if too_big:
        case = replace(case, too_big=too_big).noted(casebook.event(now, "too_big", note=too_big))
    if deadline:
        case = replace(case, deadline=casebook.statutory_deadline(deadline, local_date(case.received)))
    if message.unreadable:
        note = f"{message.unreadable}: classified from a best guess at the text; read the original"
        case = case.noted(casebook.event(now, "unreadable", note=note))
    return case


def _linked_back(other: Case, ref: str, now: datetime) -> Case:
    linked = replace(other, linked=(*other.linked, ref))
    return linked.noted(casebook.event(now, "linked", note=f"{ref} refers to this case from outside it"))


# -- acknowledgements ---------------------------------------------------------------------------------------


def why_no_ack(case: Case, message: Message, screening: Screening, category: Category, *, for_the_record: bool) -> str:
    """Why this new case gets no acknowledgement at all, or "" when it may get one."""
    if for_the_record:
        return "filed for the record by a backfill: it arrived before the agent started, so it is never acknowledged"
    if case.status == casebook.NEEDS_REVIEW:
        return "the decision needs the Clerk's review first; 'cases reclassify' sends what the category owes"
    if not category.ack:
        return f"the {category.name} category sends no acknowledgement"
    if screening.automated:
        return "automatic mail: " + "; ".join(screening.reasons)
    if not message.sender_valid:
        return "the sender's address is missing or cannot be used safely"
    if category.acknowledge == "never":
        return f"rules.yaml says the {category.name} category is never acknowledged"
    return ""


def _acknowledge(
    step: Plan, context: Context, case: Case, message: Message, category: Category, now: datetime, *, why_not: str
) -> Plan:
    """Order the acknowledgement, or record in the case why there is none (yet)."""
    if why_not:
        case = replace(case, ack_queued=False).noted(casebook.event(now, "not_acknowledged", note=why_not))
        return replace(step, case=case)
    if category.acknowledge == "hold":
        why = (
            f"{category.name}: the acknowledgement waits for the Clerk to send or drop it "
            "(rules.yaml: acknowledge: hold)"
        )
        return replace(
            step, case=casebook.hold_acknowledgement(case, why, now), counts=(*step.counts, "ack_waits_for_clerk")
        )
    setup = context.setup
    cap = exceeded(context.sender_acks, setup.sender_caps, now)
    everyone = exceeded(context.all_acks, setup.global_caps, now) if cap is None else None
    if everyone is not None:
        note = (
            f"acknowledgement waiting: the cap of {everyone.label} for all senders is reached; "
            "it goes when the cap allows"
        )
        # Held by the cap on all senders: it waits and goes when the cap allows, never dropped, so a flood of forged
        # mail delays a resident's acknowledgement but cannot cost it.
        case = replace(case, ack_queued=False, ack_waiting=now.isoformat())
        case = case.noted(casebook.event(now, "acknowledgement_waiting", note=note))
        return replace(step, case=case, warnings=(*step.warnings, f"{case.ref}: {note}"))
    if cap is not None:
        note = f"acknowledgement held back: the cap of {cap.label} for this sender is reached"
        case = replace(case, ack_queued=False, ack_held=note)
        case = case.noted(casebook.event(now, "acknowledgement_held", note=note))
        return replace(
            step, case=case, counts=(*step.counts, "ack_held"), warnings=(*step.warnings, f"{case.ref}: {note}")
        )
    return replace(step, case=case, ack=AckOrder(category.name))
