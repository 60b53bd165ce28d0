"""python run.py COMMAND: the Clerk's and the administrator's commands.

Exit status: 0 success, 2 usage or configuration error, 1 runtime failure. Errors are one line
naming the problem and the fix; a traceback means a bug.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys
import time
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from inbox_agent.app import logs
from inbox_agent.app.pipeline import Pipeline, utc_now
from inbox_agent.config import Settings, load_settings, settings_problems, unknown_keys
from inbox_agent.core import cases as casebook
from inbox_agent.core import learned
from inbox_agent.core.cases import CaseError
from inbox_agent.core.normalise import MalformedMessage, parse
from inbox_agent.core.rules import RuleSet, decide, load_rules, prepared_texts
from inbox_agent.core.screen import screen
from inbox_agent.core.workdays import WorkingDays, local_date
from inbox_agent.errors import AgentError, ConfigError, RulesError
from inbox_agent.mail.outbox import STATES as outbox_states
from inbox_agent.reports.export import export_case
from inbox_agent.reports.render import Renderer, local_time
from inbox_agent.store.database import AgentLock, Store

log = logging.getLogger("inbox_agent")


def _settings(
    args: argparse.Namespace, *, need_imap: bool = False, need_smtp: bool = False, **overrides: str
) -> Settings:
    env_file = Path(args.env) if args.env else (Path(".env") if Path(".env").is_file() else None)
    settings = load_settings(env_file, need_imap=need_imap, need_smtp=need_smtp, overrides=overrides or None)
    logs.configure(settings)
    return settings


def _rules(settings: Settings) -> RuleSet:
    return load_rules(settings.rules_file, settings.templates_dir)


def printable(value: object) -> str:
    """Text from mail shown on a terminal: control and other non-printing characters (an escape sequence in a
    subject, a line break in a name, a right-to-left override) are shown escaped, as `quarantine show` shows them,
    so a message cannot rewrite the screen or hide what a line says."""
    text = str(value)
    return text if text.isprintable() else "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def show(text: str) -> None:
    """One line of a `show` view, escaped with printable()."""
    print(printable(text))


def table(rows: list[dict[str, Any]], columns: list[tuple[str, str]]) -> str:
    """A plain aligned table: readable in a terminal, in an email, and in a log. Cells are escaped (printable())."""
    cells = [[printable(row.get(key, "")) for key, _ in columns] for row in rows]
    widths = [max([len(title), *(len(c[i]) for c in cells)]) for i, (_, title) in enumerate(columns)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
    return "\n".join([line([t for _, t in columns]), line(["-" * w for w in widths]), *(line(c) for c in cells)])


# -- commands -------------------------------------------------------------------------------


def cmd_poll(args: argparse.Namespace) -> int:
    from inbox_agent.app.agent import Agent
    from inbox_agent.mail.imap import ImapSource, ImapWatch
    from inbox_agent.mail.oauth import TokenSource
    from inbox_agent.mail.outbox import SmtpTransport

    settings = _settings(args, need_imap=True, need_smtp=True)
    rules = _rules(settings)
    with AgentLock(settings.data_dir):
        logs.configure(settings, to_file=True)  # the lock holder alone writes (and rotates) the log file
        tokens = TokenSource(settings.oauth) if settings.oauth else None  # one cache of tokens for every connection
        agent = Agent(
            settings,
            rules,
            lambda: ImapSource(
                settings.imap, settings.folders, settings.max_message_bytes, tokens, settings.fetch_batch_bytes
            ),
            None if args.no_send else SmtpTransport(settings.smtp, tokens),
            watch_factory=(lambda: ImapWatch(settings.imap, settings.folders[0], tokens=tokens))
            if settings.idle
            else None,
        )
        if not args.once:
            agent.run()
            return 0
        agent.handle_signals()
        try:
            report = agent.poll_once(backfill_days=args.backfill)
        except AgentError as exc:  # logged, so that a cron job's failures are in the log file too
            log.error("poll: %s", exc)
            return exc.exit_status
    print(
        json.dumps({"counts": report.counts, "mail": report.delivery}, sort_keys=True)
        if args.json
        else _summary(report.counts, report.delivery)
    )
    return 0


def _summary(counts: dict[str, int], delivery: dict[str, int]) -> str:
    parts = [f"{v} {k.replace('_', ' ')}" for k, v in sorted(counts.items()) if v]
    mail = [f"{v} {k}" for k, v in sorted(delivery.items()) if v]
    return f"messages: {', '.join(parts) or 'nothing new'}; outgoing mail: {', '.join(mail) or 'none'}"


def _paths(paths: Sequence[str]) -> list[Path]:
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file()))
        elif path.is_file():
            found.append(path)
        else:
            raise AgentError(
                f"{name}: no such file or folder", fix="give the path of a message file (.eml) or a folder of them"
            )
    return found


def cmd_classify(args: argparse.Namespace) -> int:
    settings = _settings(args)
    rules = _rules(settings)
    for path in _paths(args.paths):
        result: dict[str, Any] = {"path": str(path)}
        try:
            message = parse(path.read_bytes())
        except MalformedMessage as exc:
            result.update(category="quarantine", severity="none", hits=[], reason=exc.problem)
        else:
            screening = screen(message, settings.own_addresses)
            decision = decide(rules, message, screening)
            result.update(
                category=decision.category,
                severity=decision.severity,
                reason=decision.reason,
                hits=[
                    {"rule": h.rule, "category": h.category, "weight": h.weight, "in": h.where, "matched": h.matched}
                    for h in decision.hits
                ],
                scores=dict(decision.scores),
                review=decision.review,
            )
            if args.explain:
                result["text"] = prepared_texts(rules, message)
                if rules.model is not None and rules.model.enabled:
                    result["model"] = learned.explain(rules, message)
        if args.json:
            print(json.dumps(result, ensure_ascii=False))
            continue
        show(f"{path}: {result['category']} ({result['severity']})")
        if args.explain:
            _explain(result)
    return 0


def _explain(result: dict[str, Any]) -> None:
    for scope, text in result.get("text", {}).items():
        if text:
            show(f"  --- {scope} text, as the rules read it ---")
            for text_line in text.splitlines()[:40]:
                show("  " + text_line)
    if result["hits"]:
        show("  rules that fired:")
        for hit in result["hits"]:
            show(f"    {hit['rule']:<32} {hit['category']:<18} +{hit['weight']:g}  in {hit['in']}: {hit['matched']!r}")
    show(f"  scores: {', '.join(f'{k}={v:g}' for k, v in result.get('scores', {}).items()) or 'none'}")
    if "model" in result:
        opinion = result["model"]
        show(f"  learned model: {', '.join(f'{name} {p:.2f}' for name, p in opinion['top'])}")
        show(f"    pushed most toward {opinion['pushed_toward']}:")
        for feature, weight, source in opinion["features"]:
            show(f"      +{weight:.3f}  {learned.describe(feature, source)}")
    show(f"  decision: {result['reason']}")
    if result.get("review"):
        show(f"  needs review: {result['review']}")


CLERK_WAIT = 120.0  # seconds a Clerk's command waits for a poll in progress


def _with_clocks(case: dict[str, Any], settings: Settings, days: WorkingDays, today: date) -> dict[str, Any]:
    return {**case, "clocks": casebook.clocks(case, today, days, _timescales(settings))}


_SCALES: dict[Path, Any] = {}


def _timescales(settings: Settings) -> Any:
    """The clocks with each category's reply_days from rules.yaml, read once per command."""
    if settings.rules_file not in _SCALES:
        _SCALES[settings.rules_file] = _rules(settings).timescales(settings.timescales)
    return _SCALES[settings.rules_file]


