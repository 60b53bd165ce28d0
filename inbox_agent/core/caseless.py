"""Case-insensitive matching without re.I: the same matches, at about half the cost on long texts.

Every rule regex is written for case-insensitive matching (compiled with re.I), but the text the rules read is
already NFKC-normalised and casefolded. Under re.I, `re` lowers every character of the text before each comparison
and cannot use its fast literal-prefix scans, which makes a `\\b(?:w1|w2|...)` alternation about three times slower.

What re.I matches is an equivalence: a text character matches a pattern character when both lower to the same
letter, or to letters that `re` treats as one (its table of extra cases: "i" and dotless "ı", "s" and long "ſ", the
two Greek sigmas, ...). Mapping every character of the text, and every character of the pattern, to one member of
its class (`canonical`, `caseless_regex`) gives a pattern without re.I that matches the mapped text at exactly the
same places as the original pattern matches the original text, one character for one, so spans carry over. A
pattern this cannot rewrite exactly (a backreference, flags set inside it, a case-sensitive part, a class reaching
beyond the Basic Multilingual Plane with letters in it) is left alone: the caller keeps re.I for it.

This reads private parts of the standard library's `re` (its parser, code generator, table of extra cases and
`_sre.compile`), which a Python release may change. So at import the module checks that they are there and still
behave as it expects (`_works`: probe patterns, rewritten and rebuilt, match probe texts as re.I does); if not,
`AVAILABLE` is False and every regex is compiled and matched with plain re.I, the same decisions at the old speed.
Checked on CPython 3.11.7, Debian 12's 3.11.2, 3.12.1 and 3.13.0 (fast path on, no disagreement with re.I over
20,000 random patterns and texts); 3.10, which has none of these modules, falls back.
"""

from __future__ import annotations

import re
import sys
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, NamedTuple

try:  # private to the standard library: see the module's docstring and _works
    import _sre  # type: ignore[import-not-found]
    from re import _casefix, _compiler, _parser  # type: ignore[attr-defined]
    from re import _constants as sre  # type: ignore[attr-defined]

    _lower = _sre.unicode_tolower
    _cased = _sre.unicode_iscased
    _EXTRA: dict[int, tuple[int, ...]] = _casefix._EXTRA_CASES
    _code = _compiler._code
    _sre_compile = _sre.compile
    _WORD_CLASS = [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)])]  # \w as parsed
    _INTERNALS = True
except (ImportError, AttributeError):
    _INTERNALS = False

# Whether the fast path is used; set by _works at the end of this module.
AVAILABLE = _INTERNALS


def _class_of(code: int) -> tuple[int, ...]:
    """The letters re.I treats as one with this character: its lower case and the extra cases of that."""
    low = _lower(code)
    return (low, *_EXTRA.get(low, ()))


def _representative(code: int) -> int:
    """The member of a character's class the text maps to: preferably one that casefolding leaves as it is (so a
    casefolded text rarely needs mapping at all), then the lowest."""
    return min(_class_of(code), key=lambda c: (chr(c).casefold() != chr(c), c))


@lru_cache(maxsize=1)
def table() -> dict[int, int]:
    """Every character that does not represent its own class, and its representative (built once per process)."""
    found = {}
    for code in range(sys.maxunicode + 1):
        if _cased(code) or code in _EXTRA:
            rep = _representative(code)
            if rep != code:
                found[code] = rep
    return found


