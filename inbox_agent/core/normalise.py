"""Turn raw bytes into a Message, whatever state the mail is in.

Real mail is messy: unknown charsets, broken MIME, missing headers. Parsing never raises for those;
it records a defect and carries on, so that one bad message cannot stop the loop. Only a message we
cannot make sense of at all raises MalformedMessage, and the pipeline quarantines it.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import re
import unicodedata
from collections.abc import Iterator
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from functools import lru_cache
from html.parser import HTMLParser
from typing import Any

import ahocorasick

from inbox_agent.core.models import UNKNOWN_CHARSET
from inbox_agent.core.models import Message as ParsedMessage
from inbox_agent.core.wordlist import COMMON_WORDS
from inbox_agent.errors import AgentError

MAX_PARTS = 1000
MAX_DEPTH = 20
MAX_TEXT_CHARS = 200_000


class MalformedMessage(AgentError):
    """The message cannot be read well enough to classify; it goes to quarantine, not to /dev/null."""


class _TextExtractor(HTMLParser):
    """HTML to text with block elements as line breaks; script and style dropped. Text a reader cannot see
    (display:none, font-size:0 and the like) is kept, but counted: hiding text is what spam does, beyond the short
    hidden preheader (the inbox preview line) that ordinary mail programs put first."""

    BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "hr"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    HIDDEN = re.compile(
        r"display\s*:\s*none|visibility\s*:\s*hidden|(?<![\w-])(font-size|max-height|opacity)\s*:\s*0*\.?0*(px|pt|em|%)?\s*(;|$|!)",
        re.I,
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._open: list[tuple[str, bool]] = []
        self._hidden = 0
        self._blocks = 0  # hidden elements so far (outermost)
        self._first_leads = False  # the first hidden element came before any visible text: a preheader, perhaps
        self.visible_chars = self.preheader_chars = self.hidden_chars = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        if tag == "blockquote":
            self.parts.append("\n> ")
        if tag not in self.VOID and len(self._open) < 1000:
            values = dict(attrs)
            hidden = "hidden" in values or bool(self.HIDDEN.search(values.get("style") or ""))
            self._open.append((tag, hidden))
            if hidden and not self._hidden:
                self._blocks += 1
                self._first_leads = self._first_leads or (self._blocks == 1 and not self.visible_chars)
            self._hidden += hidden

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head") and self._skip:
            self._skip -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        if any(name == tag for name, _ in self._open):
            while self._open:
                name, hidden = self._open.pop()
                self._hidden -= hidden
                if name == tag:
                    break

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)
            if not self._hidden:
                self.visible_chars += len(data.strip())
            elif self._blocks == 1 and self._first_leads:
                self.preheader_chars += len(data.strip())
            else:
                self.hidden_chars += len(data.strip())

    def hidden(self) -> int:
        """Characters of hidden text, less a short preheader: the preview line many mail programs hide at the top."""
        return self.hidden_chars + (self.preheader_chars if self.preheader_chars > 150 else 0)


HIDDEN_TEXT = "hidden text in the HTML"  # the defect screen.py reads as a sign of spam


def html_to_text(html: str, defects: list[str] | None = None) -> str:
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; this is a last resort for pathological input
        return re.sub(r"<[^>]*>", " ", html)
    if parser.hidden() >= 20 and defects is not None:  # a stray hidden space or word is not spam
        defects.append(f"{HIDDEN_TEXT} ({parser.hidden()} characters)")
    text = "".join(parser.parts)
    return re.sub(r"[ \t\xa0]+", " ", re.sub(r"\n\s*\n+", "\n\n", text)).strip()


def _decode_words(text: str) -> str:
    """RFC 2047 encoded-words decoded leniently; undecodable ones are kept as they are."""
    if "=?" not in text:
        return " ".join(text.split())
    try:
        return " ".join(str(make_header(decode_header(text))).split())
    except Exception:  # malformed encoded-words or unknown charsets: the raw text is still useful
        return " ".join(text.split())


def _raw(value: object) -> str:
    """A raw header value as one line. Unencoded 8-bit bytes (common in real mail) arrive surrogate-escaped:
    they are read as UTF-8, or as Windows-1252 when they are not UTF-8."""
    text = str(value)
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        data = text.encode("ascii", "surrogateescape")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", "replace")
    return " ".join(text.split())


def _part_text(part: Message, defects: list[str]) -> str:
    """A text part's payload in its declared charset. Bytes that do not fit a known charset fall back, with a
    defect; a charset nobody knows makes the text a guess, recorded as an UNKNOWN_CHARSET defect (see unreadable)."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return str(part.get_payload() or "")
    charset = part.get_content_charset() or "us-ascii"
    try:
        return payload.decode(charset)
    except UnicodeDecodeError as exc:
        defects.append(f"part {part.get_content_type()}: {exc.__class__.__name__} for charset {charset[:40]!r}")
    except (LookupError, UnicodeError, ValueError):  # unknown, or a codec that refuses everything ("undefined")
        defects.append(f"{UNKNOWN_CHARSET} {charset[:40]!r} in a {part.get_content_type()} part")
    for fallback in ("utf-8", "cp1252"):
        try:
            return payload.decode(fallback)
        except UnicodeDecodeError:
            continue
    return payload.decode("latin-1")


