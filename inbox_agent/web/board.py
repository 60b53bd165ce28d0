"""The Clerk's case board: `python run.py web`, server-rendered pages on Flask, served by waitress.

Why it is built this way:
* It shows threats and residents' personal data, so every page and download needs a login (argon2 accounts in
  users.py), sessions live in this process only (a logout or an expiry really ends them), every POST carries a
  CSRF token, logins are throttled per account and per address, and a Content-Security-Policy forbids any script.
* It shares the store with a running agent: it reads a snapshot (the store file is only ever replaced whole),
  and every change opens the store for writing, which takes the store's lock and so waits for a poll in progress,
  reads the store afresh under that lock, changes one case and commits. Neither process can lose the other's write.
* Untrusted text (subjects, names, bodies, file names) only ever reaches an autoescaping template, with
  terminal escapes and direction overrides made visible; HTML bodies are cleaned by nh3 and plain text is preferred.

This module builds the app; the pages are plain view functions in small modules: state.py (sessions, the store
snapshot, committing a change), guard.py (login and CSRF check, security headers, error pages), login.py, cases.py,
report_pages.py (digest and summary) and desk_pages.py (quarantine and status).
"""

from __future__ import annotations

import dataclasses
import logging
from datetime import datetime

from flask import Flask
from jinja2 import FileSystemLoader

from inbox_agent.config import Settings
from inbox_agent.core.rules import RuleSet
from inbox_agent.core.workdays import LONDON
from inbox_agent.reports.render import local_time, long_date
from inbox_agent.web import cases, desk_pages, guard, login, report_pages
from inbox_agent.web import users as accounts
from inbox_agent.web.mailview import inert
from inbox_agent.web.state import Board, Clock

log = logging.getLogger(__name__)


class BoardFlask(Flask):
    def select_jinja_autoescape(self, filename: str | None) -> bool:
        return True  # every board template is HTML, whatever its name ends with


def create_app(settings: Settings, rules: RuleSet, *, clock: Clock | None = None) -> Flask:
    from inbox_agent.app.pipeline import utc_now

    # Clocks with each category's reply_days from rules.yaml: only a case that owes a reply can be overdue.
    settings = dataclasses.replace(settings, timescales=rules.timescales(settings.timescales))

    app = BoardFlask(__name__, static_folder=None, template_folder=None)
    app.jinja_loader = FileSystemLoader(str(settings.templates_dir))
    # Jinja's default Undefined, not StrictUndefined: a council's own templates may name a key that a Case (or the
    # page's other data) does not have, and a missing one reads as empty, as it did when cases were plain documents.
    app.jinja_env.trim_blocks = app.jinja_env.lstrip_blocks = True
    app.jinja_env.filters.update(
        local_time=local_time,
        long_date=long_date,
        inert=inert,
        short_time=lambda iso: datetime.fromisoformat(iso).astimezone(LONDON).strftime("%d %b %Y %H:%M"),
    )
    app.extensions["board"] = Board(app, settings, rules, clock or utc_now)
    for pages in (guard, login, cases, report_pages, desk_pages):
        pages.register(app)
    return app


def serve(settings: Settings, rules: RuleSet, host: str, port: int) -> None:
    """Serve the board with waitress (a production WSGI server, pure Python) until stopped."""
    from waitress import serve as waitress_serve

    accounts.require_users(settings.data_dir)
    app = create_app(settings, rules)
    log.info("case board on http://%s:%s/ (put HTTPS in front of it for use from outside)", host, port)
    # On loopback the only client is a local reverse proxy: its X-Forwarded-Proto says HTTPS (Secure cookies) and its
    # X-Forwarded-For names the real address (the login throttle). Anywhere else such headers are dropped.
    proxy = (
        {
            "trusted_proxy": "127.0.0.1",
            "trusted_proxy_count": 1,
            "trusted_proxy_headers": {"x-forwarded-proto", "x-forwarded-for"},
        }
        if host in ("127.0.0.1", "localhost")
        else {}
    )
    waitress_serve(app, host=host, port=port, threads=4, ident="board", clear_untrusted_proxy_headers=True, **proxy)