@lru_cache(maxsize=1)
def _needs_mapping() -> re.Pattern[str]:
    """A character class of every character the text must be mapped for: most non-ASCII texts hold none."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table())) + "]")


# The one character whose representative differs from it in what \w, \d and \s say (a combining Greek iota, whose
# class is that of the letter iota): a text holding it is matched the plain way.
_UNLIKE = "\u0345"


def canonical(text: str) -> str | None:
    """The text with each character replaced by its class's representative: what a `caseless_regex` reads (None: the
    text holds a character that cannot be mapped without changing a match)."""
    if not AVAILABLE:
        return None
    if text.isascii():
        return text.lower()
    if _UNLIKE in text:
        return None
    return text.translate(table()) if _needs_mapping().search(text) else text


def _canon(code: int) -> int:
    return table().get(code, code)


_I = int(re.I)  # the flags as plain numbers, as re.compile passes them on: an enum's & is slow in the compiler's loop
_NOT_PLAIN_UNICODE = int(re.A | re.L)


class _Unsupported(Exception):
    """A pattern this module cannot rewrite exactly; the caller keeps re.I for it."""


_FORMS: dict[str, re.Pattern[str] | None] = {}  # each pattern's caseless form, made when it was compiled


def compile_both(pattern: str) -> re.Pattern[str]:
    """re.compile(pattern, re.I), and its caseless form made from the same parse and remembered for
    `caseless_regex`: parsing is most of what compiling the rules costs, so both forms cost little more than one."""
    if not AVAILABLE:
        return re.compile(pattern, re.I)
    recording = _RECORDING
    if recording is not None and pattern in recording.made:
        return recording.made[pattern]
    parsed = _parser.parse(pattern, _I)
    plain = _build(pattern, parsed, _I)
    if pattern not in _FORMS or recording is not None:  # recording: made again, so that it is recorded too
        _FORMS[pattern] = _caseless(pattern, parsed)
    if recording is not None:
        recording.made[pattern] = plain
    return plain


def caseless_regex(pattern: str) -> re.Pattern[str] | None:
    """`pattern`, as compiled with re.I, rewritten to match `canonical` text without re.I (None: not possible)."""
    if not AVAILABLE:
        return None
    try:
        return _FORMS[pattern]
    except KeyError:
        pass
    try:
        parsed = _parser.parse(pattern, _I)
    except (re.error, TypeError, RecursionError, OverflowError):
        parsed = None
    found = _FORMS[pattern] = _caseless(pattern, parsed) if parsed is not None else None
    return found


def _caseless(pattern: str, parsed: Any) -> re.Pattern[str] | None:
    """The caseless form of a parsed pattern (which it rewrites in place), or None."""
    try:
        if parsed.state.flags & _NOT_PLAIN_UNICODE or not parsed.state.flags & int(re.U):
            return None
        _rewrite(parsed.data)
        _hoist(parsed)
        parsed.state.flags &= ~_I
        return _build(pattern, parsed, 0)
    except (_Unsupported, re.error, TypeError, RecursionError, OverflowError, AttributeError):
        return None


def _hoist(parsed: Any) -> None:
    """Let re skip ahead to where a word could start. A rule's pattern begins `(?<!\\w)` or `\\b`, and a pattern
    that begins with an assertion gets no first-character scan from re: it is tried at every position.
    `(?<!\\w)abc` matches where `abc(?<!\\wabc)` does (the lookbehind sees the letters just matched, so it asks only
    whether the character before them is a word character), so the assertion moves behind the first run of letters
    of every alternative, through groups, and re then scans for those letters (for a pattern that begins with one
    word, as a fast substring search). `\\b` before what can only begin with a word character is `(?<!\\w)`, and a
    `(?<!\\w)` repeated where the moved one already stands is dropped. Anything else is left as it is."""
    data, lead = list(parsed.data), 0
    while lead < len(data) and (_is_word_behind(data[lead]) or data[lead] == _BOUNDARY):
        lead += 1
    rest = data[lead:]
    if not lead or (_BOUNDARY in data[:lead] and not _starts_with_word(rest)):
        return
    moved = _behind_first_letters(rest, parsed.state)
    if moved is not None:
        parsed.data = moved


def _behind_first_letters(nodes: list, state: Any) -> list | None:
    """The nodes with `(?<!\\w)` placed after their first run of literal characters, on every path (None: some path
    does not begin with a literal character)."""
    if not nodes:
        return None
    op, av = nodes[0]
    if _is_word_behind(nodes[0]):
        return _behind_first_letters(nodes[1:], state)
    if op == sre.LITERAL:
        run = 1
        while run < len(nodes) and nodes[run][0] == sre.LITERAL:
            run += 1
        behind = (sre.ASSERT_NOT, (-1, _parser.SubPattern(state, [*_WORD_CLASS, *nodes[:run]])))
        return [*nodes[:run], behind, *nodes[run:]]
    if op == sre.SUBPATTERN and not av[1] and not av[2]:
        inner = _behind_first_letters(list(av[3].data), state)
        return None if inner is None else [(op, (*av[:3], _parser.SubPattern(state, inner))), *nodes[1:]]
    if op == sre.BRANCH:
        alternatives = [_behind_first_letters(list(alt.data), state) for alt in av[1]]
        if any(alt is None for alt in alternatives):
            return None
        return [(op, (av[0], [_parser.SubPattern(state, alt) for alt in alternatives])), *nodes[1:]]
    return None


def _starts_with_word(nodes: list) -> bool:
    """Whether every path through the nodes begins with a literal word character (so `\\b` before them asks only
    that the character before is not one)."""
    if not nodes:
        return False
    op, av = nodes[0]
    if op == sre.LITERAL:
        return _WORD.match(chr(av)) is not None
    if op == sre.SUBPATTERN and not av[1] and not av[2]:
        return _starts_with_word(list(av[3].data))
    if op == sre.BRANCH:
        return all(_starts_with_word(list(alt.data)) for alt in av[1])
    return False


_WORD = re.compile(r"\w")
_BOUNDARY = (sre.AT, sre.AT_BOUNDARY) if _INTERNALS else None


def _is_word_behind(node: tuple[Any, Any]) -> bool:
    """Whether a parsed node is `(?<!\\w)`."""
    op, av = node
    return op == sre.ASSERT_NOT and av[0] == -1 and list(av[1].data) == _WORD_CLASS


def _build(pattern: str, parsed: Any, flags: int) -> re.Pattern[str]:
    """What re.compile makes of a parsed pattern (the stdlib's _compiler.compile, keeping the pattern's text)."""
    code = _code(parsed, flags)
    indexgroup = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        indexgroup[index] = name
    args = (
        pattern,
        flags | parsed.state.flags,
        code,
        parsed.state.groups - 1,
        parsed.state.groupdict,
        tuple(indexgroup),
    )
    compiled: re.Pattern[str] = _sre_compile(*args)
    if _RECORDING is not None:
        _RECORDING.built[id(compiled)] = (compiled, Built(args[0], args[1], array("I", code).tobytes(), *args[3:]))
    return compiled


class Built(NamedTuple):
    """What a compiled pattern is made from, after parsing and code generation (nearly all of compiling's cost):
    kept by the rules cache (store/rulecache.py), so that a second start need not parse thousands of patterns."""

    pattern: str
    flags: int
    code: bytes | bytearray  # re's code words (unsigned 32-bit, this machine's order), as the running interpreter
    # makes them (the cache's key holds its version)
    groups: int
    groupindex: dict[str, int]
    indexgroup: tuple[str | None, ...]


class Recording:
    """What every pattern built while it is on is made from, by the id of the pattern (kept with it, so that the id
    stays its own), and the patterns compile_both made, each made once."""

    def __init__(self) -> None:
        self.built: dict[int, tuple[re.Pattern[str], Built]] = {}
        self.made: dict[str, re.Pattern[str]] = {}

    def of(self, compiled: re.Pattern[str]) -> Built | None:
        found = self.built.get(id(compiled))
        return found[1] if found is not None and found[0] is compiled else None


_RECORDING: Recording | None = None


@contextmanager
def recording() -> Iterator[Recording]:
    """Record what the patterns compile_both makes inside the block are made from. Patterns it made before are made
    again (not taken from anywhere), so that every one is recorded."""
    global _RECORDING
    _RECORDING = found = Recording()
    try:
        yield found
    finally:
        _RECORDING = None


def is_recording() -> bool:
    return _RECORDING is not None


def rebuild(built: Built) -> re.Pattern[str]:
    """The pattern `built` was recorded from, made again without parsing it. A bytearray of code is emptied once
    used: unpickling keeps every object it made until it ends, and the rules' code is most of their size."""
    code = array("I")
    code.frombytes(built.code)
    compiled: re.Pattern[str] = _sre_compile(
        built.pattern, built.flags, code.tolist(), built.groups, built.groupindex, built.indexgroup
    )
    if isinstance(built.code, bytearray):
        built.code.clear()
    return compiled


def forms() -> dict[str, re.Pattern[str] | None]:
    """Every caseless form made so far, by pattern (see remember)."""
    return dict(_FORMS)


def remember(found: dict[str, re.Pattern[str] | None]) -> None:
    """Take caseless forms made in another process (the rules cache), so that caseless_regex need not make them."""
    for pattern, form in found.items():
        _FORMS.setdefault(pattern, form)


def _rewrite(nodes: list) -> None:
    """Map every character a parsed pattern compares with to its representative, in place."""
    for i, (op, av) in enumerate(nodes):
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            if av > 0xFFFF and _cased(av):
                raise _Unsupported
            nodes[i] = (op, _canon(av))
        elif op == sre.IN:
            nodes[i] = (op, _rewrite_class(av))
        else:
            for sub in _children(op, av):
                _rewrite(sub.data)


def _children(op: object, av: Any) -> list:
    """The parsed subpatterns inside a node. A backreference compares case by case, unlike a class, and flags set
    inside the pattern change what re.I means there: neither can be rewritten, nor anything unknown."""
    if op == sre.SUBPATTERN and not av[1] and not av[2]:
        return [av[3]]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return [av[2]]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [av[1]]
    if op == sre.ATOMIC_GROUP:
        return [av]
    if op == sre.BRANCH:
        return list(av[1])
    if op == sre.GROUPREF_EXISTS:
        return [p for p in av[1:] if p is not None]
    if op in (sre.ANY, sre.AT):
        return []
    raise _Unsupported


def _rewrite_class(items: list) -> list:
    """A character class over representatives: a text character is in it when its representative is."""
    members: set[int] = set()
    kept = []
    for op, av in items:
        if op == sre.LITERAL:
            if av > 0xFFFF and _cased(av):
                raise _Unsupported
            members.add(_canon(av))
        elif op == sre.RANGE:
            low, high = av
            span = range(low, high + 1)
            if high > 0xFFFF and any(map(_cased, range(max(low, 0x10000), high + 1))):
                raise _Unsupported  # re matches such a range by another rule (RANGE_UNI_IGNORE)
            mapping = table()
            if any(c in mapping for c in span):
                members.update(mapping.get(c, c) for c in span)
            else:
                kept.append((op, av))
        elif op in (sre.NEGATE, sre.CATEGORY):
            kept.append((op, av))
        else:
            raise _Unsupported
    return [*[x for x in kept if x[0] == sre.NEGATE], *_runs(sorted(members)), *[x for x in kept if x[0] != sre.NEGATE]]


def _runs(codes: list[int]) -> list[tuple]:
    """Sorted character codes as literals and ranges."""
    out: list[tuple] = []
    start = 0
    while start < len(codes):
        end = start
        while end + 1 < len(codes) and codes[end + 1] == codes[end] + 1:
            end += 1
        if end == start:
            out.append((sre.LITERAL, codes[start]))
        else:
            out.append((sre.RANGE, (codes[start], codes[end])))
        start = end + 1
    return out


# Patterns and texts that exercise what the rewrite relies on: literals, classes with ranges and negation, escapes
# that must keep their meaning, lookarounds, repeats, named groups, and the characters re.I treats specially.
_PROBE_PATTERNS = (
    r"(?<!\w)(?:kill|hurt|burn(?:ed)?|ſhoot)\s+(?:you|ya|him)(?!\w)",
    r"[a-zß]+ (?:i|s|k)\b",
    r"[^\W\d]{2,}[ks]",
    r"(?P<who>\bcllr\.? [a-z]+)(?= is)",
    r"[\u0100-\u017f\u03a3]+|\S\x4b|\N{KELVIN SIGN}\w*",
    r"(?:(?!the )[a-z']+ ){1,3}scum",
    r"(?<!\w)(?:k(?:ill|ids)|scum|\u03c3\u03b1)(?!\w)",
    r"(?<!\w)stra\u00dfe",
)
_PROBE_TEXTS = (
    "I will KILL you and hurt him",
    "i w\u0131ll k\u0131ll ya, \u017fhoot you",
    "Cllr Sm\u0131th is scum, the \u212aelvin sign, STRASSE and stra\u00dfe",
    "\u03a3\u03b1\u03c3 \u03c3\u03b1\u03c2 \u0130stanbul \u01c5emal \ufb01re 42ks",
    "these lot are SCUM  k\u0131ds \u00b5 \u03bc",
)


def _works() -> bool:
    """Whether the stdlib internals are there and behave as this module expects: each probe pattern, built from its
    parse and rewritten, finds in each probe text exactly what re.compile(pattern, re.I) finds."""
    if not _INTERNALS:
        return False
    try:
        for pattern in _PROBE_PATTERNS:
            expected = re.compile(pattern, re.I)
            built, fast = compile_both(pattern), caseless_regex(pattern)
            if fast is None:
                return False
            for text in _PROBE_TEXTS:
                spans = [m.span() for m in expected.finditer(text)]
                mapped = canonical(text)
                if mapped is None or [m.span() for m in built.finditer(text)] != spans:
                    return False
                if [m.span() for m in fast.finditer(mapped)] != spans:
                    return False
    except Exception:  # anything unexpected from private code means: do not use it
        return False
    return True


AVAILABLE = _works()
if not AVAILABLE:
    _FORMS.clear()
