"""The Clerk's IMAP mailbox: the only module that imports imap_tools.

The mailbox is the Clerk's, so this module only reads it: folders are opened with EXAMINE
(read-only, so the server itself refuses to set \\Seen), bodies are fetched with BODY.PEEK, and
nothing here can delete or expunge.
"""

from __future__ import annotations

import imaplib
import logging
import re
import select
import socket
import ssl
import time
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from imap_tools import BaseMailBox, MailBox, MailBoxStartTls, MailBoxUnencrypted
from imap_tools.errors import (
    ImapToolsError,
    MailboxFolderCreateError,
    MailboxFolderSelectError,
    MailboxFolderStatusError,
    MailboxLoginError,
)

from inbox_agent.config import ServerSettings
from inbox_agent.core.models import Fetched
from inbox_agent.errors import AgentError, SourceError, describe
from inbox_agent.mail.oauth import TokenSource

log = logging.getLogger(__name__)

# Everything a dropped connection or a refusing server can raise, from the socket up through imap_tools.
IMAP_ERRORS = (OSError, imaplib.IMAP4.error, ImapToolsError)
_FETCH_ITEMS = "(UID RFC822.SIZE INTERNALDATE BODY.PEEK[])"
_HEADER_ITEMS = "(UID RFC822.SIZE INTERNALDATE BODY.PEEK[HEADER])"
_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")
_WARNED_NO_SENT: set[str] = set()
_WARNED_NO_FOLDER: set[tuple[str, str]] = set()
_SENT_NAMES = ("Sent", "Sent Items", "Sent Messages")
_QUOTED = rb'"((?:[^"\\]|\\.)*)"'
_LIST_SEPARATOR = re.compile(rb"\) (?:" + _QUOTED + rb"|NIL) ")
_NAMESPACE_PERSONAL = re.compile(rb"^\s*\(\(" + _QUOTED + rb" (?:" + _QUOTED + rb"|NIL)")
_INTERNALDATE = re.compile(rb'INTERNALDATE "([^"]+)"')
IDLE_RENEW_SECONDS = 25 * 60  # RFC 2177: re-issue IDLE well inside 29 minutes, or the server may log us out


def _internaldate(meta: bytes) -> datetime | None:
    found = _INTERNALDATE.search(meta)
    if not found:
        return None
    try:
        return datetime.strptime(found.group(1).decode().strip(), "%d-%b-%Y %H:%M:%S %z")
    except ValueError:
        return None


def parse_fetch_response(data: list) -> list[tuple[int, datetime | None, bytes]]:
    """imaplib's FETCH data, item by item: servers differ in whether UID comes before or after the literal."""
    records: list[list] = []
    for item in data:
        if isinstance(item, tuple):
            records.append([item[0], item[1]])
        elif isinstance(item, bytes) and records:
            records[-1][0] += b" " + item
    result = []
    for meta, raw in records:
        uid = _UID.search(meta)
        if uid:
            result.append((int(uid.group(1)), _internaldate(meta), raw))
    return result


def _unquote(value: bytes) -> str:
    return re.sub(rb"\\(.)", rb"\1", value).decode("utf-8", errors="replace")


@dataclass(frozen=True)
class FolderLayout:
    """How a server spells folder names: its hierarchy separator (LIST "" "") and the prefix of its personal
    namespace (NAMESPACE). Settings name folders logically, with "/" between levels (Cases/Resolved); a stock
    Dovecot wants Cases.Resolved, a cPanel or Plesk host INBOX.Cases.Resolved."""

    separator: str = "/"
    prefix: str = ""

    def server_name(self, logical: str, existing: Collection[str] = ()) -> str:
        """The server's name for a folder in settings. A name that exists as written is kept, so a setting already
        in the server's own form (INBOX.Cases.Resolved) still works; INBOX is INBOX everywhere."""
        if logical in existing or logical.upper() == "INBOX":
            return logical
        name = (self.separator or "/").join(part for part in logical.split("/") if part)
        if self.prefix and not (name + self.separator).upper().startswith(self.prefix.upper()):
            name = self.prefix + name
        return name


