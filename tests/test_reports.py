"""The weekly digest for the Clerk and the council's meeting summary."""

from __future__ import annotations

import random
import re
import subprocess
import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from email import message_from_bytes, policy

import pytest
from conftest import ROOT
from test_pipeline import maildir_with

from inbox_agent.app.agent import Agent
from inbox_agent.config import load_settings
from inbox_agent.core import cases as casebook
from inbox_agent.core.digest import digest_due, excerpt, latest_slot, mask, pseudonyms
from inbox_agent.core.models import Timescales
from inbox_agent.core.records import Case
from inbox_agent.core.rules import load_rules
from inbox_agent.core.summary import build_summary, shown, status_at
from inbox_agent.core.workdays import WorkingDays
from inbox_agent.mail.imap import ImapSource
from inbox_agent.mail.maildir import MaildirSource
from inbox_agent.mail.outbox import FileTransport, SmtpTransport
from inbox_agent.reports.jobs import compose_digest, write_summary
from inbox_agent.reports.render import Renderer
from inbox_agent.store.database import Store

RULES = load_rules(ROOT / "rules.yaml", ROOT / "templates")
MONDAY, EIGHT = 0, time(8, 0)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# -- the schedule ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "before, at",
    [
        (utc(2026, 3, 30, 6, 59), utc(2026, 3, 30, 7, 0)),  # last Monday of March: BST, 08:00 London is 07:00 UTC
        (utc(2026, 10, 26, 7, 59), utc(2026, 10, 26, 8, 0)),  # last Monday of October: GMT again, 08:00 is 08:00 UTC
    ],
)
def test_the_digest_comes_at_eight_london_time_across_the_clock_changes(before, at):
    previous = latest_slot(before, MONDAY, EIGHT)
    assert previous.date() == (at - timedelta(days=7)).date()
    assert digest_due(before, MONDAY, EIGHT, last_slot=previous.isoformat(), since=utc(2026, 1, 1)) is None
    slot = digest_due(at, MONDAY, EIGHT, last_slot=previous.isoformat(), since=utc(2026, 1, 1))
    assert slot is not None and slot == at and slot.hour == 8 and slot.tzname() in ("BST", "GMT")


def test_a_digest_missed_while_down_is_sent_once_and_only_once():
    sent = latest_slot(utc(2026, 11, 2, 9, 0), MONDAY, EIGHT).isoformat()  # the agent sent Monday 2 November's
    back = utc(2026, 11, 18, 15, 0)  # then was down until Wednesday 18th
    slot = digest_due(back, MONDAY, EIGHT, last_slot=sent, since=utc(2026, 1, 1))
    assert slot.date() == date(2026, 11, 16)  # one catch-up for the latest slot, not one per missed week
    assert (
        digest_due(back + timedelta(minutes=1), MONDAY, EIGHT, last_slot=slot.isoformat(), since=utc(2026, 1, 1))
        is None
    )
    assert (
        digest_due(utc(2026, 11, 23, 8, 0), MONDAY, EIGHT, last_slot=slot.isoformat(), since=utc(2026, 1, 1))
        is not None
    )


def test_no_digest_is_owed_for_before_the_first_run():
    assert digest_due(utc(2026, 11, 25, 9, 0), MONDAY, EIGHT, last_slot=None, since=utc(2026, 11, 24, 10, 0)) is None


