"""Regexes that would backtrack for ever, found before they run: `^(\\w+\\s?)+$` takes 20 s on 29 characters.

Python's `re` backtracks, and one message cannot be interrupted mid-match, so a rule that can take exponential
time is refused when rules.yaml is loaded (and by `rules check`), with the way to rewrite it. The check reads the
parsed pattern and refuses the two shapes that make backtracking exponential:

- a repeat without a small bound around something that itself repeats a variable number of times, so the same
  text splits between the two in exponentially many ways (`(a+)+`, `(\\w+\\s?)+`, `(.*a){20}`);
- a repeat without a small bound around alternatives that can begin the same way (`(a|aa)*`, `(ab|a)*`).

It may refuse a pattern that would in fact be quick (`(\\w+ )*`); bounding the outer repeat (`{0,5}`) always passes.
Google's RE2 would need no such check, but its `\\w` and `\\b` are ASCII only (so `café` would match differently) and
it has no look-around: the rules would change meaning under the Clerk's feet. Possessive repeats and atomic groups,
which never backtrack, are allowed anywhere.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]  # the stdlib's own parser, stable since 3.11
from re import _parser  # type: ignore[attr-defined]

SMALL_BOUND = 10  # an outer repeat of at most this many can only split text in polynomially many ways
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT)
_SAMPLE = [chr(c) for c in (*range(0x09, 0x0E), *range(0x20, 0x250), 0x2019, 0x3000, 0x0660, 0x4E00)]
_CATEGORIES = {
    sre.CATEGORY_DIGIT: lambda c: c.isdecimal(),
    sre.CATEGORY_NOT_DIGIT: lambda c: not c.isdecimal(),
    sre.CATEGORY_SPACE: lambda c: c.isspace(),
    sre.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
    sre.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    sre.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
}


def backtracking_risk(pattern: str) -> str:
    """Why `pattern` can take exponential time, in a few words; "" when it cannot (or is not a valid regex)."""
    try:
        parsed = _parser.parse(pattern, re.I)
    except (re.error, TypeError, RecursionError):
        return ""
    return _walk(list(parsed))


def _walk(nodes: list) -> str:
    for op, arg in nodes:
        if op in _REPEATS:
            low, high, body = arg
            body = list(body)
            if high == sre.MAXREPEAT or high > SMALL_BOUND:
                if _varies(body):
                    return (
                        "a repeated group contains another repeat, "
                        "so text can split between them in exponentially many ways"
                    )
                if _ambiguous_branches(body):
                    return (
                        "a repeated group has alternatives that can begin alike, "
                        "so text can be read in exponentially many ways"
                    )
            found = _walk(body)
        elif op in (sre.SUBPATTERN,):
            found = _walk(list(arg[-1]))
        elif op == sre.BRANCH:
            found = next((why for branch in arg[1] if (why := _walk(list(branch)))), "")
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            found = _walk(list(arg[1]))
        elif op == sre.GROUPREF_EXISTS:
            found = _walk(list(arg[1])) or (_walk(list(arg[2])) if arg[2] else "")
        else:  # single characters, anchors, and POSSESSIVE_REPEAT / ATOMIC_GROUP, which never backtrack
            found = ""
        if found:
            return found
    return ""


def _varies(nodes: list) -> bool:
    """Whether these nodes hold a backtracking repeat with a variable count (a+, a*, a?, a{2,5})."""
    for op, arg in nodes:
        if op in _REPEATS and (arg[0] != arg[1] or _varies(list(arg[2]))):
            return True
        if op == sre.SUBPATTERN and _varies(list(arg[-1])):
            return True
        if op == sre.BRANCH and any(_varies(list(b)) for b in arg[1]):
            return True
    return False


def _ambiguous_branches(nodes: list) -> bool:
    """Alternatives in a repeated body where one can match the start of another (the parser has already moved a
    common start out of them: (ab|a) is a(?:b|), whose empty alternative starts like any other)."""
    while len(nodes) == 1 and nodes[0][0] == sre.SUBPATTERN:
        nodes = list(nodes[0][1][-1])
    for op, arg in nodes:
        if op != sre.BRANCH:
            continue
        branches = [[_chars(node) for node in branch] for branch in arg[1]]
        for i, first in enumerate(branches):
            for second in branches[i + 1 :]:
                shorter, longer = sorted((first, second), key=len)
                if all(a is not None and b is not None and a & b for a, b in zip(shorter, longer, strict=False)):
                    return True
    return False


def _chars(node: tuple) -> frozenset[str] | None:
    """The sample characters one node matches, or None if it is not a single character."""
    op, arg = node
    if op == sre.LITERAL:
        return frozenset({chr(arg), chr(arg).swapcase()})
    if op == sre.NOT_LITERAL:
        return frozenset(c for c in _SAMPLE if c.lower() != chr(arg).lower())
    if op == sre.ANY:
        return frozenset(_SAMPLE)
    if op == sre.IN:
        negate = any(item_op == sre.NEGATE for item_op, _ in arg)
        hit = frozenset(c for c in _SAMPLE if any(_in(item, c) or _in(item, c.swapcase()) for item in arg))
        return frozenset(_SAMPLE) - hit if negate else hit
    return None


def _in(item: tuple, c: str) -> bool:
    op, arg = item
    if op == sre.LITERAL:
        return ord(c) == arg
    if op == sre.RANGE:
        return arg[0] <= ord(c) <= arg[1]
    if op == sre.CATEGORY:
        test = _CATEGORIES.get(arg)
        return bool(test and test(c))
    return False
