"""Hostile input: one message never stops the agent, and caps and replies cannot be turned against the council."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta

import pytest
from conftest import ROOT, message_file
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_acknowledgements import append_many
from test_end_to_end import load_cases, poll, settings_for
from test_pipeline import RULES, maildir_with, run_poll

from inbox_agent.app.pipeline import Pipeline
from inbox_agent.config import load_settings
from inbox_agent.core import normalise
from inbox_agent.core.normalise import MAX_PARTS, parse
from inbox_agent.mail.imap import ImapSource
from inbox_agent.mail.outbox import SmtpTransport
from inbox_agent.reports.render import Renderer
from inbox_agent.store.database import Store

THREAT = (ROOT / "tests" / "corpus" / "threat" / "01-the-clerk.eml").read_bytes().replace(b"\n", b"\r\n")


def variant(base: bytes, n: int | str, *, sender: str | None = None, header: str | None = None) -> bytes:
    """A copy of `base` with its own Message-ID, and optionally another From or one more header on top."""
    raw = re.sub(rb"(?mi)^Message-ID: .*$", f"Message-ID: <hostile-{n}@example.org>".encode(), base, count=1)
    if sender is not None:
        raw = re.sub(rb"(?m)^From: .*$", f"From: {sender}".encode().replace(b"\\", b"\\\\"), raw, count=1)
    if header is not None:
        raw = header.encode() + b"\r\n" + raw
    return raw


COMPLAINT = message_file("complaint.eml")
SHAPES = {  # each ended every poll in a traceback before
    "charset": variant(COMPLAINT, "charset", header="Content-Type: text/plain; charset=undefined"),
    "date": variant(COMPLAINT, "date", header="Date: Mon, 1 Jan 99999999999999999999 00:00:00 +0000"),
    "crlf": variant(COMPLAINT, "crlf", sender="Eve <=?utf-8?q?a=0d=0abcc=3a_v=40victim.example?=@evil.example>"),
    "utf8": variant(COMPLAINT, "utf8", sender="Zoë <zoë@r.example>"),
}


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# -- one message must never stop the agent ------------------------------------------------------------


@pytest.mark.servers
def test_the_four_shapes_that_stopped_every_poll_are_each_accounted_for_and_the_threat_alerts(
    account, smtp, agent, tmp_path
):
    append_many(account, [*SHAPES.values(), variant(THREAT, "threat")])
    env = settings_for(account, smtp, tmp_path, ACK_SINCE="2000-01-01")
    result = poll(agent, env)
    assert sum(v for k, v in result["counts"].items() if k in ("filed", "quarantined")) == 5
    cases, records = load_cases(tmp_path)
    by_id = {r["message_id"]: r for r in records if r.get("message_id")}
    assert len(records) == 5
    # charset=undefined: a charset nobody can read is quarantined with the reason, like any unknown charset.
    assert by_id["<hostile-charset@example.org>"]["disposition"] == "quarantined"
    assert "unknown charset 'undefined'" in by_id["<hostile-charset@example.org>"]["reason"]
    # A year of twenty digits is a Date that cannot be read; the message is filed.
    assert by_id["<hostile-date@example.org>"]["disposition"] == "filed"
    # An encoded CR/LF in the address: filed, and nothing is sent to it.
    crlf = next(c for c in cases if c["messages"][0]["location"] == by_id["<hostile-crlf@example.org>"]["location"])
    assert any(e["kind"] == "not_acknowledged" and "cannot be used safely" in e["note"] for e in crlf["history"])
    # The threat in the same batch is filed and the Clerk alerted.
    threat = next(c for c in cases if c["category"] == "threat")
    alerts = [
        r
        for r in smtp.received
        if r.message["X-Clerk-Inbox-Agent"] == threat["ref"] and "URGENT" in r.message["Subject"]
    ]
    assert len(alerts) == 1 and alerts[0].rcpt_tos == ["clerk@thurcastonandcropston.org.uk"]
    # This server does not offer SMTPUTF8: Zoë's case is filed and says why she was not answered.
    zoe = next(c for c in cases if c["sender"] == "zoë@r.example")
    assert zoe["category"] == "complaint"
    assert any(e["kind"] == "not_acknowledged" and "SMTPUTF8" in e["note"] for e in zoe["history"])
    assert sorted(r.rcpt_tos[0] for r in smtp.received) == sorted(  # the threat's alert, the Date one's reply
        ["clerk@thurcastonandcropston.org.uk", "m.collins@example.net"]
    )
    assert threat["ack_pending"]  # the threat's acknowledgement waits for the Clerk (acknowledge: hold)
    # Recorded once: the next poll reads none of them again, and sends nothing more.
    assert poll(agent, env) == {"counts": {}, "mail": {"failed": 0, "retry": 0, "sent": 0, "unconfirmed": 0}}
    assert len(smtp.received) == 2 and len(load_cases(tmp_path)[1]) == 5


@pytest.mark.servers
def test_a_non_ascii_address_is_acknowledged_with_smtputf8_where_the_server_offers_it(
    account, smtp_utf8, agent, tmp_path
):
    account.append(SHAPES["utf8"])
    result = poll(agent, settings_for(account, smtp_utf8, tmp_path, ACK_SINCE="2000-01-01"))
    assert result["counts"] == {"filed": 1} and result["mail"]["sent"] == 1
    [received] = smtp_utf8.received
    assert received.rcpt_tos == ["zoë@r.example"]
    assert "SMTPUTF8" in [o.upper() for o in received.mail_options]
    assert "\r\nTo: Zoë <zoë@r.example>\r\n".encode() in received.data  # RFC 6532: UTF-8 in the header itself
    [case] = load_cases(tmp_path)[0]
    assert case["status"] == "acknowledged"
    with Store(tmp_path / "data", readonly=True) as store:
        [entry] = store.outbox_entries()
    assert entry.sent_copy  # the UTF-8 copy is in the IMAP Sent folder too


class Breaking(Pipeline):
    """The pipeline with a fault planted after the case number is taken and the acknowledgement queued: what any
    unforeseen bug in the middle of one message looks like."""

    def _send_orders(self, planned, case, message, now):
        done = super()._send_orders(planned, case, message, now)  # the reply is queued, then the fault
        if "boom" in message.subject:
            raise KeyError("planted fault")
        return done


def test_any_failure_on_one_message_quarantines_it_undoes_its_half_work_and_the_batch_carries_on(tmp_path, agent):
    from inbox_agent.mail.maildir import MaildirSource
    from inbox_agent.mail.outbox import FileTransport

    boom = variant(COMPLAINT, "boom", sender="Bo Oman <bo@example.net>").replace(
        b"Subject: Overgrown verges", b"Subject: boom verges"
    )
    maildir_with(tmp_path, variant(COMPLAINT, "fine"), variant(THREAT, "threat"), boom)
    settings = load_settings(None, environ={"DATA_DIR": str(tmp_path / "data"), "ACK_SINCE": "2026-11-01"})
    now = utc(2026, 11, 24, 9, 0)
    with Store(settings.data_dir) as store:
        report = Breaking(settings, store, RULES, Renderer(settings), clock=lambda: now).poll(
            MaildirSource(tmp_path / "Maildir"), FileTransport(tmp_path / "sent")
        )
    assert report.counts == {"filed": 2, "quarantined": 1, "alerts_queued": 1, "ack_waits_for_clerk": 1}
    cases, records = load_cases(tmp_path)
    assert [c["ref"] for c in cases] == ["TCPC-2026-0001", "TCPC-2026-0002"]
    with Store(tmp_path / "data", readonly=True) as store:
        assert store.get_meta("sequence") == {"2026": 2}  # the failed one's number was given back
    [quarantined] = [r for r in records if r["disposition"] == "quarantined"]
    assert quarantined["reason"] == "the agent failed on it: KeyError: 'planted fault'"
    assert sorted(p.name for p in (tmp_path / "sent").iterdir()) == [  # the threat's reply waits for the Clerk
        "TCPC-2026-0001-ack.eml",
        "TCPC-2026-0002-alert.eml",
    ]
    with Store(tmp_path / "data", readonly=True) as store:
        assert sorted(e.id for e in store.outbox_entries()) == sorted(
            p.name[:-4] for p in (tmp_path / "sent").iterdir()
        )
    assert sorted(p.name for p in (tmp_path / "data" / "outbox").glob("*.eml")) == sorted(
        p.name for p in (tmp_path / "sent").iterdir()
    )  # the undone reply left no file behind
    # Recorded once, never retried by a poll; `quarantine retry` reads it again, with the fault gone.
    assert run_poll(tmp_path).counts == {"already_seen": 3}
    retried = agent("quarantine", "retry", "--all", env={"DATA_DIR": str(tmp_path / "data"), "ACK_SINCE": "2026-11-01"})
    assert retried.returncode == 0 and "1 filed" in retried.stdout
    assert [c["subject"] for c in load_cases(tmp_path)[0]][-1] == "boom verges on Station Road"


def test_a_message_with_a_million_mime_parts_is_cut_before_the_tree_is_built():
    raw = (
        b'From: a@b.example\r\nSubject: parts\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
        + b"--b\r\n\r\n" * 1_500_000
        + b"--b--\r\n"
    )
    started = time.monotonic()
    message = parse(raw)
    assert time.monotonic() - started < 2  # 12 s and 700 MB before
    assert f"more than {MAX_PARTS} MIME parts; the rest were not read" in message.defects
    assert len(message.part_types) <= 2 and message.sender == "a@b.example"


@example(b'Content-Type: multipart/mixed; BOUNDARY="boundary=b"\r\n\r\n--boundary=b\r\n--b \r\n\r\n--b--')
@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.binary(max_size=120)
    | st.lists(st.sampled_from([b"--", b"b", b"B", b"oundary", b"=", b'"', b" ", b"\r", b"\n", b"x"]), max_size=40).map(
        b"".join
    )
)
def test_the_part_limit_finds_what_finditer_finds(raw):
    """The MIME-part count tries its regexes only where bytes.find says they can begin (a 200 KB attachment is leapt
    over): the boundaries and delimiter lines it finds are exactly finditer's, overlaps and case included."""
    starts = {
        normalise._BOUNDARY: normalise._found(raw.lower(), b"boundary"),
        normalise._DELIMITER: normalise._line_starts(raw, b"--"),
    }
    for pattern, found in starts.items():
        assert [m.span() for m in normalise._matches(pattern, raw, found)] == [m.span() for m in pattern.finditer(raw)]


