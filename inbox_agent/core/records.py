"""Typed records of the message flow, and the Repository the executor keeps them in.

The store is JSON (TinyDB), so each record converts to and from the plain document it is stored as: `to_doc()`
writes exactly the keys the store has always held, so stores written before these types read unchanged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import Any, ClassVar, Protocol, Self

from inbox_agent.core.models import Hit as RuleHit


class Disposition(StrEnum):
    """What a message's record says happened to it; every fetched message ends with exactly one."""

    FILED = "filed"  # a new case was opened
    THREADED = "threaded"  # added to an existing case (a reply, or an auto-reply to our acknowledgement)
    NO_CASE = "no_case"  # read and classified; its category opens no case
    BEFORE_START = "before_start"  # arrived before the agent's start; left for the Clerk, never acknowledged
    DUPLICATE = "duplicate"  # the same Message-ID and body was already accounted for
    QUARANTINED = "quarantined"  # could not be read; kept as evidence for a human


ALREADY_SEEN = "already_seen"  # not a disposition: the message has its record already, and nothing is written


class OutboxState(StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"  # a permanent refusal, or too old to retry
    UNCONFIRMED = "unconfirmed"  # in doubt after a crash: left for the Clerk, never resent blindly
    CANCELLED = "cancelled"


class MailKind(StrEnum):
    ACK = "ack"
    ALERT = "alert"
    DIGEST = "digest"


def evidence_digest(raw: bytes) -> str:
    """The name evidence is kept under: its SHA-256, so the plan can name it before the executor writes it."""
    return hashlib.sha256(raw).hexdigest()


@dataclass(frozen=True)
class MessageRecord:
    """One fetched message's record: where it is, what became of it, and why."""

    location: str
    folder: str
    uid: str
    received: str | None
    size: int
    recorded: str
    disposition: Disposition
    too_big: str | None = None
    content_key: str | None = None
    message_id: str | None = None
    sender: str | None = None
    category: str | None = None
    reason: str | None = None
    evidence: str | None = None
    same_as: str | None = None
    case: str | None = None
    looks_like: str | None = None
    scrubbed: str | None = None  # when data protection cut it down to what recognises the message again
    extra: Mapping[str, Any] = field(default_factory=dict)  # keys this version does not know, written back as read

    _ALWAYS: ClassVar[tuple[str, ...]] = ("location", "folder", "uid", "received", "size", "recorded", "disposition")
    # a scrubbed record keeps only these, in the order scrubbing has always written them
    _SCRUBBED: ClassVar[tuple[str, ...]] = (
        *("location", "folder", "uid", "received", "recorded", "disposition", "case", "category", "size"),
        *("content_key", "scrubbed"),
    )

    def to_doc(self) -> dict[str, Any]:
        """The stored document: the optional keys only when set, as the store has always held them."""
        doc: dict[str, Any] = {}
        for name in self._SCRUBBED if self.scrubbed else _RECORD_KEYS:
            value = getattr(self, name)
            if name in self._ALWAYS or value is not None:
                doc[name] = str(value) if isinstance(value, StrEnum) else value
        return {**doc, **self.extra}

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> MessageRecord:
        values = {k: v for k, v in doc.items() if k in _RECORD_KNOWN}
        extra = {k: v for k, v in doc.items() if k not in _RECORD_KNOWN}
        return cls(**{**values, "disposition": Disposition(doc["disposition"])}, extra=extra)


_RECORD_KEYS = tuple(f.name for f in fields(MessageRecord) if f.name != "extra")
_RECORD_KNOWN = frozenset(_RECORD_KEYS)


@dataclass(frozen=True)
class OutboxEntry:
    """One outgoing message as the outbox tracks it; its bytes are a file the Repository owns. How an entry moves
    from state to state is core/outbox.py."""

    id: str
    kind: MailKind
    case: str
    message_id: str
    to: tuple[str, ...]
    sender: str  # the envelope sender, stored as "from"
    subject: str
    state: OutboxState
    queued: str
    next_attempt: str
    attempts: int = 0
    last_error: str = ""
    # the keys below are stored only when set
    sent: str | None = None
    sent_copy: bool | None = None  # whether the acknowledgement was copied to the IMAP Sent folder
    recovered: str | None = None  # when recovery after a crash settled it
    note: str | None = None
    cancelled: str | None = None
    scrubbed: str | None = None  # when data protection removed its addresses, subject and file
    extra: Mapping[str, Any] = field(default_factory=dict)  # keys this version does not know, written back as read
    # the order of the document's keys as read: an entry written back keeps it, and keys it gained go after
    order: tuple[str, ...] = field(default=(), compare=False, repr=False)

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> OutboxEntry:
        optional = {k: doc[k] for k in _OUTBOX_OPTIONAL if k in doc}
        return cls(
            id=doc["id"],
            kind=MailKind(doc["kind"]),
            case=doc["case"],
            message_id=doc.get("message_id", ""),
            to=tuple(doc.get("to", ())),
            sender=doc.get("from", ""),
            subject=doc.get("subject", ""),
            state=OutboxState(doc["state"]),
            queued=doc["queued"],
            next_attempt=doc.get("next_attempt", doc["queued"]),
            attempts=doc.get("attempts", 0),
            last_error=doc.get("last_error", ""),
            **optional,
            extra={k: v for k, v in doc.items() if k not in _OUTBOX_KNOWN},
            order=tuple(doc),
        )

    def to_doc(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "id": self.id,
            "kind": str(self.kind),
            "case": self.case,
            "message_id": self.message_id,
            "to": list(self.to),
            "from": self.sender,
            "subject": self.subject,
            "state": str(self.state),
            "queued": self.queued,
            "next_attempt": self.next_attempt,
            "attempts": self.attempts,
            "last_error": self.last_error,
        }
        for name in _OUTBOX_OPTIONAL:
            value = getattr(self, name)
            if value is not None:
                doc[name] = value
        doc.update(self.extra)
        if not self.order:
            return doc
        return {**{k: doc[k] for k in self.order if k in doc}, **doc}  # a dict keeps the first place of a key


_OUTBOX_OPTIONAL = ("sent", "sent_copy", "recovered", "note", "cancelled", "scrubbed")  # in the order they are added
_OUTBOX_KNOWN = frozenset(
    {"id", "kind", "case", "message_id", "to", "from", "subject", "state", "queued", "next_attempt", "attempts"}
    | {"last_error", *_OUTBOX_OPTIONAL}
)


class CaseStatus(StrEnum):
    """Where a case is in its lifecycle; core/cases.py's table says how it moves."""

    NEEDS_REVIEW = "needs_review"
    NEW = "new"
    ACKNOWLEDGED = "acknowledged"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CLOSED = "closed"
    REOPENED = "reopened"


class _Flat:
    """A small record stored as a flat JSON object. A field defaulting to None is left out of the document while it is
    None (the stores hold such keys only when set); `_KEYS` names fields stored under another key ("in", "from");
    keys no field knows are kept in `extra` and written back, so a newer store's additions survive a round trip."""

    _KEYS: ClassVar[dict[str, str]] = {}
    _LAYOUT: ClassVar[dict[type, tuple[tuple[tuple[str, str, bool], ...], bool]]] = {}

    @classmethod
    def _layout(cls) -> tuple[tuple[tuple[str, str, bool], ...], bool]:
        """(field, document key, always written) for each field but `extra`, and whether there is an `extra`: worked
        out once per class, since a store reads tens of thousands of these."""
        found = _Flat._LAYOUT.get(cls)
        if found is None:
            own = fields(cls)  # type: ignore[arg-type]
            found = _Flat._LAYOUT[cls] = (
                tuple((f.name, cls._KEYS.get(f.name, f.name), f.default is not None) for f in own if f.name != "extra"),
                any(f.name == "extra" for f in own),
            )
        return found

    def to_doc(self) -> dict[str, Any]:
        named, has_extra = self._layout()
        doc: dict[str, Any] = {}
        for name, key, always in named:
            value = getattr(self, name)
            if always or value is not None:
                doc[key] = value
        if has_extra:
            doc.update(getattr(self, "extra"))  # noqa: B009 - a field of the subclasses that have one
        return doc

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> Self:
        named, has_extra = cls._layout()
        values = {name: doc[key] for name, key, _ in named if key in doc}
        if has_extra:
            known = {key for _, key, _ in named}
            values["extra"] = {k: v for k, v in doc.items() if k not in known}
        return cls(**values)


@dataclass(frozen=True)
class Event(_Flat):
    """One line of a case's history."""

    at: str
    kind: str
    by: str = "agent"
    note: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Hit(_Flat, RuleHit):
    """A rule that fired when the case was filed (or escalated), as the case keeps it: stored with its place as "in"."""

    _KEYS: ClassVar[dict[str, str]] = {"where": "in"}


@dataclass(frozen=True)
class CaseMessage(_Flat):
    """A message in a case; an anonymised case keeps only where each one was and when it came."""

    location: str
    received: str | None
    subject: str = ""
    evidence: str = ""
    message_id: str | None = None
    filed: str | None = None
    sender: str | None = None
    direction: str | None = None  # "sent": the Clerk's own reply, from the Sent folder
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Action(_Flat):
    """What the council did under section 3 of the policy (core/cases.py ACTION_KINDS)."""

    at: str
    kind: str
    by: str
    note: str | None = None  # gone once the case is anonymised
    crime_reference: str | None = None


@dataclass(frozen=True)
class LegalHold(_Flat):
    at: str
    by: str
    reason: str


@dataclass(frozen=True)
class Review(_Flat):
    """Why the case waits for the Clerk's decision, and the state it goes back to after it."""

    _KEYS: ClassVar[dict[str, str]] = {"came_from": "from"}

    reason: str
    came_from: str
    at: str


@dataclass(frozen=True)
class PendingAck(_Flat):
    """An acknowledgement that waits for the Clerk to send or drop it."""

    since: str
    why: str


@dataclass(frozen=True)
class StatutoryDeadline(_Flat):
    due: str  # ISO date
    law: str


@dataclass(frozen=True)
class Escalation(_Flat):
    """A reply raised the case's category."""

    _KEYS: ClassVar[dict[str, str]] = {"came_from": "from"}

    came_from: str
    to: str
    at: str


@dataclass(frozen=True)
class Decided(_Flat):
    """A decision of the Clerk's kept on the case: a reclassification (with from and to), or a dropped
    acknowledgement. The note goes when the case is anonymised; the decision stays for the figures."""

    _KEYS: ClassVar[dict[str, str]] = {"came_from": "from"}

    at: str
    by: str
    note: str | None = None
    came_from: str | None = None
    to: str | None = None


_NESTED: dict[str, type[_Flat]] = {
    "ack_pending": PendingAck,
    "review": Review,
    "hold": LegalHold,
    "deadline": StatutoryDeadline,
    "escalated": Escalation,
    "reclassified": Decided,
    "ack_dropped": Decided,
}
_LISTS: dict[str, type[_Flat]] = {"hits": Hit, "messages": CaseMessage, "history": Event, "actions": Action}


@dataclass(frozen=True)
class Case:
    """A case, as every reader sees it. Its changes go through core/cases.py (the lifecycle table) and
    `dataclasses.replace`; `to_doc()` gives back the document the store has always held, key for key."""

    ref: str
    category: str = ""
    severity: str = ""
    status: CaseStatus = CaseStatus.NEW
    sender: str = ""
    sender_name: str = ""
    subject: str = ""
    received: str = ""
    filed: str = ""
    reason: str = ""
    message_ids: tuple[str, ...] = ()
    hits: tuple[Hit, ...] = ()
    messages: tuple[CaseMessage, ...] = ()
    history: tuple[Event, ...] = ()
    # the keys below are stored only when set
    actions: tuple[Action, ...] = ()
    linked: tuple[str, ...] = ()  # cases that name this one from outside it
    excerpt: str | None = None
    too_big: str | None = None
    for_the_record: bool | None = None  # filed by a backfill: never acknowledged
    decision_evidence: str | None = None  # the message the category rests on, when not the first
    deadline: StatutoryDeadline | None = None
    review: Review | None = None
    escalated: Escalation | None = None
    reclassified: Decided | None = None
    acknowledged: str | None = None
    ack_queued: bool | None = None
    ack_message_id: str | None = None
    ack_pending: PendingAck | None = None
    ack_waiting: str | None = None  # since when it waits for the cap on all senders
    ack_held: str | None = None  # why the cap on one sender held it back
    ack_dropped: Decided | None = None
    reopened: str | None = None
    closed_at: str | None = None
    hold: LegalHold | None = None
    anonymised: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)  # keys this version does not know, written back as read
    # lists the document held although empty ("actions": [] after anonymising): written back the same
    empty: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    _ALWAYS: ClassVar[tuple[str, ...]] = (
        "ref",
        "category",
        "severity",
        "status",
        "sender",
        "sender_name",
        "subject",
        "received",
        "filed",
        "reason",
        "message_ids",
        "hits",
        "messages",
        "history",
    )

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def first_evidence(self) -> str:
        return self.messages[0].evidence if self.messages else ""

    def noted(self, *events: Event) -> Case:
        """The case with events added to its history."""
        return replace(self, history=(*self.history, *events))

    def to_doc(self) -> dict[str, Any]:
        doc: dict[str, Any] = {}
        for name in _CASE_KEYS:
            value = getattr(self, name)
            if name not in self._ALWAYS and (value is None or value == ()) and name not in self.empty:
                continue
            if name in _LISTS:
                value = [item.to_doc() for item in value]
            elif isinstance(value, _Flat):
                value = value.to_doc()
            elif isinstance(value, tuple):
                value = list(value)
            elif isinstance(value, StrEnum):
                value = str(value)
            doc[name] = value
        return {**doc, **self.extra}

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> Case:
        known = _CASE_KNOWN
        values: dict[str, Any] = {}
        for key, value in doc.items():
            if key not in known:
                continue
            if key in _LISTS:
                value = tuple(_LISTS[key].from_doc(item) for item in value)
            elif key in _NESTED:
                value = _NESTED[key].from_doc(value) if value is not None else None
            elif key == "status":
                value = CaseStatus(value)
            elif isinstance(value, list):
                value = tuple(value)
            values[key] = value
        empty = frozenset(k for k, v in doc.items() if k in known and v == [])
        return cls(**values, extra={k: v for k, v in doc.items() if k not in known}, empty=empty)


