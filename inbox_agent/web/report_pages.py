"""The board's reports: a preview of the weekly digest, and the council summary for a period as HTML or PDF.

The digest is an email, so its preview allows inline styles (still no script); both are built from the store's
snapshot by the same code that writes them for the agent (reports/jobs.py).
"""

from __future__ import annotations

import re
import tempfile
from datetime import date, timedelta
from pathlib import Path

from flask import Flask, Response, abort, request
from werkzeug.wrappers import Response as BaseResponse

from inbox_agent.core.workdays import local_date
from inbox_agent.web.guard import CSP
from inbox_agent.web.state import board

CSP_DIGEST = CSP.replace(
    "style-src 'self'", "style-src 'unsafe-inline'"
)  # the digest is an email: inline styles, still no script


def digest_preview() -> BaseResponse:
    from inbox_agent.reports.jobs import compose_digest

    state = board()
    store = state.snapshot()
    if store is None:
        return state.refuse(404, "there are no cases yet", "the digest appears after the agent's first poll")
    with store:
        digest = compose_digest(store, state.settings, state.rules, state.now_of())
    response = Response(state.renderer.render("digest.html.j2", digest=digest), mimetype="text/html")
    response.headers["Content-Security-Policy"] = CSP_DIGEST
    return response


def summary_form() -> BaseResponse:
    today = local_date(board().now_of())
    first = today.replace(day=1)
    last_month_end = first - timedelta(days=1)
    return board().page(
        "summary.html.j2",
        start=last_month_end.replace(day=1).isoformat(),
        end=last_month_end.isoformat(),
        meeting="",
    )


def summary_file(kind: str) -> BaseResponse:
    from inbox_agent.reports.jobs import write_summary

    state = board()
    if kind not in ("html", "pdf"):
        abort(404)
    try:
        start = date.fromisoformat(request.args.get("from", ""))
        end = date.fromisoformat(request.args.get("to", ""))
    except ValueError:
        return state.refuse(
            400, "the period needs a first and a last day", "pick both dates, e.g. 2026-10-01 and 2026-10-31"
        )
    meeting = " ".join(request.args.get("meeting", "").split())[:120]
    store = state.snapshot()
    if store is None:
        return state.refuse(404, "there are no cases yet", "the summary needs the agent's cases")
    with store, tempfile.TemporaryDirectory(prefix="board-summary-") as tmp:
        paths = write_summary(state.renderer, store, state.settings, state.rules, start, end, Path(tmp))
        wanted = next(p for p in paths if p.suffix == f".{kind}")
        data = wanted.read_bytes()
    stem = wanted.stem + (f"-{_slug(meeting)}" if meeting else "")
    return Response(
        data,
        mimetype="application/pdf" if kind == "pdf" else "text/html",
        headers={"Content-Disposition": f'attachment; filename="{stem}.{kind}"'},
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def register(app: Flask) -> None:
    app.add_url_rule("/digest", view_func=digest_preview, methods=["GET"])
    app.add_url_rule("/summary", view_func=summary_form, methods=["GET"])
    app.add_url_rule("/summary/<kind>", view_func=summary_file, methods=["GET"])
