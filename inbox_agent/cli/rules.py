"""`rules check` and `rules test`: validate rules.yaml, and score it on labelled mail."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from typing import cast

from inbox_agent.app.corpus import assess_files, labelled_corrections, labelled_folder
from inbox_agent.app.root import Application
from inbox_agent.cli.common import Commands, application
from inbox_agent.core.evaluate import as_json, report
from inbox_agent.core.rules import RuleSet
from inbox_agent.errors import RulesError


def register(commands: Commands) -> None:
    rules = commands.add_parser("rules", help="check rules.yaml")
    rules_commands = rules.add_subparsers(dest="rules_command", required=True, metavar="ACTION")
    rules_commands.add_parser("check", help="validate rules.yaml and report every problem with its line")
    rules_test = rules_commands.add_parser("test", help="score the rules on labelled mail: DIR/<category>/*.eml")
    rules_test.add_argument("dir", metavar="DIR", nargs="?", help="e.g. tests/corpus or tests/corpus-heldout")
    rules_test.add_argument(
        "--corrections",
        action="store_true",
        help="score on the Clerk's corrections (DATA_DIR/corrections), made by 'cases reclassify'",
    )
    rules_test.add_argument("--json", action="store_true", help="the scores and the misclassified files as JSON")
    rules_test.add_argument(
        "--without-model", action="store_true", help="the rules alone, without the learned second opinion"
    )
    rules.set_defaults(func=cmd_rules)


def cmd_rules(args: argparse.Namespace) -> int:
    app = application(args)
    try:
        rules = app.rules
    except RulesError as exc:
        problems = cast(list[tuple[int, str, str]], exc.context.get("problems") or [(0, exc.problem, exc.fix)])
        for line, problem, fix in problems:
            where = (
                f"{app.settings.rules_file}, line {line}: "
                if line and not problem.startswith(str(app.settings.rules_file))
                else ""
            )
            print(f"{where}{problem}; fix: {fix}", file=sys.stderr)
        return 2
    if args.rules_command == "test":
        return _test(args, app, rules)
    print(f"{app.settings.rules_file}: OK, {len(rules.rules)} rules in {len(rules.categories)} categories")
    _describe(rules)
    return 0


def _test(args: argparse.Namespace, app: Application, rules: RuleSet) -> int:
    if args.without_model:  # the rules alone, to see what the learned second opinion adds
        rules = dataclasses.replace(rules, model=None)
    labelled = (
        labelled_corrections(app.settings.data_dir, rules.categories)
        if args.corrections
        else labelled_folder(args.dir, rules.categories)
    )
    result = assess_files(rules, labelled, app.settings.own_addresses)
    wrong = [m.as_json() for m in result.misclassified]
    if args.json:
        shown = {**as_json(result.scores), "misclassified": wrong, "reviewed": result.reviewed}
        print(json.dumps({**shown, "unfired": list(result.unfired)}, indent=2))
        return 0
    print(report(result.scores))
    print(f"sent to the Clerk's review: {result.reviewed}")
    unfired = result.unfired
    names = f": {', '.join(unfired)}" if 0 < len(unfired) <= 20 else " (--json lists them)" if unfired else ""
    print(f"rules no message here fired: {len(unfired)} of {len(rules.rules)}{names}")
    if wrong:
        print(f"\nmisclassified ({len(wrong)}):")
        for w in wrong:
            hits = ", ".join(f"{h['rule']} {h['matched']!r}" for h in w["top_hits"]) or "no hits"
            seen = "  (to review)" if w["review"] else ""
            print(f"  {w['path']}: {w['expected']} -> {w['decided']}{seen}  [{hits}]")
    return 0


def _describe(rules: RuleSet) -> None:
    """What the reports and the replies do with each category, as rules.yaml says it: one line per behaviour."""
    print(f"  format version {rules.version}; what each category does:")
    for group in rules.groups:
        members = [n for n, c in rules.categories.items() if c.group == group.key]
        print(f"  {group.label} ({group.colour}, {group.pattern}): {', '.join(members)}")
    print(f"  in the weekly digest: {', '.join(rules.digest_categories(False))}")
    optional = [n for n, c in rules.categories.items() if c.digest == "optional"]
    if optional:
        print(f"  with DIGEST_INCLUDE_COMPLAINTS=yes, also: {', '.join(optional)}")
    owed = [f"{n} {c.reply_days}" for n, c in rules.categories.items() if c.reply_days]
    print(f"  a reply owed, in working days: {', '.join(owed) or 'none'}; by law: ", end="")
    print(", ".join(n for n, c in rules.categories.items() if c.deadline) or "none")
    modes = {m: [n for n, c in rules.categories.items() if c.acknowledge == m] for m in ("auto", "hold", "never")}
    print("  acknowledged: " + "; ".join(f"{m}: {', '.join(names) or '-'}" for m, names in modes.items()))
