"""The pipeline through its local adapters (Maildir in, files out), the demo, and classify."""

from __future__ import annotations

import json
import mailbox
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy

from conftest import ROOT, message_file

from inbox_agent.app import pipeline as pipeline_module
from inbox_agent.app.pipeline import Pipeline
from inbox_agent.config import load_settings
from inbox_agent.core.rules import load_rules
from inbox_agent.mail.maildir import MaildirSource
from inbox_agent.mail.outbox import FileTransport
from inbox_agent.reports.render import Renderer
from inbox_agent.store.database import Store

RULES = load_rules(ROOT / "rules.yaml", ROOT / "templates")
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def maildir_with(tmp_path, *raws: bytes, delivered: datetime = NOW) -> mailbox.Maildir:
    box = mailbox.Maildir(tmp_path / "Maildir", create=True)
    for raw in raws:
        message = mailbox.MaildirMessage(raw)
        message.set_date(delivered.timestamp())
        box.add(message)
    return box


def run_poll(tmp_path, clock=lambda: NOW, **env):
    settings = load_settings(None, environ={"DATA_DIR": str(tmp_path / "data"), "ACK_SINCE": "2026-11-01", **env})
    with Store(settings.data_dir) as store:
        pipeline = Pipeline(settings, store, RULES, Renderer(settings), clock=clock)
        return pipeline.poll(MaildirSource(tmp_path / "Maildir"), FileTransport(tmp_path / "sent"))


def test_a_backlog_is_counted_in_full_but_only_the_first_rows_are_kept(tmp_path, monkeypatch):
    """A backlog of 100,000 messages must not hold 100,000 rows in memory: the demo's table needs a few."""
    monkeypatch.setattr(pipeline_module, "ROWS_KEPT", 3)
    maildir_with(tmp_path, *(message_file(n) for n in ("complaint.eml", "abusive.eml", "enquiry.eml", "bounce.eml")))
    report = run_poll(tmp_path)
    assert sum(report.counts[d] for d in ("filed", "no_case")) == 4
    assert len(report.rows) == 3


def test_every_message_is_accounted_for_once(tmp_path):
    names = ("complaint.eml", "abusive.eml", "enquiry.eml", "out_of_office.eml", "bounce.eml")
    box = maildir_with(tmp_path, *(message_file(n) for n in names), b"\r\n\r\n", b"Subject: no sender\r\n\r\nhello\r\n")
    before = sorted(p.name for p in (tmp_path / "Maildir" / "new").iterdir())

    report = run_poll(tmp_path)
    assert report.counts == {"filed": 2, "no_case": 4, "quarantined": 1}
    assert sum(report.counts.values()) == len(box)
    assert sorted(p.name for p in (tmp_path / "sent").iterdir()) == ["TCPC-2026-0001-ack.eml", "TCPC-2026-0002-ack.eml"]
    assert sorted(r["disposition"] for r in report.rows) == ["filed"] * 2 + ["no_case"] * 4 + ["quarantined"]

    again = run_poll(tmp_path)
    assert again.counts == {"already_seen": 7} and again.rows == []
    assert len(list((tmp_path / "sent").iterdir())) == 2
    # The Maildir is untouched: nothing moved to cur/, no flags set.
    assert sorted(p.name for p in (tmp_path / "Maildir" / "new").iterdir()) == before

    with Store(tmp_path / "data", readonly=True) as store:
        [quarantined] = [r for r in store.message_records() if r.disposition == "quarantined"]
        assert store.evidence_path(quarantined.evidence).read_bytes() == box.get_bytes(quarantined.uid)
        assert "empty" in quarantined.reason


