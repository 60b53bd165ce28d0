"""The council's summary for its meetings: a report of the Clerk, figures only, from the cases, for a period.

Meeting papers are public, so nothing here carries personal data: no senders, no names, no subjects, no excerpts
and no case references. In a village a small count ("1 threat" in a month) can identify people, so every count
from 1 up to the threshold (SMALL_NUMBER_THRESHOLD, default 3) is shown as "fewer than 3", and the weekly chart
gives totals by broad group only. Every number in the generated paragraph is computed here; nothing is invented.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from inbox_agent.core import cases as casebook
from inbox_agent.core.models import Group, Timescales
from inbox_agent.core.records import Case, CaseStatus
from inbox_agent.core.workdays import LONDON, WorkingDays, local_date

STATUS_AFTER = {
    "acknowledged": None,
    "started": casebook.IN_PROGRESS,
    "resolved": casebook.RESOLVED,
    "closed": casebook.CLOSED,
    "reopened": casebook.REOPENED,
}
CHART = {"width": 640, "height": 200, "left": 36, "bottom": 28, "top": 10}


def status_at(case: Case, moment: datetime) -> CaseStatus | None:
    """The case's status at a moment, replayed from its history; None if it did not exist yet."""
    if datetime.fromisoformat(case.filed) > moment:
        return None
    status: CaseStatus | None = casebook.NEW
    before_review: CaseStatus | None = casebook.NEW
    for event in case.history:
        if datetime.fromisoformat(event.at) > moment:
            break
        if event.kind == "acknowledged":
            status = casebook.ACKNOWLEDGED if status == casebook.NEW else status
        elif event.kind == casebook.NEEDS_REVIEW:
            before_review, status = status, casebook.NEEDS_REVIEW
        elif event.kind == "reviewed":
            status = before_review
        elif event.kind in STATUS_AFTER:
            status = STATUS_AFTER[event.kind]
    return status


def _received(case: Case) -> date:
    return local_date(case.received)


