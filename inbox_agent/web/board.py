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
"""

from __future__ import annotations

import hmac
import io
import logging
import re
import secrets
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import nh3
from flask import Flask, Response, abort, redirect, request
from jinja2 import FileSystemLoader
from werkzeug.wrappers import Response as BaseResponse

from inbox_agent.app import actions
from inbox_agent.config import Settings
from inbox_agent.core import cases as casebook
from inbox_agent.core.rules import RuleSet
from inbox_agent.core.workdays import WorkingDays, local_date
from inbox_agent.errors import AgentError, StoreLocked
from inbox_agent.reports.export import export_case, timeline
from inbox_agent.reports.render import LONDON, Renderer, local_time, long_date
from inbox_agent.store.database import STORE_FILE, Store
from inbox_agent.store.health import assess, read_health
from inbox_agent.web import users as accounts
from inbox_agent.web.mailview import inert, view

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
STORE_WAIT = 120.0  # seconds a change waits for a poll in progress before saying the store is busy
SESSION_MAX = timedelta(hours=12)
THROTTLE_WINDOW = timedelta(minutes=15)
THROTTLE_LIMIT = 5  # failed logins per account, and per address, in the window
_REF = re.compile(r"[A-Z0-9]{1,12}-\d{4}-\d{4,8}")
_QUARANTINE_ID = re.compile(r"[0-9a-f]{12,64}")
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
CSP_DIGEST = CSP.replace(
    "style-src 'self'", "style-src 'unsafe-inline'"
)  # the digest is an email: inline styles, still no script
STATUS_ACTIONS = ("start", "resolve", "close", "reopen")
# Where the lifecycle has a needs-review state, that is what "Needs review" lists; before it, cases nobody has
# moved on yet (new) and any the rules were unsure of.
NEEDS_REVIEW = getattr(casebook, "NEEDS_REVIEW", None)


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


class BoardFlask(Flask):
    def select_jinja_autoescape(self, filename: str | None) -> bool:
        return True  # every board template is HTML, whatever its name ends with


def create_app(settings: Settings, rules: RuleSet, *, clock: Clock | None = None) -> Flask:
    import dataclasses

    from inbox_agent.app.pipeline import utc_now

    # Clocks with each category's reply_days from rules.yaml: only a case that owes a reply can be overdue.
    settings = dataclasses.replace(settings, timescales=rules.timescales(settings.timescales))

    now_of = clock or utc_now
    app = BoardFlask(__name__, static_folder=None, template_folder=None)
    app.jinja_loader = FileSystemLoader(str(settings.templates_dir))
    # Jinja's default Undefined, not StrictUndefined: cases are plain records with many optional keys (hold, linked,
    # deadline...), and a missing one reads as empty.
    app.jinja_env.trim_blocks = app.jinja_env.lstrip_blocks = True
    app.jinja_env.filters.update(
        local_time=local_time,
        long_date=long_date,
        inert=inert,
        short_time=lambda iso: datetime.fromisoformat(iso).astimezone(LONDON).strftime("%d %b %Y %H:%M"),
    )
    renderer = Renderer(settings)
    sessions: dict[str, Session] = {}
    lock = threading.Lock()
    throttle = Throttle()
    idle = timedelta(minutes=settings.web_session_minutes)
    secure = settings.web_base_url.startswith("https://")
    cookie = "__Host-board" if secure else "board"
    days = WorkingDays()
    labels = {name: c.label for name, c in rules.categories.items()}

    # -- sessions -----------------------------------------------------------------------------

    def current() -> Session | None:
        token = request.cookies.get(cookie, "")
        now = now_of()
        with lock:
            session = sessions.get(token)
            if session is None:
                return None
            if now - session.seen > idle or now - session.created > SESSION_MAX:
                del sessions[token]
                return None
            session.seen = now
            return session

    def who() -> str:
        """The signed-in user's name, for history entries and the log (the guard has already required one)."""
        session = current()
        return session.user if session is not None and session.user is not None else ""

    def new_session(user: str | None) -> tuple[str, Session]:
        now = now_of()
        with lock:
            for token in [t for t, s in sessions.items() if now - s.seen > idle or now - s.created > SESSION_MAX]:
                del sessions[token]
            if user is None and sum(1 for s in sessions.values() if s.user is None) > 1000:
                oldest = min((t for t, s in sessions.items() if s.user is None), key=lambda t: sessions[t].seen)
                del sessions[oldest]
            token = secrets.token_urlsafe(32)
            sessions[token] = Session(user, secrets.token_urlsafe(32), now, now)
            return token, sessions[token]

    def set_cookie(response: BaseResponse, token: str) -> BaseResponse:
        response.set_cookie(
            cookie, token, httponly=True, samesite="Strict", secure=secure or request.is_secure, path="/"
        )
        return response

    def page(template: str, http_status: int = 200, **context: Any) -> BaseResponse:
        session = current()
        html = app.jinja_env.get_template(f"web/{template}").render(
            user=session.user if session else None,
            csrf=session.csrf if session else "",
            council=settings.council_name,
            path=request.path,
            **context,
        )
        return Response(html, status=http_status, mimetype="text/html")

    def refuse(status: int, problem: str, fix: str = "") -> BaseResponse:
        return page("error.html.j2", http_status=status, problem=problem, fix=fix)

    @app.after_request
    def headers(response: BaseResponse) -> BaseResponse:
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cache-Control"] = "no-store"
        response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
        return response

    @app.before_request
    def guard() -> BaseResponse | None:
        if request.endpoint in ("login", "stylesheet"):
            return None
        session = current()
        if session is not None and session.user is not None and not accounts.exists(settings.data_dir, session.user):
            with lock:  # the account was removed: its sessions end now, not when they expire
                sessions.pop(request.cookies.get(cookie, ""), None)
            session = None
        if session is None or session.user is None:
            if request.method == "GET" and request.endpoint not in (None, "evidence_zip", "summary_file"):
                return redirect("/login", code=303)
            return refuse(401, "please log in first", "open the board's address and log in")
        if request.method == "POST":
            sent = request.form.get("csrf", "")
            if not sent or not hmac.compare_digest(sent, session.csrf):
                return refuse(
                    403,
                    "this form has expired or did not come from the board",
                    "go back, reload the page and try again",
                )
        return None

    @app.errorhandler(404)
    def not_found(_error: Exception) -> BaseResponse:
        if not who():
            return refuse(401, "please log in first", "open the board's address and log in")
        return refuse(404, "there is no such page or case", "go back to the list of cases")

    @app.errorhandler(400)
    def bad_request(_error: Exception) -> BaseResponse:
        return refuse(400, "the board did not understand that request", "use the buttons on the board")

    @app.errorhandler(405)
    def not_allowed(_error: Exception) -> BaseResponse:
        return refuse(405, "that cannot be done here", "use the buttons on the board")

    @app.errorhandler(AgentError)
    def agent_error(exc: AgentError) -> BaseResponse:
        return refuse(409 if not isinstance(exc, StoreLocked) else 503, exc.problem, exc.fix)

    # -- login --------------------------------------------------------------------------------

    @app.get("/board.css")
    def stylesheet() -> BaseResponse:
        css = (Path(settings.templates_dir) / "web" / "board.css").read_text()
        return Response(css, mimetype="text/css")

    @app.route("/login", methods=["GET", "POST"])
    def login() -> BaseResponse:
        session = current()
        if request.method == "GET":
            if session is not None and session.user:
                return redirect("/cases", code=303)
            token, session = new_session(None)
            response = Response(
                app.jinja_env.get_template("web/login.html.j2").render(
                    csrf=session.csrf, user=None, council=settings.council_name, path="/login", problem=""
                ),
                mimetype="text/html",
            )
            return set_cookie(response, token)
        if session is None or not hmac.compare_digest(request.form.get("csrf", ""), session.csrf):
            return refuse(
                403, "this form has expired or did not come from the board", "reload the login page and try again"
            )
        name = request.form.get("name", "").strip().lower()[:64]
        password = request.form.get("password", "")[:1024]
        address = request.remote_addr or "unknown"
        keys = (f"user:{name}", f"addr:{address}")
        now = now_of()
        if throttle.blocked(keys, now):
            log.warning("board: login refused, too many failures for %s", "this account or address")
            return page(
                "login.html.j2", http_status=429, problem="too many failed logins: wait 15 minutes and try again"
            )
        if not accounts.verify(settings.data_dir, name, password):
            throttle.fail(keys, now)
            return page("login.html.j2", http_status=401, problem="that name and password do not match an account")
        throttle.clear(f"user:{name}")
        with lock:
            sessions.pop(request.cookies.get(cookie, ""), None)  # a new session id at login: no fixation
        token, _ = new_session(name)
        log.info("board: %s logged in", name)
        return set_cookie(redirect("/cases", code=303), token)

    @app.post("/logout")
    def logout() -> BaseResponse:
        with lock:
            sessions.pop(request.cookies.get(cookie, ""), None)
        response = redirect("/login", code=303)
        response.delete_cookie(cookie, path="/", secure=secure or request.is_secure, httponly=True, samesite="Strict")
        return response

    # -- the store ----------------------------------------------------------------------------

    latest: dict[str, Any] = {"key": None, "store": None}

    def snapshot() -> Store | None:
        """The store as last committed, read again only when the file was replaced (a commit makes a new file)."""
        try:
            found = (settings.data_dir / STORE_FILE).stat()
        except FileNotFoundError:
            return None
        key = (found.st_ino, found.st_mtime_ns, found.st_size)
        # File times tick coarsely (a few ms) and inode numbers are reused: a file replaced within the last second
        # could look unchanged, so such a file is always read again.
        settled = time.time() - found.st_mtime > 1.0
        with lock:
            if latest["key"] != key or not settled:
                latest["store"], latest["key"] = Store(settings.data_dir, readonly=True), key
            return latest["store"]

    def with_clocks(case: dict[str, Any], today: date) -> dict[str, Any]:
        return {**case, "clocks": casebook.clocks(case, today, days, settings.timescales)}

    def change(ref: str, how: Callable[[dict[str, Any], datetime, str], dict[str, Any]]) -> dict[str, Any]:
        """One change to one case, under the store's lock, on the store as it is now (not as the page showed it)."""
        user = who()
        with Store(settings.data_dir, wait=STORE_WAIT) as store:
            case = store.case(ref)
            if case is None:
                abort(404)
            changed = how(case, now_of(), user)
            store.put_case(changed)
            store.commit()
        log.info("board: %s changed %s (%s)", user, ref, changed["history"][-1]["kind"])
        return changed

    def decide(ref: str, how: Callable[[Store, datetime, str], dict[str, Any]]) -> dict[str, Any]:
        """One of the Clerk's decisions from actions.py (which change the store and may queue mail), committed here
        under the store's lock; queued mail goes at the agent's next poll, after this commit."""
        user = who()
        with Store(settings.data_dir, wait=STORE_WAIT) as store:
            if store.case(ref) is None:
                abort(404)
            changed = how(store, now_of(), user)
            store.commit()
        log.info("board: %s changed %s (%s)", user, ref, changed["history"][-1]["kind"])
        return changed

    def checked_ref(ref: str) -> str:
        if not _REF.fullmatch(ref):
            abort(404)
        return ref

    def case_snapshot(ref: str) -> tuple[str, Store]:
        ref = checked_ref(ref)
        store = snapshot()
        if store is None:
            abort(404)
        return ref, store

    # -- cases --------------------------------------------------------------------------------

    @app.get("/")
    def home() -> BaseResponse:
        return redirect("/cases", code=303)

    @app.get("/cases")
    def case_list() -> BaseResponse:
        view_name = request.args.get("view", "open")
        category = request.args.get("category", "")
        status = request.args.get("status", "")
        query = request.args.get("q", "").strip()[:200]
        today = local_date(now_of())
        store = snapshot()
        found: list[dict[str, Any]] = []
        if store is not None:
            with store:
                for case in store.all_cases():
                    if _matches(case, view_name, category, status, query, today, days, settings) or (
                        query
                        and _matches(case, view_name, category, status, "", today, days, settings)
                        and _text_matches(store, case, query)
                    ):
                        found.append(with_clocks(case, today))
        found.sort(key=lambda c: c["received"], reverse=True)
        return page(
            "cases.html.j2",
            cases=found[:500],
            more=max(0, len(found) - 500),
            view=view_name,
            category=category,
            status=status,
            q=query,
            categories=sorted(labels.items(), key=lambda kv: kv[1]),
            statuses=casebook.STATES,
            labels=labels,
            open_states=casebook.OPEN_STATES,
            no_store=store is None,
        )

    @app.get("/cases/<ref>")
    def case_page(ref: str) -> BaseResponse:
        ref, store = case_snapshot(ref)
        with store:
            case = store.case(ref)
            if case is None:
                abort(404)
            messages = []
            for number, summary in enumerate(case["messages"], 1):
                shown = None
                if summary.get("evidence"):
                    try:
                        shown = view(store.evidence_path(summary["evidence"]).read_bytes())
                    except OSError:
                        shown = None
                messages.append({"number": number, "summary": summary, "view": shown})
        case = with_clocks(case, local_date(now_of()))
        hits = [
            {**h, "description": _rule_description(rules, h["rule"]), "label": labels.get(h["category"], h["category"])}
            for h in case["hits"]
        ]
        transitions = [a for a in STATUS_ACTIONS if case["status"] in casebook.TRANSITIONS[a][0]]
        return page(
            "case.html.j2",
            case=case,
            messages=messages,
            hits=hits,
            rows=timeline(case),
            transitions=transitions,
            action_kinds=casebook.ACTION_KINDS,
            labels=labels,
            category=rules.categories.get(case["category"]),
            categories=sorted(labels.items(), key=lambda kv: kv[1]),
            needs_review=case["status"] == NEEDS_REVIEW,
            is_open=case["status"] in casebook.OPEN_STATES,
        )

    @app.post("/cases/<ref>")
    def case_change(ref: str) -> BaseResponse:
        ref = checked_ref(ref)
        action = request.form.get("action", "")
        note = request.form.get("note", "").strip()[:2000]
        if action in STATUS_ACTIONS:
            if action in ("resolve", "close") and not note:
                raise casebook.CaseError(
                    f"say what was done before the case is {action}d",
                    fix="write a short note in the box, then press the button again",
                )
            change(ref, lambda case, now, by: casebook.transition(case, action, now, by=by, note=note))
        elif action == "note":
            if not note:
                raise casebook.CaseError("the note is empty", fix="write the note, then press Add note")
            change(ref, lambda case, now, by: casebook.add_note(case, note, now, by=by))
        elif action == "hold":
            change(ref, lambda case, now, by: casebook.hold(case, note, now, by=by))
        elif action == "release":
            change(ref, lambda case, now, by: casebook.release(case, now, by=by, note=note))
        elif action == "record":
            kind = request.form.get("kind", "")
            crime = request.form.get("crime_reference", "")
            change(
                ref, lambda case, now, by: casebook.record_action(case, kind, note, now, by=by, crime_reference=crime)
            )
        elif action == "reclassify":
            category = request.form.get("category", "")
            decide(
                ref,
                lambda store, now, by: actions.reclassify(
                    store, settings, rules, ref, category, note=note, by=by, now=now
                ),
            )
        elif action == "send_ack":
            decide(ref, lambda store, now, by: actions.send_held_ack(store, settings, rules, ref, by=by, now=now))
        elif action == "drop_ack":
            decide(ref, lambda store, now, by: actions.drop_held_ack(store, ref, note=note, by=by, now=now))
        else:
            abort(400)
        return redirect(f"/cases/{ref}", code=303)

    @app.get("/cases/<ref>/evidence.zip")
    def evidence_zip(ref: str) -> BaseResponse:
        ref, store = case_snapshot(ref)
        with store, tempfile.TemporaryDirectory(prefix="board-export-") as tmp:
            if store.case(ref) is None:
                abort(404)
            folder = export_case(store, ref, Path(tmp), renderer)
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
                for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                    bundle.write(path, f"{ref}/{path.relative_to(folder).as_posix()}")
        log.info("board: %s downloaded the evidence bundle of %s", who(), ref)
        return Response(
            buffer.getvalue(),
            mimetype="application/zip",
            headers={"Content-Disposition": f'attachment; filename="{ref}-evidence.zip"'},
        )

    # -- reports ------------------------------------------------------------------------------

    @app.get("/digest")
    def digest_preview() -> BaseResponse:
        from inbox_agent.reports.jobs import compose_digest

        store = snapshot()
        if store is None:
            return refuse(404, "there are no cases yet", "the digest appears after the agent's first poll")
        with store:
            digest = compose_digest(store, settings, rules, now_of())
        response = Response(renderer.render("digest.html.j2", digest=digest), mimetype="text/html")
        response.headers["Content-Security-Policy"] = CSP_DIGEST
        return response

    @app.get("/summary")
    def summary_form() -> BaseResponse:
        today = local_date(now_of())
        first = today.replace(day=1)
        last_month_end = first - timedelta(days=1)
        return page(
            "summary.html.j2",
            start=last_month_end.replace(day=1).isoformat(),
            end=last_month_end.isoformat(),
            meeting="",
        )

    @app.get("/summary/<kind>")
    def summary_file(kind: str) -> BaseResponse:
        from inbox_agent.reports.jobs import write_summary

        if kind not in ("html", "pdf"):
            abort(404)
        try:
            start = date.fromisoformat(request.args.get("from", ""))
            end = date.fromisoformat(request.args.get("to", ""))
        except ValueError:
            return refuse(
                400, "the period needs a first and a last day", "pick both dates, e.g. 2026-10-01 and 2026-10-31"
            )
        meeting = " ".join(request.args.get("meeting", "").split())[:120]
        store = snapshot()
        if store is None:
            return refuse(404, "there are no cases yet", "the summary needs the agent's cases")
        with store, tempfile.TemporaryDirectory(prefix="board-summary-") as tmp:
            paths = write_summary(renderer, store, settings, rules, start, end, Path(tmp))
            wanted = next(p for p in paths if p.suffix == f".{kind}")
            data = wanted.read_bytes()
        stem = wanted.stem + (f"-{_slug(meeting)}" if meeting else "")
        return Response(
            data,
            mimetype="application/pdf" if kind == "pdf" else "text/html",
            headers={"Content-Disposition": f'attachment; filename="{stem}.{kind}"'},
        )

    # -- quarantine and health ----------------------------------------------------------------

    @app.get("/quarantine")
    def quarantine() -> BaseResponse:
        store = snapshot()
        records = []
        if store is not None:
            with store:
                records = sorted(
                    (r for r in store.message_records() if r["disposition"] == "quarantined"),
                    key=lambda r: r["recorded"],
                    reverse=True,
                )
        return page("quarantine.html.j2", records=records)

    @app.post("/quarantine/<ident>")
    def quarantine_retry(ident: str) -> BaseResponse:
        from inbox_agent.app.desk import retry_quarantined

        if not _QUARANTINE_ID.fullmatch(ident):
            abort(404)
        with Store(settings.data_dir, wait=STORE_WAIT) as store:
            counts = retry_quarantined(store, settings, rules, ident)
        log.info("board: %s retried quarantined message %s: %s", who(), ident[:12], counts)
        return redirect("/quarantine", code=303)

    @app.get("/status")
    def status() -> BaseResponse:
        health = read_health(settings.data_dir)
        healthy, verdict = assess(health, now_of(), settings.poll_seconds)
        store = snapshot()
        outbox: list[dict[str, Any]] = []
        if store is not None:
            with store:
                outbox = store.outbox_entries()
        counts: dict[str, int] = {}
        for entry in outbox:
            counts[entry["state"]] = counts.get(entry["state"], 0) + 1
        waiting = [e for e in outbox if e["state"] not in ("sent", "cancelled")]
        return page(
            "status.html.j2", healthy=healthy, verdict=verdict, health=health, counts=counts, waiting=waiting[-50:]
        )

    return app


