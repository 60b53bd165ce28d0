"""The message records, cases and outbox entries: kept as compact JSON, never in TinyDB's document tree,
in a store file whose format has not changed."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from inbox_agent.core.records import Case, CaseMessage, Disposition, MessageRecord, OutboxEntry, OutboxState
from inbox_agent.errors import StoreError
from inbox_agent.store.database import STORE_FILE, Store


def doc(i: int) -> dict:
    """A record as the store file holds it."""
    return {
        "location": f"INBOX|7|{i}",
        "folder": "INBOX",
        "uid": str(i),
        "received": None,
        "size": 100 + i,
        "recorded": "2026-11-02T09:00:00+00:00",
        "disposition": "no_case",
        "content_key": f"<m{i}@x>|{i:064x}",
    }


def record(i: int, **changes) -> MessageRecord:
    return replace(MessageRecord.from_doc(doc(i)), **changes)


def test_records_round_trip_through_the_same_file_format(tmp_path):
    with Store(tmp_path) as store:
        for i in range(1, 4):
            store.record_message(record(i, sender="zoë@example.org", reason='a "quoted" reason\n'))
        store.put_case(Case(ref="X-1", messages=(CaseMessage(location="INBOX|7|1", received=None),)))
        store.commit()
    saved = json.loads((tmp_path / STORE_FILE).read_text())
    assert [d["location"] for d in saved["messages"].values()] == ["INBOX|7|1", "INBOX|7|2", "INBOX|7|3"]
    assert saved["messages"]["1"] == {**doc(1), "sender": "zoë@example.org", "reason": 'a "quoted" reason\n'}
    assert saved["cases"]["1"]["ref"] == "X-1"
    with Store(tmp_path, readonly=True) as store:
        assert store.seen("INBOX|7|2") and not store.seen("INBOX|7|9")
        assert store.same_content("<m3@x>|" + f"{3:064x}") == record(
            3, sender="zoë@example.org", reason='a "quoted" reason\n'
        )
        assert store.message_record("INBOX|7|1").reason == 'a "quoted" reason\n'
        assert store.message_record("INBOX|7|1").disposition is Disposition.NO_CASE
        assert sorted(r.uid for r in store.message_records()) == ["1", "2", "3"]
        assert "messages" not in store.db.storage.read()  # TinyDB's tree never holds them


def test_a_store_written_by_tinydbs_own_storage_still_loads(tmp_path):
    old = {"_default": {}, "messages": {"1": doc(1), "2": doc(2)}, "cases": {"1": {"ref": "X-1", "history": []}}}
    (tmp_path / STORE_FILE).write_text(json.dumps(old, indent=2))  # spaces and new lines everywhere
    with Store(tmp_path) as store:
        assert store.message_record("INBOX|7|2") == record(2) and store.case("X-1") is not None
        store.record_message(record(3))
        store.commit()
    saved = json.loads((tmp_path / STORE_FILE).read_text())
    assert [d["uid"] for d in saved["messages"].values()] == ["1", "2", "3"]


def test_a_message_undone_by_a_rollback_is_not_recorded(tmp_path):
    with Store(tmp_path) as store:
        store.record_message(record(1))
        store.savepoint()
        store.record_message(record(1, disposition=Disposition.FILED))
        store.record_message(record(2))
        store.rollback()
        store.release()
        store.commit()
        assert store.message_record("INBOX|7|1") == record(1) and not store.seen("INBOX|7|2")
    with Store(tmp_path, readonly=True) as store:
        assert [r.uid for r in store.message_records()] == ["1"]


def test_a_change_to_records_alone_is_written(tmp_path):
    with Store(tmp_path) as store:
        store.record_message(record(1))
        store.commit()
    with Store(tmp_path) as store:
        store.record_message(record(1, sender="erased"))  # as data protection scrubs a record
        store.commit()
    with Store(tmp_path, readonly=True) as store:
        assert store.message_record("INBOX|7|1").sender == "erased"


@pytest.mark.parametrize("text", ['{"messages": {"1": {"location": "a"}', '{"messages": {}} x', '{"a": 1,}'])
def test_a_broken_store_file_names_the_fix(tmp_path, text):
    (tmp_path / STORE_FILE).write_text(text)
    with pytest.raises(StoreError) as broken:
        Store(tmp_path)
    assert "not valid JSON" in str(broken.value) and "backup" in str(broken.value)


def entry(i: int, state: str = "queued") -> OutboxEntry:
    at = f"2026-11-02T09:{i:02d}:00+00:00"
    return OutboxEntry.from_doc(
        {"id": f"X-{i}-ack", "kind": "ack", "case": f"X-{i}", "to": [f"r{i}@example.org"], "state": state}
        | {"queued": at, "next_attempt": at}
    )


def test_cases_and_outbox_entries_are_kept_compact_and_selected_by_what_is_kept_in_memory(tmp_path):
    with Store(tmp_path) as store:
        for i in range(1, 5):
            store.put_case(Case(ref=f"X-{i}", ack_waiting="2026-11-02T09:00:00+00:00" if i % 2 else None))
            store.put_outbox(entry(i, "sent" if i == 2 else "queued"))
        store.commit()
    with Store(tmp_path) as store:
        assert not {"cases", "outbox", "messages"} & set(store.db.storage.read())  # none in TinyDB's tree
        assert [c.ref for c in store.cases_waiting_for_cap()] == ["X-1", "X-3"]
        assert [e.id for e in store.outbox_entries(OutboxState.QUEUED)] == ["X-1-ack", "X-3-ack", "X-4-ack"]
        store.put_case(replace(store.case("X-1"), ack_waiting=None))
        store.put_outbox(replace(store.outbox_entry("X-3-ack"), state=OutboxState.SENT))
        store.delete_case("X-4")
        store.commit()
        assert [c.ref for c in store.cases_waiting_for_cap()] == ["X-3"]
        assert [e.id for e in store.outbox_entries(OutboxState.SENT)] == ["X-2-ack", "X-3-ack"]
    with Store(tmp_path, readonly=True) as store:
        assert [c.ref for c in store.cases()] == ["X-1", "X-2", "X-3"]
        assert [c.ref for c in store.cases_waiting_for_cap()] == ["X-3"]
        assert [e.id for e in store.outbox_entries(OutboxState.QUEUED)] == ["X-1-ack", "X-4-ack"]


def test_a_rollback_restores_cases_entries_and_what_selects_them(tmp_path):
    with Store(tmp_path) as store:
        store.put_case(Case(ref="X-1"))
        store.put_outbox(entry(1))
        store.savepoint()
        store.put_case(Case(ref="X-1", ack_waiting="2026-11-02T09:00:00+00:00"))
        store.put_case(Case(ref="X-2"))
        store.put_outbox(replace(entry(1), state=OutboxState.SENT))
        store.delete_case("X-1")
        store.rollback()
        store.release()
        assert store.case("X-1") == Case(ref="X-1") and store.case("X-2") is None
        assert store.cases_waiting_for_cap() == []
        assert [e.id for e in store.outbox_entries(OutboxState.QUEUED)] == ["X-1-ack"]


def test_tables_are_written_back_in_the_order_the_file_held_them(tmp_path):
    old = {"outbox": {"1": entry(1).to_doc()}, "_default": {}, "cases": {"1": {"ref": "X-1"}}, "meta": {}}
    (tmp_path / STORE_FILE).write_text(json.dumps(old))
    with Store(tmp_path) as store:
        store.put_case(Case(ref="X-2"))
        store.commit()
    tables = list(json.loads((tmp_path / STORE_FILE).read_text()))
    assert tables == ["outbox", "_default", "cases", "meta", "audit", "messages"]  # new ones (the upgrade's) after