def test_a_from_with_several_tokens_is_never_the_stray_text():
    def sender(value: str):
        message = parse(f"From: {value}\r\nSubject: x\r\nMessage-ID: <x@y>\r\n\r\nhello\r\n".encode())
        return message.sender, message.sender_name, message.sender_valid

    assert sender("<img src=x onerror=alert(1)> <a@b.example>") == ("a@b.example", "", True)
    assert sender("Smith, John <john@x.example>") == ("john@x.example", "", True)
    assert sender("a@b.example, c@d.example")[2] is False  # two people: nobody can tell who wrote
    assert sender("=?utf-8?q?victim?=@victim.example") == ("victim@victim.example", "", True)  # as the envelope has it
    assert sender("Eve <=?utf-8?q?a=0d=0abcc=3a_v=40victim.example?=@evil.example>")[2] is False


# -- caps and replies that cannot be turned against the council -----------------------------------------


@pytest.mark.servers
def test_forged_encoded_senders_get_one_acknowledgement_between_them(account, smtp, agent, tmp_path):
    forged = [
        variant(COMPLAINT, f"forged-{i}", sender=s)
        for i, s in enumerate(
            ["=?utf-8?q?victim?=@victim.example"] * 5
            + ["Victim+1@VICTIM.example", "=?utf-8?b?dmljdGlt?=+x@victim.example"]
        )
    ]
    append_many(account, forged)
    result = poll(agent, settings_for(account, smtp, tmp_path, ACK_SINCE="2000-01-01"))
    assert result["counts"]["filed"] == 7
    assert [r.rcpt_tos for r in smtp.received] == [["victim@victim.example"]]  # 7 forged messages: 1 acknowledgement
    cases, _ = load_cases(tmp_path)
    held = [c for c in cases if c.get("ack_held")]
    assert len(held) == 6 and all("for this sender" in c["ack_held"] for c in held)


