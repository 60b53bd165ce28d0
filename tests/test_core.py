"""The pure core: parsing, screening, classification and rendering, without servers or disks."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from datetime import UTC, datetime
from email import message_from_bytes, policy

import pytest
from conftest import ROOT
from hypothesis import example, given, settings
from hypothesis import strategies as st

from inbox_agent.config import load_settings
from inbox_agent.core import caseless
from inbox_agent.core.cases import format_reference, references_in
from inbox_agent.core.normalise import MalformedMessage, envelope_address, own_forward, parse, split_text
from inbox_agent.core.records import Case
from inbox_agent.core.rules import decide, load_rules, match
from inbox_agent.core.screen import screen
from inbox_agent.reports.render import Renderer, header_text

RULES = load_rules(ROOT / "rules.yaml", ROOT / "templates")
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def mail(
    body: str, subject: str = "Hello", sender: str = "Resident <resident@example.org>", headers: str = ""
) -> bytes:
    return (
        f"From: {sender}\r\nTo: clerk@thurcastonandcropston.org.uk\r\nSubject: {subject}\r\n"
        f"Message-ID: <m1@example.org>\r\n{headers}\r\n{body}\r\n"
    ).encode()


def category(raw: bytes) -> str:
    message = parse(raw)
    return decide(RULES, message, screen(message, frozenset({"clerk@thurcastonandcropston.org.uk"}))).category


# -- parsing -----------------------------------------------------------------------------


def test_quoted_replies_signatures_and_forwards_are_not_the_senders_words():
    own, quoted, forwarded = split_text(
        "Thanks, that is helpful.\n\n"
        "On Mon, 23 Nov 2026 at 10:00, Someone <x@example.org> wrote:\n> you idiot\n> more\n"
    )
    assert own == "Thanks, that is helpful." and "you idiot" in quoted and forwarded == ""
    own, quoted, forwarded = split_text(
        "See below.\n\n---------- Forwarded message ---------\nFrom: troll\n\nyou scum\n"
    )
    assert own == "See below." and "you scum" in forwarded
    own, _, _ = split_text("Regards\n-- \nJane Smith\nidiot-proof plumbing ltd\n")
    assert own == "Regards"
    own, quoted, _ = split_text("My reply.\n\nFrom: Clerk\nSent: 20 November 2026 10:00\nTo: me\n\nold text\n")
    assert own == "My reply." and "old text" in quoted
    own, _, forwarded = split_text(
        "I've left the group.\n\n-------- copied from WhatsApp --------\nGaz: pay her a visit\n"
    )
    assert own == "I've left the group." and "pay her a visit" in forwarded
    own, _, forwarded = split_text("I copied from the minutes below.\n---\nThe hall is shut.\n")
    assert "The hall is shut." in own and forwarded == ""  # a plain rule or a sentence is not a marker
    # Pasted words end where the sender rules them off: what follows is theirs again ("Accidents happen on it.")
    own, _, forwarded = split_text(
        "See this.\n\n----- Copied from the Village Noticeboard -----\nJo: the bend is lethal\n----------\n\n"
        "He drives it every morning. Accidents happen.\n"
    )
    assert forwarded == "Jo: the bend is lethal" and "He drives it every morning. Accidents happen." in own
    # ... but a mail client's forward runs to its end, rules and all
    _, _, forwarded = split_text("FYI\n---------- Forwarded message ---------\nFrom: x\n\nbody\n----------\nmore\n")
    assert forwarded.endswith("more")


def test_a_forward_of_the_senders_own_mail_is_their_own_words():
    forward = (
        "Forwarding the email I sent so you have it too.\n\n---------- Forwarded message ---------\n"
        "From: Eileen Ross <{author}>\nDate: Sun, 1 Nov 2026\nSubject: to all councillors\nTo: all@example.org\n\n"
        "You are a bunch of nobodies.\n\nOn Sat, 31 Oct 2026, Cllr Pratt <pratt@example.org> wrote:\n"
        "> and you are a pest\n"
    )
    own, _, forwarded = split_text(forward.format(author="eross@example.com"))
    own, forwarded = own_forward(own, forwarded, "eross@example.com")
    assert "You are a bunch of nobodies." in own and "so you have it too" in own
    assert "you are a pest" in forwarded and "nobodies" not in forwarded  # what her mail quoted stays someone else's
    for author, sender in (("troll@example.com", "eross@example.com"), ("eross@example.com.evil", "eross@example.com")):
        own, _, forwarded = split_text(forward.format(author=author))
        assert own_forward(own, forwarded, sender) == (own, forwarded)  # someone else's mail stays a report
    assert own_forward("See below.", "", "eross@example.com") == ("See below.", "")
    assert parse(mail(forward.format(author="x@example.org"), sender="x@example.org")).own_text.endswith("nobodies.")


def test_html_only_mail_is_read_as_text():
    raw = mail(
        "<html><body><p>I know where you live.</p><script>x()</script></body></html>",
        headers="Content-Type: text/html; charset=utf-8\r\n",
    )
    assert parse(raw).own_text == "I know where you live."


def test_unknown_charset_is_a_defect_not_a_crash():
    message = parse(
        mail("caf\xe9".encode("latin-1").decode("latin-1"), headers="Content-Type: text/plain; charset=bogus-8\r\n")
    )
    assert message.defects and "caf" in message.own_text


def test_empty_input_is_malformed():
    with pytest.raises(MalformedMessage):
        parse(b"   \r\n")


def test_sender_with_two_addresses_is_not_safe_to_answer():
    assert not parse(mail("hi", sender="a@example.org, b@example.org")).sender_valid
    assert parse(mail("hi")).sender_valid


# -- screening -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers, sender, subject",
    [
        ("Auto-Submitted: auto-replied\r\n", "a@example.org", "Hello"),
        ("Precedence: bulk\r\n", "a@example.org", "Hello"),
        ("List-Unsubscribe: <mailto:x@example.org>\r\n", "a@example.org", "Hello"),
        ("X-Autoreply: yes\r\n", "a@example.org", "Hello"),
        ("Return-Path: <>\r\n", "a@example.org", "Hello"),
        ("", "MAILER-DAEMON@example.org", "Hello"),
        ("", "noreply@example.org", "Hello"),
        ("", "owner-parish@example.org", "Hello"),
        ("", "a@example.org", "Automatic reply: your message"),
        ("", "a@example.org", "Abwesenheitsnotiz: Ihre Nachricht"),
        ("X-Clerk-Inbox-Agent: TCPC-2026-0001\r\n", "a@example.org", "Hello"),
        ("", "clerk@thurcastonandcropston.org.uk", "Hello"),
    ],
)
def test_automatic_mail_is_recognised(headers, sender, subject):
    message = parse(mail("body", subject=subject, sender=sender, headers=headers))
    assert screen(message, frozenset({"clerk@thurcastonandcropston.org.uk"})).automated


@pytest.mark.parametrize(
    "subject, headers",
    [
        ("Out of office hours noise from the pub", ""),
        ("Vacation rental on Station Road", ""),
        ("Complaint", "Auto-Submitted: no\r\n"),
    ],
)
def test_human_mail_that_looks_a_little_automatic_is_not_screened_out(subject, headers):
    assert not screen(parse(mail("body", subject=subject, headers=headers))).automated


THREAT = "Vote for the mast on Monday and I will make sure you regret it. I know where you live."


@pytest.mark.parametrize(
    "sender, subject, headers, expected",
    [
        # Only signs a person's mail can show: the rules read it, and a threat is filed as one (never answered).
        ("Anon <no-reply-anon@example.net>", "Final warning", "", "threat"),
        ("Concerned <noreply.concerned@example.com>", "the camp", "", "threat"),
        ("a@example.org", "Automatic reply: your letter", "", "threat"),
        ("noreply@example.org", "Hello", "", "threat"),
        # A header or a report part a mail system adds: automatic, whatever the text says.
        ("noreply@example.org", "Hello", "Auto-Submitted: auto-replied\r\n", "automated"),
        ("a@example.org", "Hello", "Precedence: bulk\r\n", "automated"),
        ("a@example.org", "Hello", "List-Id: <parish.example.org>\r\n", "automated"),
        ("clerk@thurcastonandcropston.org.uk", "Hello", "", "automated"),
    ],
)
def test_a_threat_from_an_address_that_only_looks_automatic_is_judged(sender, subject, headers, expected):
    assert category(mail(THREAT, subject=subject, sender=sender, headers=headers)) == expected


VOICEMAIL = (
    "Voicemail from 07700 900123, 42 seconds. Transcription: hello it's Mrs Dawson from Mill Road, I'm ringing to ask"
    " for a copy of all the personal data the council holds about me under the data protection act, my subject access"
    " request, thank you."
)


@pytest.mark.parametrize(
    "sender, subject, headers, expected",
    [
        # A phone system's transcript from no-reply@: a person's request, filed for the Clerk's review.
        ("Phone <no-reply@voicemail.example.net>", "New voicemail", "", "subject_access"),
        ("Phone <no-reply@voicemail.example.net>", "Automatic notification: voicemail", "", "subject_access"),
        # With a header a mail system adds, it is automatic mail, whatever it says.
        ("Phone <no-reply@voicemail.example.net>", "New voicemail", "Auto-Submitted: auto-generated\r\n", "automated"),
    ],
)
def test_a_persons_request_in_mail_that_only_looks_automatic_opens_a_case_for_review(
    sender, subject, headers, expected
):
    message = parse(mail(VOICEMAIL, subject=subject, sender=sender, headers=headers))
    decision = decide(RULES, message, screen(message))
    assert decision.category == expected
    if expected != "automated":
        assert decision.review.startswith("it looks automatic only by signs a person's mail can show (")
        assert "'Subject access request (UK GDPR)'" in decision.review and "not acknowledged" in decision.review


def test_ordinary_mail_from_a_no_reply_address_stays_automatic_and_the_screen_says_why():
    message = parse(mail("Your order has been dispatched. Track it online.", sender="noreply@shop.example.com"))
    screening = screen(message)
    assert screening.automated and screening.lookalike and screening.reasons == ("sender noreply@",)
    assert decide(RULES, message, screening).category == "automated"
    bounce = parse(mail(THREAT, sender="noreply@example.org", headers="Auto-Submitted: auto-generated\r\n"))
    assert not screen(bounce).lookalike


CALENDAR_ANSWER = (
    "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n--b\r\n"
    "Content-Type: text/calendar; charset=utf-8; method=REPLY\r\n\r\nBEGIN:VCALENDAR\r\nMETHOD:REPLY\r\n"
    "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:a@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n--b--\r\n"
)


@pytest.mark.parametrize(
    "subject, text, expected",
    [
        # A calendar program's answer to an invitation: nobody to acknowledge, whether or not its subject says so.
        ("Accepted: Planning committee, Tue 29 September", "", "automated"),
        ("Planning committee", "", "automated"),
        # A person can type into the answer: the rules still read what they wrote.
        ("Declined: Planning committee", THREAT, "threat"),
    ],
)
def test_a_calendar_answer_is_automatic_but_what_a_person_typed_into_it_is_read(subject, text, expected):
    raw = mail("", subject=subject).split(b"\r\n\r\n", 1)[0] + b"\r\n" + CALENDAR_ANSWER.format(text=text).encode()
    message = parse(raw)
    screening = screen(message)
    assert screening.automated and screening.lookalike
    assert "a calendar part (text/calendar): an invitation or an answer to one" in screening.reasons
    assert decide(RULES, message, screening).category == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # Bulk scams carry two marks of their trade; each alone would not make a person's mail automatic.
        (
            "Are you at your desk? Buy six Amazon gift cards, scratch the back and send me photos of the codes.",
            "automated",
        ),
        (
            "Your site is not on the first page of Google. Our SEO experts offer guaranteed results from $99.",
            "automated",
        ),
        ("We have had full access to your server. Pay 0.2 BTC or everything goes on our leak site.", "automated"),
        (
            "Invoice 4471 is overdue and will be passed to our collections agent. If you have already paid, please "
            "disregard this email. Dear customer, thank you.",
            "automated",
        ),
        # A resident who quotes a scam to warn the council reports it.
        (
            'Someone is pretending to be Cllr Hart on Facebook and sent my mum this: "buy Amazon gift cards, '
            'scratch the back and send me the codes". Can you warn people?',
            "not-automated",
        ),
    ],
)
def test_a_scam_is_automatic_and_a_residents_warning_about_one_is_not(body, expected):
    got = category(mail(body))
    assert got == expected if expected == "automated" else got != "automated"


# -- classification ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, expected",
    [
        ("I know where you live. Be careful walking home.", "threat"),
        ("You are a useless idiot. Piss off.", "abusive"),
        ("This decision is a disgrace and the council should be ashamed. I wish to complain.", "complaint"),
        (
            "Someone posted abusive comments on your Facebook page calling the clerk an idiot. Screenshot attached.",
            "abuse_report",
        ),
        ("Cllr Baxter was extremely rude to me and shouted at me at the meeting.", "conduct_complaint"),
        ("Could you tell me when the next meeting is?", "enquiry"),
    ],
)
def test_categories(body, expected):
    assert category(mail(body)) == expected


def test_quoted_abuse_in_a_reply_does_not_make_the_sender_abusive():
    body = "Thank you for your reply.\r\n\r\nOn Mon, 23 Nov 2026, Clerk wrote:\r\n> you are a useless idiot\r\n"
    assert category(mail(body)) == "enquiry"


def test_every_hit_keeps_the_text_it_matched():
    message = parse(mail("I KNOW  where you live"))
    decision = decide(RULES, message, screen(message))
    assert decision.category == "threat"
    [hit] = [h for h in decision.hits if h.category == "threat"]
    assert (hit.rule, hit.matched, hit.where) == ("threat.where-you-live", "i know where you live", "own")
    assert "threat scored 3" in decision.reason


def test_automatic_mail_is_decided_before_any_rule():
    message = parse(mail("I will kill you", headers="Auto-Submitted: auto-generated\r\n"))
    decision = decide(RULES, message, screen(message))
    assert decision.category == "automated" and decision.hits == ()


# -- the fast path of matching (core/caseless.py) agrees with the plain one --------------------------------------

# Characters re.I treats as a letter that casefolding leaves apart from it, or that cased forms fold to: dotless and
# dotted i, long s, the Kelvin and Ohm signs, micro and mu, the sigmas, a titlecase digraph, Cherokee (which casefolds
# to upper case), a combining iota (whose class's letter is a word character where it is not), and plain capitals.
ODD = [
    "\u0131",
    "\u0130",
    "\u017f",
    "\u212a",
    "\u2126",
    "\u00b5",
    "\u03bc",
    "\u03c2",
    "\u03a3",
    "\u1e9e",
    "\u00df",
    "\u01c5",
    "\u13a0",
    "\uab70",
    "\u0345",
    "\u03b9",
    "\u1fbe",
    "\ufb05",
    "\u1c80",
    "K",
    "I",
    "S",
    "\u00e9",
    "\u00c9",
]
CUES = sorted(set(re.findall(r"[a-z][a-z' ]{1,24}[a-z]", (ROOT / "rules.yaml").read_text(encoding="utf-8"))))
WORDS = st.one_of(
    st.sampled_from(CUES),
    st.sampled_from(CUES).map(str.upper),
    st.sampled_from(CUES).flatmap(
        lambda w: st.sampled_from(ODD).map(lambda c: w.replace("i", c, 1).replace("s", c, 1))
    ),
    st.sampled_from(ODD),
    st.text(alphabet=["a", "i", "k", "s", " ", ".", "'", "\n", "-", *ODD], max_size=6),
)
TEXTS = st.lists(WORDS, min_size=1, max_size=40).flatmap(
    lambda words: st.lists(
        st.sampled_from([" ", " ", ". ", ", ", "\n", "! ", ' "', '" ']), min_size=len(words), max_size=len(words)
    ).map(lambda seps: "".join(w + s for w, s in zip(words, seps, strict=True)))
)


@settings(max_examples=120, deadline=None, derandomize=True)
@given(TEXTS, TEXTS)
@example("Cllr Sm\u0131th is a useless \u0131diot", "You jumped-up l\u0131ttle clerk")  # [a-z] and "i" meet a dotless i
def test_the_fast_path_finds_what_plain_re_i_finds(body, subject):
    """Caseless regexes over mapped text, and literal tests on non-ASCII text, change no hit (match's plain=True is
    every regex with re.I over the text as prepared, kept for this test)."""
    message = parse(
        mail(
            body.replace("\n", "\r\n"),
            subject=subject.replace("\n", " ")[:200],
            headers="Content-Type: text/plain; charset=utf-8\r\n",
        )
    )
    assert match(RULES, message) == match(RULES, message, plain=True)


PIECES = [
    "kill",
    "KILL",
    "s",
    "\\bi",
    "k\\b",
    "[a-z]",
    "[A-Z]",
    "[^a-z]",
    "[^k]",
    "[ks]",
    "\\S",
    "\\W",
    "\\B",
    "\\D",
    "\\w",
    "\\s",
    "\\x41",
    "\\x4b",
    "\\N{LATIN SMALL LETTER DOTLESS I}",
    "\\N{KELVIN SIGN}",
    "\\u017f",
    "[\\w']",
    "[^\\W\\d]",
    "(?<!\\w)",
    "(?!\\w)",
    "(?<=i)",
    ".",
    "\u0131",
    "\u03c3",
    "[\u03a3x]",
    "[\u00b5-\u00b6]",
    "[\u0100-\u017f]",
    "\\u03a3",
    "\\d",
]
PATTERNS = st.lists(st.sampled_from(PIECES), min_size=1, max_size=5).flatmap(
    lambda parts: st.sampled_from(
        [
            "{}",
            "(?:{})+",
            "(?:{}|kı)",
            "({})?x",
            "{}{{1,3}}",
            "(?<!\\w){}",
            "(?<!\\w)(?:{}|kı|s)",
            "(?<!\\w)(?:kill|{})x",
            "\\b{}",
            "\\b(?:kill|{})",
            "\\bki(ll|{})",
            "(?<!\\w)(ab|{})",
            "\\b(?<!\\w)(?:(?<!\\w)(?:si|{}))x",
            "(?<!\\w)(?:(a|k)(s|{}))",
        ]
    ).map(lambda shape: shape.format("".join(parts)))
)


@settings(max_examples=600, deadline=None, derandomize=True)
@given(PATTERNS, st.text(alphabet=["a", "i", "k", "s", "x", "K", "S", "I", " ", "1", "_", *ODD], max_size=30))
def test_a_caseless_regex_matches_mapped_text_where_re_i_matches_the_text(pattern, text):
    """Pattern letters are mapped on the parsed pattern, so escapes (\\S, \\W, \\x41, \\N{...}) and classes keep
    their meaning; spans carry over because the mapping is one character for one."""
    fast, mapped = caseless.caseless_regex(pattern), caseless.canonical(text)
    if fast is None or mapped is None:  # the caller then matches the plain way
        return
    assert [m.span() for m in fast.finditer(mapped)] == [m.span() for m in re.finditer(pattern, text, re.I)]


def test_the_character_map_keeps_what_classes_say():
    """Each character's representative is a word, digit or space character exactly when it is (the one exception,
    a combining iota, makes canonical() decline the text), and re.I's extra cases form classes."""
    for code, rep in caseless.table().items():
        for category in (r"\w", r"\d", r"\s"):
            same = bool(re.match(category, chr(code))) == bool(re.match(category, chr(rep)))
            assert same or chr(code) in caseless._UNLIKE, (hex(code), category)
    for code, others in caseless._EXTRA.items():
        assert all({o, *caseless._EXTRA[o]} == {code, *others} for o in others)
    assert caseless.canonical("K\u0131ll") == "kill" and caseless.canonical("k\u0345") is None
    assert caseless.caseless_regex(r"(a)\1") is None and caseless.caseless_regex(r"(?-i:K)") is None


