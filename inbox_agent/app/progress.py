"""Progress through a big backlog: a bar on a terminal, periodic log lines under systemd or cron."""

from __future__ import annotations

import logging
import sys
import time
from typing import Any, TextIO

log = logging.getLogger(__name__)

SHOW_FROM = 300  # a handful of messages needs no progress report
LOG_EVERY = 30.0  # seconds between progress lines when there is no terminal


class Progress:
    def __init__(self, total: int, *, stream: TextIO | None = None, label: str = "messages") -> None:
        self.total = total
        self.done = 0
        self.started = time.monotonic()
        self.last_log = self.started
        self.label = label
        self.bar: Any = None
        stream = stream or sys.stderr
        if total >= SHOW_FROM and stream.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="msg", desc=label, file=stream, dynamic_ncols=True)

    def advance(self, count: int = 1) -> None:
        self.done += count
        if self.bar is not None:
            self.bar.update(count)
            return
        now = time.monotonic()
        if self.total >= SHOW_FROM and now - self.last_log >= LOG_EVERY:
            self.last_log = now
            rate = self.done / max(now - self.started, 1e-6)
            left = (self.total - self.done) / rate if rate else 0
            log.info(
                "progress: %d of %d %s (%d%%), %.0f a second, about %s left",
                self.done,
                self.total,
                self.label,
                100 * self.done // max(self.total, 1),
                rate,
                _duration(left),
            )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{secs:02d}s"
