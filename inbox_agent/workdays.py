"""Working days in England: weekends and the bank holidays of England and Wales do not count.

The Local Government and Social Care Ombudsman's Complaint Handling Code counts its timescales
in working days; so do the case clocks. Dates are local (Europe/London) calendar dates.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import holidays

LONDON = ZoneInfo("Europe/London")


class WorkingDays:
    def __init__(self) -> None:
        self._holidays = holidays.country_holidays("GB", subdiv="ENG")

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self._holidays

    def add(self, start: date, count: int) -> date:
        """The count-th working day after start: a message received on a Friday is due 5 working days on,
        the next Friday; received on Christmas Eve 2026, it is due on 5 January 2027."""
        day = start
        remaining = count
        while remaining > 0:
            day += timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def between(self, start: date, end: date) -> int:
        """Working days after start, up to and including end (0 when end is not after start)."""
        count = 0
        day = start
        while day < end:
            day += timedelta(days=1)
            count += self.is_working_day(day)
        return count


def local_date(value: str | datetime) -> date:
    when = datetime.fromisoformat(value) if isinstance(value, str) else value
    return when.astimezone(LONDON).date()
