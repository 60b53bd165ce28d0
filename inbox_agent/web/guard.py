"""What every response of the board goes through: the login and CSRF guard before it, the security headers after
it, and error pages that name the problem and the fix instead of a traceback.

Only the login page and the stylesheet are open; a GET without a session is sent to the login page, except downloads
(a redirect would save the login page under the download's name), and every POST must carry the session's CSRF token.
"""

from __future__ import annotations

import hmac

from flask import Flask, redirect, request
from werkzeug.wrappers import Response as BaseResponse

from inbox_agent.errors import AgentError, StoreLocked
from inbox_agent.web import users as accounts
from inbox_agent.web.state import board

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
OPEN_ENDPOINTS = ("login", "stylesheet")
DOWNLOAD_ENDPOINTS = (None, "evidence_zip", "summary_file")  # None: no such page, so a 401 rather than a redirect


def headers(response: BaseResponse) -> BaseResponse:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "no-store"
    response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    return response


def guard() -> BaseResponse | None:
    if request.endpoint in OPEN_ENDPOINTS:
        return None
    state = board()
    session = state.current()
    if session is not None and session.user is not None and not accounts.exists(state.settings.data_dir, session.user):
        state.end_session()  # the account was removed: its sessions end now, not when they expire
        session = None
    if session is None or session.user is None:
        if request.method == "GET" and request.endpoint not in DOWNLOAD_ENDPOINTS:
            return redirect("/login", code=303)
        return state.refuse(401, "please log in first", "open the board's address and log in")
    if request.method == "POST":
        sent = request.form.get("csrf", "")
        if not sent or not hmac.compare_digest(sent, session.csrf):
            return state.refuse(
                403,
                "this form has expired or did not come from the board",
                "go back, reload the page and try again",
            )
    return None


def not_found(_error: Exception) -> BaseResponse:
    if not board().who():
        return board().refuse(401, "please log in first", "open the board's address and log in")
    return board().refuse(404, "there is no such page or case", "go back to the list of cases")


def bad_request(_error: Exception) -> BaseResponse:
    return board().refuse(400, "the board did not understand that request", "use the buttons on the board")


def not_allowed(_error: Exception) -> BaseResponse:
    return board().refuse(405, "that cannot be done here", "use the buttons on the board")


def agent_error(exc: AgentError) -> BaseResponse:
    return board().refuse(409 if not isinstance(exc, StoreLocked) else 503, exc.problem, exc.fix)


def register(app: Flask) -> None:
    app.before_request(guard)
    app.after_request(headers)
    app.register_error_handler(404, not_found)
    app.register_error_handler(400, bad_request)
    app.register_error_handler(405, not_allowed)
    app.register_error_handler(AgentError, agent_error)