def test_the_agent_sends_the_digest_on_schedule_once(tmp_path):
    clock = {"now": utc(2026, 11, 20, 12, 0)}  # a Friday
    maildir_with(
        tmp_path,
        b"From: a@example.org\r\nSubject: x\r\nMessage-ID: <a@x>\r\n\r\nYou are a useless idiot. Piss off.\r\n",
        delivered=utc(2026, 11, 20, 11, 0),
    )
    settings = load_settings(None, environ={"DATA_DIR": str(tmp_path / "data"), "ACK_SINCE": "2026-11-01"})
    agent = Agent(
        settings,
        RULES,
        lambda: MaildirSource(tmp_path / "Maildir"),
        FileTransport(tmp_path / "sent"),
        clock=lambda: clock["now"],
    )
    digests = lambda: sorted(p.name for p in (tmp_path / "sent").glob("DIGEST-*"))  # noqa: E731
    agent.poll_once()
    assert digests() == []
    for now in (utc(2026, 11, 23, 7, 59), utc(2026, 11, 23, 8, 0), utc(2026, 11, 23, 8, 1), utc(2026, 11, 23, 12, 0)):
        clock["now"] = now
        agent.digest_check()
        agent.poll_once()
    assert digests() == ["DIGEST-2026-11-23-digest.eml"]
    mail = message_from_bytes((tmp_path / "sent" / digests()[0]).read_bytes(), policy=policy.default)
    assert mail["To"].addresses[0].addr_spec == settings.clerk_email
    assert mail["Subject"].startswith("Weekly civility digest: 1 unresolved")


@pytest.mark.servers
def test_the_digest_arrives_at_the_smtp_server_on_schedule(account, smtp, tmp_path):
    clock = {"now": utc(2026, 11, 16, 9, 0)}
    settings = load_settings(None, environ={**account.env(), **smtp.env(), "DATA_DIR": str(tmp_path / "data")})
    agent = Agent(
        settings,
        RULES,
        lambda: ImapSource(settings.imap, settings.folders),
        SmtpTransport(settings.smtp),
        clock=lambda: clock["now"],
    )
    agent.poll_once()
    clock["now"] = utc(2026, 11, 23, 8, 0)
    agent.digest_check()
    [received] = smtp.received
    assert received.rcpt_tos == [settings.clerk_email]
    mail = message_from_bytes(received.data, policy=policy.default)
    assert mail.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in mail.iter_parts()] == ["text/plain", "text/html"]
    assert mail["Auto-Submitted"] == "auto-generated"


# -- what the digest holds -------------------------------------------------------------------------


def seeded_store(tmp_path, messages, *, filed_at):
    """Run the real pipeline over the messages with a fixed clock, so dates and deadlines are known."""
    from inbox_agent.app.pipeline import Pipeline

    maildir_with(tmp_path, *messages, delivered=filed_at)
    settings = load_settings(None, environ={"DATA_DIR": str(tmp_path / "data"), "ACK_SINCE": "2000-01-01"})
    with Store(settings.data_dir) as store:
        Pipeline(settings, store, RULES, Renderer(settings), clock=lambda: filed_at).poll(
            MaildirSource(tmp_path / "Maildir"), FileTransport(tmp_path / "sent")
        )
    return settings


def msg(sender: str, subject: str, body: str, n: int) -> bytes:
    return f"From: {sender}\r\nSubject: {subject}\r\nMessage-ID: <seed-{n}@example.org>\r\n\r\n{body}\r\n".encode()


