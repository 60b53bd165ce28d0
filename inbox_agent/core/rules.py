"""rules.yaml: load, validate, and match, in the Mailman style of predicates with recorded hits.

The rules are data that the Clerk can read and change; this module is the one generic matcher.
Each rule that fires adds its weight to its category's score. Among the categories that reach the
threshold the first in ``priority`` wins; with none, the ``default`` category applies.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import chain
from pathlib import Path
from re import _constants as _sre  # type: ignore[attr-defined]  # the stdlib's own parser, as literals.py reads it
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from typing import Any

import yaml

from inbox_agent.core import caseless, grouping, literals
from inbox_agent.core.backtracking import backtracking_risk
from inbox_agent.core.learned import ModelSettings, a_cue, automatic_opinion, model_settings, second_opinion
from inbox_agent.core.models import (
    Category,
    Deadline,
    Decision,
    Group,
    Hit,
    Message,
    Retention,
    Screening,
    Timescales,
)
from inbox_agent.core.normalise import deobfuscate, fold, line_initials
from inbox_agent.core.policy import unknown_sections
from inbox_agent.errors import RulesError

SCOPES = ("own", "subject", "quoted", "forwarded", "initials")  # initials: line_initials of the own text
# Classify at most this much of each text. People's own words are short; a longer text is almost always pasted or
# generated material, and scanning 200 KB with every rule would let one message stall the queue. The Clerk reads it all.
MAX_CLASSIFIED_CHARS = 20_000
TOKEN = re.compile(r"[\w']+")
RULE_KEYS = {"id", "description", "category", "weight", "phrases", "regex", "near", "in", "sender", "header", "unless"}
NEAR_KEYS = {"within", "all", "sentence"}
UNLESS_KEYS = {"phrases", "regex", "before"}
CUE_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
CUE_REF = re.compile(r"\{([a-z][a-z0-9_]*)\}")  # {name} in a regex; {2} and {0,40} stay quantifiers
MAX_WINDOW = 60
SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$)")
CATEGORY_KEYS = {
    "label",
    "severity",
    "policy",
    "case",
    "ack",
    "alert",
    "deadline",
    "retention",
    "acknowledge",
    "reply_days",
    "group",
    "digest",
}
# How a category's acknowledgement goes: at once, held in the case until the Clerk sends or drops it, or never.
ACKNOWLEDGE_MODES = ("auto", "hold", "never")
RETENTION_ACTIONS = ("anonymise", "erase")
SEVERITIES = ("urgent", "high", "normal", "low", "none")
SERIOUS = ("threat", "hate", "abusive")  # harms whose faint cue is worth a person's look, and which escalate a case
CLOSE_MARGIN = 1.0  # two categories that both reach the threshold this close together are a close call
AUTOMATED = "automated"


class PhraseIndex:
    """Every phrase of every rule (and of its counter-cues), indexed by first word: one pass over a text's
    words finds them all, where an alternation per rule would be tried at every character of the text."""

    def __init__(self) -> None:
        self.first: dict[str, list[tuple[tuple[str, ...], tuple[int, bool]]]] = {}

    def add(self, phrase: str, owner: int, unless: bool = False) -> None:
        words = tuple(w.replace("'", "") for w in TOKEN.findall(fold(phrase)))
        if words:
            self.first.setdefault(words[0], []).append((words, (owner, unless)))

    def scan(self, text: str) -> dict[tuple[int, bool], str]:
        """The first match of each owner's phrases, as the exact text matched."""
        words = [w.replace("'", "") for w in TOKEN.findall(text)]  # "won't" and "wont" are one word here
        first = self.first
        starts = first.keys() & set(words)  # the few words a phrase starts with, found in C
        found: dict[tuple[int, bool], tuple[int, int]] = {}
        for i in [i for i, word in enumerate(words) if word in starts] if starts else ():
            for phrase, owner in first[words[i]]:
                if owner not in found and (len(phrase) == 1 or tuple(words[i : i + len(phrase)]) == phrase):
                    found[owner] = (i, i + len(phrase) - 1)
        if not found:
            return {}
        # Offsets only for what matched: walk the tokens once more, as far as the last match.
        wanted = {n for span in found.values() for n in span}
        offsets: dict[int, tuple[int, int]] = {}
        for n, m in enumerate(TOKEN.finditer(text)):
            if n in wanted:
                offsets[n] = (m.start(), m.end())
                if len(offsets) == len(wanted):
                    break
        return {owner: text[offsets[a][0] : offsets[b][1]] for owner, (a, b) in found.items()}


@dataclass(frozen=True)
class Rule:
    id: str
    description: str
    category: str
    weight: float
    scopes: tuple[str, ...]
    unless: re.Pattern[str] | None
    phrases: tuple[str, ...]
    unless_phrases: tuple[str, ...]
    sender: re.Pattern[str] | None
    headers: tuple[tuple[str, re.Pattern[str]], ...]
    line: int
    near: tuple[Near, ...] = ()
    # each regex, with the cue families it needs, the prefix sets a text must meet for it to match (see _gates) and
    # the literal strings it must hold (see literals.py); its phrases live in the RuleSet's PhraseIndex
    gated: tuple[tuple[re.Pattern[str], tuple[str, ...], tuple[frozenset[str], ...], literals.Clauses], ...] = ()
    before: tuple[Before, ...] = ()


@dataclass(frozen=True)
class Near:
    """Cue families that must all occur close together: a cue of the first family (the head), and a cue of each
    other family within its window of words of it, in any order; within one sentence unless sentence is false."""

    head: str
    others: tuple[tuple[str, int], ...]  # (family, window in words)
    sentence: bool = True

    @cached_property
    def families(self) -> tuple[str, ...]:
        return (self.head, *(family for family, _ in self.others))


@dataclass(frozen=True)
class Before:
    """Scope of negation, reporting or counter-speech: a cue of these families up to `within` words before (and in
    the same sentence as) what a rule matched cancels that match; another match further on can still fire."""

    families: tuple[str, ...]
    within: int


@dataclass(frozen=True)
class RuleSet:
    categories: dict[str, Category]
    rules: tuple[Rule, ...]
    priority: tuple[str, ...]
    default: str
    threshold: float
    path: Path
    mask_words: tuple[str, ...] = ()
    unmask_words: tuple[str, ...] = ()  # further words a mask like "h*rt" may stand for (never masked in excerpts)
    unjoin_words: tuple[str, ...] = ()  # words read apart when run into others, or whole when split (see unjoin)
    ing_words: tuple[str, ...] = ()  # the -ing words the patterns name: a dropped g is put back on them (restore_g)
    slips: tuple[tuple[str, str], ...] = ()  # (slip, word): a usual slip of a key word read as the word (unslip)
    other_retention: Retention | None = None  # records of mail that needed no case, and quarantined mail
    model: ModelSettings | None = None  # the learned second opinion (learned.py); None: rules alone
    cues: dict[str, str] | None = None  # cue families, by name, that rules combine: each one's alternation
    cue_starts: dict[str, frozenset[str] | None] | None = None  # how each family's cues can begin (see _starts)
    cue_parts: dict[str, tuple[Part, ...]] | None = None  # each family in separately skippable pieces (see _parts)
    groups: tuple[Group, ...] = ()  # the summary's broad groups, in rules.yaml's order (core/grouping.py)
    version: int = 1  # of the rules.yaml format
    # False: loaded with judging=False, for the commands that judge no mail. It holds the categories, clocks, groups
    # and each rule's id and description, but no patterns (checking and compiling them is seconds of CPU), so it
    # cannot decide: decide and match refuse it rather than file everything as the default category.
    judging: bool = True
    descriptions: tuple[tuple[str, str], ...] = ()  # (rule id, description), when not judging

    def __post_init__(self) -> None:
        index = PhraseIndex()
        for number, rule in enumerate(self.rules):
            for phrase in rule.phrases:
                index.add(phrase, number)
            for phrase in rule.unless_phrases:
                index.add(phrase, number, unless=True)
        object.__setattr__(self, "phrase_index", index)
        object.__setattr__(self, "matcher", _Matcher(self))
        object.__setattr__(self, "mask_set", frozenset(self.mask_words) | frozenset(self.unmask_words))
        object.__setattr__(self, "join_set", frozenset(self.unjoin_words))
        object.__setattr__(self, "ing_set", frozenset(self.ing_words))
        object.__setattr__(self, "slip_set", frozenset(self.slips))
        # Only the texts some rule reads are prepared and scanned.
        object.__setattr__(self, "scopes", tuple(s for s in SCOPES if any(s in r.scopes for r in self.rules)))

    def category(self, name: str) -> Category:
        return self.categories[name]

    def description(self, rule_id: str) -> str:
        """What rules.yaml says a rule is for ("" for an id it does not have)."""
        found = dict(self.descriptions) if not self.judging else {r.id: r.description for r in self.rules}
        return found.get(rule_id, "")

    def digest_categories(self, include_optional: bool) -> tuple[str, ...]:
        """Categories whose open cases the Clerk's digest lists (digest: always, or optional when asked for)."""
        wanted = ("always", "optional") if include_optional else ("always",)
        return tuple(n for n, c in self.categories.items() if c.digest in wanted)

    def group_of(self) -> dict[str, str]:
        """Each category's group key, for the summary."""
        return {n: c.group for n, c in self.categories.items()}

    def timescales(self, base: Timescales) -> Timescales:
        """The configured clocks with each category's reply_days, so only categories that owe a reply fall overdue."""
        return replace(base, replies=tuple((n, c.reply_days) for n, c in self.categories.items() if c.reply_days))


class _LineLoader(yaml.SafeLoader):
    """Safe YAML that remembers the line of every mapping, so errors can point at it."""


