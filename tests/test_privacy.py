"""Data protection: legal-request clocks, retention, subject access export and erasure."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email import message_from_bytes

import pytest
from test_pipeline import NOW, RULES, maildir_with, run_poll

from inbox_agent.core.cases import statutory_deadline
from inbox_agent.core.digest import short_date
from inbox_agent.core.models import Deadline
from inbox_agent.store.database import Store

FOI = Deadline("FOIA s.10", working_days=20, uk_holidays=True)
SAR = Deadline("UK GDPR Art. 12(3)", calendar_months=1)


@pytest.mark.parametrize(
    "rule, received, due",
    [
        (
            FOI,
            date(2026, 11, 24),
            date(2026, 12, 23),
        ),  # St Andrew's Day (Scotland, Mon 30 Nov) is not a working day for FOI
        (
            FOI,
            date(2026, 12, 10),
            date(2027, 1, 13),
        ),  # Christmas, Boxing Day (Mon 28), New Year, and Scotland's 2 January (Mon 4)
        (Deadline("England only", working_days=20), date(2026, 12, 10), date(2027, 1, 12)),
        (FOI, date(2026, 11, 28), date(2026, 12, 30)),  # received on a Saturday; counting starts on Tuesday 1 December
        (SAR, date(2026, 11, 24), date(2026, 12, 24)),
        (SAR, date(2027, 1, 31), date(2027, 3, 1)),  # no 31 February: the 28th, a Sunday, so Monday 1 March
        (SAR, date(2026, 11, 28), date(2026, 12, 29)),  # 28 December 2026 is the Boxing Day bank holiday
        (SAR, date(2027, 3, 26), date(2027, 4, 26)),  # 26 April is a Monday; Easter Monday (29 March) does not matter
    ],
)
def test_legal_deadlines_count_as_the_law_does(rule, received, due):
    assert statutory_deadline(rule, received).due == due.isoformat()


def request(subject: str, body: str, sender: str = "g.linton@example.net") -> bytes:
    return (
        f"From: George Linton <{sender}>\r\nTo: clerk@thurcastonandcropston.org.uk\r\nSubject: {subject}\r\n"
        f"Message-ID: <{abs(hash(subject))}@example.net>\r\nDate: Tue, 24 Nov 2026 08:00:00 +0000\r\n\r\n{body}\r\n"
    ).encode()


def test_foi_and_subject_access_requests_are_filed_with_their_clocks_acknowledged_and_in_the_digest(tmp_path, agent):
    maildir_with(
        tmp_path,
        request("FOI request", "Under the Freedom of Information Act please provide the playground invoices."),
        request(
            "My data",
            "This is a subject access request: a copy of all the personal data you hold about me.",
            sender="s.quinn@example.net",
        ),
    )
    run_poll(tmp_path)
    with Store(tmp_path / "data", readonly=True) as store:
        cases = {c.category: c for c in store.cases()}
    assert (
        cases["foi_request"].deadline.due == "2026-12-23"
        and "Freedom of Information" in cases["foi_request"].deadline.law
    )
    assert cases["subject_access"].deadline.due == "2026-12-24"
    sent = {
        message_from_bytes(p.read_bytes())["X-Clerk-Inbox-Agent"]: message_from_bytes(p.read_bytes())
        for p in (tmp_path / "sent").glob("*.eml")
    }
    foi = " ".join(sent[cases["foi_request"].ref].get_payload(decode=True).decode().split())
    sar = " ".join(sent[cases["subject_access"].ref].get_payload(decode=True).decode().split())
    assert "Wednesday 23 December 2026" in foi and "Freedom of Information Act 2000" in foi
    assert "Thursday 24 December 2026" in sar and "one calendar month" in sar
    preview = agent("digest", "--preview", "--out", str(tmp_path / "preview"), env={"DATA_DIR": str(tmp_path / "data")})
    assert preview.returncode == 0, preview.stderr
    text = next(p for p in (tmp_path / "preview").iterdir() if p.suffix == ".txt").read_text()
    for case in cases.values():  # a legal deadline is in the Clerk's digest whatever DIGEST_INCLUDE_COMPLAINTS says
        detail = text.split(f"{case.ref}  ", 1)[1].split("Last:", 1)[0]
        assert f"Reply due {short_date(case.deadline.due)} (set by law)" in detail


def test_the_privacy_notice_link_is_in_every_acknowledgement_when_set(tmp_path):
    maildir_with(tmp_path, request("Complaint", "I wish to make a complaint about the verges."))
    run_poll(tmp_path, PRIVACY_NOTICE_URL="https://thurcastonandcropston.org.uk/privacy")
    [mail] = [message_from_bytes(p.read_bytes()) for p in (tmp_path / "sent").glob("*.eml")]
    assert "https://thurcastonandcropston.org.uk/privacy" in mail.get_payload(decode=True).decode()


def mail(sender: str, subject: str, body: str, n: int) -> bytes:
    return (
        f"From: Resident <{sender}>\r\nTo: clerk@thurcastonandcropston.org.uk\r\nSubject: {subject}\r\n"
        f"Message-ID: <retention-{n}@example.net>\r\nDate: Tue, 24 Nov 2026 08:00:00 +0000\r\n\r\n{body}\r\n"
    ).encode()


def seeded(tmp_path) -> dict[str, str]:
    """Six cases and an enquiry, filed at NOW; returns the case reference for each role."""
    messages = {
        "complaint": mail("a@example.net", "Verges", "I wish to complain: the verges are a disgrace.", 1),
        "abusive": mail("b@example.net", "You lot", "You are useless idiots, the lot of you.", 2),
        "open": mail("c@example.net", "Bins", "I wish to complain about the bins again.", 3),
        "held": mail("d@example.net", "Playground", "A formal complaint about the playground.", 4),
        "police": mail("e@example.net", "Watch out", "I will kill you, clerk.", 5),
        "enquiry": mail("f@example.net", "Allotments", "Is there a waiting list for allotments?", 6),
    }
    maildir_with(tmp_path, *messages.values())
    run_poll(tmp_path)
    from inbox_agent.core import cases as casebook

    with Store(tmp_path / "data") as store:
        refs = {
            role: next(c.ref for c in store.cases() if c.sender == f"{letter}@example.net")
            for role, letter in (("complaint", "a"), ("abusive", "b"), ("open", "c"), ("held", "d"), ("police", "e"))
        }
        for role in ("complaint", "abusive", "held", "police"):
            store.put_case(casebook.transition(store.case(refs[role]), "resolve", NOW, by="clerk", note="done"))
        store.put_case(casebook.hold(store.case(refs["held"]), "claim threatened by the sender's solicitor", NOW))
        store.put_case(
            casebook.record_action(store.case(refs["police"]), "police", "reported", NOW, crime_reference="LE-1")
        )
        store.commit()
    return refs


def months_after(months: int, days: int = 1) -> datetime:
    from datetime import timedelta

    from inbox_agent.core.workdays import add_months

    return add_months(NOW, months) + timedelta(days=days)


def test_retention_anonymises_what_is_due_keeps_holds_and_open_cases_and_a_second_run_changes_nothing(tmp_path, agent):
    from inbox_agent.app.privacy import apply_retention

    refs = seeded(tmp_path)
    data = tmp_path / "data"
    with Store(data) as store:
        assert apply_retention(store, RULES, months_after(11)) == []  # nothing is due before twelve months
        before = {c.ref: c for c in store.cases()}
        evidence = {ref: before[ref].first_evidence for ref in refs.values()}
        done = apply_retention(store, RULES, months_after(12))
    assert {(d.kind, d.key) for d in done} == {
        ("case", refs["complaint"]),
        (
            "record",
            next(r.location for r in Store(data, readonly=True).message_records() if r.category == "enquiry"),
        ),
    }
    with Store(data, readonly=True) as store:
        cases = {c.ref: c for c in store.cases()}
        gone = cases[refs["complaint"]]
        assert gone.anonymised and gone.sender == gone.subject == gone.excerpt == ""
        assert gone.category == "complaint" and gone.status == "resolved" and gone.received  # the figures remain
        assert not store.evidence_path(evidence[refs["complaint"]]).exists()
        assert not (data / "outbox" / f"{refs['complaint']}-ack.eml").exists()
        for role in ("abusive", "open", "held", "police"):
            assert cases[refs[role]] == before[refs[role]] and store.evidence_path(evidence[refs[role]]).exists()
        enquiry = next(r for r in store.message_records() if r.category == "enquiry")
        assert enquiry.sender is None and enquiry.content_key.startswith("sha256:") and enquiry.scrubbed
        [entry] = [e for e in store.audit_entries() if e["subject"] == refs["complaint"]]
        assert "sender address" in entry["removed"] and "a@example.net" not in str(store.audit_entries())
    snapshot = (data / "store.json").read_bytes()
    with Store(data) as store:
        assert apply_retention(store, RULES, months_after(12, days=2)) == []  # a second run changes nothing
    assert (data / "store.json").read_bytes() == snapshot
    for command in (("cases", "show", refs["complaint"]), ("cases", "list"), ("privacy", "audit"), ("status",)):
        shown = agent(*command, env={"DATA_DIR": str(data)})
        assert "Traceback" not in shown.stderr and "a@example.net" not in shown.stdout, command
    exported = agent(
        "cases", "export", refs["complaint"], "--out", str(tmp_path / "bundle"), env={"DATA_DIR": str(data)}
    )
    assert exported.returncode == 1 and "was anonymised on" in exported.stderr  # said plainly, not a missing file
    # The same message arriving again is still recognised from its hash, and not filed twice.
    maildir_with(tmp_path, mail("a@example.net", "Verges", "I wish to complain: the verges are a disgrace.", 1))
    assert run_poll(tmp_path).counts == {"already_seen": 6, "duplicate": 1}
    # Six years on, the abusive case goes too; the held case and the one reported to the police never do.
    with Store(data) as store:
        later = apply_retention(store, RULES, months_after(72))
    assert [d.key for d in later if d.kind == "case"] == [refs["abusive"]]
    with Store(data, readonly=True) as store:
        assert (
            store.case(refs["held"]).sender == "d@example.net" and store.case(refs["police"]).sender == "e@example.net"
        )
        assert store.case(refs["open"]).sender == "c@example.net"  # open: never


def test_the_daily_retention_job_runs_once_a_day_at_its_time():
    from datetime import time as clock

    from inbox_agent.app.privacy import retention_due

    at = clock(3, 30)
    assert retention_due(datetime(2026, 11, 24, 4, 0, tzinfo=UTC), at, None)
    assert not retention_due(datetime(2026, 11, 24, 4, 0, tzinfo=UTC), at, "2026-11-24T03:31:00+00:00")
    assert not retention_due(datetime(2026, 11, 25, 3, 0, tzinfo=UTC), at, "2026-11-24T03:31:00+00:00")
    assert retention_due(datetime(2026, 11, 25, 3, 31, tzinfo=UTC), at, "2026-11-24T03:31:00+00:00")


def three_cases_and_a_mention(tmp_path):
    person = "g.linton@example.net"
    maildir_with(
        tmp_path,
        mail(person, "Verges", "I wish to complain: the verges are a disgrace.", 11),
        mail(person, "FOI request", "Under the Freedom of Information Act please send the grass cutting invoices.", 12),
        mail(person, "My data", "This is a subject access request for all data you hold about me.", 13),
        mail(
            "h.other@example.net", "Neighbour", f"I wish to complain about my neighbour George Linton ({person}).", 14
        ),
        mail("i.third@example.net", "Parking", "A formal complaint about parking at the hall.", 15),
    )
    run_poll(tmp_path, ACK_SENDER_CAPS="10/1h")
    return person


def test_the_subject_access_export_holds_exactly_their_data_and_lists_mentions_for_the_clerk(tmp_path, agent):
    person = three_cases_and_a_mention(tmp_path)
    out = tmp_path / "sar"
    result = agent("privacy", "export", person, "--out", str(out), env={"DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 0, result.stderr
    import json

    data = json.loads((out / "data.json").read_text())
    assert len(data["cases"]) == 3 and {c["sender"] for c in data["cases"]} == {person}
    assert {c["category"] for c in data["cases"]} == {"complaint", "foi_request", "subject_access"}
    assert sorted(p.name.split("-")[-1] for p in (out / "messages").iterdir()) == ["1.eml"] * 3
    assert len(list((out / "sent").iterdir())) == 3  # their three acknowledgements
    disclosed = b"".join(p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name != "clerk-review.txt")
    for other in (b"h.other@example.net", b"i.third@example.net", b"neighbour", b"Parking"):
        assert other not in disclosed  # nobody else's data
    assert "NOT FOR DISCLOSURE" in (out / "clerk-review.txt").read_text()
    mentioned = (out / "clerk-review.txt").read_text()
    with Store(tmp_path / "data", readonly=True) as store:
        [other] = [c.ref for c in store.cases() if c.sender == "h.other@example.net"]
    assert other in mentioned and "review before disclosure" in result.stdout and other in result.stdout
    assert "CASES WHERE YOU WROTE TO US: 3" in (out / "index.txt").read_text()
    again = agent("privacy", "export", person, "--out", str(out), env={"DATA_DIR": str(tmp_path / "data")})
    assert again.returncode != 0 and "already has files" in again.stderr  # never overwrites a bundle


@pytest.mark.servers
def test_erasure_leaves_no_trace_of_the_address_in_store_evidence_outbox_or_logs(account, smtp, agent, tmp_path):
    from test_acknowledgements import append_many
    from test_end_to_end import poll, settings_for

    person = "g.linton@example.net"
    append_many(
        account,
        [
            mail(person, "Verges", "I wish to complain: the verges are a disgrace.", 21),
            mail(
                person,
                "FOI request",
                "Under the Freedom of Information Act please send the grass cutting invoices.",
                22,
            ),
            mail(person, "My data", "This is a subject access request for all data you hold about me.", 23),
            mail(person, "Allotments", "Is there a waiting list for allotments?", 24),  # an enquiry: no case, a record
            mail("i.third@example.net", "Parking", "A formal complaint about parking at the hall.", 25),
        ],
    )
    env = settings_for(account, smtp, tmp_path, ACK_SINCE="2000-01-01", ACK_SENDER_CAPS="10/1h", LOG_LEVEL="DEBUG")
    assert poll(agent, env)["counts"] == {"filed": 4, "no_case": 1}
    data = tmp_path / "data"
    with Store(data, readonly=True) as store:
        mine = sorted(c.ref for c in store.cases() if c.sender == person)
    assert len(mine) == 3
    assert agent("cases", "hold", mine[0], "--reason", "claim expected", env=env).returncode == 0

    before = {
        p.relative_to(data).parts[0]
        for p in data.rglob("*")
        if p.is_file() and person.encode() in p.read_bytes().lower()
    }
    assert {"store.json", "evidence", "outbox"} <= before  # the search below can find it where it was

    snapshot = (data / "store.json").read_bytes()
    dry = agent("privacy", "erase", person, "--dry-run", env=env)
    assert dry.returncode == 1 and (data / "store.json").read_bytes() == snapshot  # a dry run changes nothing
    refused = agent("privacy", "erase", person, "--note", "request of 24 November", env=env)
    assert refused.returncode == 1 and f"refused: {mine[0]} is kept (legal hold: claim expected)" in refused.stderr
    with Store(data, readonly=True) as store:
        assert store.case(mine[0]).sender == person  # the held case is untouched ...
        assert all(store.case(ref).sender == "" for ref in mine[1:])  # ... and the rest are erased
        assert store.case(mine[1]).category == "foi_request"  # the council's figures keep the case's shape

    assert agent("cases", "release", mine[0], "--note", "no claim made", env=env).returncode == 0
    erased = agent("privacy", "erase", person, env=env)
    assert erased.returncode == 0, erased.stderr
    files = [p for p in data.rglob("*") if p.is_file()]
    assert any(p.parent.name == "logs" for p in files) and any("evidence" in p.parts for p in files)
    traces = [str(p.relative_to(data)) for p in files if person.encode() in p.read_bytes().lower()]
    assert traces == []  # store, evidence, outbox (copies and journal), logs, health: nowhere
    with Store(data, readonly=True) as store:
        assert store.case(mine[0]).anonymised and any(c.sender == "i.third@example.net" for c in store.cases())
        audit = store.audit_entries()
    assert [e["by"] for e in audit].count("privacy erase") >= 2 and any(
        "request of 24 November" in e["why"] for e in audit
    )
    listed = agent("privacy", "audit", env=env)
    assert listed.returncode == 0 and "privacy erase" in listed.stdout


def test_a_schedule_that_erases_removes_the_case_but_keeps_the_hash_and_the_audit(tmp_path):
    import dataclasses

    from inbox_agent.app.privacy import apply_retention
    from inbox_agent.core.models import Retention

    refs = seeded(tmp_path)
    erasing = dataclasses.replace(
        RULES,
        categories={
            **RULES.categories,
            "complaint": dataclasses.replace(
                RULES.categories["complaint"],
                retention=Retention(months=12, action="erase", why="the council's own schedule"),
            ),
        },
    )
    with Store(tmp_path / "data") as store:
        done = apply_retention(store, erasing, months_after(12))
    assert [d.key for d in done if d.kind == "case"] == [refs["complaint"]]  # the open and held complaints stay
    with Store(tmp_path / "data", readonly=True) as store:
        assert store.case(refs["complaint"]) is None and store.case(refs["open"]) and store.case(refs["held"])
        [record] = [r for r in store.message_records() if r.case == refs["complaint"]]
        assert record.content_key.startswith("sha256:") and record.sender is None and "sender" not in record.to_doc()
        actions = [(e["action"], e["subject"]) for e in store.audit_entries()]
    assert ("erased", refs["complaint"]) in actions and ("anonymised", refs["complaint"]) not in actions
    maildir_with(tmp_path, mail("a@example.net", "Verges", "I wish to complain: the verges are a disgrace.", 1))
    assert run_poll(tmp_path).counts.get("duplicate") == 1  # erased, and still never filed a second time


def test_retention_reads_the_cases_one_at_a_time(tmp_path, monkeypatch):
    """Every case as a Case at once, at the end of the poll that runs retention, was most of its peak memory."""
    from inbox_agent.app.privacy import apply_retention

    refs = seeded(tmp_path)

    def every_case_at_once(store: Store) -> list:
        raise AssertionError("retention built every case at once")

    monkeypatch.setattr(Store, "cases", every_case_at_once)
    with Store(tmp_path / "data") as store:
        done = apply_retention(store, RULES, months_after(12))
    assert ("case", refs["complaint"]) in {(d.kind, d.key) for d in done}


def test_retention_reads_the_outbox_once_for_all_the_cases_it_strips(tmp_path, monkeypatch):
    """Listing every outbox entry for each case it stripped made a run over thousands of cases quadratic."""
    from inbox_agent.app.privacy import apply_retention

    refs = seeded(tmp_path)
    listings: list[str] = []
    each_entry = Store.each_outbox_entry

    def counted(store: Store):
        listings.append("each")
        return each_entry(store)

    def every_entry_sorted(store: Store, *states):
        raise AssertionError("retention listed the whole outbox for a case")

    monkeypatch.setattr(Store, "each_outbox_entry", counted)
    monkeypatch.setattr(Store, "outbox_entries", every_entry_sorted)
    with Store(tmp_path / "data") as store:
        done = apply_retention(store, RULES, months_after(12))
        stripped = {d.key for d in done if d.kind == "case"}
        assert refs["complaint"] in stripped
        for ref in stripped:
            ack = store.outbox_entry(f"{ref}-ack")
            assert ack is None or (ack.scrubbed and not ack.to)  # each case's copy went all the same
    assert len(listings) == 2  # once to plan what is due, once to index the entries by case
    assert not (tmp_path / "data" / "outbox" / f"{refs['complaint']}-ack.eml").exists()
