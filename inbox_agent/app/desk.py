"""The Clerk's desk work that both the command line and the case board do: retrying quarantined mail, and the
agent's status."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from inbox_agent.app.pipeline import Pipeline, PollReport
from inbox_agent.config import Settings
from inbox_agent.core.models import Fetched
from inbox_agent.core.records import Disposition, MessageRecord
from inbox_agent.core.rules import RuleSet
from inbox_agent.errors import AgentError
from inbox_agent.reports.render import Renderer
from inbox_agent.store.database import STORE_FILE, Store
from inbox_agent.store.health import assess, read_health


def quarantined(store: Store) -> list[MessageRecord]:
    return sorted(
        (r for r in store.message_records() if r.disposition == Disposition.QUARANTINED), key=lambda r: r.recorded
    )


def find_quarantined(store: Store, ident: str) -> MessageRecord:
    found = [r for r in quarantined(store) if (r.evidence or "").startswith(ident.lower()) or r.location == ident]
    if len(found) != 1:
        raise AgentError(
            f"{'no' if not found else 'more than one'} quarantined message matches {ident!r}",
            fix="use the id shown by 'python run.py quarantine list' (the start of its SHA-256)",
        )
    return found[0]


def retry_quarantined(store: Store, settings: Settings, rules: RuleSet, ident: str | None) -> dict[str, int]:
    """Read quarantined mail again (one by id, or all with None): filed, or left in quarantine. Commits."""
    chosen = quarantined(store) if ident is None else [find_quarantined(store, ident)]
    pipeline = Pipeline(settings, store, rules, Renderer(settings))
    start = pipeline.start_time()
    report = PollReport()
    for record in chosen:
        folder, validity, uid = record.location.split("|", 2)
        raw = store.read_evidence(record.evidence or "")
        received = datetime.fromisoformat(record.received) if record.received else None
        pipeline.handle(Fetched(folder, int(validity), uid, raw, received), start, report, revisit=True)
    store.commit()
    return report.counts


def agent_status(settings: Settings, now: datetime) -> dict[str, Any]:
    """What `status` reports: the health file's verdict, and the outbox, quarantine and store at a glance."""
    health = read_health(settings.data_dir)
    healthy, verdict = assess(health, now, settings.poll_seconds)
    counts: dict[str, int] = {}
    quarantined_count = cases = messages = size = 0
    if (settings.data_dir / STORE_FILE).exists():
        with Store(settings.data_dir, readonly=True) as store:
            for entry in store.outbox_entries():
                counts[entry.state] = counts.get(entry.state, 0) + 1
            for record in store.message_records():
                quarantined_count += record.disposition == Disposition.QUARANTINED
                messages += 1
            cases = len(store.cases())
        size = (settings.data_dir / STORE_FILE).stat().st_size
    return {
        "healthy": healthy,
        "verdict": verdict,
        "last_poll_ok": health.get("last_poll_ok"),
        "heartbeat": health.get("heartbeat"),
        "last_error": health.get("last_error"),
        "outbox": counts,
        "quarantined": quarantined_count,
        "store_bytes": size,
        "cases": cases,
        "messages": messages,
    }