class _DuplicateKey(yaml.constructor.ConstructorError):
    """A key given twice in one mapping: YAML keeps the second silently, so a cue family or setting written again
    lower down would quietly replace the first and change what other rules match."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    first: dict[object, int] = {}
    for key_node, _ in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if key is None:
            continue
        if key in first:
            raise _DuplicateKey(None, None, f"{key!r} is given twice (first on line {first[key]})", key_node.start_mark)
        first[key] = key_node.start_mark.line + 1
    mapping: dict[str, Any] = loader.construct_mapping(node, deep=True)  # type: ignore[assignment]
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class _FastLineLoader(getattr(yaml, "CSafeLoader", _LineLoader)):  # type: ignore[misc]
    """The same, parsed by libyaml where PyYAML was built with it: a tenth of the time for the same mappings."""


_FastLineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _parse_yaml(text: str) -> Any:
    try:
        return yaml.load(text, Loader=_FastLineLoader)  # noqa: S506 - a CSafeLoader (or SafeLoader) subclass
    except yaml.YAMLError:  # read again: the pure loader names the problem as `rules check` has always shown it
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass


class _Problems:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.items: list[tuple[int, str, str]] = []

    def add(self, line: int, problem: str, fix: str) -> None:
        self.items.append((line, problem, fix))

    def raise_first(self) -> None:
        if self.items:
            line, problem, fix = self.items[0]
            more = f" (and {len(self.items) - 1} more: run 'python run.py rules check')" if len(self.items) > 1 else ""
            raise RulesError(f"{self.path}, line {line}: {problem}{more}", fix=fix, problems=list(self.items))


def _regex(regex: str) -> re.Pattern[str]:
    """A regex compiled once per process: checking it and matching with it share one compile, and every load of the
    same rules.yaml (each test module, the web app and the agent alike) reuses it. The stdlib's own cache holds 512.
    Its caseless form (see caseless.py) is made from the same parse, ready for matching. While the rules cache
    records what patterns are made from (store/rulecache.py), each is compiled again, so that it is recorded."""
    return caseless.compile_both(regex) if caseless.is_recording() else _compiled(regex)


_compiled = lru_cache(maxsize=8192)(caseless.compile_both)


_risk = lru_cache(maxsize=8192)(backtracking_risk)  # the guard parses a regex again: once per regex is enough


def _valid(patterns: list[str], where: str, line: int, problems: _Problems) -> list[str]:
    """The regexes that compile and cannot take exponential time; each other one is a problem."""
    valid = []
    for regex in patterns:
        try:
            _regex(regex)
        except (re.error, TypeError) as exc:
            problems.add(
                line,
                f"{where}: invalid regex {regex!r} ({exc})",
                "correct the regular expression, or quote it in single quotes",
            )
            continue
        risk = _risk(regex)
        if risk:  # one message could stall the agent for hours: refused before it ever runs
            problems.add(
                line,
                f"{where}: the regex {regex!r} can take exponential time on some text ({risk})",
                "let the parts not overlap (e.g. ^[\\w\\s]+$ rather than ^(\\w+\\s?)+$), bound the outer repeat "
                "({0,5} rather than + or *), or use phrases",
            )
            continue
        valid.append(regex)
    return valid


def _compile(patterns: list[str], where: str, line: int, problems: _Problems) -> re.Pattern[str] | None:
    """The valid regexes as one (None: none is valid)."""
    parts = _valid(patterns, where, line, problems)
    if len(parts) <= 1:
        return _regex(parts[0]) if parts else None
    return _regex("|".join(f"(?:{regex})" for regex in parts))


_LITERAL = re.compile(r"[a-z0-9' -]+")
_OPTIONAL_APOSTROPHE = re.compile(r"'(?![?*])")


def _trie(words: list[str]) -> str:
    """Plain words as one prefix tree, so the engine follows one branch per letter instead of trying every word
    in turn at every word of the text (a family with misspellings holds hundreds). Longest first, as people mean."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [("'?" if c == "'" else re.escape(c)) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(tree)


def _cue_pattern(patterns: list[str]) -> str:
    """One family's alternation, whole words only; an apostrophe in a cue is optional ("i'll" meets "ill"). A cue
    that stands for a few plain words ("idiots?", "pieces? of (shit|work)") joins them in the prefix tree."""
    literal: set[str] = set()
    other = []
    for pattern in patterns:
        words = [pattern] if _LITERAL.fullmatch(pattern) else _finite_words(pattern)
        if words is not None and all(_LITERAL.fullmatch(w) for w in words):
            literal.update(words)
        else:
            other.append(_OPTIONAL_APOSTROPHE.sub("'?", pattern))
    return "(?<!\\w)(?:" + "|".join(other + ([_trie(sorted(literal))] if literal else [])) + ")(?!\\w)"


FINITE_MAX = 32  # a cue that stands for more plain words than this stays a regex
FINITE_SOURCE_MAX = 200  # ... and so does a longer one (a family named in it, written out)


@lru_cache(maxsize=8192)
def _finite_words(regex: str) -> list[str] | None:
    """The plain strings a small regex of letters, groups, alternatives and optional parts matches, or None (also
    for a named group, which a rule may mean to keep)."""
    if len(regex) > FINITE_SOURCE_MAX or "(?" in regex or any(char in regex for char in "\\[.*+{^$"):
        return None  # a named group, a lookaround, a repeat or a class: not a few plain words (and no parse)
    try:
        return _finite(list(_sre_parser.parse(regex).data))
    except (re.error, ValueError, RecursionError):
        return None


def _finite(nodes: list) -> list[str]:
    found = [""]
    for op, av in nodes:
        if op == _sre.LITERAL:
            choices = [chr(av)]
        elif op == _sre.SUBPATTERN and not av[1] and not av[2]:
            choices = _finite(list(av[3].data))
        elif op == _sre.BRANCH:
            choices = [w for branch in av[1] for w in _finite(list(branch.data))]
        elif op == _sre.IN and all(kind == _sre.LITERAL for kind, _ in av):
            choices = [chr(code) for _, code in av]
        elif op == _sre.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            choices = ["", *_finite(list(av[2]))]
        else:
            raise ValueError("not a finite set of plain words")
        found = [a + b for a in found for b in choices]
        if len(found) > FINITE_MAX:
            raise ValueError("too many words")
    return found


MIN_DROPPED = 5  # the shortest word a left-out letter is read back into (it was 6 until round 35)


def _misspellings(word: str) -> list[str]:
    """The usual slips of a word written in a hurry or to dodge a filter: two neighbouring letters swapped
    ("haet"), or one inner letter left out ("cancr", "disgustng", "wmen") in words of five letters or more (in a
    shorter word the slip is too often a word of its own or a dialect's: "hae", "jes"). The first letter stays."""
    swapped = {
        word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1) if word[i] != word[i + 1]
    }
    dropped = {word[:i] + word[i + 1 :] for i in range(1, len(word))} if len(word) >= MIN_DROPPED else set()
    return sorted((swapped | dropped) - {word})


_LEADING = re.compile(r"\\b|\^|\(\?<?[!=]")  # what consumes nothing at a match's start: \b, ^, lookarounds
PREFIX_MAX = 8


