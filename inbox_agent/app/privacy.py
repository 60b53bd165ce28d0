"""Data protection duties: the retention schedule, subject access exports and erasure.

The decisions (what is due, what an anonymised case keeps) are pure functions of data and `now`; the
functions at the bottom apply them to the store. Every removal leaves an audit entry that says what kind
of data went, when and why, never the data itself; and a hash of each message, so it is not filed again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from inbox_agent.app.actions import find_case
from inbox_agent.core import cases as casebook
from inbox_agent.core import outbox as outgoing
from inbox_agent.core.models import Retention
from inbox_agent.core.records import Case, CaseMessage, Disposition, MailKind, MessageRecord, OutboxEntry, OutboxState
from inbox_agent.core.rules import RuleSet
from inbox_agent.core.workdays import LONDON, add_months
from inbox_agent.errors import AgentError
from inbox_agent.store.database import Store, content_hash

ANONYMISE, ERASE = "anonymise", "erase"
CLOSED_STATES = (casebook.RESOLVED, casebook.CLOSED)
OTHER_DISPOSITIONS = (  # records of mail without a case of its own
    Disposition.NO_CASE,
    Disposition.BEFORE_START,
    Disposition.DUPLICATE,
    Disposition.QUARANTINED,
)


class PrivacyError(AgentError):
    """A privacy command that cannot do what was asked (a legal hold, an output folder in the way)."""


@dataclass(frozen=True)
class Due:
    """One thing the retention schedule says must go now."""

    kind: str  # "case", "record" or "outbox"
    key: str  # case reference, message location or outbox id
    action: str  # ANONYMISE or ERASE
    why: str


def hold_reason(case: Case) -> str:
    """Why a case must never be removed automatically, or "": a legal hold, or a report to the police."""
    if case.hold:
        return f"legal hold: {case.hold.reason or 'no reason given'}"
    if any(a.kind == "police" for a in case.actions):
        return "reported to the police"
    return ""


def due_for_removal(
    cases: Iterable[Case],
    records: Iterable[MessageRecord],
    outbox: Iterable[OutboxEntry],
    rules: RuleSet,
    now: datetime,
) -> list[Due]:
    """What the schedule says must be anonymised or erased at `now`. Open cases, held cases and cases already
    dealt with are never due; the clock for a case starts when it was resolved or closed."""
    due: list[Due] = []
    case_of: dict[str, str] = {}
    for case in cases:
        for message in case.messages:
            case_of[message.location] = case.ref
        category = rules.categories.get(case.category)
        retention = category.retention if category else None
        if (
            retention is None
            or retention.months is None
            or case.anonymised
            or case.status not in CLOSED_STATES
            or not case.closed_at
            or hold_reason(case)
        ):
            continue
        if add_months(datetime.fromisoformat(case.closed_at), retention.months) <= now:
            due.append(Due("case", case.ref, retention.action, retention.why))
    other = rules.other_retention
    if other is not None and other.months is not None:
        cutoff = add_months(now, -other.months).isoformat()
        for record in records:
            if (
                record.disposition in OTHER_DISPOSITIONS
                and not record.scrubbed
                and record.recorded <= cutoff
                and record.location not in case_of
                and not record.case
            ):
                due.append(Due("record", record.location, ERASE, other.why))
        for entry in outbox:
            summary = entry.kind == MailKind.ALERT and entry.case.startswith("alerts-")  # names several cases' senders
            if (entry.kind == MailKind.DIGEST or summary) and not entry.scrubbed and entry.queued <= cutoff:
                due.append(Due("outbox", entry.id, ERASE, other.why))
    return due


def anonymised(case: Case, now: datetime, why: str) -> tuple[Case, list[str]]:
    """The case without personal data, and what kinds of data were removed. What stays is what the council's
    figures need: reference, category, severity, status, dates, clocks and the kinds of action taken."""
    removed = [
        label
        for value, label in (
            (case.sender, "sender address"),
            (case.sender_name, "sender name"),
            (case.subject, "subject"),
            (case.excerpt, "excerpt"),
        )
        if value
    ]
    notes = sum(1 for e in case.history if e.note) + sum(1 for a in case.actions if a.note)
    if notes:
        removed.append(f"{notes} note(s) in the history")
    if case.hits:
        removed.append("the matched words")
    stripped = replace(
        case,
        sender="",
        sender_name="",
        subject="",
        excerpt="",
        reason="",
        too_big=None,
        hits=tuple(replace(h, matched="") for h in case.hits),
        messages=tuple(CaseMessage(location=m.location, received=m.received) for m in case.messages),
        message_ids=(),
        actions=tuple(replace(a, note=None) for a in case.actions),
        history=(
            *(replace(e, note="") for e in case.history),
            casebook.event(now, "anonymised", by="retention", note=why),
        ),
        # the Clerk's decisions stay for the figures; her words do not
        reclassified=replace(case.reclassified, note=None) if case.reclassified else None,
        ack_dropped=replace(case.ack_dropped, note=None) if case.ack_dropped else None,
        anonymised=now.isoformat(),
        empty=case.empty | {"actions"},  # stored as an empty list, as it always was
    )
    return stripped, removed


def scrubbed_record(record: MessageRecord, now: datetime) -> MessageRecord:
    """A message record reduced to what stops the message being read twice: where it was, and a hash. Keys this
    version does not know go too: they may hold personal data."""
    key = record.content_key
    return MessageRecord(
        location=record.location,
        folder=record.folder,
        uid=record.uid,
        received=record.received,
        size=record.size,
        recorded=record.recorded,
        disposition=record.disposition,
        case=record.case,
        category=record.category,
        content_key=content_hash(key) if key and not key.startswith("sha256:") else key or None,
        scrubbed=now.isoformat(),
    )


# -- applying it to the store ------------------------------------------------------------------


def _remove_evidence(store: Store, digests: Iterable[str]) -> int:
    removed = 0
    for digest in {d for d in digests if d}:
        path = store.evidence_path(digest)
        if path.exists():
            path.unlink()
            removed += 1
    return removed


def _scrub_outbox(store: Store, entry: OutboxEntry, now: datetime) -> bool:
    """The entry without addresses or subject, and its file gone; whether there was a file."""
    had_copy = store.remove_outgoing(entry.id)
    store.put_outbox(outgoing.scrubbed(entry, now))
    return had_copy


def _outbox_by_case(store: Store) -> dict[str, list[str]]:
    """The ids of the outbox entries about each case that still hold a copy, read once: looking them up by reading
    every entry for each case made a retention run over thousands of cases quadratic."""
    found: dict[str, list[str]] = {}
    for entry in store.each_outbox_entry():
        if not entry.scrubbed:
            found.setdefault(entry.case, []).append(entry.id)
    return found


def _strip_case(store: Store, ref: str, now: datetime, why: str, outbox: dict[str, list[str]]) -> list[str]:
    """Remove a case's personal data, its raw messages and the copies of mail about it (`outbox`: the entry ids for
    each case, from _outbox_by_case); say what went."""
    case = store.case(ref)
    assert case is not None
    new, removed = anonymised(case, now, why)
    evidence = [m.evidence for m in case.messages]
    for message in case.messages:
        record = store.message_record(message.location)
        if record is not None:
            evidence.append(record.evidence or "")
            store.record_message(scrubbed_record(record, now))
    files = _remove_evidence(store, evidence)
    if files:
        removed.append(f"{files} raw message(s)")
    entries = (store.outbox_entry(entry_id) for entry_id in outbox.pop(ref, ()))
    copies = sum(_scrub_outbox(store, e, now) for e in entries if e is not None and not e.scrubbed)
    if copies:
        removed.append(f"{copies} copy(ies) of mail sent about it")
    from inbox_agent.app.actions import (
        remove_corrections,
    )  # the Clerk's labelled copy of the message is personal data too

    if remove_corrections(store.data_dir, ref):
        removed.append("the labelled copy kept as a correction")
    store.put_case(new)
    return removed


def _anonymise_case(
    store: Store, ref: str, now: datetime, why: str, by: str, outbox: dict[str, list[str]]
) -> list[str]:
    removed = _strip_case(store, ref, now, why, outbox)
    audit(store, now, by=by, action="anonymised", subject=ref, removed=removed, why=why)
    return removed


def _erase_case(store: Store, ref: str, now: datetime, why: str, by: str, outbox: dict[str, list[str]]) -> list[str]:
    category = find_case(store, ref).category
    removed = [*_strip_case(store, ref, now, why, outbox), f"the case record ({category})"]
    store.delete_case(ref)
    audit(store, now, by=by, action="erased", subject=ref, removed=removed, why=why)
    return removed


def audit(store: Store, now: datetime, *, by: str, action: str, subject: str, removed: list[str], why: str) -> None:
    """What went, when and why; never the data itself (an address or a name here would defeat the removal)."""
    store.add_audit(
        {"at": now.isoformat(), "by": by, "action": action, "subject": subject, "removed": removed, "why": why}
    )


def apply_retention(store: Store, rules: RuleSet, now: datetime, *, dry_run: bool = False) -> list[Due]:
    """Carry out what is due; with dry_run, only say what that would be. Running it twice changes nothing."""
    # Everything one at a time: it is kept compact, and lists of it all would be every case, record and entry as
    # objects at once, at the end of the poll that runs this, when the store is biggest.
    due = due_for_removal(store.each_case(), store.message_records(), store.each_outbox_entry(), rules, now)
    if dry_run or not due:
        return due
    records = 0
    outbox = _outbox_by_case(store) if any(item.kind == "case" for item in due) else {}
    for item in due:
        if item.kind == "case":
            strip = _erase_case if item.action == ERASE else _anonymise_case
            strip(store, item.key, now, item.why, "retention", outbox)
        elif item.kind == "record":
            record = store.message_record(item.key)
            if record is None:  # gone since the plan was made
                continue
            _remove_evidence(store, [record.evidence or ""])
            store.record_message(scrubbed_record(record, now))
            records += 1
        else:
            entry = store.outbox_entry(item.key)
            if entry is None:
                continue
            _scrub_outbox(store, entry, now)
            records += 1
    if records:
        audit(
            store,
            now,
            by="retention",
            action="erased",
            subject=f"{records} record(s) of mail without a case",
            removed=["sender addresses", "subjects", "Message-IDs", "quarantined raw messages", "copies of digests"],
            why=rules.other_retention.why if rules.other_retention else "",
        )
    backups = sorted(store.data_dir.glob("store.json.v*.bak"))
    for backup in backups:  # it holds what was just removed: the same retention applies to it
        backup.unlink()
    if backups:
        audit(
            store,
            now,
            by="retention",
            action="erased",
            subject="pre-upgrade backups of the store",
            removed=[b.name for b in backups],
            why="they held personal data the retention schedule has now removed",
        )
    store.set_meta("last_retention", now.isoformat())
    store.commit()
    return due


def retention_slot(now: datetime, at: time) -> datetime:
    """Today's run time in London, or yesterday's if today's is still ahead."""
    local = now.astimezone(LONDON)
    slot = datetime.combine(local.date(), at, tzinfo=LONDON)
    return slot if slot <= local else slot - timedelta(days=1)


