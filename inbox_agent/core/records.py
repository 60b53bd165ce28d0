"""Typed records of the message flow, and the Repository the executor keeps them in.

The store is JSON (TinyDB), so each record converts to and from the plain document it is stored as: `to_doc()`
writes exactly the keys the store has always held, so stores written before these types read unchanged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, Protocol


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

    _ALWAYS = ("location", "folder", "uid", "received", "size", "recorded", "disposition")

    def to_doc(self) -> dict[str, Any]:
        """The stored document: the optional keys only when set, as the store has always held them."""
        doc: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in self._ALWAYS or value is not None:
                doc[f.name] = str(value) if isinstance(value, StrEnum) else value
        return doc

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> MessageRecord:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in doc.items() if k in known}
        return cls(**{**values, "disposition": Disposition(doc["disposition"])})


@dataclass(frozen=True)
class OutboxEntry:
    """One outgoing message as the outbox tracks it; its bytes are a file the Repository owns."""

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
    extra: Mapping[str, Any] = field(default_factory=dict)  # sent, recovered, note, ...: kept as they are

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> OutboxEntry:
        own = {"id", "kind", "case", "message_id", "to", "from", "subject", "state", "queued", "next_attempt"}
        own |= {"attempts", "last_error"}
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
            extra={k: v for k, v in doc.items() if k not in own},
        )

    def to_doc(self) -> dict[str, Any]:
        return {
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
            **self.extra,
        }


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
    def same_content(self, content_key: str) -> dict[str, Any] | None: ...
    def record_message(self, doc: dict[str, Any]) -> None: ...
    def message_record(self, location: str) -> dict[str, Any] | None: ...
    def message_records(self) -> Iterable[dict[str, Any]]: ...

    def case(self, ref: str) -> dict[str, Any] | None: ...
    def put_case(self, case: dict[str, Any]) -> None: ...
    def case_for_message_id(self, message_id: str) -> str | None: ...
    def all_cases(self) -> list[dict[str, Any]]: ...

    def ack_times(self, recipient: str | None = None) -> Sequence[str]: ...
    def outbox_entry(self, entry_id: str) -> dict[str, Any] | None: ...
    def put_outbox(self, entry: dict[str, Any]) -> None: ...
    def write_outgoing(self, name: str, data: bytes) -> Any: ...

    def write_evidence(self, raw: bytes) -> str: ...
    def read_evidence(self, digest: str) -> bytes: ...
