"""The Clerk's weekly digest: when it is due, and what it holds. Pure functions of `now` and data.

The schedule is a wall-clock time in Europe/London (Monday 08:00 by default), so it stays at 08:00
across the changes to and from summer time. The last slot sent is kept in the store: a digest that
fell due while the agent was down is sent once when it comes back, never twice.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping
from datetime import date, datetime, time, timedelta
from typing import Any

from inbox_agent.core import cases as casebook
from inbox_agent.core.models import Timescales
from inbox_agent.core.records import Case, MessageRecord, OutboxEntry, OutboxState
from inbox_agent.core.workdays import LONDON, WorkingDays, local_date

SEVERITIES = ("urgent", "high", "normal", "low")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def latest_slot(now: datetime, weekday: int, at: time) -> datetime:
    """The most recent scheduled moment at or before now, as London wall-clock time."""
    local = now.astimezone(LONDON)
    day = local.date() - timedelta(days=(local.weekday() - weekday) % 7)
    slot = datetime.combine(day, at, tzinfo=LONDON)
    if slot > local:
        slot = datetime.combine(day - timedelta(days=7), at, tzinfo=LONDON)
    return slot


def digest_due(now: datetime, weekday: int, at: time, *, last_slot: str | None, since: datetime) -> datetime | None:
    """The slot to send now, or None. Slots before the agent first ran are not owed."""
    slot = latest_slot(now, weekday, at)
    if slot < since:
        return None
    if last_slot is not None and datetime.fromisoformat(last_slot) >= slot:
        return None
    return slot


OFFENSIVE = "[offensive word]"


def mask(text: str, words: Iterable[str]) -> str:
    """Replace each listed word whole: 'piss off, you idiot' -> '[offensive word] off, you [offensive word]'.
    Never a first letter and stars: "c**" for "cow" reads as a far worse word than the one that was written."""
    wanted = {w.casefold() for w in words}
    if not wanted:
        return text
    return re.sub(r"\w+", lambda m: OFFENSIVE if m.group(0).casefold() in wanted else m.group(0), text)


def excerpt(own_text: str, words: Iterable[str] = (), limit: int = 200) -> str:
    """A short excerpt of the sender's own words; the listed words replaced (none by default: the digest is the
    Clerk's own, and MASK_WORDS=yes turns masking on). Only as much of the text is read as the excerpt needs: own
    words can be a 200 KB page, and reading it all cost more than filing the case."""
    words = tuple(words)
    head = own_text[: 8 * limit + 100]
    if len(head) < len(own_text):  # the whole words of the head, if they alone make the excerpt longer than limit
        kept = " ".join(unicodedata.normalize("NFKC", head).split()[:-1])  # the last word may be cut: dropped
        masked = mask(kept, words)
        if len(masked) > limit:
            return masked[: limit - 1].rstrip() + "…"
    masked = mask(" ".join(unicodedata.normalize("NFKC", own_text).split()), words)
    return masked if len(masked) <= limit else masked[: limit - 1].rstrip() + "…"


# The last thing that happened to a case, as the Clerk would say it.
EVENT_WORDS = {
    "filed": "filed",
    "acknowledged": "acknowledgement sent",
    "started": "work started",
    "resolved": "resolved",
    "closed": "closed with no action",
    "reopened": "reopened",
    "legal_hold": "legal hold",
    "hold_released": "legal hold released",
    "too_big": "filed from its headers (too big)",
    "acknowledgement_held": "acknowledgement held back",
    "not_acknowledged": "no acknowledgement sent",
}
ACTION_WORDS = {
    "removed": "content deleted or sender blocked",
    "platform": "reported to the platform",
    "police": "reported to the police",
    "monitoring-officer": "referred to the Monitoring Officer",
}


def last_action(case: Case) -> str:
    """'Sender blocked on Facebook, Wed 2 Dec 2026': the Clerk's own note where she wrote one, else what was done."""
    event = case.history[-1]
    if event.kind == "action" and case.actions:
        action = case.actions[-1]
        what = action.note or ACTION_WORDS.get(action.kind, action.kind)
    elif event.kind == "note":
        what = f"note: {event.note}"
    else:
        what = EVENT_WORDS.get(event.kind, event.kind.replace("_", " "))
    what = what if len(what) <= 80 else what[:79].rstrip() + "…"
    return f"{what}, {short_date(local_date(event.at))}"


def _age(working_days: int) -> str:
    return {0: "today", 1: "1 working day ago"}.get(working_days, f"{working_days} working days ago")


def short_date(day: date | str | None) -> str:
    """The digest's one date style: 'Tue 5 Jan 2027'."""
    if day is None:
        return ""
    day = date.fromisoformat(day) if isinstance(day, str) else day
    return f"{day:%a} {day.day} {day:%b %Y}"


