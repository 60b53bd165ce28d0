"""plan(): every decision about one message, with no servers, no store and no data folder.

Each test builds the Context the executor would gather and reads what the Plan says: its record, the case it opens
or changes, the mail it orders and the bookkeeping it asks for.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from conftest import ROOT

from inbox_agent.core import cases as casebook
from inbox_agent.core.caps import parse_caps
from inbox_agent.core.models import Fetched
from inbox_agent.core.plan import AckOrder, AlertOrder, CaseChange, Context, Plan, Setup, plan, read
from inbox_agent.core.records import (
    ALREADY_SEEN,
    Case,
    Disposition,
    MessageRecord,
    OutboxEntry,
    OutboxState,
    evidence_digest,
)
from inbox_agent.core.rules import decide as rules_decide
from inbox_agent.core.rules import load_rules
from inbox_agent.core.screen import screen

RULES = load_rules(ROOT / "rules.yaml", ROOT / "templates")
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
START = NOW - timedelta(days=1)
CLERK = "clerk@thurcastonandcropston.org.uk"
SETUP = Setup(
    rules=RULES,
    case_prefix="TCPC",
    own_addresses=frozenset({CLERK}),
    sender_caps=parse_caps("1/1h,3/24h", "ACK_SENDER_CAPS"),
    global_caps=parse_caps("100/1h", "ACK_GLOBAL_CAPS"),
    alert_batch=timedelta(minutes=5),
    start=START,
)


def fetched(
    body: str,
    *,
    subject: str = "Hello",
    sender: str = "Resident <resident@example.org>",
    headers: str = "",
    message_id: str = "<m1@example.org>",
    uid: str = "1",
    received: datetime = NOW,
) -> Fetched:
    raw = (
        f"From: {sender}\r\nTo: {CLERK}\r\nSubject: {subject}\r\nMessage-ID: {message_id}\r\n{headers}\r\n{body}\r\n"
    ).encode()
    return Fetched("INBOX", 7, uid, raw, received)


def decide(item: Fetched, **context: Any) -> Plan:
    return plan(read(item), Context(SETUP, **context), NOW)


def filed(body: str, **context: Any) -> Case:
    """A case as an earlier plan filed it, for the replies below."""
    first = decide(fetched(body, message_id="<first@example.org>", uid="1"), **context)
    assert first.case is not None
    return replace(first.case, ack_queued=True)


COMPLAINT = "This decision is a disgrace and the council should be ashamed. I wish to complain."
THREAT = "I know where you live. Be careful walking home."


def test_a_complaint_opens_a_new_case_keeps_its_evidence_and_orders_its_acknowledgement():
    item = fetched(COMPLAINT)
    result = decide(item, sequences={"2026": 4})
    assert result.disposition == Disposition.FILED and result.change is CaseChange.NEW
    assert result.keep_evidence and result.record is not None
    assert result.record.evidence == evidence_digest(item.raw)
    assert result.record.case == "TCPC-2026-0005" and result.record.category == "complaint"
    case = result.case
    assert case is not None and case.ref == "TCPC-2026-0005" and case.status == casebook.NEW
    assert case.messages[0].evidence == result.record.evidence
    assert result.ack == AckOrder("complaint") and result.alert is None
    assert ("sequence", {"2026": 5}) in result.meta
    assert [e.kind for e in case.history] == ["filed"]


def test_a_decision_made_ahead_in_another_process_is_the_one_the_plan_files():
    """app/ahead.py decides a backlog in workers: the plan takes that decision and does not decide again."""
    item = fetched(COMPLAINT)
    incoming = read(item)
    assert incoming.message is not None
    decided = rules_decide(RULES, incoming.message, screen(incoming.message, SETUP.own_addresses))
    assert decided.category == "complaint"
    ahead = replace(decided, category="threat", severity=RULES.category("threat").severity, reason="decided ahead")
    result = plan(replace(incoming, decision=ahead), Context(SETUP, sequences={"2026": 4}), NOW)
    assert result.record is not None and result.record.category == "threat"
    assert result.case is not None and result.case.category == "threat" and result.case.reason == "decided ahead"
    assert result.alert is not None and result.alert.category == "threat"
    assert decide(item).record.category == "complaint"  # type: ignore[union-attr]


def test_the_record_is_the_document_the_store_has_always_held():
    result = decide(fetched(COMPLAINT))
    assert result.record is not None
    doc = result.record.to_doc()
    assert doc["disposition"] == "filed" and type(doc["disposition"]) is str
    assert "same_as" not in doc and "looks_like" not in doc  # optional keys only when set
    assert MessageRecord.from_doc(doc) == result.record


def test_an_outbox_document_round_trips_with_the_keys_it_does_not_name():
    doc = {
        "id": "TCPC-2026-0001-ack",
        "kind": "ack",
        "case": "TCPC-2026-0001",
        "message_id": "<a@x>",
        "to": ["resident@example.org"],
        "from": CLERK,
        "subject": "Re: Hello",
        "state": "sent",
        "queued": NOW.isoformat(),
        "next_attempt": NOW.isoformat(),
        "attempts": 1,
        "last_error": "",
        "sent": NOW.isoformat(),
        "priority": 1,  # a key a newer version wrote
    }
    entry = OutboxEntry.from_doc(doc)
    assert entry.state is OutboxState.SENT and entry.to == ("resident@example.org",) and entry.sent == NOW.isoformat()
    assert entry.extra == {"priority": 1}
    assert entry.to_doc() == doc


def test_a_threat_alerts_the_clerk_and_holds_the_acknowledgement_for_her():
    result = decide(fetched(THREAT))
    case = result.case
    assert case is not None and case.category == "threat"
    assert result.ack is None and case.ack_pending and "ack_waits_for_clerk" in result.counts
    assert result.alert == AlertOrder("threat") and ("last_alert", NOW.isoformat()) in result.meta
    final = result.final_case()
    assert final is not None
    assert [e.kind for e in final.history] == ["filed", "acknowledgement_waits", "alert_queued"]


def test_a_threat_soon_after_another_alert_joins_the_batch_instead():
    earlier = (NOW - timedelta(minutes=2)).isoformat()
    result = decide(fetched(THREAT), last_alert=earlier, alerts_waiting=("TCPC-2026-0009",), sequences={"2026": 9})
    assert result.alert is None and "alerts_batched" in result.counts
    assert dict(result.meta)["alerts_waiting"] == ["TCPC-2026-0009", "TCPC-2026-0010"]
    assert result.then[-1].kind == "alert_batched"


def test_a_calm_reply_from_the_sender_joins_the_case_and_keeps_it_as_it_is():
    case = filed(COMPLAINT)
    reply = fetched(
        "Thank you for your reply.",
        subject=f"Re: Hello [{case.ref}]",
        headers="In-Reply-To: <first@example.org>\r\n",
        message_id="<reply@example.org>",
        uid="2",
    )
    result = decide(
        reply,
        replied=case.ref,
        participants=frozenset({"resident@example.org"}),
        cases={case.ref: case},
    )
    assert result.disposition == Disposition.THREADED and result.change is CaseChange.JOIN
    assert result.record is not None and result.record.case == case.ref
    assert result.case is not None and result.case.category == "complaint"
    assert result.case.status == case.status and result.case.history[-1].kind == "reply"
    assert result.case.message_ids == ("<first@example.org>", "<reply@example.org>")
    assert result.ack is None and result.alert is None and result.keep_evidence


def test_a_threatening_reply_escalates_the_case_and_alerts():
    case = filed(COMPLAINT)
    reply = fetched(THREAT, headers="In-Reply-To: <first@example.org>\r\n", message_id="<r@example.org>", uid="2")
    result = decide(reply, replied=case.ref, participants=frozenset({"resident@example.org"}), cases={case.ref: case})
    assert result.change is CaseChange.ESCALATE and "escalated" in result.counts
    escalated = result.case
    assert escalated is not None and escalated.category == "threat"
    assert escalated.escalated.came_from == "complaint"
    assert escalated.decision_evidence == evidence_digest(reply.raw)
    assert result.alert is not None and "filed as complaint, escalated it" in result.alert.why
    assert result.ack is None  # the reply is not acknowledged


def _model_takes_threats() -> Setup:
    """Rules that see nothing, and a model allowed to decide a threat alone: what plan does with such a decision."""
    assert RULES.model is not None
    taking = replace(RULES.model, enabled=True, take=("threat",), take_above=0.01, take_short_words=0)
    return replace(SETUP, rules=replace(RULES, rules=(), model=taking))


def test_a_threat_the_model_decides_alone_alerts_and_waits_for_review_unacknowledged():
    setup = _model_takes_threats()
    result = plan(read(fetched(THREAT)), Context(setup), NOW)
    case = result.case
    assert case is not None and case.category == "threat" and case.status == casebook.NEEDS_REVIEW
    assert any(e.kind == "needs_review" and "decided threat on the learned model alone" in e.note for e in case.history)
    assert result.alert == AlertOrder("threat") and result.ack is None and "needs_review" in result.counts
    assert any(e.kind == "not_acknowledged" and "review" in e.note for e in case.history)


def test_a_reply_the_model_decides_a_threat_escalates_alerts_and_goes_to_review():
    case = filed(COMPLAINT)
    setup = _model_takes_threats()
    reply = fetched(THREAT, headers="In-Reply-To: <first@example.org>\r\n", message_id="<r@example.org>", uid="2")
    context = Context(setup, replied=case.ref, participants=frozenset({"resident@example.org"}), cases={case.ref: case})
    result = plan(read(reply), context, NOW)
    escalated = result.case
    assert result.change is CaseChange.ESCALATE and {"escalated", "needs_review"} <= set(result.counts)
    assert escalated is not None and escalated.category == "threat" and escalated.status == casebook.NEEDS_REVIEW
    assert result.alert is not None and "escalated it" in result.alert.why
    assert escalated.history[-1].kind == "needs_review" and "learned model alone" in escalated.history[-1].note


def test_a_reply_to_a_closed_case_reopens_it_through_the_lifecycle():
    case = casebook.transition(filed(COMPLAINT), "resolve", NOW - timedelta(hours=1))
    # A calm reply (the model retrained on the twelfth part sends the bare words "One more thing." to review for a
    # threat at p=0.27, just over review_above 0.25; a reply that says what the thing is does not go there).
    text = "Also, one more thing: the gate is still broken."
    reply = fetched(text, headers="In-Reply-To: <first@example.org>\r\n", message_id="<r@x>", uid="2")
    result = decide(reply, replied=case.ref, participants=frozenset({"resident@example.org"}), cases={case.ref: case})
    assert result.case is not None and result.case.status == casebook.REOPENED
    assert [e.kind for e in result.case.history][-2:] == ["reply", "reopened"]


def test_a_strangers_reply_opens_a_new_case_linked_to_the_one_it_names():
    case = filed(COMPLAINT)
    stranger = fetched(
        "I agree with my neighbour.",
        sender="Neighbour <neighbour@example.org>",
        headers="In-Reply-To: <first@example.org>\r\n",
        message_id="<n@example.org>",
        uid="2",
    )
    result = decide(
        stranger,
        replied=case.ref,
        participants=frozenset({"resident@example.org"}),
        cases={case.ref: case},
        sequences={"2026": 1},
    )
    assert result.change is CaseChange.NEW and result.case is not None
    assert result.case.ref == "TCPC-2026-0002" and result.case.linked == (case.ref,)
    [back] = result.linked
    assert back.ref == case.ref and back.linked == ("TCPC-2026-0002",)
    assert back.history[-1].kind == "linked"
    assert case.linked == ()  # the snapshot itself is never changed


def test_the_same_message_again_is_a_duplicate_and_nothing_else():
    item = fetched(COMPLAINT, uid="9")
    earlier = MessageRecord(
        "INBOX|6|1", "INBOX", "1", None, 10, NOW.isoformat(), Disposition.FILED, case="TCPC-2026-0001"
    )
    result = decide(item, earlier=earlier)
    assert result.disposition == Disposition.DUPLICATE and result.case is None and not result.keep_evidence
    assert result.record is not None and (result.record.same_as, result.record.case) == ("INBOX|6|1", "TCPC-2026-0001")
    assert result.ack is None and result.meta == ()


def test_a_message_already_recorded_is_left_alone():
    result = decide(fetched(COMPLAINT), seen=True)
    assert result.disposition == ALREADY_SEEN and result.record is None and result.counts == (ALREADY_SEEN,)


def test_automatic_mail_opens_no_case_and_is_never_acknowledged():
    result = decide(
        fetched("I am out of the office.", subject="Automatic reply: Hello", headers="Auto-Submitted: auto-replied\r\n")
    )
    assert result.disposition == Disposition.NO_CASE and result.case is None and result.ack is None
    assert result.record is not None and result.record.category == "automated" and not result.keep_evidence


def test_a_threat_from_a_no_reply_address_is_filed_and_alerted_but_never_answered():
    result = decide(fetched(THREAT, sender="Anon <no-reply-anon@example.net>"))
    case = result.case
    assert result.disposition == Disposition.FILED and case is not None and case.category == "threat"
    assert result.alert == AlertOrder("threat") and result.ack is None and not case.ack_pending
    assert case.status == casebook.NEW  # not sent to review: the rules decided it
    assert any(e.kind == "not_acknowledged" and "automatic mail" in e.note for e in case.history)


def test_a_complaint_from_a_no_reply_address_waits_for_review_and_is_never_answered():
    """A voicemail transcript or a web form's relay: a person's complaint from a machine's address."""
    result = decide(fetched(COMPLAINT, sender="Phone system <no-reply@voicemail.example.net>"))
    case = result.case
    assert result.disposition == Disposition.FILED and case is not None and case.category == "complaint"
    assert case.status == casebook.NEEDS_REVIEW and result.ack is None and result.alert is None
    assert any(e.kind == "needs_review" and "looks automatic only by" in e.note for e in case.history)
    assert any(e.kind == "not_acknowledged" for e in case.history)


