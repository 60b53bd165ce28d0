"""From the Clerk's IMAP inbox to a filed case and a sent acknowledgement, against real Dovecot and SMTP."""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import replace
from email import message_from_bytes, policy

import pytest
from conftest import message_file

from inbox_agent.store.database import Store

pytestmark = pytest.mark.servers

FIVE = ("complaint.eml", "abusive.eml", "enquiry.eml", "out_of_office.eml", "bounce.eml")


def settings_for(account, smtp, tmp_path, **extra):
    return {**account.env(), **smtp.env(), "DATA_DIR": str(tmp_path / "data"), **extra}


def poll(agent, env):
    result = agent("poll", "--once", "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout)


def load_cases(tmp_path):
    """The cases and message records as the store holds them on disk: documents, as an operator would read them."""
    with Store(tmp_path / "data", readonly=True) as store:
        return [c.to_doc() for c in store.cases()], [r.to_doc() for r in store.message_records()]


def test_poll_files_cases_and_sends_exactly_the_right_acknowledgements(account, smtp, agent, tmp_path):
    env = settings_for(account, smtp, tmp_path)
    first = poll(agent, env)  # the first run, on an empty inbox, sets the start time
    assert first["counts"] == {}
    for name in FIVE:  # INTERNALDATE has one-second resolution: a second on, it is surely after the start
        account.append(message_file(name), when=time.time() + 1)

    second = poll(agent, env)
    assert second["counts"] == {"filed": 2, "no_case": 3}
    assert second["mail"]["sent"] == 2

    cases, records = load_cases(tmp_path)
    by_sender = {c["sender"]: c for c in cases}
    assert set(by_sender) == {"m.collins@example.net", "drowe1970@example.com"}
    assert by_sender["m.collins@example.net"]["category"] == "complaint"
    assert by_sender["drowe1970@example.com"]["category"] == "abusive"
    assert all(c["status"] == "acknowledged" for c in cases)
    assert [c["ref"] for c in cases] == [f"TCPC-{time.gmtime().tm_year}-0001", f"TCPC-{time.gmtime().tm_year}-0002"]
    dispositions = {r["message_id"]: (r["disposition"], r.get("category")) for r in records}
    assert dispositions["<7c1e2a90-allot@example.org>"] == ("no_case", "enquiry")
    assert dispositions["<ooo-5521@example.com>"] == ("no_case", "automated")
    assert dispositions["<20261124082000.B1@mx.example.net>"] == ("no_case", "automated")

    # Evidence: the raw message, byte for byte, named by its SHA-256.
    with Store(tmp_path / "data", readonly=True) as store:
        for case in cases:
            digest = case["messages"][0]["evidence"]
            kept = store.evidence_path(digest).read_bytes()
            assert hashlib.sha256(kept).hexdigest() == digest
            assert kept == message_file("complaint.eml" if case["category"] == "complaint" else "abusive.eml")

    sent = smtp.received
    assert sorted(r.rcpt_tos[0] for r in sent) == ["drowe1970@example.com", "m.collins@example.net"]
    for received in sent:
        assert len(received.rcpt_tos) == 1
        assert received.login == "agent"  # authenticated
        assert received.mail_from == "clerk@thurcastonandcropston.org.uk"
        mail = message_from_bytes(received.data, policy=policy.default)
        case = by_sender[received.rcpt_tos[0]]
        original = message_from_bytes(
            message_file("complaint.eml" if case["category"] == "complaint" else "abusive.eml")
        )
        assert mail["Auto-Submitted"] == "auto-replied"
        assert mail["In-Reply-To"] == original["Message-ID"]
        assert original["Message-ID"] in mail["References"]
        assert case["ref"] in mail["Subject"]
        assert mail["X-Clerk-Inbox-Agent"] == case["ref"]
        assert mail["To"].addresses[0].addr_spec == received.rcpt_tos[0]
        assert mail.get_content_type() == "text/plain"
        body = mail.get_content()
        assert case["ref"] in body
        assert "0116 2367626" in body and "clerk@thurcastonandcropston.org.uk" in body
        if case["category"] == "abusive":
            assert "Paragraph 3.2:" in body and "record and report abuse" in body

    # The Clerk's unread mail is still unread.
    assert all("\\Seen" not in flags for flags in account.flags().values())
    assert len(account.flags()) == 5

    third = poll(agent, env)
    assert third["counts"] == {} and not any(third["mail"].values())
    assert len(smtp.received) == 2
    assert load_cases(tmp_path)[0] == cases


def test_mail_from_before_the_first_run_is_recorded_but_never_acknowledged(account, smtp, agent, tmp_path):
    env = settings_for(account, smtp, tmp_path)
    account.append(message_file("complaint.eml"), when=time.time() - 86400)
    account.append(message_file("abusive.eml"), when=time.time() - 3600)
    result = poll(agent, env)
    assert result["counts"] == {"before_start": 2}
    assert smtp.received == []
    cases, records = load_cases(tmp_path)
    assert cases == [] and {r["disposition"] for r in records} == {"before_start"}


def test_threat_alerts_the_clerk_once(account, smtp, agent, tmp_path):
    env = settings_for(account, smtp, tmp_path, ALERT_EMAILS="chair@example.org", ACK_SINCE="2020-01-01")
    account.append(
        b"From: anon4471@example.com\r\nTo: clerk@thurcastonandcropston.org.uk\r\nSubject: a warning\r\n"
        b"Message-ID: <threat-1@example.com>\r\n\r\nI know where you live. Watch your back.\r\n"
    )
    poll(agent, env)
    poll(agent, env)
    alerts = [r for r in smtp.received if "clerk@thurcastonandcropston.org.uk" in r.rcpt_tos]
    assert len(alerts) == 1
    assert sorted(alerts[0].rcpt_tos) == ["chair@example.org", "clerk@thurcastonandcropston.org.uk"]
    alert = message_from_bytes(alerts[0].data, policy=policy.default)
    assert alert["Auto-Submitted"] == "auto-generated"
    body = alert.get_content()
    assert "i know where you live" in body and "anon4471@example.com" in body and "3.5" in body
    acks = [r for r in smtp.received if r.rcpt_tos == ["anon4471@example.com"]]
    assert acks == []  # held for the Clerk (rules.yaml: acknowledge: hold); see test_case_flow.py


def test_a_threat_from_a_no_reply_address_is_filed_and_alerted_and_nothing_is_sent_to_it(
    account, smtp, agent, tmp_path
):
    env = settings_for(account, smtp, tmp_path, ALERT_EMAILS="chair@example.org", ACK_SINCE="2020-01-01")
    account.append(
        b"From: Concerned <no-reply-anon@example.net>\r\nTo: clerk@thurcastonandcropston.org.uk\r\n"
        b"Subject: Final warning\r\nMessage-ID: <threat-noreply@example.net>\r\n\r\n"
        b"Vote for the mast on Monday and you will regret it. I know where you live.\r\n"
    )
    poll(agent, env)
    cases, records = load_cases(tmp_path)
    assert [(c["category"], c["sender"]) for c in cases] == [("threat", "no-reply-anon@example.net")]
    assert any(e["kind"] == "not_acknowledged" and "automatic mail" in e["note"] for e in cases[0]["history"])
    assert [r["disposition"] for r in records] == ["filed"]
    alerts = [r for r in smtp.received if "clerk@thurcastonandcropston.org.uk" in r.rcpt_tos]
    assert len(alerts) == 1 and "no-reply-anon@example.net" in alerts[0].data.decode()
    assert not [r for r in smtp.received if "no-reply-anon@example.net" in r.rcpt_tos]


def test_a_possible_threat_waits_for_review_and_alerts_the_clerk_today(account, smtp, agent, tmp_path):
    """A veiled one-line threat the model reads at 0.78: under the 0.8 it needs to decide one in a line or two, over
    the 0.5 at which a suspicion alerts (rules.yaml: alert_above). The case waits for review as an enquiry, the sender
    hears nothing, and the Clerk and ALERT_EMAILS get an alert that says it is only possible."""
    env = settings_for(account, smtp, tmp_path, ALERT_EMAILS="chair@example.org", ACK_SINCE="2020-01-01")
    account.append(
        b"From: someone <s.k.1988@example.com>\r\nTo: clerk@thurcastonandcropston.org.uk\r\nSubject: park\r\n"
        b"Message-ID: <veiled-1@example.com>\r\n\r\nif i was u id watch out, my mates r proper angry\r\n"
    )
    assert poll(agent, env)["counts"] == {"filed": 1, "needs_review": 1, "alerts_queued": 1}
    poll(agent, env)
    cases, _ = load_cases(tmp_path)
    assert [(c["category"], c["status"]) for c in cases] == [("enquiry", "needs_review")]
    ref = cases[0]["ref"]
    assert any(e["kind"] == "alert_queued" and e["note"].startswith("possible threat: ") for e in cases[0]["history"])
    assert not [r for r in smtp.received if "s.k.1988@example.com" in r.rcpt_tos]
    alerts = [r for r in smtp.received if "clerk@thurcastonandcropston.org.uk" in r.rcpt_tos]
    assert len(alerts) == 1 and sorted(alerts[0].rcpt_tos) == [
        "chair@example.org",
        "clerk@thurcastonandcropston.org.uk",
    ]
    alert = message_from_bytes(alerts[0].data, policy=policy.default)
    assert alert["Subject"] == f"URGENT: possible threat, please check [{ref}]"
    assert alert["Importance"] == "high" and alert["Auto-Submitted"] == "auto-generated"
    body = " ".join(alert.get_content().split())
    assert (
        'may be "Threat or possible criminal matter"' in body
        and 'waits for your review (status "needs review")' in body
    )
    assert "the learned model reads threat at p=0.7" in body or "may be a threat (p=0.7" in body
    assert f"python run.py cases reclassify {ref} threat" in body and "enquiry for now, needs review" in body
    assert "s.k.1988@example.com" in body and "No acknowledgement has been sent" in body


def test_a_possible_threat_in_a_reply_to_a_case_waiting_for_review_alerts_the_clerk_today(
    account, smtp, agent, tmp_path
):
    """The case already waits for the Clerk over a weak cue, with no alert: the veiled threat in the sender's reply
    is noted in its history and alerts her at once, as it would in a new message."""
    env = settings_for(account, smtp, tmp_path, ACK_SINCE="2020-01-01")
    account.append(
        b"From: Pat <pat.r@example.com>\r\nTo: clerk@thurcastonandcropston.org.uk\r\nSubject: facebook\r\n"
        b"Message-ID: <fb-1@example.com>\r\n\r\nSomeone posted horrible comments about the chair on the village "
        b"Facebook page, calling her a stupid cow. Can the council do anything?\r\n"
    )
    assert poll(agent, env)["counts"] == {"filed": 1, "needs_review": 1}
    assert smtp.received == []
    account.append(
        b"From: Pat <pat.r@example.com>\r\nTo: clerk@thurcastonandcropston.org.uk\r\nSubject: Re: facebook\r\n"
        b"Message-ID: <fb-2@example.com>\r\nIn-Reply-To: <fb-1@example.com>\r\n\r\n"
        b"if i was u id watch out, my mates r proper angry\r\n"
    )
    assert poll(agent, env)["counts"] == {"threaded": 1, "alerts_queued": 1}
    (case,), _ = load_cases(tmp_path)
    assert (case["category"], case["status"], len(case["messages"])) == ("abuse_report", "needs_review", 2)
    assert any(
        e["kind"] == "needs_review" and e["note"].startswith("a reply from pat.r@example.com while the case waits")
        for e in case["history"]
    )
    (alert,) = smtp.received
    assert alert.rcpt_tos == ["clerk@thurcastonandcropston.org.uk"]
    sent = message_from_bytes(alert.data, policy=policy.default)
    assert sent["Subject"] == f"URGENT: possible threat, please check [{case['ref']}]"
    body = " ".join(sent.get_content().split())
    assert "a reply from pat.r@example.com in this case" in body and "pat.r@example.com" in body


def test_uidvalidity_reset_files_and_sends_nothing_twice(account, smtp, agent, tmp_path):
    env = settings_for(account, smtp, tmp_path, IMAP_FOLDERS="Council", ACK_SINCE="2020-01-01")
    raws = [message_file(n) for n in ("complaint.eml", "abusive.eml", "enquiry.eml")]
    for raw in raws:
        account.append(raw, folder="Council")
    poll(agent, env)
    before = account.uidvalidity("Council")
    cases_before, _ = load_cases(tmp_path)
    assert len(cases_before) == 2 and len(smtp.received) == 2

    assert account.run("delete", "Council")[0] == "OK"
    time.sleep(1.1)
    for raw in raws:
        account.append(raw, folder="Council")
    assert account.uidvalidity("Council") != before  # the premise of the test

    result = poll(agent, env)
    assert result["counts"] == {"duplicate": 3}
    assert len(smtp.received) == 2
    cases_after, records = load_cases(tmp_path)
    assert cases_after == cases_before
    assert sorted(r["disposition"] for r in records) == ["duplicate"] * 3 + ["filed", "filed", "no_case"]


def test_wrong_password_is_one_clear_line(account, smtp, agent, tmp_path):
    env = settings_for(account, smtp, tmp_path, IMAP_PASSWORD="canary-Wr0ng-Passw0rd")
    result = agent("poll", "--once", env=env)
    assert result.returncode == 1
    assert "refused the login" in result.stderr and "IMAP_PASSWORD" in result.stderr
    assert "canary-Wr0ng-Passw0rd" not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


def test_server_down_is_one_clear_line(smtp, agent, tmp_path):
    from servers import free_port

    env = {
        **smtp.env(),
        "IMAP_HOST": "127.0.0.1",
        "IMAP_PORT": str(free_port()),
        "IMAP_USER": "clerk",
        "IMAP_PASSWORD": "x",
        "IMAP_SECURITY": "plain",
        "DATA_DIR": str(tmp_path / "data"),
    }
    result = agent("poll", "--once", env=env)
    assert result.returncode == 1
    assert "cannot connect to the IMAP server" in result.stderr and "connection refused" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_smtp_down_keeps_the_acknowledgement_queued_then_sends_it_once(account, smtp, agent, tmp_path):
    from servers import free_port

    env = settings_for(account, smtp, tmp_path, ACK_SINCE="2020-01-01")
    account.append(message_file("complaint.eml"))
    result = poll(agent, {**env, "SMTP_PORT": str(free_port())})
    assert result["counts"] == {"filed": 1} and result["mail"] == {"failed": 0, "retry": 1, "sent": 0, "unconfirmed": 0}
    with Store(tmp_path / "data", readonly=True) as store:
        [entry] = store.outbox_entries()
        assert entry.state == "queued" and "connection refused" in entry.last_error
        # bring the retry forward, as time passing would
    with Store(tmp_path / "data") as store:
        store.put_outbox(replace(entry, next_attempt=entry.queued))
        store.commit()
    poll(agent, env)
    poll(agent, env)
    assert [r.rcpt_tos for r in smtp.received] == [["m.collins@example.net"]]


def test_run_polls_until_sigterm_then_exits_cleanly(account, smtp, tmp_path):
    import signal
    import subprocess
    import sys

    from conftest import ROOT, clean_env

    env = clean_env(**settings_for(account, smtp, tmp_path, POLL_SECONDS="5", ACK_SINCE="2020-01-01"))
    with subprocess.Popen(
        [sys.executable, str(ROOT / "run.py"), "run"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:

        def wait_for(count: int) -> None:
            deadline = time.monotonic() + 30
            while len(smtp.received) < count and time.monotonic() < deadline and process.poll() is None:
                time.sleep(0.2)
            if len(smtp.received) != count:
                process.kill()
                pytest.fail(f"expected {count} messages; agent said: {process.communicate()[1][-2000:]}")

        account.append(message_file("complaint.eml"))
        wait_for(1)
        account.append(message_file("abusive.eml"))  # picked up by a later scheduled poll
        wait_for(2)
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=20)
    assert process.returncode == 0
    assert "received SIGTERM" in stderr and "agent stopped" in stderr and "Traceback" not in stderr
    assert len(load_cases(tmp_path)[0]) == 2


def test_old_mail_is_not_downloaded_and_a_backfill_files_it_without_acknowledging(account, smtp, agent, tmp_path):
    env = settings_for(account, smtp, tmp_path)
    for name, days in (("complaint.eml", 30), ("abusive.eml", 10), ("enquiry.eml", 200)):
        account.append(message_file(name), when=time.time() - days * 86400)
    assert poll(agent, env)["counts"] == {"before_start": 3}
    _, records = load_cases(tmp_path)
    assert {(r["size"], r["reason"]) for r in records} == {(0, "arrived before the start; not downloaded")}

    result = agent("poll", "--once", "--json", "--backfill", "60", env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["counts"] == {"filed": 2}
    cases, records = load_cases(tmp_path)
    assert sorted(r["disposition"] for r in records) == ["before_start", "filed", "filed"]  # the 200-day-old stays out
    assert sorted(c["category"] for c in cases) == ["abusive", "complaint"]
    assert all("filed for the record by a backfill" in c["history"][-1]["note"] for c in cases)
    assert smtp.received == []
    assert poll(agent, env)["counts"] == {}


def test_using_the_sent_folder_between_chunks_never_reads_the_wrong_folder(account, smtp, tmp_path):
    """Delivery between chunks may select the Sent folder on the same connection (after a crash, to check an
    acknowledgement in doubt); the next chunk must still be fetched from the inbox, or mail is lost."""
    from inbox_agent.config import load_settings
    from inbox_agent.mail.imap import ImapSource

    for i in range(6):
        account.append(
            message_file("complaint.eml").replace(b"<20261123181240.4412@mail.example.net>", f"<inbox-{i}@x>".encode())
        )
        account.append(
            b"From: clerk@thurcastonandcropston.org.uk\r\nMessage-ID: <sent-%d@x>\r\n\r\nours\r\n" % i, folder="Sent"
        )
    settings = load_settings(None, environ={**account.env(), "DATA_DIR": str(tmp_path)})
    with ImapSource(settings.imap, ("INBOX",)) as source:
        sent = source.sent_folder("auto")
        seen = []
        for chunk in source.fetch_new("INBOX", None, 2):
            seen += [f.raw.split(b"Message-ID: ")[1].split(b"\r\n")[0] for f in chunk]
            assert sent.contains("<sent-0@x>")  # selects the Sent folder, as crash recovery does
    assert seen == [f"<inbox-{i}@x>".encode() for i in range(6)]


def test_a_message_over_max_message_bytes_is_filed_from_its_headers_and_flagged(account, smtp, agent, tmp_path):
    env = settings_for(account, smtp, tmp_path, ACK_SINCE="2000-01-01", MAX_MESSAGE_BYTES="100000")
    big = (
        b"From: Photo Sender <photos@example.org>\r\nSubject: Formal complaint about fly-tipping\r\n"
        b"Message-ID: <big-1@example.org>\r\nContent-Type: text/plain\r\n\r\n" + b"p" * 300_000 + b"\r\n"
    )
    account.append(big)
    account.append(message_file("enquiry.eml"))
    result = poll(agent, env)
    assert result["counts"] == {"filed": 1, "no_case": 1, "too_big": 1}
    cases, records = load_cases(tmp_path)
    [case] = cases
    assert case["category"] == "complaint" and "filed from its headers only" in case["too_big"]
    [record] = [r for r in records if r.get("too_big")]
    assert record["size"] >= 300_000
    with Store(tmp_path / "data", readonly=True) as store:
        kept = store.evidence_path(case["messages"][0]["evidence"]).read_bytes()
    assert len(kept) < 1000 and b"Subject: Formal complaint" in kept  # the headers, not 300 KB