def test_a_reply_joins_its_case_and_gets_no_second_acknowledgement(tmp_path):
    maildir_with(tmp_path, message_file("complaint.eml"))
    run_poll(tmp_path)
    ack = message_from_bytes((tmp_path / "sent" / "TCPC-2026-0001-ack.eml").read_bytes(), policy=policy.default)

    reply = (
        f"From: Margaret Collins <m.collins@example.net>\r\nTo: clerk@thurcastonandcropston.org.uk\r\n"
        f"Subject: Re: {ack['Subject']}\r\nMessage-ID: <reply-1@example.net>\r\nIn-Reply-To: {ack['Message-ID']}\r\n"
        f"\r\nThank you. It is still not good enough, I wish to complain further.\r\n"
    ).encode()
    out_of_office = (
        f"From: Margaret Collins <m.collins@example.net>\r\nSubject: Automatic reply: {ack['Subject']}\r\n"
        f"Auto-Submitted: auto-replied\r\nMessage-ID: <ooo-2@example.net>\r\nIn-Reply-To: {ack['Message-ID']}\r\n"
        f"\r\nI am away.\r\n"
    ).encode()
    maildir_with(tmp_path, reply, out_of_office)
    report = run_poll(tmp_path)
    assert report.counts == {"already_seen": 1, "threaded": 2}
    assert len(list((tmp_path / "sent").iterdir())) == 1
    with Store(tmp_path / "data", readonly=True) as store:
        [case] = store.cases()
    assert [e.kind for e in case.history] == [
        "filed",
        "acknowledgement_queued",
        "acknowledged",
        "reply",
        "automatic_reply",
    ]
    assert case.status == "acknowledged" and len(case.messages) == 3


def test_a_stranger_quoting_a_reference_does_not_join_the_case(tmp_path):
    maildir_with(tmp_path, message_file("complaint.eml"))
    run_poll(tmp_path)
    stranger = (
        b"From: someone.else@example.org\r\nSubject: About TCPC-2026-0001\r\nMessage-ID: <s-1@example.org>\r\n"
        b"\r\nI also want to complain about the verges, it is a disgrace.\r\n"
    )
    maildir_with(tmp_path, stranger)
    report = run_poll(tmp_path)
    assert report.counts.get("filed") == 1 and "threaded" not in report.counts


def test_mail_delivered_before_the_start_is_never_acknowledged(tmp_path):
    maildir_with(tmp_path, message_file("abusive.eml"), delivered=NOW - timedelta(days=30))
    report = run_poll(tmp_path)
    assert report.counts == {"before_start": 1}
    assert not (tmp_path / "sent").exists() or not list((tmp_path / "sent").iterdir())


