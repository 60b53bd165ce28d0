"""Scores for the rules against labelled mail: precision, recall and F1 per category, macro F1, and a
confusion matrix. Pure: it takes raw messages with their labels (app/corpus.py reads the files)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from inbox_agent.core.normalise import MalformedMessage, parse
from inbox_agent.core.rules import RuleSet, decide
from inbox_agent.core.screen import screen


@dataclass(frozen=True)
class Scores:
    categories: tuple[str, ...]
    per_category: dict[str, dict[str, float]]
    macro_f1: float
    confusion: dict[str, dict[str, int]]  # expected -> predicted -> count
    total: int
    correct: int


def score(pairs: Iterable[tuple[str, str]], categories: Iterable[str]) -> Scores:
    pairs = list(pairs)
    names = tuple(dict.fromkeys([*categories, *(e for e, _ in pairs), *(p for _, p in pairs)]))
    confusion = {e: {p: 0 for p in names} for e in names}
    for expected, predicted in pairs:
        confusion[expected][predicted] += 1
    per: dict[str, dict[str, float]] = {}
    for name in names:
        tp = confusion[name][name]
        guessed = sum(confusion[e][name] for e in names)
        actual = sum(confusion[name].values())
        if actual == 0 and guessed == 0:
            continue
        precision = tp / guessed if guessed else 0.0
        recall = tp / actual if actual else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per[name] = {"precision": precision, "recall": recall, "f1": f1, "support": actual}
    labelled = [n for n in per if per[n]["support"]]
    macro = sum(per[n]["f1"] for n in labelled) / len(labelled) if labelled else 0.0
    return Scores(names, per, macro, confusion, len(pairs), sum(1 for e, p in pairs if e == p))


def report(scores: Scores) -> str:
    """The scores as a person reads them."""
    lines = [f"{'category':<18} {'precision':>9} {'recall':>7} {'F1':>6} {'n':>4}"]
    for name, s in scores.per_category.items():
        lines.append(f"{name:<18} {s['precision']:>9.2f} {s['recall']:>7.2f} {s['f1']:>6.2f} {int(s['support']):>4}")
    lines.append(f"macro F1 {scores.macro_f1:.3f}; {scores.correct} of {scores.total} right")
    shown = [n for n in scores.categories if n in scores.per_category]
    width = max(len(n) for n in shown) if shown else 8
    lines.append("")
    lines.append("confusion (rows: labelled, columns: decided)")
    lines.append(" " * (width + 1) + " ".join(f"{n[:6]:>6}" for n in shown))
    for expected in shown:
        lines.append(f"{expected:<{width}} " + " ".join(f"{scores.confusion[expected][p]:>6}" for p in shown))
    return "\n".join(lines)


def as_json(scores: Scores) -> dict[str, Any]:
    return {
        "per_category": scores.per_category,
        "macro_f1": scores.macro_f1,
        "confusion": scores.confusion,
        "total": scores.total,
        "correct": scores.correct,
    }


@dataclass(frozen=True)
class Miss:
    """A labelled message the rules decided otherwise, with the three strongest hits that led them there."""

    name: str
    expected: str
    decided: str
    reason: str
    top_hits: tuple[tuple[str, str, float], ...]  # (rule, matched, weight)
    review: str = ""  # why it goes to the Clerk's review, "" if it does not: a miss she will see, or a silent one

    def as_json(self) -> dict[str, Any]:
        return {
            "path": self.name,
            "expected": self.expected,
            "decided": self.decided,
            "reason": self.reason,
            "review": self.review,
            "top_hits": [{"rule": r, "matched": m, "weight": w} for r, m, w in self.top_hits],
        }


@dataclass(frozen=True)
class Assessment:
    scores: Scores
    misclassified: tuple[Miss, ...]
    reviewed: int  # how many the rules would send to the Clerk's review
    unfired: tuple[str, ...] = ()  # the rules no message fired: untested guesswork, or a corpus that lacks a kind


def assess(rules: RuleSet, samples: Iterable[tuple[str, str, bytes]], own_addresses: frozenset[str]) -> Assessment:
    """Decide each (name, expected category, raw message) as the agent would; unreadable mail counts as quarantine."""
    pairs, wrong, reviewed = [], [], 0
    fired: set[str] = set()
    for name, expected, raw in samples:
        try:
            message = parse(raw)
        except MalformedMessage:
            pairs.append((expected, "quarantine"))
            continue
        decision = decide(rules, message, screen(message, own_addresses))
        pairs.append((expected, decision.category))
        reviewed += bool(decision.review)
        fired.update(h.rule for h in decision.hits)
        if decision.category != expected:
            top = sorted(decision.hits, key=lambda h: -h.weight)[:3]
            hits = tuple((h.rule, h.matched, h.weight) for h in top)
            wrong.append(Miss(name, expected, decision.category, decision.reason, hits, decision.review))
    unfired = tuple(r.id for r in rules.rules if r.id not in fired)
    return Assessment(score(pairs, list(rules.categories)), tuple(wrong), reviewed, unfired)
