"""The Clerk's replies from her own mail client, found in the real Dovecot's Sent folder, join their cases' timelines
and evidence bundles, and are never classified or acknowledged."""

from __future__ import annotations

import hashlib
import json

import pytest
from board import add_clerk, board_settings, login
from conftest import ROOT, message_file
from test_end_to_end import load_cases, poll, settings_for

from inbox_agent.core.rules import load_rules
from inbox_agent.store.database import Store
from inbox_agent.web.board import create_app

pytestmark = pytest.mark.servers


def clerk_reply(subject: str, message_id: str, in_reply_to: str = "") -> bytes:
    threading = f"In-Reply-To: {in_reply_to}\r\nReferences: {in_reply_to}\r\n" if in_reply_to else ""
    return (
        f"From: Marianne Lane <clerk@thurcastonandcropston.org.uk>\r\nTo: Margaret Collins <m.collins@example.net>\r\n"
        f"Subject: {subject}\r\nDate: Tue, 24 Nov 2026 09:30:00 +0000\r\nMessage-ID: {message_id}\r\n{threading}"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Dear Mrs Collins,\r\n\r\nThe verges will be cut on Friday. You idiot "
        "drivers will be fine.\r\n\r\nMarianne Lane, Clerk\r\n"
    ).encode()


def test_the_clerks_replies_in_sent_join_the_case_and_its_evidence_and_are_never_answered(
    account, smtp, agent, tmp_path
):
    env = settings_for(account, smtp, tmp_path, ACK_SINCE="2000-01-01")
    account.append(message_file("complaint.eml"))
    first = poll(agent, env)
    assert first["counts"]["filed"] == 1 and len(smtp.received) == 1  # the acknowledgement, copied to Sent by the agent
    [case], records = load_cases(tmp_path)
    ref = case["ref"]
    account.append(
        clerk_reply(
            "Re: Overgrown verges on Station Road",
            "<reply-1@thurcastonandcropston.org.uk>",
            in_reply_to="<20261123181240.4412@mail.example.net>",
        ),
        folder="Sent",
    )
    account.append(clerk_reply(f"Verges [{ref}]", "<reply-2@thurcastonandcropston.org.uk>"), folder="Sent")
    account.append(clerk_reply("Parish newsletter", "<other@thurcastonandcropston.org.uk>"), folder="Sent")  # no case
    second = poll(agent, env)
    assert second["counts"] == {"clerk_replies": 2}
    assert len(smtp.received) == 1  # nothing was acknowledged, nothing alerted
    [case], after = load_cases(tmp_path)
    assert len(after) == len(records)  # never filed as incoming mail
    sent = [m for m in case["messages"] if m.get("direction") == "sent"]
    assert [m["message_id"] for m in sent] == [
        "<reply-1@thurcastonandcropston.org.uk>",
        "<reply-2@thurcastonandcropston.org.uk>",
    ]
    replies = [e for e in case["history"] if e["kind"] == "clerk_reply"]
    assert len(replies) == 2 and all(e["by"] == "clerk" and "m.collins@example.net" in e["note"] for e in replies)
    assert case["category"] == "complaint" and case["status"] == "acknowledged"  # the words 'idiot' changed nothing
    assert poll(agent, env)["counts"] == {}  # once
    out = tmp_path / "bundle"
    exported = agent("cases", "export", ref, "--out", str(out), env=env)
    assert exported.returncode == 0, exported.stderr
    manifest = json.loads((out / ref / "manifest.json").read_text())
    assert len(manifest["files"]) == 3
    for entry in manifest["files"]:
        assert hashlib.sha256((out / ref / entry["file"]).read_bytes()).hexdigest() == entry["sha256"]
    assert b"The verges will be cut on Friday" in (out / ref / manifest["files"][1]["file"]).read_bytes()
    assert "reply sent by the Clerk" in (out / ref / "timeline.txt").read_text()
    with Store(tmp_path / "data", readonly=True) as store:
        assert (
            store.case_for_message_id("<reply-1@thurcastonandcropston.org.uk>") == ref
        )  # an answer to it threads here
    add_clerk(tmp_path / "data")
    client = create_app(
        board_settings(tmp_path / "data"), load_rules(ROOT / "rules.yaml", ROOT / "templates")
    ).test_client()
    login(client)
    page = client.get(f"/cases/{ref}").text
    assert page.count("Reply from the Clerk") == 2 and "The verges will be cut on Friday" in page
