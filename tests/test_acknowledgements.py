"""Acknowledgements that are safe to send: never to automatic mail, capped, retried, never twice."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from conftest import MESSAGES, ROOT, clean_env, message_file
from test_end_to_end import load_cases, poll, settings_for

from inbox_agent.config import load_settings
from inbox_agent.core.caps import exceeded, parse_caps
from inbox_agent.errors import ConfigError
from inbox_agent.store.database import Store

LOOKALIKES = sorted((MESSAGES / "lookalikes").glob("*.eml"))


def crlf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def append_many(account, raws, folder: str = "INBOX") -> None:
    client = account.connect()
    try:
        for raw in raws:
            typ, data = client.append(folder, "", None, raw)
            assert typ == "OK", data
    finally:
        client.logout()


def outbox(tmp_path):
    with Store(tmp_path / "data", readonly=True) as store:
        return store.outbox_entries()


@pytest.mark.servers
def test_no_acknowledgement_to_any_automatic_mail_while_people_still_get_one(account, smtp, agent, tmp_path, corpora):
    automated = sorted(p for p in (corpora / "automated").rglob("*") if p.is_file() and p.suffix not in (".md", ".csv"))
    assert len(automated) == 403 and len(LOOKALIKES) >= 20
    append_many(account, [crlf(p.read_bytes()) for p in automated] + [crlf(p.read_bytes()) for p in LOOKALIKES])

    result = poll(agent, settings_for(account, smtp, tmp_path, ACK_SINCE="2000-01-01"))
    # Each message once, by what became of it; "needs_review" marks some of the filed ones and is not counted again.
    assert sum(n for k, n in result["counts"].items() if k != "needs_review") == len(automated) + len(LOOKALIKES)

    people = {
        message_from_bytes(p.read_bytes(), policy=policy.default)["From"].addresses[0].addr_spec.lower()
        for p in LOOKALIKES
    }
    cases, records = load_cases(tmp_path)
    # A case the learned model was unsure of waits for the Clerk's review, unacknowledged until she decides.
    held = {c["sender"] for c in cases if c["status"] == "needs_review"} & people
    assert len(held) <= 2
    acknowledged = [r.rcpt_tos for r in smtp.received]
    assert sorted(a[0] for a in acknowledged) == sorted(people - held)  # every other person once, and nobody else
    corpus_records = [r for r in records if not r.get("message_id", "").startswith("<lookalike-")]
    assert len(corpus_records) == len(automated)
    # Each is recognised as automatic mail, or is a copy of one already seen, or is quarantined, and none is answered.
    # Two machine notices that look automatic only by signs a person's mail can show (a no-reply sender, a subject)
    # read as complaints: like a voicemail transcript of a real one, each opens a case that waits for the Clerk's
    # review, unacknowledged (rules.decide, _person_behind). That is the price of not losing a person's request.
    assert {(r["disposition"], r.get("category")) for r in corpus_records} <= {
        ("no_case", "automated"),
        ("quarantined", None),
        ("duplicate", None),
        ("filed", "complaint"),
    }
    filed = {r["case"] for r in corpus_records if r["disposition"] == "filed"}
    assert len(filed) <= 2 and all(c["status"] == "needs_review" for c in cases if c["ref"] in filed)


@pytest.mark.servers
def test_a_flood_from_one_sender_gets_one_acknowledgement_across_restarts(account, smtp, agent, tmp_path):
    def complaint(i: int) -> bytes:
        return (
            f"From: Persistent Person <flood@example.org>\r\nTo: clerk@thurcastonandcropston.org.uk\r\n"
            f"Subject: Complaint number {i}\r\nMessage-ID: <flood-{i}@example.org>\r\n\r\n"
            f"This is complaint {i}. It is a disgrace and I want to complain.\r\n"
        ).encode()

    env = settings_for(account, smtp, tmp_path, ACK_SINCE="2000-01-01")
    append_many(account, [complaint(i) for i in range(50)])
    result = poll(agent, env)
    assert result["counts"] == {"filed": 50, "ack_held": 49}
    assert len(smtp.received) == 1

    append_many(account, [complaint(i) for i in range(50, 55)])
    assert poll(agent, env)["counts"] == {"filed": 5, "ack_held": 5}
    assert len(smtp.received) == 1
    cases, _ = load_cases(tmp_path)
    held = [c for c in cases if c.get("ack_held")]
    assert len(cases) == 55 and len(held) == 54
    assert "1/1h for this sender" in held[0]["ack_held"]


@pytest.mark.servers
@pytest.mark.parametrize("answer", ["451 4.3.0 Try again later", "421 4.3.2 Service shutting down"])
def test_a_temporary_refusal_is_retried_and_sent_once(account, smtp, agent, tmp_path, answer):
    env = settings_for(account, smtp, tmp_path, ACK_SINCE="2000-01-01", OUTBOX_RETRY_SECONDS="0")
    smtp.handler.replies.append(answer)
    account.append(message_file("complaint.eml"))
    first = poll(agent, env)
    assert first["mail"]["retry"] == 1 and smtp.received == []
    [entry] = outbox(tmp_path)
    assert entry.state == "queued" and answer.split()[0] in entry.last_error
    second = poll(agent, env)
    assert second["mail"]["sent"] == 1
    poll(agent, env)
    assert [r.rcpt_tos for r in smtp.received] == [["m.collins@example.net"]]
    [entry] = outbox(tmp_path)
    assert entry.state == "sent" and entry.attempts == 2


@pytest.mark.servers
def test_a_permanent_refusal_fails_and_is_not_retried(account, smtp, agent, tmp_path):
    env = settings_for(account, smtp, tmp_path, ACK_SINCE="2000-01-01", OUTBOX_RETRY_SECONDS="0", ENVELOPE_FROM="<>")
    smtp.handler.replies.append("550 5.1.1 No such user")
    account.append(message_file("complaint.eml"))
    assert poll(agent, env)["mail"]["failed"] == 1
    assert poll(agent, env)["mail"] == {"failed": 0, "retry": 0, "sent": 0, "unconfirmed": 0}
    [entry] = outbox(tmp_path)
    assert entry.state == "failed" and "550" in entry.last_error
    assert smtp.received == []
    listed = agent("outbox", "list", "--state", "failed", env=env)
    assert "TCPC-" in listed.stdout and "550" in listed.stdout
    # The Clerk can send it again by hand; with the null envelope sender RFC 3834 prefers.
    assert agent("outbox", "retry", entry.id, env=env).returncode == 0
    poll(agent, env)
    assert [(r.mail_from, r.rcpt_tos) for r in smtp.received] == [("<>", ["m.collins@example.net"])]


CRASH_BETWEEN_ACCEPT_AND_MARK = textwrap.dedent("""
    import os, sys
    from inbox_agent.mail import outbox

    def accepted_then_killed(store, entry, data, now, sent_folder, on_sent):
        if sent_folder is not None and entry.kind == "ack":
            sent_folder.append(data, now)   # the server took it and the copy is in Sent...
        os._exit(9)                         # ...and the agent dies before recording it

    outbox._record_sent = accepted_then_killed
    from inbox_agent.cli.main import main
    sys.exit(main(["poll", "--once"]))
