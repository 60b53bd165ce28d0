"""Outgoing mail: a queue in the store, and transports that hand it over (SMTP, or files for the demo).

Every message is written to disk and queued in the store, and that is committed, before any attempt
to send it. States: queued -> sent, or failed (a permanent refusal, or too old to retry), or
unconfirmed, or cancelled by the Clerk; core/outbox.py has the changes, this module the I/O around them.

Nothing is sent twice. Around each hand-over a line goes to a journal: "SENDING id" before, fsynced,
"SENT id" or "REFUSED id" after, made durable by the next one's sync; the store records the outcomes
when the batch ends. After a crash only the one message last handed over can be in doubt. An
acknowledgement in doubt is looked up in the IMAP Sent folder, where each is copied as soon as the
server accepts it: there, it is sent; not there, it is 'unconfirmed' and left for the Clerk ('outbox
list', the digest), never resent blindly, because a second acknowledgement is worse than a missing
one. Alerts and digests in doubt are sent again: a repeated alert is better than a lost one.
"""

from __future__ import annotations

import base64
import logging
import os
import random
import smtplib
import ssl
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path
from typing import Protocol

from inbox_agent.config import ServerSettings
from inbox_agent.core import outbox as states
from inbox_agent.core.records import MailKind, OutboxEntry, OutboxState
from inbox_agent.errors import AgentError, TransportError, describe
from inbox_agent.mail.oauth import OAuthError, TokenSource, xoauth2
from inbox_agent.store.database import Store, write_durably

log = logging.getLogger(__name__)

BACKOFF_CAP = timedelta(hours=1)

SendOne = Callable[[str, str, Sequence[str], bytes], None]  # (name, envelope sender, recipients, bytes)
OnEntry = Callable[[OutboxEntry], None]


class Transport(Protocol):
    def session(self) -> AbstractContextManager[SendOne]: ...


class SentFolder(Protocol):
    """Where copies of acknowledgements are kept, and where the agent looks after a crash."""

    def append(self, data: bytes, when: datetime) -> None: ...

    def contains(self, message_id: str) -> bool: ...


def queue(
    store: Store,
    mail: EmailMessage,
    *,
    kind: str,  # a MailKind, or its value
    case_ref: str,
    now: datetime,
    envelope_from: str,
    name: str = "",
) -> OutboxEntry:
    """Put a rendered message in the outbox; it is sent only after the store commits. The id is REF-KIND, or
    REF-NAME for a second message of a kind (a later alert about the same case)."""
    entry_id = f"{case_ref}-{name or kind}"
    data = getattr(mail, "checked_bytes", None) or bytes(mail)
    store.write_outgoing(f"{entry_id}.eml", data)
    entry = OutboxEntry(
        id=entry_id,
        kind=MailKind(kind),
        case=case_ref,
        message_id=str(mail["Message-ID"]),
        to=tuple(address for _, address in getaddresses([str(mail["To"])]) if address),
        sender=envelope_from,
        subject=str(mail["Subject"]),
        state=OutboxState.QUEUED,
        queued=now.isoformat(),
        next_attempt=now.isoformat(),
    )
    store.put_outbox(entry)
    return entry


def backoff(attempts: int, first: timedelta, rng: random.Random) -> timedelta:
    """Exponential from `first`, capped at an hour, with jitter so a recovering server is not hit all at once."""
    base = min(BACKOFF_CAP, first * (2 ** max(0, attempts - 1)))
    return base * (0.5 + rng.random())


JOURNAL = "sending.journal"


def _journal(store: Store) -> Path:
    return store.data_dir / "outbox" / JOURNAL


def _note(store: Store, word: str, entry_id: str, *, sync: bool = True) -> None:
    """SENDING must be durable before the hand-over. An outcome need not be synced at once: the next SENDING's sync,
    or the commit that records it, makes it durable, and until then a lost outcome only leaves the last message in
    doubt, as a crash during its hand-over would. One sync per message instead of two."""
    with open(_journal(store), "ab") as handle:
        handle.write(f"{word} {entry_id}\n".encode())
        handle.flush()
        if sync:
            os.fsync(handle.fileno())