def _scan(regex: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each character outside escapes and [classes], with the group depth after it: the one walk the regex helpers
    share."""
    depth, i = 0, start
    while i < len(regex):
        char = regex[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            end = regex.find("]", i + 2)
            i = end + 1 if end > 0 else len(regex)
            continue
        depth += char == "("
        depth -= char == ")"
        yield i, char, depth
        i += 1


def _close(regex: str, start: int) -> int:
    """The index of the parenthesis that closes the one at `start` (-1 if none)."""
    return next((i for i, _, depth in _scan(regex, start) if depth == 0), -1)


def _split_top(regex: str) -> list[str]:
    parts: list[str] = []
    last = 0
    for i, char, depth in _scan(regex):
        if char == "|" and depth == 0:
            parts.append(regex[last:i])
            last = i + 1
    return parts + [regex[last:]]


def _anchor(regex: str) -> str:
    """The longest plain word the regex cannot match without (outside any group, not optional, starting a word):
    a text with no word beginning so cannot match, wherever in the regex the word stands."""
    best, skip = "", 0
    for i, char, depth in _scan(regex):
        if char == "|" and depth == 0:
            return ""
        if char in "()" or depth != 0 or i < skip:
            continue
        run = re.match(r"[a-z0-9]+", regex[i:])
        if run:
            word, skip = run.group(0), i + run.end()
            starts_word = _at_word(regex, i)
            if regex.startswith(("?", "*", "{"), skip):
                word = word[:-1]
            if starts_word and len(word) > len(best):
                best = word
    return best[:PREFIX_MAX] if len(best) >= 3 else ""


def _at_word(regex: str, i: int) -> bool:
    """Whether position i of the regex begins a word: at the start, after a space or after \\b."""
    return i == 0 or regex[i - 1] == " " or regex[max(i - 2, 0) : i] == "\\b"


def _optional_at(regex: str, i: int) -> bool:
    """Whether what ends just before position i is optional (followed by ?, * or {0,...})."""
    return regex.startswith(("?", "*", "{0"), i)


def _group_body(inner: str) -> str | None:
    """The alternatives of a group: a plain (...) or (?:...) group's inside, None for a lookaround or other (?...)."""
    if inner.startswith("?:"):
        return inner[2:]
    return None if inner.startswith("?") else inner


def _skip_leading(regex: str) -> str | None:
    """The regex without its leading \\b, ^ and lookarounds, which consume nothing, so that the match begins as
    the rest does (None: a lookaround unclosed)."""
    while True:
        lead = _LEADING.match(regex)
        if not lead:
            return regex
        if lead.group(0).startswith("(?"):
            end = _close(regex, 0)
            if end < 0:
                return None
            regex = regex[end + 1 :]
        else:
            regex = regex[lead.end() :]


def _group_starts(regex: str, families: dict[str, frozenset[str] | None]) -> frozenset[str] | None:
    """How a regex that opens with a group can begin: how any of the group's alternatives can."""
    end = _close(regex, 0)
    if end < 0 or _optional_at(regex, end + 1):
        return None
    inner = _group_body(regex[1:end])
    if inner is None:
        return None
    return _union([inner], families)


def _literal_starts(regex: str) -> frozenset[str] | None:
    """How a regex that opens with plain words can begin: the longest of them, since every one must be there."""
    run = re.match(r"[a-z0-9]+(?: [a-z0-9]+)*", regex)
    if not run:
        return None
    words = run.group(0).split(" ")
    if regex.startswith(("?", "*", "{"), run.end()):
        words[-1] = words[-1][:-1]
    word = max(words, key=len)  # every word of a literal run must be there: the longest says most
    return frozenset({word[:PREFIX_MAX]}) if word else None


def _starts(regex: str, families: dict[str, frozenset[str] | None]) -> frozenset[str] | None:
    """How a match can begin: a set of letter prefixes, one of which must begin a word of the text, or None when
    that cannot be told. Lets a family or regex be skipped on the many texts that hold none of its words."""
    anchor = _anchor(regex)
    if anchor:
        return frozenset({anchor})
    rest = _skip_leading(regex)
    if not rest:
        return None
    ref = CUE_REF.match(rest)
    if ref:
        return None if _optional_at(rest, ref.end()) else families.get(ref.group(1))
    if rest[0] == "(":
        return _group_starts(rest, families)
    return _literal_starts(rest)


Gate = tuple[int, "frozenset[str] | None"]  # where the walk of _gates goes on, and the prefix set met on the way


def _group_gate(regex: str, i: int, families: dict[str, frozenset[str] | None]) -> Gate | None:
    """The group opening at i: a word-starting group of alternatives that is not optional is a gate (None: the
    group is never closed, and the walk ends)."""
    end = _close(regex, i)
    if end < 0:
        return None
    inner = _group_body(regex[i + 1 : end]) or ""
    needed = _at_word(regex, i) and not _optional_at(regex, end + 1) and inner
    return end + 1, _union([inner], families) if needed else None


def _family_gate(regex: str, ref: re.Match[str], families: dict[str, frozenset[str] | None]) -> Gate:
    """A {family} reference: a gate when it starts a word and is not optional."""
    needed = _at_word(regex, ref.start()) and not _optional_at(regex, ref.end())
    return ref.end(), families.get(ref.group(1)) if needed else None


def _word_gate(regex: str, i: int, run: re.Match[str]) -> Gate:
    """A plain word: a gate when it starts a word and keeps three letters or more (a last letter made optional is
    not counted)."""
    word, end = run.group(0), i + run.end()
    if regex.startswith(("?", "*", "{"), end):
        word = word[:-1]
    return end, frozenset({word[:PREFIX_MAX]}) if _at_word(regex, i) and len(word) >= 3 else None


def _gate_at(regex: str, i: int, families: dict[str, frozenset[str] | None]) -> Gate | None:
    """One step of the walk of _gates from position i: where it goes on, and any gate met (None: stop)."""
    char = regex[i]
    if char == "\\":
        return i + 2, None
    if char == "[":
        end = regex.find("]", i + 2)
        return (end + 1 if end > 0 else len(regex)), None
    if char == "(":
        return _group_gate(regex, i, families)
    ref = CUE_REF.match(regex, i) if char == "{" else None
    if ref:
        return _family_gate(regex, ref, families)
    run = re.match(r"[a-z0-9]+", regex[i:])
    if run:
        return _word_gate(regex, i, run)
    return i + 1, None


def _gates(regex: str, families: dict[str, frozenset[str] | None]) -> tuple[frozenset[str], ...]:
    """Every prefix set a text must meet for the regex to match: how it begins, and each plain word, word-starting
    group of alternatives and cue family it cannot do without. Each is necessary, so a text failing any is skipped."""
    if len(_split_top(regex)) > 1:
        found = _union([regex], families)
        return (found,) if found is not None else ()
    gates: list[frozenset[str]] = []
    first = _starts(regex, families)
    if first is not None:
        gates.append(first)
    i = 0
    while i < len(regex):
        step = _gate_at(regex, i, families)
        if step is None:
            break
        i, gate = step
        if gate is not None:
            gates.append(gate)
    return tuple(dict.fromkeys(gates))


def _union(regexes: list[str], families: dict[str, frozenset[str] | None]) -> frozenset[str] | None:
    found: set[str] = set()
    for regex in regexes:
        for alternative in _split_top(regex):
            starts = _starts(alternative, families)
            if starts is None:
                return None
            found |= starts
    return frozenset(found)


# a piece of a family, the prefix sets a text must meet and the literal strings it must hold for the piece to match
Part = tuple[re.Pattern[str], "tuple[frozenset[str], ...]", literals.Clauses]


def _parts(
    items: list[str], expanded: list[str], starts: dict[str, frozenset[str] | None], known: dict[str, tuple[Part, ...]]
) -> tuple[Part, ...]:
    """A family cut into pieces that can each be skipped: its plain words as one prefix tree, and every other cue
    alone, each with the word prefixes it needs. A family of a hundred cues costs only the few a text could match."""

    def gates(*found: frozenset[str] | None) -> tuple[frozenset[str], ...]:
        return tuple(f for f in found if f is not None)

    literal = [e for e in expanded if _LITERAL.fullmatch(e)]
    parts: list[Part] = []
    if literal:
        parts.append((_regex(_cue_pattern(literal)), gates(_union(literal, starts)), ()))
    for index, regex in enumerate(expanded):
        if _LITERAL.fullmatch(regex):
            continue
        source = items[index] if index < len(items) else regex
        rest = _skip_leading(source) or ""
        whole = CUE_REF.fullmatch(rest)
        if whole and whole.group(1) in known:  # a family named whole: its own pieces, behind any lookaround
            lead = _OPTIONAL_APOSTROPHE.sub("'?", source[: len(source) - len(rest)])
            if not lead:
                parts.extend(known[whole.group(1)])
                continue
            if not CUE_REF.search(lead):  # "(?!old people){any_group}": each piece behind the same lookahead
                parts.extend(
                    (_regex(lead + piece.pattern), needs, strings) for piece, needs, strings in known[whole.group(1)]
                )
                continue
        parts.append((_regex(_cue_pattern([regex])), _gates(source, starts), _literal_clauses(source)))
    return tuple(parts)


def _literal_clauses(source: str) -> literals.Clauses:
    """The literal strings a regex as rules.yaml writes it must hold (see literals.py), each {family} read as one
    unknown character: the short source is parsed, not the long expansion. Nothing is told when a {family} stands
    where its expansion would not be read as a whole (in a [class])."""
    source = _OPTIONAL_APOSTROPHE.sub("'?", source)
    refs = [ref.start() for ref in CUE_REF.finditer(source)]
    if refs and ("\\]" in source or not set(refs) <= {i for i, char, _ in _scan(source) if char == "{"}):
        return ()
    return literals.clauses(CUE_REF.sub(".", source))


def _family_items(name: Any, patterns: Any, line: int, problems: _Problems) -> list[str]:
    """A cue family's regexes as written, or [] (reported) when its name or list is not usable."""
    where = f"cue family {name!r}"
    if not isinstance(name, str) or not CUE_NAME.match(name):
        problems.add(
            line, f"{where}: a name must be lower-case letters, digits and _", "rename it, for example harm_verb"
        )
        return []
    items = _as_list(patterns, where, line, problems)
    if not items:
        problems.add(line, f"{where} is empty", "list at least one word or regex, or delete the family")
    return items


def _family_regex_problem(where: str, regex: str) -> tuple[str, str] | None:
    """What is wrong with one cue of a family, its {name}s already replaced (None: nothing). A plain word or phrase
    always compiles and cannot backtrack."""
    if _LITERAL.fullmatch(regex):
        return None
    try:
        _regex(regex)
    except re.error as exc:
        return (
            f"{where}: invalid regex {regex[:80]!r} ({exc})",
            "correct the regular expression, or quote it in single quotes",
        )
    risk = _risk(regex)
    if risk:  # a family is matched on its own too (near, before), so it is held to the same rule as a regex
        return (
            f"{where}: {regex[:80]!r} can take exponential time on some text ({risk})",
            "bound the outer repeat ({0,5} rather than + or *), or let the parts not overlap",
        )
    return None


def _family_expanded(
    where: str, items: list[str], sources: dict[str, str], line: int, problems: _Problems
) -> list[str] | None:
    """A family's cues with each {name} of a family above it replaced by that family's alternation; None (the
    first problem reported) when one names a family not yet defined, does not compile or could backtrack."""
    expanded = []
    for regex in items:
        later = [n for n in CUE_REF.findall(regex) if n not in sources]
        if later:
            problems.add(
                line,
                f"{where}: {regex!r} uses {later[0]!r}, which is not defined above it",
                f"define {later[0]} earlier in cues:, or list the words here",
            )
            return None
        regex = CUE_REF.sub(lambda m: sources[m.group(1)], regex)
        problem = _family_regex_problem(where, regex)
        if problem:
            problems.add(line, *problem)
            return None
        expanded.append(regex)
    return expanded


def _fuzzy_variants(items: list[str], not_slips: frozenset[str] = frozenset()) -> list[str]:
    """The usual misspellings of a fuzzy family's plain words of four letters or more, less those that are other
    words in their own right (rules.yaml's `not_slips:`): "mental" slipped is "metal", which a resident means. A slip
    that drops only the last letter is kept: "savage" for "savages" says the same of one."""
    return [
        v for w in items if re.fullmatch(r"[a-z]{4,}", w) for v in _misspellings(w) if v not in not_slips or v == w[:-1]
    ]


def _family_compiles(where: str, expanded: list[str], line: int, problems: _Problems) -> bool:
    """Whether the family as one alternation compiles. Its pieces (see _parts) are compiled anyway, and pieces that
    compile alone compile together unless two name a group alike: only then, or when a piece does not compile, is
    the whole alternation compiled (a long one, where a family uses others), to report why."""
    if all(_pieces_compile(expanded)) and not any("(?P<" in regex for regex in expanded):
        return True
    try:
        re.compile(_cue_pattern(expanded), re.I)
    except re.error as exc:
        problems.add(
            line,
            f"{where}: the family does not compile ({exc})",
            "check the regexes of this family (and of the families it uses) for a stray quantifier",
        )
        return False
    return True


def _pieces_compile(expanded: list[str]) -> Iterator[bool]:
    for regex in expanded:
        if _LITERAL.fullmatch(regex):
            yield True
            continue
        try:
            _regex(_cue_pattern([regex]))
        except re.error:
            yield False
        else:
            yield True


def _cues(
    raw: Any, line: int, problems: _Problems, fuzzy: tuple[str, ...] = (), not_slips: frozenset[str] = frozenset()
) -> tuple[dict[str, str], dict[str, frozenset[str] | None], dict[str, tuple[Part, ...]]]:
    """The `cues:` section: named families of regexes that rules combine (near, before, {name} in a regex).
    A family may use {name} of a family defined above it, so a family can be built from others. Returns each
    family's alternation (what {name} stands for), how its cues can begin (see _starts) and its pieces (see _parts)."""
    sources: dict[str, str] = {}
    starts: dict[str, frozenset[str] | None] = {}
    parts: dict[str, tuple[Part, ...]] = {}
    if raw is None:
        return sources, starts, parts
    if not isinstance(raw, dict):
        problems.add(line, "'cues' must map family names to lists of regexes", "write cues: {you: ['you', 'u', 'ya']}")
        return sources, starts, parts
    for name, patterns in raw.items():
        if name == "__line__":
            continue
        where = f"cue family {name!r}"
        items = _family_items(name, patterns, raw["__line__"], problems)
        expanded = _family_expanded(where, items, sources, raw["__line__"], problems) if items else None
        if expanded is None:
            continue
        if name in fuzzy:
            expanded += _fuzzy_variants(items, not_slips)
        if not _family_compiles(where, expanded, raw["__line__"], problems):
            continue
        sources[name] = _cue_pattern(expanded)
        starts[name] = _union(items + expanded[len(items) :], starts)
        parts[name] = _parts(items, expanded, starts, parts)
    return sources, starts, parts


def _required(regex: str) -> tuple[str, ...]:
    """The families a regex cannot match without ({name} outside any group, alternative or optional part): when
    one of them is absent from a text the regex need not be tried there."""
    depth, i, found = 0, 0, []
    while i < len(regex):
        char = regex[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = regex.find("]", i + 2) + 1 or len(regex)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return ()
        elif char == "{" and depth == 0:
            ref = CUE_REF.match(regex, i)
            if ref and not regex.startswith(("?", "*", "{0"), ref.end()):
                found.append(ref.group(1))
        i += 1
    return tuple(found)


def _expand(patterns: list[str], cues: dict[str, str], where: str, line: int, problems: _Problems) -> list[str]:
    """Replace {family} in a rule's regexes with that family's alternation; an apostrophe is optional, as in
    text-speak ("havent", "youre")."""
    expanded = []
    for regex in patterns:
        unknown = [n for n in CUE_REF.findall(regex) if n not in cues]
        if unknown:
            problems.add(
                line,
                f"{where}: regex {regex!r} names unknown cue family {unknown[0]!r}",
                f"define {unknown[0]} under cues:, or use one of {', '.join(sorted(cues)) or '(none defined)'}",
            )
            continue
        expanded.append(CUE_REF.sub(lambda m: cues[m.group(1)], _OPTIONAL_APOSTROPHE.sub("'?", regex)))
    return expanded


def _window(value: Any, where: str, line: int, problems: _Problems) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_WINDOW:
        problems.add(
            line, f"{where}: window {value!r} must be a whole number of words from 1 to {MAX_WINDOW}", "write within: 6"
        )
        return 1
    return value


def _near(spec: Any, cues: dict[str, str], where: str, line: int, problems: _Problems) -> Near | None:
    if spec is None:
        return None
    fix = (
        "write near: {within: 6, all: [intent, harm, target]} (a family may carry its own window: {group: 12}; "
        "a list of such mappings fires on any of them)"
    )
    if not isinstance(spec, dict) or not isinstance(spec.get("all"), list) or len(spec["all"]) < 2:
        problems.add(line, f"{where}: near needs 'all', a list of at least two cue families", fix)
        return None
    unknown = set(spec) - NEAR_KEYS - {"__line__"}
    if unknown:
        problems.add(
            line, f"{where}: near has unknown field {sorted(unknown)[0]!r}", f"use only {', '.join(sorted(NEAR_KEYS))}"
        )
    within = _window(spec.get("within", 6), f"{where} near", line, problems)
    families: list[tuple[str, int]] = []
    for item in spec["all"]:
        if isinstance(item, dict):
            pairs = [(k, v) for k, v in item.items() if k != "__line__"]
            if len(pairs) != 1:
                problems.add(line, f"{where}: near entry {pairs!r} must be one family with its window", fix)
                continue
            name, window = pairs[0][0], _window(pairs[0][1], f"{where} near {pairs[0][0]}", line, problems)
        else:
            name, window = item, within
        if name not in cues:
            problems.add(
                line,
                f"{where}: near names unknown cue family {name!r}",
                f"define {name} under cues:, or use one of {', '.join(sorted(cues)) or '(none defined)'}",
            )
            continue
        families.append((str(name), window))
    if len(families) != len(spec["all"]):
        return None
    if not isinstance(spec.get("sentence", True), bool):
        problems.add(
            line,
            f"{where}: near sentence must be true or false",
            "write sentence: false to let the cues span sentences",
        )
    return Near(head=families[0][0], others=tuple(families[1:]), sentence=spec.get("sentence", True) is not False)


def _before(spec: Any, cues: dict[str, str], where: str, line: int, problems: _Problems) -> tuple[Before, ...]:
    if spec is None:
        return ()
    fix = "write unless: {before: {cues: [negation], within: 3}}, or a list of such mappings"
    result = []
    for item in spec if isinstance(spec, list) else [spec]:
        if not isinstance(item, dict) or not item.get("cues"):
            problems.add(line, f"{where}: unless before needs 'cues', a list of cue families", fix)
            continue
        names = _as_list(item.get("cues"), f"{where} unless before cues", line, problems)
        unknown = [n for n in names if n not in cues]
        if unknown:
            problems.add(
                line,
                f"{where}: unless before names unknown cue family {unknown[0]!r}",
                f"define {unknown[0]} under cues:, or use one of {', '.join(sorted(cues)) or '(none defined)'}",
            )
            continue
        result.append(
            Before(
                families=tuple(names), within=_window(item.get("within", 3), f"{where} unless before", line, problems)
            )
        )
    return tuple(result)


def _as_list(value: Any, where: str, line: int, problems: _Problems) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    problems.add(line, f"{where} must be a list of strings", f"write {where} as a YAML list of quoted strings")
    return []


def _deadline(spec: Any, where: str, line: int, problems: _Problems) -> Deadline | None:
    if spec is None:
        return None
    fix = "write deadline: {working_days: 20, holidays: uk, law: ...} or {calendar_months: 1, law: ...}"
    if not isinstance(spec, dict) or not isinstance(spec.get("law"), str):
        problems.add(line, f"{where}: deadline must be a mapping that names its law", fix)
        return None
    days, months = spec.get("working_days", 0), spec.get("calendar_months", 0)
    if not (isinstance(days, int) and isinstance(months, int)) or (days > 0) == (months > 0) or min(days, months) < 0:
        problems.add(
            line, f"{where}: deadline needs either working_days or calendar_months, a positive whole number", fix
        )
        return None
    if spec.get("holidays", "england") not in ("england", "uk"):
        problems.add(line, f"{where}: deadline holidays must be england or uk", fix)
    return Deadline(
        law=spec["law"], working_days=days, calendar_months=months, uk_holidays=spec.get("holidays") == "uk"
    )


_PERIOD = re.compile(r"^\s*(\d+)\s+(month|months|year|years)\s*$")


def _retention(spec: Any, where: str, line: int, problems: _Problems) -> Retention | None:
    if spec is None:
        return None
    fix = "write retention: {keep: 12 months, then: anonymise, why: ...}; keep may be 'N months', 'N years' or never"
    if not isinstance(spec, dict) or not isinstance(spec.get("why"), str):
        problems.add(
            line, f"{where}: retention must be a mapping with keep, then and why (the reason, for the record)", fix
        )
        return None
    keep = str(spec.get("keep", ""))
    match = _PERIOD.match(keep)
    if keep.strip() != "never" and not match:
        problems.add(line, f"{where}: retention keep {keep!r} is not a period", fix)
        return None
    action = spec.get("then", "anonymise")
    if action not in RETENTION_ACTIONS:
        problems.add(
            line, f"{where}: retention then {action!r} is not known", f"use one of {', '.join(RETENTION_ACTIONS)}"
        )
    months = None if not match else int(match.group(1)) * (12 if match.group(2).startswith("year") else 1)
    return Retention(months=months, action=str(action), why=spec["why"])


def _categories(raw: Any, problems: _Problems, templates_dir: Path | None) -> dict[str, Category]:
    result: dict[str, Category] = {}
    if not isinstance(raw, dict):
        problems.add(1, "'categories' is missing", "add a 'categories:' mapping (see the shipped rules.yaml)")
        return result
    for name, spec in raw.items():
        if name == "__line__":
            continue
        line: int = spec["__line__"] if isinstance(spec, dict) and "__line__" in spec else raw["__line__"]
        if not isinstance(spec, dict):
            problems.add(
                line, f"category {name!r} must be a mapping", "give it label, severity, policy, case, ack and alert"
            )
            continue
        unknown = set(spec) - CATEGORY_KEYS - {"__line__"}
        if unknown:
            problems.add(
                line,
                f"category {name!r}: unknown field {sorted(unknown)[0]!r}",
                f"use only {', '.join(sorted(CATEGORY_KEYS))}",
            )
        severity = spec.get("severity", "normal")
        if severity not in SEVERITIES:
            problems.add(
                line, f"category {name!r}: severity {severity!r} is not known", f"use one of {', '.join(SEVERITIES)}"
            )
        ack = _ack(spec, name, line, templates_dir, problems)
        mode = _acknowledge(spec, name, ack, line, problems)
        result[name] = Category(
            name=name,
            label=str(spec.get("label", name)),
            severity=str(severity),
            policy=tuple(str(p) for p in _as_list(spec.get("policy"), f"category {name!r} policy", line, problems)),
            case=bool(spec.get("case", False)),
            ack=ack,
            alert=bool(spec.get("alert", False)),
            deadline=_deadline(spec.get("deadline"), f"category {name!r}", line, problems),
            retention=_retention(spec.get("retention"), f"category {name!r}", line, problems),
            acknowledge=str(mode),
            reply_days=_reply_days(spec, name, line, problems),
            **grouping.category_fields(spec, name, line, problems.add),
        )
        for number in unknown_sections(result[name].policy):
            problems.add(
                line,
                f"category {name!r}: policy paragraph {number!r} is not one the acknowledgements can quote",
                "use paragraphs of section 3 quoted in inbox_agent/core/policy.py: 2.2, 2.3, 3.2, 3.3, 3.4, 3.5, 3.6",
            )
    if AUTOMATED not in result:
        problems.add(
            raw.get("__line__", 1),
            "category 'automated' is missing",
            "add an 'automated' category with case: false and ack: null",
        )
    return result


def _ack(spec: dict[str, Any], name: str, line: int, templates_dir: Path | None, problems: _Problems) -> str | None:
    """A category's acknowledgement template: a name that exists, never for automated mail."""
    ack = spec.get("ack")
    if ack is not None and not isinstance(ack, str):
        problems.add(
            line,
            f"category {name!r}: ack must be a template name or null",
            "write ack: ack/NAME.txt.j2, or ack: null",
        )
        ack = None
    if ack and templates_dir is not None and not (templates_dir / ack).is_file():
        problems.add(
            line,
            f"category {name!r}: template {ack!r} is missing from {templates_dir}",
            "create the template, or correct the name",
        )
    if name == AUTOMATED and ack:
        problems.add(line, "category 'automated' must never send an acknowledgement", "set ack: null for automated")
        ack = None
    return ack


def _acknowledge(spec: dict[str, Any], name: str, ack: str | None, line: int, problems: _Problems) -> str:
    """How a category's acknowledgement goes (auto, hold or never); one that needs a template has one."""
    mode = spec.get("acknowledge", _default_acknowledge(spec, ack))
    if mode not in ACKNOWLEDGE_MODES:
        problems.add(
            line,
            f"category {name!r}: acknowledge {mode!r} is not known",
            "write acknowledge: auto (at once), hold (waits for the Clerk) or never",
        )
        return "hold"
    if mode != "never" and not ack:
        problems.add(
            line,
            f"category {name!r}: acknowledge: {mode} needs an ack template",
            "name the template under ack, or write acknowledge: never",
        )
        return "never"
    return str(mode)


def _default_acknowledge(spec: dict[str, Any], ack: str | None) -> str:
    """Unless rules.yaml says otherwise, what alerts the Clerk (a threat, hate) waits for her before its sender
    hears from the council: a reply from the person threatened, with the office address, is hers to decide."""
    if not ack:
        return "never"
    return "hold" if spec.get("alert") else "auto"


def _reply_days(spec: dict[str, Any], name: str, line: int, problems: _Problems) -> int | None:
    """Working days in which the council owes the sender a reply; absent means none is owed (an acknowledgement
    then promises no reply, and the case is never overdue for one). A reply the law times says so under deadline."""
    days = spec.get("reply_days")
    if days is None:
        return None
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 120:
        problems.add(
            line,
            f"category {name!r}: reply_days {days!r} is not a number of working days from 1 to 120",
            "write reply_days: 10, or leave it out when no reply is owed",
        )
        return None
    if spec.get("deadline") is not None:
        problems.add(
            line,
            f"category {name!r} has both reply_days and a deadline set by law",
            "keep the deadline (the law's clock) and remove reply_days",
        )
        return None
    return days


def _rule(
    spec: Any,
    index: int,
    categories: dict[str, Category],
    seen: set[str],
    problems: _Problems,
    cues: dict[str, str] | None = None,
    starts: dict[str, frozenset[str] | None] | None = None,
) -> Rule | None:
    cues, starts = cues or {}, starts or {}
    if not isinstance(spec, dict):
        problems.add(1, f"rule #{index + 1} must be a mapping", "start each rule with '- id: ...'")
        return None
    line = spec["__line__"]
    rid = spec.get("id")
    if not isinstance(rid, str) or not rid:
        problems.add(line, f"rule #{index + 1} has no id", "give every rule a unique 'id'")
        return None
    where = f"rule {rid!r}"
    if rid in seen:
        problems.add(line, f"{where}: duplicate id", "give each rule its own id")
    seen.add(rid)
    unknown = set(spec) - RULE_KEYS - {"__line__"}
    if unknown:
        problems.add(line, f"{where}: unknown field {sorted(unknown)[0]!r}", f"use only {', '.join(sorted(RULE_KEYS))}")
    category = spec.get("category")
    if category not in categories:
        problems.add(line, f"{where}: unknown category {category!r}", f"use one of {', '.join(sorted(categories))}")
    weight = _weight(spec, where, line, problems)
    scopes = _scopes(spec, where, line, problems)
    phrases = tuple(p for p in _as_list(spec.get("phrases"), f"{where} phrases", line, problems) if p.strip())
    regexes = _as_list(spec.get("regex"), f"{where} regex", line, problems)
    expanded = _expand(regexes, cues, where, line, problems)
    valid = _valid(expanded, where, line, problems)
    gated = _gated(regexes, expanded, starts) if valid and len(expanded) == len(regexes) else ()
    near = _nears(spec.get("near"), cues, where, line, problems)
    unless_spec = _unless_spec(spec, where, line, problems)
    unknown_unless = set(unless_spec) - UNLESS_KEYS - {"__line__"}
    if unknown_unless:
        problems.add(
            line,
            f"{where}: unless has unknown field {sorted(unknown_unless)[0]!r}",
            f"use only {', '.join(sorted(UNLESS_KEYS))}",
        )
    unless_phrases = tuple(
        p for p in _as_list(unless_spec.get("phrases"), f"{where} unless phrases", line, problems) if p.strip()
    )
    unless = _compile(
        _expand(
            _as_list(unless_spec.get("regex"), f"{where} unless regex", line, problems), cues, where, line, problems
        ),
        where,
        line,
        problems,
    )
    before = _before(unless_spec.get("before"), cues, where, line, problems)
    sender = None
    if spec.get("sender") is not None:
        sender = _compile([str(spec["sender"])], f"{where} sender", line, problems)
    headers = _headers(spec, where, line, problems)
    if not valid and not phrases and not near and sender is None and not headers:
        problems.add(
            line,
            f"{where} can never fire: it has no phrases, regex, near, sender or header",
            "add what it should match, or delete it",
        )
    if (valid or phrases or near) and not scopes:
        problems.add(line, f"{where} can never fire: 'in' lists no text", "set in: [own, subject]")
    return Rule(
        id=rid,
        description=str(spec.get("description", "")),
        category=str(category),
        weight=float(weight),
        scopes=scopes,
        unless=unless,
        phrases=phrases,
        unless_phrases=unless_phrases,
        sender=sender,
        headers=tuple(headers),
        line=line,
        near=near,
        before=before,
        gated=gated,
    )


def _weight(spec: dict[str, Any], where: str, line: int, problems: _Problems) -> float:
    weight = spec.get("weight", 1)
    if not isinstance(weight, (int, float)) or isinstance(weight, bool) or weight <= 0:
        problems.add(
            line, f"{where}: weight {weight!r} must be a positive number", "set weight to a number such as 1 or 2.5"
        )
        return 0
    return weight


def _scopes(spec: dict[str, Any], where: str, line: int, problems: _Problems) -> tuple[str, ...]:
    """The texts a rule reads (`in`), each one the matcher knows."""
    scopes = tuple(_as_list(spec.get("in", ["own", "subject"]), f"{where} in", line, problems))
    for scope in scopes:
        if scope not in SCOPES:
            problems.add(line, f"{where}: unknown text scope {scope!r}", f"use {', '.join(SCOPES)}")
    return scopes


def _gated(
    regexes: list[str], expanded: list[str], starts: dict[str, frozenset[str] | None]
) -> tuple[tuple[re.Pattern[str], tuple[str, ...], tuple[frozenset[str], ...], literals.Clauses], ...]:
    """Each regex of a rule with the cue families it needs, the prefix sets a text must meet (see _gates) and the
    literal strings it must hold."""
    try:
        return tuple(
            (_regex(e), _required(r), _gates(r, starts), _literal_clauses(r))
            for r, e in zip(regexes, expanded, strict=True)
        )
    except re.error:  # already reported by _compile; the rule is refused with the rest
        return ()


def _nears(near_spec: Any, cues: dict[str, str], where: str, line: int, problems: _Problems) -> tuple[Near, ...]:
    """A rule's near: one mapping, or a list of them that fires on any."""
    items = near_spec if isinstance(near_spec, list) else [near_spec] if near_spec else []
    return tuple(n for n in (_near(item, cues, where, line, problems) for item in items) if n)


def _unless_spec(spec: dict[str, Any], where: str, line: int, problems: _Problems) -> dict[str, Any]:
    unless_spec = spec.get("unless") or {}
    if not isinstance(unless_spec, dict):
        problems.add(
            line, f"{where}: unless must be a mapping", "write unless: {phrases: [...], regex: [...], before: {...}}"
        )
        return {}
    return unless_spec


def _headers(spec: dict[str, Any], where: str, line: int, problems: _Problems) -> list[tuple[str, re.Pattern[str]]]:
    """A rule's header regexes, by lower-case header name."""
    headers: list[tuple[str, re.Pattern[str]]] = []
    header_spec = spec.get("header") or {}
    if not isinstance(header_spec, dict):
        problems.add(line, f"{where}: header must map header names to regexes", "write header: {X-Header: 'regex'}")
        header_spec = {}
    for name, regex in header_spec.items():
        if name == "__line__":
            continue
        compiled = _compile([str(regex)], f"{where} header {name}", line, problems)
        if compiled is not None:
            headers.append((str(name).lower(), compiled))
    return headers


def _plain_words(
    data: dict[str, Any], problems: _Problems, key: str = "unmask", shortest: int = 4, finite: bool = False
) -> tuple[str, ...]:
    """The plain single words of the cue families named by `unmask:` (or `unjoin:`), so that "h*rt" or "st*b" is read
    as the one harm word it can be, as "f*ck" is (a mask that fits two words is left alone). `finite`: also the few
    words a small regex such as "idiots?" stands for."""
    names = _as_list(data.get(key), key, data["__line__"], problems)
    cues = data.get("cues")
    raw: dict[str, Any] = cues if isinstance(cues, dict) else {}
    words: list[str] = []
    for name in names:
        if name not in raw:
            problems.add(
                data["__line__"], f"{key} names unknown cue family {name!r}", "list only families defined under cues:"
            )
            continue
        for item in raw[name]:
            if isinstance(item, str):
                plain = [item] if item.isalpha() or not finite else _finite_words(item) or []
                words += [w.casefold() for w in plain if w.isalpha() and len(w) >= shortest]
    return tuple(words)


def _slips(data: dict[str, Any], problems: _Problems) -> tuple[tuple[str, str], ...]:
    """(slip, word) for the usual slips of the words of four letters or more in the families named by `correct:`
    (their plain words, and the few a small regex such as "idiots?" stands for), less any slip that is one of those
    words, is the word less its last letter (its singular, often), is listed in `not_slips:` (a word in its own
    right), or could be either of two words."""
    not_slips = frozenset(
        w.casefold() for w in _as_list(data.get("not_slips"), "not_slips", data["__line__"], problems)
    )
    words = {w for w in _plain_words(data, problems, "correct", finite=True) if w.isascii()}
    found: dict[str, set[str]] = {}
    for word in words:
        for slip in _misspellings(word):
            if slip != word[:-1]:  # "boomer" is one of the "boomers", not a slip of the word
                found.setdefault(slip, set()).add(word)
    return tuple(
        sorted(
            (slip, next(iter(meant)))
            for slip, meant in found.items()
            if len(meant) == 1 and slip not in words and slip not in not_slips
        )
    )


def _read_rules(path: Path) -> dict[str, Any]:
    """rules.yaml parsed, each mapping with its line; a file that cannot be read or parsed raises RulesError."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RulesError(
            f"{path}: file not found", fix="restore rules.yaml from the repository, or set RULES_FILE"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path}: cannot be read ({exc.__class__.__name__})", fix="save it as UTF-8 text") from None
    try:
        data = _parse_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        reason = getattr(exc, "problem", None) or "invalid YAML"
        if isinstance(exc, _DuplicateKey):
            raise RulesError(
                f"{path}, line {line}: {reason}; the second would silently replace the first",
                fix="rename one of them, or merge the two into one",
            ) from None
        raise RulesError(
            f"{path}, line {line}: YAML syntax error: {reason}",
            fix="check the indentation and quoting on that line (use spaces, not tabs)",
        ) from None
    if not isinstance(data, dict):
        raise RulesError(
            f"{path}, line 1: expected a mapping with categories and rules", fix="start from the shipped rules.yaml"
        )
    return data


def _check_priority(
    data: dict[str, Any], categories: dict[str, Category], ruled: set[Any], problems: _Problems
) -> tuple[tuple[str, ...], Any]:
    """The default category and the priority order: each names a defined category, and every category that has
    rules (besides the default and automated) is in the order, or its rules could never decide."""
    default = data.get("default", "enquiry")
    if default not in categories:
        problems.add(data["__line__"], f"default category {default!r} is not defined", "define it under categories")
    priority = tuple(_as_list(data.get("priority"), "priority", data["__line__"], problems))
    for name in priority:
        if name not in categories:
            problems.add(data["__line__"], f"priority names unknown category {name!r}", "list only defined categories")
    for name in categories:
        if name not in priority and name not in (default, AUTOMATED) and name in ruled:
            problems.add(
                data["__line__"],
                f"category {name!r} has rules but is not in 'priority', so they can never decide",
                f"add {name} to priority",
            )
    return priority, default


_ING = re.compile(r"(?<![a-z])([a-z]{2,}ing)(?![a-z])")
_ESCAPE = re.compile(r"\\[A-Za-z]")  # \b, \w: a word after one begins there
_NOT_PATTERNS = frozenset({"id", "category", "description", "label", "why", "__line__"})


def _ing_words(data: dict[str, Any]) -> tuple[str, ...]:
    """The words of five letters or more ending -ing that the cue families and the rules' patterns name ("ringing",
    "going"): a word written with its g dropped is read as one of these (restore_g). Taken from the patterns as
    written, so a council's own rules.yaml brings its own words."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            found.update(w for w in _ING.findall(_ESCAPE.sub(" ", value).lower()) if len(w) >= 5)
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in _NOT_PATTERNS:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(data.get("cues"))
    walk(data.get("rules"))
    return tuple(sorted(found))


def load_rules(path: Path, templates_dir: Path | None = None, *, judging: bool = True) -> RuleSet:
    """Load and validate; any problem raises RulesError naming the file, the line and the fix.

    judging=False leaves out the cue families and the rules' patterns, whose checks and compiling are nearly all of
    the cost: for the commands that only need the categories (cases, digest, summary, the board), which then answer
    in a fraction of a second. Everything else is checked as in a full load."""
    problems = _Problems(path)
    data = _read_rules(path)
    version = grouping.check_version(data, path)
    categories = _categories(data.get("categories"), problems, templates_dir)
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list):
        problems.add(data["__line__"], "'rules' must be a list", "add a 'rules:' list of rules")
        raw_rules = []
    cue_sources: dict[str, str] = {}
    cue_starts: dict[str, frozenset[str] | None] = {}
    cue_parts: dict[str, tuple[Part, ...]] = {}
    rules: list[Rule] = []
    if judging:
        fuzzy = tuple(_as_list(data.get("fuzzy"), "fuzzy", data["__line__"], problems))
        not_slips = frozenset(_as_list(data.get("not_slips"), "not_slips", data["__line__"], problems))
        cue_sources, cue_starts, cue_parts = _cues(data.get("cues"), data["__line__"], problems, fuzzy, not_slips)
        for name in fuzzy:
            if name not in cue_sources:
                problems.add(
                    data["__line__"],
                    f"fuzzy names unknown cue family {name!r}",
                    f"list only families defined under cues: ({', '.join(sorted(cue_sources)) or 'none'})",
                )
        seen: set[str] = set()
        rules = [
            r
            for r in (
                _rule(spec, i, categories, seen, problems, cue_sources, cue_starts) for i, spec in enumerate(raw_rules)
            )
            if r
        ]
    specs = [spec for spec in raw_rules if isinstance(spec, dict)]
    ruled = {r.category for r in rules} if judging else {spec.get("category") for spec in specs}
    priority, default = _check_priority(data, categories, ruled, problems)
    threshold = data.get("threshold", 1)
    if not isinstance(threshold, (int, float)) or threshold <= 0:
        problems.add(data["__line__"], f"threshold {threshold!r} must be a positive number", "set threshold: 2")
        threshold = 1
    mask_words = tuple(
        w.strip().casefold()
        for w in _as_list(data.get("mask_words"), "mask_words", data["__line__"], problems)
        if w.strip()
    )
    other = _retention(data.get("retention"), "retention (for mail without a case)", data["__line__"], problems)
    unmask_words = _plain_words(data, problems)
    unjoin_words = _plain_words(data, problems, "unjoin", 3, finite=True)
    slips = _slips(data, problems) if judging else ()
    model = model_settings(data.get("model"), list(categories), problems.add, data["__line__"])
    groups = grouping.groups(data.get("groups"), categories, data["__line__"], problems.add)
    problems.raise_first()
    return RuleSet(
        categories=categories,
        rules=tuple(rules),
        priority=priority,
        default=str(default),
        threshold=float(threshold),
        path=path,
        mask_words=mask_words,
        unmask_words=unmask_words,
        unjoin_words=unjoin_words,
        ing_words=_ing_words(data) if judging else (),
        slips=slips,
        other_retention=other,
        cues=cue_sources,
        cue_starts=cue_starts,
        cue_parts=cue_parts,
        model=model,
        groups=groups,
        version=version,
        judging=judging,
        descriptions=()
        if judging
        else tuple((str(spec["id"]), str(spec.get("description") or "")) for spec in specs if spec.get("id")),
    )


