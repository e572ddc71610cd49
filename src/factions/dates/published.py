"""Reading an article's publication date."""

from __future__ import annotations

import datetime
import email.utils
import functools
import re

from .arith import safe_date
from .patterns import compile_pattern, day_number, month_number
from .values import Published

PublishedLike = Published | datetime.date | str | None

_YEAR = re.compile(r"(\d{4})")
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
# Written dates a feed may carry: "6 April 2019", "Saturday, April 6, 2019", "April 2019".
_WRITTEN_DAY = (
    compile_pattern(r"(?:%WEEKDAY%,?\s+)?(?:the\s+)?(?P<day>%DAY%)\s+(?:of\s+)?(?P<mon>%MONTH%),?"
                    r"\s+(?P<year>%YEAR%)"),
    compile_pattern(r"(?:%WEEKDAY%,?\s+)?(?P<mon>%MONTH%)\s+(?P<day>%DAY%),?\s+(?P<year>%YEAR%)"),
)
_WRITTEN_MONTH = compile_pattern(r"(?P<mon>%MONTH%)(?:\s+of)?,?\s+(?P<year>%YEAR%)")


def _iso(text: str) -> Published | None:
    if _YEAR.fullmatch(text):
        return Published(int(text), precision="year") if int(text) >= 1 else None
    match = _YEAR_MONTH.fullmatch(text)
    if match:
        year, month = int(match[1]), int(match[2])
        return Published(year, month, precision="month") if 1 <= month <= 12 and year else None
    try:
        return Published.of(datetime.date.fromisoformat(text))
    except ValueError:
        pass
    try:
        # The date as written, in the article's own time zone: that is the day its "yesterday"
        # counts from.
        return Published.of(datetime.datetime.fromisoformat(text).date())
    except ValueError:
        return None


def _rfc2822(text: str) -> Published | None:
    try:
        return Published.of(email.utils.parsedate_to_datetime(text).date())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _written(text: str) -> Published | None:
    for pattern in _WRITTEN_DAY:
        match = pattern.fullmatch(text)
        if match:
            day = safe_date(int(match["year"]), month_number(match["mon"]),
                            day_number(match["day"]))
            return None if day is None else Published.of(day)
    match = _WRITTEN_MONTH.fullmatch(text)
    if match:
        return Published(int(match["year"]), month_number(match["mon"]), precision="month")
    return None


@functools.lru_cache(maxsize=4096)
def _parse_text(text: str) -> Published | None:
    return _iso(text) or _rfc2822(text) or _written(text)


def parse_published(value: PublishedLike) -> Published | None:
    """Read a publication date; None when there is none (None or an empty string).

    Accepts ISO 8601 dates and datetimes (with or without a time zone; the date is taken as
    written, in the article's time zone), ``YYYY-MM`` (month precision) and ``YYYY`` (year
    precision), RFC 2822 dates from feeds ("Sat, 06 Apr 2019 10:00:00 +0000"), written dates
    ("6 April 2019", "April 6, 2019", "April 2019"), and ``date`` / ``datetime`` objects.

    The result is a ``Published``: a ``datetime.date`` (the first day of the month or year when
    coarser) with a ``precision`` of "day", "month" or "year".

    Raises ``ValueError`` naming the value when it is not a date.
    """
    if value is None:
        return None
    if isinstance(value, Published):
        return value
    if isinstance(value, datetime.datetime):
        return Published.of(value.date())
    if isinstance(value, datetime.date):
        return Published.of(value)
    if not isinstance(value, str):
        raise ValueError(f"malformed publication date: {value!r} is not a string or a date")
    text = value.strip()
    if not text:
        return None
    result = _parse_text(text)
    if result is None:
        raise ValueError(f"malformed publication date: {value!r}")
    return result

