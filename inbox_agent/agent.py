"""The long-running agent: a schedule loop that polls, and stops cleanly on SIGINT or SIGTERM.

The store is opened for each cycle and closed after it, so the Clerk's commands can change cases
between polls while the agent lock keeps any second agent away.
"""

from __future__ import annotations

import logging
import signal
import threading
from typing import Any, Callable

import schedule

from .config import Settings
from .errors import AgentError
from .pipeline import Clock, Pipeline, PollReport, utc_now
from .render import Renderer
from .rules import RuleSet
from .store import Store

log = logging.getLogger(__name__)


STORE_WAIT = 300.0  # a Clerk's command in progress is short; wait for it rather than skip a poll


class Agent:
    def __init__(self, settings: Settings, rules: RuleSet, source_factory: Callable[[], Any], transport: Any,
                 clock: Clock = utc_now) -> None:
        self.settings = settings
        self.rules = rules
        self.renderer = Renderer(settings)
        self.source_factory = source_factory
        self.transport = transport
        self.clock = clock
        self.poll_seconds = settings.poll_seconds
        self.stopping = threading.Event()
        self.scheduler = schedule.Scheduler()
        self.errors = 0
        self._last_error = ""

    def poll_once(self) -> PollReport:
        with Store(self.settings.data_dir, wait=STORE_WAIT) as store, self.source_factory() as source:
            pipeline = Pipeline(self.settings, store, self.rules, self.renderer, self.clock, should_stop=self.stopping.is_set)
            report = pipeline.poll(source, self.transport)
        interesting = {k: v for k, v in report.counts.items() if k != "already_seen"}
        if interesting or any(report.delivery.values()):
            log.info("poll: %s; mail: %s", _fmt(interesting), _fmt(report.delivery))
        return report

    def _guarded(self, name: str, job: Callable[[], Any]) -> Callable[[], None]:
        """A failing job is logged and counted, never fatal; the same error is logged once, not every minute."""
        def run() -> None:
            try:
                job()
            except AgentError as exc:
                self.errors += 1
                if str(exc) != self._last_error:
                    log.error("%s: %s", name, exc)
                    self._last_error = str(exc)
                return
            except Exception:  # a bug: keep running, but leave the traceback for the report
                self.errors += 1
                log.exception("%s failed unexpectedly", name)
                return
            if self._last_error:
                log.info("%s: working again", name)
                self._last_error = ""
        return run

    def handle_signals(self) -> None:
        def stop(signum: int, _frame: Any) -> None:
            log.info("received %s: finishing the current message, then stopping", signal.Signals(signum).name)
            self.stopping.set()
        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)

    def run(self) -> None:
        self.handle_signals()
        poll = self._guarded("poll", self.poll_once)
        self.scheduler.every(self.poll_seconds).seconds.do(poll)
        log.info("agent started: polling every %ss", self.poll_seconds)
        poll()
        while not self.stopping.is_set():
            self.scheduler.run_pending()
            wait = self.scheduler.idle_seconds
            self.stopping.wait(timeout=max(0.1, min(wait if wait is not None else 1.0, 1.0)))
        log.info("agent stopped")


def _fmt(counts: dict[str, int]) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(counts.items()) if v) or "nothing"
