"""Caps on our own sending, in tiers such as "1/1h,3/24h,10/7d": pure functions over send times.

A cap protects people (one reply per burst of mail, not one per message), the council's mail account
(providers suspend accounts that send too much), and everyone else (a loop or a flood stays small).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from inbox_agent.errors import ConfigError

_TIER = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*([mhd])\s*$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}


@dataclass(frozen=True)
class Cap:
    count: int
    window: timedelta
    label: str  # as written, e.g. "3/24h"


NO_CAP = "none"


def parse_caps(text: str, key: str) -> tuple[Cap, ...]:
    """Tiers, or "none" for no cap at all. An empty value is refused: a line left blank by mistake (ACK_SENDER_CAPS=)
    must not silently remove the protection; turning it off is written out."""
    if text.strip().lower() == NO_CAP:
        return ()
    if not text.strip():
        raise ConfigError(
            f"{key} is empty",
            fix=f"write {key} as tiers such as 1/1h,3/24h,10/7d, or {key}={NO_CAP} for no cap "
            "(or delete the line for the default)",
        )
    caps = []
    for part in text.split(","):
        found = _TIER.match(part)
        if not found or int(found.group(1)) < 1 or int(found.group(2)) < 1:
            raise ConfigError(
                f"{key}: {part.strip()!r} is not a cap",
                fix=f"write {key} as tiers such as 1/1h,3/24h,10/7d (m, h or d), or {key}={NO_CAP} for no cap",
            )
        amount = int(found.group(2))
        caps.append(Cap(int(found.group(1)), timedelta(**{_UNITS[found.group(3)]: amount}), part.strip()))
    return tuple(caps)


def cap_key(address: str) -> str:
    """The address as the caps count it: case-folded, with a +tag folded away (victim+1@ and Victim+2@ are one
    person). The address itself is already the one the envelope uses (normalise.envelope_address)."""
    local, at, domain = address.strip().rpartition("@")
    if not at:
        return address.strip().casefold()
    return f"{local.split('+', 1)[0] or local}@{domain}".casefold()


def exceeded(sorted_times: Sequence[str], caps: tuple[Cap, ...], now: datetime) -> Cap | None:
    """The first cap that one more message would break. Times are ISO strings in UTC, sorted."""
    for cap in caps:
        since = (now - cap.window).isoformat()
        if len(sorted_times) - bisect.bisect_right(sorted_times, since) >= cap.count:
            return cap
    return None
