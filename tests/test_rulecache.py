"""The compiled rules kept between starts (inbox_agent/store/rulecache.py): read back the same, and never trusted
when anything they were made from has changed, is damaged, or could have been written by someone else."""

from __future__ import annotations

import io
import logging
import os
import re
import shutil
import stat
from pathlib import Path

import pytest
import rules_cache  # tests/site: the suite's own memory of loaded rules, which this module goes around
from conftest import ROOT

from inbox_agent.config import load_settings
from inbox_agent.core import caseless
from inbox_agent.core.normalise import parse
from inbox_agent.core.rules import RuleSet, decide
from inbox_agent.core.screen import screen
from inbox_agent.errors import RulesError
from inbox_agent.store import rulecache

SMALL_RULES = """
  - id: t-threat
    category: threat
    weight: 2
    regex: ['\\bi know where (you|u) live\\b']
  - id: t-complaint
    category: complaint
    weight: 2
    regex: ['nothing (has|have) (been|got) done']
"""


@pytest.fixture(autouse=True)
def real_loads(monkeypatch):
    """rulecache.load as the agent runs it: each miss checks and compiles the file (not the suite's memory)."""
    monkeypatch.setattr(rulecache, "load_rules", rules_cache._load_rules)


def small_rules(folder: Path, rules: str = SMALL_RULES) -> Path:
    """The shipped categories with two rules and no cue families: a load of a fraction of a second."""
    text = (ROOT / "rules.yaml").read_text()
    path = folder / "rules.yaml"
    path.write_text(text[: text.index("\nfuzzy:")] + "\nrules:\n" + rules)
    return path


def patterns(found: object, seen: set[int] | None = None) -> list[re.Pattern[str]]:
    """Every compiled regex a RuleSet holds, in a fixed order."""
    seen = set() if seen is None else seen
    if id(found) in seen or isinstance(found, (str, bytes, int, float, Path)) or found is None:
        return []
    seen.add(id(found))
    if isinstance(found, re.Pattern):
        return [found]
    if isinstance(found, dict):
        items: list[object] = [*found.keys(), *found.values()]
    elif isinstance(found, (list, tuple)):
        items = list(found)
    elif isinstance(found, (set, frozenset)):
        items = sorted(found, key=repr)
    else:
        items = list(vars(found).values()) if hasattr(found, "__dict__") else []
    return [p for item in items for p in patterns(item, seen)]


def refuse_to_compile(*args, **kwargs):
    raise AssertionError("the rules were compiled again, not read from the cache")


def cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("rules-*.cache"))


@pytest.fixture(scope="module")
def shipped(tmp_path_factory) -> tuple[RuleSet, Path]:
    """The shipped rules checked and compiled as at a first start (a quarter of a minute), and the cache it left."""
    cache = tmp_path_factory.mktemp("shipped") / "cache"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rulecache, "load_rules", rules_cache._load_rules)
        return rulecache.load(ROOT / "rules.yaml", ROOT / "templates", cache), cache


def test_the_shipped_rules_come_back_from_the_cache_the_same_and_decide_the_same(shipped, monkeypatch):
    fresh, cache = shipped
    (file,) = cache_files(cache)
    assert stat.S_IMODE(file.stat().st_mode) == 0o600 and stat.S_IMODE(cache.stat().st_mode) == 0o700

    monkeypatch.setattr(rulecache, "load_rules", refuse_to_compile)
    cached = rulecache.load(ROOT / "rules.yaml", ROOT / "templates", cache)
    assert isinstance(cached, RuleSet) and cached is not fresh
    before, after = patterns(fresh), patterns(cached)
    assert len(before) > 1000 and len(after) == len(before)
    # a Pattern equals another only with the same text, flags and compiled code
    assert [p for p, q in zip(before, after, strict=True) if p != q] == []

    files = sorted((ROOT / "tests" / "corpus").rglob("*.eml"))[::25]
    assert len(files) > 100
    for path in files:
        message = parse(path.read_bytes())
        one, other = decide(fresh, message, screen(message)), decide(cached, message, screen(message))
        assert one == other, path.name


def test_the_cache_file_holds_every_pattern_as_compiled_code_not_text_to_compile_again(tmp_path):
    with caseless.recording() as recorded:
        loaded = rules_cache._load_rules(small_rules(tmp_path))
    handle = io.BytesIO()
    assert rulecache.dump(handle, "key", loaded, recorded) == 0
    assert handle.getvalue().startswith(rulecache.FORMAT)
    assert len(recorded.built) >= 2 * len(patterns(loaded)) > 0  # each regex and its caseless form


