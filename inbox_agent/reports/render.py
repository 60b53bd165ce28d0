"""Templates to mail. Email content only ever enters as template *data*, never as template source,
and every header value is checked before it is set (no CR, LF or other control characters)."""

from __future__ import annotations

import email.parser
import email.policy
import re
import textwrap
from datetime import date, datetime
from email.headerregistry import Address, BaseHeader, HeaderRegistry
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateError

from inbox_agent.config import Settings
from inbox_agent.core import cases as casebook
from inbox_agent.core.models import Category, Message
from inbox_agent.core.policy import POLICY_TITLE, citations
from inbox_agent.core.records import Case
from inbox_agent.core.screen import LOOP_HEADER
from inbox_agent.core.workdays import LONDON, WorkingDays, local_date
from inbox_agent.errors import AgentError, ConfigError

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")
_MSGID = re.compile(r"<[^<>\s\x00-\x1f\x7f]{1,250}>")
MAX_SUBJECT = 160
WIDTH = 72


def header_text(value: str, limit: int = MAX_SUBJECT) -> str:
    """Untrusted text made safe for a header: control characters become spaces, length is capped by
    characters (never mid-character), and "=?" is broken up. The email package decodes RFC 2047
    encoded-words it finds in a value it is given, and some Python releases then fold a decoded CR/LF
    out raw (CVE-2024-6923): a literal "=?utf-8?q?x=0D=0ABcc:...?=" must never reach it."""
    text = " ".join(_CONTROL.sub(" ", value or "").split()).replace("=?", "= ?")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def message_ids(values: list[str] | tuple[str, ...]) -> list[str]:
    """Only well-formed <id> tokens, with no encoded-word syntax, go into In-Reply-To and References."""
    return [v for v in values if v and _MSGID.fullmatch(v) and "=?" not in v]


class _HeaderTypes(HeaderRegistry):
    """The email package makes a new class for every header it sets (HeaderRegistry.__getitem__ calls type() each
    time), and that made an acknowledgement cost nearly twice the CPU it does with each name's class made once, as
    here. Headers are parsed, checked and written exactly as before (a test compares the bytes)."""

    def __init__(self) -> None:
        super().__init__()
        self._made: dict[str, type[BaseHeader]] = {}

    def __getitem__(self, name: str) -> type[BaseHeader]:
        key = name.lower()
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = super().__getitem__(name)
        return made


_HEADERS = _HeaderTypes()
SMTP = email.policy.SMTP.clone(header_factory=_HEADERS)
SMTPUTF8 = email.policy.SMTPUTF8.clone(header_factory=_HEADERS)


class UnsafeMail(AgentError):
    """A rendered message did not come out with exactly the headers we set; it is never sent."""


def checked(mail: EmailMessage) -> EmailMessage:
    """Parse the headers back as a receiver will, and refuse the message unless they are exactly ours.
    The bytes are kept on the message, so it is serialised once."""
    data = bytes(mail)
    end = data.find(b"\r\n\r\n")  # the headers alone: an earlier blank line, however written, is still in them
    head = data if end < 0 else data[: end + 4]
    sent = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(head)
    if [k.lower() for k in sent.keys()] != [k.lower() for k in mail.keys()]:
        raise UnsafeMail(
            "an outgoing message came out with headers we did not set",
            fix="this is a bug or an attack: the case is filed without an acknowledgement",
            headers=sent.keys(),
        )
    mail.checked_bytes = data  # type: ignore[attr-defined]
    return mail


def wrap(text: str, width: int = WIDTH) -> str:
    """Templates hold one paragraph per line; wrapping here keeps plain-text mail readable and 7-bit."""
    out: list[str] = []
    for line in text.splitlines():
        indent = line[: len(line) - len(line.lstrip())]
        out.append(
            textwrap.fill(line, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)
            if len(line) > width
            else line
        )
    return "\n".join(out).strip("\n") + "\n"


def local_time(value: str | datetime) -> str:
    """ISO timestamps as a person in England reads them: 'Tue 2 Dec 2026, 09:05'."""
    when = (datetime.fromisoformat(value) if isinstance(value, str) else value).astimezone(LONDON)
    return f"{when:%a} {when.day} {when:%b %Y, %H:%M}"


def long_date(value: str | date) -> str:
    """A due date as a letter gives it: 'Tuesday 22 December 2026'."""
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return f"{day:%A} {day.day} {day:%B %Y}"


def _autoescape(name: str | None) -> bool:
    """Escape everything except templates that are plain text by name: safe unless told otherwise."""
    return not (name or "").endswith((".txt.j2", ".md.j2"))