def test_a_suspicion_in_mail_from_a_no_reply_address_opens_a_case_for_review(monkeypatch):
    """Mail that looks automatic only by its noreply address, where the model suspects a threat it does not take:
    filed away as automatic, it would be a threat nobody saw. It becomes a case waiting for the Clerk's review,
    never answered, and (as the model is 0.6 sure) she is alerted to a possible threat."""
    from inbox_agent.core import learned

    suspicion = learned.Opinion((("threat", 0.6), ("enquiry", 0.4)))
    monkeypatch.setattr(learned, "opinion_of", lambda _rules, _message: (None, "nice car. be a shame.", suspicion))
    result = decide(fetched("Nice car. Be a shame.", sender="<noreply.tc@example.org>"))
    case = result.case
    assert result.disposition == Disposition.FILED and case is not None and case.category == "automated"
    assert case.status == casebook.NEEDS_REVIEW and result.ack is None
    assert any(e.kind == "needs_review" and "may be a threat (p=0.60)" in e.note for e in case.history)
    assert result.alert is not None and result.alert.possible  # at 0.6, over alert_above: she hears of it today
    # Mail automatic by its headers is the screen's alone: the model is not asked and no case is opened.
    bulk = decide(fetched("Nice car. Be a shame.", headers="Auto-Submitted: auto-generated\r\n"))
    assert bulk.disposition == Disposition.NO_CASE and bulk.case is None