def test_an_edited_rules_file_is_compiled_again_and_its_old_copy_removed(tmp_path, monkeypatch):
    cache, path = tmp_path / "cache", small_rules(tmp_path)
    first = rulecache.load(path, ROOT / "templates", cache)
    assert [r.id for r in first.rules] == ["t-threat", "t-complaint"]
    (old,) = cache_files(cache)

    path.write_text(
        path.read_text() + "  - id: t-abusive\n    category: abusive\n    weight: 2\n    phrases: [numpty]\n"
    )
    second = rulecache.load(path, ROOT / "templates", cache)
    assert [r.id for r in second.rules] == ["t-threat", "t-complaint", "t-abusive"]
    (new,) = cache_files(cache)
    assert new != old and not old.exists()

    monkeypatch.setattr(rulecache, "load_rules", refuse_to_compile)
    assert [r.id for r in rulecache.load(path, ROOT / "templates", cache).rules][-1] == "t-abusive"


def test_a_changed_template_or_core_module_or_a_move_changes_the_key(tmp_path, monkeypatch):
    path, templates = small_rules(tmp_path), tmp_path / "templates"
    templates.mkdir()
    (templates / "ack.txt.j2").write_text("Dear {{ name }}")
    key = rulecache._key(path, templates)
    (templates / "ack.txt.j2").write_text("Dear {{ name }}, thank you")
    assert rulecache._key(path, templates) != key

    key = rulecache._key(path, templates)
    core = tmp_path / "core"
    core.mkdir()
    for source in rulecache._CORE.glob("*.py"):
        (core / source.name).write_bytes(source.read_bytes())
    monkeypatch.setattr(rulecache, "_CORE", core)
    moved = rulecache._key(path, templates)
    assert moved != key  # installed elsewhere: the model's weights the rules name are elsewhere too
    (core / "rules.py").write_bytes((core / "rules.py").read_bytes() + b"\n# changed\n")
    assert rulecache._key(path, templates) not in (key, moved)


def test_a_damaged_cache_is_compiled_again_with_a_warning_not_a_failure(tmp_path, caplog):
    cache, path = tmp_path / "cache", small_rules(tmp_path)
    rulecache.load(path, ROOT / "templates", cache)
    (file,) = cache_files(cache)
    file.write_bytes(file.read_bytes()[:-200])  # a disk that filled up, a copy cut short
    with caplog.at_level(logging.WARNING, logger=rulecache.__name__):
        loaded = rulecache.load(path, ROOT / "templates", cache)
    assert [r.id for r in loaded.rules] == ["t-threat", "t-complaint"]
    assert "cannot be used" in caplog.text and str(file) in caplog.text
    rulecache._read(file, rulecache._key(path, ROOT / "templates"))  # written again, whole
    assert rulecache._read(file, rulecache._key(path, ROOT / "templates")) is not None


def test_a_cache_file_others_can_write_is_never_read(tmp_path, caplog, monkeypatch):
    cache, path = tmp_path / "cache", small_rules(tmp_path)
    rulecache.load(path, ROOT / "templates", cache)
    (file,) = cache_files(cache)
    file.chmod(0o666)  # anyone could have put a pickle there, and a pickle runs code when read
    with caplog.at_level(logging.WARNING, logger=rulecache.__name__):
        assert rulecache._read(file, rulecache._key(path, ROOT / "templates")) is None
    assert "another user owns it or can write it" in caplog.text

    file.chmod(0o600)
    uid = os.getuid()
    monkeypatch.setattr(rulecache.os, "getuid", lambda: uid + 1)  # as if another user owned it
    assert rulecache._read(file, rulecache._key(path, ROOT / "templates")) is None


def test_a_cache_folder_that_cannot_be_written_costs_time_and_says_how_to_fix_it(tmp_path, caplog):
    path, blocked = small_rules(tmp_path), tmp_path / "a-file"
    blocked.write_text("not a folder")
    with caplog.at_level(logging.WARNING, logger=rulecache.__name__):
        loaded = rulecache.load(path, ROOT / "templates", blocked / "cache")
    assert [r.id for r in loaded.rules] == ["t-threat", "t-complaint"]
    assert "cannot keep the compiled rules" in caplog.text and "CACHE_DIR" in caplog.text
    assert list(tmp_path.rglob("*.tmp")) == []