def test_digest_groups_cases_and_marks_overdue_only_what_owes_a_reply(tmp_path):
    settings = seeded_store(
        tmp_path,
        [
            msg("a@example.org", "threat", "I know where you live.", 1),
            msg("Bob Brown <b@example.org>", "Your decision", "You are a useless idiot. Piss off, you silly cow.", 2),
            msg("b@example.org", "more abuse", "You are a useless idiot, I said.", 3),
            msg("c@example.org", "report", "Someone posted abusive comments on your Facebook page.", 4),
            msg("d@example.org", "bins", "I want to complain about the bins, it is a disgrace.", 5),
            msg(
                "Eve Evans <e@example.org>",
                "Cllr Baxter",
                "I wish to complain about the conduct of Councillor Baxter, who was rude to me.",
                6,
            ),
            msg("f@example.org", "report again", "Someone posted abusive comments on your Facebook page again.", 7),
        ],
        filed_at=utc(2026, 11, 2, 10, 0),
    )
    with Store(settings.data_dir) as store:
        store.put_case(casebook.transition(store.case("TCPC-2026-0004"), "resolve", utc(2026, 11, 20, 10), by="clerk"))
        store.put_case(casebook.transition(store.case("TCPC-2026-0007"), "close", utc(2026, 11, 20, 10), by="clerk"))
        store.put_case(
            casebook.record_action(
                store.case("TCPC-2026-0002"), "removed", "Blocked on Facebook", utc(2026, 11, 18, 10)
            )
        )
        store.commit()
        digest = compose_digest(store, settings, RULES, utc(2026, 11, 23, 8, 0))
    groups = {g["severity"]: [c["ref"] for c in g["cases"]] for g in digest["groups"]}
    assert groups == {
        "urgent": ["TCPC-2026-0001"],
        "high": ["TCPC-2026-0002", "TCPC-2026-0003"],
        "normal": ["TCPC-2026-0006"],
    }
    assert "TCPC-2026-0005" not in str(groups)  # an ordinary complaint is left out unless configured
    cases = {c["ref"]: c for g in digest["groups"] for c in g["cases"]}
    abusive, conduct = cases["TCPC-2026-0002"], cases["TCPC-2026-0006"]
    # No reply is owed to abuse or a threat: no date to meet, never overdue. A conduct complaint owes one (10 days).
    assert (abusive["due"], abusive["overdue"]) == ("", []) and cases["TCPC-2026-0001"]["overdue"] == []
    assert conduct["overdue"] == ["response"] and conduct["due"] == "Mon 16 Nov 2026"  # acknowledged 2 Nov
    assert (abusive["sender"], abusive["subject"]) == ("Bob Brown", "Your decision")  # as her inbox shows it
    assert (abusive["received"], abusive["age"]) == ("Mon 2 Nov 2026", 15)
    assert abusive["last_action"] == "Blocked on Facebook, Wed 18 Nov 2026"
    assert cases["TCPC-2026-0003"]["last_action"] == "acknowledgement held back, Mon 2 Nov 2026"
    assert abusive["excerpt"] == "You are a useless idiot. Piss off, you silly cow."  # her own digest: as written
    assert digest["week"]["resolved"] == ["TCPC-2026-0004"] and digest["week"]["closed"] == ["TCPC-2026-0007"]
    assert digest["week"]["opened"] == [] and digest["week"]["overdue"] == ["TCPC-2026-0006"]
    text = Renderer(settings).render("digest.txt.j2", digest=digest)
    assert "Resolved: 1 (TCPC-2026-0004)" in text and "Closed with no action: 1 (TCPC-2026-0007)" in text
    assert 'From Bob Brown: "Your decision"' in text and "Reply due Mon 16 Nov 2026  ** OVERDUE: response **" in text
    assert "last action: action" not in text.lower() and "2026-11" not in text  # one date style, in words
    masked = load_settings(
        None, environ={"DATA_DIR": str(tmp_path / "data"), "MASK_WORDS": "yes", "DIGEST_INCLUDE_COMPLAINTS": "yes"}
    )
    with Store(settings.data_dir, readonly=True) as store:
        wider = compose_digest(store, masked, RULES, utc(2026, 11, 23, 8, 0))
    assert "TCPC-2026-0005" in str(wider["groups"])
    excerpt = next(c["excerpt"] for g in wider["groups"] for c in g["cases"] if c["ref"] == "TCPC-2026-0002")
    assert excerpt == "You are a useless [offensive word]. [offensive word] off, you silly [offensive word]."