def pipeline_run(settings, clock):
    """One poll in-process against the real servers, with the clock a test sets."""
    with Store(settings.data_dir) as store, ImapSource(settings.imap, settings.folders) as source:
        return Pipeline(settings, store, RULES, Renderer(settings), clock=clock).poll(
            source, SmtpTransport(settings.smtp)
        )


@pytest.mark.servers
def test_a_reply_held_by_the_global_cap_waits_and_goes_later_fairly(account, smtp, tmp_path):
    flood = [variant(COMPLAINT, f"flood-{i}", sender=f"Forger <forged{i % 2}@flood.example>") for i in range(6)]
    resident = variant(COMPLAINT, "resident", sender="Ann Resident <ann@village.example>")
    append_many(account, [*flood, resident])
    settings = load_settings(
        None,
        environ={
            **account.env(),
            **smtp.env(),
            "DATA_DIR": str(tmp_path / "data"),
            "ACK_SINCE": "2000-01-01",
            "ACK_GLOBAL_CAPS": "2/1h",
            "ACK_SENDER_CAPS": "10/1h",
        },
    )
    clock = {"now": datetime.now(UTC)}
    first = pipeline_run(settings, lambda: clock["now"])
    assert first.counts["filed"] == 7 and first.delivery["sent"] == 2
    cases, _ = load_cases(tmp_path)
    waiting = [c for c in cases if c.get("ack_waiting")]
    assert len(waiting) == 5 and all(e["kind"] != "not_acknowledged" for c in waiting for e in c["history"])
    assert pipeline_run(settings, lambda: clock["now"] + timedelta(minutes=30)).delivery.get("sent", 0) == 0
    clock["now"] += timedelta(hours=1, minutes=1)
    assert pipeline_run(settings, lambda: clock["now"]).delivery["sent"] == 2
    # Fair: a sender's turn counts the replies they have had already, so the resident goes in the next hour,
    # ahead of the flood's second round (oldest first alone would make her the last of seven).
    assert [r.rcpt_tos[0] for r in smtp.received] == [
        "forged0@flood.example",
        "forged1@flood.example",
        "ann@village.example",
        "forged0@flood.example",
    ]
    [ann] = [c for c in load_cases(tmp_path)[0] if c["sender"] == "ann@village.example"]
    assert ann["status"] == "acknowledged" and not ann.get("ack_waiting")
    kinds = [e["kind"] for e in ann["history"]]
    assert kinds == ["filed", "acknowledgement_waiting", "acknowledgement_queued", "acknowledged"]
    assert "after waiting since" in ann["history"][2]["note"]
    for _ in range(2):
        clock["now"] += timedelta(hours=2)
        pipeline_run(settings, lambda: clock["now"])
    assert len(smtp.received) == 7  # every one went in the end; none was dropped
    assert not [c for c in load_cases(tmp_path)[0] if c.get("ack_waiting")]


