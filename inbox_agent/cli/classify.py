"""`classify`: what the agent would decide for message files, and with --explain why; nothing is changed."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from inbox_agent.app.corpus import message_files
from inbox_agent.cli.common import Commands, application, show
from inbox_agent.core import learned
from inbox_agent.core.normalise import MalformedMessage, parse
from inbox_agent.core.rules import RuleSet, decide, prepared_texts
from inbox_agent.core.screen import screen


def register(commands: Commands) -> None:
    classify = commands.add_parser("classify", help="classify message files without changing anything")
    classify.add_argument("paths", nargs="+", metavar="PATH", help="a message file, or a folder read recursively")
    classify.add_argument("--json", action="store_true", help="one JSON object per message, one per line")
    classify.add_argument("--explain", action="store_true", help="show the prepared text, every hit and the decision")
    classify.set_defaults(func=cmd_classify)


def cmd_classify(args: argparse.Namespace) -> int:
    app = application(args)
    rules = app.rules
    for path in message_files(args.paths):
        result = _classified(path, rules, app.settings.own_addresses, explain=args.explain)
        if args.json:
            print(json.dumps(result, ensure_ascii=False))
            continue
        show(_line(path, result))
        if args.explain:
            _explain(result)
    return 0


def _classified(path: Path, rules: RuleSet, own_addresses: frozenset[str], *, explain: bool) -> dict[str, Any]:
    result: dict[str, Any] = {"path": str(path)}
    try:
        message = parse(path.read_bytes())
    except MalformedMessage as exc:
        return {**result, "category": "quarantine", "severity": "none", "hits": [], "reason": exc.problem}
    decision = decide(rules, message, screen(message, own_addresses))
    result.update(
        category=decision.category,
        severity=decision.severity,
        reason=decision.reason,
        hits=[
            {"rule": h.rule, "category": h.category, "weight": h.weight, "in": h.where, "matched": h.matched}
            for h in decision.hits
        ],
        scores=dict(decision.scores),
        review=decision.review,
        alert=learned.alerted(rules, decision),
    )
    if explain:
        result["text"] = prepared_texts(rules, message)
        if rules.model is not None and rules.model.enabled:
            result["model"] = learned.explain(rules, message)
    return result


def _line(path: Path, result: dict[str, Any]) -> str:
    """One line a message: its category, and whether it waits for review or alerts the Clerk."""
    line = f"{path}: {result['category']} ({result['severity']})"
    if result.get("review"):
        line += f", needs review: {result['review']}"
    if result.get("alert"):
        line += f"; alerts the Clerk: {result['alert']}"
    return line


def _explain(result: dict[str, Any]) -> None:
    for scope, text in result.get("text", {}).items():
        if text:
            show(f"  --- {scope} text, as the rules read it ---")
            for text_line in text.splitlines()[:40]:
                show("  " + text_line)
    if result["hits"]:
        show("  rules that fired:")
        for hit in result["hits"]:
            show(f"    {hit['rule']:<32} {hit['category']:<18} +{hit['weight']:g}  in {hit['in']}: {hit['matched']!r}")
    show(f"  scores: {', '.join(f'{k}={v:g}' for k, v in result.get('scores', {}).items()) or 'none'}")
    if "model" in result:
        opinion = result["model"]
        show(f"  learned model: {', '.join(f'{name} {p:.2f}' for name, p in opinion['top'])}")
        show(f"    pushed most toward {opinion['pushed_toward']}:")
        for feature, weight, source in opinion["features"]:
            show(f"      +{weight:.3f}  {learned.describe(feature, source)}")
    show(f"  decision: {result['reason']}")
    if result.get("review"):
        show(f"  needs review: {result['review']}")
