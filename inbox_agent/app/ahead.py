"""Reading ahead: a backlog's messages parsed and decided on the machine's other cores while the executor files them.

Parsing a message and deciding its category are most of the agent's time on a backlog (about four fifths on
bench/backlog.py's mail), and both are pure: they need the message's bytes, the rules and the council's own
addresses, nothing from the store (plan.read, rules.decide). So for a chunk of mail, worker processes read and
decide its messages in order while the executor gathers each one's context, plans and applies it, in order, as it
always has. A worker writes nothing and sends nothing.

What a worker returns is only ever a head start. A message whose reading fails in a worker, or that a worker never
returns (it died, the pool broke), is read and decided again in the agent's own process, inside the executor's
guard: the same failure quarantines it with the same reason, and the rest carries on.

Workers are forked, so that they share the loaded rules and model with the agent instead of loading them again (a
second of CPU each, and their memory), and only from a process with no other thread: forking one that has threads
can deadlock the child. They ignore SIGINT and SIGTERM (the agent stops them when it has committed its work), and
die with the agent if it is killed. DECIDE_PROCESSES=1 reads everything in the agent's own process.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import multiprocessing
import signal
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from inbox_agent.core.learned import load_model
from inbox_agent.core.models import Decision, Fetched, Message
from inbox_agent.core.plan import Incoming, read
from inbox_agent.core.rules import RuleSet, decide
from inbox_agent.core.screen import screen

log = logging.getLogger(__name__)

MIN_AHEAD = 8  # a chunk with fewer messages to read is read in the agent's own process: workers would cost more
_PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies

# What a forked worker reads with, set in the agent just before the fork (a worker inherits it; nothing is pickled).
_WORK: tuple[RuleSet, frozenset[str]] | None = None

Read = tuple[Message | None, str, Decision | None]  # the message, the problem if it could not be read, its decision


def _worker_started() -> None:
    """In each worker: leave stopping to the agent, and never outlive it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    with contextlib.suppress(OSError, AttributeError):  # Linux only; elsewhere the pool's own pipes end them
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def read_and_decide(fetched: Fetched) -> Read | None:
    """In a worker: what plan.read and rules.decide make of one message; None if either failed (the agent reads it
    again itself, where the failure quarantines it)."""
    assert _WORK is not None, "a read-ahead worker runs only in a process forked by ReadAhead"
    rules, own_addresses = _WORK
    try:
        incoming = read(fetched)
        message = incoming.message
        if message is None:
            return None, incoming.problem, None
        return message, "", decide(rules, message, screen(message, own_addresses))
    except Exception:  # noqa: BLE001 - not lost: read again in the agent's guard, which quarantines it
        return None


class Chunk:
    """The messages of one chunk being read ahead, handed to the executor one at a time, in its order."""

    def __init__(self, ahead: ReadAhead, futures: dict[str, Future[Read | None]]) -> None:
        self.ahead = ahead
        self.futures = futures

    def take(self, fetched: Fetched) -> Incoming | None:
        """The message read and decided, waiting for its worker if need be; None: read it in the agent."""
        future = self.futures.pop(fetched.location, None)
        if future is None:
            return None
        try:
            result = future.result()
        except BrokenProcessPool as exc:
            self.ahead.broke(exc)
            return None
        except Exception as exc:  # noqa: BLE001 - e.g. a result that would not unpickle: the agent reads it itself
            log.debug("reading %s ahead failed (%s); read in the agent", fetched.location, exc)
            return None
        if result is None:
            return None
        message, problem, decision = result
        self.ahead.taken += 1
        return Incoming(fetched, message, problem, decision)

    def drop(self) -> None:
        """The chunk ends here (the agent is stopping): what the workers have not begun is not begun."""
        for future in self.futures.values():
            future.cancel()
        self.futures.clear()


class ReadAhead:
    """The worker processes of one poll, started at its first chunk big enough to need them."""

    def __init__(self, rules: RuleSet, own_addresses: frozenset[str], processes: int) -> None:
        self.rules = rules
        self.own_addresses = own_addresses
        self.processes = processes
        self.pool: ProcessPoolExecutor | None = None
        self.broken = False
        self.taken = 0  # messages read and decided by a worker, and used

    def chunk(self, fetched: Iterable[Fetched], wanted: Callable[[Fetched], bool]) -> Chunk:
        """Start reading the chunk's messages that `wanted` says need reading (not already seen, not too old)."""
        todo = [f for f in fetched if not f.too_old and wanted(f)]
        if len(todo) < MIN_AHEAD:
            return Chunk(self, {})
        try:
            pool = self._pool()
            return Chunk(self, {f.location: pool.submit(read_and_decide, f) for f in todo} if pool else {})
        except Exception as exc:  # noqa: BLE001 - workers that could not start (no fork, no /dev/shm) or died at once
            self.broke(exc)
            return Chunk(self, {})

    def _pool(self) -> ProcessPoolExecutor | None:
        if self.pool is not None or self.broken or self.processes < 2:
            return self.pool
        if threading.active_count() > 1:
            log.debug("not reading ahead: this process has other threads, and forking it could deadlock")
            return None
        global _WORK
        _WORK = (self.rules, self.own_addresses)
        if self.rules.model is not None and self.rules.model.enabled:
            load_model(self.rules.model.weights)  # loaded once, here, and shared with every worker
        self.pool = ProcessPoolExecutor(
            self.processes, mp_context=multiprocessing.get_context("fork"), initializer=_worker_started
        )
        log.debug("reading ahead on %d processes", self.processes)
        return self.pool

    def broke(self, exc: BaseException) -> None:
        """A worker died, or the pool could not start: the rest of the poll is read in the agent's own process."""
        if not self.broken:
            log.warning(
                "the processes that read mail ahead stopped (%s: %s); reading the rest in the agent's own process",
                exc.__class__.__name__,
                exc,
            )
        self.broken = True
        self.close()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