def cmd_cases(args: argparse.Namespace) -> int:
    settings = _settings(args)
    action = args.cases_command
    if action in ("list", "show"):
        return _read_cases(args, settings)
    if action == "export":
        with Store(settings.data_dir, readonly=True) as store:
            folder = export_case(store, args.ref.upper(), Path(args.out), Renderer(settings))
        print(
            f"{folder}: {len(list((folder / 'messages').iterdir()))} message(s), manifest.json, SHA256SUMS, "
            f"timeline.txt, timeline.html"
        )
        return 0
    if action in ("reclassify", "ack"):
        return _decide_case(args, settings)
    with Store(settings.data_dir, wait=CLERK_WAIT) as store:
        case = store.case(args.ref.upper())
        if case is None:
            raise CaseError(f"there is no case {args.ref}", fix="list the cases with 'python run.py cases list'")
        now = utc_now()
        if action == "note":
            changed = casebook.add_note(case, args.text, now)
        elif action == "hold":
            changed = casebook.hold(case, args.reason, now)
        elif action == "release":
            changed = casebook.release(case, now, note=args.note or "")
        elif action == "action":
            changed = casebook.record_action(
                case, args.kind, args.note or "", now, crime_reference=args.crime_ref or ""
            )
        else:
            changed = casebook.transition(case, action, now, by="clerk", note=args.note or "")
        store.put_case(changed)
        store.commit()
    print(
        f"{changed['ref']}: {changed['status'].replace('_', ' ')}; {changed['history'][-1]['kind'].replace('_', ' ')}"
        f"{': ' + changed['history'][-1]['note'] if changed['history'][-1]['note'] else ''}"
    )
    return 0


def _decide_case(args: argparse.Namespace, settings: Settings) -> int:
    """The Clerk's decisions (actions.py, shared with the web board); mail they queue goes at the agent's next poll."""
    from inbox_agent.app import actions

    rules = _rules(settings)
    now = utc_now()
    with Store(settings.data_dir, wait=CLERK_WAIT) as store:
        queued_before = {e["id"] for e in store.outbox_entries()}
        if args.cases_command == "reclassify":
            changed = actions.reclassify(
                store, settings, rules, args.ref, args.category, note=args.note, by="clerk", now=now
            )
        elif args.send:
            changed = actions.send_held_ack(store, settings, rules, args.ref, by="clerk", now=now)
        else:
            changed = actions.drop_held_ack(store, args.ref, note=args.note or "", by="clerk", now=now)
        queued = [e for e in store.outbox_entries() if e["id"] not in queued_before]
        store.commit()
    show(f"{changed['ref']}: {changed['category']}, {changed['status'].replace('_', ' ')}")
    for entry in queued:
        show(
            f"  queued: {entry['kind']} to {', '.join(entry['to'])} ({entry['id']}); the agent sends it at its next poll"
        )
    if changed.get("ack_pending"):
        show(
            f"  an acknowledgement waits for you: python run.py cases ack {changed['ref']} --send (or --drop --note ...)"
        )
    return 0