def retention_due(now: datetime, at: time, last_run: str | None) -> bool:
    return last_run is None or datetime.fromisoformat(last_run) < retention_slot(now, at)


def describe_retention(rules: RuleSet) -> list[tuple[str, str, str]]:
    """(what, how long, why) for the privacy notice and the README."""
    rows = []
    for category in rules.categories.values():
        if category.case and category.retention:
            rows.append((category.label, _period(category.retention, "it is closed"), category.retention.why))
    if rules.other_retention:
        rows.append(
            (
                "Mail that needed no case, and unreadable mail",
                _period(rules.other_retention, "it arrived"),
                rules.other_retention.why,
            )
        )
    return rows


def _period(retention: Retention, start: str) -> str:
    if retention.months is None:
        return "until the Clerk decides"
    amount = (
        f"{retention.months // 12} year{'s' if retention.months != 12 else ''}"
        if retention.months % 12 == 0
        else f"{retention.months} month{'s' if retention.months != 1 else ''}"
    )
    return f"{amount} after {start}, then {'anonymised' if retention.action == ANONYMISE else 'erased'}"


def content_of(store: Store, digest: str) -> bytes:
    try:
        return store.evidence_path(digest).read_bytes() if digest else b""
    except OSError:
        return b""


# -- one person: subject access and erasure -----------------------------------------------------


