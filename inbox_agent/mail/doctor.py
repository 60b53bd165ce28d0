"""`run.py check`: the set-up, step by step, each with a plain-English cause and fix when it fails.

Each step is a small function that returns Steps; a failed step stops the ones that depend on it (no login
is tried over a connection that could not be made), and every network step has a time-out, so the whole
check takes seconds even against a server that does not answer.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from inbox_agent.config import ServerSettings, Settings
from inbox_agent.core.rules import RuleSet
from inbox_agent.errors import AgentError, describe
from inbox_agent.store import rulecache

TIMEOUT = 10.0
LOOPBACK = ("127.0.0.1", "::1", "localhost")


@dataclass(frozen=True)
class Step:
    ok: bool | None  # None: worth knowing, not a failure
    what: str
    detail: str
    fix: str = ""

    def line(self) -> str:
        mark = {True: "✓", False: "✗", None: "–"}[self.ok]
        return f"{mark} {self.what}: {self.detail}" + (f"\n    fix: {self.fix}" if self.fix else "")


def provider_hint(host: str) -> str:
    """What a refused login usually means at the big providers."""
    host = host.lower()
    if host.endswith(("office365.com", "outlook.com")) or "microsoft" in host:
        return (
            "Microsoft 365 refuses basic authentication: set IMAP_AUTH=oauth2 with OAUTH_PROVIDER=microsoft, "
            "OAUTH_TENANT, OAUTH_CLIENT_ID and OAUTH_CLIENT_SECRET (see Microsoft 365 in the README)"
        )
    if host.endswith(("gmail.com", "googlemail.com")):
        return (
            "Google needs an app password (with 2-step verification on) or IMAP_AUTH=oauth2 with "
            "OAUTH_PROVIDER=google and a refresh token (see Google in the README)"
        )
    return ""


def _certificate_names(host: str, port: int, starttls: Callable[[socket.socket], None] | None) -> list[str]:
    """The names a server's certificate is for, read without trusting it (to say whose it is)."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port), timeout=TIMEOUT) as raw:
        if starttls:
            starttls(raw)
        with context.wrap_socket(raw, server_hostname=host) as tls:
            der = tls.getpeercert(binary_form=True)
    if not der:
        return []
    with tempfile.NamedTemporaryFile("w", suffix=".pem") as pem:
        pem.write(ssl.DER_cert_to_PEM_cert(der))
        pem.flush()
        try:
            decoded = ssl._ssl._test_decode_cert(pem.name)  # type: ignore[attr-defined]  # the stdlib's own decoder
        except Exception:  # an undecodable certificate: the verification error says enough
            return []
    names = [value for kind, value in decoded.get("subjectAltName", ()) if kind == "DNS"]
    return names or [value for rdn in decoded.get("subject", ()) for key, value in rdn if key == "commonName"]


def _imap_starttls(raw: socket.socket) -> None:
    raw.recv(4096)
    raw.sendall(b"a STARTTLS\r\n")
    raw.recv(4096)


def _smtp_starttls(raw: socket.socket) -> None:
    raw.recv(4096)
    raw.sendall(b"EHLO check\r\n")
    raw.recv(4096)
    raw.sendall(b"STARTTLS\r\n")
    raw.recv(4096)