def parse_layout(list_root: list, namespace: list | None) -> FolderLayout:
    """The answers to LIST "" "" and NAMESPACE (None where the server does not offer it) as a FolderLayout."""
    separator = "/"
    for line in list_root or []:
        if isinstance(line, bytes):
            found = _LIST_SEPARATOR.search(line + b" ")
            if found:
                separator = _unquote(found.group(1)) if found.group(1) is not None else ""
                break
    prefix = ""
    if namespace and isinstance(namespace[0], bytes):
        found = _NAMESPACE_PERSONAL.search(namespace[0])
        if found:
            prefix = _unquote(found.group(1))
            if found.group(2) is not None:
                separator = _unquote(found.group(2))
    return FolderLayout(separator, prefix)


HEADERS_BYTES = 64_000  # what the headers of a message over MAX_MESSAGE_BYTES count for in a batch's budget


def batches(
    uids: list[int], sizes: dict[int, int], count: int, budget: int, big: Collection[int] = ()
) -> Iterator[list[int]]:
    """UIDs in order, in batches of at most `count` messages and `budget` bytes (RFC822.SIZE; headers only for
    `big`), so a batch's memory is bounded by bytes, not by a count of messages of any size. A message bigger than
    the budget goes alone."""
    batch: list[int] = []
    total = 0
    for uid in uids:
        size = min(sizes.get(uid, 0), HEADERS_BYTES) if uid in big else sizes.get(uid, 0)
        if batch and (len(batch) >= count or total + size > budget):
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += size
    if batch:
        yield batch


