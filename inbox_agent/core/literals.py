"""The letters a regex cannot match without: a prefilter that needs no regex engine.

Python's `re` tries a pattern at every character of a text, and a rule's pattern is a long alternation compiled with
re.I, so a search that finds nothing costs tens of microseconds even on a short message. Most searches find nothing.
Before one runs, the text is asked whether it holds the literal strings the pattern needs: at least one string of
each clause (`fight` in "pick a fight"; one of `kill`, `hurt` in "(kill|hurt) you"). A C substring search answers in
a fraction of the time, and a text that fails a clause cannot match, so skipping the search changes nothing.

A message's text is searched once for every string of every clause (LiteralIndex, one Aho-Corasick pass in C), and
each regex then asks whether the numbers of its clauses are among those met; `possible` is the same test written
plainly, kept as the reference the tests compare it with.

Only ASCII texts are asked (see `possible`): under re.I an ASCII letter in a pattern also matches a few non-ASCII
letters ("i" matches dotless "ı", "k" the Kelvin sign), which a plain substring test would miss.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from operator import itemgetter
from re import _constants as sre  # type: ignore[attr-defined]  # the stdlib's own parser, stable since 3.11
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

Clauses = tuple[tuple[str, ...], ...]  # every clause must be met by one of its strings

MAX_CHOICES = 48  # a clause of more strings than this costs more to test than it saves
MIN_LETTERS = 3  # a clause whose shortest string is shorter than this is met by almost any text
MAX_CLAUSES = 3  # the most selective few are enough
_NUMBERS = itemgetter(1)  # of what the automaton finds: (where it ends, the clause numbers)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def clauses(pattern: str) -> Clauses:
    """The clauses a text must meet for `pattern` (compiled with re.I) to match anywhere in it; () when nothing
    useful can be told or the pattern does not parse."""
    try:
        parsed = _parser.parse(pattern, re.I)
    except (re.error, TypeError, RecursionError, OverflowError):
        return ()
    found = {
        clause
        for clause in _required(list(parsed))
        if len(clause) <= MAX_CHOICES and all(map(_usable, clause)) and _selective(clause)
    }
    best = sorted(found, key=lambda c: (-_letters(c), len(c), sorted(c)))[:MAX_CLAUSES]
    return tuple(tuple(sorted(s.lower() for s in clause)) for clause in best)


def possible(clauses: Clauses, lowered: str) -> bool:
    """Whether an ASCII text, lower-cased, meets every clause (and so the pattern may match it). Written as loops:
    it runs hundreds of times a message, and nested all(any(...)) costs twice as much in generators."""
    for clause in clauses:
        for string in clause:
            if string in lowered:
                break
        else:
            return False
    return True


class LiteralIndex:
    """Every clause of every regex numbered, and all their strings in one Aho-Corasick automaton: a text is searched
    once for every string, and each regex then asks only whether its clauses' numbers are among those met. The same
    test as `possible`, without a substring search per string per regex (a sixth of matching, in Python loops)."""

    def __init__(self) -> None:
        self._numbers: dict[tuple[str, ...], int] = {}
        self._clauses_of: dict[str, list[int]] = {}
        self._automaton: Any = None  # made by freeze: each string, with the numbers of the clauses it is in

    def add(self, clauses: Clauses) -> frozenset[int]:
        """The numbers of these clauses, each numbered the first time it is seen."""
        numbers = []
        for clause in clauses:
            number = self._numbers.get(clause)
            if number is None:
                number = self._numbers[clause] = len(self._numbers)
                for string in clause:
                    self._clauses_of.setdefault(string, []).append(number)
            numbers.append(number)
        return frozenset(numbers)

    def freeze(self) -> None:
        """Build the automaton: after the last add, before the first met."""
        automaton = ahocorasick.Automaton()
        for string, numbers in self._clauses_of.items():
            automaton.add_word(string, tuple(numbers))
        if self._clauses_of:
            automaton.make_automaton()
            self._automaton = automaton

    def met(self, lowered: str) -> set[int]:
        """The numbers of the clauses an ASCII text, lower-cased, meets (see `possible`)."""
        if self._automaton is None:
            return set()
        # each string's clause numbers, once however often it occurs, joined in C (a Python loop: a sixth slower)
        return set().union(*set(map(_NUMBERS, self._automaton.iter(lowered))))


def _letters(clause: Collection[str]) -> int:
    """How telling a clause is: its shortest string's length, and any string no ASCII text can hold as long."""
    return min(len(s) if s.isascii() else 100 for s in clause)


def _selective(clause: Collection[str]) -> bool:
    return _letters(clause) >= MIN_LETTERS


def _usable(string: str) -> bool:
    """A string an ASCII text can be tested for with `in`: ASCII, or letters with no case (an emoji cannot occur in
    an ASCII text, and under re.I it matches only itself)."""
    return all(c.isascii() or (c.lower() == c and c.upper() == c) for c in string)


def _required(nodes: list) -> list[frozenset[str]]:
    """Clauses of a sequence of parsed nodes: each run of literal characters, and what every alternative of a
    group needs, and the characters of a class that lists them one by one ((a|b) is parsed as [ab]). Anything else
    (a range or category, a repeat that may be absent, an assertion) only ends a run."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in nodes:
        if op == sre.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        if op == sre.SUBPATTERN:
            found += _required(list(arg[-1]))
        elif op in _REPEATS and arg[0] >= 1:
            found += _required(list(arg[2]))
        elif op == sre.ATOMIC_GROUP:
            found += _required(list(arg))
        elif op == sre.BRANCH:
            either = _either([_required(list(branch)) for branch in arg[1]])
            if either is not None:
                found.append(either)
        elif op == sre.IN and all(item_op == sre.LITERAL for item_op, _ in arg):  # (a|b) is parsed as [ab]
            found.append(frozenset(chr(code) for _, code in arg))
    if run:
        found.append(frozenset({"".join(run)}))
    return found


def _either(branches: list[list[frozenset[str]]]) -> frozenset[str] | None:
    """One clause for a group of alternatives: the best clause of each, together (None: one alternative needs
    nothing, so the group tells nothing)."""
    union: set[str] = set()
    for found in branches:
        usable = [c for c in found if all(map(_usable, c))]
        if not usable:
            return None
        union |= max(usable, key=lambda c: (_letters(c), -len(c)))
        if len(union) > MAX_CHOICES:
            return None
    return frozenset(union)
