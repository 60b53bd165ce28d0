"""The Clerk's decisions (actions.py): held acknowledgements, reclassification, the review net, corrections.

Through the real pipeline with its local adapters (Maildir in, .eml files out) and a small rules file of its
own, so that these tests pin the case flow, not the wording of the shipped rules.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from email import message_from_bytes, policy

import pytest
from conftest import ROOT
from test_pipeline import NOW, maildir_with

from inbox_agent.app import actions
from inbox_agent.app.pipeline import Pipeline
from inbox_agent.config import load_settings
from inbox_agent.core import cases as casebook
from inbox_agent.core.cases import CaseError
from inbox_agent.core.records import Case, CaseMessage, PendingAck
from inbox_agent.core.rules import load_rules, review_reason
from inbox_agent.errors import RulesError
from inbox_agent.mail.maildir import MaildirSource
from inbox_agent.mail.outbox import FileTransport
from inbox_agent.reports.render import Renderer
from inbox_agent.store.database import Store

DECIDED = NOW + timedelta(hours=1)  # when the Clerk acts
LATER = NOW + timedelta(hours=2)  # the agent's next poll, which sends what she queued

TEST_RULES = """
  - id: t-threat
    category: threat
    weight: 2
    phrases: ["i know where you live"]
  - id: t-faint-threat
    category: threat
    weight: 1
    phrases: ["watch yourself"]
  - id: t-complaint
    category: complaint
    weight: 2
    phrases: ["nothing has been done"]
  - id: t-abusive
    category: abusive
    weight: 2
    phrases: ["you useless idiot"]
  - id: t-foi
    category: foi_request
    weight: 2
    phrases: ["freedom of information"]
"""


def rules_file(tmp_path, rules: str = TEST_RULES, categories: dict[str, str] | None = None):
    """The shipped categories with a small rule list; `categories` rewrites a line (e.g. to change acknowledge)."""
    text = (ROOT / "rules.yaml").read_text()
    head = text[: text.index("\nrules:")]
    for old, new in (categories or {}).items():
        assert old in head
        head = head.replace(old, new, 1)
    path = tmp_path / "rules.yaml"
    path.write_text(head + "\nrules:\n" + rules)
    return path


@pytest.fixture
def desk(tmp_path):
    """A pipeline and the Clerk's side of it over one data folder."""
    settings = load_settings(
        None,
        environ={
            "DATA_DIR": str(tmp_path / "data"),
            "ACK_SINCE": "2026-11-01",
            "RULES_FILE": str(rules_file(tmp_path)),
        },
    )
    rules = load_rules(settings.rules_file, settings.templates_dir)

    class Desk:
        def poll(self, *raws: bytes, at=NOW, delivered=None, backfill_days=0):
            if raws:
                maildir_with(tmp_path, *raws, delivered=delivered or at)
            with Store(settings.data_dir) as store:
                pipeline = Pipeline(settings, store, rules, Renderer(settings), clock=lambda: at)
                return pipeline.poll(
                    MaildirSource(tmp_path / "Maildir"), FileTransport(tmp_path / "sent"), backfill_days=backfill_days
                )

        def act(self, name: str, *args, **kwargs):
            with Store(settings.data_dir) as store:
                changed = getattr(actions, name)(store, *args, by="jo.clerk", now=DECIDED, **kwargs)
                store.commit()
            return changed

        def case(self, ref="TCPC-2026-0001"):
            with Store(settings.data_dir, readonly=True) as store:
                return store.case(ref)

        def sent(self):
            folder = tmp_path / "sent"
            return (
                {p.name: message_from_bytes(p.read_bytes(), policy=policy.default) for p in sorted(folder.iterdir())}
                if folder.exists()
                else {}
            )

    desk = Desk()
    desk.settings, desk.rules, desk.data = settings, rules, tmp_path / "data"
    return desk


def mail(sender: str, subject: str, body: str, message_id: str, extra: str = "") -> bytes:
    return (
        f"From: {sender}\r\nTo: clerk@thurcastonandcropston.org.uk\r\nSubject: {subject}\r\n"
        f"Message-ID: <{message_id}>\r\n"
        f"{extra}\r\n{body}\r\n"
    ).encode()


