"""Runs unattended: back-off, health, quarantine, and real messy mail through the real server."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from conftest import ROOT, clean_env, message_file, start_dovecot, unavailable
from test_end_to_end import load_cases, poll, settings_for
from test_pipeline import maildir_with, run_poll
from timeline import Timeline, agent_for

from inbox_agent.app.agent import retry_delay
from inbox_agent.app.pipeline import DISPOSITIONS
from inbox_agent.core.records import Disposition
from inbox_agent.store.database import Store
from inbox_agent.store.health import assess, record


def test_back_off_grows_with_jitter_and_is_capped():
    rng = random.Random(3)
    assert retry_delay(0, 60, rng) == 60
    first = [retry_delay(1, 60, rng) for _ in range(200)]
    assert 2.5 <= min(first) and max(first) <= 7.5 and len({round(d, 3) for d in first}) > 100  # jittered
    assert 40 <= retry_delay(5, 60, rng) <= 120
    assert all(retry_delay(n, 60, rng) <= 450 for n in range(5, 40))


def test_health_is_judged_by_the_last_successful_poll(tmp_path):
    now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
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
    record(tmp_path / "data", datetime.now(UTC), ok="poll")
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
        [filed] = [r for r in store.message_records() if r.disposition == "filed"]
        store.record_message(
            replace(
                filed,
                disposition=Disposition.QUARANTINED,
                reason="older parser gave up",
                evidence=store.write_evidence(message_file("abusive.eml")),
                location="INBOX|0|older",
            )
        )
        store.commit()
    retried = agent("quarantine", "retry", "--all", env=env)
    assert retried.returncode == 0 and "1 filed" in retried.stdout
    with Store(tmp_path / "data", readonly=True) as store:
        assert store.message_record("INBOX|0|older").disposition is Disposition.FILED
        assert [c.category for c in store.cases()] == ["complaint", "abusive"]


def polls_of(agent, timeline) -> list[float]:
    """The moments (in the agent's time) at which it tried to poll."""
    attempts: list[float] = []
    factory = agent.source_factory
    agent.source_factory = lambda: (attempts.append(timeline.elapsed), factory())[1]
    return attempts


def test_a_server_that_is_down_is_retried_with_back_off_and_logged_once(tmp_path, caplog):
    from servers import free_port

    caplog.set_level(logging.INFO, logger="inbox_agent")
    env = {
        "IMAP_HOST": "127.0.0.1",
        "IMAP_PORT": str(free_port()),  # nothing listens: each connection is refused
        "IMAP_USER": "u",
        "IMAP_PASSWORD": "canary-Pa55",
        "IMAP_SECURITY": "plain",
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(free_port()),
        "SMTP_SECURITY": "plain",
        "DATA_DIR": str(tmp_path / "data"),
        "POLL_SECONDS": "60",
    }
    timeline = Timeline()
    agent = agent_for(env, timeline)
    attempts = polls_of(agent, timeline)
    timeline.run(agent, 60)
    # At once, then after 5 s, 10 s, 20 s ... each with jitter of ±50%: the loop waits what retry_delay says.
    assert attempts[0] == 0 and len(attempts) >= 4  # at the latest 7.5 + 15 + 30 s: four before the 60-second interval
    for failures, (before, after) in enumerate(pairwise(attempts), start=1):
        base = 5 * 2 ** (failures - 1)
        assert base * 0.5 <= after - before <= base * 1.5 + 0.1  # the loop wakes in steps of at most 0.1 s past due
    health = json.loads((tmp_path / "data" / "health.json").read_text())
    assert len(health["errors"]) == len(attempts)  # each attempt noted for `status`
    assert caplog.text.count("cannot connect to the IMAP server") == 1  # logged once, not every attempt
    assert "canary-Pa55" not in caplog.text and "Traceback" not in caplog.text


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
    assert sum(result["counts"].get(d, 0) for d in DISPOSITIONS) == len(files)
    _, records = load_cases(tmp_path)
    assert len(records) == len(files)
    assert {r["disposition"] for r in records} <= {"filed", "no_case", "duplicate", "quarantined", "threaded"}
    import collections

    print(
        f"\nraw-mail: {len(files)} in, {len(records)} accounted for: "
        f"{dict(collections.Counter(r['disposition'] for r in records))}"
    )


@pytest.mark.long
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
    env = settings_for(
        account,
        smtp,
        tmp_path,
        ACK_SINCE="2000-01-01",
        ACK_GLOBAL_CAPS="100000/1h",
        FETCH_CHUNK="10",
        LOG_LEVEL="WARNING",
    )
    rng = random.Random(2026)
    append_many(account, raws)  # a backlog of 1,000 messages

    def progress() -> tuple[int, int]:
        """Messages kept as evidence, and acknowledgements the server took: the work, whatever the clock says."""
        return sum(1 for _ in (tmp_path / "data" / "evidence").glob("*/*.eml")), len(smtp.received)

    kills = runs = 0
    while kills < 20 and runs < 40:  # start, kill at a random point in the work, start again
        runs += 1
        # Kill once this run has done a random amount of new work, while filing or while sending: the same points
        # in the work on a fast machine as on a slow one (a wall-clock moment could fall in start-up on one and
        # after the end of the backlog on another).
        which, step, start = rng.randrange(2), rng.randint(1, 25), progress()
        with subprocess.Popen(
            [sys.executable, str(ROOT / "run.py"), "poll", "--once"],
            cwd=tmp_path,
            env=clean_env(**env),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        ) as process:
            ceiling = time.monotonic() + 300  # only so that a stalled run cannot hang the suite
            while process.poll() is None and progress()[which] < start[which] + step and time.monotonic() < ceiling:
                time.sleep(0.02)
            time.sleep(rng.uniform(0, 0.02))  # then anywhere in the next few steps: a write, a commit, a send
            if process.poll() is None:
                process.kill()  # SIGKILL: no clean-up, no commit
                kills += 1
    assert kills == 20
    # The workers that read mail ahead (app/ahead.py) die with the agent: none is left working in its folder.
    ceiling = time.monotonic() + 10
    while _working_in(tmp_path) and time.monotonic() < ceiling:
        time.sleep(0.05)
    assert _working_in(tmp_path) == []
    with Store(tmp_path / "data", readonly=True) as store:
        before_final = len(list(store.message_records()))
    assert before_final < 1000  # every kill landed in real work: the backlog was not done
    # A clean run finishes the job: hundreds of messages, so the time allowed is only a guard against a hang.
    final = agent("poll", "--once", "--json", env=env, timeout=1800)
    assert final.returncode == 0 and "Traceback" not in final.stderr, final.stderr

    cases, records = load_cases(tmp_path)
    if len(records) != 1000:  # keep what is needed to understand a failure
        with Store(tmp_path / "data", readonly=True) as store:
            seen = sorted(int(r["uid"]) for r in records)
            missing = sorted(set(range(1, 1001)) - set(seen))
            print(
                "\nMISSING",
                missing[:80],
                "CHECKPOINT",
                store.checkpoint("INBOX"),
                "FLAGS",
                account.flags()[missing[0]] if missing else "",
            )
    assert len(records) == 1000 and len({r["location"] for r in records}) == 1000  # each message once
    per_message = collections.Counter(mid for c in cases for mid in c["message_ids"])
    assert max(per_message.values()) == 1  # no message filed twice
    refs = collections.Counter(
        message_from_bytes(r.data)["X-Clerk-Inbox-Agent"]
        for r in smtp.received
        if "clerk@thurcastonandcropston.org.uk" not in r.rcpt_tos
    )
    assert refs and max(refs.values()) == 1  # no case acknowledged twice
    with Store(tmp_path / "data", readonly=True) as store:
        acks = [e for e in store.outbox_entries() if e.kind == "ack"]
    states = collections.Counter(e.state for e in acks)
    assert set(states) <= {"sent", "unconfirmed"} and states["unconfirmed"] <= kills  # at most one in doubt per kill
    # What the store calls sent, the server got; an unconfirmed one may or may not have gone (in doubt, never resent).
    assert states["sent"] <= len(refs) <= states["sent"] + states["unconfirmed"]
    print(
        f"\nkill test: {runs} runs, {kills} kills, 1000 messages ({before_final} recorded before the final run), "
        f"{len(cases)} cases, {states['sent']} acknowledgements sent, "
        f"{states['unconfirmed']} unconfirmed, 0 duplicates"
    )


def _working_in(folder: Path) -> list[int]:
    """The processes whose working folder is `folder`: the agent's, and any worker it forked."""
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            with contextlib.suppress(OSError):
                if Path(os.readlink(proc / "cwd")) == folder:
                    found.append(int(proc.name))
    return found


def test_hostile_input_is_handled_within_the_limits_and_writes_nothing_outside_data_dir(tmp_path):
    head = b"From: a@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
    parts = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % i for i in range(100_000))
    nested = b"".join(b'Content-Type: multipart/mixed; boundary="n%d"\r\n\r\n--n%d\r\n' % (i, i) for i in range(10_000))
    hostile = [
        head
        + b"Message-ID: <parts@x>\r\n"
        + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        + parts
        + b"--b--\r\n",
        head + b"Message-ID: <deep@x>\r\n" + nested + b"Content-Type: text/plain\r\n\r\nI know where you live\r\n",
        head + b"Message-ID: <big@x>\r\nContent-Type: text/plain\r\n\r\n" + (b"x" * 76 + b"\r\n") * 400_000,
    ]
    for n, name in enumerate((b"../../etc/passwd", b"..\\\\..\\\\x", b"a\x00b", b"n" * 300)):
        hostile.append(
            head + b"Message-ID: <att%d@x>\r\n" % n + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
            b"--b\r\nContent-Type: text/plain\r\n\r\nI want to complain, it is a disgrace.\r\n--b\r\n"
            b'Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="'
            + name
            + b'"\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8=\r\n--b--\r\n'
        )
    import mailbox

    box = mailbox.Maildir(tmp_path / "Maildir", create=True)
    for raw in hostile:
        box.add(raw)  # as bytes: the test harness must not parse them either
    before = {p for p in tmp_path.rglob("*")}
    started = time.monotonic()
    report = run_poll(tmp_path)
    assert time.monotonic() - started < 60
    assert sum(report.counts.get(d, 0) for d in DISPOSITIONS) == len(hostile)
    assert report.counts["quarantined"] == 1 and report.counts["filed"] == 4  # the four complaints with hostile names
    written = {p for p in tmp_path.rglob("*")} - before
    assert all(p.is_relative_to(tmp_path / "data") or p.is_relative_to(tmp_path / "sent") for p in written)
    names = {p.name for p in written}
    assert not any("passwd" in n or "\x00" in n or n.startswith("nnnnn") for n in names)
    with Store(tmp_path / "data", readonly=True) as store:
        [deep] = [r for r in store.message_records() if r.disposition == "quarantined"]
        assert "RecursionError" in deep.reason and store.evidence_path(deep.evidence).exists()


