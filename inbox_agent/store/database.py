"""The case store (TinyDB) and the evidence folder, both crash-safe.

* TinyDB's own JSONStorage rewrites its file in place, so a crash mid-write leaves it unreadable.
  AtomicJSONStorage writes a temporary file, fsyncs it, os.replace()s it over the old one and
  fsyncs the directory: a reader sees the old state or the new one, never half of each.
* Writes are buffered (CachingMiddleware) and reach the disk only at commit(), so a chunk of
  messages, its cases, its outbox entries and its checkpoint land together or not at all.
* Evidence is written once, under its SHA-256, and durable before the case that names it commits.
  Inside Store.group() (a poll) evidence and outbox files are not synced one by one: the commit
  syncs them with the store's new file at once (a group commit), then puts the store in place.
* The message records (one for every message ever read), the cases and the outbox entries are kept as
  compact JSON outside TinyDB's document tree (_Compact): they are looked up by key, or selected by a tag
  kept in memory (an entry's state, whether a case waits for the cap), and as dicts they were most of the
  memory. The file's format is unchanged, tables in the order it held them.
* Two locks. AgentLock, held for an agent's whole life, keeps a second agent (or an overlapping
  cron run) away. The store lock is held only while a Store is open for writing: a poll cycle, or
  one of the Clerk's commands, which waits for the current poll to finish rather than failing.
"""

from __future__ import annotations

import bisect
import ctypes
import fcntl
import hashlib
import json
import logging
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware
from tinydb.storages import Storage

from inbox_agent.core.caps import cap_key
from inbox_agent.core.records import Case, MessageRecord, OutboxEntry, OutboxState, Repository
from inbox_agent.errors import StoreError, StoreLocked

STORE_FILE = "store.json"
log = logging.getLogger(__name__)
SCHEMA_VERSION = 2  # 2: the audit table of data protection (retention, erasure)


def content_hash(content_key: str) -> str:
    """What is left of a message's Message-ID and body hash once its personal data is removed: enough to
    recognise the same message again, and nothing a person could read."""
    return "sha256:" + hashlib.sha256(content_key.encode()).hexdigest()


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync(fd: int) -> None:
    os.fsync(fd)  # looked up at each call, so a test can make it fail


_syncfs = getattr(ctypes.CDLL(None, use_errno=True), "syncfs", None) if sys.platform.startswith("linux") else None


def sync_filesystem(fd: int) -> None:
    """Everything written so far to the file system that holds fd, data and names, made durable in one call: a group
    commit's single sync (Linux syncfs(2); elsewhere sync(2), which waits on Linux and is the best there is)."""
    if _syncfs is None:
        os.sync()
    elif _syncfs(fd) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, os.strerror(errno))