class ImapSource:
    def __init__(
        self,
        server: ServerSettings,
        folders: tuple[str, ...],
        max_bytes: int = 25_000_000,
        tokens: TokenSource | None = None,
        batch_bytes: int = 50_000_000,
    ) -> None:
        self.batch_bytes = batch_bytes  # FETCH_BATCH_BYTES: the most one batch of whole messages may hold
        self.server = server
        self.tokens = tokens  # for IMAP_AUTH=oauth2
        self.logical_folders = folders  # as in IMAP_FOLDERS; self.folders is how this server spells them
        self.folders = folders
        self.max_bytes = max_bytes
        self._box: BaseMailBox | None = None
        self._layout: FolderLayout | None = None
        self.pending = 0  # messages to download in the folder being read, for progress reports

    def _where(self) -> str:
        return f"{self.server.host}:{self.server.port}"

    def connect(self) -> ImapSource:
        s = self.server
        kinds = {
            "ssl": lambda: MailBox(s.host, s.port, timeout=s.timeout),
            "starttls": lambda: MailBoxStartTls(s.host, s.port, timeout=s.timeout),
            "plain": lambda: MailBoxUnencrypted(s.host, s.port, timeout=s.timeout),
        }
        try:
            box = kinds[s.security]()
        except ssl.SSLError as exc:
            raise SourceError(
                f"TLS with the IMAP server {self._where()} failed ({exc.reason or exc})",
                fix="check IMAP_SECURITY: ssl is usually port 993, starttls port 143",
            ) from None
        except socket.gaierror:
            raise SourceError(
                f"the IMAP server name {s.host!r} cannot be found", fix="check IMAP_HOST for typos"
            ) from None
        except IMAP_ERRORS as exc:
            raise SourceError(
                f"cannot connect to the IMAP server {self._where()} ({describe(exc)})",
                fix="check IMAP_HOST, IMAP_PORT and IMAP_SECURITY, and that the server is up; the agent retries",
            ) from None
        oauth = s.auth == "oauth2"
        try:
            if oauth:
                if self.tokens is None:
                    raise SourceError("IMAP_AUTH=oauth2 but no token source", fix="this is a bug: pass the TokenSource")
                box.xoauth2(s.user, self.tokens.token(), initial_folder=None)
            else:
                _login(box, s.user, s.password)
        except AgentError:  # no token (the identity provider refused): nothing more to try on this connection
            _quiet_logout(box)
            raise
        except (MailboxLoginError, imaplib.IMAP4.error) as exc:
            _quiet_logout(box)
            if isinstance(exc, imaplib.IMAP4.abort) or not (isinstance(exc, MailboxLoginError) or oauth):
                raise SourceError(
                    f"IMAP login to {self._where()} failed ({describe(exc)})",
                    fix="check IMAP_SECURITY: this server may need ssl or starttls",
                ) from None
            raise SourceError(
                f"the IMAP server {self._where()} refused the {'OAuth token' if oauth else 'login'} for {s.user!r}",
                fix="check that the app may read this mailbox (Microsoft: IMAP.AccessAsApp and an Exchange "
                "service principal with access to it; Google: the https://mail.google.com/ scope)"
                if oauth
                else "check IMAP_USER and IMAP_PASSWORD (many providers need an app password)",
                auth=True,
            ) from None
        except IMAP_ERRORS as exc:
            _quiet_logout(box)
            raise SourceError(
                f"IMAP login to {self._where()} failed ({describe(exc)})",
                fix="check IMAP_SECURITY: this server may need ssl or starttls",
            ) from None
        self._box = box
        self._layout = None
        if any(f.upper() != "INBOX" for f in self.logical_folders):
            try:
                existing = self.folder_names()
                self.folders = tuple(self.layout().server_name(f, existing) for f in self.logical_folders)
            except SourceError:
                self.close()
                raise
        return self

    def close(self) -> None:
        if self._box is not None:
            _quiet_logout(self._box)
            self._box = None

    def layout(self) -> FolderLayout:
        """The server's separator and personal namespace, asked once per connection."""
        if self._layout is None:
            try:
                typ, root = self.box.client.list('""', '""')
                namespace = None
                if "NAMESPACE" in self.capabilities():
                    typ_ns, namespace = self.box.client.namespace()
                    namespace = namespace if typ_ns == "OK" else None
            except IMAP_ERRORS as exc:
                raise SourceError(
                    f"cannot list the folders on {self._where()} ({describe(exc)})", fix="the agent retries"
                ) from None
            self._layout = parse_layout(root if typ == "OK" else [], namespace)
        return self._layout

    def folder_names(self) -> dict[str, tuple[str, ...]]:
        """Every folder on the server, with its flags (\\Sent, \\Noselect...)."""
        try:
            return {f.name: tuple(f.flags) for f in self.box.folder.list()}
        except IMAP_ERRORS as exc:
            raise SourceError(
                f"cannot list the folders on {self._where()} ({describe(exc)})", fix="the agent retries"
            ) from None

    def folder_name(self, logical: str) -> str:
        """A folder named in settings, as this server spells it."""
        return self.layout().server_name(logical, self.folder_names())

    def ensure_folder(self, logical: str) -> tuple[str, str]:
        """The server's name for a folder, created if missing; with the server's refusal ("" if none) when it
        cannot be created. A refusal is for the Clerk to read in `check` and the log, never a reason to stop."""
        existing = self.folder_names()
        name = self.layout().server_name(logical, existing)
        if name in existing:
            return name, ""
        try:
            self.box.folder.create(name)
        except MailboxFolderCreateError as exc:
            said = b" ".join(x for x in (exc.command_result[1] or []) if isinstance(x, bytes)).decode(errors="replace")
            return name, said.strip()[:200] or "refused"
        except IMAP_ERRORS as exc:
            raise SourceError(
                f"cannot create the folder {name!r} on {self._where()} ({describe(exc)})", fix="the agent retries"
            ) from None
        log.info("created the folder %s: moving a case's message there resolves the case", name)
        return name, ""

    def __enter__(self) -> ImapSource:
        return self.connect()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def box(self) -> BaseMailBox:
        if self._box is None:
            raise SourceError("not connected to the IMAP server", fix="this is a bug: connect() first")
        return self._box

    def inspect(self, folder: str) -> dict[str, object]:
        """What `check` reports: the server's capabilities, its folders (with their flags), and whether `folder`
        accepts keywords (PERMANENTFLAGS with \\*)."""
        try:
            folders = self.folder_names()
            flags: tuple[str, ...] = ()
            if folder in folders:
                self.box.folder.set(folder, readonly=True)
                _, values = self.box.client.response("PERMANENTFLAGS")
                flags = (
                    tuple((values[-1] or b"").decode(errors="replace").strip("()").split())
                    if values and values[-1]
                    else ()
                )
        except IMAP_ERRORS as exc:
            raise SourceError(
                f"cannot list the folders on {self._where()} ({describe(exc)})", fix="try again; check the server"
            ) from None
        return {"capabilities": self.capabilities(), "folders": folders, "permanentflags": flags}

    def capabilities(self) -> tuple[str, ...]:
        """Asked after login: many servers (Dovecot among them) announce IDLE, MOVE and UIDPLUS only then."""
        try:
            typ, data = self.box.client.capability()
        except IMAP_ERRORS as exc:
            raise SourceError(
                f"the IMAP server {self._where()} did not list its capabilities ({describe(exc)})",
                fix="try again; check the server",
            ) from None
        return tuple(data[0].decode(errors="replace").upper().split()) if typ == "OK" and data and data[0] else ()

    def sent_folder(self, name: str) -> ImapSentFolder | None:
        """The folder for copies of acknowledgements: by name, or with "auto" the server's SPECIAL-USE \\Sent folder,
        then the usual names as this server spells them (Sent, Sent Items, Sent Messages; INBOX.Sent on hosts)."""
        if not name:
            return None
        folders = self.folder_names()
        if name != "auto":
            found = self.layout().server_name(name, folders)
            if found not in folders:
                raise SourceError(
                    f"the Sent folder {name!r} does not exist on {self._where()}",
                    fix=f"set SENT_FOLDER to one of: {', '.join(sorted(folders))}; or auto; or leave it empty",
                )
            return ImapSentFolder(self, found)
        for folder, flags in folders.items():
            if "\\Sent" in flags:
                return ImapSentFolder(self, folder)
        layout = self.layout()
        for candidate in (*(layout.server_name(n) for n in _SENT_NAMES), *_SENT_NAMES, "INBOX.Sent", "INBOX/Sent"):
            if candidate in folders:
                return ImapSentFolder(self, candidate)
        if self._where() not in _WARNED_NO_SENT:  # once per process, not at every poll
            _WARNED_NO_SENT.add(self._where())
            log.warning(
                "no Sent folder found on %s: copies of acknowledgements are not kept; set SENT_FOLDER", self._where()
            )
        return None

    def moved_message_ids(self, folder: str, checkpoint: dict | None) -> tuple[list[str], dict]:
        """Message-IDs of mail the Clerk moved into `folder` (a name from settings) since the checkpoint; the folder
        is created if missing. One that cannot be created is a warning, and the poll carries on without it."""
        try:
            folder, refused = self.ensure_folder(folder)
            if refused:
                if (self._where(), folder) not in _WARNED_NO_FOLDER:  # once per process, not at every poll
                    _WARNED_NO_FOLDER.add((self._where(), folder))
                    log.warning(
                        "cannot create the folder %s on %s (%s): resolving cases by moving their message is off until "
                        "it exists; create it in the mail client, or set RESOLVED_FOLDER to an existing folder or to "
                        "nothing",
                        folder,
                        self._where(),
                        refused,
                    )
                return [], dict(checkpoint or {})
            status = self.box.folder.status(folder, ("UIDVALIDITY",))
            validity = int(status["UIDVALIDITY"])
            last = (
                int(checkpoint["last_uid"]) if checkpoint and int(checkpoint.get("uidvalidity", -1)) == validity else 0
            )
            self.box.folder.set(folder, readonly=True)
            uids = [u for u in (int(x) for x in self.box.uids(f"UID {last + 1}:*")) if u > last]
            found: list[str] = []
            if uids:
                typ, data = self.box.client.uid(
                    "FETCH", ",".join(map(str, uids)), "(UID BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])"
                )
                for item in data or []:
                    if isinstance(item, tuple):
                        match = re.search(rb"<[^<>\s]+>", item[1] or b"")
                        if match:
                            found.append(match.group(0).decode(errors="replace"))
            return found, {"uidvalidity": validity, "last_uid": max(uids, default=last)}
        except IMAP_ERRORS as exc:
            raise SourceError(
                f"cannot read the folder {folder!r} on {self._where()} ({describe(exc)})",
                fix="the agent retries; check RESOLVED_FOLDER (a name such as Cases/Resolved)",
            ) from None

    def sent_messages(
        self, folder: str, checkpoint: dict | None, since: datetime, limit: int
    ) -> tuple[list[Fetched], dict]:
        """Mail in the Sent folder after the checkpoint (on the first call: sent since `since`), read-only and with
        BODY.PEEK, at most `limit` at a time: the Clerk's own replies, for their cases' timelines."""
        try:
            validity = int(self.box.folder.status(folder, ("UIDVALIDITY",))["UIDVALIDITY"])
            same = checkpoint and int(checkpoint.get("uidvalidity", -1)) == validity
            last = int(checkpoint.get("last_uid", 0)) if same and checkpoint else 0
            self.box.folder.set(folder, readonly=True)
            query = f"UID {last + 1}:*" if same else f"SINCE {(since - timedelta(days=1)).strftime('%d-%b-%Y')}"
            uids = sorted(u for u in (int(x) for x in self.box.uids(query)) if u > last)[:limit]
            if not uids:
                return [], {"uidvalidity": validity, "last_uid": last}
            big = {int(x) for x in self.box.uids(f"UID {uids[0]}:{uids[-1]} LARGER {self.max_bytes}")}
            fetched = self._fetch_chunk(folder, validity, uids, big)
            return fetched, {"uidvalidity": validity, "last_uid": uids[-1]}
        except IMAP_ERRORS as exc:
            raise SourceError(
                f"cannot read the Sent folder {folder!r} on {self._where()} ({describe(exc)})",
                fix="nothing was lost; the agent reads it again at the next poll",
            ) from None

    def _fetch_chunk(self, folder: str, validity: int, part: list[int], big: set[int]) -> list[Fetched]:
        """Whole messages, except those over MAX_MESSAGE_BYTES (found by one server-side SEARCH LARGER per scan),
        of which only the headers are fetched: one huge attachment must not stall the agent or exhaust its memory."""
        fetched: list[Fetched] = []
        for uids, items in (
            (([u for u in part if u not in big]), _FETCH_ITEMS),
            ([u for u in part if u in big], _HEADER_ITEMS),
        ):
            if not uids:
                continue
            typ, data = self.box.client.uid("FETCH", ",".join(map(str, uids)), items)
            if typ != "OK":
                raise SourceError(
                    f"the IMAP server refused to fetch from {folder!r}: {data!r:.200}",
                    fix="the agent retries at the next poll",
                )
            if items is _FETCH_ITEMS:
                fetched += [
                    Fetched(folder, validity, str(uid), raw, received)
                    for uid, received, raw in parse_fetch_response(data)
                ]
            else:
                sizes = {
                    int(u.group(1)): int(z.group(1))
                    for item in data
                    if isinstance(item, tuple)
                    for u, z in [(_UID.search(item[0]), _SIZE.search(item[0]))]
                    if u and z
                }
                fetched += [
                    Fetched(folder, validity, str(uid), raw, received, full_size=sizes.get(uid, self.max_bytes + 1))
                    for uid, received, raw in parse_fetch_response(data)
                ]
        return sorted(fetched, key=lambda f: int(f.uid))

    def _examine(self, folder: str, validity: int) -> None:
        """Open the folder read-only again before each FETCH: between chunks the same connection may have been
        used for another folder (the Sent folder, after a crash), and a UID FETCH always reads the selected one."""
        self.box.folder.set(folder, readonly=True)
        _, values = self.box.client.response("UIDVALIDITY")
        if values and values[0] and int(values[-1]) != validity:
            raise SourceError(
                f"the UIDVALIDITY of {folder!r} changed during the poll",
                fix="nothing was lost; the next poll rescans the folder",
            )

    def fetch_uids(
        self, folder: str, uids: list[str], chunk: int, since: datetime | None = None
    ) -> Iterator[list[Fetched]]:
        """Fetch chosen messages again (for a backfill), keeping to those the server dates on or after `since`."""
        if not uids:
            return
        try:
            validity = int(self.box.folder.status(folder, ("UIDVALIDITY",))["UIDVALIDITY"])
            self.box.folder.set(folder, readonly=True)
            wanted = {int(u) for u in uids}
            if since is not None:
                day = (since - timedelta(days=1)).strftime("%d-%b-%Y")
                wanted &= {int(x) for x in self.box.uids(f"SINCE {day}")}
            ordered = sorted(wanted)
            sizes = self._sizes(ordered[0]) if ordered else {}
            for part in batches(ordered, sizes, chunk, self.batch_bytes):
                self._examine(folder, validity)
                typ, data = self.box.client.uid("FETCH", ",".join(map(str, part)), _FETCH_ITEMS)
                if typ != "OK":
                    raise SourceError(
                        f"the IMAP server refused to fetch from {folder!r}", fix="the agent retries at the next poll"
                    )
                yield [
                    Fetched(folder, validity, str(uid), raw, received)
                    for uid, received, raw in parse_fetch_response(data)
                ]
        except IMAP_ERRORS as exc:
            raise SourceError(
                f"lost the connection to the IMAP server {self._where()} ({describe(exc)})",
                fix="nothing was lost; run the backfill again",
            ) from None

    def _sizes(self, first: int) -> dict[int, int]:
        """RFC822.SIZE of every message from UID `first` on, in the selected folder: one short line each."""
        typ, data = self.box.client.uid("FETCH", f"{first}:*", "(UID RFC822.SIZE)")
        if typ != "OK":
            return {}
        found = {}
        for item in data or []:
            line = item[0] if isinstance(item, tuple) else item
            if isinstance(line, bytes):
                uid, size = _UID.search(line), _SIZE.search(line)
                if uid and size:
                    found[int(uid.group(1))] = int(size.group(1))
        return found

    def checkpoint_after(self, fetched: Fetched) -> dict:
        return {"uidvalidity": fetched.uidvalidity, "last_uid": int(fetched.uid)}

    def fetch_new(
        self, folder: str, checkpoint: dict | None, chunk: int, since: datetime | None = None
    ) -> Iterator[list[Fetched]]:
        """Messages with UID above the checkpoint, oldest first, a chunk at a time (memory stays flat).
        Mail that the server dates before `since` (a day early, for time zones) is handed over as too_old
        without being downloaded: a first run on a mailbox with years of mail reads only what it needs."""
        try:
            status = self.box.folder.status(folder, ("UIDVALIDITY", "UIDNEXT", "MESSAGES"))
            validity = int(status["UIDVALIDITY"])
            last = 0
            if checkpoint and int(checkpoint.get("uidvalidity", -1)) == validity:
                last = int(checkpoint.get("last_uid", 0))
            elif checkpoint:
                log.warning(
                    "folder %s: UIDVALIDITY changed (%s -> %s); rescanning it, duplicates will be recognised",
                    folder,
                    checkpoint.get("uidvalidity"),
                    validity,
                )
            if last + 1 >= int(status.get("UIDNEXT", 0) or 0) and checkpoint and last:
                return
            self.box.folder.set(folder, readonly=True)
            uids = sorted(u for u in (int(x) for x in self.box.uids(f"UID {last + 1}:*")) if u > last)
            if since is not None and uids:
                day = (since - timedelta(days=1)).strftime("%d-%b-%Y")
                recent = {int(x) for x in self.box.uids(f"UID {last + 1}:* SINCE {day}")}
                old = [u for u in uids if u not in recent]
                for start in range(0, len(old), chunk * 10):
                    yield [
                        Fetched(folder, validity, str(u), b"", None, too_old=True)
                        for u in old[start : start + chunk * 10]
                    ]
                uids = [u for u in uids if u in recent]
            self.pending = len(uids)
            big = {int(x) for x in self.box.uids(f"UID {last + 1}:* LARGER {self.max_bytes}")} if uids else set()
            sizes = self._sizes(uids[0]) if uids else {}
            for part in batches(uids, sizes, chunk, self.batch_bytes, big):
                self._examine(folder, validity)
                yield self._fetch_chunk(folder, validity, part, big)
        except (MailboxFolderSelectError, MailboxFolderStatusError):
            raise SourceError(
                f"the IMAP folder {folder!r} does not exist on {self._where()}",
                fix="check IMAP_FOLDERS (names are case-sensitive; INBOX is the inbox)",
            ) from None
        except IMAP_ERRORS as exc:
            raise SourceError(
                f"lost the connection to the IMAP server {self._where()} ({describe(exc)})",
                fix="nothing was lost; the agent retries at the next poll",
            ) from None


