"""Labelled mail for `rules test`: a folder of DIR/<category>/*.eml, or the Clerk's own corrections, scored with
core/evaluate.py. Here is only the reading of files; the scoring itself is pure."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path

from inbox_agent.app.actions import CORRECTIONS, corrections
from inbox_agent.core.evaluate import Assessment, assess
from inbox_agent.core.rules import RuleSet
from inbox_agent.errors import AgentError


def message_files(paths: Sequence[str]) -> list[Path]:
    """Files named, and the files in folders named (recursively, sorted); a missing path is an AgentError."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file()))
        elif path.is_file():
            found.append(path)
        else:
            raise AgentError(
                f"{name}: no such file or folder", fix="give the path of a message file (.eml) or a folder of them"
            )
    return found


def _label(path: Path, root: Path, names: Collection[str]) -> str | None:
    """A file's label is the name of the category folder it sits in."""
    for part in path.relative_to(root).parts[:-1]:
        if part in names:
            return part
    return None


def labelled_folder(folder: str | None, categories: Collection[str]) -> list[tuple[Path, str]]:
    """(file, category) for every .eml under DIR/<category>/."""
    if not folder:
        raise AgentError(
            "rules test needs a folder, or --corrections", fix="e.g. python run.py rules test tests/corpus"
        )
    root = Path(folder)
    if not root.is_dir():
        raise AgentError(
            f"{root}: no such folder", fix="give a folder with one subfolder per category, e.g. tests/corpus"
        )
    found = []
    for path in message_files([str(root)]):
        expected = _label(path, root, categories)
        if expected is not None and path.suffix == ".eml":
            found.append((path, expected))
    return found


def labelled_corrections(data_dir: Path, categories: Collection[str]) -> list[tuple[Path, str]]:
    """The Clerk's corrections (made by `cases reclassify`) in categories rules.yaml still has."""
    found = [(p, c) for p, c in corrections(data_dir) if c in categories]
    if not found:
        raise AgentError(
            f"no corrections in {data_dir / CORRECTIONS} yet",
            fix="they are made by 'python run.py cases reclassify REF CATEGORY --note ...'",
        )
    return found


def assess_files(rules: RuleSet, labelled: Iterable[tuple[Path, str]], own_addresses: frozenset[str]) -> Assessment:
    """Score the rules on labelled files, read one at a time."""

    def samples() -> Iterator[tuple[str, str, bytes]]:
        for path, expected in labelled:
            yield str(path), expected, path.read_bytes()

    return assess(rules, samples(), own_addresses)