def _suspecting(monkeypatch: pytest.MonkeyPatch, threat: float) -> None:
    """The model's reading of any text, fixed: a threat at this probability, the rest an enquiry."""
    from inbox_agent.core import learned

    suspicion = learned.Opinion((("threat", threat), ("enquiry", 1 - threat)))
    model = learned.load_model(learned.WEIGHTS_FILE)
    monkeypatch.setattr(learned, "opinion_of", lambda _rules, _message: (model, "the text", suspicion))
    monkeypatch.setattr(learned, "counter_cue", lambda *_args, **_kw: "")


VEILED = "See you soon."  # what the rules see nothing in: the model alone, as fixed above, reads it


def test_a_threat_the_model_suspects_alerts_the_clerk_as_possible_and_waits_for_review(monkeypatch):
    """Below the bar at which the model decides a threat in a line or two (0.8), over alert_above (0.5): the case
    stays an enquiry for review, unacknowledged, and the Clerk is alerted today rather than by the weekly digest."""
    _suspecting(monkeypatch, 0.65)
    result = decide(fetched(VEILED))
    case = result.case
    assert case is not None and case.category == "enquiry" and case.status == casebook.NEEDS_REVIEW
    assert result.ack is None and not case.ack_pending and "alerts_queued" in result.counts
    review = next(e.note for e in case.history if e.kind == "needs_review")
    assert "may be a threat (p=0.65)" in review
    assert result.alert == AlertOrder("threat", review, possible=True)
    assert ("last_alert", NOW.isoformat()) in result.meta
    assert any(e.kind == "alert_queued" and e.note.startswith("possible threat: ") for e in result.then)