def _read_cases(args: argparse.Namespace, settings: Settings) -> int:
    days, today = WorkingDays(), local_date(utc_now())
    with Store(settings.data_dir, readonly=True) as store:
        if args.cases_command == "show":
            case = store.case(args.ref.upper())
            if case is None:
                raise CaseError(f"there is no case {args.ref}", fix="list the cases with 'python run.py cases list'")
            case = _with_clocks(case, settings, days, today)
            if args.json:
                print(json.dumps(case, indent=2, ensure_ascii=False))
            else:
                _show_case(case)
            return 0
        cases = [_with_clocks(c, settings, days, today) for c in store.all_cases()]
    cases = [
        c
        for c in cases
        if (not args.status or c["status"] == args.status)
        and (not args.category or c["category"] == args.category)
        and (not args.overdue or c["clocks"]["overdue"])
    ]
    cases.sort(key=lambda c: c["status"] != casebook.NEEDS_REVIEW)  # what the agent was unsure of comes first
    if args.json:
        for case in cases:
            print(json.dumps(case, ensure_ascii=False))
    elif cases:
        rows = [
            {
                **c,
                "received": local_time(c["received"]),
                "subject": c["subject"][:40],
                "status": c["status"].replace("_", " "),
                "due": (c["clocks"]["respond_by"] or "-") if c["status"] in casebook.OPEN_STATES else "-",
                "overdue": ", ".join(c["clocks"]["overdue"]) or "-",
            }
            for c in cases
        ]
        print(
            table(
                rows,
                [
                    ("ref", "Reference"),
                    ("category", "Category"),
                    ("status", "Status"),
                    ("received", "Received"),
                    ("due", "Respond by"),
                    ("overdue", "Overdue"),
                    ("subject", "Subject"),
                ],
            )
        )
    else:
        print("no cases match" if (args.status or args.category or args.overdue) else "no cases yet")
    return 0


def _show_case(case: dict[str, Any]) -> None:
    for key in ("ref", "category", "severity", "status", "sender", "subject"):
        show(f"{key + ':':<12} {case.get(key, '')}")
    for key in ("received", "filed"):
        show(f"{key + ':':<12} {local_time(case[key])} (UK time)")
    clocks = case["clocks"]
    show(
        f"{'due:':<12} "
        + (
            f"acknowledge by {clocks['acknowledge_by']}, respond by {clocks['respond_by']}"
            if clocks["respond_by"]
            else "no reply is owed for this category"
        )
        + (f", review by {clocks['review_by']}" if "review_by" in clocks else "")
    )
    show(f"{'overdue:':<12} {', '.join(clocks['overdue']) or 'no'}   (age {clocks['age_working_days']} working days)")
    if case.get("linked"):
        show(f"{'linked:':<12} {', '.join(case['linked'])}")
    if case.get("ack_held"):
        show(f"{'note:':<12} {case['ack_held']}")
    if case.get("review"):
        show(f"{'review:':<12} {case['review']['reason']}")
    if case.get("ack_pending"):
        show(f"{'ack:':<12} waits for you: python run.py cases ack {case['ref']} --send (or --drop --note ...)")
    show(f"{'reason:':<12} {case['reason']}")
    if case["hits"]:
        show("hits:")
        for hit in case["hits"]:
            show(f"  {hit['rule']} ({hit['category']}, +{hit['weight']:g}) in {hit['in']}: {hit['matched']!r}")
    show("messages:")
    for message in case["messages"]:
        received = local_time(message["received"]) if message["received"] else "unknown"
        evidence = (
            f"evidence {message['evidence'][:16]}..."
            if message.get("evidence")
            else "evidence removed under data protection"
        )
        show(f"  {received}  {message.get('subject', '')[:60]!r}  {evidence}")
    if case.get("actions"):
        show("actions:")
        for action in case["actions"]:
            crime = f" (crime reference {action['crime_reference']})" if action.get("crime_reference") else ""
            show(f"  {local_time(action['at'])}  {casebook.ACTION_KINDS[action['kind']]}{crime}  {action['note']}")
    show("history:")
    for ev in case["history"]:
        show(f"  {local_time(ev['at'])}  {ev['by']:<6} {ev['kind'].replace('_', ' '):<24} {ev['note']}")


def cmd_outbox(args: argparse.Namespace) -> int:
    from inbox_agent.mail import outbox

    settings = _settings(args)
    if args.outbox_command in ("retry", "cancel"):
        with Store(settings.data_dir) as store:
            change = outbox.retry if args.outbox_command == "retry" else outbox.cancel
            entry = change(store, args.id, utc_now())
            store.commit()
        print(f"{entry['id']}: {entry['state']}")
        return 0
    with Store(settings.data_dir, readonly=True) as store:
        entries = store.outbox_entries(*([args.state] if args.state else []))
    if args.json:
        for entry in entries:
            print(json.dumps(entry, ensure_ascii=False))
    elif entries:
        print(
            table(
                entries,
                [("id", "Id"), ("state", "State"), ("attempts", "Tries"), ("to", "To"), ("last_error", "Last error")],
            )
        )
    else:
        print("the outbox is empty")
    return 0


def cmd_digest(args: argparse.Namespace) -> int:
    from inbox_agent.mail.outbox import SmtpTransport, deliver
    from inbox_agent.reports.jobs import compose_digest, digest_sent, queue_digest, write_digest_preview

    settings = _settings(args, need_smtp=args.send)
    rules = _rules(settings)
    renderer = Renderer(settings)
    now = utc_now()
    if args.send:
        with Store(settings.data_dir, wait=CLERK_WAIT) as store:
            digest = compose_digest(store, settings, rules, now)
            entry = queue_digest(store, settings, renderer, digest, now, label=f"now-{now:%Y%m%dT%H%M%S}")
            store.commit()
            counts = deliver(
                store, SmtpTransport(settings.smtp), now, retry_first=settings.retry_first, retry_for=settings.retry_for
            )
        digest_sent(settings, now)
        state = "sent" if counts["sent"] else "queued; the agent retries it"
        print(
            f"digest to {settings.clerk_email}: {digest['unresolved_count']} unresolved cases; {state} ({entry['id']})"
        )
        return 0
    with Store(settings.data_dir, readonly=True) as store:
        digest = compose_digest(store, settings, rules, now)
    for path in write_digest_preview(renderer, digest, Path(args.out)):
        print(path)
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from inbox_agent.reports.jobs import write_summary

    settings = _settings(args)
    try:
        start, end = date.fromisoformat(args.date_from), date.fromisoformat(args.date_to)
    except ValueError:
        raise ConfigError(
            f"--from {args.date_from} / --to {args.date_to}: not dates", fix="write dates as 2026-10-01"
        ) from None
    try:
        meeting = date.fromisoformat(args.meeting) if args.meeting else None
    except ValueError:
        raise ConfigError(f"--meeting {args.meeting}: not a date", fix="write the meeting date as 2027-01-12") from None
    paragraph = Path(args.paragraph).read_text() if args.paragraph else None
    with Store(settings.data_dir, readonly=True) as store:
        for path in write_summary(
            Renderer(settings),
            store,
            settings,
            _rules(settings),
            start,
            end,
            Path(args.out),
            paragraph,
            item=" ".join((args.item or "").split())[:20],
            meeting=meeting,
        ):
            print(path)
    return 0


