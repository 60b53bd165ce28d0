"""Reading ahead (app/ahead.py): a backlog parsed and decided in worker processes is filed exactly as one read in
the agent's own process, and a worker that fails or dies costs nothing but the time."""

from __future__ import annotations

import json
import re
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import SimpleNamespace

import pytest
from test_acknowledgements import append_many, crlf
from test_end_to_end import settings_for

from inbox_agent.app.ahead import MIN_AHEAD, Chunk, ReadAhead
from inbox_agent.config import load_settings
from inbox_agent.core.models import Fetched
from inbox_agent.errors import ConfigError
from inbox_agent.store.database import Store

ROOT = Path(__file__).resolve().parent.parent


def _fetched(uid: int) -> Fetched:
    return Fetched("INBOX", 1, str(uid), b"From: a@example.org\r\nSubject: hi\r\n\r\nHello\r\n", None)


def _failed(exc: BaseException) -> Future:
    future: Future = Future()
    future.set_exception(exc)
    return future


def test_a_worker_that_died_leaves_the_message_and_the_rest_to_the_agent(caplog):
    ahead = ReadAhead(rules=None, own_addresses=frozenset(), processes=2)  # type: ignore[arg-type]
    first, second = _fetched(1), _fetched(2)
    chunk = Chunk(ahead, {first.location: _failed(BrokenProcessPool("a worker was killed")), second.location: Future()})
    assert chunk.take(first) is None  # read again in the agent, inside its guard
    assert ahead.broken and ahead.pool is None
    assert "reading the rest in the agent's own process" in caplog.text and "a worker was killed" in caplog.text
    assert ahead.chunk([_fetched(n) for n in range(MIN_AHEAD * 2)], lambda f: True).futures == {}  # no new pool


def test_workers_that_cannot_start_leave_the_whole_poll_to_the_agent(monkeypatch, caplog):
    from inbox_agent.app import ahead as module

    def refuse(*args, **kwargs):
        raise OSError("[Errno 38] Function not implemented: no /dev/shm for its semaphores")

    monkeypatch.setattr(module.threading, "active_count", lambda: 1)
    monkeypatch.setattr(module, "ProcessPoolExecutor", refuse)
    rules = SimpleNamespace(model=None)
    ahead = ReadAhead(rules, frozenset(), 2)  # type: ignore[arg-type]
    assert ahead.chunk([_fetched(n) for n in range(MIN_AHEAD)], lambda f: True).futures == {}
    assert ahead.broken and "no /dev/shm" in caplog.text and "in the agent's own process" in caplog.text


def test_a_result_that_cannot_be_used_is_read_again_in_the_agent():
    ahead = ReadAhead(rules=None, own_addresses=frozenset(), processes=2)  # type: ignore[arg-type]
    fetched = _fetched(1)
    chunk = Chunk(ahead, {fetched.location: _failed(ValueError("cannot unpickle"))})
    assert chunk.take(fetched) is None and not ahead.broken
    assert chunk.take(_fetched(2)) is None  # never sent ahead: read in the agent


def test_no_workers_for_one_process_a_small_chunk_or_a_process_with_threads():
    few = [_fetched(n) for n in range(MIN_AHEAD - 1)]
    many = [_fetched(n) for n in range(MIN_AHEAD)]
    assert ReadAhead(None, frozenset(), 1).chunk(many, lambda f: True).futures == {}  # type: ignore[arg-type]
    assert ReadAhead(None, frozenset(), 2).chunk(few, lambda f: True).futures == {}  # type: ignore[arg-type]
    # pytest's own threads, or the servers' in other tests: forking would risk a deadlock in the child
    import threading

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        ahead = ReadAhead(None, frozenset(), 2)  # type: ignore[arg-type]
        assert ahead.chunk(many, lambda f: True).futures == {} and ahead.pool is None and not ahead.broken
    finally:
        stop.set()
        other.join()


@pytest.mark.parametrize(
    ("value", "expected"), [("1", 1), ("2", 2), ("16", 16), ("auto", None), ("", None), (" AUTO ", None)]
)
def test_decide_processes_is_auto_or_a_number(tmp_path, value, expected):
    settings = load_settings(None, environ={"DATA_DIR": str(tmp_path), "DECIDE_PROCESSES": value})
    if expected is None:
        assert 1 <= settings.decide_processes <= 3
    else:
        assert settings.decide_processes == expected


