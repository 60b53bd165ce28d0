"""The council's summary for its meetings: figures only, from the cases, for a period.

Meeting papers are public, so nothing here carries personal data: no senders, no names, no
excerpts. Case references and categories are the finest detail. Every number in the generated
paragraph is computed here from the cases; nothing is invented.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any, Mapping
from zoneinfo import ZoneInfo

from . import cases as casebook
from .models import Timescales
from .workdays import WorkingDays, local_date

LONDON = ZoneInfo("Europe/London")
STATUS_AFTER = {"acknowledged": None, "started": casebook.IN_PROGRESS, "resolved": casebook.RESOLVED,
                "closed": casebook.CLOSED, "reopened": casebook.REOPENED}
COLOURS = {"threat": "#b2182b", "hate": "#762a83", "abusive": "#e66101", "abuse_report": "#fdb863",
           "conduct_complaint": "#5e3c99", "complaint": "#2166ac", "foi_request": "#1b7837", "subject_access": "#5aae61"}
CHART = {"width": 640, "height": 220, "left": 36, "bottom": 28, "top": 10}


def status_at(case: Mapping[str, Any], moment: datetime) -> str | None:
    """The case's status at a moment, replayed from its history; None if it did not exist yet."""
    if datetime.fromisoformat(case["filed"]) > moment:
        return None
    status = before_review = casebook.NEW
    for event in case["history"]:
        if datetime.fromisoformat(event["at"]) > moment:
            break
        if event["kind"] == "acknowledged":
            status = casebook.ACKNOWLEDGED if status == casebook.NEW else status
        elif event["kind"] == casebook.NEEDS_REVIEW:
            before_review, status = status, casebook.NEEDS_REVIEW
        elif event["kind"] == "reviewed":
            status = before_review
        elif event["kind"] in STATUS_AFTER:
            status = STATUS_AFTER[event["kind"]]
    return status


def _received(case: Mapping[str, Any]) -> date:
    return local_date(case["received"])


