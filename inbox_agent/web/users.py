"""The case board's accounts: DATA_DIR/users.json, argon2id hashes only, readable by the agent's user alone.

There are no default accounts. A name is what the case history records as `by`, so it is kept short and plain.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from inbox_agent.errors import AgentError, StoreError
from inbox_agent.store.database import write_durably

USERS_FILE = "users.json"
MIN_PASSWORD = 10
_NAME = re.compile(r"[a-z][a-z0-9._-]{0,31}")
_HASHER = PasswordHasher()  # argon2id with the library's RFC 9106 low-memory profile
_DUMMY = _HASHER.hash("a password nobody has")  # verified against for unknown names, so timing does not tell


class UserError(AgentError):
    """A bad name or password, or no accounts at all."""


@dataclass(frozen=True)
class User:
    name: str
    created: str


def _path(data_dir: Path) -> Path:
    return Path(data_dir) / USERS_FILE


def _read(data_dir: Path) -> dict[str, dict[str, str]]:
    try:
        return json.loads(_path(data_dir).read_text())
    except FileNotFoundError:
        return {}
    except ValueError:
        raise StoreError(
            f"{_path(data_dir)} is not valid JSON", fix="restore it from a backup, or remove it and add the users again"
        ) from None


def check_name(name: str) -> str:
    if not _NAME.fullmatch(name or ""):
        raise UserError(
            f"{name!r} is not a usable account name",
            fix="use 1 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter, "
            "e.g. marianne",
        )
    return name


def add_user(data_dir: Path, name: str, password: str, now: datetime) -> User:
    """Add an account, or set a new password for an existing one."""
    check_name(name)
    if len(password) < MIN_PASSWORD:
        raise UserError(
            f"the password is shorter than {MIN_PASSWORD} characters",
            fix="choose a longer one; a short sentence is easy to remember",
        )
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    users = _read(data_dir)
    users[name] = {"hash": _HASHER.hash(password), "created": users.get(name, {}).get("created", now.isoformat())}
    write_durably(_path(data_dir), (json.dumps(users, indent=1, sort_keys=True) + "\n").encode())
    os.chmod(_path(data_dir), 0o600)
    return User(name, users[name]["created"])


def remove_user(data_dir: Path, name: str) -> None:
    users = _read(data_dir)
    if name not in users:
        raise UserError(f"there is no account {name!r}", fix="see 'python run.py users list'")
    del users[name]
    write_durably(_path(data_dir), (json.dumps(users, indent=1, sort_keys=True) + "\n").encode())


def list_users(data_dir: Path) -> list[User]:
    return [User(name, doc["created"]) for name, doc in sorted(_read(data_dir).items())]


def exists(data_dir: Path, name: str) -> bool:
    return name in _read(data_dir)


def verify(data_dir: Path, name: str, password: str) -> bool:
    """True when the name has an account and the password is its own; as slow for an unknown name as a known one."""
    stored = _read(data_dir).get(name, {}).get("hash")
    try:
        return _HASHER.verify(stored or _DUMMY, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def require_users(data_dir: Path) -> None:
    if not _read(data_dir):
        raise UserError(
            "the case board has no accounts, and there are no default ones",
            fix="add one first: python run.py users add NAME (it asks for the password)",
        )
