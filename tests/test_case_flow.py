"""Issue 15 and 16 end to end, against real Dovecot and SMTP: every reply is judged, only a case's participants
can thread into it, uncertain mail waits for the Clerk, and a threat's acknowledgement is hers to send."""

from __future__ import annotations

import json
import time
from email import message_from_bytes, policy

import pytest
from conftest import message_file
from test_actions import TEST_RULES, rules_file
from test_end_to_end import load_cases, poll, settings_for

pytestmark = pytest.mark.servers

CLERK = "clerk@thurcastonandcropston.org.uk"
RESIDENT = "m.collins@example.net"
YEAR = time.gmtime().tm_year


def ref(n: int) -> str:
    return f"TCPC-{YEAR}-{n:04d}"


def to(smtp, address):
    return [message_from_bytes(r.data, policy=policy.default) for r in smtp.received if r.rcpt_tos == [address]]


def alerts(smtp):
    return [message_from_bytes(r.data, policy=policy.default) for r in smtp.received if CLERK in r.rcpt_tos]


def flat(mail) -> str:
    return " ".join(mail.get_content().split())


def reply(
    sender: str,
    message_id: str,
    in_reply_to: str,
    body: str,
    subject: str = "Re: Overgrown verges on Station Road",
    extra: str = "",
) -> bytes:
    return (
        f"From: {sender}\r\nTo: {CLERK}\r\nSubject: {subject}\r\nMessage-ID: <{message_id}>\r\n"
        f"In-Reply-To: {in_reply_to}\r\nReferences: {in_reply_to}\r\n{extra}\r\n{body}\r\n"
    ).encode()


def test_a_threat_in_a_reply_escalates_the_case_and_alerts_the_clerk(account, smtp, agent, tmp_path):
    env = settings_for(account, smtp, tmp_path, ALERT_EMAILS="chair@example.org", ACK_SINCE="2020-01-01")
    account.append(message_file("complaint.eml"))
    poll(agent, env)
    [ack] = to(smtp, RESIDENT)
    assert alerts(smtp) == []

    account.append(reply(RESIDENT, "calm@example.net", ack["Message-ID"], "Thank you, I look forward to hearing."))
    poll(agent, env)
    [case], _ = load_cases(tmp_path)
    assert case["category"] == "complaint" and case["severity"] == "normal" and len(case["messages"]) == 2
    assert case["history"][-1]["kind"] == "reply" and alerts(smtp) == []  # a calm reply keeps the case as it is

    account.append(
        reply(
            RESIDENT,
            "angry@example.net",
            ack["Message-ID"],
            "Still nothing. I know where you live and I will be round to see you.",
        )
    )
    counts = poll(agent, env)["counts"]
    assert counts["threaded"] == 1 and counts["escalated"] == 1 and counts["alerts_queued"] == 1
    [case], records = load_cases(tmp_path)
    assert case["category"] == "threat" and case["severity"] == "urgent" and len(case["messages"]) == 3
    assert case["escalated"]["from"] == "complaint"
    [escalated] = [e for e in case["history"] if e["kind"] == "escalated"]
    assert escalated["note"].startswith(f"complaint to threat: a reply from {RESIDENT} is threat")
    assert escalated["note"].endswith("policy 2.3, 3.2, 3.5")
    assert any(h["category"] == "threat" for h in case["hits"])  # the reply's hits, for the alert and cases show
    assert {r["message_id"]: r.get("category") for r in records}["<angry@example.net>"] == "threat"

    [alert] = alerts(smtp)
    assert sorted(next(r.rcpt_tos for r in smtp.received if CLERK in r.rcpt_tos)) == ["chair@example.org", CLERK]
    body = flat(alert)
    assert case["ref"] in alert["Subject"] and "3.5" in body
    assert "A reply in this case, which was filed as complaint, escalated it" in body
    assert "An acknowledgement with the case reference has been sent to the sender." in body  # the complaint's went
    assert len(to(smtp, RESIDENT)) == 1  # no second acknowledgement
    poll(agent, env)
    assert len(alerts(smtp)) == 1  # once