@pytest.mark.servers
def test_sixty_threats_make_one_alert_and_one_summary_not_sixty(account, smtp, tmp_path):
    threats = [variant(THREAT, f"threat-{i}", sender=f"anon{i}@example.com") for i in range(60)]
    append_many(account, threats)
    settings = load_settings(
        None,
        environ={
            **account.env(),
            **smtp.env(),
            "DATA_DIR": str(tmp_path / "data"),
            "ACK_SINCE": "2000-01-01",
            "ALERT_EMAILS": "chair@example.org,vice@example.org",
            "ACK_GLOBAL_CAPS": "1000/1h",
        },
    )
    now = datetime.now(UTC)
    report = pipeline_run(settings, lambda: now)
    assert (
        report.counts["filed"] == 60 and report.counts["alerts_queued"] == 1 and report.counts["alerts_batched"] == 59
    )
    alerts = lambda: [r for r in smtp.received if r.message["Subject"].startswith("URGENT")]  # noqa: E731
    assert len(alerts()) == 1
    pipeline_run(settings, lambda: now + timedelta(minutes=4))
    assert len(alerts()) == 1  # the summary waits for ALERT_BATCH_MINUTES
    pipeline_run(settings, lambda: now + timedelta(minutes=5))
    first, summary = alerts()
    assert (
        summary.rcpt_tos
        == first.rcpt_tos
        == ["clerk@thurcastonandcropston.org.uk", "chair@example.org", "vice@example.org"]
    )
    assert summary.message["Subject"] == "URGENT: 59 more alert(s): Threat or possible criminal matter"
    text = summary.message.get_payload(decode=True).decode()
    cases, _ = load_cases(tmp_path)
    assert all(c["ref"] in text for c in cases[1:]) and cases[0]["ref"] not in text
    pipeline_run(settings, lambda: now + timedelta(minutes=20))
    assert len(alerts()) == 2  # nothing more to say


