"""Working days in England: weekends and the bank holidays of England and Wales do not count.

The council's own timescales (acknowledge, reply, review) are counted in working days, as complaint
handling good practice does. Dates are local (Europe/London) calendar dates.
"""

from __future__ import annotations

import bisect
import calendar
from datetime import date, datetime, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

import holidays

LONDON = ZoneInfo("Europe/London")  # the one place the council's time zone is named
Day = TypeVar("Day", date, datetime)


UK_NATIONS = ("ENG", "NIR", "SCT", "WLS")


class WorkingDays:
    def __init__(self, nations: tuple[str, ...] = ("ENG",)) -> None:
        """England's bank holidays by default; the Freedom of Information Act skips those of every UK nation."""
        self._calendar = holidays.country_holidays("GB", subdiv=nations[0])
        for nation in nations[1:]:
            self._calendar += holidays.country_holidays("GB", subdiv=nation)
        self._years: set[int] = set()
        self._weekday_holidays: list[date] = []  # sorted; only those that fall Monday to Friday
        self._holidays: set[date] = set()
        self._added: dict[tuple[date, int], date] = {}

    def _load(self, *years: int) -> None:
        for year in set(years) - self._years:
            self._calendar.get(date(year, 1, 1))  # makes the library compute that year
            self._years.add(year)
            self._holidays = set(self._calendar)
            self._weekday_holidays = sorted(d for d in self._holidays if d.weekday() < 5)

    def is_working_day(self, day: date) -> bool:
        if day.year not in self._years:
            self._load(day.year)
        return day.weekday() < 5 and day not in self._holidays

    def add(self, start: date, count: int) -> date:
        """The count-th working day after start: a message received on a Friday is due 5 working days on,
        the next Friday; received on Christmas Eve 2026, it is due on 5 January 2027. Remembered: the digest asks
        this of every open case, and thousands of cases share a few hundred dates."""
        key = (start, count)
        if key not in self._added:
            self._added[key] = self._count_on(start, count)
        return self._added[key]

    def _count_on(self, start: date, count: int) -> date:
        day = start
        remaining = count
        while remaining > 0:
            day += timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def between(self, start: date, end: date) -> int:
        """Working days after start, up to and including end (0 when end is not after start).
        Counted by arithmetic, not day by day: the digest asks this of every open case."""
        if end <= start:
            return 0
        self._load(*range(start.year, end.year + 1))
        weekdays = _weekdays_upto(end) - _weekdays_upto(start)
        return weekdays - (
            bisect.bisect_right(self._weekday_holidays, end) - bisect.bisect_right(self._weekday_holidays, start)
        )


def add_months(when: Day, months: int) -> Day:
    """The same date `months` later (or earlier, if negative), or that month's last day if it has no such date:
    31 January plus one month is 28 February. A datetime keeps its time and time zone."""
    month0 = when.month - 1 + months
    year, month = when.year + month0 // 12, month0 % 12 + 1
    return when.replace(year=year, month=month, day=min(when.day, calendar.monthrange(year, month)[1]))


def months_later(start: date, months: int, days: WorkingDays) -> date:
    """The ICO's calendar month: add_months, moved on to the next working day if it falls on a weekend or bank
    holiday. 31 January is due 28 February."""
    due = add_months(start, months)
    while not days.is_working_day(due):
        due += timedelta(days=1)
    return due


def _weekdays_upto(day: date) -> int:
    """Monday-to-Friday days from a fixed Monday up to and including day."""
    days = (day - date(2000, 1, 3)).days + 1  # 3 January 2000 was a Monday
    weeks, rest = divmod(days, 7)
    return weeks * 5 + min(rest, 5)


def local_date(value: str | datetime) -> date:
    when = datetime.fromisoformat(value) if isinstance(value, str) else value
    return when.astimezone(LONDON).date()
