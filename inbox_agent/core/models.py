"""Frozen records that pass between modules: what was fetched, what it says, and what was decided."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

UNKNOWN_CHARSET = "unknown charset"  # the defect that sends a message to quarantine (Message.unreadable)


@dataclass(frozen=True)
class Fetched:
    """One message as a source handed it over: bytes exactly as received, plus where it lives."""

    folder: str
    uidvalidity: int
    uid: str
    raw: bytes = field(repr=False)
    received: datetime | None  # the server's INTERNALDATE (or Maildir delivery time), not the sender's Date
    too_old: bool = False  # arrived before the start: recorded from a search, never downloaded
    full_size: int = 0  # set when only the headers were fetched because the message is over MAX_MESSAGE_BYTES

    @property
    def location(self) -> str:
        return f"{self.folder}|{self.uidvalidity}|{self.uid}"


@dataclass(frozen=True)
class Message:
    """A parsed, normalised message. Text fields are untrusted data, never templates."""

    message_id: str
    sender: str  # bare address, lower-cased; "" when absent or unparseable
    sender_name: str
    sender_valid: bool  # parseable, single, free of CR/LF: safe to reply to
    subject: str
    date: datetime | None
    in_reply_to: str
    references: tuple[str, ...]
    headers: tuple[tuple[str, str], ...] = field(repr=False)  # lower-cased names, decoded values
    content_type: str
    part_types: tuple[str, ...]  # every MIME type in the message, outermost first
    own_text: str = field(repr=False)  # what the sender wrote
    quoted_text: str = field(repr=False)  # earlier mail quoted in a reply
    forwarded_text: str = field(repr=False)  # forwarded material: reported content, not the sender's words
    body_hash: str
    defects: tuple[str, ...] = ()

    @cached_property
    def _first_headers(self) -> dict[str, str]:
        first: dict[str, str] = {}
        for key, value in self.headers:
            first.setdefault(key, value)
        return first

    @property
    def unreadable(self) -> str:
        """Why the text is only a guess (a charset nobody knows), or "": such mail goes to quarantine."""
        return next((d for d in self.defects if d.startswith(UNKNOWN_CHARSET)), "")

    def header(self, name: str) -> str | None:
        """The first header of that name (names are lower-cased)."""
        return self._first_headers.get(name.lower())

    def has_header(self, name: str) -> bool:
        return name.lower() in self._first_headers


@dataclass(frozen=True)
class Screening:
    """Whether a message is automatic mail, and each signal that said so."""

    automated: bool
    reasons: tuple[str, ...] = ()
    lookalike: bool = False  # automatic only by signs a person's mail can show too (screen.LOOKALIKE_CHECKS)


@dataclass(frozen=True)
class Hit:
    """One rule that fired, with the exact text it matched, so a decision can always be explained."""

    rule: str
    category: str
    weight: float
    where: str
    matched: str


@dataclass(frozen=True)
class Deadline:
    """A time limit set by law rather than by the council: FOI's 20 working days, a subject access request's month."""

    law: str
    working_days: int = 0
    calendar_months: int = 0
    uk_holidays: bool = False  # FOIA's working days skip a bank holiday in any part of the UK, not only England's


@dataclass(frozen=True)
class Retention:
    """How long a closed case keeps its personal data, and what happens then (see privacy.py)."""

    months: int | None  # None: kept until the Clerk decides
    action: str  # "anonymise" or "erase"
    why: str


@dataclass(frozen=True)
class Group:
    """A broad group of categories, as the council summary's chart draws it: its colour and its pattern (so that
    the groups are told apart in greyscale and by people who do not see the colour)."""

    key: str
    label: str
    colour: str  # "#RRGGBB"
    pattern: str  # "hatch" or "solid"


@dataclass(frozen=True)
class Category:
    """What rules.yaml says a category does."""

    name: str
    label: str
    severity: str
    policy: tuple[str, ...]
    case: bool
    ack: str | None  # template name, or None for no acknowledgement
    alert: bool
    deadline: Deadline | None = None
    retention: Retention | None = None
    acknowledge: str = "auto"  # auto | hold (waits for the Clerk) | never
    reply_days: int | None = None  # working days in which the council owes a reply; None: no reply is owed
    group: str = ""  # the Group the summary counts its cases in ("" for a category that opens no case)
    digest: str = "never"  # always | optional (with DIGEST_INCLUDE_COMPLAINTS=yes) | never: in the Clerk's digest


@dataclass(frozen=True)
class Decision:
    category: str
    severity: str
    hits: tuple[Hit, ...]
    scores: tuple[tuple[str, float], ...]
    reason: str
    review: str = ""  # why the Clerk should check this decision (a cue below the threshold, a close call); "" when sure
    opinion: tuple[tuple[str, float], ...] = ()  # the learned model's probabilities, best first, when it was asked


@dataclass(frozen=True)
class Timescales:
    """The council's own clocks, in working days: acknowledge (ACK_WORKING_DAYS), review a reopened case
    (REVIEW_WORKING_DAYS), and reply, per category, from `reply_days` in rules.yaml. These are good practice for
    complaint handling, not law; the Local Government and Social Care Ombudsman does not cover parish councils."""

    acknowledge: int = 5
    respond: int = 10  # the reply clock when the categories are not known (replies is None)
    review: int = 20
    replies: tuple[tuple[str, int], ...] | None = None  # (category, working days) for each category that owes a reply

    def reply_days(self, category: str) -> int | None:
        """Working days in which a reply is owed for a category; None: none is owed."""
        if self.replies is None:
            return self.respond
        return dict(self.replies).get(category)