def network(kind: str, server: ServerSettings) -> Iterator[Step]:
    """DNS, TCP, then TLS with its certificate, for one server. Stops at the first failure."""
    name = kind.upper()
    where = f"{server.host}:{server.port}"
    try:
        addresses = sorted(
            {info[4][0] for info in socket.getaddrinfo(server.host, server.port, type=socket.SOCK_STREAM)}
        )
    except socket.gaierror:
        yield Step(False, f"{name} DNS", f"the name {server.host!r} cannot be found", f"check {name}_HOST for typos")
        return
    yield Step(True, f"{name} DNS", f"{server.host} is {', '.join(str(a) for a in addresses[:3])}")
    started = time.monotonic()
    try:
        socket.create_connection((server.host, server.port), timeout=TIMEOUT).close()
    except (ConnectionRefusedError, TimeoutError, OSError) as exc:
        yield Step(
            False,
            f"{name} connection",
            f"cannot connect to {where} ({describe(exc)})",
            f"check {name}_PORT "
            f"(usually {'993 for ssl, 143 for starttls' if kind == 'imap' else '465 for ssl, 587 for starttls'}) "
            "and that a firewall allows it",
        )
        return
    yield Step(True, f"{name} connection", f"{where} answers ({(time.monotonic() - started) * 1000:.0f} ms)")
    if server.security == "plain":
        local = server.host in LOOPBACK
        yield Step(
            True if local else None,
            f"{name} TLS",
            "none (plain): fine on this machine's loopback"
            if local
            else "none: the password crosses the network unencrypted",
            "" if local else f"set {name}_SECURITY=ssl or starttls",
        )
        return
    starttls = (_imap_starttls if kind == "imap" else _smtp_starttls) if server.security == "starttls" else None
    context = ssl.create_default_context()
    try:
        with socket.create_connection((server.host, server.port), timeout=TIMEOUT) as raw:
            if starttls:
                starttls(raw)
            with context.wrap_socket(raw, server_hostname=server.host) as tls:
                version = tls.version()
    except ssl.SSLCertVerificationError as exc:
        names = _certificate_names(server.host, server.port, starttls)
        if names and exc.verify_code == 62:  # hostname mismatch
            detail = f"the certificate is for {', '.join(names[:3])}, not {server.host}"
            fix = f"set {name}_HOST to {names[0].lstrip('*.')} (the name on the certificate)"
        else:
            detail = f"the certificate is not trusted ({exc.verify_message})" + (
                f"; it is for {', '.join(names[:3])}" if names else ""
            )
            fix = "use the provider's own server name; a self-signed certificate is not accepted"
        yield Step(False, f"{name} TLS", detail, fix)
        return
    except ssl.SSLError as exc:
        if (
            "WRONG_VERSION_NUMBER" in str(exc)
            or "record layer failure" in str(exc)
            or "packet length too long" in str(exc)
        ):
            yield Step(
                False,
                f"{name} TLS",
                f"{where} talks plain text, not TLS",
                f"set {name}_SECURITY=starttls for this port, "
                f"or use the TLS port ({993 if kind == 'imap' else 465}) with ssl",
            )
        else:
            yield Step(
                False,
                f"{name} TLS",
                f"TLS with {where} failed ({exc.reason or exc})",
                f"check {name}_SECURITY and {name}_PORT",
            )
        return
    except (TimeoutError, OSError) as exc:
        yield Step(
            False,
            f"{name} TLS",
            f"TLS with {where} failed ({describe(exc)})",
            f"check {name}_SECURITY: "
            f"{'ssl is port 993, starttls port 143' if kind == 'imap' else 'ssl is port 465, starttls port 587'}",
        )
        return
    yield Step(True, f"{name} TLS", f"{version}, certificate valid for {server.host}")


def imap_steps(settings: Settings, source_factory: Callable[[], object]) -> Iterator[Step]:
    source = source_factory()
    try:
        source.connect()  # type: ignore[attr-defined]
    except AgentError as exc:
        hint = provider_hint(settings.imap.host) if exc.context.get("auth") else ""
        yield Step(False, "IMAP login", exc.problem, hint or exc.fix)
        return
    try:
        yield Step(True, "IMAP login", f"logged in as {settings.imap.user}")
        folders_on_server = source.folder_names()  # type: ignore[attr-defined]
        facts = source.inspect(source.folders[0])  # type: ignore[attr-defined]
        layout = source.layout()  # type: ignore[attr-defined]
        yield Step(
            True,
            "IMAP folders",
            f"separator {layout.separator or 'none'!r}"
            + (f", personal folders under {layout.prefix!r}" if layout.prefix else "")
            + ": folder names in settings are mapped to this form",
        )
        for logical, folder in zip(settings.folders, source.folders, strict=False):  # type: ignore[attr-defined]
            named = folder if folder == logical else f"{logical} ({folder} on this server)"
            yield (
                Step(True, "IMAP folder", f"{named} exists")
                if folder in folders_on_server
                else Step(
                    False,
                    "IMAP folder",
                    f"folder {named} is missing",
                    f"set IMAP_FOLDERS to existing folders: {', '.join(sorted(folders_on_server)[:8])}",
                )
            )
        if settings.resolved_folder:
            existed = source.folder_name(settings.resolved_folder) in folders_on_server  # type: ignore[attr-defined]
            folder, refused = source.ensure_folder(settings.resolved_folder)  # type: ignore[attr-defined]
            named = (
                folder
                if folder == settings.resolved_folder
                else f"{settings.resolved_folder} ({folder} on this server)"
            )
            yield (
                Step(
                    None,
                    "IMAP folder",
                    f"{named} cannot be created ({refused}): moving a message there will not "
                    "resolve its case until it exists",
                    "create the folder in the mail client, or set RESOLVED_FOLDER to an existing folder, "
                    "or empty to turn this off",
                )
                if refused
                else Step(True, "IMAP folder", f"{named} {'exists' if existed else 'created'}")
            )
        if settings.sent_folder:
            try:
                sent = source.sent_folder(settings.sent_folder)  # type: ignore[attr-defined]
            except AgentError as exc:
                yield Step(False, "IMAP folder", exc.problem, exc.fix)
            else:
                yield (
                    Step(True, "IMAP folder", f"copies of acknowledgements go to {sent.name}")
                    if sent
                    else Step(
                        None,
                        "IMAP folder",
                        "no Sent folder found: copies of acknowledgements will not be kept",
                        "set SENT_FOLDER to the name of the Sent folder",
                    )
                )
        capabilities = set(facts["capabilities"])
        for capability, meaning in (
            ("IDLE", "new mail within seconds"),
            ("MOVE", "moving mail between folders"),
            ("UIDPLUS", "reliable copies to Sent"),
        ):
            yield Step(
                True if capability in capabilities else None,
                "IMAP capability",
                f"{capability} {'offered' if capability in capabilities else 'not offered'} ({meaning})",
            )
        flags = facts["permanentflags"]
        yield Step(
            None,
            "IMAP capability",
            "keywords allowed (PERMANENTFLAGS \\*)"
            if "\\*" in flags
            else f"PERMANENTFLAGS {' '.join(flags) or 'empty'} in the read-only view: "
            "the agent sets no flags, so none are needed",
        )
    finally:
        source.close()  # type: ignore[attr-defined]