def test_a_refused_password_is_emailed_to_the_clerk_once_and_never_shows_the_password(account, smtp, tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="inbox_agent")
    env = settings_for(account, smtp, tmp_path, IMAP_PASSWORD="canary-Wr0ng-Pa55", POLL_SECONDS="60")
    timeline = Timeline()
    first = agent_for(env, timeline)
    attempts = polls_of(first, timeline)
    timeline.run(first, 25)  # at 0 s, then at the latest 7.5 s and 22.5 s: three attempts with back-off
    first_log, _ = caplog.text, caplog.clear()
    timeline.run(agent_for(env, timeline), 1)  # a restart tries at once, and does not email again
    assert len(attempts) >= 3
    alerts = [r for r in smtp.received if r.rcpt_tos == ["clerk@thurcastonandcropston.org.uk"]]
    assert len(alerts) == 1
    body = alerts[0].data.decode()
    assert "refused the login" in body and "IMAP_PASSWORD" in body and "needs attention" in body
    for text in (first_log, caplog.text, body):
        assert "canary-Wr0ng-Pa55" not in text and "Traceback" not in text
    assert first_log.count("refused the login") == 1


@pytest.mark.servers
def test_a_batch_of_ten_with_one_unknown_charset_files_nine_and_quarantines_one(account, smtp, agent, tmp_path):
    from test_acknowledgements import append_many, crlf

    corpus = sorted((ROOT / "tests" / "corpus").rglob("*.eml"))
    good = [crlf(p.read_bytes()) for p in corpus[:9]]
    broken = crlf(
        b"From: Resident <resident@example.org>\nTo: clerk@thurcastonandcropston.org.uk\nSubject: Bins\n"
        b"Message-ID: <bogus@example.org>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=bogus\n\n"
        b"I wish to make a complaint: the bins on Station Road were not collected \xe9 again.\n"
    )
    append_many(account, [*good[:4], broken, *good[4:]])
    result = poll(agent, settings_for(account, smtp, tmp_path, ACK_SINCE="2000-01-01"))
    assert sum(result["counts"].get(d, 0) for d in DISPOSITIONS) == 10 and result["counts"]["quarantined"] == 1
    _, records = load_cases(tmp_path)
    [held] = [r for r in records if r["disposition"] == "quarantined"]
    assert held["message_id"] == "<bogus@example.org>" and "unknown charset 'bogus'" in held["reason"]
    assert held["looks_like"] == "complaint"  # the best guess is kept for the Clerk, but nothing is acknowledged
    assert len([r for r in records if r["disposition"] in ("filed", "no_case", "threaded")]) == 9
    assert smtp.received and all("resident@example.org" not in m.rcpt_tos for m in smtp.received)
    listed = agent("quarantine", "list", env={"DATA_DIR": str(tmp_path / "data")})
    assert "unknown charset 'bogus'" in listed.stdout