def _alert_label(rules: Any, case: Case) -> str:
    """How the alert summary's subject names a case: its category's label, or for a case filed under a category that
    raises no alert (a possible threat that waits for review), "possible threat, needs review" as the plan noted it."""
    category = rules.categories.get(case.category)
    if category is None:
        return case.category
    if category.alert or case.status != casebook.NEEDS_REVIEW:
        return str(category.label)
    noted = next((e.note for e in reversed(case.history) if e.kind in ("alert_batched", "alert_queued")), "")
    possible = noted.split(":", 1)[0] if noted.startswith("possible ") else "possible alert"
    return f"{possible}, needs review"


def acknowledgement_state(case: Case) -> str:
    """One plain sentence for the alert: did the sender hear from the council, and if not, what is hers to do."""
    if case.ack_queued or case.acknowledged:
        return "An acknowledgement with the case reference has been sent to the sender."
    if case.ack_pending:
        return (
            f"No acknowledgement has been sent to the sender: it is held for your decision. To send it: "
            f"python run.py cases ack {case.ref} --send. Not to send it: "
            f'python run.py cases ack {case.ref} --drop --note "why".'
        )
    why = next((e.note for e in reversed(case.history) if e.kind in ("not_acknowledged", "acknowledgement_held")), "")
    return "No acknowledgement has been sent to the sender" + (f" ({why})." if why else ".")


