"""The long-running agent: a schedule loop that polls, and stops cleanly on SIGINT or SIGTERM.

The store is opened for each cycle and closed after it, so the Clerk's commands can change cases
between polls while the agent lock keeps any second agent away.
"""

from __future__ import annotations

import logging
import random
import signal
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

import schedule

from inbox_agent.app.pipeline import Clock, Pipeline, PollReport, add_counts, utc_now
from inbox_agent.app.privacy import apply_retention, retention_due
from inbox_agent.app.systemd import notify
from inbox_agent.config import Settings
from inbox_agent.core.digest import digest_due
from inbox_agent.core.rules import RuleSet
from inbox_agent.errors import AgentError
from inbox_agent.mail.outbox import Transport
from inbox_agent.reports.jobs import compose_digest, digest_sent, queue_digest
from inbox_agent.reports.render import Renderer
from inbox_agent.store.database import Store
from inbox_agent.store.health import poll_outcome, read_health, record

log = logging.getLogger(__name__)


STORE_WAIT = 300.0  # a Clerk's command in progress is short; wait for it rather than skip a poll
BACKOFF_FIRST, BACKOFF_CAP = 5.0, 300.0
HEARTBEAT_SECONDS = 30.0


def retry_delay(failures: int, poll_seconds: float, rng: random.Random) -> float:
    """Seconds to the next poll: the poll interval when all is well; after failures, exponential back-off with
    jitter from 5 seconds, capped at five minutes (and never longer than a normal interval would be, if that is
    longer)."""
    if failures <= 0:
        return poll_seconds
    base = min(BACKOFF_CAP, BACKOFF_FIRST * 2 ** (failures - 1))
    return max(1.0, base * (0.5 + rng.random()))


