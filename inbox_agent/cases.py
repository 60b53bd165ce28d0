"""Cases as plain records, and the pure decisions about them: references, events, states.

Everything here takes ``now`` and data and returns new data, so it can be tested without a disk or a clock.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from .models import Decision, Fetched, Message

NEW, ACKNOWLEDGED, IN_PROGRESS, RESOLVED, CLOSED, REOPENED = (
    "new", "acknowledged", "in_progress", "resolved", "closed", "reopened")
OPEN_STATES = (NEW, ACKNOWLEDGED, IN_PROGRESS, REOPENED)

_REF = re.compile(r"\b([A-Z0-9]{1,12})-(\d{4})-(\d{4,})\b")


def format_reference(prefix: str, year: int, sequence: int) -> str:
    """A reference a person can read aloud over the phone: TCPC-2026-0001."""
    return f"{prefix}-{year}-{sequence:04d}"


def references_in(text: str, prefix: str) -> list[str]:
    return [m.group(0) for m in _REF.finditer(text or "") if m.group(1) == prefix]


def event(now: datetime, kind: str, by: str = "agent", note: str = "", **extra: Any) -> dict[str, Any]:
    return {"at": now.isoformat(), "kind": kind, "by": by, "note": note, **extra}


def message_summary(fetched: Fetched, message: Message, evidence: str) -> dict[str, Any]:
    return {
        "message_id": message.message_id,
        "location": fetched.location,
        "evidence": evidence,
        "received": fetched.received.isoformat() if fetched.received else None,
        "sender": message.sender,
        "subject": message.subject[:300],
    }


def new_case(reference: str, fetched: Fetched, message: Message, decision: Decision, evidence: str,
             now: datetime) -> dict[str, Any]:
    """The record for a new case; the store adds nothing but its own bookkeeping."""
    return {
        "ref": reference,
        "category": decision.category,
        "severity": decision.severity,
        "status": NEW,
        "sender": message.sender,
        "sender_name": message.sender_name[:200],
        "subject": message.subject[:300],
        "received": (fetched.received or now).isoformat(),
        "filed": now.isoformat(),
        "message_ids": [message.message_id] if message.message_id else [],
        "hits": [{"rule": h.rule, "category": h.category, "weight": h.weight, "in": h.where, "matched": h.matched[:200]}
                 for h in decision.hits],
        "reason": decision.reason,
        "messages": [message_summary(fetched, message, evidence)],
        "history": [event(now, "filed", note=f"{decision.category}: {decision.reason}")],
    }
