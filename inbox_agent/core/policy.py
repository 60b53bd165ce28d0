"""The parts of the council's policy that acknowledgements cite, quoted from the adopted text (11 March 2024).

Most of section 3 is written for social media; people write to the Clerk by email. Each quotation here is the
policy's own words, with "[...]" where words that only fit social media are left out, so that a reply never tells
someone who sent an email what the council does "on social media". Paragraphs 3.3 and 3.4 (delete, block, report
to platforms) are about what was posted on social media: they are marked, and only a report of such posts quotes them.
"""

from __future__ import annotations

POLICY_TITLE = "Communication and Social Media Policy"

SECTIONS: dict[str, str] = {
    "2.2": "We ask that council staff and councillors are treated courteously. Council staff and councillors should "
    "never be subjected to bullying or other forms of abuse or harassment.",
    "2.3": "Council staff and councillors have the right to carry out their civic duties and work without fear of "
    "being attacked or abused. Any behaviour whether that be verbal, physical or in writing, which causes "
    "either councillors or council staff to feel uncomfortable, embarrassed, or threatened, is unacceptable.",
    # "create screenshots of comments" is left out: it is about posts, and the agent keeps the email itself.
    "3.2": "The council will record and report abuse directed at the Council. The Council may [...] keep a record of "
    "abusive or threatening communications, and may take further action as appropriate.",
    "3.3": "The council reserves the right to enact its relevant social media policies and may, for example, delete "
    "content, block individuals or report individuals to social media platforms when appropriate to do so.",
    "3.4": "The Council may need to report issues of poor conduct directly to social media platforms. For instance, "
    "if someone has created a 'fake account' or if someone is persistently abusive to the Council.",
    # "it notices on social media" is left out: DESIGN.md applies 3.5 to threats and hate whatever their medium.
    "3.5": "The Council reserves the right to report criminal matters [...] to the Police. For instance, hate "
    "crime/speech or threats of violence.",
    # "a user of our social media" and "on our social media" are left out: the complaint may be about a meeting.
    "3.6": "Please get in touch with the Council if you feel that a councillor, member of staff [...] "
    "has failed to act in a civil and respectful way [...]",
}

# Paragraphs about posts on social media: quoted only to someone who reports such posts (an abuse report).
SOCIAL_MEDIA_ONLY = frozenset({"3.3", "3.4"})

# Words that only make sense about social media; no acknowledgement outside the social-media paragraphs may hold one.
SOCIAL_MEDIA_WORDS = (
    "social media",
    "platform",
    "screenshot",
    "delete content",
    "block individuals",
    "fake account",
    "posts",
    "retweet",
)


def cite(number: str) -> str:
    """How a reader finds the text: "3.5" is paragraph 3.5 of section 3."""
    return f"section 3, paragraph {number}"


def citations(sections: tuple[str, ...]) -> list[dict[str, object]]:
    return [
        {"number": n, "where": cite(n), "text": SECTIONS[n], "social_media": n in SOCIAL_MEDIA_ONLY}
        for n in sections
        if n in SECTIONS
    ]


def unknown_sections(sections: tuple[str, ...]) -> list[str]:
    """Paragraph numbers rules.yaml names that this module cannot quote (a typo, or a paragraph not quoted)."""
    return [n for n in sections if n not in SECTIONS]
