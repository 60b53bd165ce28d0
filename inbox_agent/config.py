"""Settings from .env and the environment: the only module that reads either.

Everything is validated here, once, so that a bad value stops start-up with the key and the fix
rather than surfacing as a traceback an hour later in the middle of a poll.
"""

from __future__ import annotations

import difflib
import io
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from importlib import resources
from pathlib import Path

from dotenv.parser import parse_stream

from inbox_agent.core.caps import Cap, parse_caps
from inbox_agent.core.digest import parse_schedule
from inbox_agent.core.models import Timescales
from inbox_agent.errors import ConfigError

SECURITY_MODES = ("ssl", "starttls", "plain")
SECRET_KEYS = frozenset({"IMAP_PASSWORD", "SMTP_PASSWORD", "OAUTH_CLIENT_SECRET", "OAUTH_REFRESH_TOKEN"})
AUTH_MODES = ("password", "oauth2")
OAUTH_PROVIDERS = ("microsoft", "google")
# The shipped rules.yaml and templates, found as package data so an installed agent finds them too (in a checkout,
# inbox_agent/defaults links to the top-level files). A council's own copies override them: RULES_FILE, TEMPLATES_DIR.
SHIPPED = Path(str(resources.files("inbox_agent") / "defaults"))

# Defaults come from section 3.7 of the council's policy, so a fresh install addresses people correctly.
DEFAULTS: dict[str, str] = {
    "IMAP_HOST": "",
    "IMAP_PORT": "",
    "IMAP_USER": "",
    "IMAP_PASSWORD": "",
    "IMAP_SECURITY": "ssl",
    "IMAP_FOLDERS": "INBOX",
    "IMAP_TIMEOUT": "60",
    "SMTP_HOST": "",
    "SMTP_PORT": "",
    "SMTP_USER": "",
    "SMTP_PASSWORD": "",
    "SMTP_SECURITY": "starttls",
    "SMTP_TIMEOUT": "60",
    "IMAP_AUTH": "password",
    "SMTP_AUTH": "password",
    "OAUTH_PROVIDER": "",
    "OAUTH_TENANT": "",
    "OAUTH_CLIENT_ID": "",
    "OAUTH_CLIENT_SECRET": "",
    "OAUTH_REFRESH_TOKEN": "",
    "OAUTH_TOKEN_URL": "",
    "COUNCIL_NAME": "Thurcaston and Cropston Parish Council",
    "COUNCIL_ADDRESS": "Parish Office, The Memorial Hall, Anstey Lane, Thurcaston, LE7 7JA",
    "COUNCIL_PHONE": "0116 2367626",
    "CLERK_NAME": "Marianne Lane",
    "CLERK_EMAIL": "clerk@thurcastonandcropston.org.uk",
    "ACK_FROM": "",
    "ALERT_EMAILS": "",
    "CASE_PREFIX": "TCPC",
    "ACK_SINCE": "",
    "ACK_SENDER_CAPS": "1/1h,3/24h,10/7d",
    "ACK_GLOBAL_CAPS": "30/1h,200/24h",
    "ALERT_BATCH_MINUTES": "5",
    "POLL_FAILING_MINUTES": "60",
    "ENVELOPE_FROM": "",
    "SENT_FOLDER": "auto",
    "OUTBOX_RETRY_SECONDS": "60",
    "OUTBOX_RETRY_HOURS": "48",
    "ACK_WORKING_DAYS": "5",
    "REVIEW_WORKING_DAYS": "20",
    "RESOLVED_FOLDER": "Cases/Resolved",
    "DIGEST_DAY": "monday",
    "DIGEST_TIME": "08:00",
    "DIGEST_INCLUDE_COMPLAINTS": "no",
    "MASK_WORDS": "no",
    "SMALL_NUMBER_THRESHOLD": "3",
    "DATA_DIR": "./var",
    "POLL_SECONDS": "60",
    "FETCH_CHUNK": "200",
    "FETCH_BATCH_BYTES": "50000000",
    "DECIDE_PROCESSES": "auto",
    "MAX_MESSAGE_BYTES": "25000000",
    "RULES_FILE": "",
    "TEMPLATES_DIR": "",
    "CACHE_DIR": "",
    "LOG_LEVEL": "INFO",
    "LOG_FILE": "logs/agent.log",
    "LOG_FILE_BYTES": "1000000",
    "LOG_FILE_COUNT": "5",
    "IMAP_IDLE": "yes",
    "PRIVACY_NOTICE_URL": "",
    "COMPLAINTS_PROCEDURE_URL": "",
    "CONDUCT_COMPLAINT_ROUTE": (
        "A complaint that a councillor has broken the Code of Conduct is made to the Monitoring "
        "Officer at Charnwood Borough Council, who deals with such complaints about parish "
        "councillors; the parish council cannot decide it. The Clerk can tell you how to contact "
        "the Monitoring Officer."
    ),
    "RETENTION_TIME": "03:30",
    "WEB_BASE_URL": "",
    "WEB_SESSION_MINUTES": "60",
}

