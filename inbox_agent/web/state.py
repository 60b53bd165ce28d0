"""What every page of the case board shares: settings and rules, the sessions, the store snapshot and the one way a
change is committed. One `Board` per app, kept in `app.extensions`, so each route module is plain view functions
and a test's second app never sees the first one's sessions.

Sessions live in this process only (a logout or an expiry really ends them); a change opens the store for writing,
which takes the store's lock, reads the store afresh under it and commits, so the agent and the board never lose
each other's writes.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from flask import Flask, Response, abort, current_app, request
from werkzeug.wrappers import Response as BaseResponse

from inbox_agent.config import Settings
from inbox_agent.core import cases as casebook
from inbox_agent.core.records import Case
from inbox_agent.core.rules import RuleSet
from inbox_agent.core.workdays import WorkingDays
from inbox_agent.reports.render import Renderer
from inbox_agent.store import rulecache
from inbox_agent.store.database import STORE_FILE, Store

# Every board module logs under one name, so the log reads as it did when the board was one module.
log = logging.getLogger("inbox_agent.web.board")

Clock = Callable[[], datetime]
STORE_WAIT = 120.0  # seconds a change waits for a poll in progress before saying the store is busy
SESSION_MAX = timedelta(hours=12)
THROTTLE_WINDOW = timedelta(minutes=15)
THROTTLE_LIMIT = 5  # failed logins per account, and per address, in the window


@dataclass
class Session:
    user: str | None
    csrf: str
    created: datetime
    seen: datetime


@dataclass
class Throttle:
    """Failed logins per key (an account, an address), in a sliding window."""

    failures: dict[str, list[datetime]] = field(default_factory=dict)

    def blocked(self, keys: tuple[str, ...], now: datetime) -> bool:
        return any(len(self._recent(key, now)) >= THROTTLE_LIMIT for key in keys)

    def fail(self, keys: tuple[str, ...], now: datetime) -> None:
        if len(self.failures) > 10_000:  # guessed names must not grow this without bound
            self.failures = {k: v for k, v in self.failures.items() if self._recent(k, now)}
        for key in keys:
            self.failures[key] = [*self._recent(key, now), now]

    def clear(self, key: str) -> None:
        self.failures.pop(key, None)

    def _recent(self, key: str, now: datetime) -> list[datetime]:
        return [t for t in self.failures.get(key, []) if now - t < THROTTLE_WINDOW]


class Board:
    """The board's state for one app. Sessions and the snapshot are shared by waitress's threads, under `lock`."""

    def __init__(self, app: Flask, settings: Settings, rules: RuleSet, now_of: Clock) -> None:
        self.app = app
        self.settings = settings
        self.rules = rules
        self.now_of = now_of
        self.renderer = Renderer(settings)
        self.sessions: dict[str, Session] = {}
        self.lock = threading.Lock()
        self.throttle = Throttle()
        self.idle = timedelta(minutes=settings.web_session_minutes)
        self.secure = settings.web_base_url.startswith("https://")
        self.cookie = "__Host-board" if self.secure else "board"
        self.days = WorkingDays()
        self.labels = {name: c.label for name, c in rules.categories.items()}
        self._latest_key: tuple[int, int, int] | None = None
        self._latest_store: Store | None = None

    def judging_rules(self) -> RuleSet:
        """rules.yaml whole, for a quarantine retry, which judges mail again: the board starts with the categories
        alone (core/rules.py, judging=False), and loads the patterns the first time a retry needs them."""
        if not self.rules.judging:
            self.rules = rulecache.load(self.rules.path, self.settings.templates_dir, self.settings.cache_dir)
        return self.rules

    # -- sessions -----------------------------------------------------------------------------

    def _expired(self, session: Session, now: datetime) -> bool:
        return now - session.seen > self.idle or now - session.created > SESSION_MAX

    def current(self) -> Session | None:
        token = request.cookies.get(self.cookie, "")
        now = self.now_of()
        with self.lock:
            session = self.sessions.get(token)
            if session is None:
                return None
            if self._expired(session, now):
                del self.sessions[token]
                return None
            session.seen = now
            return session

    def who(self) -> str:
        """The signed-in user's name, for history entries and the log (the guard has already required one)."""
        session = self.current()
        return session.user if session is not None and session.user is not None else ""

    def new_session(self, user: str | None) -> tuple[str, Session]:
        now = self.now_of()
        with self.lock:
            for token in [t for t, s in self.sessions.items() if self._expired(s, now)]:
                del self.sessions[token]
            if user is None and sum(1 for s in self.sessions.values() if s.user is None) > 1000:
                anonymous = (t for t, s in self.sessions.items() if s.user is None)
                del self.sessions[min(anonymous, key=lambda t: self.sessions[t].seen)]
            token = secrets.token_urlsafe(32)
            self.sessions[token] = Session(user, secrets.token_urlsafe(32), now, now)
            return token, self.sessions[token]

    def end_session(self) -> None:
        """Forget the session this request's cookie names, if any."""
        with self.lock:
            self.sessions.pop(request.cookies.get(self.cookie, ""), None)

    def cookie_secure(self) -> bool:
        return self.secure or request.is_secure

    def set_cookie(self, response: BaseResponse, token: str) -> BaseResponse:
        response.set_cookie(self.cookie, token, httponly=True, samesite="Strict", secure=self.cookie_secure(), path="/")
        return response

    # -- pages --------------------------------------------------------------------------------

    def page(self, template: str, http_status: int = 200, **context: Any) -> BaseResponse:
        session = self.current()
        html = self.app.jinja_env.get_template(f"web/{template}").render(
            user=session.user if session else None,
            csrf=session.csrf if session else "",
            council=self.settings.council_name,
            path=request.path,
            **context,
        )
        return Response(html, status=http_status, mimetype="text/html")

    def refuse(self, status: int, problem: str, fix: str = "") -> BaseResponse:
        return self.page("error.html.j2", http_status=status, problem=problem, fix=fix)

    # -- the store ----------------------------------------------------------------------------

    def snapshot(self) -> Store | None:
        """The store as last committed, read again only when the file was replaced (a commit makes a new file)."""
        try:
            found = (self.settings.data_dir / STORE_FILE).stat()
        except FileNotFoundError:
            return None
        key = (found.st_ino, found.st_mtime_ns, found.st_size)
        # File times tick coarsely (a few ms) and inode numbers are reused: a file replaced within the last second
        # could look unchanged, so such a file is always read again.
        settled = time.time() - found.st_mtime > 1.0
        with self.lock:
            if self._latest_key != key or not settled:
                self._latest_store, self._latest_key = Store(self.settings.data_dir, readonly=True), key
            return self._latest_store

    def with_clocks(self, case: Case, today: date) -> casebook.Clocked:
        return casebook.with_clocks(case, today, self.days, self.settings.timescales)

    def change(self, ref: str, how: Callable[[Case, datetime, str], Case]) -> Case:
        """One change to one case, under the store's lock, on the store as it is now (not as the page showed it)."""
        user = self.who()
        with Store(self.settings.data_dir, wait=STORE_WAIT) as store:
            case = store.case(ref)
            if case is None:
                abort(404)
            changed = how(case, self.now_of(), user)
            store.put_case(changed)
            store.commit()
        log.info("board: %s changed %s (%s)", user, ref, changed.history[-1].kind)
        return changed

    def decide(self, ref: str, how: Callable[[Store, datetime, str], Case]) -> Case:
        """One of the Clerk's decisions from actions.py (which change the store and may queue mail), committed here
        under the store's lock; queued mail goes at the agent's next poll, after this commit."""
        user = self.who()
        with Store(self.settings.data_dir, wait=STORE_WAIT) as store:
            if store.case(ref) is None:
                abort(404)
            changed = how(store, self.now_of(), user)
            store.commit()
        log.info("board: %s changed %s (%s)", user, ref, changed.history[-1].kind)
        return changed


def board() -> Board:
    """The board of the app serving this request."""
    found: Board = current_app.extensions["board"]
    return found