def test_a_weaker_suspicion_goes_to_review_without_an_alert(monkeypatch):
    _suspecting(monkeypatch, 0.45)
    result = decide(fetched(VEILED))
    assert result.case is not None and result.case.status == casebook.NEEDS_REVIEW
    assert result.alert is None and "alerts_queued" not in result.counts


def test_a_possible_threat_soon_after_another_alert_joins_the_batch(monkeypatch):
    _suspecting(monkeypatch, 0.65)
    result = decide(fetched(VEILED), last_alert=(NOW - timedelta(minutes=2)).isoformat())
    assert result.alert is None and "alerts_batched" in result.counts
    assert any(e.kind == "alert_batched" and e.note.startswith("possible threat: ") for e in result.then)
    assert ("alerts_waiting", [result.case.ref]) in result.meta  # type: ignore[union-attr]


def test_a_reply_the_model_suspects_of_a_threat_sends_its_case_to_review_and_alerts(monkeypatch):
    case = filed(COMPLAINT)
    _suspecting(monkeypatch, 0.65)
    reply = fetched(VEILED, headers="In-Reply-To: <first@example.org>\r\n", message_id="<r@example.org>", uid="2")
    result = decide(reply, replied=case.ref, participants=frozenset({"resident@example.org"}), cases={case.ref: case})
    reviewed = result.case
    assert result.change is CaseChange.REVIEW and reviewed is not None and reviewed.status == casebook.NEEDS_REVIEW
    assert reviewed.category == "complaint"  # the Clerk decides: a suspicion changes no category
    assert result.alert is not None and result.alert.possible and result.alert.category == "threat"
    assert result.alert.why.startswith("a reply from resident@example.org in this case: ")