def prepare(text: str, rules: RuleSet, *, slips: bool = True) -> str:
    """The text rules match: folded and de-obfuscated, so 'piiiiss 0ff' and 'piss off' meet. The learned model reads
    it without a key word's slips put right (`slips=False`): its letter features read "blakc" much as "black", and it
    was trained on the corpus as written."""
    slip_set = rules.slip_set if slips else frozenset()  # type: ignore[attr-defined]
    return _prepared(text[:MAX_CLASSIFIED_CHARS], rules.mask_set, rules.join_set, rules.ing_set, slip_set)  # type: ignore[attr-defined]


# The rules and the model prepare the same subject and, in most mail (no quotation in it), the same words: once each.
_prepared = lru_cache(maxsize=64)(deobfuscate)


# Words in quotation marks inside a message are someone else's: reported, like forwarded material. Single quotes
# count only when they open after a space and close before one (so "don't" and "the travellers' site" are not quotes).
# Double quotes may run over a line break (mail wrapped at 72 columns), never over a blank line.
# A dialect writer's dropped letters ("can I 'ave a copy o' that", "nowt's 'appened", "he were goin'") are not quotation
# marks: a single quote that opens a dropped h or closes a dropped g or f does not start or end reported speech.
_ELIDED_START = r"(?!(?:ave|avin|appen\w*|ad|er|im|is|ome|ere|alf|ouse|em|cause|cos|til|bout|ang|ead|eck|ow|urt)\b)"
_ELIDED_END = r"(?<!\bo)(?<!\ban)(?<!\bt)(?<!\b\w\win)(?<!\b\w\w\win)(?<!\b\w\w\w\win)(?<!\b\w\w\w\w\win)"
_QUOTED_SPEECH = re.compile(
    r'"(?:[^"\n]|\n(?!\s*\n)){3,300}"|\u201c(?:[^\u201d\n]|\n(?!\s*\n)){3,300}\u201d|\u2018[^\u2019\n]{3,300}\u2019(?!\w)'
    r"|(?<![\w'])'(?=\w)" + _ELIDED_START + r"[^'\n]{3,300}?(?<=[\w.!?,])" + _ELIDED_END + r"'(?![\w'])"
)