@pytest.mark.servers
def test_spam_and_bulk_mail_get_no_acknowledgement(account, smtp, agent, tmp_path):
    hidden = (
        b"From: Deals <deals@shop.example>\r\nTo: clerk@thurcastonandcropston.org.uk\r\nSubject: Your prize\r\n"
        b"Message-ID: <spam-hidden@shop.example>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        b'<p>Claim your prize today</p><div style="display:none">you useless idiots, piss off, scum</div>\r\n'
    )
    marketing = (
        b"From: Garden Centre <news@garden.example>\r\nTo: undisclosed-recipients:;\r\nSubject: Spring offers\r\n"
        b"Message-ID: <spam-marketing@garden.example>\r\n\r\nA disgrace of a price! 20% off compost.\r\n"
        b"To unsubscribe, click here.\r\n"
    )
    unsubscribe = variant(COMPLAINT, "list", header="List-Unsubscribe: <mailto:leave@list.example>")
    bulk = variant(COMPLAINT, "bulk", header="Precedence: bulk")
    append_many(account, [hidden, marketing, unsubscribe, bulk, variant(COMPLAINT, "person")])
    result = poll(agent, settings_for(account, smtp, tmp_path, ACK_SINCE="2000-01-01"))
    assert sum(result["counts"].values()) == 5
    assert [r.rcpt_tos for r in smtp.received] == [["m.collins@example.net"]]  # the person only
    records = {r["message_id"]: r for r in load_cases(tmp_path)[1]}
    assert records["<spam-hidden@shop.example>"]["category"] == "automated"
    assert "hidden text" in records["<spam-hidden@shop.example>"]["reason"]
    assert "marketing" in records["<spam-marketing@garden.example>"]["reason"]


# -- a failing poll is visible ---------------------------------------------------------------------------


@pytest.mark.servers
def test_a_failing_poll_shows_in_status_and_the_clerk_hears_once_after_an_hour_and_once_on_recovery(
    account, smtp, agent, tmp_path
):
    from inbox_agent.app.agent import Agent
    from inbox_agent.errors import SourceError

    settings = load_settings(None, environ={**account.env(), **smtp.env(), "DATA_DIR": str(tmp_path / "data")})
    server = {"up": False}

    def source():
        if not server["up"]:
            raise SourceError(
                "cannot connect to the IMAP server 127.0.0.1:1 (connection refused)", fix="check IMAP_HOST"
            )
        return ImapSource(settings.imap, settings.folders)

    start = datetime.now(UTC)
    clock = {"now": start}
    bot = Agent(settings, RULES, source, SmtpTransport(settings.smtp), clock=lambda: clock["now"])
    for minutes in (0, 30, 59):
        clock["now"] = start + timedelta(minutes=minutes)
        with pytest.raises(SourceError):
            bot.poll_once()
    assert smtp.received == []  # not yet an hour
    status = agent("status", env={"DATA_DIR": str(tmp_path / "data")})
    assert status.returncode == 1
    assert "UNHEALTHY: polling has failed for" in status.stdout and "connection refused" in status.stdout
    assert "last error:" in status.stdout and "none" not in status.stdout.split("last error:")[1].splitlines()[0]
    for minutes in (60, 61, 120):
        clock["now"] = start + timedelta(minutes=minutes)
        with pytest.raises(SourceError):
            bot.poll_once()
    [stuck] = smtp.received  # once, at the hour
    assert stuck.rcpt_tos == [settings.clerk_email]
    assert stuck.message["Subject"].startswith("The inbox agent needs attention: polling has failed for 60 minutes")
    server["up"] = True
    for minutes in (121, 122):
        clock["now"] = start + timedelta(minutes=minutes)
        bot.poll_once()
    stuck_again, recovered = smtp.received  # once more, when it works again
    assert recovered.message["Subject"] == "The inbox agent is working again"
    # A later outage starts its own clock and its own single message.
    server["up"] = False
    for minutes in (200, 261):
        clock["now"] = start + timedelta(minutes=minutes)
        with pytest.raises(SourceError):
            bot.poll_once()
    assert len(smtp.received) == 3