def _settled(store: Store) -> None:
    """The store now holds every outcome the journal noted: start it afresh."""
    _journal(store).unlink(missing_ok=True)


def recover_interrupted(
    store: Store, now: datetime, sent_folder: SentFolder | None, on_sent: OnEntry | None = None
) -> dict[str, int]:
    """Settle what a crash left in the journal before anything else is sent."""
    counts = {"confirmed": 0, "requeued": 0, "unconfirmed": 0}
    path = _journal(store)
    lines = path.read_text().split() if path.exists() else []
    words = list(zip(lines[::2], lines[1::2], strict=False))  # a torn last line has no pair
    finished = {entry_id: word for word, entry_id in words if word in ("SENT", "REFUSED")}
    started = list(dict.fromkeys(entry_id for word, entry_id in words if word == "SENDING"))
    for entry_id in started:
        entry = store.outbox_entry(entry_id)
        if entry is None or entry.state != OutboxState.QUEUED:
            continue  # its outcome was committed before the crash
        if finished.get(entry_id) == "SENT" or (
            entry.kind == MailKind.ACK and sent_folder is not None and sent_folder.contains(entry.message_id)
        ):
            done = states.confirmed(entry, now)
            store.put_outbox(done)
            counts["confirmed"] += 1
            if on_sent:
                on_sent(done)
        elif finished.get(entry_id) == "REFUSED" or entry.kind != MailKind.ACK:
            store.put_outbox(states.requeued(entry, now))
            counts["requeued"] += 1
        else:
            store.put_outbox(states.unconfirmed(entry, now))
            counts["unconfirmed"] += 1
    if started or path.exists():
        store.commit()
        _settled(store)
    return counts


_connection_problem: dict[str, str] = {}  # the last SMTP connection failure logged by this process


def deliver(
    store: Store,
    transport: Transport,
    now: datetime,
    *,
    retry_first: timedelta,
    retry_for: timedelta,
    sent_folder: SentFolder | None = None,
    on_sent: OnEntry | None = None,
    rng: random.Random | None = None,
    on_failed: OnEntry | None = None,
) -> dict[str, int]:
    """Send what is due over one connection, journalling each hand-over; commit the outcomes at the end."""
    rng = rng or random.Random()
    recovered = recover_interrupted(store, now, sent_folder, on_sent)
    counts = {"sent": recovered["confirmed"], "retry": 0, "failed": 0, "unconfirmed": recovered["unconfirmed"]}
    due = [e for e in store.outbox_entries(OutboxState.QUEUED) if states.is_due(e, now)]
    if not due:
        return counts
    pending = [states.attempting(e) for e in due]
    try:
        with transport.session() as send:
            while pending:
                entry = pending[0]
                data = store.read_outgoing(entry.id)
                _note(store, "SENDING", entry.id)
                try:
                    send(entry.id, entry.sender, entry.to, data)
                except TransportError as exc:
                    if not exc.permanent and exc.context.get("connection"):
                        raise
                    _note(store, "REFUSED", entry.id, sync=False)
                    _failed_attempt(store, entry, exc, now, retry_first, retry_for, rng, counts, on_failed)
                else:
                    _record_sent(store, entry, data, now, sent_folder, on_sent)
                    counts["sent"] += 1
                pending.pop(0)
    except TransportError as exc:  # the connection itself failed: everything left waits for the next try
        if str(exc) != _connection_problem.get("last"):  # once per outage, not at every retry
            log.warning("outgoing mail: %s", exc)
            _connection_problem["last"] = str(exc)
        for entry in pending:
            _failed_attempt(store, entry, exc, now, retry_first, retry_for, rng, counts, on_failed)
    else:
        if _connection_problem.pop("last", None):
            log.info("outgoing mail: the SMTP server takes mail again")
    store.commit()
    _settled(store)
    return counts