def _body(msg: Message, defects: list[str], types: list[str]) -> str:
    plain: list[str] = []
    html: list[str] = []
    parts = 0
    stack: list[tuple[Message, int]] = [(msg, 0)]
    while stack:
        part, depth = stack.pop()
        parts += 1
        types.append(part.get_content_type())
        if parts > MAX_PARTS:
            defects.append(f"more than {MAX_PARTS} MIME parts; the rest were not read")
            break
        if part.is_multipart():
            if depth >= MAX_DEPTH:
                defects.append(f"MIME nesting deeper than {MAX_DEPTH}; the rest was not read")
                continue
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend((child, depth + 1) for child in reversed(children) if isinstance(child, Message))
            continue
        if str(part.get("content-disposition") or "").strip().lower().startswith("attachment"):
            continue
        ctype = part.get_content_type()
        if ctype == "text/plain":
            plain.append(_part_text(part, defects))
        elif ctype == "text/html":
            html.append(_part_text(part, defects))
        elif ctype == "message/rfc822":
            continue
    from_html = html_to_text("\n".join(html)[: MAX_TEXT_CHARS * 2], defects)[:MAX_TEXT_CHARS] if html else ""
    return "\n".join(plain)[:MAX_TEXT_CHARS] if plain else from_html


_WROTE = re.compile(r"^\s*(on .{0,200}wrote:|le .{0,200}a écrit ?:|am .{0,200}schrieb .{0,80}:)\s*$", re.I)
_ORIGINAL = re.compile(r"^\s*-{2,}\s*original message\s*-{2,}\s*$", re.I)
_OUTLOOK_FROM = re.compile(r"^\s*\*?from:\*?\s.+$", re.I)
_OUTLOOK_SENT = re.compile(r"^\s*\*?(sent|date):\*?\s.+$", re.I)
# A forward, or someone else's words pasted under a ruled line that says so ("----- copied from WhatsApp -----").
_FORWARD = re.compile(
    r"^\s*(-{2,}\s*forwarded message\s*-{2,}|begin forwarded message:"
    r"|-{2,}\s*(?:copied|pasted|copy|text copied|text pasted) (?:from|of)\b[^\n]{0,60}?-{2,})\s*$",
    re.I,
)
_SIGNATURE = re.compile(r"^-- ?$")
# Pasted words end where the sender rules them off ("----- copied from Facebook -----", the post, "----------"): what
# follows is the sender's own again. A mail client's forward runs to the end, so only a pasted block ends this way.
_PASTED = re.compile(r"^\s*-{2,}\s*(?:copied|pasted|copy|text copied|text pasted) ", re.I)
_RULE = re.compile(r"^\s*(?:-{4,}|_{4,}|={4,})\s*$")


def split_text(text: str) -> tuple[str, str, str]:
    """Split a body into the sender's own words, quoted earlier mail, and forwarded material.

    Only the sender's own words can make a message abusive; quoted and forwarded text is kept
    apart so that a report quoting someone else's abuse is read as a report.
    """
    own: list[str] = []
    quoted: list[str] = []
    forwarded: list[str] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    mode, pasted = "own", False
    for index, line in enumerate(lines):
        if mode == "own":
            if _FORWARD.match(line):
                mode, pasted = "forwarded", bool(_PASTED.match(line))
                continue
            if _WROTE.match(line) or _ORIGINAL.match(line):
                mode = "quoted"
                continue
            if _OUTLOOK_FROM.match(line) and any(_OUTLOOK_SENT.match(n) for n in lines[index + 1 : index + 4]):
                mode = "quoted"
            elif _SIGNATURE.match(line):
                mode = "signature"
                continue
        if mode == "signature":
            if _FORWARD.match(line):
                mode, pasted = "forwarded", bool(_PASTED.match(line))
            continue
        if mode == "forwarded" and pasted and _RULE.match(line):
            mode, pasted = "own", False
            continue
        if mode == "forwarded":
            forwarded.append(line.lstrip("> "))
        elif line.lstrip().startswith(">") or mode == "quoted":
            quoted.append(line.lstrip().lstrip(">").strip())
        else:
            own.append(line)
    return "\n".join(own).strip(), "\n".join(quoted).strip(), "\n".join(forwarded).strip()


