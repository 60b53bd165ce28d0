"""load_rules remembered for the whole test run: in the pytest process, and in every agent subprocess the tests start.

Loading rules.yaml parses, checks and compiles some 6,000 regexes: twenty seconds of CPU. The suite runs the agent as a
subprocess a few hundred times, and each of those loaded the same file afresh: most of the suite's time. So:
- in the pytest process, a successful load is kept in memory, keyed by the file's path and bytes and by the templates
  (names and contents): each test module that loads the same file gets the same RuleSet, as before;
- that RuleSet is also pickled into the folder named by INBOX_AGENT_TEST_RULES_CACHE, where a subprocess with the
  same key takes it (sitecustomize.py beside this file installs that) instead of checking every regex again. Its
  regexes are made when first used, so a subprocess that reads three messages makes the few hundred they need, each
  from the code it compiled to (kept in a codes-*.bin file), not parsed again: a second of CPU a subprocess.
A RuleSet is frozen and a failed load is never kept, so every caller gets what load_rules would give it, errors
included: a changed or broken rules.yaml has another key and is loaded, and checked, for real.

Most such files are the shipped one with a line or two changed, and a subprocess that loaded one spent twenty seconds
of CPU on the regexes it shares with the shipped file. So the first load in a pytest process also keeps, in
patterns.pickle, what each regex compiled to and what the backtracking guard said of it; a subprocess loading a
changed file takes those, as a second load in one process takes them from its memo (rules._compiled, rules._risk),
and checks and compiles only the regexes that are new. A regex the file changes, or breaks, is not in it.
"""

from __future__ import annotations

import copyreg
import functools
import hashlib
import mmap
import os
import pickle
import re
import sys
import tempfile
from pathlib import Path
from typing import Any, NamedTuple

import inbox_agent.core.rules
from inbox_agent.core import caseless

ENV = "INBOX_AGENT_TEST_RULES_CACHE"

_load_rules = inbox_agent.core.rules.load_rules
_loaded: dict[str, inbox_agent.core.rules.RuleSet] = {}
_from_disk = False  # True in the subprocesses: take a RuleSet the pytest process (or another subprocess) loaded


class CompiledOnUse:
    """A regex of a cached RuleSet, compiled by the first call on it (match, search, finditer, ...): made again from
    what it compiled to where that is kept (caseless.rebuild, as the agent's rules cache does), else from its text."""

    __slots__ = ("_source", "_compiled")

    def __init__(self, pattern: str | bytes, flags: int, kept: caseless.Built | None = None) -> None:
        self._source = (pattern, flags, kept)
        self._compiled: re.Pattern | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            pattern, flags, kept = self._source
            self._compiled = re.compile(pattern, flags) if kept is None else _rebuilt(kept)
        return getattr(self._compiled, name)

    def __repr__(self) -> str:
        return f"re.compile({self._source[0]!r}, {self._source[1]!r})"

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return CompiledOnUse, self._source


class Code(NamedTuple):
    """Where a kept pattern's code words are: a slice of a file of them, read through mmap, so that a subprocess
    reads only the code of the few hundred patterns one message needs (all of it is some 80 MB)."""

    file: str
    offset: int
    length: int


_mapped: dict[str, mmap.mmap] = {}


def _rebuilt(kept: caseless.Built) -> re.Pattern[str]:
    code = kept.code
    if isinstance(code, Code):
        mapped = _mapped.get(code.file)
        if mapped is None:
            with open(code.file, "rb") as handle:
                mapped = _mapped[code.file] = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        code = mapped[code.offset : code.offset + code.length]
    return caseless.rebuild(kept._replace(code=code))


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
    code, rules, forms = pickle.loads(data)
    if code != _same_code():  # compiled by another interpreter or core: its code is not this one's to rebuild
        return None
    if forms and caseless.AVAILABLE:  # each caseless form, made from what it compiled to when first used
        caseless.remember({regex: None if form is None else CompiledOnUse(form.pattern, form.flags, form)
                           for regex, form in forms.items()})  # fmt: skip
    return rules


def _write(key: str, rules: inbox_agent.core.rules.RuleSet) -> None:
    folder = os.environ.get(ENV)
    if not folder or not Path(folder).is_dir() or (Path(folder) / f"{key}.pickle").exists():
        return
    built = {}
    forms: dict[str, caseless.Built | None] = {}
    if _patterns is not None:  # set only where this interpreter and core made them
        for regex, (plain, form, none) in _patterns.items():
            built[(plain.pattern, plain.flags)] = plain
            if form is not None or none:
                forms[regex] = form
    handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
    with os.fdopen(handle, "wb") as out:
        pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.dispatch_table = {
            **copyreg.dispatch_table,
            re.Pattern: lambda p: (CompiledOnUse, (p.pattern, p.flags, built.get((p.pattern, p.flags)))),
        }
        pickler.dump((_same_code(), rules, forms))
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
        _take_patterns()
        if _patterns is None and not _from_disk:
            rules = _load_and_keep_patterns(path, templates_dir)
        else:
            rules = _load_rules(path, templates_dir)  # raises for a bad file: nothing is kept
        _write(key, rules)
    _loaded[key] = rules
    return rules