def _matches(
    case: dict[str, Any],
    view_name: str,
    category: str,
    status: str,
    query: str,
    today: date,
    days: WorkingDays,
    settings: Settings,
) -> bool:
    is_open = case["status"] in casebook.OPEN_STATES
    if view_name == "open" and not is_open:
        return False
    if view_name == "review" and not (
        case["status"] == NEEDS_REVIEW
        if NEEDS_REVIEW
        else (is_open and (case.get("review") or case["status"] == casebook.NEW))
    ):
        return False
    if view_name == "overdue" and not (is_open and casebook.clocks(case, today, days, settings.timescales)["overdue"]):
        return False
    if category and case["category"] != category:
        return False
    if status and case["status"] != status:
        return False
    if query:
        needle = query.casefold()
        haystack = " ".join(
            [
                case["ref"],
                case.get("sender", ""),
                case.get("sender_name", ""),
                case.get("subject", ""),
                case.get("excerpt", ""),
                *(m.get("subject", "") for m in case.get("messages", [])),
                *(e.get("note", "") for e in case.get("history", [])),
            ]
        ).casefold()
        if needle not in haystack:
            return False
    return True


@lru_cache(maxsize=4096)
def _message_text(path: Path) -> str:
    """A kept message's text, case-folded for search. Evidence never changes under its hash, so it is cached."""
    try:
        shown = view(path.read_bytes())
    except OSError:
        return ""
    return " ".join([shown.subject, shown.text or nh3.clean(shown.html, tags=set())]).casefold()


def _text_matches(store: Store, case: dict[str, Any], query: str) -> bool:
    needle = query.casefold()
    return any(
        needle in _message_text(store.evidence_path(m["evidence"]))
        for m in case.get("messages", [])
        if m.get("evidence")
    )


def _rule_description(rules: RuleSet, rule_id: str) -> str:
    return next((r.description for r in rules.rules if r.id == rule_id), "")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


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
