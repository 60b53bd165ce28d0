"""The board's pages about the agent rather than cases: quarantined messages (with a retry button) and the agent's
health with the outbox's waiting mail."""

from __future__ import annotations

import re

from flask import Flask, abort, redirect
from werkzeug.wrappers import Response as BaseResponse

from inbox_agent.core.records import Disposition, OutboxEntry, OutboxState
from inbox_agent.store.database import Store
from inbox_agent.store.health import assess, read_health
from inbox_agent.web.state import STORE_WAIT, board, log

_QUARANTINE_ID = re.compile(r"[0-9a-f]{12,64}")


def quarantine() -> BaseResponse:
    store = board().snapshot()
    records = []
    if store is not None:
        with store:
            records = sorted(
                (r for r in store.message_records() if r.disposition == Disposition.QUARANTINED),
                key=lambda r: r.recorded,
                reverse=True,
            )
    return board().page("quarantine.html.j2", records=records)


def quarantine_retry(ident: str) -> BaseResponse:
    from inbox_agent.app.desk import retry_quarantined

    state = board()
    if not _QUARANTINE_ID.fullmatch(ident):
        abort(404)
    with Store(state.settings.data_dir, wait=STORE_WAIT) as store:
        counts = retry_quarantined(store, state.settings, state.judging_rules(), ident)
    log.info("board: %s retried quarantined message %s: %s", state.who(), ident[:12], counts)
    return redirect("/quarantine", code=303)


def status() -> BaseResponse:
    state = board()
    health = read_health(state.settings.data_dir)
    healthy, verdict = assess(health, state.now_of(), state.settings.poll_seconds)
    store = state.snapshot()
    outbox: list[OutboxEntry] = []
    if store is not None:
        with store:
            outbox = store.outbox_entries()
    counts: dict[str, int] = {}
    for entry in outbox:
        counts[entry.state] = counts.get(entry.state, 0) + 1
    waiting = [e for e in outbox if e.state not in (OutboxState.SENT, OutboxState.CANCELLED)]
    return state.page(
        "status.html.j2", healthy=healthy, verdict=verdict, health=health, counts=counts, waiting=waiting[-50:]
    )


def register(app: Flask) -> None:
    app.add_url_rule("/quarantine", view_func=quarantine, methods=["GET"])
    app.add_url_rule("/quarantine/<ident>", view_func=quarantine_retry, methods=["POST"])
    app.add_url_rule("/status", view_func=status, methods=["GET"])
