"""A local Maildir as a mail source: the demo's mailbox, and a real option for a council that keeps mail so.

Like the IMAP source it never changes the mailbox: messages stay in new/ or cur/ with their flags.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from inbox_agent.core.models import Fetched
from inbox_agent.errors import SourceError


def _natural(name: str) -> list[int]:
    """Maildir names (time.M<usec>P<pid>Q<count>.host) in delivery order: their numbers are not zero-padded, so
    sorting the text would put M99 after M100 and make the order of mail delivered in one second a matter of luck."""
    return [int(n) for n in re.findall(r"\d+", name)]


class MaildirSource:
    def __init__(self, root: Path, folders: tuple[str, ...] = ("INBOX",)) -> None:
        self.root = Path(root)
        self.folders = folders
        self.pending = 0

    def __enter__(self) -> MaildirSource:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def close(self) -> None:
        pass

    def _path(self, folder: str) -> Path:
        path = self.root if folder == "INBOX" else self.root / f".{folder}"
        if not (path / "cur").is_dir():
            raise SourceError(
                f"{path} is not a Maildir", fix="point the source at a folder holding cur/, new/ and tmp/"
            )
        return path

    def checkpoint_after(self, fetched: Fetched) -> dict:
        return {"kind": "maildir"}  # Maildir has no UIDs; the store's record of locations does the work

    def fetch_new(
        self, folder: str, checkpoint: dict | None, chunk: int, since: datetime | None = None
    ) -> Iterator[list[Fetched]]:
        """Every message in new/ and cur/, oldest delivery first. The delivery time is the file's mtime, as
        Maildir defines it: nothing is parsed here, so no message, however hostile, can stop the scan."""
        path = self._path(folder)
        found = []
        for sub in ("new", "cur"):
            for entry in os.scandir(path / sub):
                if entry.is_file() and not entry.name.startswith("."):
                    try:
                        key = entry.name.split(":", 1)[0]
                        found.append((entry.stat().st_mtime, _natural(key), key, entry.path))
                    except FileNotFoundError:
                        continue  # moved by a mail client meanwhile
        found.sort()
        self.pending = len(found)
        batch: list[Fetched] = []
        for delivered, _, key, file in found:
            try:
                raw = Path(file).read_bytes()
            except FileNotFoundError:
                continue
            batch.append(Fetched(folder, 0, key, raw, datetime.fromtimestamp(delivered, UTC)))
            if len(batch) >= chunk:
                yield batch
                batch = []
        if batch:
            yield batch

    def fetch_uids(
        self, folder: str, uids: list[str], chunk: int, since: datetime | None = None
    ) -> Iterator[list[Fetched]]:
        wanted = set(uids)
        for batch in self.fetch_new(folder, None, chunk):
            kept = [f for f in batch if f.uid in wanted]
            if kept:
                yield kept