# -- privacy operations that respect the evidence ----------------------------------------------------------


@pytest.mark.servers
def test_erasure_keeps_a_reply_in_a_held_case_and_cleans_digest_copies_backups_and_lists_sent_copies(
    account, smtp, agent, tmp_path
):
    person = "g.linton@example.net"
    threat = (
        b"From: Nasty <nasty@example.com>\r\nTo: clerk@thurcastonandcropston.org.uk\r\nCc: "
        + person.encode()
        + b"\r\nSubject: the clerk\r\nMessage-ID: <held-1@example.com>\r\n\r\n"
        b"I know where you live. Watch your back.\r\n"
    )
    own = variant(COMPLAINT, "own", sender=f"George Linton <{person}>")
    env = settings_for(
        account, smtp, tmp_path, ACK_SINCE="2000-01-01", ACK_SENDER_CAPS="10/1h", DIGEST_INCLUDE_COMPLAINTS="yes"
    )
    append_many(account, [threat, own])
    assert poll(agent, env)["counts"]["filed"] == 2
    reply = (
        f"From: George Linton <{person}>\r\nTo: clerk@thurcastonandcropston.org.uk\r\nSubject: Re: the clerk\r\n"
        f"Message-ID: <reply-1@example.net>\r\nIn-Reply-To: <held-1@example.com>\r\n\r\n"
        "I saw this too; it frightened me.\r\n"
    ).encode()
    account.append(reply)
    # Copied by the sender, not written to by the council: his reply is a case of its own, linked (issue 15).
    assert poll(agent, env)["counts"]["filed"] == 1
    cases, records = load_cases(tmp_path)
    [threat_case] = [c for c in cases if c["category"] == "threat"]
    [held] = [c for c in cases if c.get("linked") == [threat_case["ref"]]]
    [threaded] = [r for r in records if r.get("message_id") == "<reply-1@example.net>"]
    assert agent("cases", "hold", held["ref"], "--reason", "police investigation", env=env).returncode == 0
    assert agent("digest", "--send", env=env).returncode == 0
    data = tmp_path / "data"
    [digest] = [p for p in (data / "outbox").glob("*digest*.eml")]
    with Store(data) as store:  # a store from before the audit table: the upgrade keeps a backup
        store.set_meta("schema", 1)
        store.commit()
    with Store(data):
        pass
    assert person.encode() in (data / "store.json.v1.bak").read_bytes()
    [mine] = [c["ref"] for c in cases if c["sender"] == person and not c.get("linked")]
    assert mine.encode() in digest.read_bytes() and b"Station Road" in digest.read_bytes()  # their case, in their words

    erased = agent("privacy", "erase", person, env=env)
    assert erased.returncode == 1
    assert f"refused: {held['ref']} is kept (legal hold: police investigation)" in erased.stderr
    with Store(data, readonly=True) as store:
        assert store.message_record(threaded["location"]).sender == person  # the held case's evidence is whole
        assert store.evidence_path(threaded["evidence"]).exists()
        [ack] = [e for e in store.outbox_entries() if e.kind == "ack" and e.case != held["ref"] and e.sent_copy]
    assert not (data / "store.json.v1.bak").exists() and not digest.exists()
    assert "delete these acknowledgements from the Sent folder" in erased.stdout and ack.message_id in erased.stdout
    traces = [
        str(p.relative_to(data)) for p in data.rglob("*") if p.is_file() and person.encode() in p.read_bytes().lower()
    ]
    assert traces and all(t == "store.json" or t.startswith("evidence") for t in traces)  # only the held case keeps it


