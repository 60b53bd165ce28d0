"""Real mail servers on loopback for tests and benchmarks: Dovecot (IMAP) and aiosmtpd (SMTP).

Kept outside conftest.py so that bench/ can start the same servers without copying this code.
"""

from __future__ import annotations

import base64
import imaplib
import json
import logging
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

# aiosmtpd 1.4.6 logs a warning about its own deprecated Session.login_data on every successful AUTH (it sets it
# itself in smtp_AUTH); nothing of ours uses it, so its log is kept to errors.
logging.getLogger("mail.log").setLevel(logging.ERROR)

DOVECOT_INSTALL = "install it with: apt-get install -y dovecot-imapd (the README's test command does this)"


class ServerMissing(RuntimeError):
    pass


# Whether the running test may start a server. conftest.py sets it for each test from its `servers` marker, so a test
# that starts one without the marker fails at once rather than slipping into `make fast`; elsewhere (bench/) it stays.
allowed: str | None = None  # None: allowed; otherwise the name of the test that is not


def check_allowed(what: str) -> None:
    if allowed is not None:
        raise AssertionError(f"{allowed} starts {what} but has no `servers` marker: add @pytest.mark.servers")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing is listening on 127.0.0.1:{port} after {timeout}s")


DOVECOT_CONF = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
# A refused login is answered at once: Dovecot's 2 s delay (and the doubling penalty below) is against guessing
# passwords from the Internet, and would only make the tests of a wrong password wait.
auth_failure_delay = 0
default_internal_user = dovecot
default_login_user = dovenull
first_valid_uid = 0
mail_location = maildir:{root}/mail/%u
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid=dovecot gid=dovecot home={root}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
  chroot =
}}
service anvil {{
  chroot =
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
protocol imap {{
  mail_max_userip_connections = 200
}}
{namespace}"""

# How mail servers come (issue 14): the agent must work on each without a setting changed.
DOVECOT_LAYOUTS = {
    # A configured namespace with "/" as the separator and a SPECIAL-USE Sent folder.
    "slash": """namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
""",
    # Stock Debian Dovecot: Maildir, no namespace block, so the separator is "." and nothing is SPECIAL-USE.
    "stock": "",
    # Hosted IMAP (cPanel style): every folder under "INBOX.", and the SPECIAL-USE Sent folder is INBOX.Sent Items.
    "cpanel": """namespace inbox {{
  inbox = yes
  separator = .
  prefix = INBOX.
  mailbox "Sent Items" {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
""",
}


@dataclass
class Account:
    """One mailbox on the test Dovecot, and the .env values that point the agent at it."""

    server: Dovecot
    user: str
    password: str

    def env(self, **extra: str) -> dict[str, str]:
        return {
            "IMAP_HOST": "127.0.0.1",
            "IMAP_PORT": str(self.server.port),
            "IMAP_USER": self.user,
            "IMAP_PASSWORD": self.password,
            "IMAP_SECURITY": "plain",
            "IMAP_TIMEOUT": "20",
            **extra,
        }

    def connect(self) -> imaplib.IMAP4:
        client = imaplib.IMAP4("127.0.0.1", self.server.port, timeout=20)
        if self.password.isascii():
            client.login(self.user, self.password)
        else:  # LOGIN is ASCII only
            client.authenticate("PLAIN", lambda _: b"\0" + self.user.encode() + b"\0" + self.password.encode())
        return client

    def append(self, raw: bytes, folder: str = "INBOX", when: float | None = None, flags: str = "") -> None:
        client = self.connect()
        try:
            if folder != "INBOX":
                client.create(folder)
            typ, data = client.append(folder, flags, imaplib.Time2Internaldate(when or time.time()), raw)
            assert typ == "OK", data
        finally:
            client.logout()

    def flags(self, folder: str = "INBOX") -> dict[int, str]:
        client = self.connect()
        try:
            client.select(folder, readonly=True)
            typ, data = client.uid("FETCH", "1:*", "(FLAGS)")
            found: dict[int, str] = {}
            for item in data or []:
                if isinstance(item, bytes) and b"UID" in item:
                    text = item.decode()
                    uid = int(text.split("UID ")[1].split()[0].rstrip(")"))
                    found[uid] = text.split("FLAGS (")[1].split(")")[0]
            return found
        finally:
            client.logout()

    def uidvalidity(self, folder: str = "INBOX") -> int:
        client = self.connect()
        try:
            typ, data = client.status(folder, "(UIDVALIDITY)")
            return int(data[0].decode().split("UIDVALIDITY ")[1].rstrip(")"))
        finally:
            client.logout()

    def run(self, *command: str) -> tuple[str, list]:
        client = self.connect()
        try:
            return getattr(client, command[0])(*command[1:])
        finally:
            client.logout()


class Dovecot:
    """A private Dovecot on a free loopback port, configured in a temporary folder."""

    ACCOUNTS = 500

    def __init__(
        self, oauth_introspection: str | None = None, layout: str = "slash", password_prefix: str = "pw-"
    ) -> None:
        self.password_prefix = password_prefix  # e.g. one with letters beyond ASCII
        self.layout = layout  # a key of DOVECOT_LAYOUTS: the separator and namespace the server shows
        self.oauth_introspection = oauth_introspection  # an OAuth2 introspection URL: XOAUTH2 logins are checked there
        self.binary = shutil.which("dovecot") or ("/usr/sbin/dovecot" if os.path.exists("/usr/sbin/dovecot") else None)
        self.doveadm = shutil.which("doveadm") or "/usr/bin/doveadm"
        if self.binary is None:
            raise ServerMissing(f"Dovecot is not installed: {DOVECOT_INSTALL}")
        if os.geteuid() != 0:
            raise ServerMissing(
                "the Dovecot fixture runs Dovecot as root with a private config: run the tests as root "
                "(as CI does), or in a container"
            )
        self.root = Path(tempfile.mkdtemp(prefix="inbox-agent-dovecot-"))
        os.chmod(self.root, 0o755)
        self.port = free_port()
        self.conf = self.root / "dovecot.conf"
        self._users = 0

    def start(self) -> Dovecot:
        check_allowed("Dovecot")
        for sub in ("run", "state", "mail"):
            (self.root / sub).mkdir(exist_ok=True)
        shutil.chown(self.root / "mail", "dovecot", "dovecot")
        # Accounts are made up front: Dovecot re-reads passwd-file by mtime, at one-second resolution,
        # so a user added later in the same second would be refused.
        if (self.root / "passwd").exists():  # a restart keeps the accounts and their mail
            self._passwords = [
                line.split("{PLAIN}")[1] for line in (self.root / "passwd").read_text("utf-8").splitlines()
            ]
        else:
            self._passwords = [f"{self.password_prefix}{os.urandom(6).hex()}" for _ in range(self.ACCOUNTS)]
        (self.root / "passwd").write_text(
            "".join(f"clerk{i}:{{PLAIN}}{pw}\n" for i, pw in enumerate(self._passwords)), "utf-8"
        )
        conf = DOVECOT_CONF.format(root=self.root, port=self.port, namespace=DOVECOT_LAYOUTS[self.layout].format())
        if self.oauth_introspection:
            conf = conf.replace("auth_mechanisms = plain login", "auth_mechanisms = plain login xoauth2 oauthbearer")
            conf = conf.replace(
                "passdb {\n  driver = passwd-file",
                f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
                f"  args = {self.root}/oauth2.conf.ext\n}}\npassdb {{\n  driver = passwd-file",
            )
            (self.root / "oauth2.conf.ext").write_text(
                f"introspection_mode = post\nintrospection_url = {self.oauth_introspection}\n"
                "username_attribute = username\n"
                "active_attribute = active\nactive_value = true\n"
            )
        self.conf.write_text(conf)
        # Dovecot daemonises and its children inherit stdout/stderr: a pipe here would never reach EOF.
        with open(self.root / "start.log", "w+") as out:
            result = subprocess.run(
                [self.binary, "-c", str(self.conf)], stdout=out, stderr=subprocess.STDOUT, timeout=30
            )
            out.seek(0)
            if result.returncode != 0:
                raise RuntimeError(f"dovecot did not start: {out.read().strip()} (log: {self.log()})")
        wait_for_port(self.port)
        return self

    def stop(self) -> None:
        subprocess.run(
            [self.doveadm, "-c", str(self.conf), "stop"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=30,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                time.sleep(0.1)
            except OSError:
                break

    def kill(self) -> None:
        """Stop it as a crash or a power cut would: SIGKILL to the master and every process under it, so open
        connections drop at once (a polite `doveadm stop` may let a busy imap process finish its work first)."""
        parents: dict[int, int] = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:  # the process has gone meanwhile
                continue
            parents[int(stat.parent.name)] = int(fields[1])
        doomed = [int((self.root / "run" / "master.pid").read_text())]
        for pid in doomed:  # grows as it goes: children, then theirs
            doomed += [child for child, parent in parents.items() if parent == pid]
        for pid in doomed:
            try:
                os.kill(pid, 9)
            except ProcessLookupError:
                pass
        self.stop()  # waits until the port is closed

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    def add_account(self) -> Account:
        """A fresh, empty mailbox of the pool."""
        if self._users >= self.ACCOUNTS:
            raise RuntimeError(f"the test Dovecot has only {self.ACCOUNTS} accounts; raise Dovecot.ACCOUNTS")
        index = self._users
        self._users += 1
        return Account(self, f"clerk{index}", self._passwords[index])


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    login: str | None
    mail_options: list[str] = field(default_factory=list)  # e.g. SMTPUTF8

    @property
    def message(self) -> Message:
        return message_from_bytes(self.data)


@dataclass
class _Recorder:
    """An aiosmtpd handler that keeps every message; `replies` lets a test script 4xx/5xx answers."""

    received: list[Received] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    oauth: OAuthStub | None = None

    async def auth_XOAUTH2(self, server, args) -> AuthResult:
        """SASL XOAUTH2 with the initial response, checked against the OAuth stub's tokens."""
        if self.oauth is None or len(args) < 2:
            return AuthResult(success=False, handled=False)
        fields = dict(f.split("=", 1) for f in base64.b64decode(args[1]).decode().split("\x01") if "=" in f)
        user, token = fields.get("user", ""), fields.get("auth", "").removeprefix("Bearer ")
        ok = self.oauth.owner(token) == user
        return AuthResult(success=ok, handled=False, auth_data=f"xoauth2:{user}" if ok else None)

    async def handle_MAIL(self, server, session, envelope, address, mail_options) -> str:
        if not session.authenticated:
            return "530 5.7.0 Authentication required"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope) -> str:
        with self.lock:
            if self.replies:
                return self.replies.pop(0)
            login = session.auth_data if isinstance(session.auth_data, str) else None
            self.received.append(
                Received(
                    envelope.mail_from,
                    list(envelope.rcpt_tos),
                    envelope.original_content or envelope.content,
                    login,
                    list(envelope.mail_options),
                )
            )
        return "250 OK"


class SmtpSink:
    """aiosmtpd on a free loopback port that records what it is sent. It requires AUTH when given a user."""

    def __init__(
        self,
        user: str = "agent",
        password: str = "smtp-secret",
        port: int | None = None,
        oauth: OAuthStub | None = None,
        exclude_auth: tuple[str, ...] = (),
        smtputf8: bool = False,
    ) -> None:
        self.user = user
        self.password = password
        self.handler = _Recorder(oauth=oauth)
        self.port = port or free_port()

        def authenticate(server, session, envelope, mechanism, auth_data):
            ok = (
                isinstance(auth_data, LoginPassword)
                and auth_data.login.decode() == user
                and auth_data.password.decode() == password
            )
            return AuthResult(
                success=ok, handled=False, auth_data=auth_data.login.decode() if ok else None
            )  # 535 on failure

        # smtputf8: offer SMTPUTF8 (RFC 6531), as Gmail and Microsoft 365 do; aiosmtpd's default is not to.
        self.controller = Controller(
            self.handler,
            hostname="127.0.0.1",
            port=self.port,
            authenticator=authenticate,
            auth_require_tls=False,
            auth_exclude_mechanism=list(exclude_auth),
            enable_SMTPUTF8=smtputf8,
        )

    def start(self) -> SmtpSink:
        check_allowed("an SMTP server")
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    @property
    def received(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.received)

    def env(self, **extra: str) -> dict[str, str]:
        return {
            "SMTP_HOST": "127.0.0.1",
            "SMTP_PORT": str(self.port),
            "SMTP_USER": self.user,
            "SMTP_PASSWORD": self.password,
            "SMTP_SECURITY": "plain",
            "SMTP_TIMEOUT": "20",
            **extra,
        }


class OAuthStub:
    """The identity provider's side, on loopback: a token endpoint for the refresh-token grant (as Google's), and an
    RFC 7662 introspection endpoint that Dovecot asks whether a token is live. Tokens can be revoked."""

    def __init__(self, refresh_tokens: dict[str, str], expires_in: int = 3600) -> None:
        self.refresh_tokens = dict(refresh_tokens)  # refresh token -> the mailbox it is for
        self.expires_in = expires_in
        self.issued: dict[str, str] = {}  # access token -> mailbox
        self.revoked: set[str] = set()
        self.lock = threading.Lock()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the http.server API
                form = {
                    k: v[0]
                    for k, v in parse_qs(self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()).items()
                }
                status, answer = stub.answer(self.path, form)
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def answer(self, path: str, form: dict[str, str]) -> tuple[int, dict]:
        with self.lock:
            if path == "/token":
                user = self.refresh_tokens.get(form.get("refresh_token", ""))
                if (
                    form.get("grant_type") != "refresh_token"
                    or user is None
                    or form.get("refresh_token") in self.revoked
                ):
                    return 400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
                token = f"ya29.{os.urandom(12).hex()}"
                self.issued[token] = user
                return 200, {"access_token": token, "expires_in": self.expires_in, "token_type": "Bearer"}
            if path == "/introspect":
                user = self.owner(form.get("token", ""), locked=True)
                return 200, ({"active": True, "username": user} if user else {"active": False})
        return 404, {"error": "not_found"}

    def owner(self, token: str, locked: bool = False) -> str | None:
        if not locked:
            with self.lock:
                return self.owner(token, locked=True)
        return None if token in self.revoked else self.issued.get(token)

    def revoke_all(self) -> None:
        with self.lock:
            self.revoked |= set(self.issued) | set(self.refresh_tokens)

    def start(self) -> OAuthStub:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