def _count(items: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def _week(day: date) -> date:
    return day - timedelta(days=day.weekday())


def uk_date(day: date | str) -> str:
    """'1 October 2026': UK style, as the agenda pack writes dates."""
    day = date.fromisoformat(day) if isinstance(day, str) else day
    return f"{day.day} {day:%B %Y}"


def small(count: int, threshold: int) -> str:
    """A count as the public paper shows it: 0 as 0, 1 up to the threshold as 'fewer than N'."""
    return f"fewer than {threshold}" if 0 < count < threshold else str(count)


def shown(counts: list[int], threshold: int) -> list[str]:
    """A column of counts that add up to a total shown beside them: small ones hidden, and if only one is hidden the
    next smallest is hidden too, so the hidden one cannot be worked out by subtraction."""
    hidden = {i for i, n in enumerate(counts) if 0 < n < threshold}
    if len(hidden) == 1:
        rest = sorted((n, i) for i, n in enumerate(counts) if n and i not in hidden)
        if rest:
            hidden.add(rest[0][1])
    return [
        f"fewer than {threshold}"
        if i in hidden and n < threshold
        else (f"{threshold} or more" if i in hidden else str(n))
        for i, n in enumerate(counts)
    ]


def chart(
    cases: Sequence[Case],
    start: date,
    end: date,
    groups: Sequence[Group],
    group_of: Mapping[str, str],
    labels: Mapping[str, str],
) -> dict[str, Any]:
    """Stacked bars of cases per week in rules.yaml's broad groups, as geometry for an SVG template (no script, no
    network). Each group is told apart by its colour, its pattern, and its name in the legend and the text; `labels`
    names, in order, the categories the legend lists under each group."""
    weeks = []
    week = _week(start)
    while week <= end:
        weeks.append(week)
        week += timedelta(days=7)
    per_week = {w: _count([group_of.get(c.category, "") for c in cases if _week(_received(c)) == w]) for w in weeks}
    peak = max([sum(v.values()) for v in per_week.values()] + [1])
    plot_h = CHART["height"] - CHART["bottom"] - CHART["top"]
    slot = (CHART["width"] - CHART["left"]) / max(1, len(weeks))
    bars, ticks, alt = [], [], []
    for index, week in enumerate(weeks):
        x = CHART["left"] + index * slot + slot * 0.15
        y: float = CHART["top"] + plot_h
        for group in groups:
            n = per_week[week].get(group.key, 0)
            if n:
                h = plot_h * n / peak
                y -= h
                bars.append(
                    {
                        "x": round(x, 1),
                        "y": round(y, 1),
                        "w": round(slot * 0.7, 1),
                        "h": round(h, 1),
                        "colour": group.colour,
                        "pattern": group.key if group.pattern != "solid" else "",
                        "title": f"week of {uk_date(week)}: {group.label.lower()} {n}",
                    }
                )
        ticks.append({"x": round(x + slot * 0.35, 1), "label": f"{week.day} {week:%b}"})
        if per_week[week]:
            alt.append(
                f"week of {week.day} {week:%b}: "
                + ", ".join(f"{group.label.lower()} {per_week[week].get(group.key, 0)}" for group in groups)
            )
    step = max(1, round(peak / 4))
    grid = [{"y": round(CHART["top"] + plot_h - plot_h * v / peak, 1), "label": v} for v in range(0, peak + 1, step)]
    return {
        **CHART,
        "bars": bars,
        "ticks": ticks,
        "grid": grid,
        "legend": [
            {**asdict(g), "members": [label for n, label in labels.items() if group_of.get(n) == g.key]} for g in groups
        ],
        "baseline": CHART["top"] + plot_h,
        "text": (
            f"Cases received each week, in {_in_words(len(groups))} group{'' if len(groups) == 1 else 's'}: "
            + "; ".join(alt)
            + "; no cases in the other weeks."
            if alt
            else "No cases were received in any week of the period."
        ),
    }


def _in_words(n: int) -> str:
    """'two': a paper writes small numbers in words."""
    return ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")[n] if n < 10 else str(n)


def build_summary(
    cases: list[Case],
    start: date,
    end: date,
    *,
    days: WorkingDays,
    scales: Timescales,
    order: list[str],
    labels: Mapping[str, str],
    groups: Sequence[Group],
    group_of: Mapping[str, str],
    threshold: int = 3,
    today: date | None = None,
    item: str = "",
    meeting: date | None = None,
) -> dict[str, Any]:
    """The figures for the period. A period that ends after `today` is cut to today, with a note: a paper must not
    count days that have not happened. `scales` should carry each category's reply_days, so 'overdue' counts only
    cases that owe a reply, as at the period's end."""
    note = ""
    if today is not None and end > today:
        note = (
            f"The period asked for ran to {uk_date(end)}; the figures are to {uk_date(today)}, the date of this "
            "report, and the previous period is of the same length."
        )
        end = today
    length = (end - start).days + 1
    previous_start, previous_end = start - timedelta(days=length), start - timedelta(days=1)
    current = [c for c in cases if start <= _received(c) <= end]
    previous = [c for c in cases if previous_start <= _received(c) <= previous_end]
    end_moment = datetime.combine(end + timedelta(days=1), time(0), tzinfo=LONDON)
    previous_end_moment = datetime.combine(start, time(0), tzinfo=LONDON)
    by_category = _count([c.category for c in current])
    by_category_before = _count([c.category for c in previous])
    by_status = _count([status_at(c, end_moment) or "" for c in current])
    by_status_before = _count([status_at(c, previous_end_moment) or "" for c in previous])

    def actions_between(a: date, b: date) -> dict[str, int]:
        return _count([action.kind for c in cases for action in c.actions if a <= local_date(action.at) <= b])

    acknowledged_in_time = acknowledged_late = not_acknowledged = responded_in_time = responded_late = overdue_now = 0
    owing = 0
    for case in current:
        status = status_at(case, end_moment)
        # Clocks as they stood at the end of the period, not as the case stands today. A case filed only after it
        # (a backfill) owed nothing yet: its clocks are counted as for a case no longer open.
        then = replace(case, status=status or casebook.CLOSED)
        clocks = casebook.clocks(then, local_date(end_moment - timedelta(seconds=1)), days, scales)
        if case.acknowledged and datetime.fromisoformat(case.acknowledged) < end_moment:
            if local_date(case.acknowledged) <= date.fromisoformat(clocks["acknowledge_by"]):
                acknowledged_in_time += 1
            else:
                acknowledged_late += 1
        else:
            not_acknowledged += 1
        if clocks["respond_by"] is None:
            continue  # no reply is owed (abuse, threats, reports): never on time, never late
        owing += 1
        if status in (casebook.RESOLVED, casebook.CLOSED) and case.closed_at:
            if local_date(case.closed_at) <= date.fromisoformat(clocks["respond_by"]):
                responded_in_time += 1
            else:
                responded_late += 1
        elif "response" in clocks["overdue"]:
            overdue_now += 1

    categories = [c for c in order if by_category.get(c) or by_category_before.get(c)]
    statuses = [s for s in casebook.STATES if by_status.get(s) or by_status_before.get(s)]
    actions_now, actions_before = actions_between(start, end), actions_between(previous_start, previous_end)

    def column(counts: list[int], total: int | None = None) -> list[str]:
        return shown([*counts, *([] if total is None else [total])], threshold)

    cat_now = column([by_category.get(c, 0) for c in categories], len(current))
    cat_before = column([by_category_before.get(c, 0) for c in categories], len(previous))
    status_now = column([by_status.get(s, 0) for s in statuses])
    status_before = column([by_status_before.get(s, 0) for s in statuses])
    timeliness = {
        "acknowledged_in_time": acknowledged_in_time,
        "acknowledged_late": acknowledged_late,
        "not_acknowledged": not_acknowledged,
        "owing": owing,
        "responded_in_time": responded_in_time,
        "responded_late": responded_late,
        "overdue": overdue_now,
        "acknowledge_days": scales.acknowledge,
    }
    figures = {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "days": length,
        "note": note,
        "period": f"{uk_date(start)} to {uk_date(end)}",
        "previous": f"{uk_date(previous_start)} to {uk_date(previous_end)}",
        "previous_start": previous_start.isoformat(),
        "previous_end": previous_end.isoformat(),
        "item": item,
        "meeting": uk_date(meeting) if meeting else "",
        "threshold": threshold,
        "total": len(current),
        "total_before": len(previous),
        "total_shown": cat_now[-1],
        "total_before_shown": cat_before[-1],
        "by_category": [
            {
                "category": c,
                "label": labels.get(c, c),
                "count": by_category.get(c, 0),
                "before": by_category_before.get(c, 0),
                "count_shown": cat_now[i],
                "before_shown": cat_before[i],
            }
            for i, c in enumerate(categories)
        ],
        "by_status": [
            {
                "status": s.replace("_", " "),
                "count": by_status.get(s, 0),
                "before": by_status_before.get(s, 0),
                "count_shown": status_now[i],
                "before_shown": status_before[i],
            }
            for i, s in enumerate(statuses)
        ],
        "actions": [
            {
                "kind": k,
                "label": casebook.ACTION_KINDS[k],
                "count": actions_now.get(k, 0),
                "before": actions_before.get(k, 0),
                "count_shown": small(actions_now.get(k, 0), threshold),
                "before_shown": small(actions_before.get(k, 0), threshold),
            }
            for k in casebook.ACTION_KINDS
        ],
        "timeliness": timeliness,
        "timeliness_shown": _timeliness_shown(timeliness, len(current), threshold),
        "chart": chart(current, start, end, groups, group_of, {c: labels.get(c, c) for c in order}),
        # The paragraph names the first group of rules.yaml (civility and respect, as shipped) and its count.
        "lead_group": {
            "label": groups[0].label if groups else "",
            "count": sum(1 for c in current if groups and group_of.get(c.category) == groups[0].key),
        },
    }
    figures["paragraph"] = paragraph(figures)
    return figures


def _timeliness_shown(t: Mapping[str, int], total: int, threshold: int) -> dict[str, str]:
    """Each group of timeliness counts adds up to a total the paper shows, so each is hidden as a column is."""
    acks = shown([t["acknowledged_in_time"], t["acknowledged_late"], t["not_acknowledged"], total], threshold)
    open_owing = t["owing"] - t["responded_in_time"] - t["responded_late"] - t["overdue"]
    replies = shown([t["responded_in_time"], t["responded_late"], t["overdue"], open_owing, t["owing"]], threshold)
    return {
        "acknowledged_in_time": acks[0],
        "acknowledged_late": acks[1],
        "not_acknowledged": acks[2],
        "responded_in_time": replies[0],
        "responded_late": replies[1],
        "overdue": replies[2],
        "open_not_due": replies[3],
        "owing": replies[4],
    }


def _times(count: int, count_shown: str) -> str:
    return "once" if count_shown == "1" else f"{count_shown} times"


def _n(count: int, one: str, many: str | None = None, threshold: int = 3) -> str:
    if 0 < count < threshold:
        return f"fewer than {threshold} {many or one + 's'}"
    return f"{count} {one if count == 1 else (many or one + 's')}"


def paragraph(f: Mapping[str, Any]) -> str:
    """Plain English from the figures alone, for the Clerk to edit before the meeting; small counts stay hidden."""
    k = f["threshold"]
    change = f["total"] - f["total_before"]
    if f["total"] < k or f["total_before"] < k:
        trend = f"compared with {_n(f['total_before'], 'case', threshold=k)} in the previous {f['days']} days"
    else:
        trend = (
            "the same number as" if change == 0 else f"{abs(change)} {'more' if change > 0 else 'fewer'} than"
        ) + f" in the previous {f['days']} days"
    text = [
        f"Between {uk_date(f['start'])} and {uk_date(f['end'])} "
        f"the Clerk's inbox opened {_n(f['total'], 'case', threshold=k)}, {trend}."
    ]
    lead = f["lead_group"]
    if lead["count"]:
        text.append(f"{_n(lead['count'], 'case', threshold=k)} concerned {lead['label'].lower()}.")
    t, ts = f["timeliness"], f["timeliness_shown"]
    if f["total"]:
        text.append(
            f"{ts['acknowledged_in_time']} {'was' if ts['acknowledged_in_time'] == '1' else 'were'} "
            f"acknowledged within {t['acknowledge_days']} working days."
        )
    if t["owing"]:
        text.append(
            f"Of the cases that owed the sender a reply ({ts['owing']}), {ts['responded_in_time']} had been "
            f"answered and closed on time by the end of the period, {ts['responded_late']} late, and "
            f"{ts['overdue']} {'was' if ts['overdue'] == '1' else 'were'} overdue."
        )
    taken = [a for a in f["actions"] if a["count"]]
    if taken:
        text.append(
            "Actions recorded under section 3 of the policy: "
            + "; ".join(f"{a['label']}, {_times(a['count'], a['count_shown'])}" for a in taken)
            + "."
        )
    else:
        text.append("No actions under section 3 of the policy were recorded in the period.")
    return " ".join(text)