def test_repeat_senders_are_pseudonyms_never_addresses(tmp_path):
    now = datetime.now(UTC).replace(microsecond=0)
    settings = seeded_store(
        tmp_path,
        [msg("persistent@example.org", f"x{i}", "You are a useless idiot.", i) for i in range(4)]
        + [msg("twice@example.org", f"y{i}", "You are a useless idiot.", 10 + i) for i in range(2)],
        filed_at=now - timedelta(days=1),
    )
    with Store(settings.data_dir, readonly=True) as store:
        digest = compose_digest(store, settings, RULES, now)
    assert digest["week"]["repeat_senders"] == [("Sender A", 4), ("Sender B", 2)]
    html = Renderer(settings).render("digest.html.j2", digest=digest)
    repeat = html.split("Repeat senders", 1)[1].split("</tr>", 1)[0]
    assert "persistent@example.org" not in repeat and "Sender A: 4 cases" in repeat
    # Each entry names its sender as her inbox does (the display name, or the address when there is none): the
    # digest is hers alone, and an entry she cannot find in the inbox is no use to her.
    assert "<strong>persistent@example.org</strong>: x0" in html
    assert pseudonyms({f"s{i}": 2 for i in range(28)})[-1][0] == "Sender AB"


def test_untrusted_text_is_escaped_in_the_digest(tmp_path):
    settings = seeded_store(
        tmp_path,
        [
            msg(
                "e@example.org",
                "<script>alert(1)</script>",
                "{{ 7*7 }} You are a useless idiot. <img src=x onerror=alert(1)>",
                1,
            ),
        ],
        filed_at=utc(2026, 11, 20, 10, 0),
    )
    with Store(settings.data_dir, readonly=True) as store:
        digest = compose_digest(store, settings, RULES, utc(2026, 11, 23, 9, 30))
    renderer = Renderer(settings)
    html = renderer.render("digest.html.j2", digest=digest)
    text = renderer.render("digest.txt.j2", digest=digest)
    assert "{{ 7*7 }}" in html.replace("&#123;", "{") or "{{ 7*7 }}" in html
    assert "<img" not in html and "&lt;img src=x" in html
    assert "49" not in html and "49" not in text
    mail = renderer.digest_mail(digest, utc(2026, 11, 23, 9, 30))
    assert "<script" not in mail.get_body(("html",)).get_content().lower()
    assert "<script>" not in html and 'src="http' not in html


def test_mask_replaces_whole_words_and_never_makes_one_worse():
    assert (
        mask("Piss off, you PRICK and idiots", ["piss", "prick"])
        == "[offensive word] off, you [offensive word] and idiots"
    )
    assert "*" not in mask("you silly cow", ["cow"])


@pytest.mark.parametrize("seed", range(4))
def test_an_excerpt_read_from_the_head_of_a_long_text_is_the_one_the_whole_text_gives(seed):
    """excerpt() reads only the head of a long text: what it gives must not depend on that, at any cut."""
    rng = random.Random(seed)
    pieces = ["idiot", "cow", " ", "  ", "\n", "\t", "a", "\ufb01", "e\u0301", "\xa0", "x" * 30, ".", "\u216b"]

    def whole(text: str, words: tuple[str, ...], limit: int) -> str:  # the plain definition: all of it, then cut
        masked = mask(" ".join(unicodedata.normalize("NFKC", text).split()), words)
        return masked if len(masked) <= limit else masked[: limit - 1].rstrip() + "…"

    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 700)))
        words, limit = rng.choice([(), ("idiot", "cow")]), rng.choice([200, 50, 5])
        assert excerpt(text, words, limit) == whole(text, words, limit), (text, words, limit)


# -- the council summary -----------------------------------------------------------------------------


def case(ref, category, received, history, actions=(), sender="x@example.org"):
    """A case as the store would hold it, read as the reports read it."""
    doc = {
        "ref": ref,
        "category": category,
        "received": received,
        "filed": received,
        "sender": sender,
        "status": "new",
        "history": [{"at": received, "kind": "filed", "by": "agent", "note": ""}, *history],
        "actions": list(actions),
        **_derived(history),
    }
    return Case.from_doc(doc)