THREAT = mail("anon@example.com", "a warning", "I know where you live.", "threat-1@example.com")
COMPLAINT = mail(
    "m.collins@example.net", "verges", "I reported the verges in May and nothing has been done.", "c-1@example.net"
)
UNSURE = mail("r.hale@example.org", "the bench", "The bench is broken again. Watch yourself.", "unsure-1@example.org")


# -- held acknowledgements (issue 16) ------------------------------------------------------------


def test_a_threats_acknowledgement_waits_and_the_alert_says_so(desk):
    report = desk.poll(THREAT)
    assert report.counts["filed"] == 1 and report.counts["ack_waits_for_clerk"] == 1
    sent = desk.sent()
    assert list(sent) == ["TCPC-2026-0001-alert.eml"]  # nothing to the sender
    body = " ".join(sent["TCPC-2026-0001-alert.eml"].get_content().split())
    assert "No acknowledgement has been sent to the sender: it is held for your decision." in body
    assert "python run.py cases ack TCPC-2026-0001 --send" in body
    case = desk.case()
    assert case.status == "new" and case.ack_pending.why.startswith("threat:")
    assert "acknowledgement_waits" in [e.kind for e in case.history]


def test_the_clerk_sends_a_held_acknowledgement_and_it_goes_once(desk):
    desk.poll(THREAT)
    changed = desk.act("send_held_ack", desk.settings, desk.rules, "tcpc-2026-0001")
    assert changed.ack_queued and changed.ack_pending is None
    assert changed.history[-1].to_doc() == {
        "at": DECIDED.isoformat(),
        "kind": "acknowledgement_queued",
        "by": "jo.clerk",
        "note": "to anon@example.com",
    }
    desk.poll(at=LATER)
    ack = desk.sent()["TCPC-2026-0001-ack.eml"]
    assert ack["To"].addresses[0].addr_spec == "anon@example.com" and ack["In-Reply-To"] == "<threat-1@example.com>"
    assert desk.case().status == "acknowledged"
    with pytest.raises(CaseError, match="no acknowledgement waiting"):
        desk.act("send_held_ack", desk.settings, desk.rules, "TCPC-2026-0001")
    desk.poll(at=LATER)
    assert sorted(desk.sent()) == ["TCPC-2026-0001-ack.eml", "TCPC-2026-0001-alert.eml"]


def test_the_clerk_drops_a_held_acknowledgement_with_a_reason(desk):
    desk.poll(THREAT)
    with pytest.raises(CaseError, match="needs a note"):
        desk.act("drop_held_ack", "TCPC-2026-0001", note=" ")
    changed = desk.act("drop_held_ack", "TCPC-2026-0001", note="police advised no contact")
    assert changed.ack_pending is None and changed.ack_dropped.by == "jo.clerk"
    assert changed.history[-1].kind == "acknowledgement_dropped"
    desk.poll(at=LATER)
    assert list(desk.sent()) == ["TCPC-2026-0001-alert.eml"]


def test_acknowledge_never_and_auto_follow_rules_yaml(tmp_path):
    path = rules_file(
        tmp_path, categories={"ack: ack/complaint.txt.j2": "ack: ack/complaint.txt.j2\n    acknowledge: never"}
    )
    rules = load_rules(path, ROOT / "templates")
    assert rules.category("complaint").acknowledge == "never"
    assert rules.category("threat").acknowledge == "hold" and rules.category("hate").acknowledge == "hold"
    assert rules.category("abusive").acknowledge == "auto" and rules.category("enquiry").acknowledge == "never"


@pytest.mark.parametrize(
    "line, problem",
    [
        ("    acknowledge: later", "acknowledge 'later' is not known"),
        ("    acknowledge: [hold]", "acknowledge ['hold'] is not known"),
    ],
)
def test_a_bad_acknowledge_value_is_named_with_its_fix(tmp_path, line, problem):
    path = rules_file(tmp_path, categories={"ack: ack/complaint.txt.j2": f"ack: ack/complaint.txt.j2\n{line}"})
    with pytest.raises(RulesError) as refused:
        load_rules(path, ROOT / "templates")
    assert problem in str(refused.value) and "category 'complaint'" in str(refused.value)
    assert "auto (at once), hold (waits for the Clerk) or never" in refused.value.fix


