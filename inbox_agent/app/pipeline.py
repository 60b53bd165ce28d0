"""One poll: fetch -> parse -> screen -> thread -> classify -> file -> acknowledge -> commit.

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

from inbox_agent.app.actions import hold_acknowledgement, queue_acknowledgement, queue_alert
from inbox_agent.app.progress import Progress
from inbox_agent.app.replies import add_clerk_replies
from inbox_agent.config import Settings
from inbox_agent.core import cases as casebook
from inbox_agent.core.caps import cap_key, exceeded
from inbox_agent.core.digest import excerpt
from inbox_agent.core.models import Decision, Fetched, Message
from inbox_agent.core.normalise import MalformedMessage, parse
from inbox_agent.core.rules import RuleSet, decide, escalates
from inbox_agent.core.screen import screen
from inbox_agent.core.workdays import local_date
from inbox_agent.errors import ConfigError, StoreError
from inbox_agent.mail.outbox import deliver, queue
from inbox_agent.reports.render import Renderer, local_time
from inbox_agent.store.database import Store

log = logging.getLogger(__name__)

# What a message's record says happened to it (see the module docstring); a poll's counts hold other tallies too
# (needs_review, alerts_queued, ack_held, ...), so a count of messages sums these alone.
DISPOSITIONS = ("filed", "threaded", "no_case", "before_start", "duplicate", "quarantined")

Clock = Callable[[], datetime]


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
    """What one poll did, message by message, for the CLI, the logs and the tests."""

    counts: dict[str, int] = field(default_factory=dict)
    rows: list[dict[str, Any]] = field(default_factory=list)
    delivery: dict[str, int] = field(default_factory=dict)

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
        with self.store.group():  # group commit: a chunk's files and records are made durable by one sync
            return self._poll(source, transport, backfill_days)

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
            progress: Progress | None = None
            for chunk in source.fetch_new(
                folder, self.store.checkpoint(folder), self.settings.fetch_chunk, since=window
            ):
                if progress is None and chunk and not chunk[0].too_old:
                    progress = Progress(getattr(source, "pending", 0), label=f"{folder} messages")
                last = None
                for fetched in chunk:
                    if self.should_stop():
                        break
                    self.handle(fetched, start, report, window=window)
                    last = fetched
                    if progress is not None:
                        progress.advance()
                if last is not None:
                    self.store.set_checkpoint(folder, source.checkpoint_after(last))
                self.store.commit()
                if self.should_stop():
                    log.info("stopping as asked: the work so far is committed")
                    break
                if chunk and not chunk[0].too_old:
                    # Send as each chunk commits, so a long backlog answers people as it goes.
                    report.delivery = add_counts(report.delivery, self.send(transport))
                    sent_after_chunk = True
            if progress is not None:
                progress.close()
            if self.should_stop():
                break
        if self._release_waiting(report) + self._flush_alerts(report):
            self.store.commit()
            sent_after_chunk = False  # what was just queued goes now
        if not sent_after_chunk:
            report.delivery = add_counts(
                report.delivery, self.send(transport)
            )  # retries due, even when no mail came in
        if self.settings.resolved_folder and hasattr(source, "moved_message_ids") and not self.should_stop():
            self.apply_moves(source, report)
        if self.sent_folder is not None and hasattr(source, "sent_messages") and not self.should_stop():
            add_clerk_replies(self.store, source, self.sent_folder.name, start, self.settings, self.clock(), report)
        return report

    def apply_moves(self, source: Any, report: PollReport) -> None:
        """The Clerk works in the mail client: a case's message moved to RESOLVED_FOLDER resolves the case."""
        folder = self.settings.resolved_folder
        key = f"moved:{folder}"
        message_ids, checkpoint = source.moved_message_ids(folder, self.store.checkpoint(key))
        now = self.clock()
        for message_id in message_ids:
            ref = self.store.case_for_message_id(message_id)
            case = self.store.case(ref) if ref else None
            if case is not None and case["status"] in casebook.TRANSITIONS["resolve"][0]:
                self.store.put_case(
                    casebook.transition(
                        case, "resolve", now, by="clerk", note=f"the message was moved to {folder} in the mail client"
                    )
                )
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

    def _on_sent(self, entry: dict[str, Any]) -> None:
        if entry["kind"] != "ack":
            return
        case = self.store.case(entry["case"])
        if case is None:
            return
        now = self.clock()
        note = f"sent to {', '.join(entry['to'])}"
        if case["status"] == casebook.NEW:
            self.store.put_case(casebook.transition(case, "acknowledge", now, note=note))
        else:  # the Clerk already moved it on; the clock still records when the reply went
            self.store.put_case(
                {
                    **case,
                    "acknowledged": now.isoformat(),
                    "history": [*case["history"], casebook.event(now, "acknowledged", note=note)],
                }
            )

    def _on_failed(self, entry: dict[str, Any]) -> None:
        """An acknowledgement that can never go: the case says why, so nobody thinks the person was answered."""
        case = self.store.case(entry["case"]) if entry["kind"] == "ack" else None
        if case is not None:
            note = f"the acknowledgement could not be sent: {entry['last_error']}"
            self.store.put_case(
                {**case, "history": [*case["history"], casebook.event(self.clock(), "not_acknowledged", note=note)]}
            )

    # -- one message ----------------------------------------------------------------------

    def _revisit(self, source: Any, window: datetime, start: datetime, report: PollReport) -> None:
        """Backfill: fetch again what earlier runs recorded as before the start, and file what falls in the window."""
        for folder in source.folders:
            checkpoint = self.store.checkpoint(folder) or {}
            old = [
                r
                for r in self.store.message_records()
                if r["folder"] == folder
                and r["disposition"] == "before_start"
                and r["location"].split("|")[1] == str(checkpoint.get("uidvalidity"))
            ]
            for chunk in source.fetch_uids(folder, [r["uid"] for r in old], self.settings.fetch_chunk, since=window):
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
    ) -> str:
        """process() one message, contained: whatever goes wrong with it undoes its half-done work and sends it to
        quarantine with the reason, once, and the batch carries on. Only a store or a configuration that fails
        stops the poll: no message is at fault for those, and each would fail the same way."""
        counts, rows = dict(report.counts), len(report.rows)
        self.store.savepoint()
        try:
            return self.process(fetched, start, report, window=window, revisit=revisit)
        except (StoreError, ConfigError):
            self.store.rollback()
            raise
        except Exception as exc:  # noqa: BLE001 - the point: one message must never stop the agent
            self.store.rollback()
            report.counts, report.rows[rows:] = counts, []
            reason = f"the agent failed on it: {exc.__class__.__name__}: {_printable(str(exc))}"
            log.error("%s %s: %s; quarantined", fetched.folder, fetched.uid, reason)
            log.debug("the failure in detail", exc_info=True)
            return self._record(
                report,
                _message_record(fetched, self.clock()),
                "quarantined",
                reason=reason,
                evidence=self.store.write_evidence(fetched.raw),
            )
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
    ) -> str:
        """Decide first, then act; returns the disposition recorded for the message."""
        if self.store.seen(fetched.location) and not revisit:
            report.count("already_seen")
            return "already_seen"
        now = self.clock()
        record = _message_record(fetched, now)
        if fetched.too_old:
            return self._record(report, record, "before_start", reason="arrived before the start; not downloaded")
        if fetched.full_size:
            record.update(
                size=fetched.full_size,
                too_big=f"{fetched.full_size / 1e6:.1f} MB, over MAX_MESSAGE_BYTES: "
                "filed from its headers only; read it in the mail client",
            )
            report.count("too_big")
        try:
            message = parse(fetched.raw)
        except MalformedMessage as exc:
            digest = self.store.write_evidence(fetched.raw)
            return self._record(report, record, "quarantined", reason=exc.problem, evidence=digest)

        content_key = f"{message.message_id}|{message.body_hash}"
        record.update(content_key=content_key, message_id=message.message_id, sender=message.sender)
        earlier = self.store.same_content(content_key)
        if (
            earlier is not None and earlier["location"] != fetched.location
        ):  # a retry of quarantine is not its own duplicate
            return self._record(report, record, "duplicate", same_as=earlier["location"], case=earlier.get("case"))

        screening = screen(message, self.settings.own_addresses)
        decision = decide(self.rules, message, screening)  # every message, a reply too: threading is no way around it
        record.update(category=decision.category)
        thread_ref, linked = self._thread(message)
        if thread_ref is not None:
            digest = self.store.write_evidence(fetched.raw)
            self._add_to_case(
                thread_ref, fetched, message, digest, decision, now, report, automated=screening.automated
            )
            return self._record(report, record, "threaded", case=thread_ref, evidence=digest, subject=message.subject)

        received = fetched.received or message.date or now
        if received.tzinfo is None:
            received = received.replace(tzinfo=UTC)
        for_the_record = False
        if received < start:
            if window is None or received < window:
                return self._record(report, record, "before_start", subject=message.subject)
            for_the_record = True  # backfill: filed, never acknowledged (invariant 5)
        category = self.rules.category(decision.category)
        if (
            message.unreadable and not category.alert
        ):  # a guessed text may hide anything but a threat, which is filed anyway
            return self._record(
                report,
                record,
                "quarantined",
                reason=f"{message.unreadable}: the text cannot be read reliably",
                evidence=self.store.write_evidence(fetched.raw),
                looks_like=decision.category,
                subject=message.subject,
            )
        # Uncertain human mail, and a stranger writing into someone's case, go to the Clerk: never a silent enquiry.
        human = not screening.automated
        if not category.case and not (human and (decision.review or linked)):
            return self._record(report, record, "no_case", reason=decision.reason, subject=message.subject)

        digest = self.store.write_evidence(fetched.raw)
        ref = casebook.format_reference(self.settings.case_prefix, now.year, self.store.next_sequence(now.year))
        case = {
            **casebook.new_case(ref, fetched, message, decision, digest, now),
            "excerpt": excerpt(message.own_text),
        }  # for the Clerk's digest, which masks it if MASK_WORDS says so
        if for_the_record:
            case = {**case, "for_the_record": True}
        if record.get("too_big"):
            case = {
                **case,
                "too_big": record["too_big"],
                "history": [*case["history"], casebook.event(now, "too_big", note=record["too_big"])],
            }
        if category.deadline:
            case = {**case, "deadline": casebook.statutory_deadline(category.deadline, local_date(case["received"]))}
        if message.unreadable:
            case = {
                **case,
                "history": [
                    *case["history"],
                    casebook.event(
                        now,
                        "unreadable",
                        note=f"{message.unreadable}: classified from a best guess at the text; read the original",
                    ),
                ],
            }
        if linked:
            case = {**case, "linked": linked}
            for other in linked:
                old = self.store.case(other)
                self.store.put_case(
                    {
                        **old,
                        "linked": [*old.get("linked", []), ref],
                        "history": [
                            *old["history"],
                            casebook.event(now, "linked", note=f"{ref} refers to this case from outside it"),
                        ],
                    }
                )
        if decision.review and human:
            case = casebook.transition(case, "review", now, note=decision.review)
            report.count("needs_review")
        acknowledged = self._acknowledge(case, message, screening.reasons, decision, now, for_the_record=for_the_record)
        if acknowledged.get("ack_held"):
            report.count("ack_held")
        if acknowledged.get("ack_pending"):
            report.count("ack_waits_for_clerk")
        if category.alert:
            acknowledged = self._alert(acknowledged, category, message, now, report)
        self.store.put_case(acknowledged)
        return self._record(
            report,
            record,
            "filed",
            case=ref,
            evidence=digest,
            subject=message.subject,
            acknowledged=_ack_word(acknowledged),
        )

    def _acknowledge(
        self,
        case: dict[str, Any],
        message: Message,
        automated: tuple[str, ...],
        decision: Decision,
        now: datetime,
        *,
        for_the_record: bool = False,
    ) -> dict[str, Any]:
        """Queue the acknowledgement, or record in the case why there is none."""
        category = self.rules.category(decision.category)
        why_not = ""
        if for_the_record:
            why_not = (
                "filed for the record by a backfill: it arrived before the agent started, so it is never acknowledged"
            )
        elif case["status"] == casebook.NEEDS_REVIEW:
            why_not = "the decision needs the Clerk's review first; 'cases reclassify' sends what the category owes"
        elif not category.ack:
            why_not = f"the {category.name} category sends no acknowledgement"
        elif automated:
            why_not = "automatic mail: " + "; ".join(automated)
        elif not message.sender_valid:
            why_not = "the sender's address is missing or cannot be used safely"
        elif category.acknowledge == "never":
            why_not = f"rules.yaml says the {category.name} category is never acknowledged"
        if why_not:
            return {
                **case,
                "ack_queued": False,
                "history": [*case["history"], casebook.event(now, "not_acknowledged", note=why_not)],
            }
        if category.acknowledge == "hold":
            return hold_acknowledgement(
                case,
                f"{category.name}: the acknowledgement waits for the Clerk to send or drop it "
                "(rules.yaml: acknowledge: hold)",
                now,
            )
        cap = exceeded(self.store.ack_times(message.sender), self.settings.ack_sender_caps, now)
        everyone = exceeded(self.store.ack_times(), self.settings.ack_global_caps, now) if cap is None else None
        if everyone is not None:
            return self._wait_for_cap(case, everyone.label, now)
        if cap is not None:
            note = f"acknowledgement held back: the cap of {cap.label} for this sender is reached"
            log.warning("%s: %s", case["ref"], note)
            return {
                **case,
                "ack_queued": False,
                "ack_held": note,
                "history": [*case["history"], casebook.event(now, "acknowledgement_held", note=note)],
            }
        acknowledged = queue_acknowledgement(self.store, self.settings, self.renderer, case, category, message, now)
        if not acknowledged["ack_queued"]:
            log.error("%s: %s", case["ref"], acknowledged["history"][-1]["note"])
        return acknowledged

    # -- acknowledgements that wait for the global cap ------------------------------------------

    def _wait_for_cap(self, case: dict[str, Any], label: str, now: datetime) -> dict[str, Any]:
        """Held by the cap on all senders: the reply waits and goes when the cap allows, never dropped, so a flood of
        forged mail delays a resident's acknowledgement but cannot cost it."""
        note = f"acknowledgement waiting: the cap of {label} for all senders is reached; it goes when the cap allows"
        log.warning("%s: %s", case["ref"], note)
        return {
            **case,
            "ack_queued": False,
            "ack_waiting": now.isoformat(),
            "history": [*case["history"], casebook.event(now, "acknowledgement_waiting", note=note)],
        }

    def _release_waiting(self, report: PollReport) -> int:
        """Queue waiting acknowledgements while the global cap allows: oldest first, and fair across senders (each
        sender's oldest before anyone's second, counting what each has had already). Returns how many were queued."""
        waiting = sorted((c for c in self.store.cases.values() if c.get("ack_waiting")), key=lambda c: c["ack_waiting"])
        if not waiting:
            return 0
        turn: dict[str, int] = {}
        ranked = []
        for case in waiting:  # a sender's turn counts the replies they have had already, so a flood waits its turn
            key = cap_key(case["sender"])
            turn[key] = turn.get(key, len(self.store.ack_times(case["sender"]))) + 1
            ranked.append((turn[key], case["ack_waiting"], case["received"], case["ref"]))
        now, released = self.clock(), 0
        for *_, ref in sorted(ranked):
            if exceeded(self.store.ack_times(), self.settings.ack_global_caps, now) is not None:
                break
            case = self.store.case(ref)
            assert case is not None
            waited = {k: v for k, v in case.items() if k != "ack_waiting"}
            category = self.rules.categories.get(case["category"])
            why_not = (
                "the Clerk has dealt with the case meanwhile"
                if case["status"] not in casebook.OPEN_STATES
                else "its category sends no acknowledgement now"
                if category is None or not category.ack
                else ""
            )
            cap = exceeded(self.store.ack_times(case["sender"]), self.settings.ack_sender_caps, now)
            if cap is not None and not why_not:
                why_not = f"the cap of {cap.label} for this sender was reached while it waited"
            if why_not:
                self.store.put_case(
                    {**waited, "history": [*case["history"], casebook.event(now, "not_acknowledged", note=why_not)]}
                )
                continue
            assert category is not None
            try:
                message = parse(self.store.evidence_path(case["messages"][0]["evidence"]).read_bytes())
                mail = self.renderer.acknowledgement(case, category, message, now)
            except (StoreError, ConfigError):
                raise
            except Exception as exc:  # noqa: BLE001 - as in handle(): one case must not stop every later poll
                self.store.put_case(
                    {
                        **waited,
                        "history": [
                            *case["history"],
                            casebook.event(
                                now,
                                "not_acknowledged",
                                note=f"the waiting acknowledgement could not be made: {_printable(str(exc))}",
                            ),
                        ],
                    }
                )
                continue
            entry = queue(
                self.store, mail, kind="ack", case_ref=ref, now=now, envelope_from=self.settings.envelope_from
            )
            self.store.put_case(
                {
                    **waited,
                    "ack_queued": True,
                    "ack_message_id": entry["message_id"],
                    "history": [
                        *case["history"],
                        casebook.event(
                            now,
                            "acknowledgement_queued",
                            note=f"to {case['sender']}, after waiting since {local_time(case['ack_waiting'])}",
                        ),
                    ],
                }
            )
            released += 1
        if released:
            report.count("ack_released", released)
        return released

    # -- alerts, batched -----------------------------------------------------------------------

    def _alert(
        self, case: dict[str, Any], category: Any, message: Message, now: datetime, report: PollReport, *, why: str = ""
    ) -> dict[str, Any]:
        """The first alert goes at once; the ones that follow within ALERT_BATCH_MINUTES gather into one summary,
        so sixty threats make a handful of messages, not sixty (providers throttle an account that sends a burst).
        Returns the case, whose history says which; `why` says what raised it when it is not a new message."""
        last = self.store.get_meta("last_alert")
        if self.settings.alert_batch and last and now - datetime.fromisoformat(last) < self.settings.alert_batch:
            self.store.set_meta("alerts_waiting", [*self.store.get_meta("alerts_waiting", []), case["ref"]])
            report.count("alerts_batched")
            return {
                **case,
                "history": [*case["history"], casebook.event(now, "alert_batched", note=why or category.name)],
            }
        case = queue_alert(self.store, self.settings, self.renderer, case, category, message, now, why=why)
        self.store.set_meta("last_alert", now.isoformat())
        report.count("alerts_queued")
        return case

    def _flush_alerts(self, report: PollReport) -> int:
        """One summary alert for the cases gathered since the last alert, once ALERT_BATCH_MINUTES have passed."""
        refs = self.store.get_meta("alerts_waiting", [])
        last = self.store.get_meta("last_alert")
        now = self.clock()
        if not refs or (last and now - datetime.fromisoformat(last) < self.settings.alert_batch):
            return 0
        cases = [c for c in (self.store.case(ref) for ref in refs) if c is not None]
        if cases:
            label = f"alerts-{now.strftime('%Y%m%dT%H%M%S')}"
            queue(
                self.store,
                self.renderer.alert_summary(cases, self.rules, now),
                kind="alert",
                case_ref=label,
                now=now,
                envelope_from=self.settings.envelope_from,
            )
            report.count("alert_summaries_queued")
        self.store.set_meta("alerts_waiting", [])
        self.store.set_meta("last_alert", now.isoformat())
        return 1

    def _thread(self, message: Message) -> tuple[str | None, list[str]]:
        """The case a reply belongs to, through In-Reply-To/References or the reference in the subject, and only
        for the case's participants. A stranger must not join someone's case (a known helpdesk fault: a neighbour
        copied on a complaint could reopen it and land in the resident's subject access export): their message
        opens a new case, linked to the one it names."""
        linked: list[str] = []
        for message_id in (message.in_reply_to, *reversed(message.references)):
            ref = self.store.case_for_message_id(message_id) if message_id else None
            if ref:
                if self._participant(message.sender, ref):
                    return ref, []
                linked.append(ref)
                break
        for ref in casebook.references_in(message.subject, self.settings.case_prefix):
            case = self.store.case(ref)
            if case is None or ref in linked:
                continue
            if message.sender and case["sender"] == message.sender:
                return ref, []
            linked.append(ref)
        return None, linked

    def _participant(self, sender: str, ref: str) -> bool:
        """The case's sender, whoever the council wrote to about it (the acknowledgement, and the Clerk's own replies
        from her mail client, kept in the case with direction "sent"), and the council itself."""
        case = self.store.case(ref)
        if not sender or case is None:
            return False
        ack = self.store.outbox.get(f"{ref}-ack")
        people = {case["sender"], *(m.get("sender") for m in case.get("messages", [])), *(ack["to"] if ack else [])}
        if sender in {p.lower() for p in people if p} or sender in self.settings.own_addresses:
            return True
        return sender in self._clerk_wrote_to(case)

    def _clerk_wrote_to(self, case: dict[str, Any]) -> set[str]:
        found: set[str] = set()
        for summary in case.get("messages", []):
            if summary.get("direction") != "sent" or not summary.get("evidence"):
                continue
            try:
                sent = parse(self.store.evidence_path(summary["evidence"]).read_bytes())
            except (OSError, MalformedMessage):
                continue
            found |= {a.lower() for _, a in getaddresses([sent.header(h) or "" for h in ("to", "cc")]) if a}
        return found

    def _add_to_case(
        self,
        ref: str,
        fetched: Fetched,
        message: Message,
        digest: str,
        decision: Decision,
        now: datetime,
        report: PollReport,
        *,
        automated: bool,
    ) -> None:
        """A participant's reply joins the case, judged like any message: a threat, hate or abuse escalates the case
        and says why in its history; an uncertain one sends it to review; a calm one leaves it as it is."""
        case = self.store.case(ref)
        assert case is not None
        kind = "automatic_reply" if automated else "reply"
        case = {
            **case,
            "messages": [*case["messages"], casebook.message_summary(fetched, message, digest, now)],
            "message_ids": [*case["message_ids"], *([message.message_id] if message.message_id else [])],
            "history": [*case["history"], casebook.event(now, kind, note=f"from {message.sender or 'unknown sender'}")],
        }
        if not automated and case["status"] in casebook.TRANSITIONS["reopen"][0]:
            case = casebook.transition(case, "reopen", now, note="the sender wrote again after it was closed")
        if not automated:
            case = self._judge_reply(case, message, digest, decision, now, report)
        self.store.put_case(case)

    def _judge_reply(
        self, case: dict[str, Any], message: Message, digest: str, decision: Decision, now: datetime, report: PollReport
    ) -> dict[str, Any]:
        new = self.rules.category(decision.category)
        if escalates(self.rules, case["category"], new.name):
            policy = f"; policy {', '.join(new.policy)}" if new.policy else ""
            why = f"a reply from {message.sender or 'an unknown sender'} is {new.label.lower()}: {decision.reason}{policy}"
            case = {
                **case,
                "category": new.name,
                "severity": new.severity,
                "reason": decision.reason,
                "decision_evidence": digest,
                "hits": casebook.hit_records(decision),
                "escalated": {"from": case["category"], "to": new.name, "at": now.isoformat()},
                "history": [
                    *case["history"],
                    casebook.event(now, "escalated", note=f"{case['category']} to {new.name}: {why}"),
                ],
            }
            report.count("escalated")
            if new.alert:
                case = self._alert(
                    case,
                    new,
                    message,
                    now,
                    report,
                    why=f"A reply in this case, which was filed as {case['escalated']['from']}, escalated it: {why}.",
                )
            return case
        if decision.review and case["status"] in casebook.TRANSITIONS["review"][0]:
            case = casebook.transition(case, "review", now, note=f"a reply from {message.sender}: {decision.review}")
            report.count("needs_review")
        return case

    def _record(self, report: PollReport, record: dict[str, Any], disposition: str, **extra: Any) -> str:
        subject = extra.pop("subject", None)
        acknowledged = extra.pop("acknowledged", False)
        self.store.record_message({**record, "disposition": disposition, **extra})
        report.count(disposition)
        report.rows.append(
            {
                "location": record["location"],
                "subject": subject or "",
                "category": record.get("category", ""),
                "disposition": disposition,
                "case": extra.get("case") or "",
                "acknowledged": acknowledged,
            }
        )
        log.info(
            "%s %s -> %s%s",
            record["folder"],
            record["uid"],
            disposition,
            f" {extra['case']}" if extra.get("case") else "",
        )
        return disposition


def _ack_word(case: dict[str, Any]) -> str | bool:
    """For the poll's rows (the demo's table): sent, held for the Clerk, waiting for her review, or not."""
    if case["status"] == casebook.NEEDS_REVIEW:
        return "review"
    return "held" if case.get("ack_pending") else bool(case.get("ack_queued"))


def _message_record(fetched: Fetched, now: datetime) -> dict[str, Any]:
    """The start of every message's record: where it is, how big, and when it was read."""
    return {
        "location": fetched.location,
        "folder": fetched.folder,
        "uid": fetched.uid,
        "received": fetched.received.isoformat() if fetched.received else None,
        "size": len(fetched.raw),
        "recorded": now.isoformat(),
    }


def _printable(text: str, limit: int = 200) -> str:
    """An exception's text as one safe line: it may quote the message (a charset name, an address)."""
    return re.sub(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", "?", text)[:limit]


def add_counts(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    return {k: a.get(k, 0) + b.get(k, 0) for k in {*a, *b}}