def _label(path: Path, root: Path, names: Iterable[str]) -> str | None:
    """A file's label is the name of the category folder it sits in."""
    for part in path.relative_to(root).parts[:-1]:
        if part in names:
            return part
    return None


def _labelled(args: argparse.Namespace, settings: Settings, rules: RuleSet) -> list[tuple[Path, str]]:
    """Labelled mail: DIR/<category>/*.eml, or with --corrections the Clerk's own corrections."""
    from inbox_agent.app.actions import CORRECTIONS, corrections

    if args.corrections:
        found = [(p, c) for p, c in corrections(settings.data_dir) if c in rules.categories]
        if not found:
            raise AgentError(
                f"no corrections in {settings.data_dir / CORRECTIONS} yet",
                fix="they are made by 'python run.py cases reclassify REF CATEGORY --note ...'",
            )
        return found
    if not args.dir:
        raise AgentError(
            "rules test needs a folder, or --corrections", fix="e.g. python run.py rules test tests/corpus"
        )
    root = Path(args.dir)
    if not root.is_dir():
        raise AgentError(
            f"{root}: no such folder", fix="give a folder with one subfolder per category, e.g. tests/corpus"
        )
    found = []
    for path in _paths([str(root)]):
        expected = _label(path, root, rules.categories)
        if expected is not None and path.suffix == ".eml":
            found.append((path, expected))
    return found


def cmd_rules_test(args: argparse.Namespace, settings: Settings, rules: RuleSet) -> int:
    from inbox_agent.core.evaluate import as_json, report, score

    if args.without_model:  # the rules alone, to see what the learned second opinion adds
        rules = dataclasses.replace(rules, model=None)
    pairs, wrong, reviewed = [], [], []
    for path, expected in _labelled(args, settings, rules):
        try:
            message = parse(path.read_bytes())
        except MalformedMessage:
            pairs.append((expected, "quarantine"))
            continue
        decision = decide(rules, message, screen(message, settings.own_addresses))
        pairs.append((expected, decision.category))
        if decision.review:
            reviewed.append(path)
        if decision.category != expected:
            top = sorted(decision.hits, key=lambda h: -h.weight)[:3]
            wrong.append(
                {
                    "path": str(path),
                    "expected": expected,
                    "decided": decision.category,
                    "reason": decision.reason,
                    "top_hits": [{"rule": h.rule, "matched": h.matched, "weight": h.weight} for h in top],
                }
            )
    scores = score(pairs, [n for n in rules.categories])
    if args.json:
        print(json.dumps({**as_json(scores), "misclassified": wrong, "reviewed": len(reviewed)}, indent=2))
        return 0
    print(report(scores))
    print(f"sent to the Clerk's review: {len(reviewed)}")
    if wrong:
        print(f"\nmisclassified ({len(wrong)}):")
        for w in wrong:
            hits = ", ".join(f"{h['rule']} {h['matched']!r}" for h in w["top_hits"]) or "no hits"
            print(f"  {w['path']}: {w['expected']} -> {w['decided']}  [{hits}]")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from inbox_agent.store.database import STORE_FILE
    from inbox_agent.store.health import assess, read_health

    settings = _settings(args)
    now = utc_now()
    health = read_health(settings.data_dir)
    healthy, verdict = assess(health, now, settings.poll_seconds)
    counts: dict[str, int] = {}
    quarantined = cases = messages = 0
    if (settings.data_dir / STORE_FILE).exists():
        with Store(settings.data_dir, readonly=True) as store:
            for entry in store.outbox_entries():
                counts[entry["state"]] = counts.get(entry["state"], 0) + 1
            records = list(store.message_records())
            quarantined = sum(r["disposition"] == "quarantined" for r in records)
            cases, messages = len(store.all_cases()), len(records)
    size = (settings.data_dir / STORE_FILE).stat().st_size if (settings.data_dir / STORE_FILE).exists() else 0
    status = {
        "healthy": healthy,
        "verdict": verdict,
        "last_poll_ok": health.get("last_poll_ok"),
        "heartbeat": health.get("heartbeat"),
        "last_error": health.get("last_error"),
        "outbox": counts,
        "quarantined": quarantined,
        "store_bytes": size,
        "cases": cases,
        "messages": messages,
    }
    if args.json:
        print(json.dumps(status, indent=2))
    else:
        when = lambda iso: f"{local_time(iso)} (UK time)" if iso else "never"  # noqa: E731
        error = status["last_error"]
        print(
            f"agent:        {('healthy' if verdict == 'healthy' else 'healthy: ' + verdict) if healthy else 'UNHEALTHY: ' + verdict}"
        )
        print(f"last poll ok: {when(status['last_poll_ok'])}")
        print(f"heartbeat:    {when(status['heartbeat'])}")
        print(f"last error:   {when(error['at']) + ': ' + error['what'] if error else 'none'}")
        print(f"outbox:       {', '.join(f'{k} {v}' for k, v in sorted(counts.items())) or 'empty'}")
        print(f"quarantine:   {quarantined} message(s)")
        print(f"store:        {size / 1e6:.1f} MB, {cases} cases, {messages} messages")
    return 0 if healthy else 1