def test_acknowledge_without_a_template_is_refused(tmp_path):
    path = rules_file(tmp_path, categories={"    ack: null\n": "    ack: null\n    acknowledge: auto\n"})
    with pytest.raises(RulesError, match="category 'enquiry': acknowledge: auto needs an ack template"):
        load_rules(path, ROOT / "templates")


# -- the review net (issue 15) ---------------------------------------------------------------------


def test_review_reason_is_a_serious_cue_below_the_threshold_or_a_close_call(desk):
    rules = desk.rules
    assert review_reason(rules, ()) == ""
    assert review_reason(rules, (("complaint", 2.0),)) == ""
    assert review_reason(rules, (("complaint", 2.0), ("threat", 1.0))) == "a threat cue scored 1, below the threshold 2"
    assert review_reason(rules, (("threat", 1.0),)) == "a threat cue scored 1, below the threshold 2"
    assert (
        review_reason(rules, (("abusive", 2.0), ("complaint", 2.0)))
        == "abusive (2) and complaint (2) scored close together"
    )
    assert (
        review_reason(rules, (("conduct_complaint", 2.5), ("complaint", 2.0))) == ""
    )  # a conduct complaint is a complaint
    assert review_reason(rules, (("abusive", 4.0), ("complaint", 2.0))) == ""
    assert (
        review_reason(rules, (("threat", 3.0), ("abusive", 1.0))) == ""
    )  # the cue would not have changed the decision


def test_uncertain_mail_is_a_case_for_review_first_and_unacknowledged(desk, agent):
    report = desk.poll(UNSURE, COMPLAINT)
    assert report.counts["filed"] == 2 and report.counts["needs_review"] == 1
    unsure = desk.case("TCPC-2026-0001")
    assert unsure.category == "enquiry" and unsure.status == "needs_review"
    assert unsure.review.reason == "a threat cue scored 1, below the threshold 2"
    assert unsure.history[-1].kind == "not_acknowledged" and "review" in unsure.history[-1].note
    assert sorted(desk.sent()) == ["TCPC-2026-0002-ack.eml"]
    env = {"DATA_DIR": str(desk.data)}
    listing = agent("cases", "list", env=env).stdout.splitlines()
    assert listing[2].startswith("TCPC-2026-0001") and "needs review" in listing[2]
    listing = agent("cases", "list", "--status", "needs_review", env=env).stdout.splitlines()
    assert len(listing) == 3


def test_reclassifying_a_review_case_sends_what_is_owed_and_keeps_the_correction(desk):
    desk.poll(UNSURE)
    with pytest.raises(CaseError, match="no category 'moan'"):
        desk.act("reclassify", desk.settings, desk.rules, "TCPC-2026-0001", "moan", note="x")
    changed = desk.act("reclassify", desk.settings, desk.rules, "TCPC-2026-0001", "complaint", note="a broken bench")
    assert changed.category == "complaint" and changed.status == "new" and changed.review is None
    kinds = [(e.kind, e.by) for e in changed.history[-3:]]
    assert kinds == [("reclassified", "jo.clerk"), ("reviewed", "jo.clerk"), ("acknowledgement_queued", "jo.clerk")]
    desk.poll(at=LATER)
    assert desk.case().status == "acknowledged"
    assert list(desk.sent()) == ["TCPC-2026-0001-ack.eml"]
    folder = desk.data / "corrections"
    with Store(desk.data, readonly=True) as store:
        kept = store.evidence_path(desk.case().messages[0].evidence).read_bytes()
    assert (folder / "TCPC-2026-0001.eml").read_bytes() == kept and b"Watch yourself." in kept
    label = json.loads((folder / "TCPC-2026-0001.json").read_text())
    assert label == {
        "ref": "TCPC-2026-0001",
        "category": "complaint",
        "was": "enquiry",
        "note": "a broken bench",
        "by": "jo.clerk",
        "at": DECIDED.isoformat(),
    }
    assert actions.corrections(desk.data) == [(folder / "TCPC-2026-0001.eml", "complaint")]


def test_reclassifying_to_a_threat_alerts_and_holds_the_acknowledgement(desk):
    desk.poll(UNSURE)
    changed = desk.act(
        "reclassify", desk.settings, desk.rules, "TCPC-2026-0001", "threat", note="he means the chairman"
    )
    assert changed.severity == "urgent" and changed.ack_pending and not changed.ack_queued
    desk.poll(at=LATER)
    sent = desk.sent()
    assert list(sent) == ["TCPC-2026-0001-alert.eml"]
    body = " ".join(sent["TCPC-2026-0001-alert.eml"].get_content().split())
    assert "jo.clerk reclassified this case from enquiry to threat: he means the chairman" in body
    assert "held for your decision" in body and "3.5" in body