FALLBACK_TEXTS = [
    "I know where you live and I will K\u0131LL you",
    "Cllr Sm\u0131th is a useless \u0131diot and a jumped-up l\u0131ttle clerk",
    "The \u017fcum travellers should not be allowed to use the hall",
    "I am really unhappy it has been left like this, please can someone sort it out",
    "It'd be a pity if your car got damaged one dark night \u2014 \u03a3 \u00df \ufb01re",
]


@pytest.mark.parametrize("text", FALLBACK_TEXTS)
def test_without_the_stdlib_internals_matching_falls_back_to_re_i_with_the_same_hits(text, monkeypatch):
    """When caseless.py finds re's internals missing or changed (AVAILABLE False), no text is mapped and no regex
    rewritten: every regex reads the text itself with re.I, and finds what the fast path finds."""
    message = parse(mail(text, headers="Content-Type: text/plain; charset=utf-8\r\n"))
    fast = match(RULES, message)
    monkeypatch.setattr(caseless, "AVAILABLE", False)
    assert caseless.canonical(text) is None and caseless.caseless_regex(r"kill") is None
    assert caseless.compile_both(r"k\u0131ll").search("KILL") is not None  # plain re.I
    assert match(RULES, message) == fast == match(RULES, message, plain=True)
    assert fast  # each text is one a rule reads