def _derived(history):
    out: dict = {}
    status = "new"
    for e in history:
        if e["kind"] == "acknowledged":
            out["acknowledged"] = e["at"]
            status = "acknowledged" if status == "new" else status
        else:
            status = {"started": "in_progress", "resolved": "resolved", "closed": "closed", "reopened": "reopened"}[
                e["kind"]
            ]
            if e["kind"] in ("resolved", "closed"):
                out["closed_at"] = e["at"]
    out["status"] = status
    return out


def ev(at, kind):
    return {"at": at, "kind": kind, "by": "clerk", "note": ""}


FIXTURE = [
    # October 2026: the period. Received, acknowledged and closed on known working days.
    case(
        "T-1",
        "threat",
        "2026-10-05T09:00:00+00:00",
        [ev("2026-10-05T09:01:00+00:00", "acknowledged"), ev("2026-10-12T10:00:00+00:00", "resolved")],
        actions=[
            {"at": "2026-10-06T10:00:00+00:00", "kind": "police", "by": "clerk", "note": "", "crime_reference": "X"}
        ],
    ),
    case(
        "T-2",
        "abusive",
        "2026-10-07T09:00:00+00:00",
        [ev("2026-10-07T09:01:00+00:00", "acknowledged"), ev("2026-11-02T10:00:00+00:00", "resolved")],
        actions=[{"at": "2026-10-08T10:00:00+00:00", "kind": "removed", "by": "clerk", "note": ""}],
    ),
    case("T-3", "complaint", "2026-10-14T09:00:00+00:00", [ev("2026-10-23T09:00:00+00:00", "acknowledged")]),
    case("T-4", "complaint", "2026-10-20T09:00:00+00:00", []),
    case(
        "T-5",
        "abuse_report",
        "2026-10-30T09:00:00+00:00",
        [ev("2026-10-30T09:01:00+00:00", "acknowledged"), ev("2026-10-30T12:00:00+00:00", "closed")],
    ),
    # September 2026: the previous period of the same length (30 days before 1 October: 1 to 30 September).
    case("P-1", "complaint", "2026-09-10T09:00:00+00:00", [ev("2026-09-10T09:01:00+00:00", "acknowledged")]),
    case(
        "P-2",
        "abusive",
        "2026-09-20T09:00:00+00:00",
        [],
        actions=[{"at": "2026-09-21T10:00:00+00:00", "kind": "platform", "by": "clerk", "note": ""}],
    ),
    # Outside both periods.
    case("X-1", "threat", "2026-11-03T09:00:00+00:00", []),
]


ORDER = ["threat", "hate", "abusive", "abuse_report", "conduct_complaint", "complaint"]


