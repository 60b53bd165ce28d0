"""Message records and outbox entries: typed, and stored exactly as before they were.

tests/data/store-before-case/store.json was written before these types existed (see test_case_records.py). Each
state change of an entry is checked against the document the code before the types wrote for it (`{**entry, ...}`),
key order included, so a store changed by this version reads the same to anyone who diffs it.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from conftest import ROOT

from inbox_agent.app.privacy import scrubbed_record
from inbox_agent.core import outbox as states
from inbox_agent.core.records import Disposition, MailKind, MessageRecord, OutboxEntry, OutboxState
from inbox_agent.store.database import Store

BEFORE = ROOT / "tests" / "data" / "store-before-case" / "store.json"
STORED = json.loads(BEFORE.read_text(encoding="utf-8"))
RECORDS = list(STORED["messages"].values())
ENTRIES = list(STORED["outbox"].values())
NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
AT = NOW.isoformat()


def exactly(doc: dict) -> str:
    """A document as the store file spells it: keys in order."""
    return json.dumps(doc, ensure_ascii=False)


@pytest.mark.parametrize("doc", RECORDS, ids=[d["location"].rsplit("Q", 1)[-1] for d in RECORDS])
def test_every_message_record_of_an_older_store_reads_and_writes_back_unchanged(doc):
    record = MessageRecord.from_doc(doc)
    assert exactly(record.to_doc()) == exactly(doc)
    assert record.extra == {} and record.disposition in Disposition


@pytest.mark.parametrize("doc", ENTRIES, ids=[d["id"] for d in ENTRIES])
def test_every_outbox_entry_of_an_older_store_reads_and_writes_back_unchanged(doc):
    entry = OutboxEntry.from_doc(doc)
    assert exactly(entry.to_doc()) == exactly(doc)
    assert entry.extra == {} and entry.state in OutboxState and entry.kind in MailKind


def test_the_fixture_holds_scrubbed_and_sent_shapes():
    assert any(d.get("scrubbed") for d in RECORDS) and any(d.get("reason") for d in RECORDS)
    assert any(d.get("scrubbed") for d in ENTRIES) and {d["state"] for d in ENTRIES} == {"sent", "queued"}


def test_keys_a_newer_version_wrote_survive_a_round_trip():
    record = {**RECORDS[0], "spam_score": 0.1}
    entry = {**ENTRIES[0], "priority": 2}
    assert exactly(MessageRecord.from_doc(record).to_doc()) == exactly(record)
    assert exactly(OutboxEntry.from_doc(entry).to_doc()) == exactly(entry)
    changed = states.cancelled(OutboxEntry.from_doc(entry), NOW).to_doc()
    assert changed["priority"] == 2 and changed["state"] == "cancelled"


def test_the_store_hands_out_types_and_writes_an_older_store_back_byte_for_byte(tmp_path):
    shutil.copyfile(BEFORE, tmp_path / "store.json")
    with Store(tmp_path) as store:
        records, entries = list(store.message_records()), store.outbox_entries()
        assert len(records) == len(RECORDS) and all(isinstance(r.disposition, Disposition) for r in records)
        assert [e.id for e in entries] == [d["id"] for d in sorted(ENTRIES, key=lambda d: d["queued"])]
        assert [e.id for e in store.outbox_entries(OutboxState.QUEUED)] == ["TCPC-2026-0006-ack", "TCPC-2026-0005-ack"]
        assert store.outbox_entry("TCPC-2026-0001-ack") == OutboxEntry.from_doc(ENTRIES[0])
        assert store.message_record(RECORDS[0]["location"]) == MessageRecord.from_doc(RECORDS[0])
        assert store.same_content(RECORDS[1]["content_key"]).location == RECORDS[1]["location"]
        for record in records:
            store.record_message(record)
        for entry in entries:
            store.put_outbox(entry)
        store.commit()
    assert (tmp_path / "store.json").read_bytes() == BEFORE.read_bytes()


def test_a_scrubbed_record_is_written_as_scrubbing_always_wrote_it():
    [scrubbed] = [d for d in RECORDS if d.get("scrubbed")]
    filed = MessageRecord.from_doc(next(d for d in RECORDS if d.get("case") and not d.get("scrubbed")))
    again = scrubbed_record(replace(filed, extra={"subject": "personal"}), NOW)
    assert list(again.to_doc()) == list(scrubbed)  # the same keys, in the same order; unknown ones gone
    assert again.sender is None and again.content_key.startswith("sha256:") and again.case == filed.case
    assert scrubbed_record(again, NOW).content_key == again.content_key  # a hash is not hashed again


# -- the state changes, against what the code before the types wrote ------------------------------

QUEUED = next(d for d in ENTRIES if d["state"] == "queued")


def entry(**changes) -> OutboxEntry:
    return OutboxEntry.from_doc({**QUEUED, **changes})


def test_a_hand_over_counts_an_attempt_and_a_sent_entry_says_when_and_whether_it_was_copied():
    tried = states.attempting(entry(last_error="421 busy"))
    assert tried.attempts == QUEUED["attempts"] + 1
    done = states.sent(tried, NOW, copied=True)
    before = {**QUEUED, "last_error": "421 busy", "attempts": tried.attempts}
    assert exactly(done.to_doc()) == exactly(
        {**before, "state": "sent", "sent": AT, "last_error": "", "sent_copy": True}
    )


def test_a_refusal_is_retried_later_until_it_is_too_old_then_it_fails():
    later = states.retry_later(entry(), "451 try later", NOW + timedelta(minutes=5))
    assert later.state is OutboxState.QUEUED and not states.is_due(later, NOW)
    assert states.is_due(later, NOW + timedelta(minutes=5))
    assert exactly(later.to_doc()) == exactly(
        {
            **QUEUED,
            "state": "queued",
            "last_error": "451 try later",
            "next_attempt": (NOW + timedelta(minutes=5)).isoformat(),
        }
    )
    queued = datetime.fromisoformat(QUEUED["queued"])
    assert not states.too_old(later, queued + timedelta(days=1), timedelta(days=2))
    assert states.too_old(later, queued + timedelta(days=3), timedelta(days=2))
    assert exactly(states.failed(later, "550 no such user").to_doc()) == exactly(
        {**later.to_doc(), "state": "failed", "last_error": "550 no such user"}
    )
    assert not states.is_due(states.failed(later, "550"), NOW + timedelta(days=9))


def test_recovery_after_a_crash_confirms_requeues_or_leaves_in_doubt():
    confirmed = states.confirmed(entry(), NOW)
    old = {
        **QUEUED,
        "state": "sent",
        "sent": AT,
        "recovered": AT,
        "last_error": "",
        "note": "confirmed after an interruption",
    }
    assert exactly(confirmed.to_doc()) == exactly(old)
    requeued = states.requeued(entry(), NOW)
    assert exactly(requeued.to_doc()) == exactly({**QUEUED, "state": "queued", "next_attempt": AT, "recovered": AT})
    doubt = states.unconfirmed(entry(), NOW)
    assert exactly(doubt.to_doc()) == exactly(
        {**QUEUED, "state": "unconfirmed", "recovered": AT, "last_error": states.IN_DOUBT}
    )
    # requeued once, stored, then sent: "recovered" keeps its place and the new keys follow, as {**entry} kept them
    stored = OutboxEntry.from_doc(requeued.to_doc())
    later = (NOW + timedelta(hours=1)).isoformat()
    sent = states.sent(states.attempting(stored), NOW + timedelta(hours=1), copied=False)
    assert list(sent.to_doc())[-3:] == ["recovered", "sent", "sent_copy"] and sent.sent == later


def test_the_clerk_retries_or_cancels_what_has_not_gone():
    failed = OutboxEntry.from_doc({**QUEUED, "state": "failed", "last_error": "550"})
    retried = states.retried(failed, NOW)
    assert (retried.state, retried.queued, retried.next_attempt) == (OutboxState.QUEUED, AT, AT)  # a new period
    doubt = states.unconfirmed(entry(), NOW - timedelta(hours=1))
    assert states.retried(doubt, NOW).queued == QUEUED["queued"]
    assert {OutboxState.SENT, OutboxState.CANCELLED}.isdisjoint(states.CHANGEABLE)
    cancelled = states.cancelled(entry(), NOW)
    assert exactly(cancelled.to_doc()) == exactly({**QUEUED, "state": "cancelled", "cancelled": AT})


def test_scrubbing_removes_addresses_subject_and_error_and_keeps_the_rest():
    erased = states.scrubbed(states.cancelled(entry(last_error="550 <priya.shah@example.org> unknown"), NOW), NOW)
    old = {**QUEUED, "state": "cancelled", "cancelled": AT, "to": [], "subject": "", "last_error": "", "scrubbed": AT}
    assert exactly(erased.to_doc()) == exactly(old)
    assert "priya" not in exactly(erased.to_doc())