@pytest.mark.parametrize("threat, alerted", [(0.65, True), (0.45, False)])
def test_a_reply_into_a_case_already_waiting_for_review_adds_its_reason_and_alerts_on_a_possible_threat(
    monkeypatch, threat, alerted
):
    """The case waits for the Clerk over something else (a close call): a veiled threat in a reply must not wait
    with it until she opens the board or reads Monday's digest."""
    case = casebook.transition(filed(COMPLAINT), "review", NOW, note="complaint and enquiry scored close together")
    _suspecting(monkeypatch, threat)
    reply = fetched(VEILED, headers="In-Reply-To: <first@example.org>\r\n", message_id="<r@example.org>", uid="2")
    result = decide(reply, replied=case.ref, participants=frozenset({"resident@example.org"}), cases={case.ref: case})
    joined = result.case
    assert result.change is CaseChange.JOIN and joined is not None and joined.status == casebook.NEEDS_REVIEW
    assert joined.category == "complaint" and len(joined.messages) == len(case.messages) + 1
    (added,) = [e.note for e in joined.history[len(case.history) :] if e.kind == "needs_review"]
    assert added.startswith("a reply from resident@example.org while the case waits for review: ")
    assert f"may be a threat (p={threat:.2f})" in added
    if alerted:
        assert result.alert is not None and result.alert.possible and result.alert.category == "threat"
        assert result.alert.why.startswith("a reply from resident@example.org in this case: ")
        assert "alerts_queued" in result.counts
    else:
        assert result.alert is None and "alerts_queued" not in result.counts