def test_a_changed_case_table_in_the_stdlib_turns_the_fast_path_off(monkeypatch):
    """The import-time check compares results, not a version number: were re's table of extra cases to change (here
    emptied, so a dotless i no longer maps to i), the probes would disagree with re.I and the fast path stays off."""
    monkeypatch.setattr(caseless, "_EXTRA", {})
    monkeypatch.setattr(caseless, "_FORMS", {})
    caseless.table.cache_clear()
    caseless._needs_mapping.cache_clear()
    try:
        assert caseless._works() is False
    finally:
        monkeypatch.undo()
        caseless.table.cache_clear()
        caseless._needs_mapping.cache_clear()
    assert caseless._works() is True


def test_a_python_without_the_stdlib_internals_still_decides(tmp_path):
    """In a Python where re's private modules are missing, the agent imports, loads the rules and decides as before."""
    script = tmp_path / "without.py"
    script.write_text(
        "import re, sys\n"
        "del re._casefix\n"
        "sys.modules['re._casefix'] = None  # `from re import _casefix` now fails\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from inbox_agent.core import caseless\n"
        "from inbox_agent.core.normalise import parse\n"
        "from inbox_agent.core.rules import decide, load_rules\n"
        "from inbox_agent.core.screen import screen\n"
        f"rules = load_rules(__import__('pathlib').Path({str(ROOT / 'rules.yaml')!r}))\n"
        "message = parse(sys.stdin.buffer.read())\n"
        "print(caseless.AVAILABLE, decide(rules, message, screen(message)).category)\n",
        encoding="utf-8",
    )
    raw = mail("I know where you live and I will K\u0131LL you", headers="Content-Type: text/plain; charset=utf-8\r\n")
    # Without the test run's rules cache: it would import caseless before the script hides re's internals.
    env = {k: v for k, v in os.environ.items() if k != "INBOX_AGENT_TEST_RULES_CACHE"}
    result = subprocess.run([sys.executable, str(script)], input=raw, capture_output=True, check=True, env=env)
    assert result.stdout.decode().split() == ["False", decide(RULES, parse(raw), screen(parse(raw))).category]