class Agent:
    def __init__(
        self,
        settings: Settings,
        rules: RuleSet,
        source_factory: Callable[[], Any],
        transport: Transport | None,
        clock: Clock = utc_now,
        watch_factory: Callable[[], Any] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        pause: Callable[[float], object] | None = None,
    ) -> None:
        self.settings = settings
        self.rules = rules
        self.renderer = Renderer(settings)
        self.source_factory = source_factory
        self.watch_factory = watch_factory  # IMAP IDLE between polls, or None to poll on the interval only
        self._watch: Any = None
        self._watch_failures = 0
        self._watch_retry_at = 0.0
        self.transport = transport
        self.clock = clock
        self.poll_seconds = settings.poll_seconds
        self.stopping = threading.Event()
        # The loop's own time: when to poll, back off and beat. Injected with `clock`, so that a test can run
        # minutes of back-off in no time; `pause` waits between polls (without IDLE) and returns early on a stop.
        self.monotonic = monotonic
        self.pause = pause or self.stopping.wait
        self.scheduler = schedule.Scheduler()
        self.errors = 0
        self.failures = 0  # consecutive failed polls, for the back-off
        self.rng = random.Random()
        self._last_error = ""
        self._digest_state: tuple[str | None, datetime] | None = (
            None  # (last slot sent, first run), seen at the last poll
        )

    def poll_once(self, backfill_days: int = 0) -> PollReport:
        """One cycle: fetch and file, send, and queue the weekly digest if it is due (so cron users get it too)."""
        now = self.clock()
        try:
            with Store(self.settings.data_dir, wait=STORE_WAIT) as store, self.source_factory() as source:
                pipeline = Pipeline(
                    self.settings, store, self.rules, self.renderer, self.clock, should_stop=self.stopping.is_set
                )
                report = pipeline.poll(source, self.transport, backfill_days=backfill_days)
                if self._queue_digest_if_due(store):
                    report.count("digest_queued")
                    report.delivery = add_counts(report.delivery, pipeline.send(self.transport))
                if retention_due(now, self.settings.retention_time, store.get_meta("last_retention")):
                    removed = apply_retention(store, self.rules, now)  # once a day; commits on its own
                    store.set_meta("last_retention", now.isoformat())
                    store.commit()
                    if removed:
                        report.count("retention", len(removed))
                self._digest_state = (
                    store.get_meta("last_digest_slot"),
                    datetime.fromisoformat(store.get_meta("first_run")),
                )
        except Exception as exc:  # noqa: BLE001 - noted for `status` and the Clerk, then raised as before
            problem = str(exc) if isinstance(exc, AgentError) else f"{exc.__class__.__name__}: {exc}"
            self._tell_when_stuck(poll_outcome(self.settings.data_dir, now, problem[:400]), now)
            raise
        self._tell_when_stuck(poll_outcome(self.settings.data_dir, now), now)
        interesting = {k: v for k, v in report.counts.items() if k != "already_seen"}
        if interesting or any(report.delivery.values()):
            log.info("poll: %s; mail: %s", _fmt(interesting), _fmt(report.delivery))
        return report

    def _queue_digest_if_due(self, store: Store) -> bool:
        now = self.clock()
        first_run = store.get_meta("first_run")
        slot = digest_due(
            now,
            self.settings.digest_weekday,
            self.settings.digest_time,
            last_slot=store.get_meta("last_digest_slot"),
            since=datetime.fromisoformat(first_run) if first_run else now,
        )
        if slot is None:
            return False
        digest = compose_digest(store, self.settings, self.rules, now)
        queue_digest(store, self.settings, self.renderer, digest, now, label=slot.date().isoformat())
        store.set_meta("last_digest_slot", slot.isoformat())  # committed with the queued digest: sent once
        store.commit()
        digest_sent(self.settings, now)
        log.info("weekly digest for %s queued: %s unresolved cases", slot.date(), digest["unresolved_count"])
        return True

    def digest_check(self) -> None:
        """Between polls, a due digest triggers a poll at once rather than waiting up to POLL_SECONDS."""
        if self._digest_state is None:
            return
        last_slot, first_run = self._digest_state
        if digest_due(
            self.clock(), self.settings.digest_weekday, self.settings.digest_time, last_slot=last_slot, since=first_run
        ):
            self.poll_once()

    def _guarded(self, name: str, job: Callable[[], Any]) -> Callable[[], None]:
        """A failing job is logged and counted, never fatal; the same error is logged once, not every minute."""

        def run() -> None:
            try:
                job()
            except AgentError as exc:
                self.errors += 1  # a poll notes its own failure (poll_outcome)
                health = (
                    read_health(self.settings.data_dir)
                    if name == "poll"
                    else record(self.settings.data_dir, self.clock(), error=f"{name}: {exc}")
                )
                if str(exc) != self._last_error:
                    log.error("%s: %s", name, exc)
                    self._last_error = str(exc)
                if exc.context.get("auth") and health.get("problem_alerted") != exc.problem:
                    self._tell_the_clerk(exc)
                return
            except Exception:  # a bug: keep running, but leave the traceback for the report
                self.errors += 1
                log.exception("%s failed unexpectedly", name)
                return
            if self._last_error:
                log.info("%s: working again", name)
                self._last_error = ""
                record(self.settings.data_dir, self.clock(), problem_alerted=None)

        return run

    def _tell_when_stuck(self, health: dict[str, Any], now: datetime) -> None:
        """Email the Clerk once when polling has failed for POLL_FAILING_MINUTES, and once more when it works again.
        Sent straight over SMTP, not through the store, which may be what is failing; remembered in health.json."""
        limit = self.settings.poll_failing
        since = health.get("failing_since")
        if since and limit and not health.get("stuck_alerted") and now - datetime.fromisoformat(since) >= limit:
            what = (health.get("last_error") or {}).get("what", "")
            minutes = int((now - datetime.fromisoformat(since)).total_seconds() // 60)
            if self._email_clerk(
                lambda: self.renderer.problem_mail(
                    f"polling has failed for {minutes} minutes: {what}",
                    "see 'python run.py status' and the log; the agent keeps trying",
                    now,
                ),
                "polling is failing",
            ):
                record(self.settings.data_dir, now, stuck_alerted=now.isoformat())
        elif not since and health.get("stuck_alerted"):
            if self._email_clerk(
                lambda: self.renderer.recovered_mail(health["stuck_alerted"], now), "polling works again"
            ):
                record(self.settings.data_dir, now, stuck_alerted=None)

    def _email_clerk(self, compose: Callable[[], Any], what: str) -> bool:
        """One message straight to the Clerk, if SMTP works; False if it could not go (tried again next time)."""
        if self.transport is None:
            return False
        try:
            mail = compose()
            with self.transport.session() as send:
                send(
                    "problem",
                    self.settings.envelope_from,
                    [self.settings.clerk_email],
                    getattr(mail, "checked_bytes", None) or bytes(mail),
                )
        except AgentError as failed:
            log.warning("could not email the Clerk (%s): %s", what, failed)
            return False
        log.info("the Clerk has been emailed, once: %s", what)
        return True

    def _tell_the_clerk(self, exc: AgentError) -> None:
        """One email about a problem only a person can fix, if SMTP works; remembered across restarts."""
        if self._email_clerk(
            lambda: self.renderer.problem_mail(exc.problem, exc.fix, self.clock()), "about the problem above"
        ):
            record(self.settings.data_dir, self.clock(), problem_alerted=exc.problem)

    def _listen(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds, in IDLE when the server offers it; True means poll at once. The IDLE
        connection is only opened after a successful poll, so a server that is down is not tried twice over."""
        if (
            self.watch_factory is not None
            and self._watch is None
            and self.failures == 0
            and self.monotonic() >= self._watch_retry_at
        ):
            watch = self.watch_factory()
            try:
                if watch.open():
                    self._watch, self._watch_failures = watch, 0
                    log.debug("listening for new mail with IMAP IDLE")
                    return True  # IDLE reports only what comes after it: poll once for anything that came before
                else:
                    log.info("the IMAP server does not offer IDLE: polling every %ss", self.poll_seconds)
                    self.watch_factory = None
            except AgentError as exc:
                self._lost_watch(exc)
        if self._watch is None:
            self.pause(timeout)
            return False
        try:
            return self._watch.wait(timeout)
        except AgentError as exc:
            self._lost_watch(exc)
            return True

    def _lost_watch(self, exc: AgentError) -> None:
        self._watch = None
        self._watch_failures += 1
        self._watch_retry_at = self.monotonic() + retry_delay(self._watch_failures, 0, self.rng)
        log.info("%s", exc)

    def _stop_listening(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    def handle_signals(self) -> None:
        def stop(signum: int, _frame: Any) -> None:
            log.info("received %s: finishing the current message, then stopping", signal.Signals(signum).name)
            self.stopping.set()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)

    def run(self) -> None:
        """Run until SIGTERM or SIGINT."""
        self.handle_signals()
        self.loop()

    def loop(self) -> None:
        """Poll every POLL_SECONDS; after a failure, back off exponentially with jitter (capped at five minutes),
        so a server that is down is neither hammered nor left unchecked for long. Ends when `stopping` is set."""
        poll = self._guarded("poll", self.poll_once)
        self.scheduler.every(1).minutes.do(self._guarded("digest", self.digest_check))
        log.info(
            "agent started: polling every %ss%s",
            self.poll_seconds,
            ", and listening with IMAP IDLE" if self.watch_factory else "",
        )
        next_poll = self.monotonic()
        last_beat = float("-inf")  # beat at once, whatever the monotonic clock's origin
        notify(self.settings.notify_socket, "READY=1")
        try:
            while not self.stopping.is_set():
                now = self.monotonic()
                if now >= next_poll:
                    errors_before = self.errors
                    poll()
                    self.failures = self.failures + 1 if self.errors > errors_before else 0
                    next_poll = self.monotonic() + retry_delay(self.failures, self.poll_seconds, self.rng)
                self.scheduler.run_pending()
                if now - last_beat >= HEARTBEAT_SECONDS:
                    record(
                        self.settings.data_dir, self.clock(), heartbeat=self.clock().isoformat(), failures=self.failures
                    )
                    notify(self.settings.notify_socket, "WATCHDOG=1")  # the loop turns: systemd need not restart it
                    last_beat = now
                timeout = max(0.1, min(1.0, next_poll - self.monotonic()))
                if self._listen(timeout):
                    next_poll = self.monotonic()  # new mail, or a lost IDLE connection: poll now
        finally:
            self._stop_listening()
        log.info("agent stopped")


def _fmt(counts: dict[str, int]) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(counts.items()) if v) or "nothing"
