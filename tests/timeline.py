"""The long-running agent in the test's own process, on a clock the test drives: minutes of polls and back-off
pass in the time the work takes, with no sleeping, and the same on a fast machine as on a slow one.

The servers stay real (Dovecot, aiosmtpd); only waiting is skipped. What the test does to them (deliver mail, stop
or start a server) is scripted at moments of the agent's time, and happens between two steps of its loop.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from inbox_agent.app.agent import Agent
from inbox_agent.config import load_settings
from inbox_agent.core.rules import RuleSet, load_rules
from inbox_agent.mail.imap import ImapSource
from inbox_agent.mail.outbox import SmtpTransport


class Timeline:
    """Monotonic and wall-clock time that advance only when the agent waits; scripted events fire on the way."""

    def __init__(self, start: datetime | None = None) -> None:
        self.start = start or datetime.now(UTC)
        self.elapsed = 0.0
        self.events: list[tuple[float, int, Callable[[], object]]] = []
        self.until = float("inf")
        self.done: Callable[[], bool] = lambda: False
        self.agent: Agent | None = None

    def monotonic(self) -> float:
        return self.elapsed

    def clock(self) -> datetime:
        return self.start + timedelta(seconds=self.elapsed)

    def at(self, seconds: float, action: Callable[[], object]) -> None:
        """Do `action` once the agent's time reaches `seconds` (in the order given, for equal times)."""
        self.events.append((seconds, len(self.events), action))
        self.events.sort(key=lambda event: event[:2])

    def pause(self, seconds: float) -> bool:
        """The agent waits `seconds`: time jumps, what falls due happens, and the agent stops at `until` or once
        `done` says so (as SIGTERM would stop it)."""
        assert self.agent is not None
        self.elapsed += seconds
        while self.events and self.events[0][0] <= self.elapsed:
            self.events.pop(0)[2]()
        if self.elapsed >= self.until or self.done():
            self.agent.stopping.set()
        return self.agent.stopping.is_set()

    def run(self, agent: Agent, seconds: float, done: Callable[[], bool] = lambda: False) -> None:
        """Run the agent's loop for `seconds` of its time from now, or until `done()`, as `run.py run` would run
        until SIGTERM."""
        self.agent, self.until, self.done = agent, self.elapsed + seconds, done
        agent.stopping.clear()
        agent.loop()


@functools.cache
def rules(path: Path, templates: Path | None) -> RuleSet:
    """Loaded once per test run: compiling and checking every rule takes seconds, and a RuleSet is not changed."""
    return load_rules(path, templates)


def agent_for(env: dict[str, str], timeline: Timeline, seed: int = 2026) -> Agent:
    """An Agent built as `run.py run` builds it (no IDLE: it waits on the timeline), with a seeded jitter."""
    settings = load_settings(None, environ={**env, "IMAP_IDLE": "no"}, need_imap=True, need_smtp=True)
    agent = Agent(
        settings,
        rules(settings.rules_file, settings.templates_dir),
        lambda: ImapSource(
            settings.imap, settings.folders, settings.max_message_bytes, None, settings.fetch_batch_bytes
        ),
        SmtpTransport(settings.smtp),
        clock=timeline.clock,
        monotonic=timeline.monotonic,
        pause=timeline.pause,
    )
    agent.rng = random.Random(seed)
    return agent