# The header lines a mail client writes above a forwarded message's body.
_FORWARD_HEADER = re.compile(r"^\s*\*?(from|date|sent|subject|to|cc)\s*:\*?(.*)$", re.I)


def own_forward(own: str, forwarded: str, sender: str) -> tuple[str, str]:
    """(own, forwarded), with a forward of the sender's own mail read as their own words: "Forwarding the email I
    sent to all councillors" above their own abuse is theirs to answer for, not a report of someone else's. Told
    by the address on the forwarded message's From line, not by any wording; only that message's own lines move,
    and whatever it quotes or forwards in turn stays forwarded."""
    if not forwarded or not sender:
        return own, forwarded
    lines = forwarded.split("\n")
    author, start = None, 0
    while start < len(lines):
        header = _FORWARD_HEADER.match(lines[start])
        if not header and lines[start].strip():
            break
        if header and header.group(1).lower() == "from" and author is None:
            author = header.group(2)
        start += 1
    mine = author is not None and re.search(rf"(?<![\w.+-]){re.escape(sender)}(?![\w-]|\.\w)", author, re.I)
    if not mine:
        return own, forwarded
    body_own, body_quoted, body_forwarded = split_text("\n".join(lines[start:]))
    return "\n\n".join(t for t in (own, body_own) if t), "\n".join(t for t in (body_quoted, body_forwarded) if t)


def _msgid(value: str) -> str:
    match = re.search(r"<[^<>\s]+>", value)
    return match.group(0) if match else value.strip()


# An address we can write to: no space, control character or specials; a domain of letters (RFC 6532 allows
# non-ASCII ones), digits, dots and hyphens.
_ADDRESS = re.compile(r"[^@\s<>()\[\],;:\"\\\x00-\x1f\x7f]+@(?:[^\W_]|-)+(?:\.(?:[^\W_]|-)+)*\.(?:[^\W_]|-)+")