def test_demo_runs_the_real_pipeline(agent, tmp_path):
    result = agent("demo", "--out", str(tmp_path / "demo"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    table = lines[lines.index(next(line for line in lines if line.startswith("Message"))) :]
    for category in (
        "threat",
        "hate",
        "abusive",
        "abuse_report",
        "conduct_complaint",
        "complaint",
        "enquiry",
        "automated",
        "foi_request",
        "subject_access",
    ):
        assert any(f" {category} " in f" {row} " for row in table), category
    sent = sorted(p.name for p in (tmp_path / "demo" / "sent").iterdir())
    # The threat's and the hate's wait for the Clerk, as does any case she must review first.
    assert sum(name.endswith("-ack.eml") for name in sent) == sum(row.rstrip().endswith(" yes") for row in table) >= 6
    assert sum(name.endswith("-alert.eml") for name in sent) == 2
    held = [row for row in table if " threat " in f" {row} " or " hate " in f" {row} "]
    assert len(held) == 2 and all(row.rstrip().endswith("held") for row in held)
    (kept,) = (tmp_path / "demo" / "rules-cache").glob("rules-*.cache")  # the compiled rules, for the next run
    stale = tmp_path / "demo" / "data" / "stale.txt"
    stale.write_text("from the first run")
    again = agent("demo", "--out", str(tmp_path / "demo"))
    assert again.returncode == 0, again.stderr  # repeatable
    assert again.stdout.splitlines()[-len(table) :] == table
    assert not stale.exists() and list((tmp_path / "demo" / "rules-cache").glob("rules-*.cache")) == [kept]


def test_demo_refuses_to_overwrite_a_folder_it_did_not_make(agent, tmp_path):
    (tmp_path / "precious").mkdir()
    (tmp_path / "precious" / "file.txt").write_text("keep me")
    result = agent("demo", "--out", str(tmp_path / "precious"))
    assert result.returncode != 0
    assert (tmp_path / "precious" / "file.txt").read_text() == "keep me"


def test_classify_json_and_explain(agent, tmp_path):
    (tmp_path / "msgs").mkdir()
    for name in ("complaint.eml", "abusive.eml", "bounce.eml"):
        (tmp_path / "msgs" / name).write_bytes(message_file(name))
    result = agent("classify", "--json", str(tmp_path / "msgs"))
    assert result.returncode == 0, result.stderr
    rows = {json.loads(line)["path"].rsplit("/", 1)[1]: json.loads(line) for line in result.stdout.splitlines()}
    assert {k: v["category"] for k, v in rows.items()} == {
        "abusive.eml": "abusive",
        "bounce.eml": "automated",
        "complaint.eml": "complaint",
    }
    assert all({"path", "category", "severity", "hits"} <= set(v) for v in rows.values())
    assert any(h["matched"] == "piss off" for h in rows["abusive.eml"]["hits"])
    explained = agent("classify", "--explain", str(tmp_path / "msgs" / "abusive.eml"))
    assert "abusive.profanity-at-person" in explained.stdout and "decision: abusive scored" in explained.stdout
    assert not (tmp_path / "var").exists()  # no side effects


def test_classify_says_when_a_message_waits_for_review_and_what_alerts_the_clerk(agent, tmp_path):
    """One line a message, as a volunteer trying the agent reads it: a decision that waits for the Clerk's review
    says so and why, and a possible threat says that it alerts her; --json has the same as `review` and `alert`."""
    veiled = tmp_path / "veiled.eml"
    veiled.write_bytes(
        b"From: s@example.com\r\nSubject: park\r\n\r\nif i was u id watch out, my mates r proper angry\r\n"
    )
    (tmp_path / "complaint.eml").write_bytes(message_file("complaint.eml"))
    lines = agent("classify", str(veiled), str(tmp_path / "complaint.eml")).stdout.splitlines()
    assert lines[0].startswith(f"{veiled}: enquiry (low), needs review: ")
    assert lines[0].endswith("; alerts the Clerk: possible threat (p=0.78)")
    assert lines[1] == f"{tmp_path / 'complaint.eml'}: complaint (normal)"
    shown = json.loads(agent("classify", "--json", str(veiled)).stdout)
    assert shown["alert"] == "possible threat (p=0.78)" and shown["review"]


def test_an_unusable_from_address_files_the_case_but_sends_nothing(tmp_path):
    hostile = (
        b"From: =?utf-8?q?Eve=0D=0ABcc:_x@evil.example?= <eve@example.org>\r\nSubject: Complaint\r\n"
        b"Message-ID: <eve-1@example.org>\r\n\r\nThis is a disgrace and I want to complain.\r\n"
    )
    maildir_with(
        tmp_path,
        hostile,
        b"Subject: no From at all\r\nMessage-ID: <nofrom@example.org>\r\n\r\nI know where you live.\r\n",
    )
    report = run_poll(tmp_path)
    assert report.counts == {"filed": 2, "alerts_queued": 1}
    sent = sorted(p.name for p in (tmp_path / "sent").iterdir())
    assert sent == ["TCPC-2026-0002-alert.eml"]  # the threat still alerts the Clerk
    with Store(tmp_path / "data", readonly=True) as store:
        notes = [e.note for c in store.cases() for e in c.history if e.kind == "not_acknowledged"]
    assert notes == ["the sender's address is missing or cannot be used safely"] * 2


def test_progress_is_a_bar_on_a_terminal_and_log_lines_otherwise(monkeypatch, caplog):
    import io
    import logging

    from inbox_agent.app import progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    bar = progress.Progress(1000, stream=screen, label="INBOX messages")
    bar.advance(250)
    bar.close()
    assert "INBOX messages" in screen.getvalue() and "250/1000" in screen.getvalue()

    monkeypatch.setattr(progress, "LOG_EVERY", 0.0)
    with caplog.at_level(logging.INFO, logger="inbox_agent.app.progress"):
        quiet = progress.Progress(1000, stream=io.StringIO())
        quiet.advance(100)
    assert "progress: 100 of 1000 messages (10%)" in caplog.text and "left" in caplog.text
    with caplog.at_level(logging.INFO, logger="inbox_agent.app.progress"):
        progress.Progress(20, stream=io.StringIO()).advance(20)  # a handful needs no report
    assert "of 20 messages" not in caplog.text