def test_reclassifying_after_the_acknowledgement_went_sends_no_second_one(desk):
    desk.poll(COMPLAINT)
    changed = desk.act(
        "reclassify", desk.settings, desk.rules, "TCPC-2026-0001", "foi_request", note="asks for the minutes"
    )
    assert changed.deadline.law.startswith("Freedom of Information Act 2000")
    desk.poll(at=LATER)
    assert list(desk.sent()) == ["TCPC-2026-0001-ack.eml"]
    back = desk.act("reclassify", desk.settings, desk.rules, "TCPC-2026-0001", "complaint", note="no, a complaint")
    assert back.deadline is None


def test_reclassifying_as_an_enquiry_closes_the_case(desk):
    desk.poll(UNSURE)
    changed = desk.act("reclassify", desk.settings, desk.rules, "TCPC-2026-0001", "enquiry", note="just a question")
    assert changed.status == "closed" and changed.history[-1].note == "Enquiry needs no case"
    desk.poll(at=LATER)
    assert desk.sent() == {}


def test_a_review_case_is_decided_before_it_can_be_started(desk):
    desk.poll(UNSURE)
    with pytest.raises(CaseError) as refused:
        casebook.transition(desk.case(), "start", NOW)
    assert "cases reclassify TCPC-2026-0001 CATEGORY" in refused.value.fix


def test_the_clerks_decisions_from_the_command_line(desk, agent):
    desk.poll(UNSURE, THREAT)
    env = {"DATA_DIR": str(desk.data), "RULES_FILE": str(desk.settings.rules_file)}
    done = agent("cases", "reclassify", "TCPC-2026-0001", "complaint", "--note", "a broken bench", env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "TCPC-2026-0001: complaint, new",
        "  queued: ack to r.hale@example.org (TCPC-2026-0001-ack); the agent sends it at its next poll",
    ]
    shown = agent("cases", "show", "TCPC-2026-0002", env=env).stdout
    assert "waits for you: python run.py cases ack TCPC-2026-0002 --send" in shown
    refused = agent("cases", "ack", "TCPC-2026-0002", "--drop", env=env)
    assert refused.returncode == 1 and "needs a note" in refused.stderr and "Traceback" not in refused.stderr
    dropped = agent("cases", "ack", "TCPC-2026-0002", "--drop", "--note", "police advice", env=env)
    assert dropped.returncode == 0 and dropped.stdout.startswith("TCPC-2026-0002: threat, new")
    history = agent("cases", "show", "TCPC-2026-0002", env=env).stdout
    assert "acknowledgement dropped" in history and "police advice" in history
    scored = agent("rules", "test", "--corrections", env=env)
    assert scored.returncode == 0, scored.stderr
    assert "1 of 1 right" not in scored.stdout and "0 of 1 right" in scored.stdout  # the rules called it an enquiry


def test_a_correction_goes_when_the_case_is_erased(desk):
    from inbox_agent.app.privacy import erase_person

    desk.poll(UNSURE)
    desk.act("reclassify", desk.settings, desk.rules, "TCPC-2026-0001", "complaint", note="a broken bench")
    with Store(desk.data) as store:
        erase_person(store, "r.hale@example.org", NOW + timedelta(days=1))
        store.commit()
    assert list((desk.data / "corrections").iterdir()) == []


# -- replies are judged (issue 15) ------------------------------------------------------------------


def resident_reply(body: str, n: int = 1) -> bytes:
    return mail(
        "m.collins@example.net", "Re: verges", body, f"r-{n}@example.net", extra="In-Reply-To: <c-1@example.net>\r\n"
    )