# A short quote after an article or possessive names a thing in the sender's own voice, often sarcastically
# (a "multicultural food festival", their "cultural celebration"); speech follows a verb or a colon instead.
_NAMING = re.compile(r"\b(?:a|an|the|this|these|those|their|our|your|his|its|so-called|so called|some|any)\s*$", re.I)


# ... but a quote of a word or two after a verb of saying or writing is what was said or written: the graffiti reads
# "P*KIS OUT", he called me "a liar". A report quotes the slur; the slur is not the reporter's.
_REPORTED_BEFORE = re.compile(
    r"\b(?:reads?|reading|said|says|saying|shouted|shouting|yelled|screamed|chanted|chanting|wrote|written|writes|"
    r"sprayed|painted|scrawled|scratched|spelling|spelt|spelled|called (?:me|him|her|us|them|my \w+|our \w+)|"
    r"the words?|slogan|graffiti)\s*[:,\-]?\s*$",
    re.I,
)


# Mail written for someone who does not use email ("Nan asked me to send this", "I'm writing for my grandad", "he
# dictated it"): what it quotes is that person's own message to the council, not words reported to it.
_PROXY = re.compile(
    r"\b(?:(?:asked|asks|wants|wanted|told|got) me to (?:send|write|email|e-mail|type|pass|put|forward|reply|say|tell"
    r"|report|let|get in touch)|(?:i'm|i am|im|i'll|i will) (?:writing|emailing|e-mailing|sending (?:this|it)|typing"
    r" (?:this|it)|messaging|replying) (?:for|on behalf of) (?:my|our|his|her|mrs|mr|miss|ms)\b|(?:^|\n)\s*(?:writing|"
    r"emailing|sending (?:this|it)|typing (?:this|it)) (?:for|on behalf of) (?:my|our|his|her|mrs|mr)\b|on (?:his|her"
    r"|their) behalf|on behalf of (?:my|our) |\bdictated (?:it|this)|(?:doesn't|does not|don't|do not|can't|cannot|"
    r"won't|isn't|is not|hasn't got|has no) (?:do |use |on |have |go on )?(?:the |a |an )?"
    r"(?:e-?mail|internet|computer)\b)",
    re.I,
)
# ... except what was said or written to that person, which the sender reports for them: a note through her door
# saying, he shouted at her, the lads next door said.
_TO_THE_PRINCIPAL = re.compile(
    r"(?:\b(?:notes?|letters?|cards?|texts?|messages?|signs?|graffiti|posts?|comments?|leaflets?|emails?)\b"
    r"(?: \w+){0,5} (?:saying|said|says|reading|reads|read|that went)"
    r"|\b(?:said|says|shouted|yelled|screamed|swore|wrote|called|told|sent|texted|messaged|posted)"
    r" (?:to |at )?(?:her|him|them|us|me)\b"
    r"|\b(?:someone|somebody|a man|a woman|a lad|the man|the woman|the lad|the lads|some lads|the neighbours?"
    r"|next door|kids|youths|a driver|the driver|they)(?: \w+){0,4} (?:said|says|shouted|yelled|wrote|told|called))"
    r"[^\n]{0,40}$",
    re.I,
)