def _count(items: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def _week(day: date) -> date:
    return day - timedelta(days=day.weekday())


def chart(cases: list[Mapping[str, Any]], start: date, end: date, order: list[str], labels: Mapping[str, str]) -> dict[str, Any]:
    """Stacked bars of cases per week by category, as geometry for an SVG template (no script, no network)."""
    weeks = []
    week = _week(start)
    while week <= end:
        weeks.append(week)
        week += timedelta(days=7)
    per_week = {w: _count([c["category"] for c in cases if _week(_received(c)) == w]) for w in weeks}
    peak = max([sum(v.values()) for v in per_week.values()] + [1])
    plot_h = CHART["height"] - CHART["bottom"] - CHART["top"]
    slot = (CHART["width"] - CHART["left"]) / max(1, len(weeks))
    bars, ticks = [], []
    for index, week in enumerate(weeks):
        x = CHART["left"] + index * slot + slot * 0.15
        y = CHART["top"] + plot_h
        for category in order:
            n = per_week[week].get(category, 0)
            if n:
                h = plot_h * n / peak
                y -= h
                bars.append({"x": round(x, 1), "y": round(y, 1), "w": round(slot * 0.7, 1), "h": round(h, 1),
                             "colour": COLOURS.get(category, "#777777"), "title": f"{labels.get(category, category)}: {n}"})
        ticks.append({"x": round(x + slot * 0.35, 1), "label": week.strftime("%d %b")})
    step = max(1, round(peak / 4))
    grid = [{"y": round(CHART["top"] + plot_h - plot_h * v / peak, 1), "label": v} for v in range(0, peak + 1, step)]
    legend = [{"label": labels.get(c, c), "colour": COLOURS.get(c, "#777777")} for c in order
              if any(per_week[w].get(c) for w in weeks)]
    return {**CHART, "bars": bars, "ticks": ticks, "grid": grid, "legend": legend, "baseline": CHART["top"] + plot_h}


def build_summary(cases: list[dict[str, Any]], start: date, end: date, *, days: WorkingDays, scales: Timescales,
                  order: list[str], labels: Mapping[str, str]) -> dict[str, Any]:
    length = (end - start).days + 1
    previous_start, previous_end = start - timedelta(days=length), start - timedelta(days=1)
    current = [c for c in cases if start <= _received(c) <= end]
    previous = [c for c in cases if previous_start <= _received(c) <= previous_end]
    end_moment = datetime.combine(end + timedelta(days=1), time(0), tzinfo=LONDON)
    previous_end_moment = datetime.combine(start, time(0), tzinfo=LONDON)
    by_category = _count([c["category"] for c in current])
    by_category_before = _count([c["category"] for c in previous])
    by_status = _count([status_at(c, end_moment) or "" for c in current])
    by_status_before = _count([status_at(c, previous_end_moment) or "" for c in previous])

    def actions_between(a: date, b: date) -> dict[str, int]:
        return _count([action["kind"] for c in cases for action in c.get("actions", []) if a <= local_date(action["at"]) <= b])

    acknowledged_in_time = acknowledged_late = not_acknowledged = responded_in_time = responded_late = overdue_now = 0
    for case in current:
        status = status_at(case, end_moment)
        # Clocks as they stood at the end of the period, not as the case stands today.
        clocks = casebook.clocks({**case, "status": status}, local_date(end_moment - timedelta(seconds=1)), days, scales)
        if case.get("acknowledged") and datetime.fromisoformat(case["acknowledged"]) < end_moment:
            if local_date(case["acknowledged"]) <= date.fromisoformat(clocks["acknowledge_by"]):
                acknowledged_in_time += 1
            else:
                acknowledged_late += 1
        else:
            not_acknowledged += 1
        if status in (casebook.RESOLVED, casebook.CLOSED) and case.get("closed_at"):
            if local_date(case["closed_at"]) <= date.fromisoformat(clocks["respond_by"]):
                responded_in_time += 1
            else:
                responded_late += 1
        elif "response" in clocks["overdue"]:
            overdue_now += 1

    categories = [c for c in order if by_category.get(c) or by_category_before.get(c)]
    statuses = [s for s in casebook.STATES if by_status.get(s) or by_status_before.get(s)]
    figures = {
        "start": start.isoformat(), "end": end.isoformat(), "days": length,
        "previous_start": previous_start.isoformat(), "previous_end": previous_end.isoformat(),
        "total": len(current), "total_before": len(previous),
        "by_category": [{"category": c, "label": labels.get(c, c), "count": by_category.get(c, 0),
                         "before": by_category_before.get(c, 0)} for c in categories],
        "by_status": [{"status": s.replace("_", " "), "count": by_status.get(s, 0), "before": by_status_before.get(s, 0)}
                      for s in statuses],
        "actions": [{"kind": k, "label": casebook.ACTION_KINDS[k], "count": actions_between(start, end).get(k, 0),
                     "before": actions_between(previous_start, previous_end).get(k, 0)} for k in casebook.ACTION_KINDS],
        "timeliness": {"acknowledged_in_time": acknowledged_in_time, "acknowledged_late": acknowledged_late,
                       "not_acknowledged": not_acknowledged, "responded_in_time": responded_in_time,
                       "responded_late": responded_late, "overdue": overdue_now,
                       "acknowledge_days": scales.acknowledge, "respond_days": scales.respond},
        "references": sorted(c["ref"] for c in current),
        "chart": chart(current, start, end, order, labels),
    }
    figures["paragraph"] = paragraph(figures)
    return figures


def _n(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _day(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%-d %B %Y")


def paragraph(f: Mapping[str, Any]) -> str:
    """Plain English from the figures alone, for the Clerk to edit before the meeting."""
    change = f["total"] - f["total_before"]
    trend = ("the same number as" if change == 0 else f"{abs(change)} {'more' if change > 0 else 'fewer'} than") + \
        f" in the previous {f['days']} days"
    text = [f"Between {_day(f['start'])} and {_day(f['end'])} the Clerk's inbox opened {_n(f['total'], 'case')}, {trend}."]
    civility = [c for c in f["by_category"] if c["category"] in ("threat", "hate", "abusive", "abuse_report", "conduct_complaint")
                and c["count"]]
    if civility:
        parts = ", ".join(f"{c['count']} {c['label'].lower()}" for c in civility)
        text.append(f"{_n(sum(c['count'] for c in civility), 'case')} concerned civility and respect ({parts}).")
    t = f["timeliness"]
    if f["total"]:
        text.append(f"{t['acknowledged_in_time']} of {f['total']} were acknowledged within {t['acknowledge_days']} working days"
                    + (f"; {t['not_acknowledged']} received no automatic acknowledgement" if t["not_acknowledged"] else "") + ".")
        closed = t["responded_in_time"] + t["responded_late"]
        text.append(f"{closed} were resolved or closed by the end of the period, {t['responded_in_time']} of them within "
                    f"{t['respond_days']} working days of the acknowledgement; {_n(t['overdue'], 'case was', 'cases were')} "
                    "overdue for a response.")
    taken = [a for a in f["actions"] if a["count"]]
    if taken:
        text.append("Under section 3 of the policy the council " + "; ".join(f"{a['label']} ({a['count']})" for a in taken) + ".")
    else:
        text.append("No actions under section 3 of the policy were recorded in the period.")
    return " ".join(text)
