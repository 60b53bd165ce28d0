"""Outgoing mail: a queue in the store, and transports that hand it over (SMTP, or files for the demo).

Every message is written to disk and queued in the store, and that is committed, before any attempt
to send it. States: queued -> sending -> sent, or failed (permanent refusal, or too old to retry).
An entry found still 'sending' at start-up was interrupted between handing it to the server and
recording that; it becomes 'unconfirmed' and is not resent blindly, since a second acknowledgement
is worse than a missing one. `outbox list` shows such entries to the Clerk.
"""

from __future__ import annotations

import logging
import random
import smtplib
import ssl
from contextlib import contextmanager
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path
from typing import Any, Callable, Iterator, Protocol

from .config import ServerSettings
from .errors import TransportError, describe
from .store import Store, write_durably

log = logging.getLogger(__name__)

QUEUED, SENDING, SENT, FAILED, UNCONFIRMED = "queued", "sending", "sent", "failed", "unconfirmed"
RETRY_FOR = timedelta(hours=48)

SendOne = Callable[[dict[str, Any], bytes], None]


class Transport(Protocol):
    def session(self) -> Any: ...  # a context manager yielding SendOne


def queue(store: Store, mail: EmailMessage, *, kind: str, case_ref: str, now: datetime) -> dict[str, Any]:
    """Put a rendered message in the outbox; it is sent only after the store commits."""
    message_id = str(mail["Message-ID"])
    entry_id = f"{case_ref}-{kind}"
    data = bytes(mail)
    store.write_outgoing(f"{entry_id}.eml", data)
    recipients = [address for _, address in getaddresses([str(mail["To"])]) if address]
    entry = {"id": entry_id, "kind": kind, "case": case_ref, "message_id": message_id, "to": recipients,
             "from": mail["From"].addresses[0].addr_spec, "subject": str(mail["Subject"]), "state": QUEUED,
             "queued": now.isoformat(), "next_attempt": now.isoformat(), "attempts": 0, "last_error": ""}
    store.put_outbox(entry)
    return entry


def backoff(attempts: int, rng: random.Random) -> timedelta:
    """Exponential, capped at an hour, with jitter so a recovering server is not hit all at once."""
    base = min(3600.0, 60.0 * (2 ** max(0, attempts - 1)))
    return timedelta(seconds=base * (0.5 + rng.random()))


def recover_interrupted(store: Store, now: datetime) -> int:
    interrupted = store.outbox_entries(SENDING)
    for entry in interrupted:
        store.put_outbox({**entry, "state": UNCONFIRMED,
                          "last_error": "the agent stopped while handing this to the mail server; check the Sent folder, "
                                        "then 'outbox retry' or 'outbox cancel'", "recovered": now.isoformat()})
    return len(interrupted)


def deliver(store: Store, transport: Transport, now: datetime, *, on_sent: Callable[[dict[str, Any]], None] | None = None,
            rng: random.Random | None = None) -> dict[str, int]:
    """Send what is due over one connection; commit 'sending' before and the outcome after."""
    rng = rng or random.Random()
    counts = {"sent": 0, "retry": 0, "failed": 0, "unconfirmed": recover_interrupted(store, now)}
    due = [e for e in store.outbox_entries(QUEUED) if e["next_attempt"] <= now.isoformat()]
    if not due:
        if counts["unconfirmed"]:
            store.commit()
        return counts
    for entry in due:
        store.put_outbox({**entry, "state": SENDING, "attempts": entry["attempts"] + 1})
    store.commit()
    pending = list(due)
    try:
        with transport.session() as send:
            while pending:
                entry = pending[0]
                data = (store.data_dir / "outbox" / f"{entry['id']}.eml").read_bytes()
                try:
                    send(entry, data)
                except TransportError as exc:
                    if not exc.permanent and exc.context.get("connection"):
                        raise
                    _failed_attempt(store, entry, exc, now, rng, counts)
                else:
                    done = {**store.outbox.get(entry["id"]), "state": SENT, "sent": now.isoformat(), "last_error": ""}
                    store.put_outbox(done)
                    counts["sent"] += 1
                    if on_sent:
                        on_sent(done)
                pending.pop(0)
    except TransportError as exc:  # the connection itself failed: everything left waits for the next try
        log.warning("outgoing mail: %s", exc)
        for entry in pending:
            _failed_attempt(store, entry, exc, now, rng, counts)
    store.commit()
    return counts


def _failed_attempt(store: Store, entry: dict[str, Any], exc: TransportError, now: datetime, rng: random.Random,
                    counts: dict[str, int]) -> None:
    current = store.outbox.get(entry["id"])
    too_old = now - datetime.fromisoformat(current["queued"]) > RETRY_FOR
    if exc.permanent or too_old:
        store.put_outbox({**current, "state": FAILED, "last_error": exc.problem})
        counts["failed"] += 1
        log.error("outgoing mail %s failed for good: %s", entry["id"], exc.problem)
    else:
        store.put_outbox({**current, "state": QUEUED, "last_error": exc.problem,
                          "next_attempt": (now + backoff(current["attempts"], rng)).isoformat()})
        counts["retry"] += 1


class SmtpTransport:
    def __init__(self, server: ServerSettings) -> None:
        self.server = server

    def _connect(self) -> smtplib.SMTP:
        s = self.server
        where = f"{s.host}:{s.port}"
        try:
            if s.security == "ssl":
                client: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=ssl.create_default_context())
            else:
                client = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
                if s.security == "starttls":
                    client.starttls(context=ssl.create_default_context())
            if s.user:
                client.login(s.user, s.password)
        except smtplib.SMTPAuthenticationError:
            raise TransportError(f"the SMTP server {where} refused the login for {s.user!r}", connection=True,
                                 fix="check SMTP_USER and SMTP_PASSWORD; mail stays queued until they are right") from None
        except ssl.SSLError as exc:
            raise TransportError(f"TLS with the SMTP server {where} failed ({exc.reason or exc})", connection=True,
                                 fix="check SMTP_SECURITY: ssl is usually port 465, starttls port 587") from None
        except (OSError, smtplib.SMTPException) as exc:
            raise TransportError(f"cannot connect to the SMTP server {where} ({describe(exc)})", connection=True,
                                 fix="check SMTP_HOST, SMTP_PORT and SMTP_SECURITY; mail stays queued and is retried") from None
        return client

    @contextmanager
    def session(self) -> Iterator[SendOne]:
        client = self._connect()

        def send(entry: dict[str, Any], data: bytes) -> None:
            try:
                refused = client.sendmail(entry["from"], entry["to"], data)
            except smtplib.SMTPRecipientsRefused as exc:
                codes = [code for code, _ in exc.recipients.values()]
                raise TransportError(f"all recipients refused ({codes})", permanent=all(c >= 500 for c in codes)) from None
            except smtplib.SMTPResponseException as exc:
                raise TransportError(f"the SMTP server answered {exc.smtp_code} {exc.smtp_error[:120]!r}",
                                     permanent=exc.smtp_code >= 500,
                                     connection=isinstance(exc, smtplib.SMTPServerDisconnected) or exc.smtp_code == 421) from None
            except (OSError, smtplib.SMTPException) as exc:
                raise TransportError(f"lost the SMTP connection ({describe(exc)})", connection=True) from None
            if refused:
                log.warning("some recipients were refused: %s", sorted(refused))

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

        def send(entry: dict[str, Any], data: bytes) -> None:
            write_durably(self.folder / f"{entry['id']}.eml", data)

        yield send

