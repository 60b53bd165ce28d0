"""What every command module shares: the application from `--env`, and safe terminal output of text from mail."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from inbox_agent.app.root import Application, default_env_file

# argparse's `add_subparsers()` result: what each command module registers its commands on.
Commands = Any


def env_file(args: argparse.Namespace) -> Path | None:
    return Path(args.env) if args.env else default_env_file()


def application(args: argparse.Namespace, *, need_imap: bool = False, need_smtp: bool = False) -> Application:
    return Application.load(env_file(args), need_imap=need_imap, need_smtp=need_smtp)


def printable(value: object) -> str:
    """Text from mail shown on a terminal: control and other non-printing characters (an escape sequence in a
    subject, a line break in a name, a right-to-left override) are shown escaped, as `quarantine show` shows them,
    so a message cannot rewrite the screen or hide what a line says."""
    text = str(value)
    return text if text.isprintable() else "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def show(text: str) -> None:
    """One line of a `show` view, escaped with printable()."""
    print(printable(text))


def table(rows: list[dict[str, Any]], columns: list[tuple[str, str]]) -> str:
    """A plain aligned table: readable in a terminal, in an email, and in a log. Cells are escaped (printable())."""
    cells = [[printable(row.get(key, "")) for key, _ in columns] for row in rows]
    widths = [max([len(title), *(len(c[i]) for c in cells)]) for i, (_, title) in enumerate(columns)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()  # noqa: E731
    return "\n".join([line([t for _, t in columns]), line(["-" * w for w in widths]), *(line(c) for c in cells)])


def counts_line(counts: dict[str, int], delivery: dict[str, int]) -> str:
    """A poll's outcome in one line: 'messages: 2 filed; outgoing mail: 1 sent'."""
    parts = [f"{v} {k.replace('_', ' ')}" for k, v in sorted(counts.items()) if v]
    mail = [f"{v} {k}" for k, v in sorted(delivery.items()) if v]
    return f"messages: {', '.join(parts) or 'nothing new'}; outgoing mail: {', '.join(mail) or 'none'}"
