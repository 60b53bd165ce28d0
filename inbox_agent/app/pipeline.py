"""One poll: fetch -> parse -> plan -> apply -> commit -> send.

For each message the pipeline is an executor: it gathers what the store knows about the message (`context`),
lets the pure core decide everything (`core.plan.plan`: screen, classify, thread, file, acknowledge, alert), and
applies the Plan it gets back (`apply`): evidence, store writes, mail to the outbox, deciding nothing about the
message itself. What happens once per poll (acknowledgements released by the cap, batched alerts, the outcomes of
sending, cases resolved by a move) is decided the same way, by `core.sweep`, and applied here.

Every fetched message ends with exactly one record in the store, whose ``disposition`` accounts for it:
  filed         a new case was opened
  threaded      added to an existing case (a reply, or an auto-reply to our acknowledgement)
  no_case       read and classified; its category opens no case (an enquiry, automatic mail)
  before_start  arrived before the agent's start; left for the Clerk, never acknowledged
  duplicate     the same message (Message-ID and body) was already accounted for, e.g. after a UIDVALIDITY reset
  quarantined   could not be read; kept as evidence for a human

The store commits a chunk's records, cases, outbox entries and checkpoint together, so a crash
anywhere means the chunk is redone from the mailbox, never half-recorded. Mail is sent only after
the commit that queued it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import getaddresses
from typing import Any, Protocol

from inbox_agent.app.actions import queue_acknowledgement, queue_alert_mail
from inbox_agent.app.ahead import Chunk, ReadAhead
from inbox_agent.app.progress import Progress
from inbox_agent.app.replies import add_clerk_replies
from inbox_agent.config import Settings
from inbox_agent.core import cases as casebook
from inbox_agent.core import sweep
from inbox_agent.core.caps import cap_key
from inbox_agent.core.models import Fetched, Message
from inbox_agent.core.normalise import MalformedMessage, parse
from inbox_agent.core.plan import CaseChange, Context, Incoming, Plan, Setup, base_record, plan, read
from inbox_agent.core.records import Case, Disposition, MailKind, MessageRecord, OutboxEntry
from inbox_agent.core.rules import RuleSet
from inbox_agent.errors import ConfigError, StoreError
from inbox_agent.mail.outbox import deliver, queue
from inbox_agent.reports.render import Renderer, local_time
from inbox_agent.store.database import Store

log = logging.getLogger(__name__)

# What a message's record says happened to it (see the module docstring); a poll's counts hold other tallies too
# (needs_review, alerts_queued, ack_held, ...), so a count of messages sums these alone.
DISPOSITIONS = tuple(str(d) for d in Disposition)

Clock = Callable[[], datetime]
ROWS_KEPT = 500  # a poll's report keeps a row for this many messages; its counts cover them all


def utc_now() -> datetime:
    return datetime.now(UTC)


class Source(Protocol):
    folders: tuple[str, ...]

    def fetch_new(
        self, folder: str, checkpoint: dict | None, chunk: int, since: datetime | None = None
    ) -> Iterable[list[Fetched]]: ...

    def fetch_uids(
        self, folder: str, uids: list[str], chunk: int, since: datetime | None = None
    ) -> Iterable[list[Fetched]]: ...

    def checkpoint_after(self, fetched: Fetched) -> dict: ...


@dataclass
class PollReport:
    """What one poll did, for the CLI, the logs and the tests: counts over every message, and a row for each of the
    first `max_rows` (the demo's table), so a backlog of 100,000 messages does not hold 100,000 rows in memory."""

    counts: dict[str, int] = field(default_factory=dict)
    rows: list[dict[str, Any]] = field(default_factory=list)
    delivery: dict[str, int] = field(default_factory=dict)
    max_rows: int = field(default_factory=lambda: ROWS_KEPT)

    def count(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n


class Pipeline:
    def __init__(
        self,
        settings: Settings,
        store: Store,
        rules: RuleSet,
        renderer: Renderer,
        clock: Clock = utc_now,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> None:
        self.settings = settings
        self.store = store
        self.rules = rules
        self.renderer = renderer
        self.clock = clock
        self.should_stop = should_stop
        self.sent_folder: Any = None
        self.ahead: ReadAhead | None = None

    # -- the whole poll -------------------------------------------------------------------

    def start_time(self) -> datetime:
        """Mail that arrived before this is never acknowledged (invariant 5). Default: the first run."""
        first = self.store.get_meta("first_run")
        if first is None:
            first = self.clock().isoformat()
            self.store.set_meta("first_run", first)
            self.store.commit()
            if not self.settings.ack_since:
                log.info(
                    "first run: mail that arrived before %s will be left for the Clerk and not acknowledged", first
                )
        # Whole seconds: a server dates mail (INTERNALDATE) to the second, so mail delivered in the same second as
        # the first poll, after it, must not look older than the start.
        return (self.settings.ack_since or datetime.fromisoformat(first)).replace(microsecond=0)

    def poll(self, source: Source, transport: Any, *, backfill_days: int = 0) -> PollReport:
        """One cycle over every folder. With backfill_days, mail from that many days before the start is filed
        for the record (never acknowledged), including mail an earlier run left as before the start."""
        self.ahead = ReadAhead(self.rules, self.settings.own_addresses, self.settings.decide_processes)
        try:
            with self.store.group():  # group commit: a chunk's files and records are made durable by one sync
                return self._poll(source, transport, backfill_days)
        finally:
            self.ahead.close()
            if self.ahead.taken:
                log.debug("%d messages were read and decided ahead", self.ahead.taken)
            self.ahead = None

    def _poll(self, source: Source, transport: Any, backfill_days: int) -> PollReport:
        report = PollReport()
        start = self.start_time()
        window = start - timedelta(days=backfill_days)
        find_sent = getattr(source, "sent_folder", None)
        self.sent_folder = find_sent(self.settings.sent_folder) if find_sent else None
        if self._release_waiting(report):  # before new mail, so replies that waited keep their place in the queue
            self.store.commit()
        if backfill_days:
            self._revisit(source, window, start, report)
        sent_after_chunk = False
        for folder in source.folders:
            sent_after_chunk |= self._poll_folder(source, transport, folder, start, window, report)
            if self.should_stop():
                break
        if self._release_waiting(report) + self._flush_alerts(report):
            self.store.commit()
            sent_after_chunk = False  # what was just queued goes now
        if not sent_after_chunk:  # retries due, even when no mail came in
            report.delivery = add_counts(report.delivery, self.send(transport))
        if self.settings.resolved_folder and hasattr(source, "moved_message_ids") and not self.should_stop():
            self.apply_moves(source, report)
        if self.sent_folder is not None and hasattr(source, "sent_messages") and not self.should_stop():
            add_clerk_replies(self.store, source, self.sent_folder.name, start, self.settings, self.clock(), report)
        return report

    def _poll_folder(
        self, source: Source, transport: Any, folder: str, start: datetime, window: datetime, report: PollReport
    ) -> bool:
        """One folder, a chunk at a time: handle, advance the checkpoint, commit, then send. True if it sent."""
        sent = False
        progress: Progress | None = None
        for chunk in source.fetch_new(folder, self.store.checkpoint(folder), self.settings.fetch_chunk, since=window):
            if progress is None and chunk and not chunk[0].too_old:
                progress = Progress(getattr(source, "pending", 0), label=f"{folder} messages")
            last = None
            ahead = self._read_ahead(chunk)
            for fetched in chunk:
                if self.should_stop():
                    break
                self.handle(fetched, start, report, window=window, early=ahead.take(fetched))
                last = fetched
                if progress is not None:
                    progress.advance()
            ahead.drop()
            if last is not None:
                self.store.set_checkpoint(folder, source.checkpoint_after(last))
            self.store.commit()
            if self.should_stop():
                log.info("stopping as asked: the work so far is committed")
                break
            if chunk and not chunk[0].too_old:
                # Send as each chunk commits, so a long backlog answers people as it goes.
                report.delivery = add_counts(report.delivery, self.send(transport))
                sent = True
        if progress is not None:
            progress.close()
        return sent

    def _read_ahead(self, chunk: list[Fetched]) -> Chunk:
        """Other processes parse and decide the chunk's new messages while this one files them (app/ahead.py)."""
        if self.ahead is None:
            self.ahead = ReadAhead(self.rules, self.settings.own_addresses, 1)  # a chunk outside poll(): no workers
        return self.ahead.chunk(chunk, lambda fetched: not self.store.seen(fetched.location))

    def apply_moves(self, source: Any, report: PollReport) -> None:
        """The Clerk works in the mail client: a case's message moved to RESOLVED_FOLDER resolves the case."""
        folder = self.settings.resolved_folder
        key = f"moved:{folder}"
        message_ids, checkpoint = source.moved_message_ids(folder, self.store.checkpoint(key))
        now = self.clock()
        for message_id in message_ids:
            ref = self.store.case_for_message_id(message_id)
            resolved = sweep.resolved_by_move(self.store.case(ref) if ref else None, folder, now)
            if resolved is not None:
                self.store.put_case(resolved)
                report.count("resolved_by_move")
                log.info("%s resolved: its message was moved to %s", ref, folder)
        self.store.set_checkpoint(key, checkpoint)
        self.store.commit()

    def send(self, transport: Any) -> dict[str, int]:
        """Deliver what is due; with no transport (poll --no-send) the outbox is left exactly as it is."""
        if transport is None:
            return {}
        return deliver(
            self.store,
            transport,
            self.clock(),
            retry_first=self.settings.retry_first,
            retry_for=self.settings.retry_for,
            sent_folder=self.sent_folder,
            on_sent=self._on_sent,
            on_failed=self._on_failed,
        )

    def _on_sent(self, entry: OutboxEntry) -> None:
        case = self.store.case(entry.case) if entry.kind == MailKind.ACK else None
        if case is not None:
            self.store.put_case(sweep.acknowledgement_sent(case, entry.to, self.clock()))

    def _on_failed(self, entry: OutboxEntry) -> None:
        case = self.store.case(entry.case) if entry.kind == MailKind.ACK else None
        if case is not None:
            self.store.put_case(sweep.acknowledgement_failed(case, entry.last_error, self.clock()))

    # -- one message ----------------------------------------------------------------------

    def _revisit(self, source: Any, window: datetime, start: datetime, report: PollReport) -> None:
        """Backfill: fetch again what earlier runs recorded as before the start, and file what falls in the window."""
        for folder in source.folders:
            checkpoint = self.store.checkpoint(folder) or {}
            old = [
                r
                for r in self.store.message_records()
                if r.folder == folder
                and r.disposition == Disposition.BEFORE_START
                and r.location.split("|")[1] == str(checkpoint.get("uidvalidity"))
            ]
            for chunk in source.fetch_uids(folder, [r.uid for r in old], self.settings.fetch_chunk, since=window):
                for fetched in chunk:
                    self.handle(fetched, start, report, window=window, revisit=True)
                self.store.commit()

    def handle(
        self,
        fetched: Fetched,
        start: datetime,
        report: PollReport,
        *,
        window: datetime | None = None,
        revisit: bool = False,
        early: Incoming | None = None,
    ) -> str:
        """process() one message, contained: whatever goes wrong with it undoes its half-done work and sends it to
        quarantine with the reason, once, and the batch carries on. Only a store or a configuration that fails
        stops the poll: no message is at fault for those, and each would fail the same way."""
        counts, rows = dict(report.counts), len(report.rows)
        self.store.savepoint()
        try:
            return self.process(fetched, start, report, window=window, revisit=revisit, early=early)
        except (StoreError, ConfigError):
            self.store.rollback()
            raise
        except Exception as exc:  # noqa: BLE001 - the point: one message must never stop the agent
            self.store.rollback()
            report.counts, report.rows[rows:] = counts, []
            reason = f"the agent failed on it: {exc.__class__.__name__}: {_printable(str(exc))}"
            log.error("%s %s: %s; quarantined", fetched.folder, fetched.uid, reason)
            log.debug("the failure in detail", exc_info=True)
            evidence = self.store.write_evidence(fetched.raw)
            record = base_record(fetched, self.clock(), Disposition.QUARANTINED, reason=reason, evidence=evidence)
            return self._record(report, record)
        finally:
            self.store.release()

    def process(
        self,
        fetched: Fetched,
        start: datetime,
        report: PollReport,
        *,
        window: datetime | None = None,
        revisit: bool = False,
        early: Incoming | None = None,
    ) -> str:
        """Gather what the store knows, let the core decide (core/plan.py), then apply the plan; returns the
        disposition recorded for the message. `early`: the message already read and decided, in a worker."""
        seen = self.store.seen(fetched.location) and not revisit
        incoming = Incoming(fetched) if seen else early if early is not None else read(fetched)
        now = self.clock()
        context = self.context(incoming, self.setup(start, window), seen=seen)
        return self.apply(plan(incoming, context, now), incoming, now, report)

    # -- the executor: what the plan needs to know, and doing what it says --------------------------

    def setup(self, start: datetime, window: datetime | None = None) -> Setup:
        s = self.settings
        return Setup(
            rules=self.rules,
            case_prefix=s.case_prefix,
            own_addresses=s.own_addresses,
            sender_caps=s.ack_sender_caps,
            global_caps=s.ack_global_caps,
            alert_batch=s.alert_batch,
            start=start,
            window=window,
        )

    def context(self, incoming: Incoming, setup: Setup, *, seen: bool = False) -> Context:
        """A snapshot of what the store knows about this message: nothing in it is changed by the plan."""
        message = incoming.message
        if seen or message is None:
            return Context(setup, seen=seen)
        replied = next(
            (
                ref
                for message_id in (message.in_reply_to, *reversed(message.references))
                if message_id and (ref := self.store.case_for_message_id(message_id))
            ),
            None,
        )
        named = casebook.references_in(message.subject, setup.case_prefix)
        cases = {ref: case for ref in ([replied] if replied else []) + named if (case := self.store.case(ref))}
        return Context(
            setup,
            earlier=self.store.same_content(f"{message.message_id}|{message.body_hash}"),
            replied=replied,
            participants=self.participants(cases[replied]) if replied in cases and message.sender else frozenset(),
            cases=cases,
            sequences=self.store.get_meta("sequence", {}),
            sender_acks=self.store.ack_times(message.sender),
            all_acks=self.store.ack_times(),
            last_alert=self.store.get_meta("last_alert"),
            alerts_waiting=tuple(self.store.get_meta("alerts_waiting", [])),
        )

    def apply(self, planned: Plan, incoming: Incoming, now: datetime, report: PollReport) -> str:
        """Do what the plan says, in its order: evidence before the case that names it, the acknowledgement before
        the alert that reports on it. Nothing here decides; the commit is the caller's."""
        for name in planned.counts:
            report.count(name)
        if planned.record is None:
            return str(planned.disposition)
        for warning in planned.warnings:
            log.warning("%s", warning)
        if planned.keep_evidence:
            self.store.write_evidence(incoming.fetched.raw)
        for name, value in planned.meta:
            self.store.set_meta(name, value)
        for other in planned.linked:
            self.store.put_case(other)
        case = planned.case
        if case is not None and incoming.message is not None:
            case = self._send_orders(planned, case, incoming.message, now)
            self.store.put_case(case)
        acknowledged = _ack_word(case) if case is not None and planned.change is CaseChange.NEW else False
        return self._record(report, planned.record, planned.subject, acknowledged)

    def _send_orders(self, planned: Plan, case: Case, message: Message, now: datetime) -> Case:
        """Render and queue the mail the plan ordered; the case records the acknowledgement's outcome."""
        if planned.ack is not None:
            category = self.rules.category(planned.ack.category)
            case = queue_acknowledgement(self.store, self.settings, self.renderer, case, category, message, now)
            if not case.ack_queued:
                log.error("%s: %s", case.ref, case.history[-1].note)
        if planned.alert is not None:
            category = self.rules.category(planned.alert.category)
            queue_alert_mail(
                self.store,
                self.settings,
                self.renderer,
                case,
                category,
                message,
                now,
                why=planned.alert.why,
                possible=planned.alert.possible,
            )
        return planned.final_case(case) or case

    def _release_waiting(self, report: PollReport) -> int:
        """Queue the acknowledgements that waited for the cap on all senders, as far as the caps allow now
        (core/sweep.py decides which and in what order). Returns how many were queued."""
        waiting = self.store.cases_waiting_for_cap()
        if not waiting:
            return 0
        now, queued = self.clock(), 0
        decided = sweep.releases(
            waiting,
            {cap_key(c.sender): self.store.ack_times(c.sender) for c in waiting},
            self.store.ack_times(),
            self.rules.categories,
            sender_caps=self.settings.ack_sender_caps,
            global_caps=self.settings.ack_global_caps,
            now=now,
        )
        for release in decided:
            case = release.case
            if not release.goes or release.category is None:
                self.store.put_case(case)
                continue
            try:
                message = parse(self.store.read_evidence(case.first_evidence))
                mail = self.renderer.acknowledgement(case, release.category, message, now)
            except (StoreError, ConfigError):
                raise
            except Exception as exc:  # noqa: BLE001 - as in handle(): one case must not stop every later poll
                self.store.put_case(sweep.unmade(release, _printable(str(exc)), now))
                continue
            entry = queue(
                self.store, mail, kind="ack", case_ref=case.ref, now=now, envelope_from=self.settings.envelope_from
            )
            self.store.put_case(sweep.released(release, entry.message_id, local_time(release.since), now))
            queued += 1
        if queued:
            report.count("ack_released", queued)
        return queued

    # -- alerts, batched -----------------------------------------------------------------------

    def _flush_alerts(self, report: PollReport) -> int:
        """One summary alert for the cases gathered since the last alert, once ALERT_BATCH_MINUTES have passed."""
        now = self.clock()
        due = sweep.alerts_due(
            self.store.get_meta("alerts_waiting", []), self.store.get_meta("last_alert"), self.settings.alert_batch, now
        )
        if due is None:
            return 0
        cases = [c for c in (self.store.case(ref) for ref in due.refs) if c is not None]
        if cases:
            queue(
                self.store,
                self.renderer.alert_summary(cases, self.rules, now),
                kind="alert",
                case_ref=due.label,
                now=now,
                envelope_from=self.settings.envelope_from,
            )
            report.count("alert_summaries_queued")
        self.store.set_meta("alerts_waiting", [])
        self.store.set_meta("last_alert", now.isoformat())
        return 1

    def participants(self, case: Case) -> frozenset[str]:
        """Who may write into a case: its sender, whoever the council wrote to about it (the acknowledgement, and the
        Clerk's own replies from her mail client, kept in the case with direction "sent"). The council itself is
        one too (Setup.own_addresses)."""
        ack = self.store.outbox_entry(f"{case.ref}-ack")
        people = {case.sender, *(m.sender for m in case.messages), *(ack.to if ack else ())}
        return frozenset({p.lower() for p in people if p} | self._clerk_wrote_to(case))

    def _clerk_wrote_to(self, case: Case) -> set[str]:
        found: set[str] = set()
        for summary in case.messages:
            if summary.direction != "sent" or not summary.evidence:
                continue
            try:
                sent = parse(self.store.read_evidence(summary.evidence))
            except (OSError, MalformedMessage):
                continue
            found |= {a.lower() for _, a in getaddresses([sent.header(h) or "" for h in ("to", "cc")]) if a}
        return found

    def _record(self, report: PollReport, record: MessageRecord, subject: str = "", acknowledged: Any = False) -> str:
        self.store.record_message(record)
        disposition = str(record.disposition)
        report.count(disposition)
        if len(report.rows) < report.max_rows:
            report.rows.append(
                {
                    "location": record.location,
                    "subject": subject or "",
                    "category": record.category or "",
                    "disposition": disposition,
                    "case": record.case or "",
                    "acknowledged": acknowledged,
                }
            )
        log.info("%s %s -> %s%s", record.folder, record.uid, disposition, f" {record.case}" if record.case else "")
        return disposition


def _ack_word(case: Case) -> str | bool:
    """For the poll's rows (the demo's table): sent, held for the Clerk, waiting for her review, or not."""
    if case.status == casebook.NEEDS_REVIEW:
        return "review"
    return "held" if case.ack_pending else bool(case.ack_queued)


def _printable(text: str, limit: int = 200) -> str:
    """An exception's text as one safe line: it may quote the message (a charset name, an address)."""
    return re.sub(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", "?", text)[:limit]


def add_counts(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    return {k: a.get(k, 0) + b.get(k, 0) for k in {*a, *b}}