@lru_cache(maxsize=16)
def _written_for_someone(text: str) -> bool:
    """Whether a text says it is written for someone (see _PROXY): asked once per text, not once per quotation."""
    return _PROXY.search(text) is not None


def _principal(match: re.Match[str]) -> bool:
    """Whether a quotation is the message of the person the sender writes for (see _PROXY)."""
    return _written_for_someone(match.string) and not _TO_THE_PRINCIPAL.search(
        match.string, max(match.start() - 80, 0), match.start()
    )


def _speech(match: re.Match[str]) -> bool:
    """Whether a quotation is someone else's words: three words or more, unless a short one names a thing; a
    short one after a verb of saying or writing, too. Never the message of a person the sender writes for."""
    if _principal(match):
        return False
    words = len(match.group(0).split())
    if words < 3:  # a quoted word or two ('a "community" centre') is the sender's own scare quote
        return _REPORTED_BEFORE.search(match.string, max(match.start() - 40, 0), match.start()) is not None
    return words > 6 or not _NAMING.search(match.string, max(match.start() - 16, 0), match.start())


@lru_cache(maxsize=8)
def _quotations(own: str) -> tuple[tuple[int, int, bool, bool], ...]:
    """Each quotation in the sender's own words: its span, whether it is someone else's words (_speech), and
    whether it is the message of the person the sender writes for (_principal). Found once for the rules and the
    model, which leave out different ones."""
    return tuple((m.start(), m.end(), _speech(m), _principal(m)) for m in _QUOTED_SPEECH.finditer(own))


def _without_quotations(text: str, keep: Callable[[str, bool, bool], str]) -> str:
    """`text` with each quotation replaced by what `keep` makes of it (the quotation, is it speech, is it the
    principal's)."""
    quotations = _quotations(text)
    if not quotations:
        return text
    parts: list[str] = []
    last = 0
    for start, end, speech, principal in quotations:
        parts += (text[last:start], keep(text[start:end], speech, principal))
        last = end
    parts.append(text[last:])
    return "".join(parts)


def _texts(message: Message, rules: RuleSet) -> dict[str, str]:
    reported = [message.own_text[a:b] for a, b, speech, _ in _quotations(message.own_text) if speech]
    own = _without_quotations(message.own_text, lambda quotation, speech, _: " " if speech else quotation)
    forwarded = "\n".join([message.forwarded_text, *reported]).strip()
    raw = {"own": own, "subject": message.subject, "quoted": message.quoted_text, "forwarded": forwarded}
    if "initials" in rules.scopes:  # type: ignore[attr-defined]
        raw["initials"] = line_initials(message.own_text)
    return {scope: prepare(raw[scope], rules) for scope in rules.scopes}  # type: ignore[attr-defined]


QUOTE_MARK = " qquote "  # stands, in the model's text, for reported speech left out: reporting is a mechanism
FORWARD_MARK = "\nqforwarded"  # ... and for forwarded material


def own_and_subject(rules: RuleSet, message: Message) -> tuple[str, str]:
    """The sender's own words and the subject, prepared as the rules read them (but for slips, see prepare) for the
    learned model; reported speech (three words or more in quotation marks) and forwarded material are left out, each
    leaving a mark that they were there."""
    own = _without_quotations(
        message.own_text,
        lambda quotation, speech, principal: quotation if principal else QUOTE_MARK if speech else " ",
    )
    return prepare(own + (FORWARD_MARK if message.forwarded_text.strip() else ""), rules, slips=False), prepare(
        message.subject, rules, slips=False
    )


def prepared_texts(rules: RuleSet, message: Message) -> dict[str, str]:
    """What the rules actually read, for classify --explain."""
    return _texts(message, rules)


WORD_CACHE = 200_000  # words whose gate bits are remembered between messages (most mail reuses a few thousand)

# a rule's regex, the families it needs, its gates as bits, the literal strings it must hold, its key (see key)
Gated = tuple[re.Pattern[str], tuple[str, ...], int, frozenset[int], int]
# a piece of a family: its regex, gates as bits, literal strings and key
FamilyPart = tuple[re.Pattern[str], int, frozenset[int]]  # a piece of a family, its gate bits, its clauses' numbers
NO_KEY = -1  # the key of what needs no gate: every text meets it