def test_the_summary_numbers_match_a_hand_computed_fixture():
    s = build_summary(
        FIXTURE,
        date(2026, 10, 1),
        date(2026, 10, 31),
        days=WorkingDays(),
        scales=RULES.timescales(Timescales()),
        order=ORDER,
        labels={c: c for c in ORDER},
        groups=RULES.groups,
        group_of=RULES.group_of(),
        threshold=1,
    )  # 1: every count shown, to check them
    assert (s["previous_start"], s["previous_end"]) == ("2026-08-31", "2026-09-30")  # 31 days before the 31-day period
    assert s["total"] == 5 and s["total_before"] == 2
    assert {r["category"]: (r["count"], r["before"]) for r in s["by_category"]} == {
        "threat": (1, 0),
        "abusive": (1, 1),
        "abuse_report": (1, 0),
        "complaint": (2, 1),
    }
    # At the end of October: T-1 resolved, T-2 still acknowledged (resolved in November), T-3 acknowledged, T-4 new,
    # T-5 closed. At the end of September: P-1 acknowledged, P-2 new.
    assert {r["status"]: (r["count"], r["before"]) for r in s["by_status"]} == {
        "new": (1, 1),
        "acknowledged": (2, 1),
        "resolved": (1, 0),
        "closed": (1, 0),
    }
    assert {a["kind"]: (a["count"], a["before"]) for a in s["actions"]} == {
        "removed": (1, 0),
        "platform": (0, 1),
        "police": (1, 0),
        "monitoring-officer": (0, 0),
    }
    # T-3 received Wed 14 Oct: acknowledge by Wed 21 Oct; acknowledged Fri 23 Oct: late. T-4 never acknowledged.
    # Only the complaints owe a reply (rules.yaml reply_days): T-3 by 6 Nov and T-4 by 10 Nov, neither late on 31 Oct.
    # T-2, abusive and still open, owes none, so it is not "overdue for a response" as it once was.
    assert s["timeliness"] == {
        "acknowledged_in_time": 3,
        "acknowledged_late": 1,
        "not_acknowledged": 1,
        "owing": 2,
        "responded_in_time": 0,
        "responded_late": 0,
        "overdue": 0,
        "acknowledge_days": 5,
    }
    assert (
        "references" not in s and "TCPC" not in str(s) and "T-1" not in str(s)
    )  # no case references in a public paper
    assert (s["period"], s["note"]) == ("1 October 2026 to 31 October 2026", "")
    assert s["paragraph"] == (
        "Between 1 October 2026 and 31 October 2026 the Clerk's inbox opened 5 cases, 3 more than in the previous "
        "31 days. 3 cases concerned civility and respect. 3 were acknowledged within 5 working days. Of the cases "
        "that owed the sender a reply (2), 0 had been answered and closed on time by the end of the period, 0 late, "
        "and 0 were overdue. Actions recorded under section 3 of the policy: deleted content or blocked someone "
        "(policy 3.3), once; reported to the police (policy 3.5), once."
    )
    assert status_at(FIXTURE[1], datetime(2026, 11, 3, tzinfo=UTC)) == "resolved"


def test_small_numbers_are_shown_as_fewer_than_the_threshold_everywhere(tmp_path):
    s = build_summary(
        FIXTURE,
        date(2026, 10, 1),
        date(2026, 10, 31),
        days=WorkingDays(),
        scales=RULES.timescales(Timescales()),
        order=ORDER,
        labels={c: c for c in ORDER},
        groups=RULES.groups,
        group_of=RULES.group_of(),
    )
    assert {r["category"]: (r["count_shown"], r["before_shown"]) for r in s["by_category"]} == {
        "threat": ("fewer than 3", "0"),
        "abusive": ("fewer than 3", "fewer than 3"),
        "abuse_report": ("fewer than 3", "0"),
        "complaint": ("fewer than 3", "fewer than 3"),
    }
    assert (s["total_shown"], s["total_before_shown"]) == ("5", "fewer than 3")
    assert {a["kind"]: a["count_shown"] for a in s["actions"]} == {
        "removed": "fewer than 3",
        "platform": "0",
        "police": "fewer than 3",
        "monitoring-officer": "0",
    }
    assert not re.search(r"\b[12] (case|time|were|was)", s["paragraph"]) and not re.search(r"\bonce\b", s["paragraph"])
    assert "compared with fewer than 3 cases in the previous 31 days" in s["paragraph"]
    # One hidden count beside a total would be given away by subtraction: a second one is hidden with it.
    assert shown([1, 7, 8], 3) == ["fewer than 3", "3 or more", "8"] and shown([4, 5, 9], 3) == ["4", "5", "9"]
    # The threshold is a setting: 5 hides 3 and 4 too.
    five = build_summary(
        FIXTURE,
        date(2026, 10, 1),
        date(2026, 10, 31),
        days=WorkingDays(),
        scales=Timescales(),
        order=ORDER,
        labels={c: c for c in ORDER},
        groups=RULES.groups,
        group_of=RULES.group_of(),
        threshold=5,
    )
    assert five["total_shown"] == "5" and five["timeliness_shown"]["acknowledged_in_time"] == "fewer than 5"
    html = Renderer(load_settings(None, environ={"DATA_DIR": str(tmp_path)})).render("summary.html.j2", summary=s)
    assert not re.search(r'class="n">[12]<', html) and "T-1" not in html


