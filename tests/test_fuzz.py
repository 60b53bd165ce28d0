"""Property: whatever is done to real mail, processing never raises and every message is accounted for once.

Real corpus messages are mutated the ways hostile or broken mail differs from good mail: headers, charsets, dates,
addresses, encoded-words, MIME boundaries, transfer encodings, stray bytes and truncation. The examples are bounded
and derandomised so the suite stays fast and repeatable; FUZZ_EXAMPLES=2000 explores further by hand.
"""

from __future__ import annotations

import mailbox
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from conftest import MESSAGES, ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_pipeline import run_poll

from inbox_agent.store.database import Store

CORPUS = [
    p.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    for p in [*sorted((ROOT / "tests" / "corpus").rglob("*.eml"))[::7], *sorted(MESSAGES.glob("*.eml"))]
]
DISPOSITIONS = {"filed", "threaded", "no_case", "before_start", "duplicate", "quarantined"}

CHARSETS = [
    "undefined",
    "x-unknown",
    "utf-7",
    "utf-16",
    "utf-32",
    "idna",
    "punycode",
    "base64",
    "rot13",
    "hex",
    "zlib",
    "unicode-escape",
    "raw-unicode-escape",
    "utf-8-sig",
    "cp1252",
    "iso-2022-jp",
    "",
    '"',
    "utf-8\x00",
    "ü",
]
DATES = [
    "Mon, 1 Jan 99999999999999999999 00:00:00 +0000",
    "Tue, 31 Feb 2026 25:61:61 +9999",
    "0",
    "",
    "Mon, 1 Jan 0000 00:00:00",
    "Sun, 06 Nov 1994 08:49:37 GMT",
    "yesterday",
    "Mon, 1 Jan -1 00:00:00 -0000",
    "1 Jan 2026 00:00:00 +99999999999999",
]
ADDRESSES = [
    "=?utf-8?q?victim?=@victim.example",
    "Eve <=?utf-8?q?a=0d=0abcc=3a_v=40victim.example?=@evil.example>",
    "Zoë <zoë@r.example>",
    "<img src=x onerror=alert(1)> <a@b.example>",
    "a@b.example, c@d.example",
    "<>",
    "@",
    '"quoted\\" name" <q@x.example>',
    "x@[127.0.0.1]",
    "undisclosed-recipients:;",
    "a@b.example (comment",
    "=?x-unknown?b?////?= <u@x.example>",
    "\u202eevil@x.example",
    "a" * 300 + "@x.example",
    "postmaster@x.example",
]
HEADERS = [
    "From",
    "Subject",
    "Date",
    "Message-ID",
    "In-Reply-To",
    "References",
    "Content-Type",
    "Content-Transfer-Encoding",
    "Content-Disposition",
    "MIME-Version",
    "To",
    "Cc",
    "Return-Path",
    "Auto-Submitted",
    "Precedence",
    "List-Unsubscribe",
]
ENCODINGS = ["base64", "quoted-printable", "x-uuencode", "8bit", "binary", "7bit", "garbage"]

text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
ascii_bytes = st.binary(max_size=40)


def encoded_word(charset: str, kind: str, payload: str) -> str:
    return f"=?{charset}?{kind}?{payload}?="


def set_header(raw: bytes, name: str, value: bytes) -> bytes:
    """Replace the first such header, or add it on top."""
    pattern = re.compile(rb"(?mi)^" + re.escape(name.encode()) + rb":[^\r\n]*(\r\n[ \t][^\r\n]*)*")
    line = name.encode() + b": " + value
    found = pattern.search(raw)
    if found is None or raw.find(b"\r\n\r\n") < found.start():
        return line + b"\r\n" + raw
    return raw[: found.start()] + line + raw[found.end() :]


@st.composite
def mutation(draw):
    kind = draw(
        st.sampled_from(
            [
                "header",
                "from",
                "charset",
                "date",
                "encoded",
                "multipart",
                "encoding",
                "bytes",
                "truncate",
                "drop_separator",
            ]
        )
    )
    if kind == "header":
        return kind, draw(st.sampled_from(HEADERS)), draw(st.one_of(text.map(lambda t: t.encode()), ascii_bytes))
    if kind == "from":
        return kind, draw(st.one_of(st.sampled_from(ADDRESSES), text.map(lambda t: f"{t} <{t}@x.example>")))
    if kind == "charset":
        return (
            kind,
            draw(st.sampled_from(["text/plain", "text/html", "multipart/alternative", "message/rfc822"])),
            draw(st.one_of(st.sampled_from(CHARSETS), text)),
        )
    if kind == "date":
        return kind, draw(
            st.one_of(st.sampled_from(DATES), st.integers().map(lambda n: f"Mon, 1 Jan {n} 00:00:00 +0000"), text)
        )
    if kind == "encoded":
        return (
            kind,
            draw(st.sampled_from(["Subject", "From", "To"])),
            encoded_word(
                draw(st.one_of(st.sampled_from(CHARSETS), text)),
                draw(st.sampled_from(["q", "b", "Q", "B", "x"])),
                draw(st.one_of(text, st.sampled_from(["a=0d=0abcc=3a_v=40victim.example", "////", "=", "=ZZ"]))),
            ),
        )
    if kind == "multipart":
        return (
            kind,
            draw(st.one_of(st.sampled_from(["b", "", '"', "=?", "--", "a b"]), text)),
            draw(st.integers(min_value=0, max_value=30)),
            draw(st.booleans()),
            draw(st.integers(min_value=1, max_value=60)),
        )
    if kind == "encoding":
        return kind, draw(st.sampled_from(ENCODINGS)), draw(ascii_bytes)
    if kind == "bytes":
        return kind, draw(st.integers(min_value=0, max_value=4000)), draw(st.binary(min_size=1, max_size=20))
    if kind == "truncate":
        return kind, draw(st.integers(min_value=0, max_value=4000))
    return (kind,)