class Renderer:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._days: WorkingDays | None = None  # made when first needed: it costs start-up time
        self._names: frozenset[str] | None = None
        self.env = Environment(
            loader=FileSystemLoader(str(settings.templates_dir)),
            undefined=StrictUndefined,
            autoescape=_autoescape,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["local_time"] = local_time
        self.env.filters["long_date"] = long_date

    def _templates(self) -> frozenset[str]:
        """The templates there are, listed once: a walk of the folder for every acknowledgement cost more than
        rendering it."""
        if self._names is None:
            self._names = frozenset(self.env.list_templates()) if self.env.loader else frozenset()
        return self._names

    def render(self, name: str, **context: Any) -> str:
        try:
            return self.env.get_template(name).render(**self.common(), **context)
        except TemplateError as exc:
            where = getattr(exc, "filename", None) or name
            line = getattr(exc, "lineno", None)
            raise ConfigError(
                f"template {where}{f', line {line}' if line else ''}: {exc.message or exc}",
                fix=f"correct the template in {self.settings.templates_dir}",
            ) from None

    def common(self) -> dict[str, Any]:
        s = self.settings
        return {
            "council": {"name": s.council_name, "address": s.council_address, "phone": s.council_phone},
            "clerk": {"name": s.clerk_name, "email": s.clerk_email},
            "policy_title": POLICY_TITLE,
            "privacy_notice_url": s.privacy_notice_url,
            "complaints_procedure_url": s.complaints_procedure_url,
            "conduct_route": s.conduct_complaint_route,
            "board_url": s.web_base_url,
        }

    def _base(self, now: datetime, to: list[tuple[str, str]], subject: str, auto_submitted: str) -> EmailMessage:
        s = self.settings
        if all(address.isascii() for _, address in to):
            mail = EmailMessage(policy=SMTP)
            mail["From"] = formataddr((header_text(s.council_name, 100), s.ack_from))
            mail["To"] = ", ".join(formataddr((header_text(name, 80), address)) for name, address in to)
        else:  # RFC 6532: a non-ASCII address is written as UTF-8, and is sent only where the server offers SMTPUTF8
            mail = EmailMessage(policy=SMTPUTF8)
            mail["From"] = formataddr((header_text(s.council_name, 100), s.ack_from))
            mail["To"] = [Address(header_text(name, 80), *address.rsplit("@", 1)) for name, address in to]
        mail["Subject"] = header_text(subject, MAX_SUBJECT + 40)
        mail["Date"] = format_datetime(now)
        mail["Message-ID"] = make_msgid(idstring="ack", domain=s.ack_from.rsplit("@", 1)[1])
        mail["Auto-Submitted"] = auto_submitted
        mail["X-Auto-Response-Suppress"] = "All"  # asks Exchange and Outlook not to auto-reply to us
        return mail

    def acknowledgement(self, case: Case, category: Category, message: Message, now: datetime) -> EmailMessage:
        """The reply a member of the public receives. Only called for a sender that passed validation."""
        assert category.ack, "categories without an ack template are never acknowledged"
        if category.reply_days and self._days is None:
            self._days = WorkingDays()  # England's working days: the council's own clocks
        reply_by = self._days.add(local_date(now), category.reply_days) if self._days and category.reply_days else None
        context = {
            "ref": case.ref,
            "category": category,
            "citations": citations(category.policy),
            "sender_name": header_text(message.sender_name, 80),
            "subject": header_text(message.subject),
            "deadline": case.deadline,
            "received": local_date(case.received or now),
            "reply_days": category.reply_days,
            "reply_by": reply_by,
        }
        subject = self.render("ack/subject.txt.j2", **context).strip()
        body = self.render(category.ack, **context)
        mail = self._base(now, [(message.sender_name, message.sender)], subject, "auto-replied")
        original = message_ids([message.message_id])
        if original:
            mail["In-Reply-To"] = original[0]
        references = message_ids([*message.references[-10:], *original])
        if references:
            mail["References"] = " ".join(references)
        mail[LOOP_HEADER] = case.ref
        mail.set_content(wrap(body))
        html_template = category.ack.replace(".txt.j2", ".html.j2")
        if html_template != category.ack and html_template in self._templates():
            mail.add_alternative(self.render(html_template, **context), subtype="html")  # autoescaped by name
        return checked(mail)

    def digest_mail(self, digest: dict[str, Any], now: datetime) -> EmailMessage:
        """The weekly digest: plain text with an HTML alternative (inline CSS, tables, no images or script)."""
        subject = self.render("digest_subject.txt.j2", digest=digest).strip()
        mail = self._base(now, [(self.settings.clerk_name, self.settings.clerk_email)], subject, "auto-generated")
        mail[LOOP_HEADER] = "digest"
        mail.set_content(wrap(self.render("digest.txt.j2", digest=digest)))
        mail.add_alternative(self.render("digest.html.j2", digest=digest), subtype="html")
        return checked(mail)

    def problem_mail(self, problem: str, fix: str, now: datetime) -> EmailMessage:
        """Tells the Clerk the agent is stuck (a refused password, say): the log is not read every day."""
        mail = self._base(
            now,
            [(self.settings.clerk_name, self.settings.clerk_email)],
            "The inbox agent needs attention: " + header_text(problem, 100),
            "auto-generated",
        )
        mail[LOOP_HEADER] = "problem"
        mail["Importance"] = "high"
        mail.set_content(wrap(self.render("problem.txt.j2", problem=problem, fix=fix)))
        return checked(mail)

    def recovered_mail(self, alerted: str, now: datetime) -> EmailMessage:
        """The one message after a `problem_mail` about polling: it works again."""
        mail = self._base(
            now,
            [(self.settings.clerk_name, self.settings.clerk_email)],
            "The inbox agent is working again",
            "auto-generated",
        )
        mail[LOOP_HEADER] = "problem"
        mail.set_content(wrap(self.render("recovered.txt.j2", alerted=alerted, now=now.isoformat())))
        return checked(mail)

    def test_mail(self, now: datetime) -> EmailMessage:
        """`check --send-test`: proof, in the Clerk's inbox, that the agent can send as the council."""
        mail = self._base(
            now, [(self.settings.clerk_name, self.settings.clerk_email)], "Test from the inbox agent", "auto-generated"
        )
        mail[LOOP_HEADER] = "check"
        mail.set_content(wrap(self.render("check.txt.j2")))
        return checked(mail)

    def alert_summary(self, cases: list[Case], rules: Any, now: datetime) -> EmailMessage:
        """One message for the alerts gathered since the last one (see Pipeline._alert)."""
        recipients = [("", self.settings.clerk_email), *(("", a) for a in self.settings.alert_emails)]
        shown = [  # the template's data: the case as stored, with its text made safe for mail
            {
                **c.to_doc(),
                "subject": header_text(c.subject),
                "sender": header_text(c.sender, 120),
                "acknowledgement": acknowledgement_state(c),
            }
            for c in cases
        ]
        labels = sorted({_alert_label(rules, c) for c in cases})
        mail = self._base(now, recipients, f"URGENT: {len(cases)} more alert(s): {', '.join(labels)}", "auto-generated")
        mail[LOOP_HEADER] = "alerts"
        mail["Importance"] = "high"
        mail.set_content(wrap(self.render("alert_summary.txt.j2", cases=shown)))
        return checked(mail)

    def alert(
        self, case: Case, category: Category, message: Message, now: datetime, *, why: str = "", possible: bool = False
    ) -> EmailMessage:
        """The Clerk's immediate warning about a threat or hate case; `why` says what raised it when it is not a
        new message (a reply that escalated the case, a reclassification). A `possible` one is a case that waits for
        her review, which the model suspects of being `category`: `why` is the review's reason."""
        recipients = [("", self.settings.clerk_email), *(("", a) for a in self.settings.alert_emails)]
        context = {
            "case": case,
            "category": category,
            "citations": citations(category.policy),
            "sender": message.sender or "(no sender address)",
            "sender_name": header_text(message.sender_name, 80),
            "subject": header_text(message.subject),
            "hits": [h.to_doc() for h in case.hits],  # as templates have them: a hit's place is "in"
            "why": why,
            "possible": possible,
            "acknowledgement": acknowledgement_state(case),
        }
        subject = self.render("alert_subject.txt.j2", **context).strip()
        mail = self._base(now, recipients, subject, "auto-generated")
        mail[LOOP_HEADER] = case.ref
        mail["Importance"] = "high"
        mail.set_content(wrap(self.render("alert.txt.j2", **context)))
        return checked(mail)