def _login(box: BaseMailBox, user: str, password: str) -> None:
    """LOGIN for an ASCII user and password. LOGIN's quoted strings are ASCII only, so anything beyond ASCII goes by
    AUTHENTICATE PLAIN, which carries UTF-8 (RFC 4616); a server without it is told plainly, never with the text."""
    if (user + password).isascii():
        box.login(user, password, initial_folder=None)
        return
    if "AUTH=PLAIN" not in box.client.capabilities:
        raise SourceError(
            "IMAP_USER or IMAP_PASSWORD has characters outside ASCII, and this IMAP server offers no login "
            "that can carry them (AUTHENTICATE PLAIN)",
            fix="set a password of ASCII letters, digits and punctuation (or an app password) for the mailbox",
            auth=True,
        )
    try:
        box.client.authenticate("PLAIN", lambda _challenge: b"\0" + user.encode() + b"\0" + password.encode())
    except imaplib.IMAP4.abort:
        raise
    except imaplib.IMAP4.error:
        raise MailboxLoginError(("NO", [b"AUTHENTICATE PLAIN refused"]), "OK") from None


def _quiet_logout(box: BaseMailBox) -> None:
    try:
        box.logout()
    except Exception:  # the connection may already be gone: close our end, or the socket stays open until collected
        try:
            box.client.shutdown()
        except Exception:  # nothing more can be done for a connection that is gone
            pass


