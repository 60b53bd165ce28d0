"""Runs unattended: back-off, health, quarantine, and real messy mail through the real server."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

import pytest

from conftest import ROOT, clean_env, message_file
from inbox_agent.agent import retry_delay
from inbox_agent.health import assess, record
from inbox_agent.store import Store
from test_end_to_end import load_cases, poll, settings_for
from test_pipeline import maildir_with, run_poll


def test_back_off_grows_with_jitter_and_is_capped():
    rng = random.Random(3)
    assert retry_delay(0, 60, rng) == 60
    first = [retry_delay(1, 60, rng) for _ in range(200)]
    assert 2.5 <= min(first) and max(first) <= 7.5 and len({round(d, 3) for d in first}) > 100  # jittered
    assert 40 <= retry_delay(5, 60, rng) <= 120
    assert all(retry_delay(n, 60, rng) <= 450 for n in range(5, 40))


def test_health_is_judged_by_the_last_successful_poll(tmp_path):
    now = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)
    assert assess({}, now, 60) == (False, "no poll has succeeded yet")
    assert assess({"last_poll_ok": (now - timedelta(minutes=2)).isoformat()}, now, 60)[0]
    healthy, why = assess({"last_poll_ok": (now - timedelta(minutes=10)).isoformat()}, now, 60)
    assert not healthy and "no successful poll for 10 minutes" in why


def test_status_exits_non_zero_when_unhealthy(agent, tmp_path):
    maildir_with(tmp_path, message_file("complaint.eml"), b"\r\n\r\n")
    run_poll(tmp_path)
    env = {"DATA_DIR": str(tmp_path / "data")}
    unhealthy = agent("status", env=env)
    assert unhealthy.returncode == 1 and "UNHEALTHY: no poll has succeeded yet" in unhealthy.stdout
    record(tmp_path / "data", datetime.now(timezone.utc), ok="poll")
    healthy = agent("status", "--json", env=env)
    assert healthy.returncode == 0
    status = json.loads(healthy.stdout)
    assert status["healthy"] and status["quarantined"] == 1 and status["cases"] == 1 and status["outbox"] == {"sent": 1}


def test_quarantine_list_show_and_retry(agent, tmp_path):
    maildir_with(tmp_path, b"\r\n\r\n", message_file("complaint.eml"))
    run_poll(tmp_path)
    env = {"DATA_DIR": str(tmp_path / "data"), "ACK_SINCE": "2026-11-01"}
    listed = agent("quarantine", "list", env=env)
    assert listed.returncode == 0 and "the message is empty" in listed.stdout
    ident = listed.stdout.splitlines()[2].split()[0]
    shown = agent("quarantine", "show", ident, env=env)
    assert "reason:" in shown.stdout and "the message is empty" in shown.stdout
    still = agent("quarantine", "retry", ident, env=env)
    assert still.returncode == 0 and "1 quarantined" in still.stdout  # still unreadable: stays, accounted once
    assert agent("quarantine", "retry", env=env).returncode == 2
    # A message quarantined by an older version, which this one can read: retry files it.
    with Store(tmp_path / "data") as store:
        [filed] = [r for r in store.message_records() if r["disposition"] == "filed"]
        store.record_message({**filed, "disposition": "quarantined", "reason": "older parser gave up",
                              "evidence": store.write_evidence(message_file("abusive.eml")), "location": "INBOX|0|older"})
        store.commit()
    retried = agent("quarantine", "retry", "--all", env=env)
    assert retried.returncode == 0 and "1 filed" in retried.stdout
    with Store(tmp_path / "data", readonly=True) as store:
        assert store.messages.get("INBOX|0|older")["disposition"] == "filed"
        assert [c["category"] for c in store.all_cases()] == ["complaint", "abusive"]


def test_a_server_that_is_down_is_retried_with_back_off_and_logged_once(smtp, tmp_path):
    from servers import free_port

    env = clean_env(**smtp.env(), IMAP_HOST="127.0.0.1", IMAP_PORT=str(free_port()), IMAP_USER="u", IMAP_PASSWORD="canary-Pa55",
                    IMAP_SECURITY="plain", DATA_DIR=str(tmp_path / "data"), POLL_SECONDS="60")
    with subprocess.Popen([sys.executable, str(ROOT / "run.py"), "run"], cwd=tmp_path, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        time.sleep(9)  # attempts at about 0 s, 5 s and 15 s would make at least two within 9 s
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=20)
    assert process.returncode == 0
    health = json.loads((tmp_path / "data" / "health.json").read_text())
    assert len(health["errors"]) >= 2  # retried well before the 60-second poll interval
    assert stderr.count("cannot connect to the IMAP server") == 1  # logged once, not every attempt
    assert "canary-Pa55" not in stderr and "Traceback" not in stderr


@pytest.mark.servers
def test_all_the_messy_real_mail_is_accounted_for(account, smtp, agent, tmp_path, corpora):
    files = sorted(p for p in (corpora / "raw-mail").rglob("*") if p.is_file())
    client = account.connect()
    try:
        for path in files:
            raw = path.read_bytes()
            typ, data = client.append("INBOX", "", None, raw if raw.strip() else b"X-Empty: yes\r\n\r\n")
            assert typ == "OK", (path, data)
    finally:
        client.logout()
    result = poll(agent, settings_for(account, smtp, tmp_path, ACK_SINCE="2000-01-01"))
    assert sum(result["counts"].values()) == len(files)
    _, records = load_cases(tmp_path)
    assert len(records) == len(files)
    assert {r["disposition"] for r in records} <= {"filed", "no_case", "duplicate", "quarantined", "threaded"}


@pytest.mark.servers
def test_kill_nine_at_random_moments_loses_nothing_and_sends_nothing_twice(account, smtp, agent, tmp_path):
    import collections
    import re
    from email import message_from_bytes

    from test_acknowledgements import append_many, crlf

    corpus = [p.read_bytes() for p in sorted((ROOT / "tests" / "corpus").rglob("*.eml"))]
    raws = []
    for i in range(1000):  # the labelled corpus, made into 1,000 distinct messages from 1,000 people
        raw = re.sub(rb"(?m)^Message-ID: .*$", f"Message-ID: <kill-{i}@example.org>".encode(), corpus[i % len(corpus)])
        raw = re.sub(rb"(?m)^From: .*$", f"From: Resident {i} <resident{i}@example.org>".encode(), raw, count=1)
        raws.append(crlf(raw))
    env = settings_for(account, smtp, tmp_path, ACK_SINCE="2000-01-01", ACK_GLOBAL_CAPS="100000/1h", FETCH_CHUNK="10",
                       LOG_LEVEL="WARNING")
    rng = random.Random(2026)
    kills = 0
    for round_ in range(20):  # 50 more messages each round, so every kill lands in real work
        append_many(account, raws[round_ * 50:(round_ + 1) * 50])
        with subprocess.Popen([sys.executable, str(ROOT / "run.py"), "poll", "--once"], cwd=tmp_path, env=clean_env(**env),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as process:
            time.sleep(rng.uniform(0.4, 1.0))  # after start-up, at a random moment in the work
            if process.poll() is None:
                process.kill()  # SIGKILL: no clean-up, no commit
                kills += 1
    assert kills >= 10  # at least half the runs really were killed mid-way
    final = poll(agent, env)  # a clean run finishes the job
    assert "Traceback" not in json.dumps(final)

    cases, records = load_cases(tmp_path)
    if len(records) != 1000:  # keep what is needed to understand a failure
        with Store(tmp_path / "data", readonly=True) as store:
            seen = sorted(int(r["uid"]) for r in records)
            missing = sorted(set(range(1, 1001)) - set(seen))
            print("\nMISSING", missing[:80], "CHECKPOINT", store.checkpoint("INBOX"), "FLAGS", account.flags()[missing[0]] if missing else "")
    assert len(records) == 1000 and len({r["location"] for r in records}) == 1000  # each message once
    per_message = collections.Counter(mid for c in cases for mid in c["message_ids"])
    assert max(per_message.values()) == 1  # no message filed twice
    refs = collections.Counter(message_from_bytes(r.data)["X-Clerk-Inbox-Agent"] for r in smtp.received
                               if "clerk@thurcastonandcropston.org.uk" not in r.rcpt_tos)
    assert refs and max(refs.values()) == 1  # no case acknowledged twice
    with Store(tmp_path / "data", readonly=True) as store:
        acks = [e for e in store.outbox_entries() if e["kind"] == "ack"]
    states = collections.Counter(e["state"] for e in acks)
    assert set(states) <= {"sent", "unconfirmed"} and states["unconfirmed"] <= kills  # at most one in doubt per kill
    # What the store calls sent, the server got; an unconfirmed one may or may not have gone (in doubt, never resent).
    assert states["sent"] <= len(refs) <= states["sent"] + states["unconfirmed"]
    print(f"\nkill test: {kills} kills, 1000 messages, {len(cases)} cases, {states['sent']} acknowledgements sent, "
          f"{states['unconfirmed']} unconfirmed, 0 duplicates")


def test_hostile_input_is_handled_within_the_limits_and_writes_nothing_outside_data_dir(tmp_path):
    head = b"From: a@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
    parts = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % i for i in range(100_000))
    nested = b"".join(b'Content-Type: multipart/mixed; boundary="n%d"\r\n\r\n--n%d\r\n' % (i, i) for i in range(10_000))
    hostile = [
        head + b"Message-ID: <parts@x>\r\n" + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + parts + b"--b--\r\n",
        head + b"Message-ID: <deep@x>\r\n" + nested + b"Content-Type: text/plain\r\n\r\nI know where you live\r\n",
        head + b"Message-ID: <big@x>\r\nContent-Type: text/plain\r\n\r\n" + (b"x" * 76 + b"\r\n") * 400_000,
    ]
    for n, name in enumerate((b"../../etc/passwd", b"..\\\\..\\\\x", b"a\x00b", b"n" * 300)):
        hostile.append(head + b"Message-ID: <att%d@x>\r\n" % n + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
                       b"--b\r\nContent-Type: text/plain\r\n\r\nI want to complain, it is a disgrace.\r\n--b\r\n"
                       b"Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"" + name +
                       b"\"\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8=\r\n--b--\r\n")
    import mailbox

    box = mailbox.Maildir(tmp_path / "Maildir", create=True)
    for raw in hostile:
        box.add(raw)  # as bytes: the test harness must not parse them either
    before = {p for p in tmp_path.rglob("*")}
    started = time.monotonic()
    report = run_poll(tmp_path)
    assert time.monotonic() - started < 60
    dispositions = ("filed", "threaded", "no_case", "before_start", "duplicate", "quarantined")
    assert sum(report.counts.get(d, 0) for d in dispositions) == len(hostile)
    assert report.counts["quarantined"] == 1 and report.counts["filed"] == 4  # the four complaints with hostile names
    written = {p for p in tmp_path.rglob("*")} - before
    assert all(p.is_relative_to(tmp_path / "data") or p.is_relative_to(tmp_path / "sent") for p in written)
    names = {p.name for p in written}
    assert not any("passwd" in n or "\x00" in n or n.startswith("nnnnn") for n in names)
    with Store(tmp_path / "data", readonly=True) as store:
        [deep] = [r for r in store.message_records() if r["disposition"] == "quarantined"]
        assert "RecursionError" in deep["reason"] and store.evidence_path(deep["evidence"]).exists()


def test_a_refused_password_is_emailed_to_the_clerk_once_and_never_shows_the_password(account, smtp, tmp_path):
    env = clean_env(**settings_for(account, smtp, tmp_path, IMAP_PASSWORD="canary-Wr0ng-Pa55", POLL_SECONDS="60"))

    def run_for(seconds: float) -> str:
        with subprocess.Popen([sys.executable, str(ROOT / "run.py"), "run"], cwd=tmp_path, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
            time.sleep(seconds)
            process.send_signal(signal.SIGTERM)
            return process.communicate(timeout=20)[1]

    first = run_for(8)  # several attempts with back-off
    second = run_for(3)  # a restart does not email again
    alerts = [r for r in smtp.received if r.rcpt_tos == ["clerk@thurcastonandcropston.org.uk"]]
    assert len(alerts) == 1
    body = alerts[0].data.decode()
    assert "refused the login" in body and "IMAP_PASSWORD" in body and "needs attention" in body
    for text in (first, second, body):
        assert "canary-Wr0ng-Pa55" not in text and "Traceback" not in text
    assert first.count("refused the login") == 1


@pytest.mark.servers
def test_a_batch_of_ten_with_one_unknown_charset_files_nine_and_quarantines_one(account, smtp, agent, tmp_path):
    from test_acknowledgements import append_many, crlf

    corpus = sorted((ROOT / "tests" / "corpus").rglob("*.eml"))
    good = [crlf(p.read_bytes()) for p in corpus[:9]]
    broken = crlf(b"From: Resident <resident@example.org>\nTo: clerk@thurcastonandcropston.org.uk\nSubject: Bins\n"
                  b"Message-ID: <bogus@example.org>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=bogus\n\n"
                  b"I wish to make a complaint: the bins on Station Road were not collected \xe9 again.\n")
    append_many(account, [*good[:4], broken, *good[4:]])
    result = poll(agent, settings_for(account, smtp, tmp_path, ACK_SINCE="2000-01-01"))
    assert sum(result["counts"].values()) == 10 and result["counts"]["quarantined"] == 1
    _, records = load_cases(tmp_path)
    [held] = [r for r in records if r["disposition"] == "quarantined"]
    assert held["message_id"] == "<bogus@example.org>" and "unknown charset 'bogus'" in held["reason"]
    assert held["looks_like"] == "complaint"  # the best guess is kept for the Clerk, but nothing is acknowledged
    assert len([r for r in records if r["disposition"] in ("filed", "no_case", "threaded")]) == 9
    assert smtp.received and all("resident@example.org" not in m.rcpt_tos for m in smtp.received)
    listed = agent("quarantine", "list", env={"DATA_DIR": str(tmp_path / "data")})
    assert "unknown charset 'bogus'" in listed.stdout


def test_a_threat_in_an_unknown_charset_is_still_filed_and_alerted(tmp_path):
    raw = (b"From: X <x@example.org>\nSubject: you\nMessage-ID: <t@example.org>\nContent-Type: text/plain; charset=x-nobody\n\n"
           b"I will kill you, clerk.\n")
    maildir_with(tmp_path, raw)
    run_poll(tmp_path)
    with Store(tmp_path / "data", readonly=True) as store:
        [case] = store.all_cases()
        assert case["category"] == "threat" and any(e["kind"] == "unreadable" for e in case["history"])
        assert [e["kind"] for e in store.outbox_entries()].count("alert") == 1