def _texts(store: Store, case: Case) -> bytes:
    """Everything readable in a case, for finding where someone is mentioned: raw messages, the parsed text
    (names in a base64 body are only visible after decoding), subject, excerpt and notes."""
    from inbox_agent.core.normalise import parse  # the parser is needed here only

    parts = [case.subject, case.excerpt or "", case.sender_name]
    parts += [e.note for e in case.history] + [a.note or "" for a in case.actions]
    raw = b""
    for message in case.messages:
        data = content_of(store, message.evidence)
        raw += data
        try:
            parsed = parse(data) if data else None
        except AgentError:
            parsed = None
        if parsed is not None:
            parts += [parsed.own_text, parsed.quoted_text, parsed.forwarded_text]
    return (raw + "\n".join(parts).encode()).lower()


def about(store: Store, address: str) -> dict[str, Any]:
    """What the store holds about one person, found by their address: their own cases, mail of theirs that
    needed no case, what was sent to them, history that names the address, and other cases that mention them
    (by address, or by a full name they gave) for the Clerk to review."""
    who = address.strip().lower()
    everything = store.cases()
    own = [c for c in everything if c.sender.lower() == who]
    own_refs = {c.ref for c in own}
    names = {c.sender_name.strip().lower() for c in own if len(c.sender_name.split()) >= 2}
    events, mentioned = [], []
    for case in everything:
        if case.ref in own_refs:
            continue
        events += [{"case": case.ref, **e.to_doc()} for e in case.history if who in e.note.lower()]
        text = _texts(store, case)
        how = [f"the address {address}"] if who.encode() in text else []
        how += [f"the name {n.title()}" for n in sorted(names) if n.encode() in text]
        if how:
            mentioned.append({"case": case.ref, "category": case.category, "by": how})
    return {
        "address": address,
        "cases": own,
        "records": [
            r
            for r in store.message_records()
            if (r.sender or "").lower() == who and r.location not in {m.location for c in own for m in c.messages}
        ],
        "sent": [e for e in store.outbox_entries() if who in (t.lower() for t in e.to)],
        "events": events,
        "mentioned": mentioned,
    }