def test_a_reply_into_a_threat_case_waiting_for_review_raises_no_second_alert(monkeypatch):
    case = casebook.transition(filed(THREAT), "review", NOW, note="decided by the model")
    assert case.category == "threat"
    _suspecting(monkeypatch, 0.65)
    reply = fetched(VEILED, headers="In-Reply-To: <first@example.org>\r\n", message_id="<r@example.org>", uid="2")
    result = decide(reply, replied=case.ref, participants=frozenset({"resident@example.org"}), cases={case.ref: case})
    assert result.case is not None and result.case.status == casebook.NEEDS_REVIEW and result.alert is None


def test_an_enquiry_opens_no_case():
    result = decide(fetched("Could you tell me when the next meeting is?"))
    assert result.disposition == Disposition.NO_CASE and result.record is not None
    assert result.record.category == "enquiry" and result.record.reason


def test_mail_from_before_the_start_is_recorded_and_left_for_the_clerk():
    result = decide(fetched(COMPLAINT, received=START - timedelta(hours=1)))
    assert result.disposition == Disposition.BEFORE_START and result.case is None and result.ack is None


def test_unparseable_bytes_are_quarantined_with_their_evidence():
    item = Fetched("INBOX", 7, "3", b"   \r\n", NOW)
    result = decide(item)
    assert result.disposition == Disposition.QUARANTINED and result.keep_evidence
    assert result.record is not None and result.record.evidence == evidence_digest(item.raw) and result.record.reason


@pytest.mark.parametrize(
    "sender_acks, all_acks, expected",
    [
        ((NOW - timedelta(minutes=10)).isoformat(), "", "ack_held"),  # 1/1h for this sender
        ("", "many", "ack_waiting"),  # the cap on all senders: it waits, never dropped
    ],
)
def test_caps_hold_or_delay_the_acknowledgement(sender_acks, all_acks, expected):
    times = tuple(sorted((NOW - timedelta(seconds=i)).isoformat() for i in range(1, 101))) if all_acks else ()
    result = decide(fetched(COMPLAINT), sender_acks=(sender_acks,) if sender_acks else (), all_acks=times)
    assert result.ack is None and result.case is not None and getattr(result.case, expected)
    assert result.warnings and "cap of" in result.warnings[0]


def test_an_uncertain_reply_sends_the_case_to_review():
    case = filed(COMPLAINT)
    reply = fetched("you are an idiot", headers="In-Reply-To: <first@example.org>\r\n", message_id="<r@x>", uid="2")
    result = decide(reply, replied=case.ref, participants=frozenset({"resident@example.org"}), cases={case.ref: case})
    # abusive escalates a complaint; either way the reply was judged, never waved through by threading
    assert result.change in (CaseChange.ESCALATE, CaseChange.REVIEW)
    assert result.record is not None and result.record.category != "enquiry"
