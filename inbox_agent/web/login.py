"""Logging in and out of the board: argon2 accounts (users.py), a fresh session id at login (no fixation), and
failed logins throttled per account and per address."""

from __future__ import annotations

import hmac
from pathlib import Path

from flask import Flask, Response, redirect, request
from werkzeug.wrappers import Response as BaseResponse

from inbox_agent.web import users as accounts
from inbox_agent.web.state import board, log


def stylesheet() -> BaseResponse:
    css = (Path(board().settings.templates_dir) / "web" / "board.css").read_text()
    return Response(css, mimetype="text/css")


def login() -> BaseResponse:
    if request.method == "GET":
        return _login_form()
    state = board()
    session = state.current()
    if session is None or not hmac.compare_digest(request.form.get("csrf", ""), session.csrf):
        return state.refuse(
            403, "this form has expired or did not come from the board", "reload the login page and try again"
        )
    name = request.form.get("name", "").strip().lower()[:64]
    password = request.form.get("password", "")[:1024]
    address = request.remote_addr or "unknown"
    keys = (f"user:{name}", f"addr:{address}")
    now = state.now_of()
    if state.throttle.blocked(keys, now):
        log.warning("board: login refused, too many failures for %s", "this account or address")
        return state.page(
            "login.html.j2", http_status=429, problem="too many failed logins: wait 15 minutes and try again"
        )
    if not accounts.verify(state.settings.data_dir, name, password):
        state.throttle.fail(keys, now)
        return state.page("login.html.j2", http_status=401, problem="that name and password do not match an account")
    state.throttle.clear(f"user:{name}")
    state.end_session()  # a new session id at login: no fixation
    token, _ = state.new_session(name)
    log.info("board: %s logged in", name)
    return state.set_cookie(redirect("/cases", code=303), token)


def _login_form() -> BaseResponse:
    """The login page, with a session of no one that carries the form's CSRF token; a signed-in user goes on."""
    state = board()
    session = state.current()
    if session is not None and session.user:
        return redirect("/cases", code=303)
    token, session = state.new_session(None)
    response = Response(
        state.app.jinja_env.get_template("web/login.html.j2").render(
            csrf=session.csrf, user=None, council=state.settings.council_name, path="/login", problem=""
        ),
        mimetype="text/html",
    )
    return state.set_cookie(response, token)


def logout() -> BaseResponse:
    state = board()
    state.end_session()
    response = redirect("/login", code=303)
    response.delete_cookie(state.cookie, path="/", secure=state.cookie_secure(), httponly=True, samesite="Strict")
    return response


def register(app: Flask) -> None:
    app.add_url_rule("/board.css", view_func=stylesheet, methods=["GET"])
    app.add_url_rule("/login", view_func=login, methods=["GET", "POST"])
    app.add_url_rule("/logout", view_func=logout, methods=["POST"])
