"""The composition root: the one place that turns settings into the objects the agent and the commands use.

Every command used to build its own store, renderer, rules and transports, and one of them (`digest --send`)
built its SMTP transport without the OAuth token source, so with SMTP_AUTH=oauth2 it logged in with an empty
token. Here each part is built once, on first use, with the same token source for every IMAP and SMTP
connection, so a command cannot wire a part differently from the agent.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path

from inbox_agent.app import logs
from inbox_agent.app.agent import Agent
from inbox_agent.config import Settings, load_settings
from inbox_agent.core.models import Timescales
from inbox_agent.core.rules import RuleSet, load_rules
from inbox_agent.mail.imap import ImapSource, ImapWatch
from inbox_agent.mail.oauth import TokenSource
from inbox_agent.mail.outbox import SmtpTransport
from inbox_agent.reports.render import Renderer
from inbox_agent.store import rulecache
from inbox_agent.store.database import Store

CLERK_WAIT = 120.0  # seconds a Clerk's command waits for a poll in progress


def default_env_file() -> Path | None:
    """`.env` in the current folder, if there is one: the file a council keeps beside run.py."""
    return Path(".env") if Path(".env").is_file() else None


class Application:
    """The settings and everything built from them, each part made once and only when a command needs it."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @classmethod
    def load(
        cls,
        env_file: Path | None,
        *,
        need_imap: bool = False,
        need_smtp: bool = False,
        overrides: Mapping[str, str] | None = None,
    ) -> Application:
        """Settings from the .env file and the environment (a ConfigError names each wrong value), with logging."""
        settings = load_settings(env_file, need_imap=need_imap, need_smtp=need_smtp, overrides=overrides or None)
        logs.configure(settings)
        return cls(settings)

    @cached_property
    def rules(self) -> RuleSet:
        """rules.yaml, whole: for the commands that judge mail (compiled once, then kept in CACHE_DIR)."""
        return rulecache.load(self.settings.rules_file, self.settings.templates_dir, self.settings.cache_dir)

    @property
    def book(self) -> RuleSet:
        """rules.yaml without its patterns (categories, clocks, groups), for the commands that judge no mail: checking
        and compiling some 3,000 regexes takes seconds, and the Clerk's `cases list` should not wait for them."""
        return self.__dict__.get("rules") or self._book

    @cached_property
    def _book(self) -> RuleSet:
        return load_rules(self.settings.rules_file, self.settings.templates_dir, judging=False)

    @cached_property
    def renderer(self) -> Renderer:
        return Renderer(self.settings)

    @cached_property
    def timescales(self) -> Timescales:
        """The clocks with each category's reply_days from rules.yaml."""
        return self.book.timescales(self.settings.timescales)

    @cached_property
    def tokens(self) -> TokenSource | None:
        """One cache of OAuth tokens for every IMAP and SMTP connection; None when both log in with passwords."""
        return TokenSource(self.settings.oauth) if self.settings.oauth else None

    def store(self, *, readonly: bool = False, wait: float = 0.0) -> Store:
        return Store(self.settings.data_dir, readonly=readonly, wait=wait)

    def smtp(self, *, timeout: float | None = None) -> SmtpTransport:
        """The SMTP transport, with the token source when SMTP_AUTH=oauth2; `timeout` can only shorten the set one."""
        server = self.settings.smtp
        if timeout is not None:
            server = dataclasses.replace(server, timeout=min(server.timeout, timeout))
        return SmtpTransport(server, self.tokens)

    def imap(self, *, timeout: float | None = None) -> ImapSource:
        """A new IMAP connection's source, with the token source when IMAP_AUTH=oauth2."""
        s = self.settings
        server = s.imap if timeout is None else dataclasses.replace(s.imap, timeout=min(s.imap.timeout, timeout))
        return ImapSource(server, s.folders, s.max_message_bytes, self.tokens, s.fetch_batch_bytes)

    def imap_watch(self) -> ImapWatch:
        """IMAP IDLE on the first folder, between polls."""
        return ImapWatch(self.settings.imap, self.settings.folders[0], tokens=self.tokens)

    def agent(self, *, send: bool = True) -> Agent:
        """The agent as `run` and `poll` drive it; with send=False it files and queues but sends nothing."""
        return Agent(
            self.settings,
            self.rules,
            self.imap,
            self.smtp() if send else None,
            watch_factory=self.imap_watch if self.settings.idle else None,
        )