def test_the_retention_schedule_removes_the_pre_upgrade_backup_with_the_data_it_holds(tmp_path):
    from inbox_agent.app.privacy import apply_retention
    from inbox_agent.core import cases as casebook

    maildir_with(tmp_path, COMPLAINT)
    run_poll(tmp_path)
    data = tmp_path / "data"
    now = utc(2026, 11, 24, 9, 0)
    with Store(data) as store:
        [case] = store.cases()
        store.put_case(casebook.transition(case, "resolve", now, by="clerk"))
        store.set_meta("schema", 1)
        store.commit()
    with Store(data) as store:  # upgraded, with a backup that holds the case as it was
        assert b"m.collins@example.net" in (data / "store.json.v1.bak").read_bytes()
        assert apply_retention(store, RULES, now + timedelta(days=366 * 7))
        assert not (data / "store.json.v1.bak").exists()
        assert store.audit_entries()[-1]["removed"] == ["store.json.v1.bak"]


def test_a_poll_that_fails_with_an_unforeseen_error_is_unhealthy_in_status_with_the_error(tmp_path, agent):
    from inbox_agent.app.agent import Agent
    from inbox_agent.mail.maildir import MaildirSource
    from inbox_agent.mail.outbox import FileTransport

    maildir_with(tmp_path, COMPLAINT)
    settings = load_settings(None, environ={"DATA_DIR": str(tmp_path / "data"), "ACK_SINCE": "2026-11-01"})
    broken = {"yes": False}

    def source():
        if broken["yes"]:
            raise RuntimeError("a bug nobody foresaw")
        return MaildirSource(tmp_path / "Maildir")

    bot = Agent(settings, RULES, source, FileTransport(tmp_path / "sent"))
    bot.poll_once()
    assert agent("status", env={"DATA_DIR": str(tmp_path / "data")}).returncode == 0
    broken["yes"] = True
    with pytest.raises(RuntimeError):
        bot.poll_once()
    status = agent("status", env={"DATA_DIR": str(tmp_path / "data")})
    assert status.returncode == 1, status.stdout  # healthy with "last error: none" before
    assert "UNHEALTHY: polling has failed for 0 minutes: poll: RuntimeError: a bug nobody foresaw" in status.stdout
    assert (
        "last error:" in status.stdout and "RuntimeError: a bug nobody foresaw" in status.stdout.split("last error:")[1]
    )


def test_a_summary_alert_names_other_peoples_cases_and_keeps_them_only_as_long_as_a_digest(tmp_path):
    from inbox_agent.app.privacy import apply_retention

    maildir_with(
        tmp_path, variant(THREAT, "t1", sender="one@example.com"), variant(THREAT, "t2", sender="two@example.com")
    )
    now = utc(2026, 11, 24, 9, 0)
    assert run_poll(tmp_path, clock=lambda: now).counts["alerts_batched"] == 1
    assert run_poll(tmp_path, clock=lambda: now + timedelta(minutes=5)).counts["alert_summaries_queued"] == 1
    [summary] = [p for p in (tmp_path / "sent").iterdir() if p.name.startswith("alerts-")]
    assert b"two@example.com" in summary.read_bytes()
    with Store(tmp_path / "data") as store:
        apply_retention(store, RULES, now + timedelta(days=400))
        [entry] = [e for e in store.outbox_entries() if e.case.startswith("alerts-")]
    assert entry.scrubbed and entry.to == ()
    assert not (tmp_path / "data" / "outbox" / f"{entry.id}.eml").exists()


def test_a_hidden_preheader_is_not_spam_but_hidden_text_after_the_content_is():
    def hidden(html: str) -> tuple[str, ...]:
        raw = ("From: a@b.example\r\nSubject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html).encode()
        return tuple(d for d in parse(raw).defects if d.startswith("hidden text"))

    preheader = (
        '<div style="display:none;max-height:0;overflow:hidden">Third time I have written about this footpath</div>'
    )
    assert hidden(preheader + "<p>Dear Clerk, the dog mess on the church path is back.</p>") == ()
    assert hidden('<p style="font-size:10px">Dear Clerk, the verges are long.</p>') == ()
    assert hidden("<p>Big sale</p><div style='display: none'>you useless idiots, piss off, scum</div>") == (
        "hidden text in the HTML (34 characters)",
    )
    assert hidden("<p>Sale</p><span style='font-size:0px'>lorem ipsum dolor sit amet</span>") != ()