def test_a_reply_with_a_faint_cue_sends_the_case_to_review_and_the_clerk_brings_it_back(desk):
    desk.poll(COMPLAINT)
    report = desk.poll(resident_reply("Fine. Watch yourself."), at=LATER)
    # the model reads a threat in it at 0.5 or more (rules.yaml: alert_above): the Clerk hears of it at once
    assert report.counts == {"already_seen": 1, "threaded": 1, "needs_review": 1, "alerts_queued": 1}
    case = desk.case()
    assert case.status == "needs_review" and case.category == "complaint"
    assert case.review.to_doc() == {
        "reason": "a reply from m.collins@example.net: a threat cue scored 1, below the threshold 2",
        "from": "acknowledged",
        "at": LATER.isoformat(),
    }
    alert = desk.sent()["TCPC-2026-0001-alert.eml"]
    assert alert["Subject"] == "URGENT: possible threat, please check [TCPC-2026-0001]"
    assert "complaint for now, needs review: possibly threat" in alert.get_content()
    changed = desk.act("reclassify", desk.settings, desk.rules, "TCPC-2026-0001", "complaint", note="only cross")
    assert changed.status == "acknowledged" and changed.category == "complaint"
    desk.poll(at=LATER)
    assert sorted(desk.sent()) == ["TCPC-2026-0001-ack.eml", "TCPC-2026-0001-alert.eml"]  # nothing more


def test_an_abusive_reply_escalates_a_complaint_without_an_alert(desk):
    desk.poll(COMPLAINT)
    report = desk.poll(resident_reply("Nothing. You useless idiot."), at=LATER)
    assert report.counts["escalated"] == 1 and "alerts_queued" not in report.counts
    case = desk.case()
    assert case.category == "abusive" and case.severity == "high"
    assert case.history[-1].kind == "escalated" and case.history[-1].note.endswith("policy 2.2, 2.3, 3.2")
    assert list(desk.sent()) == ["TCPC-2026-0001-ack.eml"]


def test_the_council_and_whoever_it_wrote_to_thread_in_but_an_auto_reply_changes_nothing(desk):
    desk.poll(COMPLAINT)
    ack_id = desk.sent()["TCPC-2026-0001-ack.eml"]["Message-ID"]
    clerk = mail(
        "clerk@thurcastonandcropston.org.uk",
        "Re: verges",
        "Noted, I know where you live is a threat.",
        "k-1@x",
        extra=f"In-Reply-To: {ack_id}\r\n",
    )
    away = mail(
        "m.collins@example.net",
        "Automatic reply: verges",
        "I am away. I know where you live.",
        "ooo-1@example.net",
        extra=f"In-Reply-To: {ack_id}\r\nAuto-Submitted: auto-replied\r\n",
    )
    report = desk.poll(clerk, away, at=LATER)
    assert report.counts == {"already_seen": 1, "threaded": 2}
    case = desk.case()
    assert case.category == "complaint" and [e.kind for e in case.history][-2:] == [
        "automatic_reply",
        "automatic_reply",
    ]


@pytest.mark.parametrize(
    "old, new, raised",
    [
        ("complaint", "threat", True),
        ("foi_request", "abusive", True),
        ("abusive", "hate", True),
        ("hate", "threat", True),
        ("threat", "abusive", False),
        ("threat", "threat", False),
        ("complaint", "subject_access", False),
        ("complaint", "enquiry", False),
        ("abusive", "complaint", False),
    ],
)
def test_which_replies_escalate_a_case(desk, old, new, raised):
    from inbox_agent.core.rules import escalates

    assert escalates(desk.rules, old, new) is raised


def test_the_council_summary_replays_a_review_from_the_history():
    from inbox_agent.core.summary import status_at

    at = [(NOW + timedelta(hours=h)).isoformat() for h in range(5)]
    case = Case(
        ref="TCPC-2026-0001",
        filed=at[0],
        history=(
            casebook.event(NOW, "filed"),
            replace(casebook.event(NOW, "acknowledged"), at=at[1]),
            replace(casebook.event(NOW, "needs_review"), at=at[2]),
            replace(casebook.event(NOW, "reviewed"), at=at[3]),
        ),
    )
    assert [status_at(case, NOW + timedelta(hours=h, minutes=1)) for h in range(4)] == [
        "new",
        "acknowledged",
        "needs_review",
        "acknowledged",
    ]


def test_a_case_filed_by_a_backfill_is_never_acknowledged_even_after_a_reclassification(desk):
    report = desk.poll(COMPLAINT, delivered=NOW - timedelta(days=30), backfill_days=60)
    assert report.counts == {"filed": 1}
    changed = desk.act(
        "reclassify", desk.settings, desk.rules, "TCPC-2026-0001", "abusive", note="rude, not a complaint"
    )
    assert not changed.ack_queued and not changed.ack_pending
    desk.poll(at=LATER)
    assert desk.sent() == {}