def test_a_stranger_replying_into_a_case_gets_a_new_linked_case_outside_the_residents_data(
    account, smtp, agent, tmp_path
):
    env = settings_for(account, smtp, tmp_path, ACK_SINCE="2020-01-01")
    original = message_file("complaint.eml").replace(
        b"To: Clerk <clerk@thurcastonandcropston.org.uk>\r\n",
        b"To: Clerk <clerk@thurcastonandcropston.org.uk>\r\nCc: nosy@example.org\r\n",
    )
    account.append(original)
    poll(agent, env)
    # The neighbour copied on the complaint replies to all, and says something of their own.
    account.append(
        reply(
            "nosy@example.org",
            "nosy-1@example.org",
            "<20261123181240.4412@mail.example.net>",
            "Quite right Margaret. Nothing has been done about the bins at number 14 either, it is a disgrace.",
        )
    )
    counts = poll(agent, env)["counts"]
    assert counts["filed"] == 1 and "threaded" not in counts
    (first, second), _ = load_cases(tmp_path)
    assert first["sender"] == RESIDENT and len(first["messages"]) == 1 and first["status"] == "acknowledged"
    assert second["sender"] == "nosy@example.org" and second["linked"] == [first["ref"]]
    assert first["linked"] == [second["ref"]] and first["history"][-1]["kind"] == "linked"

    out = tmp_path / "sar"
    result = agent("privacy", "export", RESIDENT, "--out", str(out), env=env)
    assert result.returncode == 0, result.stderr
    data = json.loads((out / "data.json").read_text())
    assert [c["ref"] for c in data["cases"]] == [first["ref"]]
    assert sorted(p.name for p in (out / "messages").iterdir()) == [f"{first['ref']}-1.eml"]
    disclosed = b"".join(p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name != "clerk-review.txt")
    assert b"bins at number 14" not in disclosed and b"nosy-1@example.org" not in disclosed

    # The resident herself still threads in, by In-Reply-To to the acknowledgement or to her own message.
    [ack] = to(smtp, RESIDENT)
    account.append(reply(RESIDENT, "again@example.net", ack["Message-ID"], "Any news please?"))
    assert poll(agent, env)["counts"] == {"threaded": 1}
    assert len(load_cases(tmp_path)[0][0]["messages"]) == 2


def test_uncertain_mail_waits_for_the_clerk_then_reclassify_sends_what_is_owed(account, smtp, agent, tmp_path):
    env = settings_for(
        account, smtp, tmp_path, ACK_SINCE="2020-01-01", RULES_FILE=str(rules_file(tmp_path, TEST_RULES))
    )
    account.append(
        b"From: r.hale@example.org\r\nTo: clerk@thurcastonandcropston.org.uk\r\nSubject: the bench\r\n"
        b"Message-ID: <unsure-1@example.org>\r\n\r\nThe bench is broken again. Watch yourself.\r\n"
    )
    counts = poll(agent, env)["counts"]
    assert counts == {"filed": 1, "needs_review": 1}
    [case], _ = load_cases(tmp_path)
    assert case["status"] == "needs_review" and case["category"] == "enquiry"
    assert smtp.received == []  # not acknowledged until the Clerk decides

    preview = agent("digest", "--preview", "--out", str(tmp_path / "digest"), env=env)
    assert preview.returncode == 0, preview.stderr
    text = (tmp_path / "digest" / "digest.txt").read_text()
    assert text.index("NEEDS YOUR DECISION") < text.index("UNRESOLVED CASES")
    assert f"{case['ref']}  filed as Enquiry, but the agent is unsure: a threat cue scored 1" in text

    done = agent("cases", "reclassify", case["ref"], "threat", "--note", "aimed at the chairman", env=env)
    assert done.returncode == 0, done.stderr
    poll(agent, env)
    [alert] = alerts(smtp)
    assert "clerk reclassified this case from enquiry to threat: aimed at the chairman" in flat(alert)
    assert "it is held for your decision" in flat(alert)
    assert to(smtp, "r.hale@example.org") == []

    sent = agent("cases", "ack", case["ref"], "--send", env=env)
    assert sent.returncode == 0, sent.stderr
    poll(agent, env)
    [ack] = to(smtp, "r.hale@example.org")
    assert ack["In-Reply-To"] == "<unsure-1@example.org>" and case["ref"] in ack["Subject"]
    [case], _ = load_cases(tmp_path)
    assert case["category"] == "threat" and case["status"] == "acknowledged"
    kinds = [(e["kind"], e["by"]) for e in case["history"]]
    assert ("reclassified", "clerk") in kinds and ("acknowledgement_queued", "clerk") in kinds

    scored = agent("rules", "test", "--corrections", env=env)
    assert scored.returncode == 0 and "0 of 1 right" in scored.stdout


def test_a_threat_is_alerted_with_its_acknowledgement_held(account, smtp, agent, tmp_path):
    env = settings_for(account, smtp, tmp_path, ACK_SINCE="2020-01-01")
    account.append(
        b"From: anon4471@example.com\r\nTo: clerk@thurcastonandcropston.org.uk\r\nSubject: a warning\r\n"
        b"Message-ID: <threat-1@example.com>\r\n\r\nI know where you live. Watch your back.\r\n"
    )
    assert poll(agent, env)["counts"]["ack_waits_for_clerk"] == 1
    [alert] = alerts(smtp)
    assert "No acknowledgement has been sent to the sender: it is held for your decision." in flat(alert)
    assert to(smtp, "anon4471@example.com") == []
    [case], _ = load_cases(tmp_path)
    dropped = agent("cases", "ack", case["ref"], "--drop", "--note", "police advised no contact", env=env)
    assert dropped.returncode == 0, dropped.stderr
    poll(agent, env)
    assert to(smtp, "anon4471@example.com") == []
    [case], _ = load_cases(tmp_path)
    assert case["ack_dropped"]["note"] == "police advised no contact" and "ack_pending" not in case
