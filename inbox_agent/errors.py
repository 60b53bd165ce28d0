"""One error family, so the CLI can turn any failure into one clear line and the right exit status."""

from __future__ import annotations

import socket


class AgentError(Exception):
    """A failure a person can act on: what went wrong, where, and the fix.

    ``exit_status`` follows the CLI contract: 2 for usage or configuration, 1 for runtime.
    """

    exit_status = 1

    def __init__(self, problem: str, *, fix: str = "", **context: object) -> None:
        super().__init__(problem)
        self.problem = problem
        self.fix = fix
        self.context = context

    def __str__(self) -> str:
        return f"{self.problem}; fix: {self.fix}" if self.fix else self.problem


class ConfigError(AgentError):
    """A setting in .env (or the environment) is missing or invalid."""

    exit_status = 2


class RulesError(ConfigError):
    """rules.yaml cannot be used as it stands."""


class StoreError(AgentError):
    """The case store or evidence folder cannot be read or written."""


class StoreLocked(StoreError):
    """Another agent holds DATA_DIR; two writers would corrupt it."""


class SourceError(AgentError):
    """The mailbox (IMAP server or Maildir) cannot be read."""


class TransportError(AgentError):
    """Outgoing mail could not be handed over; ``permanent`` says whether a retry can help."""

    def __init__(self, problem: str, *, permanent: bool = False, fix: str = "", **context: object) -> None:
        super().__init__(problem, fix=fix, **context)
        self.permanent = permanent


def describe(exc: BaseException) -> str:
    """A network error in a few plain words, for the one-line messages above."""
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return "timed out"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    return (str(exc) or exc.__class__.__name__)[:200]