def export_person(store: Store, address: str, out: Path, render: Any) -> dict[str, Any]:
    """A subject access bundle in `out`: their cases, raw messages and what was sent to them, with a readable
    index. Cases where they are only mentioned are listed in clerk-review.txt, outside what is disclosed."""
    import json
    import shutil

    if out.exists() and any(out.iterdir()):
        raise PrivacyError(f"{out} already has files in it", fix="give --out a new or empty folder")
    found = about(store, address)
    (out / "messages").mkdir(parents=True, exist_ok=True)
    (out / "sent").mkdir(exist_ok=True)
    files = []
    for case in found["cases"]:
        for n, message in enumerate(case.messages, 1):
            source = store.evidence_path(message.evidence) if message.evidence else None
            if source is not None and source.exists():
                name = f"{case.ref}-{n}.eml"
                shutil.copyfile(source, out / "messages" / name)
                files.append(f"messages/{name}")
    for entry in found["sent"]:
        try:
            data = store.read_outgoing(entry.id)
        except FileNotFoundError:
            continue
        (out / "sent" / f"{entry.id}.eml").write_bytes(data)
        files.append(f"sent/{entry.id}.eml")
    records = [
        {
            "received": r.received,
            "subject": r.extra.get("subject"),  # records have never held one; kept so the export keeps its shape
            "category": r.category,
            "disposition": str(r.disposition),
        }
        for r in found["records"]
    ]
    (out / "data.json").write_text(
        json.dumps(
            {
                "cases": [c.to_doc() for c in found["cases"]],
                "other_messages": records,
                "sent": [e.to_doc() for e in found["sent"]],
                "mentions_in_history": found["events"],
            },
            indent=1,
            ensure_ascii=False,
        )
    )
    (out / "index.txt").write_text(render("privacy/export_index.txt.j2", found=found, records=records, files=files))
    (out / "clerk-review.txt").write_text(render("privacy/clerk_review.txt.j2", found=found))
    return found


