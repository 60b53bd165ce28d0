"""rules.yaml: load, validate, and match, in the Mailman style of predicates with recorded hits.

The rules are data that the Clerk can read and change; this module is the one generic matcher.
Each rule that fires adds its weight to its category's score. Among the categories that reach the
threshold the first in ``priority`` wins; with none, the ``default`` category applies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from .backtracking import backtracking_risk
from .errors import RulesError
from .models import Category, Deadline, Decision, Hit, Message, Retention, Screening, Timescales
from .normalise import deobfuscate, fold
from .policy import unknown_sections

SCOPES = ("own", "subject", "quoted", "forwarded")
# Classify at most this much of each text. People's own words are short; a longer text is almost always pasted or
# generated material, and scanning 200 KB with every rule would let one message stall the queue. The Clerk reads it all.
MAX_CLASSIFIED_CHARS = 20_000
TOKEN = re.compile(r"[\w']+")
RULE_KEYS = {"id", "description", "category", "weight", "phrases", "regex", "in", "sender", "header", "unless"}
CATEGORY_KEYS = {"label", "severity", "policy", "case", "ack", "alert", "deadline", "retention", "reply_days"}
RETENTION_ACTIONS = ("anonymise", "erase")
SEVERITIES = ("urgent", "high", "normal", "low", "none")
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
        found: dict[tuple[int, bool], tuple[int, int]] = {}
        for i, word in enumerate(words):
            candidates = first.get(word)
            if candidates:
                for phrase, owner in candidates:
                    if owner not in found and (len(phrase) == 1 or tuple(words[i:i + len(phrase)]) == phrase):
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
        return {owner: text[offsets[a][0]:offsets[b][1]] for owner, (a, b) in found.items()}


@dataclass(frozen=True)
class Rule:
    id: str
    description: str
    category: str
    weight: float
    scopes: tuple[str, ...]
    pattern: re.Pattern[str] | None   # the rule's regexes; its phrases live in the RuleSet's PhraseIndex
    unless: re.Pattern[str] | None
    phrases: tuple[str, ...]
    unless_phrases: tuple[str, ...]
    sender: re.Pattern[str] | None
    headers: tuple[tuple[str, re.Pattern[str]], ...]
    line: int


@dataclass(frozen=True)
class RuleSet:
    categories: dict[str, Category]
    rules: tuple[Rule, ...]
    priority: tuple[str, ...]
    default: str
    threshold: float
    path: Path
    mask_words: tuple[str, ...] = ()
    other_retention: Retention | None = None  # records of mail that needed no case, and quarantined mail

    def __post_init__(self) -> None:
        index = PhraseIndex()
        for number, rule in enumerate(self.rules):
            for phrase in rule.phrases:
                index.add(phrase, number)
            for phrase in rule.unless_phrases:
                index.add(phrase, number, unless=True)
        object.__setattr__(self, "phrase_index", index)
        object.__setattr__(self, "mask_set", frozenset(self.mask_words))
        # Only the texts some rule reads are prepared and scanned.
        object.__setattr__(self, "scopes", tuple(s for s in SCOPES if any(s in r.scopes for r in self.rules)))

    def category(self, name: str) -> Category:
        return self.categories[name]

    def timescales(self, base: Timescales) -> Timescales:
        """The configured clocks with each category's reply_days, so only categories that owe a reply fall overdue."""
        return replace(base, replies=tuple((n, c.reply_days) for n, c in self.categories.items() if c.reply_days))