def test_a_period_that_ends_in_the_future_is_cut_to_today_with_a_note():
    s = build_summary(
        FIXTURE,
        date(2026, 10, 1),
        date(2026, 12, 31),
        days=WorkingDays(),
        scales=RULES.timescales(Timescales()),
        order=ORDER,
        labels={c: c for c in ORDER},
        groups=RULES.groups,
        group_of=RULES.group_of(),
        today=date(2026, 11, 4),
    )
    assert (s["end"], s["days"]) == ("2026-11-04", 35) and s["total"] == 6  # X-1 (3 November) now counts
    assert s["note"] == (
        "The period asked for ran to 31 December 2026; the figures are to 4 November 2026, the date "
        "of this report, and the previous period is of the same length."
    )


PERSONAL = [
    "Margaret Collins",
    "m.collins@example.net",
    "07700 900123",
    "0116 496 0321",
    "12 Station Road",
    "LE7 7JA",
    "Cllr Baxter",
    "Priya Shah",
    "priya.shah@example.org",
    "LE4 9BA",
    "Verges outside",
    "was rude",
    "FOI request about",
    "useless idiot",
]


def test_the_summary_contains_no_personal_data(tmp_path):
    settings = seeded_store(
        tmp_path,
        [
            msg(
                "Margaret Collins <m.collins@example.net>",
                "Verges outside 12 Station Road LE7 7JA",
                "Call me on 07700 900123 or 0116 496 0321. I want to complain, it is a disgrace.",
                1,
            ),
            msg(
                "Priya Shah <priya.shah@example.org>",
                "Cllr Baxter was rude",
                "Cllr Baxter was extremely rude to me at 4 Mill Lane, LE4 9BA.",
                2,
            ),
            msg("x@example.org", "abuse", "You are a useless idiot.", 3),
            msg(
                "Margaret Collins <m.collins@example.net>",
                "FOI request about 12 Station Road",
                "Under the Freedom of Information Act please send the survey of 12 Station Road LE7 7JA.",
                4,
            ),
            msg(
                "Priya Shah <priya.shah@example.org>",
                "Subject access request",
                "This is a subject access request for all data you hold about me, Priya Shah, 07700 900123.",
                5,
            ),
        ],
        filed_at=utc(2026, 10, 14, 10, 0),
    )
    with Store(settings.data_dir, readonly=True) as store:
        html_path, pdf_path, paragraph_path = write_summary(
            Renderer(settings),
            store,
            settings,
            RULES,
            date(2026, 10, 1),
            date(2026, 10, 31),
            tmp_path / "out",
            item="7(b)",
            meeting=date(2026, 11, 10),
            today=date(2026, 11, 2),
        )
    pdf_text = subprocess.run(["pdftotext", str(pdf_path), "-"], capture_output=True, text=True, check=True).stdout
    for words in (
        "Cases by category",
        "Report of the Clerk",
        "Agenda item 7(b)",
        "Meeting of 10 November 2026",
        "That the council notes this report",
        "1 October 2026 to 31 October 2026",
        "Text alternative",
    ):
        assert words in " ".join(pdf_text.split()), words  # the PDF really holds the agenda paper
    assert "TCPC-" not in pdf_text and "TCPC-" not in html_path.read_text()  # no case references in a public paper
    assert "Your decision" not in pdf_text  # nor the subjects and names the Clerk's digest now shows
    for label in ("Freedom of Information", "Subject access request"):  # the legal requests are counted, anonymously
        assert label in html_path.read_text()
    for document in (html_path.read_text(), pdf_text, paragraph_path.read_text()):
        for item in PERSONAL:
            assert item.lower() not in document.lower(), item
        assert not re.search(r"[\w.]+@[\w.]+", document)
        assert not re.search(r"\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b", document)
        assert not re.search(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", document)  # no postcodes


def test_an_edited_paragraph_replaces_the_generated_one(tmp_path, agent):
    settings = seeded_store(
        tmp_path, [msg("x@example.org", "abuse", "You are a useless idiot.", 1)], filed_at=utc(2026, 10, 14, 10, 0)
    )
    edited = tmp_path / "para.txt"
    edited.write_text("The Clerk's own words <b>with</b> care.\n")
    result = agent(
        "summary",
        "--from",
        "2026-10-01",
        "--to",
        "2026-10-31",
        "--out",
        str(tmp_path / "out"),
        "--paragraph",
        str(edited),
        env={"DATA_DIR": str(settings.data_dir)},
    )
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "out" / "council-summary-2026-10-01-to-2026-10-31.html").read_text()
    assert "The Clerk&#39;s own words &lt;b&gt;with&lt;/b&gt; care." in html
    bad = agent(
        "summary",
        "--from",
        "2026-10-31",
        "--to",
        "2026-10-01",
        "--out",
        str(tmp_path / "o"),
        env={"DATA_DIR": str(settings.data_dir)},
    )
    assert bad.returncode == 1 and "before it starts" in bad.stderr