def cmd_quarantine(args: argparse.Namespace) -> int:
    from inbox_agent.app.desk import find_quarantined, quarantined, retry_quarantined

    settings = _settings(args)
    if args.quarantine_command == "retry":
        if not args.all and not args.id:
            raise ConfigError(
                "quarantine retry needs an ID or --all", fix="see 'python run.py quarantine list' for the ids"
            )
        rules = _rules(settings)
        with Store(settings.data_dir, wait=CLERK_WAIT) as store:
            counts = retry_quarantined(store, settings, rules, None if args.all else args.id)
        print(_summary(counts, {}))
        return 0
    with Store(settings.data_dir, readonly=True) as store:
        if args.quarantine_command == "show":
            record = find_quarantined(store, args.id)
            raw = store.evidence_path(record["evidence"]).read_bytes()
            for key in ("location", "recorded", "received", "size", "reason", "evidence"):
                show(f"{key + ':':<10} {record.get(key)}")
            print("first lines, as received (control characters shown escaped):")
            for line in raw[:4000].splitlines()[:20]:
                print("  " + repr(line)[2:-1][:160])
            return 0
        rows = [
            {
                "id": r["evidence"][:12],
                "recorded": local_time(r["recorded"]),
                "where": r["location"],
                "reason": r.get("reason", "")[:70],
            }
            for r in quarantined(store)
        ]
    print(
        table(rows, [("id", "Id"), ("recorded", "Recorded"), ("where", "Folder|UIDVALIDITY|UID"), ("reason", "Reason")])
        if rows
        else "nothing is in quarantine"
    )
    return 0