@pytest.mark.parametrize("value", ["0", "-2", "two", "65"])
def test_a_wrong_decide_processes_names_the_setting_and_the_fix(tmp_path, value):
    with pytest.raises(ConfigError) as caught:
        load_settings(None, environ={"DATA_DIR": str(tmp_path), "DECIDE_PROCESSES": value})
    assert "DECIDE_PROCESSES" in str(caught.value) and "set DECIDE_PROCESSES to auto" in caught.value.fix


def _backlog() -> list[bytes]:
    """Labelled mail of every kind from 48 people, and two that cannot be read as they claim."""
    corpus = sorted((ROOT / "tests" / "corpus").rglob("*.eml"))
    raws = []
    for i, path in enumerate(corpus[:: len(corpus) // 48][:48]):
        raw = re.sub(rb"(?m)^Message-ID: .*$", f"Message-ID: <ahead-{i}@example.org>".encode(), path.read_bytes())
        raw = re.sub(rb"(?m)^From: .*$", f"From: Resident {i} <resident{i}@example.org>".encode(), raw, count=1)
        raws.append(crlf(raw))
    odd = "From: Odd <odd{n}@example.org>\nTo: clerk@thurcastonandcropston.org.uk\nSubject: odd {n}\n"
    odd += "Message-ID: <odd-{n}@example.org>\nMIME-Version: 1.0\nContent-Type: text/plain; charset={charset}\n\n"
    odd += "I know where you live and I will be round tonight.\n"
    raws.append(crlf(odd.format(n=1, charset="x-no-such-charset").encode()))
    raws.append(crlf(odd.format(n=2, charset='"utf-8').encode() + b"\xff\xfe broken \xc3(\n"))
    return raws


def _what_was_done(data: Path) -> tuple[list, list, list]:
    """The store's records, cases and outbox, without the times at which they were made."""
    with Store(data, readonly=True) as store:
        records = sorted(
            (r.location, str(r.disposition), r.category, r.case, r.reason) for r in store.message_records()
        )
        cases = sorted(
            (c.ref, c.category, str(c.status), c.severity, c.message_ids, c.sender, c.reason, c.review is not None)
            for c in store.cases()
        )
        outbox = sorted((e.kind, e.case, tuple(e.to), e.subject) for e in store.outbox_entries())
    return records, cases, outbox


@pytest.mark.servers
def test_a_backlog_read_ahead_is_filed_exactly_as_one_read_in_the_agents_own_process(account, smtp, agent, tmp_path):
    append_many(account, _backlog())
    done = {}
    for processes in ("2", "1"):
        env = settings_for(
            account,
            smtp,
            tmp_path,
            DATA_DIR=str(tmp_path / f"data-{processes}"),
            DECIDE_PROCESSES=processes,
            ACK_SINCE="2000-01-01",
            ACK_GLOBAL_CAPS="1000/1h",
            LOG_LEVEL="DEBUG",
        )
        result = agent("poll", "--once", "--json", "--no-send", env=env)
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
        counts = json.loads(result.stdout.strip().splitlines()[-1])["counts"]
        ahead = re.search(r"(\d+) messages were read and decided ahead", result.stderr)
        if processes == "2":
            assert ahead is not None and int(ahead.group(1)) >= 40, result.stderr[-3000:]
        else:
            assert ahead is None
        done[processes] = (counts, _what_was_done(tmp_path / f"data-{processes}"))
    (counts, (records, cases, outbox)), alone = done["2"], done["1"]
    assert (counts, (records, cases, outbox)) == alone
    assert len(records) == 50 and {r[1] for r in records} >= {"filed", "no_case"}
    categories = {c[1] for c in cases}
    assert {"threat", "complaint"} <= categories and len(categories) >= 6  # the corpus's kinds, not one of them
    assert any(kind == "alert" for kind, *_ in outbox) and any(kind == "ack" for kind, *_ in outbox)