# -- rendering -----------------------------------------------------------------------------


def renderer() -> Renderer:
    return Renderer(load_settings(None, environ={}))


def case(ref: str = "TCPC-2026-0001") -> Case:
    return Case(ref=ref, received=NOW.isoformat())


def test_header_text_removes_line_breaks_and_caps_by_character():
    assert header_text("Hello\r\nBcc: victim@example.org") == "Hello Bcc: victim@example.org"
    long = "é" * 500
    assert header_text(long) == "é" * 159 + "…"


def test_acknowledgement_headers_are_safe_with_hostile_input():
    raw = mail(
        "You are a useless idiot. Piss off.",
        subject="=?utf-8?q?Hi=0D=0ABcc:_x@evil.example?= " + "ü" * 400,
        sender="=?utf-8?q?Eve=0D=0ABcc=3A_x=40evil.example?= <eve@example.org>",
    )
    message = parse(raw)
    assert message.sender == "eve@example.org" and message.sender_valid
    assert not parse(mail("hi", sender="=?utf-8?q?Eve=0D=0ABcc:_x@evil.example?= <eve@example.org>")).sender_valid
    out = renderer().acknowledgement(case(), RULES.category("abusive"), message, NOW)
    data = bytes(out)
    parsed = message_from_bytes(data, policy=policy.default)
    assert parsed["Bcc"] is None
    assert [a.addr_spec for a in parsed["To"].addresses] == ["eve@example.org"]
    assert "TCPC-2026-0001" in parsed["Subject"] and "\n" not in parsed["Subject"]
    assert parsed["Auto-Submitted"] == "auto-replied" and parsed["In-Reply-To"] == "<m1@example.org>"
    assert all(len(line) <= 998 for line in data.split(b"\r\n"))


