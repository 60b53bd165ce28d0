"""The agent's health, kept in DATA_DIR/health.json beside the store (not in it: the store may be
what is failing). The digest reports it; `status` and monitoring read it."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from inbox_agent.errors import StoreError
from inbox_agent.store.database import write_durably

HEALTH_FILE = "health.json"
KEEP_ERRORS = 100


def read_health(data_dir: Path) -> dict[str, Any]:
    try:
        return json.loads((Path(data_dir) / HEALTH_FILE).read_text())
    except (FileNotFoundError, ValueError):
        return {}


def _write(data_dir: Path, health: dict[str, Any]) -> None:
    try:
        write_durably(Path(data_dir) / HEALTH_FILE, json.dumps(health, indent=1, sort_keys=True).encode())
    except StoreError:
        pass  # health is advice; failing to write it must never stop the work it describes


def record(
    data_dir: Path, now: datetime, *, ok: str | None = None, error: str | None = None, **fields: Any
) -> dict[str, Any]:
    """Note a success (`ok` names what worked, e.g. "poll") or an error, and any other fields."""
    health = read_health(data_dir)
    if ok:
        health[f"last_{ok}_ok"] = now.isoformat()
    if error:
        health["last_error"] = {"at": now.isoformat(), "what": error[:500]}
        health["errors"] = [*health.get("errors", []), {"at": now.isoformat(), "what": error[:500]}][-KEEP_ERRORS:]
    health.update(fields)
    _write(data_dir, health)
    return health


def poll_outcome(data_dir: Path, now: datetime, error: str | None = None) -> dict[str, Any]:
    """Note how a poll ended. `failing_since` is the first failure after the last success: the clock for telling
    the Clerk that polling is stuck (Agent._tell_when_stuck)."""
    if error is None:
        return record(data_dir, now, ok="poll", last_poll_failed=None, failing_since=None)
    since = read_health(data_dir).get("failing_since") or now.isoformat()
    return record(data_dir, now, error=f"poll: {error}", last_poll_failed=now.isoformat(), failing_since=since)


def assess(health: dict[str, Any], now: datetime, poll_seconds: int) -> tuple[bool, str]:
    """Healthy while the last poll succeeded, and did so within three poll intervals (and at least two minutes)."""
    last_ok = health.get("last_poll_ok")
    failed = health.get("last_poll_failed")
    if failed and (not last_ok or failed >= last_ok):
        since = datetime.fromisoformat(health.get("failing_since") or failed)
        what = (health.get("last_error") or {}).get("what", "")
        return False, f"polling has failed for {int((now - since).total_seconds() // 60)} minutes: {what}"
    if not last_ok and health.get("demo"):
        # `run.py demo` writes a store from fictional mail: a successful run, but no real mailbox was read.
        return True, f"the demo ran on {health['demo']}; no real mailbox has been polled (run.py poll --once does)"
    if not last_ok:
        return False, "no poll has succeeded yet"
    allowed = max(3 * poll_seconds, 120)
    age = (now - datetime.fromisoformat(last_ok)).total_seconds()
    if age > allowed:
        return False, f"no successful poll for {int(age // 60)} minutes (allowed: {allowed // 60} minutes)"
    return True, "healthy"
