"""Calendar arithmetic and ISO formatting at a precision."""

from __future__ import annotations

import datetime

from .values import Precision

ONE_DAY = datetime.timedelta(days=1)


def last_day(year: int, month: int) -> int:
    """The number of days in ``month`` of ``year``."""
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return (following - ONE_DAY).day


def safe_date(year: int, month: int, day: int) -> datetime.date | None:
    """``date(year, month, day)``, or None when there is no such day (or year out of range)."""
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def add_days(day: datetime.date, days: int) -> datetime.date:
    return day + datetime.timedelta(days=days)


def add_months(day: datetime.date, months: int) -> datetime.date:
    """Move by whole months, keeping the day of the month where it exists (else the last day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return datetime.date(year, month, min(day.day, last_day(year, month)))


def add_years(day: datetime.date, years: int) -> datetime.date:
    return add_months(day, 12 * years)


def shift(day: datetime.date, unit: str, count: int) -> datetime.date:
    """Move ``count`` (negative: back) days, weeks, months or years."""
    if unit == "day":
        return add_days(day, count)
    if unit == "week":
        return add_days(day, 7 * count)
    if unit == "month":
        return add_months(day, count)
    if unit == "year":
        return add_years(day, count)
    raise ValueError(f"unknown time unit: {unit!r}")


def monday(day: datetime.date) -> datetime.date:
    """The Monday that starts the ISO week of ``day``."""
    return day - datetime.timedelta(days=day.weekday())


def iso(day: datetime.date, precision: Precision) -> str:
    """``day`` written at ``precision`` (week: the ISO date of its Monday)."""
    if precision == "day":
        return day.isoformat()
    if precision == "week":
        return monday(day).isoformat()
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if precision == "year":
        return f"{day.year:04d}"
    raise ValueError(f"no ISO form at precision {precision!r}")


def month_iso(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def year_iso(year: int) -> str:
    return f"{year:04d}"


COARSER: dict[Precision, Precision] = {
    "day": "week", "week": "month", "month": "year", "year": "unknown", "unknown": "unknown",
}


def weekday_on_or_before(day: datetime.date, weekday: int) -> datetime.date:
    return day - datetime.timedelta(days=(day.weekday() - weekday) % 7)


def weekday_before(day: datetime.date, weekday: int) -> datetime.date:
    return day - datetime.timedelta(days=(day.weekday() - weekday - 1) % 7 + 1)


def weekday_on_or_after(day: datetime.date, weekday: int) -> datetime.date:
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def weekday_after(day: datetime.date, weekday: int) -> datetime.date:
    return day + datetime.timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)