def test_email_content_is_data_not_template():
    message = parse(mail("{{ 7*7 }} {% for x in range(3) %}x{% endfor %}", subject="{{ 7*7 }}"))
    out = renderer().acknowledgement(case(), RULES.category("complaint"), message, NOW)
    body = out.get_content()
    assert "{{ 7*7 }}" in out["Subject"] and "49" not in out["Subject"] and "49" not in body


def test_html_templates_autoescape():
    r = renderer()
    assert r.env.from_string("{{ x }}").render(x="<script>") == "&lt;script&gt;"
    assert r.env.autoescape("digest.html.j2") and not r.env.autoescape("ack/complaint.txt.j2")


def test_references_are_readable_and_found_again():
    ref = format_reference("TCPC", 2026, 7)
    assert ref == "TCPC-2026-0007"
    assert references_in(f"Re: Verges [{ref}]", "TCPC") == [ref]
    assert references_in(f"Re: Verges [{ref}]", "ABC") == []


def test_a_literal_encoded_word_cannot_smuggle_a_header(monkeypatch):
    """CVE-2024-6923: the email package re-decodes encoded-words in values and may fold a CR/LF out raw."""
    subject = "=?utf-8?q?Hi=0D=0ABcc:_x@evil.example?= " + "ü" * 400
    raw = (
        f"From: a@example.org\r\nSubject: {subject}\r\nMessage-ID: <m1@example.org>\r\n\r\nYou are a useless idiot\r\n"
    ).encode()
    out = renderer().acknowledgement(case(), RULES.category("abusive"), parse(raw), NOW)
    parsed = message_from_bytes(bytes(out), policy=policy.compat32)
    assert parsed["Bcc"] is None and "Bcc" not in [k for k in parsed.keys()]
    assert message_from_bytes(bytes(out), policy=policy.default)["Subject"].startswith("Re: = ?utf-8?q?Hi")


