"""A kept message as the case board shows it: its plain text when it has one, otherwise its HTML cleaned by
nh3 (the Ammonia sanitiser), and its attachments as a list of names, never opened.

Everything here is untrusted. The text goes to an autoescaping template; the cleaned HTML keeps only plain
formatting tags, no images, styles or scripts, and links only to http, https and mailto.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from email.message import Message as EmailMessage

import nh3

from inbox_agent.core.normalise import MAX_DEPTH, MAX_PARTS, MAX_TEXT_CHARS, _decode_words, _part_text

# Controls a terminal or a bidirectional renderer would act on; shown as visible marks instead (see `inert`).
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_TAGS = {
    "p",
    "br",
    "div",
    "span",
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ul",
    "ol",
    "li",
    "blockquote",
    "pre",
    "code",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "h4",
    "hr",
    "a",
}


def inert(text: object) -> str:
    """Untrusted text with terminal escapes and direction overrides made visible (⟨U+202E⟩) rather than obeyed."""
    return _INVISIBLE.sub(lambda m: f"⟨U+{ord(m.group(0)):04X}⟩", str(text or ""))


def clean_html(html: str) -> str:
    """Allowed tags only, then the invisible controls made visible (the marks hold no markup, so they stay inert)."""
    return inert(
        nh3.clean(
            html,
            tags=_TAGS,
            attributes={"a": {"href"}},
            url_schemes={"http", "https", "mailto"},
            link_rel="noopener noreferrer nofollow",
            strip_comments=True,
        )
    )


@dataclass(frozen=True)
class Attachment:
    name: str
    content_type: str
    size: int


@dataclass(frozen=True)
class MailView:
    sender: str
    to: str
    date: str
    subject: str
    text: str  # the plain-text part, or "" when there is none
    html: str  # sanitised HTML, only when there is no plain text
    attachments: tuple[Attachment, ...]


def view(raw: bytes) -> MailView:
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    plain: list[str] = []
    html: list[str] = []
    attachments: list[Attachment] = []
    defects: list[str] = []
    stack: list[tuple[EmailMessage, int]] = [(msg, 0)]
    parts = 0
    while stack and parts < MAX_PARTS:
        part, depth = stack.pop()
        parts += 1
        if part.is_multipart():
            children = part.get_payload()
            if isinstance(children, list) and depth < MAX_DEPTH:
                stack.extend((child, depth + 1) for child in reversed(children) if isinstance(child, EmailMessage))
            continue
        ctype = part.get_content_type()
        disposition = str(part.get("content-disposition") or "").strip().lower()
        name = part.get_filename()
        if disposition.startswith("attachment") or name or ctype not in ("text/plain", "text/html"):
            payload = part.get_payload(decode=True)
            attachments.append(
                Attachment(
                    _decode_words(str(name or "(no name)"))[:200],
                    ctype[:100],
                    len(payload) if isinstance(payload, bytes) else 0,
                )
            )
        elif ctype == "text/plain":
            plain.append(_part_text(part, defects))
        else:
            html.append(_part_text(part, defects))
    text = "\n".join(plain)[:MAX_TEXT_CHARS]
    return MailView(
        sender=_header(msg, "from"),
        to=_header(msg, "to"),
        date=_header(msg, "date"),
        subject=_header(msg, "subject"),
        text=text,
        html="" if text else clean_html("\n".join(html)[: MAX_TEXT_CHARS * 2]),
        attachments=tuple(attachments),
    )


def _header(msg: EmailMessage, name: str) -> str:
    value = msg.get(name)
    return _decode_words(str(value))[:500] if value is not None else ""