class ImapSentFolder:
    """Copies of what the agent sent, in the Clerk's Sent folder: APPEND and SEARCH only, never a change."""

    def __init__(self, source: ImapSource, name: str) -> None:
        self.source = source
        self.name = name

    def append(self, data: bytes, when: datetime) -> None:
        try:
            self.source.box.append(data, self.name, dt=when, flag_set=["\\Seen"])
        except IMAP_ERRORS as exc:
            raise SourceError(
                f"cannot copy to the Sent folder {self.name!r} ({describe(exc)})", fix="check the folder exists"
            ) from None

    def contains(self, message_id: str) -> bool:
        quoted = message_id.replace("\\", "").replace('"', "")
        try:
            self.source.box.folder.set(self.name, readonly=True)
            typ, data = self.source.box.client.uid("SEARCH", "HEADER", "Message-ID", f'"{quoted}"')
        except IMAP_ERRORS as exc:
            raise SourceError(
                f"cannot search the Sent folder {self.name!r} ({describe(exc)})", fix="the agent retries"
            ) from None
        return typ == "OK" and bool(data and data[0] and data[0].split())


class ImapWatch:
    """A second connection that only listens, in IDLE on one folder, so that new mail wakes the agent within
    seconds. Polls keep their own connection, exactly as without IDLE; this one never fetches anything."""

    def __init__(
        self,
        server: ServerSettings,
        folder: str,
        renew: float = IDLE_RENEW_SECONDS,
        tokens: TokenSource | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.source = ImapSource(server, (folder,), tokens=tokens)
        self.folder = folder
        self.renew = renew
        self.monotonic = monotonic  # injected, so that a test sees the renewal without waiting for it
        self._since = 0.0  # when the current IDLE command began (monotonic)

    def open(self) -> bool:
        """Connect and start IDLE; False, with nothing left open, when the server does not offer IDLE."""
        box = self.source.connect().box
        try:
            if "IDLE" not in self.source.capabilities():
                self.close()
                return False
            box.folder.set(self.source.folders[0], readonly=True)  # as this server spells it
            self._restart(first=True)
        except SourceError:
            self.close()
            raise
        except IMAP_ERRORS as exc:
            self.close()
            raise SourceError(
                f"cannot start IMAP IDLE on {self.folder!r} ({describe(exc)})", fix="the agent polls meanwhile"
            ) from None
        return True

    def _restart(self, first: bool = False) -> None:
        """DONE, then IDLE again: this also reads whatever the server had queued, so the next wait starts clean."""
        if not first:
            self.source.box.idle.stop()
        self.source.box.idle.start()
        self._since = self.monotonic()

    def wait(self, timeout: float) -> bool:
        """True when the server reports a change in the folder, False when `timeout` passes quietly."""
        box = self.source.box
        try:
            if self.monotonic() - self._since >= self.renew:
                self._restart()
            ready, _, _ = select.select([box.client.sock], [], [], timeout)
            if not ready:
                return False
            # imaplib's public `readline`, not imap_tools' `idle.poll`: poll() swallows an EOF and returns [] as if the
            # time had passed quietly, so a connection closed without a BYE would look like silence, and select()
            # on the dead socket would then return at once, every time, until the renewal. Here an EOF raises.
            line = box.client.readline()  # one line is there, or b"" when the connection is closed
            if not line:
                raise imaplib.IMAP4.abort("socket error: EOF")
            if line.startswith(b"* BYE"):
                raise imaplib.IMAP4.abort(line.decode(errors="replace"))
            if line.startswith(b"* OK"):  # a keep-alive such as Dovecot's "Still here"
                return False
            self._restart()
            return True
        except (*IMAP_ERRORS, ValueError) as exc:  # ValueError: select on a socket already closed
            self.close()
            raise SourceError(
                f"the IMAP IDLE connection to {self.source._where()} was lost ({describe(exc)})",
                fix="nothing was lost: the agent polls at once and listens again",
            ) from None

    def close(self) -> None:
        if self.source._box is not None:
            try:
                self.source._box.idle.stop()
            except Exception:  # not idling, or the connection is gone: logging out is all that is left
                pass
        self.source.close()