def write_durably(path: Path, data: bytes | Iterable[bytes], sync: Callable[[int], None] | None = _fsync) -> None:
    """Write a whole file so that after a crash it is either absent or complete. With sync=None the file is put in
    place unsynced, whole if the process dies but not if the machine does, and a later group commit syncs it."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as handle:
            if isinstance(data, bytes):
                handle.write(data)
            else:
                handle.writelines(data)
            handle.flush()
            if sync is not None:
                sync(handle.fileno())
        os.replace(tmp, path)
        if sync is not None:
            fsync_dir(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(
            f"cannot write {path}: {exc.strerror or exc}",
            fix="check that the disk is not full and DATA_DIR is writable; nothing was lost, the work is retried",
        ) from None


def remove_stale_temporaries(folder: Path) -> int:
    """Temporary files are only ever left behind by a crash; the real file is intact beside them."""
    removed = 0
    for tmp in folder.glob(".*.tmp"):
        tmp.unlink(missing_ok=True)
        removed += 1
    return removed


class AtomicJSONStorage(Storage):
    def __init__(self, path: str | Path, tables: dict[str, tuple[str, Tag | None]] | None = None) -> None:
        self.path = Path(path)
        self.tables = COMPACT_TABLES if tables is None else tables  # which to keep compact, by key and tag
        self.sync: Callable[[int], None] = _fsync  # sync_filesystem for a group commit (Store.group)
        self.compact: dict[str, _Compact] = {}  # tables kept out of TinyDB's tree, written from their own form
        self.order: tuple[str, ...] = ()  # the tables in the order the file held them, and is written in again

    def read(self) -> dict[str, Any] | None:
        try:
            text = self.path.read_bytes().decode("utf-8")  # the bytes go at once: the store is in memory once
        except FileNotFoundError:
            return None
        except ValueError as exc:
            raise StoreError(
                f"the case store {self.path} is not valid UTF-8 ({exc})",
                fix="restore it from your backup; the agent never writes it in place, so something else changed it",
            ) from None
        if not text.strip():
            return None
        try:
            tables = _load(text, self.tables)
        except ValueError as exc:
            raise StoreError(
                f"the case store {self.path} is not valid JSON ({exc})",
                fix="restore it from your backup; the agent never writes it in place, so something else changed it",
            ) from None
        self.order = tuple(tables)
        return tables

    def write(self, data: dict[str, Any]) -> None:
        write_durably(self.path, _stream_json(data, self.compact, self.order), self.sync)


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_decode = json.JSONDecoder().raw_decode
_SPACE = re.compile(r"[ \t\n\r]*")
Tag = Callable[[dict[str, Any]], Any]  # the little a compact table keeps in memory of each document, to select by


def _outbox_state(doc: dict[str, Any]) -> str | None:
    state = doc.get("state")
    return sys.intern(state) if isinstance(state, str) else None


def _waits_for_cap(doc: dict[str, Any]) -> bool:
    return doc.get("ack_waiting") is not None


# table: (key, tag); see _Compact. Cases and outbox entries are here too: a store holds one for most messages it ever
# read, and a poll only looks them up by key, or selects the few it works on by their tag.
COMPACT_TABLES: dict[str, tuple[str, Tag | None]] = {
    "messages": ("location", None),
    "cases": ("ref", _waits_for_cap),
    "outbox": ("id", _outbox_state),
}


def _load(text: str, compact: dict[str, tuple[str, Tag | None]]) -> dict[str, Any]:
    """json.loads of the store, except that a compact table comes back as {key: its document's JSON} and {key: tag}:
    a store of many messages is never in memory as dicts, not even while it is read."""

    def skip(at: int) -> int:
        return _SPACE.match(text, at).end()  # type: ignore[union-attr]

    def char(at: int, expected: str) -> int:
        at = skip(at)
        if text[at : at + 1] != expected:
            raise ValueError(f"expected {expected!r} at character {at}")
        return skip(at + 1)

    def members(at: int, value: Callable[[str, int], tuple[Any, int]]) -> tuple[list[tuple[str, Any]], int]:
        pairs: list[tuple[str, Any]] = []
        at = char(at, "{")
        if text[at : at + 1] == "}":
            return pairs, at + 1
        while True:
            name, at = _decode(text, at)
            item, at = value(name, char(at, ":"))
            pairs.append((name, item))
            at = skip(at)
            if text[at : at + 1] == "}":
                return pairs, at + 1
            at = char(at, ",")

    def table(name: str, at: int) -> tuple[Any, int]:
        if name not in compact:
            return _decode(text, at)

        key, tag = compact[name]
        tags: dict[str, Any] = {}

        def raw(_: str, start: int) -> tuple[tuple[str, bytes], int]:
            doc, end = _decode(text, start)  # a moment's dict, for its key and tag
            _tag(tags, doc[key], doc, tag)
            return (doc[key], text[start:end].encode("utf-8")), end

        pairs, end = members(at, raw)
        return (dict(item for _, item in pairs), tags), end

    tree, end = members(skip(0), table)
    if skip(end) != len(text):
        raise ValueError(f"extra data at character {end}")
    return dict(tree)


def _tag(tags: dict[str, Any], key: str, doc: dict[str, Any], tag: Tag | None) -> None:
    if tag is not None:
        tags[key] = tag(doc)


def _stream_json(
    data: dict[str, Any], compact: dict[str, _Compact] | None = None, order: Iterable[str] = ()
) -> Iterator[bytes]:
    """The store as JSON, a document at a time: the C encoder per document, and never the whole store as
    one string in memory (at 50,000 cases that string alone is tens of megabytes, twice: str and bytes).
    A compact table's documents are already JSON, and are written as they are, numbered in order. Tables go in
    `order` (as the file held them), then the others: a store read and written back unchanged is the same bytes."""
    compact = compact or {}
    yield b"{"
    names = [name for name in dict.fromkeys([*order, *data, *compact]) if name in data or name in compact]
    for t, table in enumerate(names):
        yield (("," if t else "") + _dumps(table) + ":{").encode("utf-8")
        if table in compact:
            for d, encoded in enumerate(compact[table].encoded()):
                yield (b',"' if d else b'"') + str(d + 1).encode() + b'":' + encoded
        else:
            for d, (key, doc) in enumerate(data[table].items()):
                yield (("," if d else "") + _dumps(str(key)) + ":" + _dumps(doc)).encode("utf-8")
        yield b"}"
    yield b"}"


class _Index:
    """One TinyDB table mirrored in a dict by its key field, with changes buffered until commit.

    The dict holds TinyDB's own documents (its cache), not copies, so the store is in memory once."""

    def __init__(self, db: TinyDB, name: str, key: str, tag: Tag | None = None) -> None:
        self.table = db.table(name)
        self.key = key
        self.tag = tag
        self.docs: dict[str, dict[str, Any]] = {}
        self.ids: dict[str, int] = {}
        for doc_id, doc in self._raw().items():
            self.docs[doc[key]] = doc
            self.ids[doc[key]] = int(doc_id)
        self.new: dict[str, dict[str, Any]] = {}
        self.dirty: set[str] = set()
        self.deleted: set[str] = set()
        self.undo: dict[str, tuple[dict[str, Any] | None, bool, bool, bool]] | None = None  # see Store.savepoint

    def _remember(self, key: str) -> None:
        if self.undo is not None and key not in self.undo:
            self.undo[key] = (self.docs.get(key), key in self.new, key in self.dirty, key in self.deleted)

    def rollback(self) -> None:
        """Every key touched since the savepoint back as it was then."""
        for key, (doc, new, dirty, deleted) in (self.undo or {}).items():
            self.docs.pop(key, None)
            self.new.pop(key, None)
            self.dirty.discard(key)
            self.deleted.discard(key)
            if doc is not None:
                self.docs[key] = doc
            if new and doc is not None:
                self.new[key] = doc
            if dirty:
                self.dirty.add(key)
            if deleted:
                self.deleted.add(key)
        self.undo = None

    def _raw(self) -> dict[str, dict[str, Any]]:
        return (self.table.storage.read() or {}).get(self.table.name, {})

    def get(self, key: str) -> dict[str, Any] | None:
        return self.docs.get(key)

    def put(self, doc: dict[str, Any]) -> None:
        key = doc[self.key]
        self._remember(key)
        self.docs[key] = doc
        if key in self.ids:
            self.dirty.add(key)
        else:
            self.new[key] = doc

    def values(self) -> Iterable[dict[str, Any]]:
        return self.docs.values()

    def keys_tagged(self, *tags: Any) -> list[str]:
        """As _Compact's: the tag worked out from each document, which is at hand."""
        tag = self.tag
        return [key for key, doc in self.docs.items() if tag is not None and tag(doc) in tags]

    def delete(self, key: str) -> None:
        self._remember(key)
        self.docs.pop(key, None)
        self.new.pop(key, None)
        self.dirty.discard(key)
        if key in self.ids:
            self.deleted.add(key)

    def flush(self) -> None:
        """Hand buffered changes to TinyDB in one call per kind: per-document calls would be quadratic."""
        if self.deleted:
            self.table.remove(doc_ids=[self.ids.pop(k) for k in self.deleted])
            self.deleted.clear()
        if self.new:
            keys = list(self.new)
            ids = self.table.insert_multiple(self.new[k] for k in keys)
            self.ids.update(zip(keys, ids, strict=True))
            self.new.clear()
        if self.dirty:
            replacements = {k: self.docs[k] for k in self.dirty}
            key = self.key

            def replace(doc: MutableMapping[Any, Any]) -> None:
                fresh = replacements[doc[key]]
                doc.clear()
                doc.update(fresh)

            self.table.update(replace, doc_ids=[self.ids[k] for k in replacements])
            self.dirty.clear()
        raw = self._raw()
        for key, doc_id in self.ids.items():  # point at TinyDB's documents again: one copy in memory
            stored = raw.get(str(doc_id))
            if stored is not None:
                self.docs[key] = stored


class _Compact:
    """A table that is only looked up by its key, kept out of TinyDB's document tree: each document as its compact
    JSON, a third of the memory of the dicts it would be, in one object rather than dozens. The message records are
    such a table: one for every message ever read, needed to recognise a message again and rarely read in full; so
    are the cases and the outbox, selected by a tag kept in memory for each document (whether a case waits for the
    cap, an entry's state). The file keeps its format. (One buffer for all the documents was tried: its growth and
    the bytes of changed documents it kept made the peak higher than the dicts'.)
    The same interface as _Index where the Store uses it; get() and values() return fresh dicts."""

    def __init__(self, storage: CachingMiddleware, name: str, key: str, tag: Tag | None = None) -> None:
        self.key = key
        self.tag = tag
        loaded = (storage.read() or {}).pop(name, None)  # out of the tree: TinyDB never sees it
        self.docs: dict[str, bytes]
        self.docs, self.tags = loaded if loaded is not None else ({}, {})
        self.changed = False
        self.undo: dict[str, tuple[bytes | None, Any]] | None = None  # see Store.savepoint

    def get(self, key: str) -> dict[str, Any] | None:
        encoded = self.docs.get(key)
        return None if encoded is None else json.loads(encoded)

    def _remember(self, key: str) -> bytes | None:
        encoded = self.docs.get(key)
        if self.undo is not None and key not in self.undo:
            self.undo[key] = (encoded, self.tags.get(key))
        self.changed = True
        return encoded

    def put(self, doc: dict[str, Any]) -> None:
        key = doc[self.key]
        self._remember(key)
        self.docs[key] = _dumps(doc).encode("utf-8")
        _tag(self.tags, key, doc, self.tag)

    def delete(self, key: str) -> None:
        if self._remember(key) is not None:
            del self.docs[key]
            self.tags.pop(key, None)

    def keys_tagged(self, *tags: Any) -> list[str]:
        return [key for key, tag in self.tags.items() if tag in tags]

    def encoded(self) -> Iterator[bytes]:
        return iter(list(self.docs.values()))

    def values(self) -> Iterator[dict[str, Any]]:
        return (json.loads(encoded) for encoded in self.encoded())

    def rollback(self) -> None:
        for key, (encoded, tag) in (self.undo or {}).items():
            self.docs.pop(key, None)
            self.tags.pop(key, None)
            if encoded is not None:
                self.docs[key] = encoded
                if self.tag is not None:
                    self.tags[key] = tag
        self.undo = None

    def flush(self) -> None:
        """Nothing to hand to TinyDB: the storage writes this table itself."""


def _flock(path: Path, wait: float) -> tuple[int, bool]:
    """Take an exclusive lock on path, waiting up to `wait` seconds; returns (fd, got_it)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return fd, False
            time.sleep(0.1)
            continue
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        return fd, True


def _holder(fd: int) -> str:
    return os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"


def _lock_or_refuse(path: Path, wait: float, problem: str, fix: str) -> int:
    """The lock's descriptor, or StoreLocked naming the holder's pid ({pid} in `problem`)."""
    fd, got = _flock(path, wait)
    if not got:
        holder = _holder(fd)
        os.close(fd)
        raise StoreLocked(problem.format(pid=holder), fix=fix)
    return fd


def _make_dirs(data_dir: Path) -> None:
    try:
        for sub in ("", "evidence", "outbox"):
            (data_dir / sub).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"cannot create DATA_DIR {data_dir}: {exc.strerror}", fix="set DATA_DIR to a folder this user may write"
        ) from None


class AgentLock:
    """One agent per DATA_DIR, for the agent's whole life."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.fd: int | None = None

    def __enter__(self) -> AgentLock:
        _make_dirs(self.data_dir)
        self.fd = _lock_or_refuse(
            self.data_dir / "agent.lock",
            0,
            f"another agent (pid {{pid}}) is already running on {self.data_dir}",
            "let it finish, stop it (systemctl stop inbox-agent), or use another DATA_DIR",
        )
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


class Store:
    """The agent's memory. Open it as a context manager; only commit() makes changes durable."""

    def __init__(self, data_dir: Path, *, readonly: bool = False, wait: float = 0.0) -> None:
        self.data_dir = Path(data_dir)
        self.readonly = readonly
        self._lock_fd: int | None = None
        if readonly:
            if not (self.data_dir / STORE_FILE).exists():
                raise StoreError(
                    f"there is no case store in {self.data_dir}",
                    fix="run 'python run.py poll --once' first, or set DATA_DIR to the agent's data folder",
                )
        else:
            _make_dirs(self.data_dir)
            self._lock(wait)
            remove_stale_temporaries(self.data_dir)
        # Read-only (reports, the board) the cases and the outbox are wanted whole, as dicts once rather than decoded
        # twice; a poll, which only looks them up, keeps them compact.
        tables = {"messages": COMPACT_TABLES["messages"]} if readonly else COMPACT_TABLES
        self._storage = CachingMiddleware(AtomicJSONStorage)(str(self.data_dir / STORE_FILE), tables)
        self._grouping = False  # inside group(): files are written unsynced, for the next commit to sync at once
        self._unsynced = False  # files were written that only the next commit makes durable
        self._storage.WRITE_CACHE_SIZE = 2**62  # flush only at commit()
        self.db = TinyDB(storage=lambda: self._storage)
        self.meta = _Index(self.db, "meta", "name")
        self.checkpoints = _Index(self.db, "checkpoints", "folder")
        self.messages = _Compact(self._storage, "messages", *COMPACT_TABLES["messages"])
        self._storage.storage.compact["messages"] = self.messages
        self.case_table = self._table(tables, "cases")  # readers get Case objects from case(), cases()
        self.outbox = self._table(tables, "outbox")
        self.audit = _Index(self.db, "audit", "id")  # what data protection removed: never the data itself
        self._indexes = (self.meta, self.checkpoints, self.messages, self.case_table, self.outbox, self.audit)
        self._derive()
        self._check_schema()

    def _table(self, tables: dict[str, tuple[str, Tag | None]], name: str) -> _Index | _Compact:
        key, tag = COMPACT_TABLES[name]
        if name not in tables:
            return _Index(self.db, name, key, tag)
        table = self._storage.storage.compact[name] = _Compact(self._storage, name, key, tag)
        return table

    def _derive(self) -> None:
        """The lookups kept beside the tables, built from them."""
        self._by_content: dict[str, str] = {}
        self._by_message_id: dict[str, str] = {}
        self._ack_times: list[str] = []
        self._acks_to: dict[str, list[str]] = {}
        for doc in self.messages.values():
            self._note_message(doc)
        for case in self.case_table.values():
            self._note_case(case)
        for entry in self.outbox.values():
            self._note_outbox(entry)

    # -- one message's changes, undone if handling it fails ------------------------------------

    def savepoint(self) -> None:
        """From here, remember what each change replaces, so rollback() can undo them (one message's work)."""
        for index in self._indexes:
            index.undo = {}

    def rollback(self) -> None:
        """Undo everything since savepoint(). Rare (a message that broke the pipeline), so the lookups are rebuilt."""
        touched = any(index.undo for index in self._indexes)
        for entry_id, (before, *_) in (self.outbox.undo or {}).items():
            if before is None:  # an outgoing message that will now never be sent: its file goes with it
                self.remove_outgoing(entry_id)
        for index in self._indexes:
            index.rollback()
        if touched:
            self._derive()

    def release(self) -> None:
        for index in self._indexes:
            index.undo = None

    # -- schema -------------------------------------------------------------------------------

    def _check_schema(self) -> None:
        """A newer agent upgrades an older store on start-up, after a backup; an older agent refuses a newer store
        rather than misread it. A store from before versioning is schema 1."""
        schema = self.get_meta("schema")
        if schema is None:
            schema = 1 if self.case_table.docs or self.messages.docs else SCHEMA_VERSION
        if schema > SCHEMA_VERSION:
            raise StoreError(
                f"the case store in {self.data_dir} was written by a newer version of the agent (schema {schema}, "
                f"this version knows {SCHEMA_VERSION})",
                fix="upgrade the agent again (git pull && make install), or restore the store.json.v*.bak backup "
                "that the upgrade made",
            )
        if self.readonly or self.get_meta("schema") == SCHEMA_VERSION:
            return
        if schema < SCHEMA_VERSION:
            backup = self.data_dir / f"store.json.v{schema}.bak"
            write_durably(backup, (self.data_dir / STORE_FILE).read_bytes())
            for version in range(schema, SCHEMA_VERSION):
                MIGRATIONS[version](self)
            self.set_meta("schema", SCHEMA_VERSION)
            self.commit()
            log.info(
                "case store upgraded from schema %s to %s; the old one is kept as %s",
                schema,
                SCHEMA_VERSION,
                backup.name,
            )
        else:
            self.set_meta("schema", SCHEMA_VERSION)  # a new store: written with its first commit

    # -- lifecycle --------------------------------------------------------------------------

    def _lock(self, wait: float) -> None:
        path = self.data_dir / "store.lock"
        problem = f"the case store in {self.data_dir} is busy (pid {{pid}} is writing to it)"
        fix = "try again in a minute; if it stays busy, check that process"
        try:
            self._lock_fd = _lock_or_refuse(path, 0, problem, fix)
        except StoreLocked as busy:
            if wait <= 0:
                raise
            print(f"waiting: {busy.problem}...", file=sys.stderr)
            self._lock_fd = _lock_or_refuse(path, wait, problem, fix)

    @contextmanager
    def group(self) -> Iterator[None]:
        """A group commit, the way databases do it: inside, evidence and outbox files are written without a sync of
        their own, and the next commit() makes them and the store's new file durable with one sync of the file
        system before the new store (and with it the checkpoint) is put in place. A chunk of 200 messages then costs
        two syncs, not four hundred. A crash before that commit leaves files that no record names: the chunk is
        redone from the mailbox, and write_evidence() rewrites any such file it finds that is not whole."""
        outer, self._grouping = self._grouping, True
        try:
            yield
        finally:
            self._grouping = outer

    def _file_sync(self) -> Callable[[int], None] | None:
        if not self._grouping:
            return _fsync
        self._unsynced = True
        return None

    def commit(self) -> None:
        if self.readonly:
            raise StoreError("the store was opened read-only", fix="this is a bug: open it writable to change it")
        for index in self._indexes:
            index.flush()
        compact = self._storage.storage.compact.values()
        if any(table.changed for table in compact):  # the file is written again even if TinyDB's tree is unchanged
            self._storage.write(self._storage.read() or {})
            for table in compact:
                table.changed = False
        if not self._unsynced:
            self._storage.flush()
            return
        synced: list[int] = []

        def group_sync(fd: int) -> None:  # the store's temporary file, with every file the group wrote
            sync_filesystem(fd)
            synced.append(fd)

        storage = self._storage.storage
        storage.sync = group_sync
        try:
            self._storage.flush()
        finally:
            storage.sync = _fsync
        if not synced:  # files, and no change to the store
            try:
                fd = os.open(self.data_dir, os.O_RDONLY)
                try:
                    sync_filesystem(fd)
                finally:
                    os.close(fd)
            except OSError as exc:
                raise StoreError(
                    f"cannot sync {self.data_dir}: {exc.strerror or exc}",
                    fix="check that the disk is not full and DATA_DIR is writable; nothing was lost, it is retried",
                ) from None
        self._unsynced = False

    def close(self) -> None:
        """Uncommitted changes are dropped on purpose: they are redone from the mailbox next time."""
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- meta and checkpoints -----------------------------------------------------------------

    def get_meta(self, name: str, default: Any = None) -> Any:
        doc = self.meta.get(name)
        return default if doc is None else doc["value"]

    def set_meta(self, name: str, value: Any) -> None:
        self.meta.put({"name": name, "value": value})

    def checkpoint(self, folder: str) -> dict[str, Any] | None:
        doc = self.checkpoints.get(folder)
        return None if doc is None else {k: v for k, v in doc.items() if k != "folder"}

    def set_checkpoint(self, folder: str, value: dict[str, Any]) -> None:
        self.checkpoints.put({"folder": folder, **value})

    def next_sequence(self, year: int) -> int:
        counters = dict(self.get_meta("sequence", {}))
        counters[str(year)] = counters.get(str(year), 0) + 1
        self.set_meta("sequence", counters)
        return counters[str(year)]

    # -- messages -----------------------------------------------------------------------------

    def _note_message(self, doc: dict[str, Any]) -> None:
        if doc.get("content_key"):
            self._by_content.setdefault(doc["content_key"], doc["location"])

    def seen(self, location: str) -> bool:
        return location in self.messages.docs

    def same_content(self, content_key: str) -> MessageRecord | None:
        """An earlier record of the same message; after retention or erasure only its hash is left to match."""
        location = self._by_content.get(content_key) or self._by_content.get(content_hash(content_key))
        return None if location is None else self.message_record(location)

    def record_message(self, record: MessageRecord) -> None:
        doc = record.to_doc()
        self.messages.put(doc)
        self._note_message(doc)

    def message_record(self, location: str) -> MessageRecord | None:
        doc = self.messages.get(location)
        return None if doc is None else MessageRecord.from_doc(doc)

    def message_records(self) -> Iterator[MessageRecord]:
        """Every record, one at a time: they are kept compact, and a list of them all would be every one as a dict."""
        return (MessageRecord.from_doc(doc) for doc in self.messages.values())

    # -- cases --------------------------------------------------------------------------------

    def _note_case(self, case: dict[str, Any]) -> None:
        for message_id in case.get("message_ids", ()):
            self._by_message_id.setdefault(message_id, case["ref"])

    def _note_outbox(self, entry: dict[str, Any]) -> None:
        if entry.get("kind") in ("ack", "alert") and entry.get("message_id"):
            self._by_message_id.setdefault(entry["message_id"], entry["case"])
        if entry.get("kind") == "ack":
            bisect.insort(self._ack_times, entry["queued"])
            for address in entry["to"]:
                bisect.insort(self._acks_to.setdefault(cap_key(address), []), entry["queued"])

    def put_case(self, case: Case) -> None:
        doc = case.to_doc()
        self.case_table.put(doc)
        self._note_case(doc)

    def case(self, ref: str) -> Case | None:
        doc = self.case_table.get(ref)
        return Case.from_doc(doc) if doc is not None else None

    def cases(self) -> list[Case]:
        """Every case, by reference."""
        return self._cases(sorted(self.case_table.docs))

    def each_case(self) -> Iterator[Case]:
        """Every case, by reference, one at a time: every case as a Case at once was most of a poll's peak memory
        (the daily retention pass runs at the end of a poll)."""
        return (Case.from_doc(doc) for ref in sorted(self.case_table.docs) if (doc := self.case_table.get(ref)))

    def cases_waiting_for_cap(self) -> list[Case]:
        """The cases whose acknowledgement waits for the cap on all senders, by reference, read without the others."""
        return self._cases(sorted(self.case_table.keys_tagged(True)))

    def _cases(self, refs: Iterable[str]) -> list[Case]:
        return [Case.from_doc(doc) for ref in refs if (doc := self.case_table.get(ref)) is not None]

    def case_for_message_id(self, message_id: str) -> str | None:
        ref = self._by_message_id.get(message_id)
        return ref if ref in self.case_table.docs else None

    def delete_case(self, ref: str) -> None:
        self.case_table.delete(ref)

    # -- audit ----------------------------------------------------------------------------------

    def add_audit(self, entry: dict[str, Any]) -> None:
        self.audit.put({**entry, "id": f"{entry['at']}#{len(self.audit.docs) + 1}"})

    def audit_entries(self) -> list[dict[str, Any]]:
        return sorted(self.audit.values(), key=lambda e: e["id"])

    # -- outbox -------------------------------------------------------------------------------

    def put_outbox(self, entry: OutboxEntry) -> None:
        doc = entry.to_doc()
        new = entry.id not in self.outbox.docs
        self.outbox.put(doc)
        if new:
            self._note_outbox(doc)

    def ack_times(self, recipient: str | None = None) -> list[str]:
        """When acknowledgements were queued (sorted ISO times), in all or to one address: what the caps count."""
        return self._ack_times if recipient is None else self._acks_to.get(cap_key(recipient), [])

    def outbox_entries(self, *states: OutboxState) -> list[OutboxEntry]:
        """The entries (in these states), oldest first."""
        if states:  # by the state kept in memory: only these few are read
            docs = [doc for key in self.outbox.keys_tagged(*map(str, states)) if (doc := self.outbox.get(key))]
        else:
            docs = list(self.outbox.values())
        return [OutboxEntry.from_doc(doc) for doc in sorted(docs, key=lambda e: e["queued"])]

    def each_outbox_entry(self) -> Iterator[OutboxEntry]:
        """Every entry, in the order the store holds them, one at a time (see each_case)."""
        return (OutboxEntry.from_doc(doc) for doc in self.outbox.values())

    def outbox_entry(self, entry_id: str) -> OutboxEntry | None:
        doc = self.outbox.get(entry_id)
        return None if doc is None else OutboxEntry.from_doc(doc)

    def _outgoing_path(self, entry_id: str) -> Path:
        return self.data_dir / "outbox" / f"{entry_id}.eml"

    def read_outgoing(self, entry_id: str) -> bytes:
        """The bytes queued for an outbox entry, exactly as they will be sent (OSError once data protection removed
        them)."""
        return self._outgoing_path(entry_id).read_bytes()

    def remove_outgoing(self, entry_id: str) -> bool:
        """Data protection: the copy of a message that went, or will now never go. Whether there was one."""
        path = self._outgoing_path(entry_id)
        had_copy = path.exists()
        path.unlink(missing_ok=True)
        return had_copy

    def write_outgoing(self, name: str, data: bytes) -> Path:
        """A new file waits for the group's commit; one that replaces a file the store may already name is synced."""
        path = self.data_dir / "outbox" / name
        write_durably(path, data, self._file_sync() if not path.exists() else _fsync)
        return path

    # -- evidence -----------------------------------------------------------------------------

    def evidence_path(self, digest: str) -> Path:
        return self.data_dir / "evidence" / digest[:2] / f"{digest}.eml"

    def read_evidence(self, digest: str) -> bytes:
        """A kept message's bytes by its digest (OSError if data protection has removed it)."""
        return self.evidence_path(digest).read_bytes()

    def write_evidence(self, raw: bytes) -> str:
        """Keep a message byte for byte, named by its SHA-256; written once, durable before any case names it.
        A file already there is trusted only if it is whole: a group that the machine lost before its commit may
        have left it short."""
        digest = hashlib.sha256(raw).hexdigest()
        path = self.evidence_path(digest)
        if not _holds(path, raw, digest):
            try:
                path.parent.mkdir(exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"cannot create {path.parent}: {exc.strerror}", fix="check DATA_DIR's permissions and free space"
                ) from None
            write_durably(path, raw, self._file_sync())
        return digest

    def iter_evidence(self) -> Iterator[Path]:
        return (self.data_dir / "evidence").glob("*/*.eml")


def _holds(path: Path, raw: bytes, digest: str) -> bool:
    """The file is there with exactly these bytes (checked by size, then by hash: it is rare that it is there)."""
    try:
        if path.stat().st_size != len(raw):
            return False
        return hashlib.sha256(path.read_bytes()).hexdigest() == digest
    except FileNotFoundError:
        return False


def _v1_to_v2(store: Store) -> None:
    """Schema 2 adds the audit table; its first entry records the upgrade itself."""
    store.add_audit(
        {
            "at": datetime.now(UTC).isoformat(),
            "by": "upgrade",
            "action": "migrated",
            "subject": "the case store",
            "removed": [],
            "why": "schema 1 to 2: an audit table for data protection",
        }
    )


MIGRATIONS: dict[int, Callable[[Store], None]] = {1: _v1_to_v2}  # from version N to N + 1

if TYPE_CHECKING:  # mypy checks here that the Store keeps every promise of the Repository the executor talks to
    _STORE_IS_A_REPOSITORY: type[Repository] = Store