class _GateIndex:
    """Every prefix set that gates a regex or a family (see _gates), numbered as one bit each, so that a text is
    gated once: each word of it sets the bits of the sets that one of its beginnings is in, and a regex may run only
    on a text that has all of its bits. The same test as asking each set in turn, at a fraction of the cost.

    Each regex also has one key, the number of its most telling set (see key), and each rule and family the mask of
    its regexes' keys (see _Keys): one AND of a text's bits with the mask tells which of its regexes may run at all,
    before the test of each one's bits is made, and a rule none of whose keys a text has is passed over whole."""

    def __init__(self) -> None:
        self.bits: dict[frozenset[str], int] = {}
        self.by_prefix: dict[str, int] = {}
        self.words: dict[str, tuple[int, tuple[int, ...]]] = {}  # each word's bits, and the keys among them
        self.key_mask = 0  # the bits that are some regex's or piece's key (see meet), set once all are known

    def need(self, gates: tuple[frozenset[str], ...] | list[frozenset[str]]) -> int:
        """The bits of these prefix sets, each numbered the first time it is seen."""
        need = 0
        for gate in gates:
            bit = self.bits.get(gate)
            if bit is None:
                bit = self.bits[gate] = 1 << len(self.bits)
                for prefix in gate:
                    self.by_prefix[prefix] = self.by_prefix.get(prefix, 0) | bit
            need |= bit
        return need

    def key(self, gates: tuple[frozenset[str], ...] | list[frozenset[str]]) -> int:
        """The number of the bit of the set a text is least likely to meet (longest shortest prefix, then fewest
        prefixes), or NO_KEY for no sets; each set must already have its bit (see need)."""
        if not gates:
            return NO_KEY
        best = max(gates, key=lambda g: (min(map(len, g), default=0), -len(g), sorted(g)))
        return self.bits[best].bit_length() - 1

    def met(self, text: str) -> int:
        """The bits of every prefix set that some word of the text begins with (up to PREFIX_MAX letters)."""
        return self.meet(text)[0]

    def meet(self, text: str) -> tuple[int, set[int]]:
        """The text's bits (see met), and the numbers of those that are keys: gathered word by word from what each
        word meets, remembered, rather than picked out of the text's bits, a number of thousands of bits, one by one
        (a twentieth of deciding)."""
        words, by_prefix, mask, met = self.words, self.by_prefix, self.key_mask, 0
        keys: set[int] = set()
        for word in set(TOKEN.findall(text)):
            found = words.get(word)
            if found is None:
                bits = 0
                for n in range(1, min(len(word), PREFIX_MAX) + 1):
                    bits |= by_prefix.get(word[:n], 0)
                found = (bits, _bit_numbers(bits & mask))
                if len(words) < WORD_CACHE:
                    words[word] = found
            met |= found[0]
            keys.update(found[1])
        return met, keys


# The keys of a rule's regexes as a mask of their bits, and whether one of them is NO_KEY: the keys a text meets are
# the bits of its gate bits AND the mask (see keys_met), the plain statement of what _Matcher.plan finds faster from
# each word's keys (a set built per text from those is cheap; one built from the bits, key by key, was not).
_Keys = tuple[int, bool]


def _keys(keys: Iterable[int]) -> _Keys:
    keys = set(keys)
    return _or(1 << key for key in keys if key != NO_KEY), NO_KEY in keys


def keys_met(met: int, keys: _Keys) -> tuple[int, ...]:
    """Which of these keys a text with these gate bits meets (NO_KEY, always), lowest first."""
    mask, no_key = keys
    found = _bit_numbers(met & mask)
    return (*found, NO_KEY) if no_key else found


def _bit_numbers(bits: int) -> tuple[int, ...]:
    numbers = []
    while bits:
        low = bits & -bits
        numbers.append(low.bit_length() - 1)
        bits ^= low
    return tuple(numbers)


class _Matcher:
    """What match reads of a RuleSet, laid out for speed: each rule's regexes and each family's pieces with their
    gates as bits (see _GateIndex) and the literal strings they need (see literals.py)."""

    def __init__(self, rules: RuleSet) -> None:
        self.gates = gates = _GateIndex()
        self.literals = clauses = literals.LiteralIndex()
        starts = rules.cue_starts or {}
        self.family_need = {name: gates.need([begins]) if begins is not None else 0 for name, begins in starts.items()}
        # Each family's pieces by gate key: a text meets few of a family's keys, so only those pieces are looked at
        # (a family with misspellings has a hundred pieces, and looking at each was a fifth of deciding).
        self.family_parts: dict[str, dict[int, tuple[FamilyPart, ...]]] = {}
        for name, parts in (rules.cue_parts or {}).items():
            keyed: dict[int, list[FamilyPart]] = {}
            for regex, needs, strings in parts:
                need = gates.need(needs)  # first: it gives the prefix sets their bits, which key() reads
                keyed.setdefault(gates.key(needs), []).append((regex, need, clauses.add(strings)))
            self.family_parts[name] = {key: tuple(found) for key, found in keyed.items()}
        self.regexes: tuple[tuple[Gated, ...], ...] = tuple(
            tuple(
                (regex, needs, gates.need(begins), clauses.add(strings), gates.key(begins))
                for regex, needs, begins, strings in rule.gated
            )
            for rule in rules.rules
        )
        clauses.freeze()
        self.rule_keys = tuple(_keys(entry[-1] for entry in entries) for entries in self.regexes)
        # Every rule's regexes numbered in rule order, and those numbers by key: a text meets few of the keys, so
        # the regexes it may run are found once a text from the keys it meets (see plan), not once a rule.
        self.entries: tuple[tuple[int, Gated], ...] = tuple(
            (index, entry) for index, entries in enumerate(self.regexes) for entry in entries
        )
        by_key: dict[int, list[int]] = {}
        for number, (_index, entry) in enumerate(self.entries):
            by_key.setdefault(entry[-1], []).append(number)
        self.no_key = tuple(by_key.pop(NO_KEY, ()))
        self.by_key = {key: tuple(numbers) for key, numbers in by_key.items()}
        self.rule_key_set = frozenset(self.by_key)
        gates.key_mask = _or(1 << key for key in chain(self.by_key, *self.family_parts.values()) if key != NO_KEY)
        self.plans = _Plans()
        # a rule that reads only the sender or headers fires on them alone
        self.envelope_only = tuple(not r.gated and not r.phrases and not r.near for r in rules.rules)
        self.envelope = tuple(r.sender is not None or bool(r.headers) for r in rules.rules)
        # each near's families' gate bits together: a text that lacks one cannot meet the near, so it is not looked at
        bits = self.family_need
        self.nears: tuple[tuple[tuple[Near, int], ...], ...] = tuple(
            tuple(
                (near, bits.get(near.head, 0) | _or(bits.get(family, 0) for family, _ in near.others))
                for near in rule.near
            )
            for rule in rules.rules
        )

    def plan(self, keys: set[int] | frozenset[int]) -> dict[int, tuple[Gated, ...]]:
        """The regexes a text that meets these keys may run, by rule, each rule's in its order: those whose key the
        text meets (and every NO_KEY one). Remembered by the rules' keys met (see _Plans): a subject, a greeting or
        a short message is often met again, and most of the work is finding them."""
        keys = self.rule_key_set.intersection(keys)
        found = self.plans.get(keys)
        if found is None:
            by_key, entries = self.by_key, self.entries
            grouped: dict[int, list[Gated]] = {}
            for number in sorted(chain(self.no_key, *map(by_key.__getitem__, keys))):
                index, entry = entries[number]
                grouped.setdefault(index, []).append(entry)
            found = {index: tuple(gated) for index, gated in grouped.items()}
            if len(self.plans) < PLANS:
                self.plans[keys] = found
        return found


PLANS = 20_000  # combinations of keys met whose regexes are remembered (see _Matcher.plan)


class _Plans(dict[frozenset[int], dict[int, tuple[Gated, ...]]]):
    """_Matcher.plan's memory, which a pickled RuleSet (the rules cache) carries empty: it is only a shortcut."""

    def __reduce__(self) -> tuple[type, tuple[()]]:
        return _Plans, ()


def _or(bits: Iterable[int]) -> int:
    total = 0
    for bit in bits:
        total |= bit
    return total


