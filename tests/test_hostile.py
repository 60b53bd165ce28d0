"""Hostile input: one message never stops the agent, and caps and replies cannot be turned against the council."""

from __future__ import annotations

import re
import time
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy

import pytest

from conftest import ROOT, message_file
from inbox_agent.config import load_settings
from inbox_agent.imap import ImapSource
from inbox_agent.normalise import MAX_PARTS, parse
from inbox_agent.outbox import SmtpTransport
from inbox_agent.pipeline import Pipeline
from inbox_agent.render import Renderer
from inbox_agent.store import Store
from test_acknowledgements import append_many
from test_end_to_end import load_cases, poll, settings_for
from test_pipeline import RULES, maildir_with, run_poll

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
    return datetime(*args, tzinfo=timezone.utc)


# -- one message must never stop the agent ------------------------------------------------------------

@pytest.mark.servers
def test_the_four_shapes_that_stopped_every_poll_are_each_accounted_for_and_the_threat_alerts(account, smtp, agent, tmp_path):
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
    alerts = [r for r in smtp.received if r.message["X-Clerk-Inbox-Agent"] == threat["ref"] and "URGENT" in r.message["Subject"]]
    assert len(alerts) == 1 and alerts[0].rcpt_tos == ["clerk@thurcastonandcropston.org.uk"]
    # This server does not offer SMTPUTF8: Zoë's case is filed and says why she was not answered.
    zoe = next(c for c in cases if c["sender"] == "zoë@r.example")
    assert zoe["category"] == "complaint"
    assert any(e["kind"] == "not_acknowledged" and "SMTPUTF8" in e["note"] for e in zoe["history"])
    assert sorted(r.rcpt_tos[0] for r in smtp.received) == sorted(  # the threat's alert and reply, the Date one's reply
        ["clerk@thurcastonandcropston.org.uk", "anon4471@example.com", "m.collins@example.net"])
    # Recorded once: the next poll reads none of them again, and sends nothing more.
    assert poll(agent, env) == {"counts": {}, "mail": {"failed": 0, "retry": 0, "sent": 0, "unconfirmed": 0}}
    assert len(smtp.received) == 3 and len(load_cases(tmp_path)[1]) == 5


@pytest.mark.servers
def test_a_non_ascii_address_is_acknowledged_with_smtputf8_where_the_server_offers_it(account, smtp_utf8, agent, tmp_path):
    account.append(SHAPES["utf8"])
    result = poll(agent, settings_for(account, smtp_utf8, tmp_path, ACK_SINCE="2000-01-01"))
    assert result["counts"] == {"filed": 1} and result["mail"]["sent"] == 1
    [received] = smtp_utf8.received
    assert received.rcpt_tos == ["zoë@r.example"]
    assert "SMTPUTF8" in [o.upper() for o in received.mail_options]
    assert "\r\nTo: Zoë <zoë@r.example>\r\n".encode() in received.data  # RFC 6532: UTF-8 in the header itself
    [case] = load_cases(tmp_path)[0]
    assert case["status"] == "acknowledged"


class Breaking(Pipeline):
    """The pipeline with a fault planted after the case number is taken and a linked case changed: what any
    unforeseen bug in the middle of one message looks like."""

    def _acknowledge(self, case, message, *args, **kwargs):
        if "boom" in message.subject:
            raise KeyError("planted fault")
        return super()._acknowledge(case, message, *args, **kwargs)


def test_any_failure_on_one_message_quarantines_it_undoes_its_half_work_and_the_batch_carries_on(tmp_path, agent):
    from inbox_agent.maildir import MaildirSource
    from inbox_agent.outbox import FileTransport

    boom = variant(COMPLAINT, "boom").replace(b"Subject: Overgrown verges", b"Subject: boom verges")
    maildir_with(tmp_path, boom, variant(COMPLAINT, "fine"), variant(THREAT, "threat"))
    settings = load_settings(None, environ={"DATA_DIR": str(tmp_path / "data"), "ACK_SINCE": "2026-11-01"})
    now = utc(2026, 11, 24, 9, 0)
    with Store(settings.data_dir) as store:
        report = Breaking(settings, store, RULES, Renderer(settings), clock=lambda: now).poll(
            MaildirSource(tmp_path / "Maildir"), FileTransport(tmp_path / "sent"))
    assert report.counts == {"filed": 2, "quarantined": 1, "alerts_queued": 1}
    cases, records = load_cases(tmp_path)
    assert [c["ref"] for c in cases] == ["TCPC-2026-0001", "TCPC-2026-0002"]  # the failed one's number was given back
    [quarantined] = [r for r in records if r["disposition"] == "quarantined"]
    assert quarantined["reason"] == "the agent failed on it: KeyError: 'planted fault'"
    assert sorted(p.name for p in (tmp_path / "sent").iterdir()) == [
        "TCPC-2026-0001-ack.eml", "TCPC-2026-0002-ack.eml", "TCPC-2026-0002-alert.eml"]
    # Recorded once, never retried by a poll; `quarantine retry` reads it again, with the fault gone.
    assert run_poll(tmp_path).counts == {"already_seen": 3}
    retried = agent("quarantine", "retry", "--all", env={"DATA_DIR": str(tmp_path / "data"), "ACK_SINCE": "2026-11-01"})
    assert retried.returncode == 0 and "1 filed" in retried.stdout
    assert [c["subject"] for c in load_cases(tmp_path)[0]][-1] == "boom verges on Station Road"


def test_a_message_with_a_million_mime_parts_is_cut_before_the_tree_is_built():
    raw = (b"From: a@b.example\r\nSubject: parts\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
           + b"--b\r\n\r\n" * 1_500_000 + b"--b--\r\n")
    started = time.monotonic()
    message = parse(raw)
    assert time.monotonic() - started < 2  # 12 s and 700 MB before
    assert f"more than {MAX_PARTS} MIME parts; the rest were not read" in message.defects
    assert len(message.part_types) <= 2 and message.sender == "a@b.example"


def test_a_from_with_several_tokens_is_never_the_stray_text():
    def sender(value: str):
        message = parse(f"From: {value}\r\nSubject: x\r\nMessage-ID: <x@y>\r\n\r\nhello\r\n".encode())
        return message.sender, message.sender_name, message.sender_valid

    assert sender("<img src=x onerror=alert(1)> <a@b.example>") == ("a@b.example", "", True)
    assert sender("Smith, John <john@x.example>") == ("john@x.example", "", True)
    assert sender("a@b.example, c@d.example")[2] is False  # two people: nobody can tell who wrote
    assert sender("=?utf-8?q?victim?=@victim.example") == ("victim@victim.example", "", True)  # as the envelope has it
    assert sender("Eve <=?utf-8?q?a=0d=0abcc=3a_v=40victim.example?=@evil.example>")[2] is False