DEFAULT_PORTS = {
    ("imap", "ssl"): 993,
    ("imap", "starttls"): 143,
    ("imap", "plain"): 143,
    ("smtp", "ssl"): 465,
    ("smtp", "starttls"): 587,
    ("smtp", "plain"): 25,
}


@dataclass(frozen=True)
class ServerSettings:
    """How to reach one mail server. The password is kept out of repr so it never reaches a log."""

    host: str
    port: int
    user: str
    password: str = field(repr=False)
    security: str
    timeout: float
    auth: str = "password"  # or "oauth2": XOAUTH2 with a token from oauth.py


@dataclass(frozen=True)
class OAuthSettings:
    """An app registration (Microsoft 365, client credentials) or a refresh token (Google). Secrets stay out of repr."""

    provider: str
    client_id: str
    client_secret: str = field(repr=False)
    tenant: str = ""
    refresh_token: str = field(default="", repr=False)
    token_url: str = ""


@dataclass(frozen=True)
class Settings:
    imap: ServerSettings
    smtp: ServerSettings
    folders: tuple[str, ...]
    council_name: str
    council_address: str
    council_phone: str
    clerk_name: str
    clerk_email: str
    ack_from: str
    alert_emails: tuple[str, ...]
    case_prefix: str
    ack_since: datetime | None
    ack_sender_caps: tuple[Cap, ...]
    ack_global_caps: tuple[Cap, ...]
    envelope_from: str  # "" is the null sender <>
    sent_folder: str  # "auto", a folder name, or "" for none
    retry_first: timedelta
    retry_for: timedelta
    timescales: Timescales
    resolved_folder: str  # moving a case's message here resolves it; "" turns that off
    digest_weekday: int  # 0 is Monday
    digest_time: time  # Europe/London wall-clock time
    digest_include_complaints: bool
    mask_words: bool  # replace rules.yaml's mask_words with "[offensive word]" in the Clerk's digest
    small_number_threshold: int  # the public summary shows counts from 1 below this as "fewer than N"
    data_dir: Path
    poll_seconds: int
    fetch_chunk: int
    decide_processes: int  # processes that read and decide a backlog (app/ahead.py); 1: the agent's own only
    fetch_batch_bytes: int  # a batch holds at most this many bytes of mail (RFC822.SIZE), whatever FETCH_CHUNK says
    max_message_bytes: int
    rules_file: Path
    templates_dir: Path
    log_level: str
    log_file: Path | None  # None: stderr only
    log_file_bytes: int
    log_file_count: int
    idle: bool  # wait in IMAP IDLE between polls where the server offers it
    privacy_notice_url: str  # linked from every acknowledgement's footer; "" for none
    complaints_procedure_url: (
        str  # the council's adopted complaints procedure, named in the complaint reply; "" for none
    )
    conduct_complaint_route: str  # how a Code of Conduct complaint is made: the borough's Monitoring Officer
    retention_time: time  # when the daily retention job runs, Europe/London
    oauth: OAuthSettings | None = None
    alert_batch: timedelta = timedelta(minutes=5)  # after an alert, later ones gather into one summary this long
    poll_failing: timedelta = timedelta(minutes=60)  # polling failed this long: the Clerk is emailed (0: never)
    notify_socket: str = ""  # systemd's NOTIFY_SOCKET, for READY=1 and the watchdog; "" outside systemd
    env_file: Path | None = None
    web_base_url: str = ""  # where the case board is reached, e.g. https://board.example.org; links in mail use it
    web_session_minutes: int = 60  # a board session ends after this long without a request
    cache_dir: Path | None = None  # where the compiled rules are kept between starts (store/rulecache.py); None: not

    @property
    def own_addresses(self) -> frozenset[str]:
        """Addresses that are us: mail from them is never acknowledged (a loop)."""
        return frozenset(a.lower() for a in (self.clerk_email, self.ack_from, *self.alert_emails) if a)


