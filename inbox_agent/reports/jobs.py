"""Builds the digest and the council summary from the store, and writes or sends them.

The contents are decided in digest.py and summary.py; this module only gathers their inputs
(cases, evidence excerpts, health) and puts the results on disk or in the outbox.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from inbox_agent.config import Settings
from inbox_agent.core.cases import NEEDS_REVIEW, OPEN_STATES
from inbox_agent.core.digest import build_digest, excerpt, mask
from inbox_agent.core.normalise import parse
from inbox_agent.core.records import Case, Disposition, MailKind, OutboxEntry
from inbox_agent.core.rules import AUTOMATED, RuleSet
from inbox_agent.core.summary import build_summary
from inbox_agent.core.workdays import WorkingDays, local_date
from inbox_agent.errors import AgentError
from inbox_agent.mail.outbox import queue
from inbox_agent.reports.pdf import write_pdf
from inbox_agent.reports.render import Renderer
from inbox_agent.store.database import Store
from inbox_agent.store.health import read_health, record

log = logging.getLogger(__name__)


def labels(rules: RuleSet) -> dict[str, str]:
    return {name: category.label for name, category in rules.categories.items()}


def case_categories(rules: RuleSet) -> list[str]:
    """Categories that open cases, most serious first: the order of tables and charts."""
    ordered = [name for name in rules.priority if rules.category(name).case]
    return ordered + [
        name for name, c in rules.categories.items() if c.case and name not in ordered and name != AUTOMATED
    ]


def _excerpt(store: Store, case: Case, words: tuple[str, ...]) -> str:
    """From the evidence where it is kept (older stores hold excerpts masked letter by letter), else the case's own."""
    digest = case.first_evidence
    try:
        own = parse(store.evidence_path(digest).read_bytes()).own_text if digest else None
    except (OSError, AgentError):
        own = None
    return excerpt(own, words) if own is not None else mask(case.excerpt or "", words)


def compose_digest(store: Store, settings: Settings, rules: RuleSet, now: datetime) -> dict[str, Any]:
    cases = store.cases()
    wanted = rules.digest_categories(settings.digest_include_complaints)
    words = rules.mask_words if settings.mask_words else ()
    excerpts = {
        c.ref: _excerpt(store, c, words)
        for c in cases
        if (c.category in wanted and c.status in OPEN_STATES) or c.status == NEEDS_REVIEW
    }
    week_ago = (now - timedelta(days=7)).isoformat()
    quarantined = [
        r for r in store.message_records() if r.disposition == Disposition.QUARANTINED and r.recorded > week_ago
    ]
    return build_digest(
        cases,
        store.outbox_entries(),
        quarantined,
        read_health(settings.data_dir),
        now,
        days=WorkingDays(),
        scales=rules.timescales(settings.timescales),
        wanted=wanted,
        excerpts=excerpts,
        labels=labels(rules),
    )


def write_digest_preview(renderer: Renderer, digest: dict[str, Any], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in ("digest.html", "digest.txt"):
        path = out / name
        path.write_text(renderer.render(f"{name}.j2", digest=digest))
        written.append(path)
    return written


def queue_digest(
    store: Store, settings: Settings, renderer: Renderer, digest: dict[str, Any], now: datetime, label: str
) -> OutboxEntry:
    """Into the outbox, so the digest gets the same retries and the same at-most-once sending as everything else."""
    return queue(
        store,
        renderer.digest_mail(digest, now),
        kind=MailKind.DIGEST,
        case_ref=f"DIGEST-{label}",
        now=now,
        envelope_from=settings.envelope_from,
    )


def digest_sent(settings: Settings, now: datetime) -> None:
    record(settings.data_dir, now, ok="digest", last_digest=now.isoformat())


def write_summary(
    renderer: Renderer,
    store: Store,
    settings: Settings,
    rules: RuleSet,
    start: date,
    end: date,
    out: Path,
    paragraph: str | None = None,
    *,
    item: str = "",
    meeting: date | None = None,
    today: date | None = None,
) -> list[Path]:
    """The report of the Clerk for the agenda pack, as HTML, PDF and the editable paragraph. `today` (the local date
    by default) cuts a period that has not ended yet."""
    if end < start:
        raise AgentError(f"the period ends ({end}) before it starts ({start})", fix="give --from before --to")
    today = today or local_date(datetime.now(UTC))
    if start > today:
        raise AgentError(f"the period starts ({start}) after today ({today})", fix="give a period that has begun")
    figures = build_summary(
        store.cases(),
        start,
        end,
        days=WorkingDays(),
        scales=rules.timescales(settings.timescales),
        order=case_categories(rules),
        labels=labels(rules),
        groups=rules.groups,
        group_of=rules.group_of(),
        threshold=settings.small_number_threshold,
        today=today,
        item=item,
        meeting=meeting,
    )
    end = date.fromisoformat(figures["end"])
    if paragraph is not None:
        figures["paragraph"] = paragraph.strip()
    out.mkdir(parents=True, exist_ok=True)
    html = renderer.render("summary.html.j2", summary=figures)
    stem = f"council-summary-{start.isoformat()}-to-{end.isoformat()}"
    html_path = out / f"{stem}.html"
    html_path.write_text(html)
    paragraph_path = out / f"{stem}-paragraph.txt"
    paragraph_path.write_text(figures["paragraph"] + "\n")
    return [html_path, write_pdf(html, out / f"{stem}.pdf"), paragraph_path]