PATTERNS = "patterns.pickle"
_taken = False
_patterns: dict[str, tuple[caseless.Built, caseless.Built | None, bool]] | None = None  # regex: plain, form, no form


@functools.cache
def _same_code() -> str:
    """What the kept patterns depend on: the interpreter (re's code format) and the code that parses and checks them."""
    core = Path(inbox_agent.core.rules.__file__).parent
    digest = hashlib.sha256(f"{sys.version}\0{caseless.AVAILABLE}\0".encode())
    for name in ("caseless.py", "backtracking.py", "rules.py"):
        digest.update((core / name).read_bytes())
    return digest.hexdigest()


def _load_and_keep_patterns(path: Path, templates_dir: Path | None) -> inbox_agent.core.rules.RuleSet:
    """A real load, recorded: what each regex compiled to, and the guard's verdict on it, go to patterns.pickle once."""
    global _patterns
    folder = os.environ.get(ENV)
    if not folder or not caseless.AVAILABLE or (Path(folder) / PATTERNS).exists():
        return _load_rules(path, templates_dir)
    risks: dict[str, str | None] = {}
    real_risk = inbox_agent.core.rules._risk

    def risk(regex: str) -> str | None:
        found = risks[regex] = real_risk(regex)
        return found

    inbox_agent.core.rules._risk = risk
    try:
        with caseless.recording() as recorded:
            rules = _load_rules(path, templates_dir)
    finally:
        inbox_agent.core.rules._risk = real_risk
    handle, codes = tempfile.mkstemp(dir=folder, prefix="codes-", suffix=".bin")  # never rewritten under a reader
    patterns = {}
    with os.fdopen(handle, "wb") as out:

        def kept(built: caseless.Built) -> caseless.Built:
            at = out.tell()
            out.write(built.code)
            return built._replace(code=Code(codes, at, len(built.code)))

        for regex, plain in recorded.made.items():
            built, form = recorded.of(plain), caseless.forms().get(regex)
            form_built = None if form is None else recorded.of(form)
            if built is not None:
                patterns[regex] = (kept(built), None if form_built is None else kept(form_built), form is None)
    handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
    with os.fdopen(handle, "wb") as out:
        pickle.dump((_same_code(), patterns, risks), out, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(temporary, Path(folder) / PATTERNS)
    # Recording went round the memo, so it holds none of these: the next load here takes them as a subprocess would.
    _remembered(dict(recorded.made), risks)
    _patterns = patterns
    return rules


def _remembered(made: dict[str, re.Pattern[str]] | Any, risks: dict[str, str | None]) -> None:
    """rules._compiled and rules._risk, answering from `made` and `risks` first (a mapping, or a function of a regex
    that gives None for one it does not hold)."""
    real_compiled, real_risk = inbox_agent.core.rules._compiled, inbox_agent.core.rules._risk
    get = made.get if isinstance(made, dict) else made

    def compiled(regex: str) -> re.Pattern[str]:
        found = get(regex)
        return real_compiled(regex) if found is None else found

    inbox_agent.core.rules._compiled = compiled
    inbox_agent.core.rules._risk = lambda regex: risks[regex] if regex in risks else real_risk(regex)


def _take_patterns() -> None:
    """Before a subprocess's first real load: the regexes the pytest process compiled and checked, compiled and checked
    already (as rules._compiled and rules._risk remember them in one process)."""
    global _taken, _patterns
    folder = os.environ.get(ENV)
    if _taken or not folder or not caseless.AVAILABLE:
        return
    try:
        code, patterns, risks = pickle.loads((Path(folder) / PATTERNS).read_bytes())
    except OSError:
        return  # not made yet: the pytest process records its first load
    _taken = True
    if code != _same_code():
        return
    _patterns = patterns
    compiled: dict[str, re.Pattern[str]] = {}

    def taken(regex: str) -> re.Pattern[str] | None:
        found = compiled.get(regex)
        if found is None:
            kept = patterns.get(regex)
            if kept is None:
                return None
            built, form, none = kept
            found = compiled[regex] = _rebuilt(built)
            if form is not None or none:
                caseless.remember({regex: None if form is None else _rebuilt(form)})
        return found

    _remembered(taken, risks)


def install(from_disk: bool = False) -> None:
    """Before anything imports load_rules by name (conftest.py and sitecustomize.py run first)."""
    global _from_disk
    _from_disk = from_disk
    inbox_agent.core.rules.load_rules = load_rules_once