def read_env_file(path: Path) -> dict[str, str]:
    """Parse .env strictly: python-dotenv only warns about a bad line, and we refuse to guess."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found", fix="copy .env.example to .env and fill it in") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"{path}: cannot be read ({exc.__class__.__name__})", fix="save it as UTF-8 text readable by this user"
        ) from None
    values: dict[str, str] = {}
    for binding in parse_stream(io.StringIO(text)):
        if binding.error:
            line = binding.original.line
            raise ConfigError(
                f"{path}, line {line}: not a KEY=value line",
                fix="write it as KEY=value, quote values that contain spaces or #, or comment it out",
            )
        if binding.key is not None:
            values[binding.key] = binding.value or ""
    return values


def _int(values: Mapping[str, str], key: str, low: int, high: int, fix: str) -> int:
    raw = values[key].strip()
    try:
        number = int(raw)
    except ValueError:
        raise ConfigError(f"{key}={raw!r} is not a whole number", fix=fix) from None
    if not low <= number <= high:
        raise ConfigError(f"{key}={number} is out of range ({low} to {high})", fix=fix)
    return number


AUTO_PROCESSES = 3  # DECIDE_PROCESSES=auto: one a core, up to this many (each worker holds about 120 MB of its own)


def _processes(values: Mapping[str, str]) -> int:
    if values["DECIDE_PROCESSES"].strip().lower() in ("", "auto"):
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        return max(1, min(cores, AUTO_PROCESSES))
    fix = "set DECIDE_PROCESSES to auto (one a core, up to 3) or a number of processes, e.g. 2 (1: the agent alone)"
    return _int(values, "DECIDE_PROCESSES", 1, 64, fix)


def _choice(values: Mapping[str, str], key: str, choices: tuple[str, ...]) -> str:
    raw = values[key].strip().lower()
    if raw not in choices:
        raise ConfigError(
            f"{key}={values[key]!r} is not a known mode", fix=f"set {key} to one of: {', '.join(choices)}"
        )
    return raw


def _oauth(values: Mapping[str, str], needed: bool) -> OAuthSettings | None:
    provider = values["OAUTH_PROVIDER"].strip().lower()
    if not needed and not provider:
        return None
    if provider not in OAUTH_PROVIDERS:
        raise ConfigError(
            f"OAUTH_PROVIDER={values['OAUTH_PROVIDER']!r} is not known",
            fix="set OAUTH_PROVIDER to microsoft (Microsoft 365) or google (Gmail, Google Workspace)",
        )
    required = {
        "microsoft": ("OAUTH_TENANT", "OAUTH_CLIENT_ID", "OAUTH_CLIENT_SECRET"),
        "google": ("OAUTH_CLIENT_ID", "OAUTH_CLIENT_SECRET", "OAUTH_REFRESH_TOKEN"),
    }[provider]
    for key in required:
        if not values[key].strip():
            raise ConfigError(
                f"{key} is not set, and OAUTH_PROVIDER={provider} needs it",
                fix=f"set {key} (see the {'Microsoft 365' if provider == 'microsoft' else 'Google'} section "
                "of the README)",
            )
    token_url = _url(values, "OAUTH_TOKEN_URL")
    return OAuthSettings(
        provider=provider,
        client_id=values["OAUTH_CLIENT_ID"].strip(),
        client_secret=values["OAUTH_CLIENT_SECRET"].strip(),
        tenant=values["OAUTH_TENANT"].strip(),
        refresh_token=values["OAUTH_REFRESH_TOKEN"].strip(),
        token_url=token_url,
    )


def _url(values: Mapping[str, str], key: str) -> str:
    raw = values[key].strip()
    if raw and (not raw.startswith(("https://", "http://")) or any(c.isspace() or c in '<>"' for c in raw)):
        raise ConfigError(
            f"{key}={raw!r} is not a web address",
            fix=f"set {key} to a page such as https://example.org/privacy, or leave it empty",
        )
    return raw


def _text(values: Mapping[str, str], key: str) -> str:
    """Sentences for residents (they go into acknowledgements), on one line; empty means the default wording."""
    return " ".join(values[key].split()) or DEFAULTS[key]


def _clock_time(values: Mapping[str, str], key: str) -> time:
    try:
        return time.fromisoformat(values[key].strip())
    except ValueError:
        raise ConfigError(
            f"{key}={values[key]!r} is not a time of day", fix=f"set {key} to a time such as 03:30"
        ) from None


def _yes_no(values: Mapping[str, str], key: str) -> bool:
    raw = values[key].strip().lower()
    if raw not in ("yes", "no", "true", "false", "1", "0"):
        raise ConfigError(f"{key}={values[key]!r} is not yes or no", fix=f"set {key} to yes or no")
    return raw in ("yes", "true", "1")


def _address(values: Mapping[str, str], key: str) -> str:
    raw = values[key].strip()
    if any(c in raw for c in "\r\n<>,; ") or raw.count("@") != 1 or raw.startswith("@") or raw.endswith("@"):
        raise ConfigError(
            f"{key}={raw!r} is not a plain email address", fix=f"set {key} to an address such as clerk@example.org"
        )
    return raw


def _server(values: Mapping[str, str], kind: str, required: bool) -> ServerSettings:
    prefix = kind.upper()
    security = _choice(values, f"{prefix}_SECURITY", SECURITY_MODES)
    host = values[f"{prefix}_HOST"].strip()
    user = values[f"{prefix}_USER"].strip()
    password = values[f"{prefix}_PASSWORD"]
    auth = _choice(values, f"{prefix}_AUTH", AUTH_MODES)
    if required:
        if not host:
            raise ConfigError(
                f"{prefix}_HOST is not set", fix=f"set {prefix}_HOST to your mail provider's {kind.upper()} server name"
            )
        if kind == "imap" and not user:
            raise ConfigError(
                "IMAP_USER is not set", fix="set IMAP_USER to the Clerk's mailbox login, usually the address"
            )
        if auth == "oauth2" and not user:
            raise ConfigError(
                f"{prefix}_USER is not set", fix=f"set {prefix}_USER to the mailbox address the token is for"
            )
        if user and not password and auth == "password":
            raise ConfigError(
                f"{prefix}_PASSWORD is not set",
                fix=f"set {prefix}_PASSWORD in .env (use an app password where the provider offers one)",
            )
    port_key = f"{prefix}_PORT"
    port = (
        _int(values, port_key, 1, 65535, f"set {port_key} to the server's port, e.g. {DEFAULT_PORTS[(kind, security)]}")
        if values[port_key].strip()
        else DEFAULT_PORTS[(kind, security)]
    )
    timeout = _int(values, f"{prefix}_TIMEOUT", 1, 600, f"set {prefix}_TIMEOUT to seconds, e.g. 60")
    return ServerSettings(
        host=host, port=port, user=user, password=password, security=security, timeout=float(timeout), auth=auth
    )


def _when(values: Mapping[str, str], key: str) -> datetime | None:
    raw = values[key].strip()
    if not raw:
        return None
    try:
        when = datetime.fromisoformat(raw)
    except ValueError:
        raise ConfigError(
            f"{key}={raw!r} is not a date", fix=f"write {key} as 2026-11-24 or 2026-11-24T09:00+00:00"
        ) from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _path(values: Mapping[str, str], key: str, default: Path, base: Path) -> Path:
    raw = values[key].strip()
    path = Path(raw).expanduser() if raw else default
    return path if path.is_absolute() else (base / path)


def load_settings(
    env_file: Path | None = None,
    *,
    need_imap: bool = False,
    need_smtp: bool = False,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, str] | None = None,
) -> Settings:
    """Build Settings from defaults, then the .env file, then the process environment (which wins, as in systemd)."""
    environ = os.environ if environ is None else environ
    values = dict(DEFAULTS)
    if env_file is not None:
        values.update({k: v for k, v in read_env_file(env_file).items() if k in DEFAULTS})
    values.update({k: v for k, v in environ.items() if k in DEFAULTS})
    values.update(overrides or {})

    base = Path.cwd()
    clerk_email = _address(values, "CLERK_EMAIL")
    ack_from = _address(values, "ACK_FROM") if values["ACK_FROM"].strip() else clerk_email
    alerts = tuple(a.strip() for a in values["ALERT_EMAILS"].split(",") if a.strip())
    for address in alerts:
        _address({"ALERT_EMAILS": address}, "ALERT_EMAILS")
    folders = tuple(f.strip() for f in values["IMAP_FOLDERS"].split(",") if f.strip())
    if not folders:
        raise ConfigError(
            "IMAP_FOLDERS is empty", fix="set IMAP_FOLDERS to INBOX, or a comma-separated list of folders"
        )
    prefix = values["CASE_PREFIX"].strip()
    if not prefix.isalnum() or len(prefix) > 12:
        raise ConfigError(
            f"CASE_PREFIX={prefix!r} must be 1 to 12 letters or digits", fix="set CASE_PREFIX to something like TCPC"
        )
    try:
        digest_weekday, digest_time = parse_schedule(values["DIGEST_DAY"], values["DIGEST_TIME"])
    except ValueError as exc:
        raise ConfigError(
            f"DIGEST_DAY={values['DIGEST_DAY']!r}, DIGEST_TIME={values['DIGEST_TIME']!r}: {exc}",
            fix="set DIGEST_DAY to a weekday name such as monday, and DIGEST_TIME to a time such as 08:00",
        ) from None
    include = _yes_no(values, "DIGEST_INCLUDE_COMPLAINTS")
    data_dir = _path(values, "DATA_DIR", Path("var"), base)
    log_file = (
        None
        if values["LOG_FILE"].strip().lower() in ("", "off", "none")
        else _path(values, "LOG_FILE", Path(), data_dir)
    )
    envelope = values["ENVELOPE_FROM"].strip()
    envelope_from = "" if envelope == "<>" else (_address(values, "ENVELOPE_FROM") if envelope else ack_from)
    log_level = values["LOG_LEVEL"].strip().upper()
    if log_level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        raise ConfigError(
            f"LOG_LEVEL={values['LOG_LEVEL']!r} is not a level", fix="set LOG_LEVEL to DEBUG, INFO, WARNING or ERROR"
        )
    imap, smtp = _server(values, "imap", need_imap), _server(values, "smtp", need_smtp)
    return Settings(
        imap=imap,
        smtp=smtp,
        oauth=_oauth(values, "oauth2" in ((imap.auth if need_imap else ""), (smtp.auth if need_smtp else ""))),
        folders=folders,
        council_name=values["COUNCIL_NAME"].strip(),
        council_address=values["COUNCIL_ADDRESS"].strip(),
        council_phone=values["COUNCIL_PHONE"].strip(),
        clerk_name=values["CLERK_NAME"].strip(),
        clerk_email=clerk_email,
        ack_from=ack_from,
        alert_emails=alerts,
        case_prefix=prefix.upper(),
        ack_since=_when(values, "ACK_SINCE"),
        ack_sender_caps=parse_caps(values["ACK_SENDER_CAPS"], "ACK_SENDER_CAPS"),
        ack_global_caps=parse_caps(values["ACK_GLOBAL_CAPS"], "ACK_GLOBAL_CAPS"),
        envelope_from=envelope_from,
        sent_folder=values["SENT_FOLDER"].strip(),
        retry_first=timedelta(
            seconds=_int(values, "OUTBOX_RETRY_SECONDS", 0, 86400, "set OUTBOX_RETRY_SECONDS to seconds, e.g. 60")
        ),
        timescales=Timescales(
            acknowledge=_int(
                values, "ACK_WORKING_DAYS", 1, 60, "set ACK_WORKING_DAYS to a number of working days, e.g. 5"
            ),
            review=_int(values, "REVIEW_WORKING_DAYS", 1, 240, "set REVIEW_WORKING_DAYS to working days, e.g. 20"),
        ),
        resolved_folder=values["RESOLVED_FOLDER"].strip(),
        digest_weekday=digest_weekday,
        digest_time=digest_time,
        digest_include_complaints=include,
        mask_words=_yes_no(values, "MASK_WORDS"),
        small_number_threshold=_int(
            values,
            "SMALL_NUMBER_THRESHOLD",
            1,
            100,
            "set SMALL_NUMBER_THRESHOLD to a whole number, e.g. 3 (1 shows every count)",
        ),
        retry_for=timedelta(
            hours=_int(values, "OUTBOX_RETRY_HOURS", 1, 24 * 30, "set OUTBOX_RETRY_HOURS to hours, e.g. 48")
        ),
        data_dir=data_dir,
        poll_seconds=_int(values, "POLL_SECONDS", 5, 86400, "set POLL_SECONDS to a number of seconds, e.g. 60"),
        fetch_chunk=_int(values, "FETCH_CHUNK", 1, 5000, "set FETCH_CHUNK to a number of messages, e.g. 200"),
        decide_processes=_processes(values),
        fetch_batch_bytes=_int(
            values, "FETCH_BATCH_BYTES", 100_000, 10**10, "set FETCH_BATCH_BYTES to bytes, e.g. 50000000"
        ),
        max_message_bytes=_int(
            values, "MAX_MESSAGE_BYTES", 10_000, 10**10, "set MAX_MESSAGE_BYTES to bytes, e.g. 25000000"
        ),
        rules_file=_path(values, "RULES_FILE", SHIPPED / "rules.yaml", base),
        templates_dir=_path(values, "TEMPLATES_DIR", SHIPPED / "templates", base),
        log_level=log_level,
        log_file=log_file,
        log_file_bytes=_int(
            values, "LOG_FILE_BYTES", 1000, 10**10, "set LOG_FILE_BYTES to bytes per log file, e.g. 1000000"
        ),
        log_file_count=_int(
            values, "LOG_FILE_COUNT", 1, 1000, "set LOG_FILE_COUNT to the number of old log files kept, e.g. 5"
        ),
        idle=_yes_no(values, "IMAP_IDLE"),
        privacy_notice_url=_url(values, "PRIVACY_NOTICE_URL"),
        complaints_procedure_url=_url(values, "COMPLAINTS_PROCEDURE_URL"),
        conduct_complaint_route=_text(values, "CONDUCT_COMPLAINT_ROUTE"),
        retention_time=_clock_time(values, "RETENTION_TIME"),
        alert_batch=timedelta(
            minutes=_int(
                values,
                "ALERT_BATCH_MINUTES",
                0,
                24 * 60,
                "set ALERT_BATCH_MINUTES to minutes, e.g. 5 (0 sends every alert at once)",
            )
        ),
        poll_failing=timedelta(
            minutes=_int(
                values,
                "POLL_FAILING_MINUTES",
                0,
                7 * 24 * 60,
                "set POLL_FAILING_MINUTES to minutes, e.g. 60 (0 never emails about it)",
            )
        ),
        notify_socket=environ.get("NOTIFY_SOCKET", ""),
        env_file=env_file,
        web_base_url=_url(values, "WEB_BASE_URL").rstrip("/"),
        web_session_minutes=_int(
            values, "WEB_SESSION_MINUTES", 5, 24 * 60, "set WEB_SESSION_MINUTES to minutes, e.g. 60"
        ),
        cache_dir=_cache_dir(values, environ, base),
    )


def _cache_dir(values: Mapping[str, str], environ: Mapping[str, str], base: Path) -> Path | None:
    """CACHE_DIR; by default the user's cache folder (XDG_CACHE_HOME, or ~/.cache), as other tools keep theirs;
    off: none."""
    raw = values["CACHE_DIR"].strip()
    if raw.lower() in ("off", "none", "no"):
        return None
    if raw:
        return _path(values, "CACHE_DIR", Path(), base)
    xdg, home = environ.get("XDG_CACHE_HOME", "").strip(), environ.get("HOME", "").strip()
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / "inbox-agent"
    return Path(home) / ".cache" / "inbox-agent" if home and Path(home).is_absolute() else None


# Keys that were read once and now live elsewhere: named with where they went, not just as unknown.
MOVED_KEYS = {"RESPONSE_WORKING_DAYS": "reply timescales are set per category as reply_days in rules.yaml"}
# Words people use for the words in our keys: IMAP_SERVER is IMAP_HOST.
_SYNONYMS = {
    "SERVER": "HOST",
    "HOSTNAME": "HOST",
    "PASS": "PASSWORD",
    "PASSWD": "PASSWORD",
    "USERNAME": "USER",
    "LOGIN": "USER",
    "TLS": "SECURITY",
    "SSL": "SECURITY",
    "ENCRYPTION": "SECURITY",
    "MAIL": "EMAIL",
    "INTERVAL": "SECONDS",
}


def did_you_mean(key: str) -> str:
    """The known key a mistyped one most likely meant, or ""."""
    guess = "_".join(_SYNONYMS.get(part, part) for part in key.upper().split("_"))
    if guess in DEFAULTS:
        return guess
    close = difflib.get_close_matches(guess, list(DEFAULTS), n=1, cutoff=0.6)
    return close[0] if close else ""


def unknown_keys(env_file: Path) -> list[ConfigError]:
    """Keys in .env that the agent does not read: each is a setting that silently does nothing."""
    problems: list[ConfigError] = []
    try:
        keys = list(read_env_file(env_file))
    except ConfigError:
        return problems  # a file that cannot be read is reported once, by the settings themselves
    for key in keys:
        if key in DEFAULTS:
            continue
        if key in MOVED_KEYS:
            problems.append(
                ConfigError(f"{key} in {env_file.name} is no longer read", fix=f"remove it: {MOVED_KEYS[key]}")
            )
            continue
        guess = did_you_mean(key)
        problems.append(
            ConfigError(
                f"{key} in {env_file.name} is not a setting the agent knows",
                fix=f"did you mean {guess}? Rename it" if guess else "remove it, or see .env.example for the keys",
            )
        )
    return problems


_KEY = re.compile(r"\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b")
_STAND_INS = {"_HOST": "mail.invalid", "_USER": "user", "_PASSWORD": "x", "OAUTH_": "x"}


def settings_problems(
    env_file: Path | None, *, need_imap: bool = False, need_smtp: bool = False, environ: Mapping[str, str] | None = None
) -> list[ConfigError]:
    """Every problem in the settings, not only the first, so `check` shows them all in one run: each key found wrong
    is set aside (its default, or a stand-in for a missing one) and the settings are read again. Nothing here is used
    to run the agent; load_settings stays the one reader."""
    problems: list[ConfigError] = []
    overrides: dict[str, str] = {}
    for _ in range(len(DEFAULTS)):
        try:
            load_settings(env_file, need_imap=need_imap, need_smtp=need_smtp, environ=environ, overrides=overrides)
            return problems
        except ConfigError as exc:
            problems.append(exc)
            keys = [k for k in _KEY.findall(exc.problem) if k in DEFAULTS and k not in overrides]
            if not keys:
                return problems
            if "OAUTH_PROVIDER" in keys:  # a known provider, with stand-ins for what it needs, finds the rest
                keys += [k for k in DEFAULTS if k.startswith("OAUTH_") and k not in keys]
            for key in keys:
                missing = "is not set" in exc.problem or key.startswith("OAUTH_")
                stand_in = next((v for part, v in _STAND_INS.items() if part in key), "x") if missing else ""
                overrides[key] = {"OAUTH_PROVIDER": "microsoft", "OAUTH_TOKEN_URL": ""}.get(
                    key, DEFAULTS[key] or stand_in
                )
    return problems
