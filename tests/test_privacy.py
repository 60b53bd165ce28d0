"""Data protection: legal-request clocks, retention, subject access export and erasure."""

from __future__ import annotations

from datetime import date, datetime, timezone
from email import message_from_bytes

import pytest

from conftest import ROOT
from inbox_agent.cases import statutory_deadline
from inbox_agent.models import Deadline
from inbox_agent.store import Store
from test_pipeline import NOW, RULES, maildir_with, run_poll

FOI = Deadline("FOIA s.10", working_days=20, uk_holidays=True)
SAR = Deadline("UK GDPR Art. 12(3)", calendar_months=1)


@pytest.mark.parametrize("rule, received, due", [
    (FOI, date(2026, 11, 24), date(2026, 12, 23)),   # St Andrew's Day (Scotland, Mon 30 Nov) is not a working day for FOI
    (FOI, date(2026, 12, 10), date(2027, 1, 13)),    # Christmas, Boxing Day (Mon 28), New Year, and Scotland's 2 January (Mon 4)
    (Deadline("England only", working_days=20), date(2026, 12, 10), date(2027, 1, 12)),
    (FOI, date(2026, 11, 28), date(2026, 12, 30)),   # received on a Saturday; counting starts on Tuesday 1 December
    (SAR, date(2026, 11, 24), date(2026, 12, 24)),
    (SAR, date(2027, 1, 31), date(2027, 3, 1)),      # no 31 February: the 28th, a Sunday, so Monday 1 March
    (SAR, date(2026, 11, 28), date(2026, 12, 29)),   # 28 December 2026 is the Boxing Day bank holiday
    (SAR, date(2027, 3, 26), date(2027, 4, 26)),     # 26 April is a Monday; Easter Monday (29 March) does not matter
])
def test_legal_deadlines_count_as_the_law_does(rule, received, due):
    assert statutory_deadline(rule, received)["due"] == due.isoformat()


def request(subject: str, body: str, sender: str = "g.linton@example.net") -> bytes:
    return (f"From: George Linton <{sender}>\r\nTo: clerk@thurcastonandcropston.org.uk\r\nSubject: {subject}\r\n"
            f"Message-ID: <{abs(hash(subject))}@example.net>\r\nDate: Tue, 24 Nov 2026 08:00:00 +0000\r\n\r\n{body}\r\n").encode()


def test_foi_and_subject_access_requests_are_filed_with_their_clocks_acknowledged_and_in_the_digest(tmp_path, agent):
    maildir_with(tmp_path,
                 request("FOI request", "Under the Freedom of Information Act please provide the playground invoices."),
                 request("My data", "This is a subject access request: a copy of all the personal data you hold about me.",
                         sender="s.quinn@example.net"))
    run_poll(tmp_path)
    with Store(tmp_path / "data", readonly=True) as store:
        cases = {c["category"]: c for c in store.all_cases()}
    assert cases["foi_request"]["deadline"]["due"] == "2026-12-23" and "Freedom of Information" in cases["foi_request"]["deadline"]["law"]
    assert cases["subject_access"]["deadline"]["due"] == "2026-12-24"
    sent = {message_from_bytes(p.read_bytes())["X-Clerk-Inbox-Agent"]: message_from_bytes(p.read_bytes())
            for p in (tmp_path / "sent").glob("*.eml")}
    foi = sent[cases["foi_request"]["ref"]].get_payload(decode=True).decode()
    sar = sent[cases["subject_access"]["ref"]].get_payload(decode=True).decode()
    assert "Wednesday 23 December 2026" in foi and "Freedom of Information Act 2000" in foi
    assert "Thursday 24 December 2026" in sar and "one calendar month" in sar
    preview = agent("digest", "--preview", "--out", str(tmp_path / "preview"), env={"DATA_DIR": str(tmp_path / "data")})
    assert preview.returncode == 0, preview.stderr
    text = next(p for p in (tmp_path / "preview").iterdir() if p.suffix == ".txt").read_text()
    for case in cases.values():  # a legal deadline is in the Clerk's digest whatever DIGEST_INCLUDE_COMPLAINTS says
        detail = text.split(f"{case['ref']}  ", 1)[1].splitlines()[1]
        assert f"due {case['deadline']['due']} (set by law)" in detail


def test_the_privacy_notice_link_is_in_every_acknowledgement_when_set(tmp_path):
    maildir_with(tmp_path, request("Complaint", "I wish to make a complaint about the verges."))
    run_poll(tmp_path, PRIVACY_NOTICE_URL="https://thurcastonandcropston.org.uk/privacy")
    [mail] = [message_from_bytes(p.read_bytes()) for p in (tmp_path / "sent").glob("*.eml")]
    assert "https://thurcastonandcropston.org.uk/privacy" in mail.get_payload(decode=True).decode()
