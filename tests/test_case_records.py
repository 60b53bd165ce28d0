"""The Case record: a store written before the type existed reads, and writes back, key for key.

tests/data/store-before-case/store.json was written by the agent as it was before cases were typed: the demo's
fourteen messages, then the Clerk's commands (start, resolve, reopen, note, actions with and without a crime
reference, a legal hold kept and one released, a held acknowledgement sent and one dropped, a reclassification, an
erasure that anonymised a case) and plans for the shapes only the pipeline makes (an escalating reply, a stranger's
linked case, both acknowledgement caps, a backfill, a message too big, a reply to review, the Clerk's sent reply).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace

import pytest
from conftest import ROOT

from inbox_agent.core.records import Case, CaseStatus, Event
from inbox_agent.store.database import Store

BEFORE = ROOT / "tests" / "data" / "store-before-case" / "store.json"
DOCS = list(json.loads(BEFORE.read_text(encoding="utf-8"))["cases"].values())


@pytest.mark.parametrize("doc", DOCS, ids=[d["ref"] for d in DOCS])
def test_every_case_of_an_older_store_reads_and_writes_back_unchanged(doc):
    case = Case.from_doc(doc)
    assert case.to_doc() == doc
    assert case.extra == {}  # every key the older code wrote has its own field


def test_the_fixture_holds_every_shape_a_case_can_take():
    keys = {k for doc in DOCS for k in doc}
    optional = {"actions", "linked", "excerpt", "too_big", "for_the_record", "decision_evidence", "deadline", "review"}
    optional |= {"escalated", "reclassified", "acknowledged", "ack_queued", "ack_message_id", "ack_pending"}
    optional |= {"ack_waiting", "ack_held", "ack_dropped", "reopened", "closed_at", "hold", "anonymised"}
    assert optional <= keys
    assert any(m.get("direction") == "sent" for doc in DOCS for m in doc["messages"])
    assert any(doc.get("actions") == [] for doc in DOCS)  # an anonymised case keeps an empty list


def test_typed_fields_read_as_types_and_a_removed_key_leaves_the_document():
    [held] = [Case.from_doc(d) for d in DOCS if d.get("hold")]
    assert held.hold is not None and held.hold.reason and held.status in CaseStatus
    [police] = [a for d in DOCS for a in Case.from_doc(d).actions if a.crime_reference]
    assert police.kind == "police"
    released = replace(held, hold=None).noted(Event("2026-12-01T10:00:00+00:00", "hold_released", by="clerk"))
    doc = released.to_doc()
    assert "hold" not in doc and doc["history"][-1] == {
        "at": "2026-12-01T10:00:00+00:00",
        "kind": "hold_released",
        "by": "clerk",
        "note": "",
    }


def test_keys_a_newer_version_wrote_survive_a_round_trip():
    doc = {**DOCS[0], "priority": 3, "messages": [{**DOCS[0]["messages"][0], "spam_score": 0.1}]}
    assert Case.from_doc(doc).to_doc() == doc


def test_the_store_reads_an_older_store_as_cases_and_writes_them_back_unchanged(tmp_path):
    shutil.copyfile(BEFORE, tmp_path / "store.json")
    with Store(tmp_path) as store:
        cases = store.cases()
        assert [c.ref for c in cases] == sorted(d["ref"] for d in DOCS)
        assert all(isinstance(c.status, CaseStatus) for c in cases)
        assert store.case(cases[0].ref) == cases[0] and store.case("TCPC-2026-9999") is None
        for case in cases:
            store.put_case(case)
        store.commit()
    written = json.loads((tmp_path / "store.json").read_text(encoding="utf-8"))["cases"]
    assert sorted(written.values(), key=lambda d: d["ref"]) == sorted(DOCS, key=lambda d: d["ref"])