class _LineLoader(yaml.SafeLoader):
    """Safe YAML that remembers the line of every mapping, so errors can point at it."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


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


def _compile(patterns: list[str], where: str, line: int, problems: _Problems) -> re.Pattern[str] | None:
    parts = []
    for regex in patterns:
        try:
            re.compile(regex)
        except (re.error, TypeError) as exc:
            problems.add(line, f"{where}: invalid regex {regex!r} ({exc})", "correct the regular expression, or quote it in single quotes")
            continue
        risk = backtracking_risk(regex)
        if risk:  # one message could stall the agent for hours: refused before it ever runs
            problems.add(line, f"{where}: the regex {regex!r} can take exponential time on some text ({risk})",
                         "let the parts not overlap (e.g. ^[\\w\\s]+$ rather than ^(\\w+\\s?)+$), bound the outer repeat "
                         "({0,5} rather than + or *), or use phrases")
            continue
        parts.append(f"(?:{regex})")
    return re.compile("|".join(parts), re.I) if parts else None


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
        problems.add(line, f"{where}: deadline needs either working_days or calendar_months, a positive whole number", fix)
        return None
    if spec.get("holidays", "england") not in ("england", "uk"):
        problems.add(line, f"{where}: deadline holidays must be england or uk", fix)
    return Deadline(law=spec["law"], working_days=days, calendar_months=months, uk_holidays=spec.get("holidays") == "uk")


_PERIOD = re.compile(r"^\s*(\d+)\s+(month|months|year|years)\s*$")


def _retention(spec: Any, where: str, line: int, problems: _Problems) -> Retention | None:
    if spec is None:
        return None
    fix = "write retention: {keep: 12 months, then: anonymise, why: ...}; keep may be 'N months', 'N years' or never"
    if not isinstance(spec, dict) or not isinstance(spec.get("why"), str):
        problems.add(line, f"{where}: retention must be a mapping with keep, then and why (the reason, for the record)", fix)
        return None
    keep = str(spec.get("keep", ""))
    match = _PERIOD.match(keep)
    if keep.strip() != "never" and not match:
        problems.add(line, f"{where}: retention keep {keep!r} is not a period", fix)
        return None
    action = spec.get("then", "anonymise")
    if action not in RETENTION_ACTIONS:
        problems.add(line, f"{where}: retention then {action!r} is not known", f"use one of {', '.join(RETENTION_ACTIONS)}")
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
        line = spec.get("__line__", raw["__line__"]) if isinstance(spec, dict) else raw["__line__"]
        if not isinstance(spec, dict):
            problems.add(line, f"category {name!r} must be a mapping", "give it label, severity, policy, case, ack and alert")
            continue
        unknown = set(spec) - CATEGORY_KEYS - {"__line__"}
        if unknown:
            problems.add(line, f"category {name!r}: unknown field {sorted(unknown)[0]!r}", f"use only {', '.join(sorted(CATEGORY_KEYS))}")
        severity = spec.get("severity", "normal")
        if severity not in SEVERITIES:
            problems.add(line, f"category {name!r}: severity {severity!r} is not known", f"use one of {', '.join(SEVERITIES)}")
        ack = spec.get("ack")
        if ack is not None and not isinstance(ack, str):
            problems.add(line, f"category {name!r}: ack must be a template name or null", "write ack: ack/NAME.txt.j2, or ack: null")
            ack = None
        if ack and templates_dir is not None and not (templates_dir / ack).is_file():
            problems.add(line, f"category {name!r}: template {ack!r} is missing from {templates_dir}", "create the template, or correct the name")
        if name == AUTOMATED and ack:
            problems.add(line, "category 'automated' must never send an acknowledgement", "set ack: null for automated")
            ack = None
        result[name] = Category(
            name=name, label=str(spec.get("label", name)), severity=str(severity),
            policy=tuple(str(p) for p in _as_list(spec.get("policy"), f"category {name!r} policy", line, problems)),
            case=bool(spec.get("case", False)), ack=ack, alert=bool(spec.get("alert", False)),
            deadline=_deadline(spec.get("deadline"), f"category {name!r}", line, problems),
            retention=_retention(spec.get("retention"), f"category {name!r}", line, problems),
            reply_days=_reply_days(spec, name, line, problems))
        for number in unknown_sections(result[name].policy):
            problems.add(line, f"category {name!r}: policy paragraph {number!r} is not one the acknowledgements can quote",
                         "use paragraphs of section 3 quoted in inbox_agent/policy.py: 2.2, 2.3, 3.2, 3.3, 3.4, 3.5, 3.6")
    if AUTOMATED not in result:
        problems.add(raw.get("__line__", 1), "category 'automated' is missing", "add an 'automated' category with case: false and ack: null")
    return result


def _reply_days(spec: dict[str, Any], name: str, line: int, problems: _Problems) -> int | None:
    """Working days in which the council owes the sender a reply; absent means none is owed (an acknowledgement
    then promises no reply, and the case is never overdue for one). A reply the law times says so under deadline."""
    days = spec.get("reply_days")
    if days is None:
        return None
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 120:
        problems.add(line, f"category {name!r}: reply_days {days!r} is not a number of working days from 1 to 120",
                     "write reply_days: 10, or leave it out when no reply is owed")
        return None
    if spec.get("deadline") is not None:
        problems.add(line, f"category {name!r} has both reply_days and a deadline set by law",
                     "keep the deadline (the law's clock) and remove reply_days")
        return None
    return days


def _rule(spec: Any, index: int, categories: dict[str, Category], seen: set[str], problems: _Problems) -> Rule | None:
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
    weight = spec.get("weight", 1)
    if not isinstance(weight, (int, float)) or isinstance(weight, bool) or weight <= 0:
        problems.add(line, f"{where}: weight {weight!r} must be a positive number", "set weight to a number such as 1 or 2.5")
        weight = 0
    scopes = tuple(_as_list(spec.get("in", ["own", "subject"]), f"{where} in", line, problems))
    for scope in scopes:
        if scope not in SCOPES:
            problems.add(line, f"{where}: unknown text scope {scope!r}", f"use {', '.join(SCOPES)}")
    phrases = tuple(p for p in _as_list(spec.get("phrases"), f"{where} phrases", line, problems) if p.strip())
    pattern = _compile(_as_list(spec.get("regex"), f"{where} regex", line, problems), where, line, problems)
    unless_spec = spec.get("unless") or {}
    if not isinstance(unless_spec, dict):
        problems.add(line, f"{where}: unless must be a mapping", "write unless: {phrases: [...], regex: [...]}")
        unless_spec = {}
    unless_phrases = tuple(p for p in _as_list(unless_spec.get("phrases"), f"{where} unless phrases", line, problems) if p.strip())
    unless = _compile(_as_list(unless_spec.get("regex"), f"{where} unless regex", line, problems), where, line, problems)
    sender = None
    if spec.get("sender") is not None:
        sender = _compile([str(spec["sender"])], f"{where} sender", line, problems)
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
    if pattern is None and not phrases and sender is None and not headers:
        problems.add(line, f"{where} can never fire: it has no phrases, regex, sender or header", "add what it should match, or delete it")
    if (pattern is not None or phrases) and not scopes:
        problems.add(line, f"{where} can never fire: 'in' lists no text", "set in: [own, subject]")
    return Rule(id=rid, description=str(spec.get("description", "")), category=str(category), weight=float(weight),
                scopes=scopes, pattern=pattern, unless=unless, phrases=phrases, unless_phrases=unless_phrases, sender=sender,
                headers=tuple(headers), line=line)


def load_rules(path: Path, templates_dir: Path | None = None) -> RuleSet:
    """Load and validate; any problem raises RulesError naming the file, the line and the fix."""
    problems = _Problems(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RulesError(f"{path}: file not found", fix="restore rules.yaml from the repository, or set RULES_FILE") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path}: cannot be read ({exc.__class__.__name__})", fix="save it as UTF-8 text") from None
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        reason = getattr(exc, "problem", None) or "invalid YAML"
        raise RulesError(f"{path}, line {line}: YAML syntax error: {reason}",
                         fix="check the indentation and quoting on that line (use spaces, not tabs)") from None
    if not isinstance(data, dict):
        raise RulesError(f"{path}, line 1: expected a mapping with categories and rules", fix="start from the shipped rules.yaml")
    categories = _categories(data.get("categories"), problems, templates_dir)
    seen: set[str] = set()
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list):
        problems.add(data["__line__"], "'rules' must be a list", "add a 'rules:' list of rules")
        raw_rules = []
    rules = [r for r in (_rule(spec, i, categories, seen, problems) for i, spec in enumerate(raw_rules)) if r]
    default = data.get("default", "enquiry")
    if default not in categories:
        problems.add(data["__line__"], f"default category {default!r} is not defined", "define it under categories")
    priority = tuple(_as_list(data.get("priority"), "priority", data["__line__"], problems))
    for name in priority:
        if name not in categories:
            problems.add(data["__line__"], f"priority names unknown category {name!r}", "list only defined categories")
    for name in categories:
        if name not in priority and name not in (default, AUTOMATED) and any(r.category == name for r in rules):
            problems.add(data["__line__"], f"category {name!r} has rules but is not in 'priority', so they can never decide",
                         f"add {name} to priority")
    threshold = data.get("threshold", 1)
    if not isinstance(threshold, (int, float)) or threshold <= 0:
        problems.add(data["__line__"], f"threshold {threshold!r} must be a positive number", "set threshold: 2")
        threshold = 1
    mask_words = tuple(w.strip().casefold() for w in _as_list(data.get("mask_words"), "mask_words", data["__line__"], problems) if w.strip())
    other = _retention(data.get("retention"), "retention (for mail without a case)", data["__line__"], problems)
    problems.raise_first()
    return RuleSet(categories=categories, rules=tuple(rules), priority=priority, default=str(default),
                   threshold=float(threshold), path=path, mask_words=mask_words, other_retention=other)


def prepare(text: str, rules: "RuleSet") -> str:
    """The text rules match: folded and de-obfuscated, so 'piiiiss 0ff' and 'piss off' meet."""
    return deobfuscate(text[:MAX_CLASSIFIED_CHARS], rules.mask_set)  # type: ignore[attr-defined]


# Words in quotation marks inside a message are someone else's: reported, like forwarded material.
_QUOTED_SPEECH = re.compile(r'"[^"\n]{3,300}"|\u201c[^\u201d\n]{3,300}\u201d')


def _texts(message: Message, rules: "RuleSet") -> dict[str, str]:
    reported = _QUOTED_SPEECH.findall(message.own_text)
    own = _QUOTED_SPEECH.sub(" ", message.own_text)
    forwarded = "\n".join([message.forwarded_text, *reported]).strip()
    raw = {"own": own, "subject": message.subject, "quoted": message.quoted_text, "forwarded": forwarded}
    return {scope: prepare(raw[scope], rules) for scope in rules.scopes}  # type: ignore[attr-defined]


def prepared_texts(rules: RuleSet, message: Message) -> dict[str, str]:
    """What the rules actually read, for classify --explain."""
    return _texts(message, rules)


def match(rules: RuleSet, message: Message) -> list[Hit]:
    texts = _texts(message, rules)
    scanned = {scope: rules.phrase_index.scan(text) if text else {} for scope, text in texts.items()}  # type: ignore[attr-defined]
    hits: list[Hit] = []
    for index, rule in enumerate(rules.rules):
        if rule.sender is not None and not rule.sender.search(message.sender):
            continue
        if any(not pattern.search(message.header(name) or "") for name, pattern in rule.headers):
            continue
        if rule.pattern is None and not rule.phrases:
            where = "sender" if rule.sender is not None else "header"
            hits.append(Hit(rule.id, rule.category, rule.weight, where, message.sender if where == "sender" else rule.headers[0][0]))
            continue
        for scope in rule.scopes:
            text = texts[scope]
            if not text:
                continue
            matched = scanned[scope].get((index, False))
            if matched is None and rule.pattern is not None:
                found = rule.pattern.search(text)
                matched = found.group(0) if found else None
            if matched is None:
                continue
            if (index, True) in scanned[scope] or (rule.unless is not None and rule.unless.search(text)):
                continue
            hits.append(Hit(rule.id, rule.category, rule.weight, scope, matched))
            break
    return hits


def decide(rules: RuleSet, message: Message, screening: Screening) -> Decision:
    """The category and why; automatic mail is decided by the screen, before any rule."""
    if screening.automated:
        cat = rules.category(AUTOMATED)
        return Decision(AUTOMATED, cat.severity, (), (), "automatic mail: " + "; ".join(screening.reasons))
    hits = match(rules, message)
    scores: dict[str, float] = {}
    for hit in hits:
        scores[hit.category] = scores.get(hit.category, 0.0) + hit.weight
    ranked = tuple(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
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
    return Decision(chosen, rules.category(chosen).severity, tuple(hits), ranked, reason)