def test_a_threat_in_an_unknown_charset_is_still_filed_and_alerted(tmp_path):
    raw = (
        b"From: X <x@example.org>\nSubject: you\nMessage-ID: <t@example.org>\n"
        b"Content-Type: text/plain; charset=x-nobody\n\n"
        b"I will kill you, clerk.\n"
    )
    maildir_with(tmp_path, raw)
    run_poll(tmp_path)
    with Store(tmp_path / "data", readonly=True) as store:
        [case] = store.cases()
        assert case.category == "threat" and any(e.kind == "unreadable" for e in case.history)
        assert [e.kind for e in store.outbox_entries()].count("alert") == 1


def wait_until(condition, timeout: float, step: float = 0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    return condition()


def filed_message_ids(tmp_path) -> list[str]:
    if not (tmp_path / "data" / "store.json").exists():
        return []
    with Store(tmp_path / "data", readonly=True) as store:
        return [r.message_id or "" for r in store.message_records() if r.disposition == "filed"]


def resident(i: int, topic: str = "idle") -> bytes:
    from test_acknowledgements import crlf

    return crlf(
        f"From: Resident {i} <{topic}{i}@example.org>\nTo: clerk@thurcastonandcropston.org.uk\n"
        f"Subject: Complaint about the bus shelter {i}\nMessage-ID: <{topic}-{i}@example.org>\n"
        f"Date: {time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime())}\n\n"
        "I wish to make a complaint: the bus shelter on Anstey Lane has been broken for weeks.\n".encode()
    )


def doveadm(dovecot, *args: str) -> str:
    return subprocess.run(
        [dovecot.doveadm, "-c", str(dovecot.conf), *args], capture_output=True, text=True, timeout=30
    ).stdout


def deliver(account, topic: str, count: int) -> list[str]:
    from test_acknowledgements import append_many

    append_many(account, [resident(i, topic) for i in range(count)])
    return [f"<{topic}-{i}@example.org>" for i in range(count)]


def start_agent(tmp_path, env) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "run.py"), "run"],
        cwd=tmp_path,
        env=clean_env(**env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stop_agent(process: subprocess.Popen) -> str:
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr
    return stderr


def assert_each_once(tmp_path, smtp, ids: list[str]) -> None:
    import collections
    from email import message_from_bytes

    _, records = load_cases(tmp_path)
    filed = collections.Counter(r.get("message_id") for r in records)
    assert all(filed[i] == 1 for i in ids), filed  # every message recorded, and only once
    acks = collections.Counter(
        message_from_bytes(r.data)["In-Reply-To"]
        for r in smtp.received
        if "clerk@thurcastonandcropston.org.uk" not in r.rcpt_tos
    )
    assert all(acks[i] == 1 for i in ids), acks  # one acknowledgement each, never two


@pytest.mark.long
@pytest.mark.servers
def test_idle_turns_new_mail_into_a_case_within_seconds_and_survives_killed_connections(
    dovecot, account, smtp, tmp_path
):
    env = settings_for(account, smtp, tmp_path, POLL_SECONDS="3600")  # only IDLE can wake it after the first poll
    process = start_agent(tmp_path, env)
    try:
        assert wait_until(lambda: (tmp_path / "data" / "health.json").exists(), 20)
        time.sleep(1.5)  # the IDLE connection opens after the first poll; INTERNALDATE has one-second resolution
        sent_at = time.monotonic()
        account.append(resident(0))
        assert wait_until(lambda: "<idle-0@example.org>" in filed_message_ids(tmp_path), 30)
        latency = time.monotonic() - sent_at
        assert latency < 30  # the issue allows a minute; the poll interval here is an hour
        ids = ["<idle-0@example.org>"]
        for i in range(
            1, 6
        ):  # kill every connection of the mailbox, then deliver: each kill is noticed and mail still arrives
            # Listening again, then kicked: the connection `who` saw may close before the kick on a busy machine
            # (a poll's own connection), so kick until a kick finds one.
            assert wait_until(lambda: account.user in doveadm(dovecot, "who"), 30)
            assert wait_until(lambda: account.user in doveadm(dovecot, "kick", account.user), 30)
            account.append(resident(i))
            ids.append(f"<idle-{i}@example.org>")
            assert wait_until(lambda: ids[-1] in filed_message_ids(tmp_path), 60), f"message {i} not filed after a kick"
    finally:
        stderr = stop_agent(process)
    assert stderr.count("IDLE connection") >= 5  # each kill was seen (and logged once, not in a loop)
    assert_each_once(tmp_path, smtp, ids)
    print(
        f"\nIDLE: new mail filed {latency:.1f} s after delivery; 5 killed connections, {len(ids)} messages, "
        "0 duplicates"
    )


@pytest.mark.servers
def test_idle_is_reissued_before_the_29_minute_limit_and_reports_new_mail(account):
    from inbox_agent.config import load_settings
    from inbox_agent.mail.imap import IDLE_RENEW_SECONDS, ImapWatch

    assert IDLE_RENEW_SECONDS < 29 * 60  # RFC 2177
    settings = load_settings(None, environ=account.env(), need_imap=True)
    timeline = Timeline()
    watch = ImapWatch(settings.imap, "INBOX", renew=IDLE_RENEW_SECONDS, monotonic=timeline.monotonic)
    assert watch.open()
    try:
        assert watch.wait(0.2) is False  # nothing new: the time passes quietly
        first = watch._since
        timeline.elapsed += IDLE_RENEW_SECONDS  # 25 minutes later, by the watch's clock
        assert watch.wait(0.2) is False and watch._since > first  # DONE, then IDLE again, on the same connection
        account.append(resident(0, "renew"))
        assert wait_until(lambda: watch.wait(1.0), 10)  # the server's EXISTS wakes it
        assert watch.wait(0.2) is False  # and what it said was read in full: no second wake for the same mail
    finally:
        watch.close()


def test_a_log_record_is_one_line_whatever_it_carries():
    import logging

    from inbox_agent.app.logs import OneLineFormatter

    record = logging.LogRecord(
        "inbox_agent", logging.INFO, __file__, 1, "subject %s", ("Hi\r\n2026-11-24 ERROR forged",), None
    )
    line = OneLineFormatter("%(levelname)s %(message)s").format(record)
    assert "\n" not in line and "\r" not in line and line.endswith("Hi\\r\\n2026-11-24 ERROR forged")
    try:
        raise ValueError("boom")
    except ValueError:
        import sys as _sys

        record.exc_info = _sys.exc_info()
    assert "\n" not in OneLineFormatter().format(record)  # a traceback too stays on its line


@pytest.mark.servers
def test_logs_are_rotated_one_line_per_event_with_references_not_bodies_and_no_secrets(account, smtp, agent, tmp_path):
    import re

    from test_acknowledgements import append_many

    append_many(account, [resident(i, "log") for i in range(40)])
    env = settings_for(
        account,
        smtp,
        tmp_path,
        ACK_SINCE="2000-01-01",
        ACK_GLOBAL_CAPS="1000/1h",
        LOG_FILE_BYTES="1000",
        LOG_FILE_COUNT="3",
    )
    poll(agent, env)
    refused = agent("poll", "--once", env={**env, "IMAP_PASSWORD": "canary-imap-Pa55"})
    assert refused.returncode != 0 and "refused the login" in refused.stderr
    logs = sorted((tmp_path / "data" / "logs").iterdir())
    assert [p.name for p in logs] == ["agent.log", "agent.log.1", "agent.log.2", "agent.log.3"]  # rotated, 3 kept
    assert all(p.stat().st_size <= 1300 for p in logs)
    text = "".join(p.read_text() for p in logs)
    lines = text.splitlines()
    assert all(
        re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ [A-Z]+ ", line) for line in lines
    )  # each line is one event
    assert re.search(r"INBOX \d+ -> filed TCPC-\d{4}-\d{4}", text)  # case references ...
    assert "bus shelter" not in text and "log7@example.org" not in text  # ... not bodies, subjects or addresses
    for secret in (account.password, smtp.password, "canary-imap-Pa55"):
        assert secret not in text and secret not in refused.stderr
    assert "refused the login" in logs[0].read_text()  # the latest file has the latest event


@pytest.fixture
def small_disk(tmp_path):
    """DATA_DIR on a 1 MB tmpfs of its own, where the machine allows mounting one (as root in CI)."""
    data = tmp_path / "data"
    data.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(data)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        unavailable(f"this machine does not allow mounting a tmpfs: {mounted.stderr.strip()}")
    yield data
    subprocess.run(["umount", "-l", str(data)], check=True)


def fill(folder, leave: int) -> None:
    """Fill the file system, leaving about `leave` bytes."""
    import os

    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    with open(folder / "filler", "wb") as handle:
        handle.write(b"\0" * max(0, free - leave))


@pytest.mark.servers
@pytest.mark.parametrize(
    "leave, failing", [(0, "/evidence/"), (8192, "/store.json")], ids=["evidence-write", "store-write"]
)
def test_a_full_disk_gives_a_clear_error_keeps_the_old_store_and_retries_the_message(
    account, smtp, agent, tmp_path, small_disk, leave, failing
):
    env = settings_for(account, smtp, tmp_path, ACK_SINCE="2000-01-01")
    from test_acknowledgements import append_many

    append_many(account, [resident(i, "disk") for i in range(8)])
    assert poll(agent, env)["counts"] == {"filed": 8}
    before = (small_disk / "store.json").read_bytes()
    fill(small_disk, leave)
    account.append(resident(8, "disk"))
    failed = agent("poll", "--once", env=env)
    assert failed.returncode != 0 and "Traceback" not in failed.stderr
    assert "No space left on device" in failed.stderr and "check that the disk is not full" in failed.stderr
    assert failing in failed.stderr
    assert (small_disk / "store.json").read_bytes() == before  # the old store, byte for byte
    assert not list(small_disk.rglob(".*.tmp"))  # no half-written temporaries
    with Store(small_disk, readonly=True) as store:
        assert len(store.cases()) == 8
    (small_disk / "filler").unlink()  # space is freed: the next poll files the message, once
    assert poll(agent, env)["counts"] == {"filed": 1}
    assert_each_once(tmp_path, smtp, [f"<disk-{i}@example.org>" for i in range(9)])


@pytest.fixture
def own_dovecot():
    """A Dovecot of this test's own, which it may stop and start without disturbing the others."""
    server = start_dovecot()
    yield server
    server.cleanup()


class KillAfterSends:
    """The agent's SMTP transport, which kills Dovecot as the agent starts its `n`th batch of sending: in the middle
    of a backlog, at the same point on a fast machine as on a slow one."""

    def __init__(self, transport, n: int, kill) -> None:
        self.transport, self.n, self.kill, self.sessions = transport, n, kill, 0

    def session(self):
        self.sessions += 1
        if self.sessions == self.n:
            self.kill()
        return self.transport.session()


@pytest.mark.servers
def test_stopping_dovecot_mid_run_and_starting_it_again_loses_and_duplicates_nothing(
    own_dovecot, smtp, tmp_path, caplog
):
    caplog.set_level(logging.INFO, logger="inbox_agent")
    account = own_dovecot.add_account()
    env = settings_for(
        account, smtp, tmp_path, POLL_SECONDS="5", FETCH_CHUNK="5", ACK_GLOBAL_CAPS="1000/1h", ACK_SINCE="2000-01-01"
    )
    ids = deliver(account, "restart", 100)
    timeline = Timeline()
    agent = agent_for(env, timeline)
    stopped_at: list[int] = []

    def kill() -> None:  # after a few chunks of five are filed and committed
        own_dovecot.kill()
        stopped_at.append(len(filed_message_ids(tmp_path)))
        timeline.at(timeline.elapsed + 3, own_dovecot.start)  # started again 3 s later, by the agent's clock

    agent.transport = KillAfterSends(agent.transport, 3, kill)
    timeline.run(agent, 600, done=lambda: len(smtp.received) >= 100)
    assert len(filed_message_ids(tmp_path)) == 100
    [filed_before] = stopped_at
    assert 0 < filed_before < 100  # it really was stopped mid-run
    log = caplog.text
    assert "lost the connection to the IMAP server" in log or "cannot connect to the IMAP server" in log, log
    assert "working again" in log and "Traceback" not in log
    assert_each_once(tmp_path, smtp, ids)


@pytest.mark.servers
def test_an_smtp_server_that_refuses_connections_for_a_while_gets_each_acknowledgement_once(account, tmp_path, caplog):
    from servers import SmtpSink, free_port

    caplog.set_level(logging.INFO, logger="inbox_agent")
    sink = SmtpSink(port=free_port())  # made, not started: connections to its port are refused
    env = settings_for(account, sink, tmp_path, POLL_SECONDS="5", OUTBOX_RETRY_SECONDS="1", ACK_SINCE="2000-01-01")
    timeline = Timeline()
    agent = agent_for(env, timeline)
    ids: list[str] = []
    timeline.at(1, lambda: ids.extend(deliver(account, "smtp-down", 5)))  # after the first poll
    timeline.at(20, sink.start)  # refused until then: three polls try and fail meanwhile
    try:
        timeline.run(agent, 60)  # and 40 s more, in which nothing more may come
    finally:
        if sink.controller.loop.is_running():
            sink.stop()
        else:
            sink.controller.loop.close()
    assert len(filed_message_ids(tmp_path)) == 5
    with Store(tmp_path / "data", readonly=True) as store:
        acks = [e for e in store.outbox_entries() if e.kind == "ack"]
    assert len(acks) == 5 and all(e.state == "sent" and e.attempts >= 3 for e in acks), acks
    assert_each_once(tmp_path, sink, ids)
    assert caplog.text.count("connection refused") == 1  # logged once while down, not at every attempt
    assert "the SMTP server takes mail again" in caplog.text
