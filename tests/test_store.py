"""The store survives a crash at any step of a write, and refuses a second agent."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import ROOT, message_file

from inbox_agent.core.records import Case, CaseStatus, evidence_digest
from inbox_agent.errors import StoreError, StoreLocked
from inbox_agent.store.database import STORE_FILE, AgentLock, Store

# A child process commits "committed", then dies with os._exit (no cleanup, like kill -9) at one
# step of the next commit, which would have written "torn".
CRASH_SCRIPT = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from inbox_agent.store import database as module
    from inbox_agent.core.records import Case
    from inbox_agent.store.database import Store

    data_dir, step = Path(sys.argv[1]), sys.argv[2]
    s = Store(data_dir)
    s.set_meta("marker", "committed")
    s.put_case(Case(ref="X-1"))
    s.commit()
    s.set_meta("marker", "torn")
    s.put_case(Case(ref="X-2"))

    def die(*args, **kwargs):
        os._exit(9)

    if step == "mid-write":
        real_open = open
        class Half:
            def __init__(self, handle): self.handle = handle
            def __enter__(self): return self
            def __exit__(self, *exc): self.handle.close()
            def write(self, data):
                self.handle.write(data[: len(data) // 2]); self.handle.flush(); die()
            def writelines(self, chunks):
                self.write(b"".join(chunks))
        def half_open(path, mode="r", *a, **k):
            handle = real_open(path, mode, *a, **k)
            return Half(handle) if "w" in mode else handle
        module.open = half_open
    elif step == "before-fsync":
        module.os.fsync = die
    elif step == "before-rename":
        module.os.replace = die
    elif step == "after-rename":
        module.fsync_dir = die
    s.commit()
    print("not reached")
""")