class _Text:
    """One prepared text with what near and before need: word numbers, sentence numbers and each cue family's
    occurrences, worked out only when a rule asks."""

    def __init__(self, text: str, matcher: _Matcher, plain: bool = False) -> None:
        self.text = text
        self.matcher = matcher
        self.met, self.keys = matcher.gates.meet(text)  # the gate bits the text meets, and the keys among them
        self.plan = matcher.plan(self.keys)  # the regexes of each rule it may run
        # what caseless regexes read (see caseless.py); None: every regex reads the text itself, with re.I
        self.canon = None if plain else caseless.canonical(text)
        # what literal strings are looked for in (see literals.py): the canonical text, or the lowered text if ASCII
        lowered = self.canon if self.canon is not None else text.lower() if text.isascii() else None
        # the numbers of the literal clauses the text meets (see literals.py); None: every clause may be met
        self.literal = matcher.literals.met(lowered) if lowered is not None else None
        self._starts: list[int] | None = None
        self._ends: list[int] | None = None
        self._found: dict[str, list[tuple[int, int, int, int, int]]] = {}
        self._pieces: dict[str, list[re.Pattern[str]]] = {}

    def finditer(self, regex: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """The matches of a rule regex, by its caseless form where it and the text have one: the same spans as
        regex.finditer(self.text). (The caseless form is made on first use: most regexes never run.)"""
        fast = caseless.caseless_regex(regex.pattern) if self.canon is not None else None
        return fast.finditer(self.canon) if fast is not None else regex.finditer(self.text)  # type: ignore[arg-type]

    def search(self, regex: re.Pattern[str]) -> re.Match[str] | None:
        fast = caseless.caseless_regex(regex.pattern) if self.canon is not None else None
        return fast.search(self.canon) if fast is not None else regex.search(self.text)  # type: ignore[arg-type]

    def _layout(self) -> None:
        self._starts = [m.start() for m in TOKEN.finditer(self.text)]
        self._ends = [m.end() for m in SENTENCE_END.finditer(self.text)]

    def position(self, start: int, end: int) -> tuple[int, int, int]:
        """(first word, last word, sentence) of a span of the text."""
        if self._starts is None:
            self._layout()
        starts, ends = self._starts, self._ends
        assert starts is not None and ends is not None
        return (
            max(bisect_right(starts, start) - 1, 0),
            max(bisect_right(starts, max(end - 1, start)) - 1, 0),
            bisect_right(ends, start),
        )

    def pieces(self, family: str) -> list[re.Pattern[str]]:
        """The pieces of a family that may match the text: those whose gates and literal strings it meets. Asked
        before any is run, so that a near or a regex that needs a family the text cannot hold runs nothing."""
        found = self._pieces.get(family)
        if found is None:
            found = []
            met, need = self.met, self.matcher.family_need.get(family, 0)
            if need & met == need:
                literal, keyed = self.literal, self.matcher.family_parts[family]
                keys = keyed.keys() & self.keys  # the order of the pieces does not matter: their spans are sorted
                for key in (*keys, NO_KEY) if NO_KEY in keyed else keys:
                    for regex, needs, strings in keyed[key]:
                        if needs & met == needs and (literal is None or strings <= literal):
                            found.append(regex)
            self._pieces[family] = found
        return found

    def occurrences(self, family: str) -> list[tuple[int, int, int, int, int]]:
        """(first word, last word, sentence, start, end) of every cue of a family."""
        found = self._found.get(family)
        if found is None:
            found = []
            pieces = self.pieces(family)
            if pieces:
                spans: set[tuple[int, int]] = set()
                for regex in pieces:
                    spans.update(m.span() for m in self.finditer(regex) if m.end() > m.start())
                found = [(*self.position(start, end), start, end) for start, end in sorted(spans)]
            self._found[family] = found
        return found

    def has_all(self, families: tuple[str, ...]) -> bool:
        """Whether every one of these cue families occurs in the text. None is looked for unless all may, and
        those with fewest pieces to run are looked for first: one that is not there spares the others."""
        found, pieces = self._found, self.pieces
        if not all(found[f] if f in found else pieces(f) for f in families):
            return False
        for family in sorted(families, key=lambda f: len(pieces(f))) if len(families) > 1 else families:
            occurrences = found.get(family)
            if not (occurrences if occurrences is not None else self.occurrences(family)):
                return False
        return True

    def negated(self, before: tuple[Before, ...], start: int) -> bool:
        """Whether a cue of a `before` scope lies within its window of words before `start`, in the same sentence."""
        if not before:
            return False
        word, _, sentence = self.position(start, start + 1)
        for scope in before:
            for family in scope.families:
                for first, last, sent, _, _ in self.occurrences(family):
                    if first >= word:
                        break
                    if sent == sentence and word - last <= scope.within:
                        return True
        return False

    def near(self, near: Near, before: tuple[Before, ...]) -> str | None:
        """The text from the first to the last cue of the first close group of cues, or None."""
        if not self.has_all(near.families):
            return None
        heads = self.occurrences(near.head)
        if not heads:
            return None
        others = []
        for family, _ in near.others:
            found = self.occurrences(family)
            if not found:
                return None
            others.append(found)
        for h_first, h_last, h_sent, h_start, h_end in heads:
            if self.negated(before, h_start):
                continue
            start, end = h_start, h_end
            for (_family, window), found in zip(near.others, others, strict=True):
                best = None
                for first, last, sent, o_start, o_end in found:
                    if near.sentence and sent != h_sent:
                        continue
                    gap = first - h_last if first > h_last else h_first - last if last < h_first else 0
                    if gap <= window and (o_start, o_end) != (h_start, h_end):
                        best = (o_start, o_end)
                        break
                if best is None:
                    break
                start, end = min(start, best[0]), max(end, best[1])
            else:
                return self.text[start:end]
        return None


def _envelope_allows(rule: Rule, message: Message) -> bool:
    """Whether the message meets the rule's sender and header regexes (a rule without them: always)."""
    if rule.sender is not None and not rule.sender.search(message.sender):
        return False
    return all(pattern.search(message.header(name) or "") for name, pattern in rule.headers)


def _envelope_hit(rule: Rule, message: Message) -> Hit:
    """The hit of a rule that reads only the sender or headers."""
    where = "sender" if rule.sender is not None else "header"
    return Hit(rule.id, rule.category, rule.weight, where, message.sender if where == "sender" else rule.headers[0][0])


def _regex_match(rule: Rule, regexes: tuple[Gated, ...], text: str, view: _Text) -> str | None:
    """The first match of the rule's regexes not cancelled by its `before` scopes, of those whose key the text meets
    (see _Matcher.plan), skipping each whose gates or required cue families the text does not meet."""
    met, literal = view.met, view.literal
    for regex, needs, gate, strings, _key in regexes:
        if gate & met != gate or (needs and not view.has_all(needs)):
            continue
        if literal is not None and not strings <= literal:
            continue
        if rule.before:
            found = next((f for f in view.finditer(regex) if not view.negated(rule.before, f.start())), None)
        else:
            found = view.search(regex)
        if found is not None:
            return text[found.start() : found.end()]
    return None


def _scope_match(rule: Rule, index: int, text: str, view: _Text, scanned: dict[tuple[int, bool], str]) -> str | None:
    """What the rule matched in one text (its phrases, then regexes, then near), or None, also when a
    counter-cue of the rule is there."""
    matched = scanned.get((index, False))
    if matched is not None and rule.before and view.negated(rule.before, text.find(matched)):
        matched = None
    if matched is None:
        regexes = view.plan.get(index)
        if regexes:
            matched = _regex_match(rule, regexes, text, view)
    if matched is None:
        met = view.met
        for near, need in view.matcher.nears[index]:
            if need & met == need:
                matched = view.near(near, rule.before)
                if matched is not None:
                    break
    if matched is None:
        return None
    if (index, True) in scanned or (rule.unless is not None and view.search(rule.unless)):
        return None
    return matched


def _can_judge(rules: RuleSet) -> None:
    if not rules.judging:  # a wiring fault, never the Clerk's: every message would otherwise become the default
        raise RulesError(
            f"{rules.path}: these rules were loaded without their patterns and cannot judge mail",
            fix="load them with load_rules(path), as the agent and `classify` do",
        )


def match(rules: RuleSet, message: Message, plain: bool = False) -> list[Hit]:
    """The rules that fire on the message. `plain` matches every regex with re.I on the text itself, as written: the
    slow path the fast one (see caseless.py) must agree with, kept for the tests that check so."""
    _can_judge(rules)
    texts = _texts(message, rules)
    scanned = {scope: rules.phrase_index.scan(text) if text else {} for scope, text in texts.items()}  # type: ignore[attr-defined]
    matcher: _Matcher = rules.matcher  # type: ignore[attr-defined]
    views = {scope: _Text(text, matcher, plain) for scope, text in texts.items() if text}
    hits: list[Hit] = []
    for index, rule in enumerate(rules.rules):
        if matcher.envelope[index] and not _envelope_allows(rule, message):
            continue
        if matcher.envelope_only[index]:
            hits.append(_envelope_hit(rule, message))
            continue
        for scope in rule.scopes:
            text = texts[scope]
            matched = _scope_match(rule, index, text, views[scope], scanned[scope]) if text else None
            if matched is not None:
                hits.append(Hit(rule.id, rule.category, rule.weight, scope, matched))
                break
    return hits


def decide(rules: RuleSet, message: Message, screening: Screening) -> Decision:
    """The category and why. Automatic mail is decided by the screen, before any rule, unless it looks automatic
    only by signs a person's mail can show too (a no-reply address, an auto-reply subject): the rules read that, and
    a threat, hate or abuse in it is filed as such (never answered, as automatic mail is not), and so is one the
    learned model is very sure of where no rule saw one (see automatic_opinion)."""
    _can_judge(rules)
    if screening.automated:
        automatic = "automatic mail: " + "; ".join(screening.reasons)
        hits = match(rules, message) if screening.lookalike else []
        scores = _scores(hits)
        # Bulk-scam marks (automated in priority before the serious categories) keep a blackmail template automatic.
        serious = next(
            (n for n in rules.priority if n in (*SERIOUS, AUTOMATED) and scores.get(n, 0.0) >= rules.threshold), None
        )
        if serious is None or serious == AUTOMATED:
            filed = Decision(AUTOMATED, rules.category(AUTOMATED).severity, (), (), automatic)
            if not screening.lookalike or serious is not None:
                return filed
            taken = automatic_opinion(rules, message, filed)  # still automatic (maybe for review), or taken
            if taken.category != AUTOMATED:
                return taken
            return _person_behind(rules, hits, scores, automatic) or taken
        ranked = _ranked(scores)
        reason = (
            f"{serious} scored {scores[serious]:g} (threshold {rules.threshold:g}) in mail that looks like {automatic}"
        )
        return Decision(serious, rules.category(serious).severity, tuple(hits), ranked, reason)
    hits = match(rules, message)
    scores = _scores(hits)
    ranked = _ranked(scores)
    winners = [name for name in rules.priority if scores.get(name, 0.0) >= rules.threshold]
    if winners:
        chosen = winners[0]
        runner = next(((n, s) for n, s in ranked if n != chosen), None)
        reason = f"{chosen} scored {scores[chosen]:g} (threshold {rules.threshold:g})"
        if runner:
            beaten = "comes later in priority" if runner[1] >= rules.threshold else "is below the threshold"
            reason += f"; runner-up {runner[0]} scored {runner[1]:g} and {beaten}"
    else:
        chosen = rules.default
        reason = f"no category reached the threshold {rules.threshold:g}; default {chosen}"
    decision = Decision(
        chosen, rules.category(chosen).severity, tuple(hits), ranked, reason, review=review_reason(rules, ranked)
    )
    return second_opinion(rules, message, decision)  # the learned model, where rules.yaml's model: allows


def _person_behind(rules: RuleSet, hits: list[Hit], scores: dict[str, float], automatic: str) -> Decision | None:
    """A case the rules read in mail that looks automatic only by signs a person's mail can show, or None.

    A phone system that emails a voicemail's transcript from no-reply@, or a web form that relays what a resident
    typed, sends a person's complaint or subject access request from a machine's address. Filed away as automatic
    mail, a request the law puts a clock on would be lost; filed as a case, it is never acknowledged (the address
    reads no answers) and goes to the Clerk's review, because some machines' own notices read like one (a feedback
    report titled "complaint about message from ...")."""
    found = _winner(rules, scores)  # automatic mail's own marks come first in priority and were dealt with
    if found in (AUTOMATED, rules.default) or not rules.category(found).case:
        return None
    signs = automatic.removeprefix("automatic mail: ")
    return Decision(
        found,
        rules.category(found).severity,
        tuple(hits),
        _ranked(scores),
        f"{found} scored {scores[found]:g} (threshold {rules.threshold:g}) in mail that looks like {automatic}",
        review=f"it looks automatic only by signs a person's mail can show ({signs}),"
        f" but the rules read it as {rules.category(found).label!r}: a person may have written it (a voicemail"
        " transcript, a web form); it is not acknowledged",
    )


def _ranked(scores: dict[str, float]) -> tuple[tuple[str, float], ...]:
    """The scores, highest first (ties by name), as a Decision records them."""
    return tuple(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))


def _scores(hits: list[Hit]) -> dict[str, float]:
    scores: dict[str, float] = {}
    for hit in hits:
        scores[hit.category] = scores.get(hit.category, 0.0) + hit.weight
    return scores


def _winner(rules: RuleSet, scores: dict[str, float]) -> str:
    return next((n for n in rules.priority if scores.get(n, 0.0) >= rules.threshold), rules.default)


def review_reason(rules: RuleSet, scores: tuple[tuple[str, float], ...]) -> str:
    """Why a person should check this decision, or "" when it is sure. Uncertain is a serious cue (threat, hate,
    abuse) below the threshold that would have outranked the decision, or two categories that both reach the
    threshold close together when one is serious (a conduct complaint that is also a complaint is no doubt):
    what the rules miss must go to the Clerk, never quietly to enquiry."""
    table = dict(scores)
    chosen = _winner(rules, table)
    rank = {name: i for i, name in enumerate(rules.priority)}
    for name, score in scores:
        if name in SERIOUS and 0 < score < rules.threshold and rank.get(name, len(rank)) < rank.get(chosen, len(rank)):
            return f"{a_cue(name)} scored {score:g}, below the threshold {rules.threshold:g}"
    reached = [(n, s) for n, s in scores if s >= rules.threshold]
    if len(reached) >= 2 and reached[0][1] - reached[1][1] < CLOSE_MARGIN and any(n in SERIOUS for n, _ in reached[:2]):
        (first, a), (second, b) = reached[:2]
        return f"{first} ({a:g}) and {second} ({b:g}) scored close together"
    return ""


def escalates(rules: RuleSet, old: str, new: str) -> bool:
    """Whether a reply judged `new` raises a case filed as `old`: a threat, hate or abuse does, unless the case is
    already one that comes as early in priority. A complaint followed by "I know where you live" becomes a threat."""
    if new not in SERIOUS or new == old:
        return False
    rank = {name: i for i, name in enumerate(rules.priority)}
    return old not in SERIOUS or rank.get(new, len(rank)) < rank.get(old, len(rank))