def _nest_multipart(raw: bytes, step: tuple) -> bytes:
    """Wrap the body in `depth` multiparts (closed or not) after `parts` empty parts, all with one boundary."""
    boundary, parts, closed, depth = step[1], step[2], step[3], step[4]
    head, _, body = raw.partition(b"\r\n\r\n")
    b = boundary.encode()
    inner = body
    for _ in range(min(depth, 40)):
        inner = (
            b'Content-Type: multipart/mixed; boundary="'
            + b
            + b'"\r\n\r\n--'
            + b
            + b"\r\n"
            + inner
            + (b"\r\n--" + b + b"--\r\n" if closed else b"")
        )
    body = b"".join(b"--" + b + b"\r\n\r\n" for _ in range(parts)) + inner
    return set_header(head + b"\r\n\r\n" + body, "Content-Type", b'multipart/mixed; boundary="' + b + b'"')


def _encoded_body(raw: bytes, step: tuple) -> bytes:
    """Declare a transfer encoding and put bytes that may not fit it at the start of the body."""
    raw = set_header(raw, "Content-Transfer-Encoding", step[1].encode())
    head, _, body = raw.partition(b"\r\n\r\n")
    return head + b"\r\n\r\n" + step[2] + body


def _insert_bytes(raw: bytes, step: tuple) -> bytes:
    at = step[1] % (len(raw) + 1)
    return raw[:at] + step[2] + raw[at:]


# One function per kind of mutation() step, each given the mail so far and the step.
MUTATIONS: dict[str, Callable[[bytes, tuple], bytes]] = {
    "header": lambda raw, step: set_header(raw, step[1], step[2].replace(b"\r", b"").replace(b"\n", b" ")),
    "from": lambda raw, step: set_header(raw, "From", step[1].encode()),
    "charset": lambda raw, step: set_header(
        raw, "Content-Type", f'{step[1]}; charset="{step[2]}"'.encode("utf-8", "surrogateescape")
    ),
    "date": lambda raw, step: set_header(raw, "Date", step[1].encode()),
    "encoded": lambda raw, step: set_header(raw, step[1], step[2].encode()),
    "multipart": _nest_multipart,
    "encoding": _encoded_body,
    "bytes": _insert_bytes,
    "truncate": lambda raw, step: raw[: step[1]],
    "drop_separator": lambda raw, step: raw.replace(b"\r\n\r\n", b"\r\n", 1),
}


def mutate(raw: bytes, steps: list[tuple]) -> bytes:
    for step in steps:
        raw = MUTATIONS[step[0]](raw, step)
    return raw


hostile_mail = st.tuples(st.sampled_from(CORPUS), st.lists(mutation(), min_size=1, max_size=4)).map(
    lambda t: mutate(*t)
)


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "40")),
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(hostile_mail, min_size=1, max_size=5))
def test_mutated_real_mail_never_stops_processing_and_each_message_is_accounted_for_once(raws):
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        box = mailbox.Maildir(tmp / "Maildir", create=True)
        for raw in raws:
            box.add(raw)  # bytes, stored as they are (a MaildirMessage would be parsed and written again)
        report = run_poll(tmp)  # raising here is the failure this test looks for
        accounted = {k: v for k, v in report.counts.items() if k in DISPOSITIONS}
        assert sum(accounted.values()) == len(raws) == len(box)
        with Store(tmp / "data", readonly=True) as store:
            records = list(store.message_records())
        assert sorted(r.uid for r in records) == sorted(box.keys())  # each once, none twice, none missing
        failed = [r.reason for r in records if (r.reason or "").startswith("the agent failed")]
        assert failed == []  # the safety net in Pipeline.handle was not needed: process() itself coped
        assert run_poll(tmp).counts == {"already_seen": len(raws)}  # recorded once, never retried