@pytest.mark.parametrize(
    "step, expected",
    [
        ("mid-write", "committed"),
        ("before-fsync", "committed"),
        ("before-rename", "committed"),
        ("after-rename", "torn"),
    ],
)
def test_a_crash_at_any_write_step_leaves_a_loadable_store(tmp_path, step, expected):
    result = subprocess.run(
        [sys.executable, "-c", CRASH_SCRIPT, str(tmp_path), step], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 9, result.stderr
    assert "not reached" not in result.stdout
    if step in ("mid-write", "before-fsync", "before-rename"):
        assert list(tmp_path.glob(".*.tmp")), "the crash should have left a temporary file behind"

    json.loads((tmp_path / STORE_FILE).read_text())  # the store file itself is whole
    with Store(tmp_path) as store:
        assert store.get_meta("marker") == expected
        assert {c.ref for c in store.cases()} == ({"X-1"} if expected == "committed" else {"X-1", "X-2"})
    assert not list(tmp_path.glob(".*.tmp")), "start-up removes what a crash left behind"


def test_uncommitted_changes_are_not_written(tmp_path):
    with Store(tmp_path) as store:
        store.set_meta("marker", "committed")
        store.commit()
        store.set_meta("marker", "uncommitted")
    with Store(tmp_path) as store:
        assert store.get_meta("marker") == "committed"


def test_a_second_agent_on_the_same_store_is_refused(tmp_path):
    with AgentLock(tmp_path):
        with pytest.raises(StoreLocked) as refused:
            AgentLock(tmp_path).__enter__()
    assert "another agent" in str(refused.value) and "DATA_DIR" in str(refused.value)
    with AgentLock(tmp_path):  # released when the first ends
        pass


def test_a_writer_waits_for_the_store_lock_then_says_it_is_busy(tmp_path):
    with Store(tmp_path):
        with pytest.raises(StoreLocked) as busy:
            Store(tmp_path, wait=0.3)
    assert "is busy" in str(busy.value)
    Store(tmp_path).close()


def test_a_second_agent_process_is_refused_without_a_traceback(tmp_path, agent):
    with AgentLock(tmp_path / "data"):
        result = agent(
            "poll",
            "--once",
            env={
                "IMAP_HOST": "127.0.0.1",
                "IMAP_USER": "u",
                "IMAP_PASSWORD": "p",
                "SMTP_HOST": "127.0.0.1",
                "DATA_DIR": str(tmp_path / "data"),
            },
        )
    assert result.returncode == 1
    assert result.stderr.startswith("error: another agent (pid ")
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_readers_do_not_take_the_lock(tmp_path):
    with Store(tmp_path) as writer:
        writer.put_case(Case(ref="X-1"))
        writer.commit()
        with Store(tmp_path, readonly=True) as reader:
            assert [c.ref for c in reader.cases()] == ["X-1"]


def test_a_corrupted_store_file_names_the_fix(tmp_path):
    (tmp_path / STORE_FILE).write_text('{"cases": {"1": ')
    with pytest.raises(StoreError) as broken:
        Store(tmp_path)
    assert "not valid JSON" in str(broken.value) and "backup" in str(broken.value)


def test_evidence_is_kept_once_under_its_hash(tmp_path):
    raw = b"From: a@example.org\r\n\r\nhello\r\n"
    with Store(tmp_path) as store:
        first = store.write_evidence(raw)
        second = store.write_evidence(raw)
        assert first == second == evidence_digest(raw)  # the name a plan gives it before it is written
        assert store.evidence_path(first).read_bytes() == store.read_evidence(first) == raw
        assert [p.name for p in store.iter_evidence()] == [f"{first}.eml"]


def test_many_updates_in_one_commit_keep_every_document(tmp_path):
    with Store(tmp_path) as store:
        for i in range(300):
            store.put_case(Case(ref=f"X-{i:03d}", status=CaseStatus.NEW))
        store.commit()
        for i in range(0, 300, 2):
            store.put_case(replace(store.case(f"X-{i:03d}"), status=CaseStatus.ACKNOWLEDGED))
        store.commit()
    with Store(Path(tmp_path), readonly=True) as store:
        statuses = [c.status for c in store.cases()]
    assert len(statuses) == 300
    assert statuses.count("acknowledged") == 150


def test_an_older_store_is_backed_up_and_migrated_and_a_newer_one_is_refused(tmp_path):
    import json

    from test_pipeline import maildir_with, run_poll

    from inbox_agent.errors import StoreError
    from inbox_agent.store.database import SCHEMA_VERSION

    maildir_with(tmp_path, message_file("complaint.eml"), message_file("abusive.eml"))
    run_poll(tmp_path)  # a store written by this version
    path = tmp_path / "data" / "store.json"
    data = json.loads(path.read_text())
    assert data["meta"] and any(
        d.get("name") == "schema" and d["value"] == SCHEMA_VERSION for d in data["meta"].values()
    )
    for doc in data["meta"].values():  # made to look as version 1 wrote it: schema 1, no audit table
        if doc.get("name") == "schema":
            doc["value"] = 1
    data.pop("audit", None)
    old = json.dumps(data).encode()
    path.write_bytes(old)
    with Store(tmp_path / "data", readonly=True) as store:
        assert store.get_meta("schema") == 1  # reading never changes it
    with Store(tmp_path / "data") as store:
        assert store.get_meta("schema") == SCHEMA_VERSION
        assert [e["action"] for e in store.audit_entries()] == ["migrated"]
        cases = store.cases()
    assert (tmp_path / "data" / "store.json.v1.bak").read_bytes() == old  # the backup is the old store, byte for byte
    assert [c.category for c in cases] == ["complaint", "abusive"]  # and nothing was lost on the way
    with Store(tmp_path / "data") as store:  # a second start migrates nothing more
        assert len(store.audit_entries()) == 1
    newer = json.loads(path.read_text())
    for doc in newer["meta"].values():
        if doc.get("name") == "schema":
            doc["value"] = SCHEMA_VERSION + 1
    path.write_text(json.dumps(newer))
    with pytest.raises(StoreError, match="written by a newer version"):
        Store(tmp_path / "data")