def erase_person(store: Store, address: str, now: datetime, *, dry_run: bool = False, note: str = "") -> dict[str, Any]:
    """Remove what `about` finds, except what belongs to cases under legal hold or reported to the police, which are
    named and kept: their own cases, and equally their replies into someone else's held case (evidence too).
    Other people's messages that mention the person are reported, not changed: that needs a person's judgement.
    Copies that outlive the store's records go too: digests and alert summaries in the outbox that name them, and
    a pre-upgrade backup of the store. Copies of acknowledgements in the IMAP Sent folder are listed for the Clerk."""
    found = about(store, address)
    who = address.strip().lower()
    held = [(c.ref, hold_reason(c)) for c in found["cases"] if hold_reason(c)]
    for record in found["records"]:  # a reply into a case that must be kept is that case's evidence
        case = store.case(record.case or "")
        if case is not None and hold_reason(case) and case.ref not in {r for r, _ in held}:
            held.append((case.ref, f"{hold_reason(case)}; they replied into it"))
    kept = {r for r, _ in held}
    records = [r for r in found["records"] if r.case not in kept]
    erasable = [c.ref for c in found["cases"] if not hold_reason(c) and not c.anonymised]
    names = re.compile(
        b"|".join(
            [
                re.escape(who.encode()),
                *(rb"(?<![\w-])" + re.escape(ref.lower().encode()) + rb"(?![\w-])" for ref in erasable),
            ]
        )
    )
    copies = [
        e
        for e in store.outbox_entries()
        if e.kind in (MailKind.DIGEST, MailKind.ALERT)
        and not e.scrubbed
        and e.case not in kept
        and names.search(_outgoing(store, e))
    ]  # their address, or their case's excerpt
    backups = [b for b in sorted(store.data_dir.glob("store.json.v*.bak")) if who.encode() in b.read_bytes().lower()]
    in_sent = [
        {"message_id": e.message_id, "sent": e.sent or "", "case": e.case}
        for e in found["sent"]
        if e.kind == MailKind.ACK and e.sent_copy
    ]
    result = {
        "erased": erasable,
        "held": held,
        "records": len(records),
        "sent": len(found["sent"]),
        "events": len(found["events"]),
        "mentioned": found["mentioned"],
        "copies": len(copies),
        "backups": [b.name for b in backups],
        "in_sent_folder": in_sent,
    }
    if dry_run:
        return result
    why = "erasure request (UK GDPR Article 17)" + (f": {note}" if note else "")
    outbox = _outbox_by_case(store) if erasable else {}
    for ref in erasable:
        _anonymise_case(store, ref, now, why, "privacy erase", outbox)
    for record in records:
        _remove_evidence(store, [record.evidence or ""])
        store.record_message(scrubbed_record(record, now))
    for entry in found["sent"]:
        if entry.case not in kept:
            _scrub_outbox(store, store.outbox_entry(entry.id) or entry, now)
    for entry in copies:  # a digest still waiting to go would be sent without its file: it is cancelled instead
        current = store.outbox_entry(entry.id) or entry
        _scrub_outbox(store, outgoing.cancelled(current, now) if current.state == OutboxState.QUEUED else current, now)
    for event in found["events"]:
        case = find_case(store, event["case"])
        if case.ref not in kept:
            store.put_case(replace(case, history=tuple(replace(e, note=_redact(e.note, who)) for e in case.history)))
    for backup in backups:  # restoring it would bring the erased data back
        backup.unlink()
    removed = [
        f"{len(erasable)} case(s) anonymised",
        f"{len(records)} other message record(s)",
        f"{len(found['sent'])} copy(ies) of mail sent to them",
        f"{len(found['events'])} mention(s) in case history",
        f"{len(copies)} digest or alert copy(ies) that named them",
        f"{len(backups)} pre-upgrade backup(s) of the store",
    ]
    audit(
        store,
        now,
        by="privacy erase",
        action="erased",
        subject="one person's data, on request",
        removed=removed,
        why=why,
    )
    store.commit()
    return result


def _outgoing(store: Store, entry: OutboxEntry) -> bytes:
    try:
        return store.read_outgoing(entry.id).lower()
    except OSError:
        return b""


def _redact(text: str, address: str) -> str:
    return re.sub(re.escape(address), "[erased]", text, flags=re.IGNORECASE)
