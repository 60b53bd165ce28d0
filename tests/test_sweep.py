"""core/sweep.py: what a poll decides once, after its messages, with no store, no files and no servers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from conftest import ROOT

from inbox_agent.core import cases as casebook
from inbox_agent.core import sweep
from inbox_agent.core.caps import parse_caps
from inbox_agent.core.records import Case, CaseStatus
from inbox_agent.core.rules import load_rules

RULES = load_rules(ROOT / "rules.yaml", ROOT / "templates")
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
NO_CAP = parse_caps("none", "ACK_SENDER_CAPS")


def waiting(ref: str, sender: str, minutes_ago: int, **changes: object) -> Case:
    since = (NOW - timedelta(minutes=minutes_ago)).isoformat()
    fields: dict = {"category": "complaint", **changes}
    return Case(ref=ref, sender=sender, received=since, ack_waiting=since, **fields)


def decide(cases: list[Case], *, sent_to=None, sent_all=(), sender_caps=NO_CAP, global_caps="2/1h"):
    return sweep.releases(
        cases,
        sent_to or {},
        list(sent_all),
        RULES.categories,
        sender_caps=sender_caps,
        global_caps=parse_caps(global_caps, "ACK_GLOBAL_CAPS"),
        now=NOW,
    )


def test_waiting_acknowledgements_go_oldest_first_and_fair_across_senders_until_the_cap_is_reached_again():
    flood = [waiting(f"F-{i}", "flood@example.org", 60 - i) for i in range(3)]  # the flood came first
    resident = waiting("R-1", "resident@example.org", 30)
    decided = decide([*flood, resident], global_caps="3/1h")
    # The flooder's oldest, then the resident's (each sender's first before anyone's second), then the flood's second;
    # the third waits for the next poll, untouched.
    assert [r.case.ref for r in decided] == ["F-0", "R-1", "F-1"]
    assert all(r.goes and r.case.ack_waiting is None for r in decided)
    assert decided[1].since == resident.ack_waiting


def test_a_sender_who_has_had_replies_already_waits_behind_one_who_has_not():
    earlier = [(NOW - timedelta(hours=30)).isoformat()]
    old = waiting("A-1", "often@example.org", 50)
    new = waiting("B-1", "first@example.org", 10)
    decided = decide([old, new], sent_to={"often@example.org": earlier}, global_caps="1/1h")
    assert [r.case.ref for r in decided] == ["B-1"]


def test_releases_count_against_the_cap_and_what_the_cap_had_already_counts_too():
    cases = [waiting(f"C-{i}", f"p{i}@example.org", 40 - i) for i in range(4)]
    already = [(NOW - timedelta(minutes=5)).isoformat()]
    assert [r.case.ref for r in decide(cases, sent_all=already, global_caps="2/1h")] == ["C-0"]
    assert decide(cases, sent_all=already * 2, global_caps="2/1h") == ()


def test_a_case_the_clerk_dealt_with_or_a_category_with_no_reply_never_goes_and_costs_no_slot():
    closed = waiting("X-1", "a@example.org", 50, status=CaseStatus.CLOSED)
    enquiry = waiting("X-2", "b@example.org", 40, category="enquiry")
    open_case = waiting("X-3", "c@example.org", 30)
    decided = decide([closed, enquiry, open_case], global_caps="1/1h")
    assert [(r.case.ref, r.goes) for r in decided] == [("X-1", False), ("X-2", False), ("X-3", True)]
    assert decided[0].why_not == "the Clerk has dealt with the case meanwhile"
    assert decided[1].why_not == "its category sends no acknowledgement now"
    for release in decided[:2]:
        assert release.case.ack_waiting is None
        assert release.case.history[-1].kind == "not_acknowledged" and release.case.history[-1].note == release.why_not


def test_a_sender_whose_own_cap_filled_while_they_waited_is_not_acknowledged_and_told_why():
    recent = [(NOW - timedelta(minutes=10)).isoformat()]
    decided = decide(
        [waiting("S-1", "Someone+tag@Example.org", 20)],
        sent_to={"someone@example.org": recent},
        sender_caps=parse_caps("1/1h", "ACK_SENDER_CAPS"),
    )
    assert len(decided) == 1 and not decided[0].goes
    assert decided[0].why_not == "the cap of 1/1h for this sender was reached while it waited"


def test_two_waiting_from_one_sender_count_against_that_senders_cap_between_them():
    cases = [waiting("T-1", "one@example.org", 20), waiting("T-2", "one@example.org", 10)]
    decided = decide(cases, sender_caps=parse_caps("1/1h", "ACK_SENDER_CAPS"), global_caps="10/1h")
    assert [(r.case.ref, r.goes) for r in decided] == [("T-1", True), ("T-2", False)]


def test_a_release_once_queued_and_one_that_could_not_be_made_say_so_in_the_case():
    (release,) = decide([waiting("Q-1", "q@example.org", 15)])
    queued = sweep.released(release, "<ack-1@example.org>", "24 Nov 09:15", NOW)
    assert queued.ack_queued is True and queued.ack_message_id == "<ack-1@example.org>"
    assert queued.history[-1].kind == "acknowledgement_queued"
    assert queued.history[-1].note == "to q@example.org, after waiting since 24 Nov 09:15"
    unmade = sweep.unmade(release, "template error", NOW)
    assert not unmade.ack_queued and unmade.history[-1].kind == "not_acknowledged"
    assert "template error" in unmade.history[-1].note


def test_batched_alerts_are_due_once_the_batch_time_has_passed_since_the_last():
    batch = timedelta(minutes=5)
    assert sweep.alerts_due([], None, batch, NOW) is None
    assert sweep.alerts_due(["A"], (NOW - timedelta(minutes=2)).isoformat(), batch, NOW) is None
    due = sweep.alerts_due(["A", "B"], (NOW - timedelta(minutes=6)).isoformat(), batch, NOW)
    assert due == sweep.AlertBatch(("A", "B"), "alerts-20261124T093000")
    assert sweep.alerts_due(["A"], None, batch, NOW) is not None


def test_a_move_to_the_resolved_folder_resolves_an_open_case_and_nothing_else():
    case = Case(ref="M-1", category="complaint", status=CaseStatus.ACKNOWLEDGED)
    resolved = sweep.resolved_by_move(case, "Resolved", NOW)
    assert resolved is not None and resolved.status == CaseStatus.RESOLVED
    assert resolved.closed_at == NOW.isoformat() and resolved.history[-1].by == "clerk"
    assert "moved to Resolved" in resolved.history[-1].note
    assert sweep.resolved_by_move(resolved, "Resolved", NOW) is None
    assert sweep.resolved_by_move(None, "Resolved", NOW) is None


def test_a_sent_acknowledgement_acknowledges_a_new_case_and_only_stamps_one_the_clerk_moved_on():
    new = Case(ref="N-1", category="complaint")
    sent = sweep.acknowledgement_sent(new, ["r@example.org"], NOW)
    assert sent.status == casebook.ACKNOWLEDGED and sent.acknowledged == NOW.isoformat()
    assert sent.history[-1].note == "sent to r@example.org"
    started = Case(ref="N-2", category="complaint", status=CaseStatus.IN_PROGRESS)
    stamped = sweep.acknowledgement_sent(started, ["r@example.org"], NOW)
    assert stamped.status == CaseStatus.IN_PROGRESS and stamped.acknowledged == NOW.isoformat()
    failed = sweep.acknowledgement_failed(new, "550 no such user", NOW)
    assert failed.status == casebook.NEW and failed.history[-1].kind == "not_acknowledged"
    assert failed.history[-1].note == "the acknowledgement could not be sent: 550 no such user"