def cmd_privacy(args: argparse.Namespace) -> int:
    from inbox_agent.app import privacy

    settings = _settings(args)
    rules = _rules(settings)
    renderer = Renderer(settings)
    now = utc_now()
    action = args.privacy_command
    if action == "notice":
        text = renderer.render("privacy_notice.md.j2", retention=privacy.describe_retention(rules))
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"{args.out}: the privacy notice; adapt it, publish it, and set PRIVACY_NOTICE_URL to where it is")
        return 0
    readonly = action == "audit" or (action in ("retention", "erase") and args.dry_run) or action == "export"
    with Store(settings.data_dir, readonly=readonly, wait=CLERK_WAIT) as store:
        if action == "audit":
            rows = [{**e, "removed": "; ".join(e["removed"])} for e in store.audit_entries()]
            print(
                table(
                    rows, [("at", "When"), ("by", "By"), ("action", "What"), ("subject", "Of"), ("removed", "Removed")]
                )
                if rows
                else "nothing has been removed yet"
            )
            return 0
        if action == "retention":
            due = privacy.apply_retention(store, rules, now, dry_run=args.dry_run)
            verb = "due" if args.dry_run else "done"
            for item in due:
                print(f"{item.action} {item.kind} {item.key}: {item.why}")
            print(f"retention: {len(due)} item(s) {verb}")
            return 0
        if action == "export":
            found = privacy.export_person(
                store, args.address, Path(args.out), lambda name, **ctx: renderer.render(name, **ctx)
            )
            print(
                f"{args.out}: {len(found['cases'])} case(s), {len(found['records'])} other message(s), "
                f"{len(found['sent'])} message(s) sent to them, {len(found['events'])} history mention(s)"
            )
            if found["mentioned"]:
                print(
                    f"review before disclosure (see clerk-review.txt, not for disclosure): "
                    f"{', '.join(m['case'] for m in found['mentioned'])}"
                )
            return 0
        result = privacy.erase_person(store, args.address, now, dry_run=args.dry_run, note=args.note)
    verb = "would erase" if args.dry_run else "erased"
    print(
        f"{verb}: {len(result['erased'])} case(s) {', '.join(result['erased'])}; {result['records']} other message record(s); "
        f"{result['sent']} copy(ies) of mail sent; {result['events']} mention(s) in history; {result['copies']} digest or "
        f"alert copy(ies); backups: {', '.join(result['backups']) or 'none'}"
    )
    if result["in_sent_folder"]:
        print(
            "delete these acknowledgements from the Sent folder in the mail client by hand (search for the Message-ID):"
        )
        for copy in result["in_sent_folder"]:
            print(f"  {copy['message_id']}  sent {local_time(copy['sent']) if copy['sent'] else '-'}  ({copy['case']})")
    if result["mentioned"]:
        print(
            f"mentioned in other people's cases, not changed (review by hand): {', '.join(m['case'] for m in result['mentioned'])}"
        )
    if result["held"]:
        for ref, why in result["held"]:
            print(f"refused: {ref} is kept ({why})", file=sys.stderr)
        return 1
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Every step, each with a ✓ or ✗ and a fix; exit 1 if any failed."""
    from inbox_agent.mail import doctor
    from inbox_agent.mail.imap import ImapSource
    from inbox_agent.mail.oauth import TokenSource
    from inbox_agent.mail.outbox import SmtpTransport

    env_file = Path(args.env) if args.env else (Path(".env") if Path(".env").is_file() else None)
    started = time.monotonic()
    steps = [doctor.env_step(env_file)]
    try:
        settings = _settings(args, need_imap=True, need_smtp=True)
        steps.append(doctor.Step(True, "settings", "every value is valid"))
    except AgentError:
        # Every wrong value at once, not one per run.
        steps += [
            doctor.Step(False, "settings", p.problem, p.fix)
            for p in settings_problems(env_file, need_imap=True, need_smtp=True)
        ]
        settings = None
    if env_file is not None:
        steps += [doctor.Step(False, "settings", p.problem, p.fix) for p in unknown_keys(env_file)]
    if settings is not None:
        bounded = {"timeout": min(settings.imap.timeout, doctor.TIMEOUT)}
        imap = dataclasses.replace(settings.imap, **bounded)
        smtp = dataclasses.replace(settings.smtp, timeout=min(settings.smtp.timeout, doctor.TIMEOUT))
        tokens = TokenSource(settings.oauth) if settings.oauth else None
        if tokens is not None:
            steps.append(doctor.token_step(tokens))
        network = list(doctor.network("imap", imap))
        steps += network
        if all(s.ok is not False for s in network):
            steps += doctor.imap_steps(settings, lambda: ImapSource(imap, settings.folders, tokens=tokens))
        network = list(doctor.network("smtp", smtp))
        steps += network
        if all(s.ok is not False for s in network):
            steps += doctor.smtp_steps(
                settings, SmtpTransport(smtp, tokens), args.send_test, utc_now(), Renderer(settings)
            )
    for step in steps:
        print(step.line())
    failed = sum(1 for s in steps if s.ok is False)
    print(f"{'all good' if not failed else f'{failed} problem(s)'} ({time.monotonic() - started:.1f} s)")
    return 1 if failed else 0


def cmd_rules(args: argparse.Namespace) -> int:
    settings = _settings(args)
    try:
        rules = _rules(settings)
    except RulesError as exc:
        problems = exc.context.get("problems") or [(0, exc.problem, exc.fix)]
        for line, problem, fix in problems:
            where = (
                f"{settings.rules_file}, line {line}: "
                if line and not problem.startswith(str(settings.rules_file))
                else ""
            )
            print(f"{where}{problem}; fix: {fix}", file=sys.stderr)
        return 2
    if args.rules_command == "test":
        return cmd_rules_test(args, settings, rules)
    print(f"{settings.rules_file}: OK, {len(rules.rules)} rules in {len(rules.categories)} categories")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from inbox_agent.app.demo import build_maildir
    from inbox_agent.mail.maildir import MaildirSource
    from inbox_agent.mail.outbox import FileTransport
    from inbox_agent.store.health import record

    out = Path(args.out).resolve()
    now = utc_now()
    maildir = build_maildir(out, now)
    settings = load_settings(
        None,
        environ={},
        overrides={
            "DATA_DIR": str(out / "data"),
            "ACK_SINCE": (now - timedelta(days=1)).isoformat(),
            "ALERT_BATCH_MINUTES": "0",
        },
    )  # one poll: no later one to send a summary
    logging.basicConfig(level="WARNING", stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s", force=True)
    rules = _rules(settings)
    with Store(settings.data_dir) as store:
        pipeline = Pipeline(settings, store, rules, Renderer(settings), clock=utc_now)
        report = pipeline.poll(MaildirSource(maildir), FileTransport(out / "sent"))
    record(settings.data_dir, now, demo=local_time(now) + " (UK time)")  # so `status` explains a demo store
    print(f"Demo mailbox: {maildir}")
    print(f"Case store:   {settings.data_dir / 'store.json'}")
    print(f"Sent mail:    {out / 'sent'} (acknowledgements and alerts as .eml files)\n")
    rows = [
        {
            **r,
            "subject": r["subject"][:44],
            "case": r["case"] or "-",
            "acknowledged": r["acknowledged"]
            if isinstance(r["acknowledged"], str)
            else "yes"
            if r["acknowledged"]
            else "no",
        }
        for r in report.rows
    ]
    print(
        table(
            rows, [("subject", "Message"), ("category", "Category"), ("case", "Case"), ("acknowledged", "Acknowledged")]
        )
    )
    print(f"\n{_summary(report.counts, report.delivery)}")
    print(f"\nSee the cases:  DATA_DIR={settings.data_dir} python run.py cases list")
    return 0


def cmd_web(args: argparse.Namespace) -> int:
    from inbox_agent.web.board import serve

    settings = _settings(args)
    serve(settings, _rules(settings), args.host, args.port)
    return 0


def cmd_users(args: argparse.Namespace) -> int:
    import getpass

    from inbox_agent.web import users

    settings = _settings(args)
    if args.users_command == "list":
        found = users.list_users(settings.data_dir)
        print(
            table(
                [{"name": u.name, "created": local_time(u.created)} for u in found],
                [("name", "Name"), ("created", "Added")],
            )
            if found
            else "no accounts yet: add one with 'python run.py users add NAME'"
        )
        return 0
    if args.users_command == "remove":
        users.remove_user(settings.data_dir, args.name)
        print(f"{args.name}: removed; a session of theirs still open on the board ends at its next request")
        return 0
    users.check_name(args.name)
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"password for {args.name}: ")
        if getpass.getpass("the same again: ") != password:
            raise users.UserError(
                "the two passwords differ", fix="run the command again and type the same password twice"
            )
    user = users.add_user(settings.data_dir, args.name, password, utc_now())
    print(f"{user.name}: can log in to the case board (python run.py web)")
    return 0


# -- argument parsing ---------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="run.py", description="The Clerk's Inbox Agent.")
    parser.add_argument("--env", metavar="FILE", help="settings file (default: .env in this folder, if present)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", help="run the agent: poll the mailbox every POLL_SECONDS until stopped")
    run.set_defaults(func=cmd_poll, once=False, json=False, no_send=False, backfill=0)
    poll = commands.add_parser("poll", help="poll the mailbox (with --once: one cycle, then exit; for cron)")
    poll.add_argument("--once", action="store_true", help="run one cycle and exit")
    poll.add_argument("--json", action="store_true", help="print the counts as JSON")
    poll.add_argument(
        "--backfill",
        type=int,
        default=0,
        metavar="DAYS",
        help="also file mail from DAYS days before the start, for the record; it is never acknowledged",
    )
    poll.add_argument(
        "--no-send",
        action="store_true",
        help="file and queue, but send nothing: review a big backlog first; the next poll sends",
    )
    poll.set_defaults(func=cmd_poll)

    classify = commands.add_parser("classify", help="classify message files without changing anything")
    classify.add_argument("paths", nargs="+", metavar="PATH", help="a message file, or a folder read recursively")
    classify.add_argument("--json", action="store_true", help="one JSON object per message, one per line")
    classify.add_argument("--explain", action="store_true", help="show the prepared text, every hit and the decision")
    classify.set_defaults(func=cmd_classify)

    cases = commands.add_parser("cases", help="the Clerk's cases: list, show, change, export")
    case_commands = cases.add_subparsers(dest="cases_command", required=True, metavar="ACTION")
    listing = case_commands.add_parser("list", help="list cases with their due dates")
    listing.add_argument("--status", choices=casebook.STATES, help="only cases in this state")
    listing.add_argument("--category", help="only cases of this category, e.g. threat")
    listing.add_argument("--overdue", action="store_true", help="only cases with a deadline passed")
    listing.add_argument("--json", action="store_true", help="one JSON object per case, with its clocks")
    show = case_commands.add_parser("show", help="one case: why it was classified so, its clocks, messages and history")
    show.add_argument("ref", metavar="REF", help="the case reference, e.g. TCPC-2026-0001")
    show.add_argument("--json", action="store_true", help="the case as JSON")
    note = case_commands.add_parser("note", help="add a note to a case's history")
    note.add_argument("ref", metavar="REF")
    note.add_argument("text", metavar="TEXT", help="the note (quote it)")
    for name, text in (
        ("start", "mark a case as in progress"),
        ("reopen", "reopen a resolved or closed case"),
        ("resolve", "resolve a case"),
        ("close", "close a case with no action"),
    ):
        changer = case_commands.add_parser(name, help=text)
        changer.add_argument("ref", metavar="REF")
        changer.add_argument("--note", required=name in ("resolve", "close"), help="what was done, or why")
    action = case_commands.add_parser("action", help="record an action taken under section 3 of the policy")
    action.add_argument("ref", metavar="REF")
    action.add_argument(
        "--kind",
        required=True,
        choices=list(casebook.ACTION_KINDS),
        help="; ".join(f"{k}: {v}" for k, v in casebook.ACTION_KINDS.items()),
    )
    action.add_argument("--note", help="details")
    action.add_argument(
        "--crime-ref", help="the police crime reference, with --kind police (record the report again when it comes)"
    )
    held = case_commands.add_parser("hold", help="put a case under legal hold: retention and erasure leave it alone")
    held.add_argument("ref", metavar="REF")
    held.add_argument("--reason", required=True, help="why, e.g. a claim or a solicitor's letter")
    released = case_commands.add_parser("release", help="release a legal hold")
    released.add_argument("ref", metavar="REF")
    released.add_argument("--note", help="why it is released")
    reclassify = case_commands.add_parser(
        "reclassify",
        help="correct a case's category: sends what the new one implies (an alert, an acknowledgement owed), "
        "ends a review, and keeps the message as a labelled example for 'rules test --corrections'",
    )
    reclassify.add_argument("ref", metavar="REF")
    reclassify.add_argument(
        "category", metavar="CATEGORY", help="e.g. threat, complaint; the same category confirms a review"
    )
    reclassify.add_argument("--note", required=True, help="why")
    ack = case_commands.add_parser("ack", help="send, or decide not to send, an acknowledgement held for you")
    ack.add_argument("ref", metavar="REF")
    ack_mode = ack.add_mutually_exclusive_group(required=True)
    ack_mode.add_argument("--send", action="store_true", help="send it (at the agent's next poll)")
    ack_mode.add_argument("--drop", action="store_true", help="never send it; say why with --note")
    ack.add_argument("--note", help="why (needed with --drop)")
    export = case_commands.add_parser(
        "export", help="write the evidence bundle for the police or the Monitoring Officer"
    )
    export.add_argument("ref", metavar="REF")
    export.add_argument("--out", required=True, metavar="DIR", help="folder to write REF/ into")
    cases.set_defaults(func=cmd_cases)

    outbox = commands.add_parser("outbox", help="show outgoing mail and its state")
    outbox_commands = outbox.add_subparsers(dest="outbox_command", required=True, metavar="ACTION")
    outbox_list = outbox_commands.add_parser("list", help="list outgoing mail")
    outbox_list.add_argument("--json", action="store_true", help="one JSON object per message")
    outbox_list.add_argument("--state", choices=outbox_states, help="only mail in this state")
    outbox_retry = outbox_commands.add_parser(
        "retry",
        help="send a failed, unconfirmed or queued message at the next poll (check the Sent folder first "
        "for an unconfirmed one: it may have gone)",
    )
    outbox_retry.add_argument("id", metavar="ID", help="the id shown by 'outbox list', e.g. TCPC-2026-0001-ack")
    outbox_cancel = outbox_commands.add_parser("cancel", help="never send this message")
    outbox_cancel.add_argument("id", metavar="ID", help="the id shown by 'outbox list'")
    outbox.set_defaults(func=cmd_outbox)

    rules = commands.add_parser("rules", help="check rules.yaml")
    rules_commands = rules.add_subparsers(dest="rules_command", required=True, metavar="ACTION")
    rules_commands.add_parser("check", help="validate rules.yaml and report every problem with its line")
    rules_test = rules_commands.add_parser("test", help="score the rules on labelled mail: DIR/<category>/*.eml")
    rules_test.add_argument("dir", metavar="DIR", nargs="?", help="e.g. tests/corpus or tests/corpus-heldout")
    rules_test.add_argument(
        "--corrections",
        action="store_true",
        help="score on the Clerk's corrections (DATA_DIR/corrections), made by 'cases reclassify'",
    )
    rules_test.add_argument("--json", action="store_true", help="the scores and the misclassified files as JSON")
    rules_test.add_argument(
        "--without-model", action="store_true", help="the rules alone, without the learned second opinion"
    )
    rules.set_defaults(func=cmd_rules)

    digest = commands.add_parser("digest", help="the Clerk's weekly digest of unresolved civility cases")
    mode = digest.add_mutually_exclusive_group(required=True)
    mode.add_argument("--preview", action="store_true", help="write it as HTML and text, and send nothing")
    mode.add_argument("--send", action="store_true", help="send one to the Clerk now")
    digest.add_argument(
        "--out", default="digest-preview", metavar="DIR", help="where --preview writes (default: digest-preview)"
    )
    digest.set_defaults(func=cmd_digest)

    summary = commands.add_parser("summary", help="the council's meeting summary for a period, as HTML and PDF")
    summary.add_argument("--from", dest="date_from", required=True, metavar="DATE", help="first day, e.g. 2026-10-01")
    summary.add_argument("--to", dest="date_to", required=True, metavar="DATE", help="last day, e.g. 2026-10-31")
    summary.add_argument("--out", required=True, metavar="DIR", help="folder for the HTML, PDF and editable paragraph")
    summary.add_argument(
        "--paragraph", metavar="FILE", help="use this (edited) text instead of the generated paragraph"
    )
    summary.add_argument("--item", metavar="NUMBER", help="the agenda item number, e.g. 7 or 7(b)")
    summary.add_argument("--meeting", metavar="DATE", help="the date of the meeting, e.g. 2027-01-12")
    summary.set_defaults(func=cmd_summary)

    status = commands.add_parser(
        "status", help="is the agent healthy? exit status 1 if not (for systemd or monitoring)"
    )
    status.add_argument("--json", action="store_true", help="the same as JSON")
    status.set_defaults(func=cmd_status)

    quarantine = commands.add_parser("quarantine", help="messages that could not be read, kept for a person")
    q_commands = quarantine.add_subparsers(dest="quarantine_command", required=True, metavar="ACTION")
    q_commands.add_parser("list", help="list quarantined messages")
    q_show = q_commands.add_parser("show", help="one quarantined message: why, and its first lines")
    q_show.add_argument("id", metavar="ID", help="the id from 'quarantine list'")
    q_retry = q_commands.add_parser(
        "retry", help="read it again (after an upgrade): file it, or leave it in quarantine"
    )
    q_retry.add_argument("id", metavar="ID", nargs="?", help="the id from 'quarantine list'")
    q_retry.add_argument("--all", action="store_true", help="retry every quarantined message")
    quarantine.set_defaults(func=cmd_quarantine)

    check = commands.add_parser("check", help="check the set-up step by step: .env, DNS, TLS, logins, folders, SMTP")
    check.add_argument("--send-test", action="store_true", help="also send a test message to the Clerk")
    check.set_defaults(func=cmd_check)

    privacy = commands.add_parser(
        "privacy", help="data protection: retention, subject access, erasure, the privacy notice"
    )
    p_commands = privacy.add_subparsers(dest="privacy_command", required=True, metavar="ACTION")
    p_retention = p_commands.add_parser("retention", help="anonymise or erase what the retention schedule says is due")
    p_retention.add_argument("--dry-run", action="store_true", help="only list what is due")
    p_export = p_commands.add_parser("export", help="everything held about one person, for a subject access request")
    p_export.add_argument("address", metavar="EMAIL")
    p_export.add_argument("--out", required=True, metavar="DIR", help="a new or empty folder")
    p_erase = p_commands.add_parser("erase", help="erase one person's data (cases under legal hold are kept and named)")
    p_erase.add_argument("address", metavar="EMAIL")
    p_erase.add_argument("--dry-run", action="store_true", help="only say what would be erased")
    p_erase.add_argument(
        "--note", default="", help="for the audit entry, e.g. the date of the request (not the address)"
    )
    p_notice = p_commands.add_parser("notice", help="write the privacy notice, filled in from .env and rules.yaml")
    p_notice.add_argument("--out", default="privacy-notice.md", metavar="FILE")
    p_commands.add_parser("audit", help="list what data protection has removed, and when")
    privacy.set_defaults(func=cmd_privacy)

    web = commands.add_parser("web", help="serve the Clerk's case board (log in with an account from 'users add')")
    web.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: put HTTPS in front of it)"
    )
    web.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    web.set_defaults(func=cmd_web)

    user_parser = commands.add_parser("users", help="accounts for the case board")
    u_commands = user_parser.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    u_add = u_commands.add_parser(
        "add", help="add an account, or set a new password for one (it asks for the password)"
    )
    u_add.add_argument("name", metavar="NAME", help="a short login name, e.g. marianne; the case history records it")
    u_add.add_argument(
        "--password-stdin", action="store_true", help="read the password from the first line of standard input"
    )
    u_commands.add_parser("list", help="list the accounts")
    u_remove = u_commands.add_parser("remove", help="remove an account")
    u_remove.add_argument("name", metavar="NAME")
    user_parser.set_defaults(func=cmd_users)

    demo = commands.add_parser(
        "demo", help="run the real pipeline on fourteen fictional messages, no mail account needed"
    )
    demo.add_argument(
        "--out", default="var/demo", metavar="DIR", help="where to put the demo mailbox, store and sent mail"
    )
    demo.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        status = args.func(args)
        sys.stdout.flush()  # a closed pipe shows here, inside the handler, not as a traceback at exit
        return status
    except BrokenPipeError:
        # `cases list --json | head`: the reader has all it wanted. Stop quietly, as Unix tools do (128 + SIGPIPE).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except AgentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_status
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
