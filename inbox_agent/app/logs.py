"""Logging for a service nobody watches: one line per event, on stderr (for journald) and in a rotated file.

A record's newlines are escaped so that one event is one line, whatever text or traceback it carries:
a subject line with a CR/LF in it cannot forge a second log entry, and `grep` sees each event whole.
Only the agent (`run`, `poll`), which holds the agent lock, writes the file, so no two processes rotate it.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys

from inbox_agent.config import Settings

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")


class OneLineFormatter(logging.Formatter):
    """One event, one line; and no member of the public's address, whatever a server's error message quotes, so
    that a log file never needs searching after an erasure request. The council's own addresses stay readable."""

    def __init__(self, fmt: str | None = None, keep: frozenset[str] = frozenset()) -> None:
        super().__init__(fmt)
        self.keep = frozenset(a.lower() for a in keep)

    def _address(self, match: re.Match[str]) -> str:
        address = match.group(0)
        return address if address.lower() in self.keep else "<address>"

    def format(self, record: logging.LogRecord) -> str:
        line = _ADDRESS.sub(self._address, super().format(record))
        return line.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")


class RotatingFile(logging.handlers.RotatingFileHandler):
    """A full disk must not print logging's own multi-line traceback for every record: one warning, then quiet."""

    _warned = False

    def handleError(self, record: logging.LogRecord) -> None:
        if not self._warned:
            self._warned = True
            print(
                f"WARNING: cannot write the log file {self.baseFilename}; until it can be, events are on stderr only. "
                "Fix: free space in DATA_DIR, or set LOG_FILE",
                file=sys.stderr,
            )


def configure(settings: Settings, *, to_file: bool = False) -> None:
    formatter = OneLineFormatter(FORMAT, keep=settings.own_addresses | {settings.imap.user, settings.smtp.user})
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    if to_file and settings.log_file is not None:
        try:
            settings.log_file.parent.mkdir(parents=True, exist_ok=True)
            handlers.append(
                RotatingFile(
                    settings.log_file,
                    maxBytes=settings.log_file_bytes,
                    backupCount=settings.log_file_count,
                    encoding="utf-8",
                )
            )
        except OSError as exc:  # a log file is a convenience; the agent's work must not depend on it
            print(
                f"WARNING: cannot write the log file {settings.log_file} ({exc.strerror}); logging to stderr only. "
                "Fix: set LOG_FILE to a writable path, or LOG_FILE=off",
                file=sys.stderr,
            )
    for handler in handlers:
        handler.setFormatter(formatter)
    logging.basicConfig(level=settings.log_level, handlers=handlers, force=True)