def smtp_steps(settings: Settings, transport: object, send_test: bool, now: object, renderer: object) -> Iterator[Step]:
    try:
        client = transport._connect()  # type: ignore[attr-defined]
    except AgentError as exc:
        yield Step(False, "SMTP login", exc.problem, provider_hint(settings.smtp.host) or exc.fix)
        return
    try:
        client.quit()
    except smtplib.SMTPException:
        pass
    yield Step(True, "SMTP login", f"logged in as {settings.smtp.user}" if settings.smtp.user else "no login needed")
    if not send_test:
        yield Step(None, "SMTP test message", "not sent (add --send-test to send one to the Clerk)")
        return
    mail = renderer.test_mail(now)  # type: ignore[attr-defined]
    try:
        with transport.session() as send:  # type: ignore[attr-defined]
            send(
                "check",
                settings.envelope_from,
                [settings.clerk_email],
                getattr(mail, "checked_bytes", None) or bytes(mail),
            )
    except AgentError as exc:
        yield Step(False, "SMTP test message", exc.problem, exc.fix)
        return
    yield Step(True, "SMTP test message", f"sent to {settings.clerk_email}")


def env_step(env_file: Path | None) -> Step:
    if env_file is None:
        return Step(
            None,
            ".env",
            "no .env file here: settings come from the environment only",
            "copy .env.example to .env and fill it in, or pass --env FILE",
        )
    return Step(True, ".env", f"{env_file} read")


def rules_steps(settings: Settings, load: Callable[[], RuleSet]) -> Iterator[Step]:
    """rules.yaml loads (checked and compiled, or read back compiled), and is kept for the next start."""
    started = time.monotonic()
    try:
        rules = load()
    except AgentError as exc:
        yield Step(False, "rules", exc.problem, exc.fix)
        return
    took = time.monotonic() - started
    yield Step(
        True,
        "rules",
        f"{settings.rules_file}: {len(rules.rules)} rules, {len(rules.categories)} categories ({took:.1f} s)",
    )
    if settings.cache_dir is None:
        yield Step(None, "rules cache", "off (CACHE_DIR=off): every start checks and compiles the rules again")
    elif rulecache.kept(settings.rules_file, settings.templates_dir, settings.cache_dir):
        yield Step(True, "rules cache", f"compiled rules kept in {settings.cache_dir}, for a start in about a second")
    else:
        yield Step(
            False,
            "rules cache",
            f"the compiled rules cannot be kept in {settings.cache_dir}: every start takes about 15 seconds more",
            "set CACHE_DIR to a folder the agent's user can write (the systemd units use /var/cache/inbox-agent), "
            "or CACHE_DIR=off",
        )


def token_step(tokens: object) -> Step:
    """An OAuth token first: without one, no login can work, and the identity provider's answer says why."""
    try:
        tokens.token()  # type: ignore[attr-defined]  # cached, so the logins below reuse it
    except AgentError as exc:
        return Step(False, "OAuth token", exc.problem, exc.fix)
    provider = tokens.settings.provider  # type: ignore[attr-defined]
    return Step(
        True,
        "OAuth token",
        f"{'Microsoft' if provider == 'microsoft' else 'Google'} issued an access token (not shown)",
    )
