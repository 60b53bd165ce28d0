"""Scores for the rules against labelled mail: precision, recall and F1 per category, macro F1, and a
confusion matrix. Pure: it takes (expected, predicted) pairs. The label of a file is its folder's name."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


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