HEADER_ROW = re.compile(r"^\s*(Category|Status|Action|Measure \(the council)\b")
HEADING = re.compile(r"^\s*4\.(\d)? ")
FOOTER = re.compile(r"report of the Clerk\s+Page \d+ of \d+|^\s*Page \d+ of \d+\s*$")
HEADER_WORDS = {"period", "cases", "period's", "previous", "this"}


def pages(pdf) -> list[list[str]]:
    count = int(
        re.search(
            r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        ).group(1)
    )
    out = []
    for page in range(1, count + 1):
        text = subprocess.run(
            ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        out.append([line for line in text.splitlines() if line.strip() and not FOOTER.search(line)])
    return out


def test_no_table_heading_is_parted_from_its_first_row_across_pages(tmp_path):
    """Paragraphs of growing length move the page breaks through the whole paper; on every page, a section heading
    and a table's heading row are followed there by what they head."""
    settings = seeded_store(
        tmp_path,
        [
            msg(f"s{i}@example.org", f"m{i}", text, i)
            for i, text in enumerate(
                [
                    "You are a useless idiot.",
                    "I know where you live.",
                    "I want to complain about the bins, it is a disgrace.",
                    "Someone posted abusive comments on your Facebook page.",
                    "Under the Freedom of Information Act please send the minutes.",
                    "I wish to complain about the conduct of Councillor Baxter, who was rude to me.",
                ]
            )
        ],
        filed_at=utc(2026, 10, 14, 10, 0),
    )
    checked = 0
    with Store(settings.data_dir, readonly=True) as store:
        for words in range(40, 521, 60):
            _, pdf, _ = write_summary(
                Renderer(settings),
                store,
                settings,
                RULES,
                date(2026, 10, 1),
                date(2026, 10, 31),
                tmp_path / f"out{words}",
                " ".join(["Wording"] * words),
                today=date(2026, 11, 2),
            )
            for number, lines in enumerate(pages(pdf), 1):
                for i, line in enumerate(lines):
                    rest = [later for later in lines[i + 1 :] if not set(later.lower().split()) <= HEADER_WORDS]
                    if HEADER_ROW.match(line) or HEADING.match(line):
                        checked += 1
                        assert rest, f"{words} words: {line.strip()!r} is the last thing on page {number}"
                    if re.match(r"^\s*4\.\d ", line):  # 4.1 to 4.5 head a table or the chart
                        assert HEADER_ROW.match(rest[0]) or "Cases received" in line, (words, number, line, rest[0])
    assert checked > 8 * 9
