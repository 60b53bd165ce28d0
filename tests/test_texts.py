"""What people read: each category's acknowledgement against a golden file reviewed against the policy, and the
wording rules every acknowledgement keeps (no social-media text to an email, no labels, no hard-coded timescales).

The golden files in tests/golden/ are the reviewed texts. After a deliberate change of wording, regenerate them with
UPDATE_GOLDEN=1 and read the difference against the policy before committing it.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import ROOT

from inbox_agent.config import load_settings
from inbox_agent.core.cases import statutory_deadline
from inbox_agent.core.normalise import parse
from inbox_agent.core.policy import SECTIONS, SOCIAL_MEDIA_ONLY, SOCIAL_MEDIA_WORDS
from inbox_agent.core.records import Case
from inbox_agent.core.rules import load_rules
from inbox_agent.core.workdays import local_date
from inbox_agent.reports.render import Renderer

GOLDEN = Path(__file__).resolve().parent / "golden"
POLICY = ROOT / "docs" / "policy" / "communication-and-social-media-policy.txt"  # as adopted, 11 March 2024
RULES = load_rules(ROOT / "rules.yaml", ROOT / "templates")
NOW = datetime(2026, 12, 24, 10, 0, tzinfo=UTC)  # Christmas Eve: the reply dates skip the bank holidays
ACKNOWLEDGED = [name for name, c in RULES.categories.items() if c.ack]
SUBJECTS = {
    "foi_request": "Freedom of Information request: playground costs",
    "subject_access": "Subject access request",
    "complaint": "Street light out on Anstey Lane",
    "conduct_complaint": "Conduct at Tuesday's meeting",
    "abuse_report": "Horrible comments on your Facebook page",
    "abusive": "You lot",
    "threat": "the clerk",
    "hate": "Traveller site",
}


def settings(**environ: str):
    return load_settings(None, environ={"DATA_DIR": "/nonexistent", **environ})


def acknowledgement(
    category: str, *, sender: str = "Margaret Collins <m.collins@example.net>", wrapped: bool = False, **environ: str
) -> str:
    """The plain-text body as sent (wrapped), or with its lines joined, so phrases can be looked for across a wrap."""
    raw = (
        f"From: {sender}\r\nTo: clerk@thurcastonandcropston.org.uk\r\nSubject: {SUBJECTS[category]}\r\n"
        "Message-ID: <golden@example.net>\r\nDate: Thu, 24 Dec 2026 09:30:00 +0000\r\n\r\n"
        "The text does not matter here.\r\n"
    )
    message = parse(raw.encode())
    cat = RULES.category(category)
    case = Case(
        ref="TCPC-2026-0042",
        received="2026-12-24T09:30:00+00:00",
        deadline=statutory_deadline(cat.deadline, local_date(NOW)) if cat.deadline else None,
    )
    mail = Renderer(settings(**environ)).acknowledgement(case, cat, message, NOW)
    text = mail.get_body(("plain",)).get_content()
    return text if wrapped else flat(text)


def flat(text: str) -> str:
    return "\n\n".join(" ".join(p.split()) for p in text.split("\n\n"))


@pytest.mark.parametrize("category", ACKNOWLEDGED)
def test_each_acknowledgement_matches_its_reviewed_golden_file(category):
    text = acknowledgement(category, wrapped=True)
    golden = GOLDEN / f"ack-{category}.txt"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(text)
    assert golden.is_file(), f"no golden file for {category}: run with UPDATE_GOLDEN=1 and review it against the policy"
    assert text == golden.read_text()


def test_every_category_with_an_acknowledgement_has_a_golden_file():
    assert sorted(p.stem.removeprefix("ack-") for p in GOLDEN.glob("ack-*.txt")) == sorted(ACKNOWLEDGED)


def _without_social_media_quotes(category: str, text: str) -> str:
    """An abuse report is about posts: the paragraphs for posts are quoted to it under their own heading, and its
    request for screenshots is about what the sender saw. Everything else must read as a reply to an email."""
    if category != "abuse_report":
        return text
    head, _, _ = text.partition("Where the abuse was posted on social media")
    return head.replace("screenshots, links or dates", "")


@pytest.mark.parametrize("category", ACKNOWLEDGED)
def test_no_acknowledgement_of_an_email_quotes_social_media_text(category):
    text = _without_social_media_quotes(category, acknowledgement(category))
    body = text.lower().replace(RULES.category(category).label.lower(), "")
    body = body.replace("communication and social media policy", "the policy")  # the policy's title, not its text
    for words in SOCIAL_MEDIA_WORDS:
        assert words not in body, f"{category}: {words!r}"
    for number in SOCIAL_MEDIA_ONLY:
        assert f"Paragraph {number}:" not in text


def test_only_a_report_of_posts_quotes_the_social_media_paragraphs():
    quoting = {c for c in ACKNOWLEDGED if set(RULES.category(c).policy) & SOCIAL_MEDIA_ONLY}
    assert quoting == {"abuse_report"}
    text = acknowledgement("abuse_report")
    assert text.index("Where the abuse was posted on social media") < text.index("Paragraph 3.3:")


def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.lower())


def test_every_quotation_is_the_policys_own_words():
    """Each quoted piece, between the "[...]" that mark what was left out, appears word for word in the adopted
    policy."""
    policy = " ".join(_words(POLICY.read_text()))
    for number, quote in SECTIONS.items():
        for piece in quote.split("[...]"):
            assert " ".join(_words(piece)) in policy, (number, piece)


@pytest.mark.parametrize("category", ACKNOWLEDGED)
def test_no_acknowledgement_names_the_category_or_the_ombudsman(category):
    text = acknowledgement(category).lower()
    assert "ombudsman" not in text
    assert "dear correspondent" not in text
    assert "within 10 working days" not in text or RULES.category(category).reply_days == 10
    own_words = re.sub(r'paragraph [\d.]+: "[^"]*"', "", text)  # the policy's words may name abuse; ours may not
    if category in ("abusive", "threat", "hate"):
        for label in ("abus", "threat", "intimidat", "hate", "discriminat", "offensive", "police", "criminal"):
            assert label not in own_words, (category, label)


def test_threat_and_hate_replies_name_no_one_and_give_no_address():
    for category in ("threat", "hate"):
        text = acknowledgement(category)
        assert "Marianne Lane" not in text and "Anstey Lane" not in text and "0116" not in text
        assert "clerk@" not in text and text.rstrip().splitlines()[-1].startswith("If you write again")
        assert "\nThurcaston and Cropston Parish Council\n" in text


def test_reply_timescales_come_from_rules_yaml_not_the_template(tmp_path):
    rules = (ROOT / "rules.yaml").read_text().replace("reply_days: 10", "reply_days: 15")
    (tmp_path / "rules.yaml").write_text(rules)
    changed = load_rules(tmp_path / "rules.yaml", ROOT / "templates").category("complaint")
    raw = b"From: a@example.org\r\nSubject: x\r\nMessage-ID: <t@example.org>\r\n\r\nx\r\n"
    mail = Renderer(settings()).acknowledgement(
        Case(ref="TCPC-2026-0001", received=NOW.isoformat()), changed, parse(raw), NOW
    )
    text = flat(mail.get_body(("plain",)).get_content())
    assert "within 15 working days" in text and "Tuesday 19 January 2027" in text  # 15 working days after 24 December
    none_owed = load_rules(ROOT / "rules.yaml", ROOT / "templates").category("abusive")
    assert none_owed.reply_days is None and "working days" not in acknowledgement("abusive")


def test_the_conduct_route_is_configurable_and_names_charnwood_by_default():
    default = acknowledgement("conduct_complaint")
    assert "Monitoring Officer at Charnwood Borough Council" in default and "referred" not in default
    assert "@" not in default.split("Monitoring Officer")[1].split("\n\n")[0]  # no invented contact for Charnwood
    route = "Write to the Monitoring Officer, Charnwood Borough Council, at the address on charnwood.gov.uk."
    assert route in acknowledgement("conduct_complaint", CONDUCT_COMPLAINT_ROUTE=route)


def test_a_subject_is_never_quoted_inside_a_sentence_and_a_nameless_sender_is_addressed_properly():
    text = acknowledgement("foi_request", sender="foi@example.net")
    assert text.startswith("Dear Sir or Madam,") and "Yours faithfully," in text
    assert "playground costs" not in text  # the subject line carries it; the sentence does not quote it
    assert "Thursday 24 December 2026" in text and "Wednesday 27 January 2027" in text
    named = acknowledgement("complaint")
    assert named.startswith("Dear Margaret Collins,") and "Yours sincerely," in named


def test_the_complaints_procedure_is_linked_when_the_council_publishes_it():
    assert "complaints procedure (https://example.org/complaints)" in acknowledgement(
        "complaint", COMPLAINTS_PROCEDURE_URL="https://example.org/complaints"
    )


def test_the_ombudsman_is_named_nowhere_a_resident_or_councillor_reads():
    """The Local Government and Social Care Ombudsman cannot investigate parish councils. From rules.yaml people read
    what acknowledgements and the summary quote (labels, policy paragraphs, group names) and what the Clerk's desk
    shows (rule descriptions); its patterns may still recognise a resident who mentions the ombudsman."""
    from inbox_agent.app import privacy

    renderer = Renderer(settings())
    notice = renderer.render("privacy_notice.md.j2", retention=privacy.describe_retention(RULES))
    assert "Information Commissioner" in notice
    texts = [
        notice,
        (ROOT / ".env.example").read_text(),
        (ROOT / "templates" / "summary.html.j2").read_text(),
        *(f"{c.label} {' '.join(c.policy)}" for c in RULES.categories.values()),
        *(group.label for group in RULES.groups),
        *(rule.description for rule in RULES.rules),
        *(acknowledgement(c) for c in ACKNOWLEDGED),
    ]
    assert not [t[:60] for t in texts if "ombudsman" in t.lower()]


@pytest.mark.parametrize(
    "change, says",
    [
        ("reply_days: 10", "reply_days 'ten' is not a number of working days"),
        ('policy: ["3.6"]', "policy paragraph '3.9' is not one the acknowledgements can quote"),
    ],
)
def test_rules_check_names_a_bad_reply_days_or_an_unquotable_paragraph(tmp_path, change, says):
    from inbox_agent.errors import RulesError

    bad = {"reply_days: 10": "reply_days: ten", 'policy: ["3.6"]': 'policy: ["3.9"]'}[change]
    (tmp_path / "rules.yaml").write_text((ROOT / "rules.yaml").read_text().replace(change, bad, 1))
    with pytest.raises(RulesError) as error:
        load_rules(tmp_path / "rules.yaml", ROOT / "templates")
    assert says in str(error.value) and "line " in str(error.value)
