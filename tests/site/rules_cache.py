"""load_rules remembered for the whole test run: in the pytest process, and in every agent subprocess the tests start.

Loading rules.yaml parses, checks and compiles some 3,000 regexes: seven seconds of CPU. The suite runs the agent as a
subprocess a few hundred times, and each of those loaded the same file afresh: most of the suite's time. So:
- in the pytest process, a successful load is kept in memory, keyed by the file's path and bytes and by the templates
  (names and contents): each test module that loads the same file gets the same RuleSet, as before;
- that RuleSet is also pickled into the folder named by INBOX_AGENT_TEST_RULES_CACHE, where a subprocess with the
  same key takes it (sitecustomize.py beside this file installs that) instead of checking every regex again. Its
  regexes are compiled when first used, so a subprocess that reads three messages compiles the few dozen they need.
A RuleSet is frozen and a failed load is never kept, so every caller gets what load_rules would give it, errors
included: a changed or broken rules.yaml has another key and is loaded, and checked, for real.
"""

from __future__ import annotations

import copyreg
import hashlib
import os
import pickle
import re
import tempfile
from pathlib import Path
from typing import Any

import inbox_agent.core.rules

ENV = "INBOX_AGENT_TEST_RULES_CACHE"

_load_rules = inbox_agent.core.rules.load_rules
_loaded: dict[str, inbox_agent.core.rules.RuleSet] = {}
_from_disk = False  # True in the subprocesses: take a RuleSet the pytest process (or another subprocess) loaded


class CompiledOnUse:
    """A regex of a cached RuleSet, compiled by the first call on it (match, search, finditer, ...)."""

    __slots__ = ("_source", "_compiled")

    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(*self._source)
        return getattr(self._compiled, name)

    def __repr__(self) -> str:
        return f"re.compile({self._source[0]!r}, {self._source[1]!r})"

    def __reduce__(self) -> tuple[type, tuple[str | bytes, int]]:
        return CompiledOnUse, self._source


def _key(path: Path, templates_dir: Path | None) -> str:
    """Raises OSError when the file or the templates cannot be read: load_rules then says why."""
    digest = hashlib.sha256(repr((path, templates_dir)).encode())
    digest.update(Path(path).read_bytes())
    if templates_dir is not None:
        for template in sorted(Path(templates_dir).rglob("*")):
            digest.update(b"\0" + str(template).encode() + b"\0")
            if template.is_file():
                digest.update(template.read_bytes())
    return digest.hexdigest()


def _read(key: str) -> inbox_agent.core.rules.RuleSet | None:
    folder = os.environ.get(ENV)
    if not (_from_disk and folder):
        return None
    try:
        data = (Path(folder) / f"{key}.pickle").read_bytes()
    except OSError:
        return None
    return pickle.loads(data)


def _write(key: str, rules: inbox_agent.core.rules.RuleSet) -> None:
    folder = os.environ.get(ENV)
    if not folder or not Path(folder).is_dir() or (Path(folder) / f"{key}.pickle").exists():
        return
    handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
    with os.fdopen(handle, "wb") as out:
        pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.dispatch_table = {**copyreg.dispatch_table, re.Pattern: lambda p: (CompiledOnUse, (p.pattern, p.flags))}
        pickler.dump(rules)
    os.replace(temporary, Path(folder) / f"{key}.pickle")  # whole or not at all, whichever process writes first


def load_rules_once(
    path: Path, templates_dir: Path | None = None, *, judging: bool = True
) -> inbox_agent.core.rules.RuleSet:
    if not judging:  # without the patterns a load is cheap: nothing to keep
        return _load_rules(path, templates_dir, judging=False)
    try:
        key = _key(path, templates_dir)
    except OSError:
        return _load_rules(path, templates_dir)
    rules = _loaded.get(key) or _read(key)
    if rules is None:
        rules = _load_rules(path, templates_dir)  # raises for a bad file: nothing is kept
        _write(key, rules)
    _loaded[key] = rules
    return rules


def install(from_disk: bool = False) -> None:
    """Before anything imports load_rules by name (conftest.py and sitecustomize.py run first)."""
    global _from_disk
    _from_disk = from_disk
    inbox_agent.core.rules.load_rules = load_rules_once