def test_a_broken_rules_file_is_never_cached(tmp_path):
    cache = tmp_path / "cache"
    path = small_rules(tmp_path, SMALL_RULES.replace("category: complaint", "category: grumble"))
    with pytest.raises(RulesError, match="grumble"):
        rulecache.load(path, ROOT / "templates", cache)
    assert not cache.exists() or cache_files(cache) == []


def test_cache_dir_is_the_users_cache_folder_unless_set_or_off(tmp_path):
    def cache_dir(**environ: str) -> Path | None:
        return load_settings(None, environ=environ).cache_dir

    assert cache_dir(HOME="/home/clerk") == Path("/home/clerk/.cache/inbox-agent")
    assert cache_dir(HOME="/home/clerk", XDG_CACHE_HOME="/srv/cache") == Path("/srv/cache/inbox-agent")
    assert cache_dir(HOME="/home/clerk", CACHE_DIR="off") is None
    assert cache_dir(CACHE_DIR=str(tmp_path / "c")) == tmp_path / "c"
    assert cache_dir() is None  # no home (a system user under systemd): the unit files set CACHE_DIR


def test_classify_takes_the_compiled_rules_a_first_start_kept(shipped, agent):
    """As anyone runs it: a subprocess without the suite's memory of loaded rules, with CACHE_DIR set."""
    _, cache = shipped
    message = sorted((ROOT / "tests" / "corpus" / "threat").glob("*.eml"))[0]
    env = {"CACHE_DIR": str(cache), "LOG_LEVEL": "DEBUG", "INBOX_AGENT_TEST_RULES_CACHE": ""}
    found = agent("classify", str(message), env=env)
    assert found.returncode == 0, found.stderr
    assert "read the compiled rules from" in found.stderr and "kept the compiled rules" not in found.stderr
    assert ": threat (urgent)" in found.stdout
    assert len(cache_files(cache)) == 1


def test_a_rebuilt_pattern_equals_the_compiled_one_and_its_code_is_let_go():
    """Unpickling keeps every object it made until it ends: code kept in them would be held twice, 100 MB more."""
    with caseless.recording() as recorded:
        compiled = caseless.compile_both(r"(?<!\w)(?:kill|hurt|burn) (you|him|her)\b")
    built = recorded.of(compiled)
    assert built is not None and len(built.code) > 0
    consumed = built._replace(code=bytearray(built.code))
    again = caseless.rebuild(consumed)
    assert again == compiled and again is not compiled  # the same text, flags and code
    assert len(consumed.code) == 0 and len(built.code) > 0  # a bytearray is emptied; the recording keeps its own
    assert [m.span() for m in again.finditer("I will Kill you. burn her")] == [(7, 15), (17, 25)]


def test_two_set_ups_sharing_a_cache_folder_keep_their_own_copies(tmp_path, monkeypatch):
    """The same rules file with the council's own templates beside the shipped ones (the board and the agent, say):
    neither start throws the other's compiled rules away."""
    cache, path, own = tmp_path / "cache", small_rules(tmp_path), tmp_path / "own-templates"
    shutil.copytree(ROOT / "templates", own)
    rulecache.load(path, ROOT / "templates", cache)
    rulecache.load(path, own, cache)
    assert len(cache_files(cache)) == 2
    monkeypatch.setattr(rulecache, "load_rules", refuse_to_compile)
    assert [r.id for r in rulecache.load(path, ROOT / "templates", cache).rules] == ["t-threat", "t-complaint"]
    assert [r.id for r in rulecache.load(path, own, cache).rules] == ["t-threat", "t-complaint"]


def test_nothing_planted_in_a_shared_cache_folder_is_written_through(tmp_path):
    """Links left where the file, or a temporary file of a guessable name, would go: the agent writes its own new
    files and replaces the link, never the file it points at."""
    cache, path = tmp_path / "cache", small_rules(tmp_path)
    cache.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("the Clerk's own file")
    file = rulecache._file(path, ROOT / "templates", cache, rulecache._key(path, ROOT / "templates"))
    file.symlink_to(victim)
    file.with_name(f"{file.name}.{os.getpid()}.tmp").symlink_to(victim)
    rulecache.load(path, ROOT / "templates", cache)
    assert victim.read_text() == "the Clerk's own file"
    assert file.is_file() and not file.is_symlink()
    assert rulecache._read(file, rulecache._key(path, ROOT / "templates")) is not None
