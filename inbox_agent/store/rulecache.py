"""The compiled rules, kept on disk between starts.

Checking and compiling rules.yaml's few thousand regexes takes a quarter of a minute of CPU, at every start of the
agent and at every `classify`. Nearly all of it is the standard library parsing each pattern and generating its
code; the code itself is made again from its numbers in a blink (caseless.rebuild). So the first load of a
rules.yaml records what each pattern is made from, and keeps the loaded RuleSet with those numbers in CACHE_DIR;
the next start with the same rules reads that back in half a second.

The key is everything the loaded rules depend on: the rules file's bytes and path, the templates' names, sizes and
times, the source of the pure core that checks and compiles them and where it is installed, and the interpreter
(whose `re` code format changes between releases). Change any of them and the rules are checked and compiled
again. A cache that is missing, damaged, or cannot be written only costs the time: the agent never depends on it.
Old files for the same rules file and templates are removed when a new one is written.

The file is a pickle, which can run code when read: only a file the agent's own user owns, and that nobody else
can write, is read, in a folder made private to that user.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import logging
import os
import pickle
import re
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any, BinaryIO

from inbox_agent.core import caseless
from inbox_agent.core import rules as rules_module
from inbox_agent.core.rules import RuleSet, load_rules

log = logging.getLogger(__name__)

FORMAT = b"inbox-agent compiled rules 3\n"
_CORE = Path(rules_module.__file__).resolve().parent


def load(path: Path, templates_dir: Path | None, cache_dir: Path | None) -> RuleSet:
    """load_rules(path, templates_dir), from `cache_dir` when it holds these rules compiled (None: no cache)."""
    if cache_dir is None or not caseless.AVAILABLE:  # without the fast path, patterns are made by re.compile
        return load_rules(path, templates_dir)
    try:
        key = _key(path, templates_dir)
    except OSError:
        return load_rules(path, templates_dir)  # which names the file it cannot read, and the fix
    file = _file(path, templates_dir, cache_dir, key)
    found = _read(file, key)
    if found is not None:
        return found
    with caseless.recording() as recorded:
        loaded = load_rules(path, templates_dir)
    try:
        unchanged = _key(path, templates_dir) == key
    except OSError:
        unchanged = False
    if unchanged:  # not edited while it was loading: what was loaded is what the key says
        _write(file, key, loaded, recorded)
    return loaded


def kept(path: Path, templates_dir: Path | None, cache_dir: Path) -> bool:
    """Whether `cache_dir` holds these rules, compiled as they are now (for `check`)."""
    try:
        return _file(path, templates_dir, cache_dir, _key(path, templates_dir)).is_file()
    except OSError:
        return False


def _file(path: Path, templates_dir: Path | None, cache_dir: Path, key: str) -> Path:
    """Named for the rules file and templates folder it was made from (a new one replaces the old ones of the same
    pair, and two set-ups that share a folder do not replace each other's), then for its key."""
    made_from = f"{path.resolve()}\0{templates_dir.resolve() if templates_dir is not None else ''}"
    return cache_dir / f"rules-{_digest(made_from)[:12]}-{key[:40]}.cache"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


def _key(path: Path, templates_dir: Path | None) -> str:
    digest = hashlib.sha256(FORMAT)
    digest.update(f"{sys.version}\0{sys.implementation.cache_tag}\0{sys.maxunicode}\0".encode())
    digest.update(str(_CORE).encode("utf-8", "surrogateescape") + b"\0")  # the model's weights are found beside it
    for source in sorted(_CORE.glob("*.py")):
        digest.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
    digest.update(str(path.resolve()).encode("utf-8", "surrogateescape") + b"\0" + path.read_bytes() + b"\0")
    if templates_dir is not None and templates_dir.is_dir():
        digest.update(str(templates_dir.resolve()).encode("utf-8", "surrogateescape") + b"\0")
        for template in sorted(templates_dir.rglob("*")):
            found = template.stat()
            name = str(template.relative_to(templates_dir))
            digest.update(f"{name}\0{found.st_size}\0{found.st_mtime_ns}\0".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _read(file: Path, key: str) -> RuleSet | None:
    try:
        with file.open("rb") as handle:
            found = os.fstat(handle.fileno())
            if found.st_uid != os.getuid() or found.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
                log.warning(
                    "ignoring the compiled rules in %s: another user owns it or can write it; "
                    "delete it, and set CACHE_DIR to a folder only the agent's user can write",
                    file,
                )
                return None
            if handle.read(len(FORMAT)) != FORMAT:
                raise ValueError("not a rules cache")
            with gzip.GzipFile(fileobj=handle, mode="rb") as stream:
                stored, loaded, forms = pickle.load(stream)
    except FileNotFoundError:
        return None
    except Exception as exc:  # unreadable, damaged, cut short or foreign: a cache miss, whatever the reason
        reason = str(exc) or exc.__class__.__name__
        log.warning("the compiled rules in %s cannot be used (%s); compiling them again", file, reason)
        return None
    if stored != key or not isinstance(loaded, RuleSet):
        return None
    caseless.remember(forms)
    log.debug("read the compiled rules from %s", file)
    return loaded


class _Pickler(pickle.Pickler):
    """Pickles a recorded pattern as what it is made from; any other, as re does (its text, compiled again)."""

    def __init__(self, file: Any, recorded: caseless.Recording) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.recorded = recorded
        self.unrecorded = 0

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, re.Pattern):
            built = self.recorded.of(obj)
            if built is not None:
                return caseless.rebuild, (built._replace(code=bytearray(built.code)),)  # emptied once rebuilt
            self.unrecorded += 1
        return NotImplemented


def dump(handle: BinaryIO, key: str, loaded: RuleSet, recorded: caseless.Recording) -> int:
    """Write the cache file's bytes (streamed through gzip, so that the uncompressed pickle, four times the file, is
    never held whole); how many of its patterns were not recorded, and so will be compiled again from their text."""
    forms = {pattern: form for pattern, form in caseless.forms().items() if pattern in recorded.made}
    handle.write(FORMAT)
    with gzip.GzipFile(fileobj=handle, mode="wb", compresslevel=3, mtime=0) as stream:
        pickler = _Pickler(stream, recorded)
        pickler.dump((key, loaded, forms))
    return pickler.unrecorded


def _write(file: Path, key: str, loaded: RuleSet, recorded: caseless.Recording) -> None:
    temporary: Path | None = None
    try:
        file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # a new file of an unguessable name (0600, O_EXCL): nothing planted in a shared folder is written through
        handle, name = tempfile.mkstemp(dir=file.parent, prefix=f"{file.name}.", suffix=".tmp")
        temporary = Path(name)
        with open(handle, "wb") as out:
            dump(out, key, loaded, recorded)
        os.replace(temporary, file)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError, OSError) as exc:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            log.warning(
                "cannot keep the compiled rules in %s (%s): every start compiles them again, about 15 seconds. "
                "Set CACHE_DIR to a folder the agent's user can write, or CACHE_DIR=off",
                file.parent,
                exc.strerror,
            )
        else:  # a fault here, never the Clerk's
            log.warning("cannot keep the compiled rules (%s); every start compiles them again", exc)
        return
    log.debug("kept the compiled rules in %s", file)
    prefix = file.name[: file.name.rindex("-") + 1]
    for old in file.parent.glob(f"{prefix}*.cache"):
        if old != file:
            with contextlib.suppress(OSError):
                old.unlink(missing_ok=True)
