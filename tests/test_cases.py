"""Cases the Clerk can work: threads, lifecycle, working-day clocks, folder moves, evidence bundles."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from dataclasses import replace
from datetime import date
from email import message_from_bytes, policy

import pytest
from conftest import ROOT, clean_env, message_file
from test_end_to_end import load_cases, poll, settings_for
from test_pipeline import NOW, maildir_with, run_poll

from inbox_agent.config import load_settings
from inbox_agent.core import cases as casebook
from inbox_agent.core.cases import CaseError
from inbox_agent.core.models import Timescales
from inbox_agent.core.records import Case, CaseStatus
from inbox_agent.core.workdays import WorkingDays, local_date
from inbox_agent.reports.export import export_case
from inbox_agent.reports.render import Renderer
from inbox_agent.store.database import Store

DAYS = WorkingDays()


# -- working days ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "received, count, due",
    [
        (date(2026, 11, 27), 5, date(2026, 12, 4)),  # across a weekend: Friday to Friday
        (date(2026, 8, 27), 5, date(2026, 9, 4)),  # across the late summer bank holiday (Monday 31 August)
        (date(2026, 12, 24), 5, date(2027, 1, 5)),  # Christmas, Boxing Day observed on the 28th, New Year's Day
        (date(2026, 12, 24), 15, date(2027, 1, 19)),
        (date(2026, 4, 2), 1, date(2026, 4, 7)),  # Good Friday and Easter Monday
    ],
)
def test_due_dates_count_working_days_in_england(received, count, due):
    assert DAYS.add(received, count) == due


def test_clocks_on_a_case():
    case = Case(
        ref="TCPC-2026-0001",
        status=CaseStatus.ACKNOWLEDGED,
        received="2026-12-23T16:00:00+00:00",
        acknowledged="2026-12-24T09:00:00+00:00",
    )
    clocks = casebook.clocks(case, date(2027, 1, 12), DAYS, Timescales())
    assert clocks == {"acknowledge_by": "2027-01-04", "respond_by": "2027-01-12", "age_working_days": 11, "overdue": []}
    later = casebook.clocks(case, date(2027, 1, 13), DAYS, Timescales())
    assert later["overdue"] == ["response"]
    unacknowledged = casebook.clocks(
        replace(case, status=CaseStatus.NEW, acknowledged=None), date(2027, 1, 5), DAYS, Timescales()
    )
    assert unacknowledged["overdue"] == ["acknowledgement"]
    resolved = casebook.clocks(replace(case, status=CaseStatus.RESOLVED), date(2027, 3, 1), DAYS, Timescales())
    assert resolved["overdue"] == []
    reopened = casebook.clocks(
        replace(case, status=CaseStatus.REOPENED, reopened="2027-02-01T10:00:00+00:00"),
        date(2027, 3, 2),
        DAYS,
        Timescales(),
    )
    assert reopened["review_by"] == "2027-03-01" and reopened["overdue"] == ["response", "review"]


def test_local_dates_follow_british_summer_time():
    assert local_date("2026-06-30T23:30:00+00:00") == date(2026, 7, 1)
    assert local_date("2026-12-31T23:30:00+00:00") == date(2026, 12, 31)


# -- lifecycle -------------------------------------------------------------------------------

ALLOWED = {  # written out by hand: the table in cases.py must agree with it
    "needs_review": {"reviewed", "resolve", "close"},
    "new": {"acknowledge", "start", "resolve", "close", "review"},
    "acknowledged": {"start", "resolve", "close", "review"},
    "in_progress": {"resolve", "close", "review"},
    "reopened": {"start", "resolve", "close", "review"},
    "resolved": {"reopen"},
    "closed": {"reopen"},
}


@pytest.mark.parametrize("state", sorted(ALLOWED))
@pytest.mark.parametrize("action", sorted(casebook.TRANSITIONS))
def test_every_transition_is_allowed_or_refused_as_the_table_says(state, action):
    case = Case(ref="TCPC-2026-0009", status=CaseStatus(state))
    if action in ALLOWED[state]:
        changed = casebook.transition(case, action, NOW, by="clerk", note="n")
        assert changed.status == casebook.TRANSITIONS[action][1]
        assert changed.history[-1].by == "clerk" and changed.history[-1].note == "n"
        assert case.status == state  # the original is untouched
    else:
        with pytest.raises(CaseError) as refused:
            casebook.transition(case, action, NOW)
        assert f"TCPC-2026-0009 is {state.replace('_', ' ')}, so it cannot be" in str(refused.value)


def test_actions_under_section_3_are_recorded():
    case = Case(ref="TCPC-2026-0009", status=CaseStatus.IN_PROGRESS)
    early = casebook.record_action(case, "police", "reported", NOW)  # the police may give the reference days later
    assert early.actions[0].crime_reference is None and "crime reference not yet known" in early.history[-1].note
    with pytest.raises(CaseError):
        casebook.record_action(case, "platform", "reported", NOW, crime_reference="LP-1")
    done = casebook.record_action(case, "police", "reported on 101", NOW, crime_reference="LP-123")
    assert [a.to_doc() for a in done.actions] == [
        {"at": NOW.isoformat(), "kind": "police", "by": "clerk", "note": "reported on 101", "crime_reference": "LP-123"}
    ]
    assert "crime_reference" not in early.actions[0].to_doc()  # stored only when known, as it always was
    with pytest.raises(CaseError):
        casebook.record_action(case, "shouted-at-them", "", NOW)


# -- threads -----------------------------------------------------------------------------------


def _sent(tmp_path, name="TCPC-2026-0001-ack.eml"):
    return message_from_bytes((tmp_path / "sent" / name).read_bytes(), policy=policy.default)


@pytest.mark.parametrize("how", ["subject", "references"])
def test_a_reply_threads_by_subject_reference_or_references(tmp_path, how):
    maildir_with(tmp_path, message_file("complaint.eml"))
    run_poll(tmp_path)
    ack = _sent(tmp_path)
    header = f"References: <other@example.net> {ack['Message-ID']}\r\n" if how == "references" else ""
    subject = "Re: verges [TCPC-2026-0001]" if how == "subject" else "Re: verges"
    maildir_with(
        tmp_path,
        (
            f"From: m.collins@example.net\r\nSubject: {subject}\r\nMessage-ID: <r-{how}@example.net>\r\n{header}"
            f"\r\nStill not cut.\r\n"
        ).encode(),
    )
    report = run_poll(tmp_path)
    assert report.counts == {"already_seen": 1, "threaded": 1}
    with Store(tmp_path / "data", readonly=True) as store:
        [case] = store.cases()
    assert case.history[-1].kind == "reply" and len(case.messages) == 2


def test_a_stranger_quoting_a_reference_gets_a_new_linked_case(tmp_path):
    maildir_with(tmp_path, message_file("complaint.eml"))
    run_poll(tmp_path)
    maildir_with(
        tmp_path,
        b"From: nosy@example.org\r\nSubject: Re: verges [TCPC-2026-0001]\r\nMessage-ID: <nosy@example.org>\r\n"
        b"\r\nI want to complain about this too, it is a disgrace.\r\n",
    )
    report = run_poll(tmp_path)
    assert report.counts == {"already_seen": 1, "filed": 1}
    with Store(tmp_path / "data", readonly=True) as store:
        first, second = store.cases()
    assert second.linked == ("TCPC-2026-0001",) and first.linked == ("TCPC-2026-0002",)
    assert first.sender == "m.collins@example.net" and len(first.messages) == 1
    assert first.history[-1].kind == "linked"


def test_a_reply_to_a_resolved_case_reopens_it(tmp_path):
    maildir_with(tmp_path, message_file("complaint.eml"))
    run_poll(tmp_path)
    with Store(tmp_path / "data") as store:
        store.put_case(casebook.transition(store.case("TCPC-2026-0001"), "resolve", NOW, by="clerk", note="cut"))
        store.commit()
    ack = _sent(tmp_path)
    maildir_with(
        tmp_path,
        (
            f"From: m.collins@example.net\r\nSubject: Re: verges\r\nMessage-ID: <again@example.net>\r\n"
            f"In-Reply-To: {ack['Message-ID']}\r\n\r\nThey were only half done.\r\n"
        ).encode(),
    )
    run_poll(tmp_path)
    with Store(tmp_path / "data", readonly=True) as store:
        case = store.case("TCPC-2026-0001")
    assert case.status == "reopened"
    assert [e.kind for e in case.history][-3:] == ["resolved", "reply", "reopened"]
    assert len(list((tmp_path / "sent").iterdir())) == 1  # no second acknowledgement


# -- evidence bundle -------------------------------------------------------------------------


def test_export_verifies_and_is_byte_identical_when_repeated(tmp_path):
    hostile = (
        b"From: a@example.org\r\nSubject: <script>alert(1)</script> {{ 7*7 }}\r\nMessage-ID: <h@example.org>\r\n"
        b"\r\nI know where you live.\r\n"
    )
    maildir_with(tmp_path, hostile)
    run_poll(tmp_path)
    settings = load_settings(None, environ={})
    with Store(tmp_path / "data", readonly=True) as store:
        first = export_case(store, "TCPC-2026-0001", tmp_path / "out1", Renderer(settings))
        second = export_case(store, "TCPC-2026-0001", tmp_path / "out2", Renderer(settings))
        kept = store.evidence_path(store.case("TCPC-2026-0001").first_evidence).read_bytes()
    names = sorted(p.relative_to(first).as_posix() for p in first.rglob("*") if p.is_file())
    assert names == [
        "SHA256SUMS",
        "manifest.json",
        f"messages/01-{hashlib.sha256(kept).hexdigest()[:16]}.eml",
        "timeline.html",
        "timeline.txt",
    ]
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=first, capture_output=True, text=True)
    assert check.returncode == 0 and ": OK" in check.stdout
    manifest = json.loads((first / "manifest.json").read_text())
    assert manifest["files"][0]["sha256"] == hashlib.sha256((first / names[2]).read_bytes()).hexdigest()
    assert manifest["files"][0]["received"] and manifest["files"][0]["filed"]
    html = (first / "timeline.html").read_text()
    assert "&lt;script&gt;" in html and "<script>" not in html and "49" not in html


# -- the Clerk's commands and the mail client, against the real servers -----------------------


@pytest.mark.servers
def test_moving_the_message_to_the_resolved_folder_resolves_the_case(account, smtp, agent, tmp_path):
    env = settings_for(account, smtp, tmp_path, ACK_SINCE="2000-01-01")
    account.append(message_file("complaint.eml"))
    poll(agent, env)
    client = account.connect()
    try:
        assert client.list('""', "Cases/Resolved")[1][0] is not None  # created by the agent
        client.select("INBOX")
        typ, _ = client.uid("MOVE", "1", "Cases/Resolved")  # what the Clerk's mail client does
        assert typ == "OK"
    finally:
        client.logout()
    result = poll(agent, env)
    assert result["counts"] == {"resolved_by_move": 1}
    [case] = load_cases(tmp_path)[0]
    assert case["status"] == "resolved"
    assert case["history"][-1]["by"] == "clerk" and "Cases/Resolved" in case["history"][-1]["note"]
    assert poll(agent, env)["counts"] == {}  # once


def test_a_session_of_the_clerks_commands(agent, tmp_path):
    maildir_with(tmp_path, message_file("complaint.eml"), message_file("abusive.eml"))
    run_poll(tmp_path)
    env = {"DATA_DIR": str(tmp_path / "data")}

    def run(*args):
        return agent("cases", *args, env=env)

    listed = run("list", "--status", "acknowledged")
    assert listed.returncode == 0 and "TCPC-2026-0001" in listed.stdout and "Respond by" in listed.stdout
    assert json.loads(run("show", "TCPC-2026-0001", "--json").stdout)["clocks"]["respond_by"]
    assert json.loads(run("show", "TCPC-2026-0002", "--json").stdout)["clocks"]["respond_by"] is None  # no reply owed
    assert "no reply is owed" in run("show", "TCPC-2026-0002").stdout
    assert run("note", "TCPC-2026-0002", "Phoned the sender").returncode == 0
    assert run("start", "TCPC-2026-0002").returncode == 0
    assert run("action", "TCPC-2026-0002", "--kind", "removed", "--note", "Blocked on Facebook").returncode == 0
    refused = run("reopen", "TCPC-2026-0002")
    assert refused.returncode == 1 and "is in progress, so it cannot be reopened" in refused.stderr
    assert run("resolve", "TCPC-2026-0002").returncode == 2  # --note is required
    assert run("close", "TCPC-2026-0002", "--note", "No further action").returncode == 0
    assert run("reopen", "TCPC-2026-0002", "--note", "Wrote again").returncode == 0
    shown = run("show", "TCPC-2026-0002").stdout
    for words in (
        "Phoned the sender",
        "deleted content or blocked someone (policy 3.3)",
        "closed",
        "reopened",
        "review by",
    ):
        assert words in shown, words
    assert [json.loads(line)["ref"] for line in run("list", "--category", "abusive", "--json").stdout.splitlines()] == [
        "TCPC-2026-0002"
    ]
    missing = run("show", "TCPC-2026-9999")
    assert missing.returncode == 1 and "there is no case" in missing.stderr
    export = run("export", "TCPC-2026-0001", "--out", str(tmp_path / "bundle"))
    assert export.returncode == 0 and (tmp_path / "bundle" / "TCPC-2026-0001" / "SHA256SUMS").exists()


def test_clerk_commands_wait_for_a_poll_in_progress(tmp_path):
    """The store is released only once the command has said it is waiting, so the test holds however slowly the
    command starts (a fixed sleep did not, on a loaded machine)."""
    maildir_with(tmp_path, message_file("complaint.eml"))
    run_poll(tmp_path)
    with Store(tmp_path / "data"):  # as a poll holds it
        command = subprocess.Popen(
            [sys.executable, str(ROOT / "run.py"), "cases", "note", "TCPC-2026-0001", "x"],
            cwd=tmp_path,
            env=clean_env(DATA_DIR=str(tmp_path / "data")),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        said = ""
        while "waiting: the case store" not in said:
            line = command.stderr.readline()  # blocks until the command writes, or ends
            assert line, f"the command ended without waiting: {said!r}"
            said += line
        assert command.poll() is None  # waiting, not refused
    out, err = command.communicate(timeout=60)
    assert command.returncode == 0, err
    assert "TCPC-2026-0001" in out and "note: x" in out


def test_working_days_between_agrees_with_counting_day_by_day():
    import random
    from datetime import timedelta

    rng = random.Random(1)
    for _ in range(2000):
        a = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 1200))
        b = a + timedelta(days=rng.randrange(-5, 400))
        slow = sum(DAYS.is_working_day(a + timedelta(days=i)) for i in range(1, (b - a).days + 1)) if b > a else 0
        assert DAYS.between(a, b) == slow, (a, b)