def pseudonyms(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """Repeat senders as 'Sender A: 4', never as addresses; letters follow the counts, not the people."""
    ranked = sorted(((n, s) for s, n in counts.items() if n >= 2), key=lambda p: (-p[0], p[1]))
    return [(f"Sender {_letters(i)}", n) for i, (n, _) in enumerate(ranked)]


def _letters(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def build_digest(
    cases: list[Case],
    outbox: list[OutboxEntry],
    quarantined: list[MessageRecord],
    health: Mapping[str, Any],
    now: datetime,
    *,
    days: WorkingDays,
    scales: Timescales,
    wanted: Collection[str],
    excerpts: Mapping[str, str],
    labels: Mapping[str, str],
) -> dict[str, Any]:
    """What the Clerk needs on Monday morning: the open cases of the `wanted` categories (rules.yaml's `digest:`).
    `scales` should carry each category's reply_days, so that only categories that owe a reply have a date to meet
    and can be overdue."""
    today = local_date(now)
    week_ago = now - timedelta(days=7)
    unresolved: list[dict[str, Any]] = []
    for case in cases:
        if case.category in wanted and case.is_open:
            clocks = casebook.clocks(case, today, days, scales)
            due = clocks.get("review_by") or clocks["respond_by"]
            unresolved.append(
                {
                    "ref": case.ref,
                    "category": case.category,
                    "label": labels.get(case.category, case.category),
                    "severity": case.severity,
                    "status": case.status.replace("_", " "),
                    # Her inbox shows the sender's name and the subject: they are how she finds the message.
                    "sender": case.sender_name or case.sender or "(no sender)",
                    "subject": case.subject or "(no subject)",
                    "received": short_date(local_date(case.received)),
                    "age": clocks["age_working_days"],
                    "age_text": _age(clocks["age_working_days"]),
                    "due": short_date(due),
                    "overdue": clocks["overdue"],
                    "last_action": last_action(case),
                    "excerpt": excerpts.get(case.ref, ""),
                    "statutory": bool(case.deadline),
                }
            )
    # First in the digest: what the agent was unsure of, and acknowledgements that wait for the Clerk.
    review = [
        {
            "ref": c.ref,
            "label": labels.get(c.category, c.category),
            "reason": c.review.reason if c.review else "",
            "excerpt": excerpts.get(c.ref, ""),
        }
        for c in cases
        if c.status == casebook.NEEDS_REVIEW
    ]
    waiting = [c.ref for c in cases if c.ack_pending and c.is_open]
    groups: list[dict[str, Any]] = [
        {"severity": s, "cases": sorted((c for c in unresolved if c["severity"] == s), key=lambda c: c["ref"])}
        for s in SEVERITIES
    ]
    opened = [c for c in cases if datetime.fromisoformat(c.filed) > week_ago]

    def ended(status: str) -> list[str]:
        return sorted(
            c.ref
            for c in cases
            if c.status == status and c.closed_at and datetime.fromisoformat(c.closed_at) > week_ago
        )

    overdue = sorted(c["ref"] for c in unresolved if c["overdue"])
    senders: dict[str, int] = {}
    for case in opened:
        if case.sender:
            senders[case.sender] = senders.get(case.sender, 0) + 1
    last_digest = health.get("last_digest")
    errors = [e for e in health.get("errors", []) if not last_digest or e["at"] > last_digest]
    return {
        "generated": now.isoformat(),
        "week_start": short_date(local_date(week_ago)),
        "unresolved_count": len(unresolved),
        "review": review,
        "acks_waiting": waiting,
        "groups": [g for g in groups if g["cases"]],
        "week": {
            "opened": sorted(c.ref for c in opened),
            "resolved": ended(casebook.RESOLVED),
            "closed": ended(casebook.CLOSED),
            "overdue": overdue,
            "repeat_senders": pseudonyms(senders),
        },
        "attention": {
            "quarantined": [{"where": q.location, "reason": q.reason or ""} for q in quarantined],
            "failed": sorted(e.id for e in outbox if e.state == OutboxState.FAILED),
            "unconfirmed": sorted(e.id for e in outbox if e.state == OutboxState.UNCONFIRMED),
            "held": sorted(c.ref for c in cases if c.ack_held and datetime.fromisoformat(c.filed) > week_ago),
            "too_big": sorted(c.ref for c in cases if c.too_big and datetime.fromisoformat(c.filed) > week_ago),
            "last_poll_ok": health.get("last_poll_ok"),
            "errors": errors[-20:],
            "error_count": len(errors),
        },
    }


def parse_schedule(day: str, at: str) -> tuple[int, time]:
    """DIGEST_DAY and DIGEST_TIME as a weekday number and a time; ValueError names what is wrong."""
    if day.strip().lower() not in WEEKDAYS:
        raise ValueError(f"{day!r} is not a day of the week")
    return WEEKDAYS.index(day.strip().lower()), time.fromisoformat(at.strip())