def test_whoever_the_clerk_wrote_to_from_her_mail_client_may_reply_into_the_case(desk):
    desk.poll(COMPLAINT)
    clerk_reply = mail(
        "clerk@thurcastonandcropston.org.uk",
        "Re: verges [TCPC-2026-0001]",
        "Could you look at this?",
        "k-2@thurcastonandcropston.org.uk",
    ).replace(b"To: clerk@thurcastonandcropston.org.uk", b"To: Cllr Baxter <cllr.baxter@example.org>")
    with Store(desk.data) as store:  # as the Clerk's replies from the Sent folder are kept in their case
        case = store.case("TCPC-2026-0001")
        summary = CaseMessage(
            message_id="<k-2@thurcastonandcropston.org.uk>",
            location="Sent|1|1",
            evidence=store.write_evidence(clerk_reply),
            received=None,
            filed=NOW.isoformat(),
            sender="clerk@thurcastonandcropston.org.uk",
            subject="Re: verges",
            direction="sent",
        )
        store.put_case(
            replace(
                case,
                messages=(*case.messages, summary),
                message_ids=(*case.message_ids, "<k-2@thurcastonandcropston.org.uk>"),
            )
        )
        store.commit()
    answer = mail(
        "cllr.baxter@example.org",
        "Re: verges",
        "I will ask the contractor.",
        "b-1@example.org",
        extra="In-Reply-To: <k-2@thurcastonandcropston.org.uk>\r\n",
    )
    stranger = mail(
        "nosy@example.org",
        "Re: verges",
        "What about my hedge?",
        "n-1@example.org",
        extra="In-Reply-To: <k-2@thurcastonandcropston.org.uk>\r\n",
    )
    report = desk.poll(answer, stranger, at=LATER)
    assert report.counts["threaded"] == 1 and report.counts["filed"] == 1
    assert [m.sender for m in desk.case().messages][-1] == "cllr.baxter@example.org"
    assert desk.case("TCPC-2026-0002").linked == ("TCPC-2026-0001",)


def test_a_batched_alert_names_a_possible_threat_as_one_that_needs_review(desk):
    """A case in review that alerted as a possible threat is filed under a category that raises no alert (an
    enquiry): the summary's subject and line say what it may be and that it waits for her."""
    possible = Case(
        ref="TCPC-2026-0003",
        category="enquiry",
        severity="low",
        status=casebook.NEEDS_REVIEW,
        received=NOW.isoformat(),
        sender="c@example.com",
        subject="park",
        history=(casebook.event(NOW, "alert_batched", note="possible threat: the learned model reads threat at 0.75"),),
    )
    threat = Case(ref="TCPC-2026-0004", category="threat", severity="urgent", received=NOW.isoformat(), subject="z")
    mail = Renderer(desk.settings).alert_summary([possible, threat], desk.rules, NOW)
    assert (
        mail["Subject"] == "URGENT: 2 more alert(s): Threat or possible criminal matter, possible threat, needs review"
    )
    body = " ".join(mail.get_content().split())
    assert "TCPC-2026-0003 enquiry, needs your review (severity low)" in body
    assert "TCPC-2026-0004 threat (severity urgent)" in body


def test_a_batched_alert_says_for_each_case_whether_an_acknowledgement_went(desk):
    cases = [
        Case(
            ref="TCPC-2026-0001",
            category="threat",
            severity="urgent",
            received=NOW.isoformat(),
            sender="a@example.com",
            subject="x",
            ack_pending=PendingAck(since=NOW.isoformat(), why=""),
        ),
        Case(
            ref="TCPC-2026-0002",
            category="abusive",
            severity="high",
            received=NOW.isoformat(),
            sender="b@example.com",
            subject="y",
            ack_queued=True,
        ),
    ]
    body = " ".join(Renderer(desk.settings).alert_summary(cases, desk.rules, NOW).get_content().split())
    assert "No acknowledgement has been sent to the sender: it is held for your decision." in body
    assert "python run.py cases ack TCPC-2026-0001 --send" in body
    assert "An acknowledgement with the case reference has been sent to the sender." in body