def test_a_message_that_parses_back_with_other_headers_is_refused():
    from email.message import EmailMessage

    from inbox_agent.reports.render import UnsafeMail, checked

    mail = EmailMessage()
    mail["Subject"] = "fine"
    mail.set_content("x")
    assert checked(mail) is mail
    mail._headers.append(("X-Injected", "a\r\nBcc: x@evil.example"))  # as a broken folder would emit
    with pytest.raises(UnsafeMail):
        checked(mail)


@pytest.mark.parametrize("seed", range(3))
def test_a_plain_address_is_taken_as_the_email_package_would_write_it(seed):
    """envelope_address() spares plain addresses the header parser: for them it must give what the parser gives."""
    rng = random.Random(seed)

    def atoms(chars: str, count: int) -> str:
        return ".".join("".join(rng.choice(chars) for _ in range(rng.randrange(1, 6))) for _ in range(count))

    for _ in range(3000):
        address = atoms("aZ09_+-", rng.randrange(1, 4)) + "@" + atoms("aZ09-", rng.randrange(2, 4))
        parsed = policy.SMTP.header_factory("To", address).addresses
        assert envelope_address(address) == parsed[0].addr_spec == address
    assert envelope_address("=?utf-8?q?victim?=@v.example") == "victim@v.example"  # not plain: parsed
    assert envelope_address("Zoë <zoë@example.org>, b@example.org") == ""  # two addresses: nobody