def _record_sent(
    store: Store,
    entry: OutboxEntry,
    data: bytes,
    now: datetime,
    sent_folder: SentFolder | None,
    on_sent: OnEntry | None,
) -> None:
    """Copy to Sent at once, then journal it: either is proof, after a crash, that the server took it."""
    copied = False
    if sent_folder is not None and entry.kind == MailKind.ACK:
        try:
            sent_folder.append(data, now)
            copied = True
        except AgentError as exc:
            log.warning("sent %s, but could not copy it to the Sent folder: %s", entry.id, exc)
    _note(store, "SENT", entry.id, sync=False)
    done = states.sent(entry, now, copied=copied)
    store.put_outbox(done)
    if on_sent:
        on_sent(done)


def _failed_attempt(
    store: Store,
    entry: OutboxEntry,
    exc: TransportError,
    now: datetime,
    retry_first: timedelta,
    retry_for: timedelta,
    rng: random.Random,
    counts: dict[str, int],
    on_failed: OnEntry | None = None,
) -> None:
    if exc.permanent or states.too_old(entry, now, retry_for):
        failed = states.failed(entry, exc.problem)
        store.put_outbox(failed)
        counts["failed"] += 1
        log.error("outgoing mail %s failed for good: %s", entry.id, exc.problem)
        if on_failed:
            on_failed(failed)
    else:
        store.put_outbox(states.retry_later(entry, exc.problem, now + backoff(entry.attempts, retry_first, rng)))
        counts["retry"] += 1


def retry(store: Store, entry_id: str, now: datetime) -> OutboxEntry:
    retried = states.retried(_changeable(store, entry_id, "retried"), now)
    store.put_outbox(retried)
    return retried


def cancel(store: Store, entry_id: str, now: datetime) -> OutboxEntry:
    cancelled = states.cancelled(_changeable(store, entry_id, "cancelled"), now)
    store.put_outbox(cancelled)
    return cancelled


def _changeable(store: Store, entry_id: str, what: str) -> OutboxEntry:
    entry = _entry(store, entry_id)
    if entry.state not in states.CHANGEABLE:
        raise AgentError(
            f"{entry_id} is {entry.state}; only failed, unconfirmed or queued mail can be {what}",
            fix="see 'python run.py outbox list'",
        )
    return entry


def _entry(store: Store, entry_id: str) -> OutboxEntry:
    entry = store.outbox_entry(entry_id)
    if entry is None:
        raise AgentError(
            f"there is no outgoing message {entry_id!r}", fix="see 'python run.py outbox list' for the ids"
        )
    return entry


def _login(client: smtplib.SMTP, user: str, password: str, where: str) -> None:
    """smtplib's login encodes as ASCII (and CRAM-MD5 needs it), so a user or password beyond ASCII goes by AUTH PLAIN
    in UTF-8 (RFC 4616); a server without it is told plainly, never with the text."""
    if (user + password).isascii():
        client.login(user, password)
        return
    client.ehlo_or_helo_if_needed()
    if "PLAIN" not in client.esmtp_features.get("auth", "").upper().split():
        raise TransportError(
            f"SMTP_USER or SMTP_PASSWORD has characters outside ASCII, and the SMTP server {where} offers "
            "no login that can carry them (AUTH PLAIN)",
            connection=True,
            auth=True,
            fix="set a password of ASCII letters, digits and punctuation (or an app password) for sending",
        )
    response = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode("ascii")
    code, said = client.docmd("AUTH", "PLAIN " + response)
    if code == 334:  # a server that wants the response on its own line
        code, said = client.docmd(response)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, said)


