"""How an outgoing message's entry moves from state to state, as pure functions of the entry and the time.

queued -> (a hand-over, journalled by mail/outbox.py) -> sent, or queued again with a later attempt, or failed;
after a crash, the one entry in doubt is confirmed sent, queued again or left unconfirmed; the Clerk can retry
or cancel what has not gone. mail/outbox.py does the I/O around these changes and stores what they return.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from inbox_agent.core.records import OutboxEntry, OutboxState

# what the Clerk may retry or cancel: mail that has not gone, or that nobody can say went
CHANGEABLE = frozenset({OutboxState.FAILED, OutboxState.UNCONFIRMED, OutboxState.QUEUED})
IN_DOUBT = (
    "the agent stopped while handing this to the mail server and cannot tell whether it went; look in the Sent "
    "folder, then 'outbox retry' or 'outbox cancel'"
)


def is_due(entry: OutboxEntry, now: datetime) -> bool:
    return entry.state == OutboxState.QUEUED and entry.next_attempt <= now.isoformat()


def attempting(entry: OutboxEntry) -> OutboxEntry:
    """About to be handed over: one more attempt counted."""
    return replace(entry, attempts=entry.attempts + 1)


def sent(entry: OutboxEntry, now: datetime, *, copied: bool) -> OutboxEntry:
    """The server took it; `copied`: a copy is in the IMAP Sent folder."""
    return replace(entry, state=OutboxState.SENT, sent=now.isoformat(), last_error="", sent_copy=copied)


def retry_later(entry: OutboxEntry, problem: str, at: datetime) -> OutboxEntry:
    return replace(entry, state=OutboxState.QUEUED, last_error=problem, next_attempt=at.isoformat())


def failed(entry: OutboxEntry, problem: str) -> OutboxEntry:
    """A permanent refusal, or too old to retry: it will never go by itself."""
    return replace(entry, state=OutboxState.FAILED, last_error=problem)


def too_old(entry: OutboxEntry, now: datetime, retry_for: timedelta) -> bool:
    return now - datetime.fromisoformat(entry.queued) > retry_for


def confirmed(entry: OutboxEntry, now: datetime) -> OutboxEntry:
    """After a crash: the journal or the Sent folder shows it went."""
    at = now.isoformat()
    return replace(
        entry, state=OutboxState.SENT, sent=at, recovered=at, last_error="", note="confirmed after an interruption"
    )


def requeued(entry: OutboxEntry, now: datetime) -> OutboxEntry:
    """After a crash: refused, or mail that may safely go twice (an alert, a digest); it goes again now."""
    return replace(entry, state=OutboxState.QUEUED, next_attempt=now.isoformat(), recovered=now.isoformat())


def unconfirmed(entry: OutboxEntry, now: datetime) -> OutboxEntry:
    """After a crash: an acknowledgement that may have gone. Never resent blindly: it waits for the Clerk."""
    return replace(entry, state=OutboxState.UNCONFIRMED, recovered=now.isoformat(), last_error=IN_DOUBT)


def retried(entry: OutboxEntry, now: datetime) -> OutboxEntry:
    """The Clerk asked for it to go at the next poll; a failed entry starts its retry period again."""
    return replace(
        entry,
        state=OutboxState.QUEUED,
        next_attempt=now.isoformat(),
        queued=now.isoformat() if entry.state == OutboxState.FAILED else entry.queued,
        last_error=f"retry asked at {now.isoformat()}",
    )


def cancelled(entry: OutboxEntry, now: datetime) -> OutboxEntry:
    return replace(entry, state=OutboxState.CANCELLED, cancelled=now.isoformat())


def scrubbed(entry: OutboxEntry, now: datetime) -> OutboxEntry:
    """Data protection: the addresses and subject go, and the last error too, since a 5xx may quote an address."""
    return replace(entry, to=(), subject="", last_error="", scrubbed=now.isoformat())
