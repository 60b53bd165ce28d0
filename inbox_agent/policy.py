"""The parts of the council's policy that acknowledgements cite, quoted from the adopted text (11 March 2024)."""

from __future__ import annotations

POLICY_TITLE = "Communication and Social Media Policy"

SECTIONS: dict[str, str] = {
    "1": "Posts must not contain any form of discrimination - including racism, sexism, ageism, ableism, "
         "homophobia, transphobia or religious intolerance.",
    "1.3": "Communication about the Council, on behalf of the Council or in their role as a Councillor are "
           "subject to the Code of Conduct.",
    "2.2": "Council staff and councillors should never be subjected to bullying or other forms of abuse or harassment.",
    "2.3": "Council staff and councillors have the right to carry out their civic duties and work without fear of "
           "being attacked or abused.",
    "3.2": "The council will record and report abuse directed at the Council.",
    "3.3": "The council reserves the right to enact its relevant social media policies and may, for example, delete "
           "content, block individuals or report individuals to social media platforms when appropriate to do so.",
    "3.4": "The Council may need to report issues of poor conduct directly to social media platforms. For instance, "
           "if someone has created a 'fake account' or if someone is persistently abusive to the Council.",
    "3.5": "The Council reserves the right to report criminal matters it notices on social media to the Police. "
           "For instance, hate crime/speech or threats of violence.",
    "3.6": "Please get in touch with the Council if you feel that a councillor, member of staff or a user of our "
           "social media has failed to act in a civil and respectful way on our social media.",
}


def cite(number: str) -> str:
    """How a reader finds the text: "1" is section 1's principles; "3.5" is paragraph 3.5 of section 3."""
    return "section 1 (We do not accept poor conduct)" if number == "1" else f"section 3, paragraph {number}"


def citations(sections: tuple[str, ...]) -> list[dict[str, str]]:
    return [{"number": n, "where": cite(n), "text": SECTIONS[n]} for n in sections if n in SECTIONS]