class SmtpTransport:
    def __init__(self, server: ServerSettings, tokens: TokenSource | None = None) -> None:
        self.server = server
        self.tokens = tokens  # for SMTP_AUTH=oauth2

    def _connect(self) -> smtplib.SMTP:
        s = self.server
        where = f"{s.host}:{s.port}"
        try:
            if s.security == "ssl":
                client: smtplib.SMTP = smtplib.SMTP_SSL(
                    s.host, s.port, timeout=s.timeout, context=ssl.create_default_context()
                )
            else:
                client = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
                if s.security == "starttls":
                    client.starttls(context=ssl.create_default_context())
            if s.auth == "oauth2":
                token = self.tokens.token() if self.tokens else ""
                client.ehlo_or_helo_if_needed()
                client.auth("XOAUTH2", lambda challenge=None: "" if challenge else xoauth2(s.user, token))
            elif s.user:
                _login(client, s.user, s.password, where)
        except OAuthError as exc:  # no token: the mail stays queued, as for any connection failure
            raise TransportError(exc.problem, fix=exc.fix, connection=True, auth=True) from None
        except smtplib.SMTPAuthenticationError:
            what = "OAuth token" if s.auth == "oauth2" else "login"
            raise TransportError(
                f"the SMTP server {where} refused the {what} for {s.user!r}",
                connection=True,
                auth=True,
                fix="check that the app may send as this mailbox (Microsoft: SMTP.SendAsApp; SMTP AUTH "
                "enabled for the mailbox)"
                if s.auth == "oauth2"
                else "check SMTP_USER and SMTP_PASSWORD; mail stays queued until they are right",
            ) from None
        except ssl.SSLError as exc:
            raise TransportError(
                f"TLS with the SMTP server {where} failed ({exc.reason or exc})",
                connection=True,
                fix="check SMTP_SECURITY: ssl is usually port 465, starttls port 587",
            ) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise TransportError(
                f"cannot connect to the SMTP server {where} ({describe(exc)})",
                connection=True,
                fix="check SMTP_HOST, SMTP_PORT and SMTP_SECURITY; mail stays queued and is retried",
            ) from None
        return client

    @contextmanager
    def session(self) -> Iterator[SendOne]:
        client = self._connect()

        def send(name: str, sender: str, to: Sequence[str], data: bytes) -> None:
            utf8 = not all(address.isascii() for address in (sender, *to))
            try:
                if utf8:
                    client.ehlo_or_helo_if_needed()
                    if not client.has_extn("smtputf8"):
                        raise TransportError(
                            "the SMTP server does not offer SMTPUTF8, which mail to a non-ASCII address "
                            "(RFC 6531) needs",
                            permanent=True,
                            fix="ask the mail provider for SMTPUTF8, or answer this person by hand",
                        )
                refused = client.sendmail(
                    sender,
                    list(to),
                    data,  # "" is MAIL FROM:<>
                    mail_options=["SMTPUTF8"] if utf8 else [],
                )
            except smtplib.SMTPRecipientsRefused as exc:
                codes = [code for code, _ in exc.recipients.values()]
                raise TransportError(
                    f"all recipients refused ({codes})", permanent=all(c >= 500 for c in codes)
                ) from None
            except smtplib.SMTPResponseException as exc:
                raise TransportError(
                    f"the SMTP server answered {exc.smtp_code} {exc.smtp_error[:120]!r}",
                    permanent=exc.smtp_code >= 500,
                    connection=isinstance(exc, smtplib.SMTPServerDisconnected) or exc.smtp_code == 421,
                ) from None
            except (OSError, smtplib.SMTPException) as exc:
                raise TransportError(f"lost the SMTP connection ({describe(exc)})", connection=True) from None
            if refused:
                log.warning("%s: %d of %d recipients were refused", name, len(refused), len(to))

        try:
            yield send
        finally:
            try:
                client.quit()
            except (OSError, smtplib.SMTPException):
                client.close()


class FileTransport:
    """Writes each message as an .eml file: the demo's outbox, or a drop folder for another mailer."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    @contextmanager
    def session(self) -> Iterator[SendOne]:
        self.folder.mkdir(parents=True, exist_ok=True)

        def send(name: str, sender: str, to: Sequence[str], data: bytes) -> None:
            write_durably(self.folder / f"{name}.eml", data)

        yield send