_CASE_KEYS = tuple(f.name for f in fields(Case) if f.name not in ("extra", "empty"))  # the stored keys, in order
_CASE_KNOWN = frozenset(_CASE_KEYS)
OPEN_STATUSES = frozenset(
    {CaseStatus.NEEDS_REVIEW, CaseStatus.NEW, CaseStatus.ACKNOWLEDGED, CaseStatus.IN_PROGRESS, CaseStatus.REOPENED}
)


class Repository(Protocol):
    """What the executor needs of a store. The store owns where evidence and outgoing files live: callers name
    evidence by its digest and outgoing mail by its entry id, never by a path. TinyDB's Store implements it; another
    store would be one new module implementing these methods."""

    # one message's changes, undone together if handling it fails; durable only at commit()
    def savepoint(self) -> None: ...
    def rollback(self) -> None: ...
    def release(self) -> None: ...
    def commit(self) -> None: ...

    def get_meta(self, name: str, default: Any = None) -> Any: ...
    def set_meta(self, name: str, value: Any) -> None: ...
    def checkpoint(self, folder: str) -> dict[str, Any] | None: ...
    def set_checkpoint(self, folder: str, value: dict[str, Any]) -> None: ...
    def next_sequence(self, year: int) -> int: ...

    def seen(self, location: str) -> bool: ...
    def same_content(self, content_key: str) -> MessageRecord | None: ...
    def record_message(self, record: MessageRecord) -> None: ...
    def message_record(self, location: str) -> MessageRecord | None: ...
    def message_records(self) -> Iterable[MessageRecord]: ...

    def case(self, ref: str) -> Case | None: ...
    def put_case(self, case: Case) -> None: ...
    def case_for_message_id(self, message_id: str) -> str | None: ...
    def cases(self) -> list[Case]: ...
    def cases_waiting_for_cap(self) -> list[Case]: ...

    def ack_times(self, recipient: str | None = None) -> Sequence[str]: ...
    def outbox_entry(self, entry_id: str) -> OutboxEntry | None: ...
    def outbox_entries(self, *states: OutboxState) -> list[OutboxEntry]: ...
    def put_outbox(self, entry: OutboxEntry) -> None: ...
    def write_outgoing(self, name: str, data: bytes) -> Any: ...
    def read_outgoing(self, entry_id: str) -> bytes: ...
    def remove_outgoing(self, entry_id: str) -> bool: ...

    def write_evidence(self, raw: bytes) -> str: ...
    def read_evidence(self, digest: str) -> bytes: ...
