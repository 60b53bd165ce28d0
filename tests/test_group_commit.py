"""Group commit: a chunk's files and records are made durable by one sync, and a crash inside a group costs nothing.

A process that dies (kill -9) keeps what it wrote in the page cache; a machine that dies may lose what was not synced.
The poll test below does both: the agent dies in the middle of a chunk, and the files it wrote since its last commit
are then cut short, as a power cut could leave them. The next run must lose nothing and send nothing twice."""

from __future__ import annotations

import collections
import hashlib
import re
import subprocess
import sys
import textwrap
from email import message_from_bytes
from email.message import EmailMessage

import pytest
from conftest import ROOT, clean_env
from test_acknowledgements import append_many, crlf
from test_end_to_end import load_cases, poll, settings_for

from inbox_agent.core.records import Case, CaseMessage
from inbox_agent.store import database
from inbox_agent.store.database import Store


def test_a_group_of_files_and_records_costs_one_sync_of_the_file_system(tmp_path, monkeypatch):
    syncs: list[str] = []
    real_fsync, real_syncfs = database.os.fsync, database.sync_filesystem
    monkeypatch.setattr(database.os, "fsync", lambda fd: (syncs.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(database, "sync_filesystem", lambda fd: (syncs.append("syncfs"), real_syncfs(fd))[1])
    with Store(tmp_path) as store:
        store.commit()  # the new store's schema, outside any group
        syncs.clear()
        with store.group():
            digests = [store.write_evidence(f"message {i}\r\n".encode()) for i in range(5)]
            for i in range(3):
                store.write_outgoing(f"X-{i}-ack.eml", b"mail")
            messages = tuple(CaseMessage(f"INBOX|1|{i}", None, evidence=d) for i, d in enumerate(digests))
            store.put_case(Case(ref="X-1", messages=messages))
            store.commit()
        assert syncs == ["syncfs", "fsync"]  # the file system once, then the folder that holds the new store
        syncs.clear()
        store.write_evidence(b"outside a group\r\n")
        assert syncs == ["fsync", "fsync"]  # outside a group each file is durable on its own, as before
    with Store(tmp_path, readonly=True) as store:
        assert [m.evidence for m in store.case("X-1").messages] == digests


def test_evidence_left_short_by_a_lost_group_is_written_again(tmp_path):
    raw = b"From: a@example.org\r\nSubject: kept\r\n\r\nThe whole message.\r\n"
    with Store(tmp_path) as store:
        with store.group():
            digest = store.write_evidence(raw)
        # the machine died before the group's commit: the file is there, unsynced, and short
        path = store.evidence_path(digest)
        path.write_bytes(raw[:10])
        assert store.write_evidence(raw) == digest
        assert path.read_bytes() == raw
        path.write_bytes(b"\0" * len(raw))  # the right size, the wrong bytes
        store.write_evidence(raw)
        assert path.read_bytes() == raw


# Runs the agent as `run.py poll --once` would, but dies (os._exit, like kill -9) at the 15th acknowledgement it
# queues: with FETCH_CHUNK=10 that is inside a later group than the first, after some of its files are written.
CRASHING_POLL = textwrap.dedent("""
    import os, runpy, sys
    from inbox_agent.store.database import Store

    written = Store.write_outgoing
    calls = []

    def write_outgoing(self, name, data):
        calls.append(name)
        if len(calls) == 15:
            os._exit(9)
        return written(self, name, data)

    Store.write_outgoing = write_outgoing
    sys.argv = [sys.argv[1], "poll", "--once"]
    runpy.run_path(sys.argv[0], run_name="__main__")
""")


@pytest.mark.servers
def test_a_crash_inside_a_group_loses_nothing_and_sends_nothing_twice(account, smtp, agent, tmp_path):
    corpus = [p.read_bytes() for p in sorted((ROOT / "tests" / "corpus").rglob("*.eml"))]
    raws = []
    for i in range(60):  # half complaints that are acknowledged, half the labelled corpus, from sixty people
        if i % 2:
            mail = EmailMessage()
            mail["From"], mail["Message-ID"] = "Someone <someone@example.org>", "<someone@example.org>"
            mail["Subject"] = "The street light on Anstey Lane"
            mail.set_content("I want to complain: the street light is still out after six weeks. Not good enough.")
            raw = bytes(mail)
        else:
            raw = corpus[i]
        raw = re.sub(rb"(?m)^Message-ID: .*$", f"Message-ID: <group-{i}@example.org>".encode(), raw)
        raw = re.sub(rb"(?m)^From: .*$", f"From: Resident {i} <resident{i}@example.org>".encode(), raw, count=1)
        raws.append(crlf(raw))
    append_many(account, raws)
    env = settings_for(
        account,
        smtp,
        tmp_path,
        ACK_SINCE="2000-01-01",
        ACK_GLOBAL_CAPS="100000/1h",
        FETCH_CHUNK="10",
        LOG_LEVEL="ERROR",
    )
    crashed = subprocess.run(
        [sys.executable, "-c", CRASHING_POLL, str(ROOT / "run.py")],
        cwd=tmp_path,
        env=clean_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert crashed.returncode == 9, crashed.stderr
    data = tmp_path / "data"
    with Store(data, readonly=True) as store:
        committed = len(list(store.message_records()))
        named = {m.evidence for c in store.cases() for m in c.messages}
        queued = {f"{e.id}.eml" for e in store.outbox_entries()}
    assert 0 < committed < 60  # the chunks before the crash, and not the one it interrupted
    # A power cut would have lost what the open group wrote unsynced: cut those files short, as it could.
    orphans = [p for p in (data / "evidence").glob("*/*.eml") if p.stem not in named]
    orphans += [p for p in (data / "outbox").glob("*.eml") if p.name not in queued]
    assert orphans, "the crash should have come after the group wrote some files"
    for path in orphans:
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])

    final = poll(agent, env)
    assert "Traceback" not in str(final)
    cases, records = load_cases(tmp_path)
    assert sorted(int(r["uid"]) for r in records) == list(range(1, 61))  # each message recorded once, none lost
    assert max(collections.Counter(mid for c in cases for mid in c["message_ids"]).values()) == 1
    for case in cases:  # every case's evidence is the message, whole
        for summary in case["messages"]:
            path = data / "evidence" / summary["evidence"][:2] / f"{summary['evidence']}.eml"
            assert hashlib.sha256(path.read_bytes()).hexdigest() == summary["evidence"]
    acks = [r for r in smtp.received if "clerk@thurcastonandcropston.org.uk" not in r.rcpt_tos]
    refs = collections.Counter(message_from_bytes(r.data)["X-Clerk-Inbox-Agent"] for r in acks)
    assert len(refs) >= 30 and max(refs.values()) == 1  # every complaint answered, none twice
    with Store(data, readonly=True) as store:
        sent = {e.case: e for e in store.outbox_entries() if e.kind == "ack"}
        assert {e.state for e in sent.values()} == {"sent"} and set(sent) == set(refs)
        for received in acks:  # each to the person whose case it names
            ref = message_from_bytes(received.data)["X-Clerk-Inbox-Agent"]
            assert received.rcpt_tos == list(sent[ref].to) == [store.case(ref).sender]