""")


@pytest.mark.servers
@pytest.mark.parametrize("sent_folder, expected_state", [("auto", "sent"), ("", "unconfirmed")])
def test_a_crash_between_accept_and_mark_sends_no_duplicate(
    account, smtp, agent, tmp_path, sent_folder, expected_state
):
    env = settings_for(account, smtp, tmp_path, ACK_SINCE="2000-01-01", SENT_FOLDER=sent_folder)
    account.append(message_file("complaint.eml"))
    crashed = subprocess.run(
        [sys.executable, "-c", CRASH_BETWEEN_ACCEPT_AND_MARK],
        cwd=tmp_path,
        env=clean_env(**env, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert crashed.returncode == 9, crashed.stderr
    assert len(smtp.received) == 1
    assert outbox(tmp_path)[0].state == "queued"  # the outcome was never committed...
    assert (tmp_path / "data" / "outbox" / "sending.journal").read_text().split()[0] == "SENDING"  # ...but journalled

    poll(agent, env)
    poll(agent, env)
    assert len(smtp.received) == 1
    [entry] = outbox(tmp_path)
    assert entry.state == expected_state
    [case] = load_cases(tmp_path)[0]
    assert case["status"] == ("acknowledged" if expected_state == "sent" else "new")
    if sent_folder:
        copies = account.run("select", "Sent")
        assert copies[0] == "OK" and copies[1][0] == b"1"


@pytest.mark.servers
def test_each_acknowledgement_is_copied_to_the_sent_folder(account, smtp, agent, tmp_path):
    env = settings_for(account, smtp, tmp_path, ACK_SINCE="2000-01-01")
    account.append(message_file("complaint.eml"))
    poll(agent, env)
    [entry] = outbox(tmp_path)
    assert entry.sent_copy is True
    client = account.connect()
    try:
        client.select("Sent", readonly=True)
        typ, data = client.uid("SEARCH", "HEADER", "Message-ID", f'"{entry.message_id}"')
        assert data[0].split()
        typ, flags = client.uid("FETCH", data[0].split()[0], "(FLAGS BODY.PEEK[HEADER.FIELDS (X-CLERK-INBOX-AGENT)])")
        assert b"\\Seen" in flags[0][0] and entry.case.encode() in flags[0][1]
    finally:
        client.logout()


@pytest.mark.servers
def test_hostile_headers_never_create_a_header(account, smtp, agent, tmp_path):
    hostile = (
        "From: =?utf-8?q?Mallory=0D=0ABcc=3A_victim=40example=2Eorg?= <mallory@example.org>\r\n"
        "To: clerk@thurcastonandcropston.org.uk\r\n"
        "Subject: =?utf-8?q?Complaint=0D=0ABcc=3A_victim=40example=2Eorg?= " + "ê" * 1000 + "\r\n"
        "Message-ID: <hostile-1@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "This is a disgrace and I want to complain.\r\n"
    ).encode()
    account.append(hostile)
    poll(agent, settings_for(account, smtp, tmp_path, ACK_SINCE="2000-01-01"))
    [received] = smtp.received
    assert received.rcpt_tos == ["mallory@example.org"]
    mail = message_from_bytes(received.data, policy=policy.default)
    assert sorted(mail.keys()) == sorted(
        [
            "From",
            "To",
            "Subject",
            "Date",
            "Message-ID",
            "Auto-Submitted",
            "X-Auto-Response-Suppress",
            "In-Reply-To",
            "References",
            "X-Clerk-Inbox-Agent",
            "Content-Type",
            "Content-Transfer-Encoding",
            "MIME-Version",
        ]
    )
    assert "\n" not in mail["Subject"] and "\r" not in mail["Subject"]
    assert mail["Subject"].endswith(f"[{load_cases(tmp_path)[0][0]['ref']}]")
    assert "ê" in mail["Subject"] and "…" in mail["Subject"]  # shortened by whole characters, RFC 2047 encoded
    assert max(len(line) for line in received.data.split(b"\r\n")) <= 998
    assert mail["To"].addresses[0].display_name.startswith("Mallory")


# -- the pure parts --------------------------------------------------------------------------


def test_caps_count_within_their_windows():
    now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    caps = parse_caps("1/1h,3/24h", "ACK_SENDER_CAPS")
    times = lambda *hours: sorted((now - timedelta(hours=h)).isoformat() for h in hours)  # noqa: E731
    assert exceeded(times(), caps, now) is None
    assert exceeded(times(0.5), caps, now).label == "1/1h"
    assert exceeded(times(2, 5), caps, now) is None
    assert exceeded(times(2, 5, 23), caps, now).label == "3/24h"
    assert exceeded(times(25, 26, 27), caps, now) is None


@pytest.mark.parametrize("key", ["ACK_SENDER_CAPS", "ACK_GLOBAL_CAPS"])
@pytest.mark.parametrize("text", ["3", "3/24", "0/1h", "x/1h", "3/0d", "", "  ", "1/1h,", "1/1h,,3/24h"])
def test_bad_caps_name_the_key(key, text):
    """An empty value is an error, not "no cap": a blank line must not remove the protection."""
    with pytest.raises(ConfigError) as error:
        load_settings(None, environ={key: text})
    assert key in str(error.value) and "1/1h,3/24h,10/7d" in str(error.value) and f"{key}=none" in str(error.value)


def test_no_cap_is_spelt_out():
    settings = load_settings(None, environ={"ACK_SENDER_CAPS": "none", "ACK_GLOBAL_CAPS": " None "})
    assert settings.ack_sender_caps == () and settings.ack_global_caps == ()
    assert [c.label for c in load_settings(None, environ={}).ack_sender_caps] == ["1/1h", "3/24h", "10/7d"]


def test_an_empty_cap_in_env_stops_poll_with_the_fix(agent, tmp_path):
    (tmp_path / ".env").write_text(
        "IMAP_HOST=127.0.0.1\nIMAP_USER=u\nIMAP_PASSWORD=p\nSMTP_HOST=127.0.0.1\nACK_SENDER_CAPS=\n"
    )
    result = agent("poll", "--once")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "ACK_SENDER_CAPS is empty" in result.stderr and "ACK_SENDER_CAPS=none" in result.stderr


def test_envelope_sender_defaults_to_the_from_address_and_can_be_null():
    assert load_settings(None, environ={}).envelope_from == "clerk@thurcastonandcropston.org.uk"
    assert load_settings(None, environ={"ENVELOPE_FROM": "<>"}).envelope_from == ""


def test_an_html_alternative_is_autoescaped(tmp_path):
    import shutil

    from inbox_agent.core.normalise import parse
    from inbox_agent.core.records import Case
    from inbox_agent.core.rules import load_rules
    from inbox_agent.reports.render import Renderer

    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    (templates / "ack" / "complaint.html.j2").write_text("<p>Your message about {{ subject }} is {{ ref }}.</p>")
    settings = load_settings(None, environ={"TEMPLATES_DIR": str(templates)})
    message = parse(b"From: a@example.org\r\nSubject: <script>alert(1)</script>\r\nMessage-ID: <x@y>\r\n\r\nhi\r\n")
    rules = load_rules(ROOT / "rules.yaml", templates)
    mail = Renderer(settings).acknowledgement(
        Case(ref="TCPC-2026-0001"), rules.category("complaint"), message, datetime(2026, 11, 24, tzinfo=UTC)
    )
    html = mail.get_body(("html",)).get_content()
    plain = mail.get_body(("plain",)).get_content()
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert "<script>" not in plain and "<script>alert(1)</script>" in mail["Subject"]  # a header is not HTML
    assert Path(templates / "ack" / "complaint.html.j2").exists()


@pytest.mark.parametrize(
    "head",
    [
        b"From: Resident 5 <resident5@example.org>\r\nSubject: The verges\r\nMessage-ID: <a@b>\r\n",
        "From: =?utf-8?q?Zo=C3=AB_=C3=85str=C3=B6m?= <zoe@example.org>\r\nSubject: Les haies, encore: très".encode()
        + b" long " * 30
        + b"\r\nMessage-ID: <a@b>\r\nReferences: <c@d> <e@f>\r\nIn-Reply-To: <e@f>\r\n",
        'From: "O\'Brien, Séan (Parish Watch)" <séan@exämple.org>\r\nSubject: =?utf-8?b?w6k=?=\r\n'.encode(),
    ],
)
def test_acknowledgement_bytes_are_those_of_the_stock_policies(head, monkeypatch):
    """render.SMTP makes each header's class once instead of at every header:
    the bytes must be exactly what the email package's own policies write."""
    import email.policy

    import inbox_agent.reports.render as render
    from inbox_agent.core.normalise import parse
    from inbox_agent.core.records import Case
    from inbox_agent.core.rules import load_rules

    monkeypatch.setattr(render, "make_msgid", lambda **_: "<fixed@thurcastonandcropston.org.uk>")
    settings = load_settings(None, environ={})
    category = load_rules(ROOT / "rules.yaml", ROOT / "templates").category("complaint")
    message = parse(head + b"\r\nThe verges are a disgrace.\r\n")
    case = Case(ref="TCPC-2026-0005", sender=message.sender, sender_name=message.sender_name)
    now = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    ours = render.Renderer(settings).acknowledgement(case, category, message, now)
    twice = render.Renderer(settings).acknowledgement(case, category, message, now)
    monkeypatch.setattr(render, "SMTP", email.policy.SMTP)
    monkeypatch.setattr(render, "SMTPUTF8", email.policy.SMTPUTF8)
    stock = render.Renderer(settings).acknowledgement(case, category, message, now)
    assert ours.policy is not stock.policy  # the comparison is between the two
    assert ours.checked_bytes == twice.checked_bytes == stock.checked_bytes == bytes(stock)
    assert message.sender.encode() in stock.checked_bytes
