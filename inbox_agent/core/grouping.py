"""What rules.yaml says about how the reports treat each category, beside how it is classified: its `version`,
the summary's `groups` (label, colour, pattern) and each category's `group` and `digest` fields.

Kept out of the code so that a council can move a category between groups, or into its Clerk's digest, by editing
rules.yaml alone; `python run.py rules check` reports a mistake with its line and the fix.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from inbox_agent.core.models import Category, Group
from inbox_agent.errors import RulesError

VERSIONS = (1,)  # the rules.yaml formats this agent reads
DIGEST_MODES = ("always", "optional", "never")  # optional: only with DIGEST_INCLUDE_COMPLAINTS=yes
PATTERNS = ("hatch", "solid")
COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
GROUP_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
GROUP_KEYS = {"label", "colour", "pattern"}

Add = Callable[[int, str, str], None]  # (line, problem, fix), as rules.py collects every problem


def check_version(data: Mapping[str, Any], path: Path) -> int:
    """The format's version, first: a file written for another version would be misread field by field."""
    version = data.get("version")
    if version is None:
        raise RulesError(
            f"{path}, line 1: rules.yaml has no version",
            fix=f"add 'version: {VERSIONS[-1]}' at the top (this agent reads version {VERSIONS[-1]})",
        )
    if isinstance(version, bool) or version not in VERSIONS:
        raise RulesError(
            f"{path}, line {data.get('__line__', 1)}: rules.yaml version {version!r} is not one this agent reads",
            fix=f"write 'version: {VERSIONS[-1]}' and the fields that version has (see the shipped rules.yaml), "
            "or upgrade the agent",
        )
    return int(version)


def category_fields(spec: Mapping[str, Any], name: str, line: int, add: Add) -> dict[str, str]:
    """A category's `group` and `digest`, checked. A category that opens cases must say both: left out, its cases
    would silently vanish from the digest or the summary's chart. One that opens none needs neither."""
    if spec.get("case"):
        for key, fix in (
            ("group", "add group: NAME, one of the groups under 'groups:'"),
            ("digest", "add digest: always, optional (only with DIGEST_INCLUDE_COMPLAINTS=yes) or never"),
        ):
            if key not in spec:
                add(line, f"category {name!r} opens cases but has no {key}", fix)
    group, digest = str(spec.get("group", "")), spec.get("digest", "never")
    if digest not in DIGEST_MODES:
        add(
            line,
            f"category {name!r}: digest {digest!r} is not known",
            "write digest: always, optional (only with DIGEST_INCLUDE_COMPLAINTS=yes) or never",
        )
        digest = "never"
    return {"group": group, "digest": str(digest)}


def groups(raw: Any, categories: Mapping[str, Category], line: int, add: Add) -> tuple[Group, ...]:
    """The summary's groups, in the order rules.yaml lists them; every category's group must be one of them."""
    fix = 'write groups: {civility: {label: Civility and respect, colour: "#0072B2", pattern: hatch}, ...}'
    if not isinstance(raw, dict) or not [k for k in raw if k != "__line__"]:
        add(line, "'groups' is missing or empty: the council summary draws its chart by group", fix)
        return ()
    found = []
    for key, spec in raw.items():
        if key == "__line__":
            continue
        where: int = spec["__line__"] if isinstance(spec, dict) and "__line__" in spec else raw["__line__"]
        problem = _group_problem(key, spec)
        if problem:
            add(where, f"group {key!r}: {problem}", fix)
            continue
        found.append(Group(str(key), str(spec["label"]), str(spec["colour"]), str(spec.get("pattern", "solid"))))
    known = {g.key for g in found}
    for name, category in categories.items():
        if category.group and category.group not in known and found:
            add(line, f"category {name!r} names unknown group {category.group!r}", f"use one of {', '.join(known)}")
    return tuple(found)


def _group_problem(key: Any, spec: Any) -> str:
    if not isinstance(key, str) or not GROUP_KEY.match(key):
        return "a group's name is lower-case letters, digits and _"
    if not isinstance(spec, dict) or not isinstance(spec.get("label"), str):
        return "needs a label"
    unknown = set(spec) - GROUP_KEYS - {"__line__"}
    if unknown:
        return f"unknown field {sorted(unknown)[0]!r}"
    if not isinstance(spec.get("colour"), str) or not COLOUR.match(spec["colour"]):
        return f"colour {spec.get('colour')!r} is not a colour written #RRGGBB"
    if spec.get("pattern", "solid") not in PATTERNS:
        return f"pattern {spec.get('pattern')!r} is not known (use hatch or solid)"
    return ""