# A plain dot-atom address, which the email package writes exactly as it is: most mail, spared its header parser.
_PLAIN_ADDRESS = re.compile(r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def envelope_address(address: str) -> str:
    """The address as the email package will write it in the acknowledgement's To header, and so as the
    envelope will use it: encoded-words in it are decoded ("=?utf-8?q?victim?=@v.example" is victim@v.example).
    "" when it cannot be written at all (a decoded CR or LF, say)."""
    if _PLAIN_ADDRESS.fullmatch(address):
        return address
    try:
        found = email.policy.SMTP.header_factory("To", address).addresses
    except Exception:  # the email package refuses the address: nothing can be sent to it
        return ""
    return found[0].addr_spec if len(found) == 1 else ""


def _sender(msg: Message, defects: list[str]) -> tuple[str, str, bool]:
    """Parse From's structure from the raw header, then decode only the display name: decoding first
    would let an encoded "Bcc: x@evil" inside a name change which address is the sender. Tokens that are not
    addresses (`<img src=x onerror=alert(1)> <a@b.example>`) are never the sender: the one address is; with two
    addresses (even a malformed one) nobody can tell who wrote, and nobody is answered."""
    raw_values = [_raw(v) for k, v in msg.raw_items() if k.lower() == "from"]
    if not any(raw_values):
        return "", "", False
    try:
        pairs = [p for p in getaddresses(raw_values) if p[1]]
    except Exception:
        pairs = []
    real = [
        (name, envelope_address(address), address) for name, address in pairs if "@" in address
    ]  # the rest is stray text
    if len(raw_values) != 1 or len(real) != 1:
        defects.append("From is missing, empty or names more than one sender")
        first = real[0] if real else (pairs[0][0], "", pairs[0][1]) if pairs else ("", "", "")
        return (first[1] or first[2]).lower(), _decode_words(first[0]), False
    name, address, written = real[0]
    if len(pairs) != 1:
        defects.append("From has text that is not an address beside the sender")
        name = ""  # the stray tokens are not a name to greet anyone by
    valid = bool(address) and bool(_ADDRESS.fullmatch(address))
    return (address if valid else written).lower(), _decode_words(name), valid


_BOUNDARY = re.compile(rb'boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))', re.I)
_DELIMITER = re.compile(rb"^--([^\r\n]{1,200}?)\s*$", re.M)


def _matches(pattern: re.Pattern[bytes], raw: bytes, starts: Iterator[int]) -> Iterator[re.Match[bytes]]:
    """pattern.finditer(raw), trying the pattern only at `starts`, the positions (in order) where it can begin:
    bytes.find leaps over a 200 KB attachment that the regex engine would try byte by byte."""
    end = 0
    for start in starts:
        if start >= end:
            found = pattern.match(raw, start)
            if found is not None:
                yield found
                end = found.end()


def _found(haystack: bytes, needle: bytes, offset: int = 0) -> Iterator[int]:
    """Each position where needle is found in haystack, plus offset."""
    at = haystack.find(needle)
    while at >= 0:
        yield at + offset
        at = haystack.find(needle, at + 1)


def _line_starts(raw: bytes, prefix: bytes) -> Iterator[int]:
    """Each position where a line (as re.M's ^ sees lines) begins with prefix."""
    if raw.startswith(prefix):
        yield 0
    yield from _found(raw, b"\n" + prefix, 1)


def _within_part_limit(raw: bytes, defects: list[str]) -> bytes:
    """The message cut before its (MAX_PARTS + 1)th MIME delimiter, so the parser never builds a tree of a
    million parts (1.5 million empty parts took 12 s and 700 MB). Counting every delimiter line of every
    declared boundary over-counts a little, never under-counts; the cut is a defect, not a refusal."""
    # _BOUNDARY is case-insensitive (ASCII only, as for any bytes pattern): found in a lowered copy, matched in raw
    boundaries = {m.group(1) or m.group(2) for m in _matches(_BOUNDARY, raw, _found(raw.lower(), b"boundary"))}
    if not boundaries:
        return raw
    count = 0
    for found in _matches(_DELIMITER, raw, _line_starts(raw, b"--")):
        line = found.group(1)
        if line in boundaries:  # "--b--", the closing delimiter, is not a part
            count += 1
            if count > MAX_PARTS:
                defects.append(f"more than {MAX_PARTS} MIME parts; the rest were not read")
                return raw[: found.start()]
    return raw


def parse(raw: bytes) -> ParsedMessage:
    """Parse raw bytes into a Message; defects are recorded, not raised."""
    if not raw or not raw.strip():
        raise MalformedMessage("the message is empty")
    defects: list[str] = []
    try:
        # compat32: headers stay raw strings that never raise; we decode the few we use, leniently.
        msg = email.message_from_bytes(_within_part_limit(raw, defects), policy=email.policy.compat32)
    except Exception as exc:  # the parser itself failing is the rare case worth quarantining
        raise MalformedMessage(f"the email parser gave up: {exc.__class__.__name__}") from None
    defects.extend(type(d).__name__ for d in getattr(msg, "defects", []))
    if not msg.keys():
        raise MalformedMessage("no headers could be read")

    headers = tuple((key.lower(), _raw(value)) for key, value in msg.raw_items())
    first: dict[str, str] = {}
    for key, value in headers:
        first.setdefault(key, value)
    sender, sender_name, sender_valid = _sender(msg, defects)
    date = None
    if first.get("date"):
        try:
            date = parsedate_to_datetime(first["date"])
        except (TypeError, ValueError, IndexError, OverflowError):  # 99999999999999999999 is a year too
            defects.append("Date cannot be read")
    part_types: list[str] = []
    try:
        text = _body(msg, defects, part_types)
    except RecursionError:
        raise MalformedMessage("MIME structure is nested too deeply to read") from None
    own, quoted, forwarded = split_text(text)
    own, forwarded = own_forward(own, forwarded, sender)
    body_start = raw.find(b"\r\n\r\n")
    body_start = raw.find(b"\n\n") if body_start < 0 else body_start
    body_bytes = raw[body_start:] if body_start >= 0 else raw
    references = tuple(re.findall(r"<[^<>\s]+>", first.get("references", "")))
    return ParsedMessage(
        message_id=_msgid(first.get("message-id", "")),
        sender=sender,
        sender_name=sender_name,
        sender_valid=sender_valid,
        subject=_decode_words(first.get("subject", "")),
        date=date,
        in_reply_to=_msgid(first.get("in-reply-to", "")),
        references=references,
        headers=headers,
        content_type=msg.get_content_type(),
        part_types=tuple(dict.fromkeys(part_types)),
        own_text=own,
        quoted_text=quoted,
        forwarded_text=forwarded,
        body_hash=hashlib.sha256(body_bytes).hexdigest(),
        defects=tuple(dict.fromkeys(defects)),
    )


# Look-alike letters from other scripts that spell English words (a common way round word filters).
_CONFUSABLES = str.maketrans(
    {
        "а": "a",
        "е": "e",
        "о": "o",
        "р": "p",
        "с": "c",
        "у": "y",
        "х": "x",
        "і": "i",
        "ј": "j",
        "ѕ": "s",
        "ԁ": "d",
        "ԛ": "q",
        "ԝ": "w",
        "ɡ": "g",
        "α": "a",
        "ο": "o",
        "ε": "e",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "τ": "t",
        "υ": "u",
        "ρ": "p",
    }
)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
_SPACED = re.compile(r"(?<![\w*@$])(?:[a-z0-9@$][.\-_* ]){3,}[a-z0-9@$](?![\w*@$])")  # s h i t, f.u.c.k, p 4 k i
_STRETCH = re.compile(r"([a-z])\1{2,}")  # fuuuuck, piiiiss, sooooo
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")  # zero-width and soft hyphens split a word unseen
_INNER_MARK = re.compile(r"(?<=[a-z])[!|](?=[a-z])")  # k!ll, k|ll: a mark for i between letters
_NEEDS_TOKENS = re.compile(r"[0134579@$*]")  # most text has none of these: skip the per-word pass
# ... and in text that has some, only the words (runs of word characters, *, @, $ and ') that hold one are looked at,
# each whole, from its first character (the lookbehind) to its last: any other word comes out of token as it went in.
_MARKED_WORD = re.compile(r"(?<![\w*@$'])[\w*@$']*?[0134579@$*][\w*@$']*")
# A figure with its unit or ordinal ("5pm", "35mph", "3rd", "45k", "2.4m", "1960s", "4x4") or a road, postcode or
# motorway ("a47", "le7", "m1") is not l33t: read as letters it became "spm", "erd", "ask", "aat".
_FIGURE = re.compile(
    r"\d+(?:st|nd|rd|th|s|am|pm|k|m|mm|cm|km|kg|g|mg|mph|kph|ft|in|yd|yds|hr|hrs|h|min|mins|ml|l|p|sq|gb|mb|kw|kwh|ha"
    r"|x\d+s?)|[a-z]{1,2}\d+"
)


# Text-speak spellings of whole words, read as the words ("wch ur back", "ill b round", "c u soon"). A letter that is
# also a label ("plan b", "(c)", "section n") is read as a word only between the words that make it one.
_TEXTSPEAK_WORDS = {
    "wch": "watch",
    "wtch": "watch",
    "wotch": "watch",
    "2nite": "tonight",
    "2night": "tonight",
    "2nyt": "tonight",
    "tonite": "tonight",
    "whr": "where",
    "wher": "where",
    "whre": "where",
    "liv": "live",
    "hse": "house",
    "bk": "back",
    "cumin": "coming",
    "comin": "coming",
    "sumthin": "something",
    "sumthing": "something",
    "somethin": "something",
    "happend": "happened",
    "summin": "something",
    "l8r": "later",
    "regrett": "regret",
}
_TEXTSPEAK = re.compile(
    r"(?<![\w'-])(?P<word>" + "|".join(_TEXTSPEAK_WORDS) + r")(?![\w'-])"
    r"|(?<![\w'-])(?P<modal>ill|i'll|will|wil|gonna|gna|gunna|to|u|you|'ll|wont|won't|shall|cud|could|would|wud|might"
    r"|must|cant|can't|dont|don't|may) b(?= [a-z])"
    r"|(?<![\w'(])c(?= (?:u|you|ya|yer|wot|what|wat|how|who|if)\b)"
    r"|(?<=[a-z]{3}) n(?= [a-z]{3,})"
)
_TEXTSPEAK_HINT = re.compile(r"(?<![\w'-])(?:[bcn]|" + "|".join(_TEXTSPEAK_WORDS) + r")(?![\w'-])")


def _textspeak(text: str) -> str:
    def word(m: re.Match[str]) -> str:
        if m.group("word"):
            return _TEXTSPEAK_WORDS[m.group("word")]
        if m.group("modal"):
            return m.group("modal") + " be"
        return "see" if m.group(0) == "c" else " and"

    return _TEXTSPEAK.sub(word, text)


def _joined(run: re.Match[str]) -> str:
    """A spaced-out word joined up; a run of mostly digits (a phone number, "1 2 3 4") is left as it is."""
    spaced = run.group(0)
    return re.sub(r"[.\-_* ]", "", spaced) if sum(c.isalpha() for c in spaced) >= 3 else spaced


def deobfuscate(
    text: str,
    masked_words: frozenset[str] = frozenset(),
    joined_words: frozenset[str] = frozenset(),
    ing_words: frozenset[str] = frozenset(),
    slips: frozenset[tuple[str, str]] = frozenset(),
) -> str:
    """Undo the usual ways round word filters, one token at a time so nothing is joined across words:
    look-alike letters, invisible characters and added accents, ! or | between letters, spaced or dotted letters (a
    double space still ends a word), stretched letters, l33t digits, f*ck-style masks (filled in only when exactly
    one listed word fits), a dropped g put back on a listed word (see restore_g), a listed word's usual slip read as
    the word (see unslip), and listed words run together or split by a space (see unjoin). Returns folded text."""
    text = folded(text, masked_words, ing_words)
    text = unslip(text, slips) if slips else text
    return unjoin(text, joined_words) if joined_words else text


@lru_cache(maxsize=64)
def folded(text: str, masked_words: frozenset[str] = frozenset(), ing_words: frozenset[str] = frozenset()) -> str:
    """deobfuscate() short of a listed word's slips and of words run together: the rules and the learned model read
    the same words with and without slips put right (see rules.prepare), and this part, most of the work, is done
    once for both."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("\u2019", "'").replace("\u2018", "'")
    text = _INVISIBLE.sub("", text)
    if not text.isascii():  # accents added to dodge a filter ("kïll"): matched without them
        text = unicodedata.normalize(
            "NFC", "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
        )
    text = text.translate(_CONFUSABLES)
    text = _INNER_MARK.sub("i", text)
    text = _SPACED.sub(_joined, text)
    text = _STRETCH.sub(r"\1", " ".join(text.split()))
    if _TEXTSPEAK_HINT.search(text):
        text = _textspeak(text)

    def token(m: re.Match[str]) -> str:
        word = m.group(0)
        if (
            any(c.isalpha() for c in word)
            and any(c in "0134579@$" for c in word)
            and not word.isdigit()
            and not _FIGURE.fullmatch(word)
        ):
            word = word.translate(_LEET)
        if "*" in word and masked_words:
            shape = re.compile("^" + re.escape(word).replace(r"\*", "[a-z]") + "$")
            fits = [w for w in masked_words if len(w) == len(word) and shape.match(w)]
            if len(fits) == 1:
                word = fits[0]
        return word

    text = _MARKED_WORD.sub(token, text) if _NEEDS_TOKENS.search(text) else text
    return restore_g(text, ing_words) if ing_words else text


_LETTERS = re.compile(r"[a-z]+")


@lru_cache(maxsize=4)
def _slip_table(slips: frozenset[tuple[str, str]]) -> tuple[dict[str, str], frozenset[str]]:
    table = dict(slips)
    return table, frozenset(table)


def unslip(text: str, slips: frozenset[tuple[str, str]]) -> str:
    """A listed word written with a usual slip, in a hurry or to dodge a filter, read as the word: "blakc people",
    "a complete idoit", "theif" (pairs of slip and word, see RuleSet.slips; no slip there is a word in its own
    right). Every rule then reads the word however it is misspelt, not only the families that list slips. Takes
    folded text."""
    table, found = _slip_table(slips)
    met = found.intersection(_LETTERS.findall(text))
    if not met:
        return text
    pattern = re.compile(r"(?<![a-z])(?:" + "|".join(sorted(met, key=len, reverse=True)) + r")(?![a-z])")
    return pattern.sub(lambda m: table[m.group(0)], text)


# A word that ends "in" or "in'" where its "ing" is a listed word: "ringin", "goin'", "nothin".
_DROPPED_G = re.compile(r"(?<![\w'])([a-z]{2,}in)(?:'|(?![\w']))")
# Words whose "ing" form the rules may list but which are words themselves: "thin" is not "thing".
_NOT_DROPPED = frozenset({"thin", "raisin"})


def restore_g(text: str, ing_words: frozenset[str]) -> str:
    """A dropped g put back ("ill keep ringin til u pick up" reads "ringing"), only where the word with it is one of
    `ing_words` (the -ing words the rules look for, see RuleSet.ing_words): speech written as it sounds, in a
    dialect or a hurry, says the same as the spelled word, and a rule written for "keep ringing" should read it.
    Other words that end "in" (cousin, within, robin) are left alone, since their "ing" forms are not listed. Takes
    folded text."""

    def put_back(m: re.Match[str]) -> str:
        stem = m.group(1)
        return stem + "g" if stem + "g" in ing_words and stem not in _NOT_DROPPED else m.group(0)

    return _DROPPED_G.sub(put_back, text)


# Grammar words that run into listed ones when the spaces are left out to dodge a filter ("ihatemuslims",
# "theyareallvermin"). Short and closed on purpose: a word made only of these and listed words is rarely a real one.
_GLUE = frozenset(
    "i im ive id we you u ur your they them theyre these those the all are r is be been should so and of to just"
    " really very people ppl folk like fucking bloody such get go out back no more my our their that this".split()
)
_EDGE = ".,!?;:'\"()"
MIN_BROKEN = 4  # the shortest listed word read whole again when one space breaks it ("sc um", "hat e", "wom en")
_LONE = frozenset("a i".split())  # letters that stand alone as words, so never the end of a broken word


@lru_cache(maxsize=4)
def _joiner(words: frozenset[str]) -> tuple[Any, frozenset[str], int, frozenset[str]]:
    """An Aho-Corasick automaton of the listed words, the words a run may be split into, the longest of them, and
    the starts (two letters or more, short of a whole word) a listed word may be split at."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    vocabulary = words | _GLUE
    halves = frozenset(w[:i] for w in words if len(w) >= MIN_BROKEN for i in range(2, len(w)))  # never an initial
    return automaton, vocabulary, max(map(len, vocabulary)), halves


@lru_cache(maxsize=4)
def _wider(words: frozenset[str]) -> tuple[frozenset[str], int, frozenset[str]]:
    """The words a run may be split into in the second reading (see _split_wide), the longest of them, and those
    that are only ordinary words (neither listed nor grammar)."""
    vocabulary = words | _GLUE | COMMON_WORDS | _LONE
    return vocabulary, max(map(len, vocabulary)), COMMON_WORDS - words - _GLUE - _LONE


def _split_wide(run: str, words: frozenset[str]) -> tuple[str, ...] | None:
    """A second reading of a run that the listed and grammar words alone do not spell: the ordinary words of the
    council's mail as well ("pensionersareawasteofspace", "hindusstinkoutthevillagehall"), where the reading has three
    pieces or more, a listed word of four letters or more, and a grammar word ("are", "go", "out") that only a space
    left out puts beside it. "assassinate" (ass ass in ate) and "blacklivesmatter" hold no grammar word and are left
    as they are; a run that is itself one of the ordinary words is never split."""
    vocabulary, longest, ordinary = _wider(words)
    if run in vocabulary:
        return None
    pieces = _fewest(run, vocabulary, longest, ordinary)
    if (
        pieces is None
        or len(pieces) < 3
        or not any(p in words and len(p) >= MIN_BROKEN for p in pieces)
        or not any(p in _GLUE and p not in words for p in pieces)
    ):
        return None
    return pieces


def _fewest(
    run: str, vocabulary: frozenset[str], longest: int, dear: frozenset[str] = frozenset()
) -> tuple[str, ...] | None:
    """The fewest words of the vocabulary that spell `run` exactly, or None; a word of `dear` counts as more than
    two others, so that "areawaste" reads "are a waste", not "area waste"."""
    best: list[tuple[int, tuple[str, ...]] | None] = [None] * (len(run) + 1)
    best[0] = (0, ())
    for i in range(len(run)):
        done = best[i]
        if done is None:
            continue
        for j in range(i + 1, min(len(run), i + longest) + 1):
            piece = run[i:j]
            if piece in vocabulary:
                cost = done[0] + (5 if piece in dear else 2)
                found = best[j]
                if found is None or found[0] > cost:
                    best[j] = (cost, (*done[1], piece))
    last = best[-1]
    return last[1] if last is not None and last[1] else None


def _split(run: str, vocabulary: frozenset[str], longest: int, words: frozenset[str]) -> tuple[str, ...] | None:
    """The fewest listed and grammar words that spell `run` exactly, if one of them is listed; two pieces only if
    both are listed ("hatejews"), as a listed word with a grammar word is often a real word ("blackout")."""
    pieces = _fewest(run, vocabulary, longest)
    if not pieces or len(pieces) < 2 or not any(p in words for p in pieces):
        return None
    return pieces if len(pieces) > 2 or all(p in words for p in pieces) or _safe_pair(pieces, words) else None


# Grammar words that begin ("arevermin", "allmuslims") or end ("muslimsare", "gaypeople") a run of two almost only
# when a space has gone: English words seldom start with "are" or "all" and then spell a listed word of four letters
# or more, where "the" ("therapist"), "we" ("weevil"), "i" ("imigrants", a slip) and "out" ("blackout") often do.
_SAFE_BEFORE = frozenset("they all are is these those them really just fucking bloody should".split())
_SAFE_AFTER = frozenset("are is all people ppl should and".split())


def _safe_pair(pieces: tuple[str, ...], words: frozenset[str]) -> bool:
    first, second = pieces
    return (first in _SAFE_BEFORE and second in words and len(second) >= 4) or (
        first in words and len(first) >= 3 and second in _SAFE_AFTER
    )


def unjoin(text: str, words: frozenset[str]) -> str:
    """Listed words (cue words of hate and harm, see rules.yaml's `unjoin:`) written without the spaces round them
    ("ihatemuslims", "muslimsarevermin") are spaced again, and a listed word of four letters or more broken by one
    space after its second letter ("immi grants", "sub human", "sc um", "hat e"; never after the first, which may be an
    initial: "Dear G Ross") is joined, where the piece after the space is no word the rules list or glue and not a
    lone "a" or "i". Words run together are split only where every piece of the run is a listed or grammar word and
    one is listed, so that an ordinary word that holds a listed one ("transport", "scumble") is left as it is. Takes
    text as deobfuscate leaves it: folded, one space between words."""
    automaton, vocabulary, longest, halves = _joiner(words)
    tokens = text.split(" ")
    changed = False
    for i, token in enumerate(tokens[:-1]):  # a word broken by one space
        if token in halves and token not in vocabulary:
            after = tokens[i + 1]
            core = after.rstrip(_EDGE)
            if core and core not in _LONE and token + core in words and core not in vocabulary:
                tokens[i], tokens[i + 1], changed = token + core + after[len(core) :], "", True
    if changed:
        text = " ".join(t for t in tokens if t)
    runs: dict[tuple[int, int], None] = {}
    for end, word in automaton.iter(text):  # words run together
        start = end - len(word) + 1
        if (start and text[start - 1].isalpha()) or (end + 1 < len(text) and text[end + 1].isalpha()):
            while start and text[start - 1].isalpha():
                start -= 1
            end += 1
            while end < len(text) and text[end].isalpha():
                end += 1
            runs[(start, end)] = None
    for start, end in sorted(runs, reverse=True):
        run = text[start:end]
        if 5 <= len(run) <= 40 and run not in vocabulary:
            pieces = _split(run, vocabulary, longest, words) or _split_wide(run, words)
            if pieces:
                text = text[:start] + " ".join(pieces) + text[end:]
    return text


def fold(text: str) -> str:
    """Text for matching: NFKC, casefolded, curly apostrophes straightened, whitespace collapsed."""
    return " ".join(
        unicodedata.normalize("NFKC", text).casefold().replace("\u2019", "'").replace("\u2018", "'").split()
    )


_LINE_LEAD = re.compile(
    r"^[\s>*\-\u2022#\d.)(]*([^\W\d_])"
)  # a line's first letter, past quote marks, bullets and numbering
_VERSE_LINE = 60  # longer lines are wrapped prose, whose line starts spell nothing


def line_initials(text: str) -> str:
    """The first letters of the lines of each stanza (a run of short lines between blank ones), one word a stanza, and
    of all the message's short lines together: an acrostic (KILL, BURN down the left of a verse) read as text. Each word
    follows the mark "acrostic", so that a rule reads it only where it asks for one."""
    stanzas: list[list[str]] = [[]]
    for line in text.splitlines():
        if not line.strip():
            stanzas.append([])
            continue
        lead = _LINE_LEAD.match(line)
        if lead and len(line.strip()) <= _VERSE_LINE:
            stanzas[-1].append(lead.group(1))
        else:
            stanzas.append([])  # prose breaks the verse
    words = ["".join(s) for s in stanzas if len(s) >= 3]
    # Every short line of the message, stanzas or not ("W/E/K/N/O/W" one line a paragraph): long enough that a
    # short word in it (a greeting's D, a line's I, a name's E) cannot be read as a whole word by chance.
    whole = "".join(letter for s in stanzas for letter in s)
    if 7 <= len(whole) <= 80 and whole not in words:
        words.append(whole)
    return fold(" ".join("acrostic " + word for word in words))  # the mark keeps own-text rules out of it
