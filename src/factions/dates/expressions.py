"""What a date phrase means, before it is resolved, and how it resolves against an anchor.

``find.py`` turns matched text into one of these; ``evaluate`` resolves it against a publication
date. Each expression answers ``absolute()`` (what it is without a publication date: only
explicit dates know) and ``relative_to(anchor, past)`` (what it is when the article appeared on
``anchor``; ``past`` says which way to look when the words leave it open).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from .arith import (
    COARSER,
    ONE_DAY,
    add_days,
    iso,
    last_day,
    monday,
    month_iso,
    safe_date,
    shift,
    weekday_after,
    weekday_before,
    weekday_on_or_after,
    weekday_on_or_before,
    year_iso,
)
from .values import UNKNOWN, DateValue, Precision, Published
from .vocab import PART_RANGES, SEASONS

# How far (in years, or months for days of the month) we look for a partial date's occurrence.
_SEARCH_YEARS = 9
_SEARCH_MONTHS = 13

# Spans up to this many days long keep day precision.
_DAY_SPAN_DAYS = 2

# The precision a span gets from the unit it counts in.
_SPAN_PRECISION: dict[str, Precision] = {
    "day": "week", "week": "week", "month": "month", "year": "year",
}


class Expr:
    """A parsed date expression. Subclasses override ``absolute`` and/or ``relative_to``."""

    def is_span(self) -> bool:
        """Whether the expression names a stretch of time rather than a point."""
        return False

    def absolute(self) -> DateValue:
        """The value without a publication date: unknown unless the text says it all."""
        return UNKNOWN

    def relative_to(self, anchor: datetime.date, past: bool) -> DateValue:
        return self.absolute()


def evaluate(expr: Expr, published: Published | None, past: bool = True) -> DateValue:
    """Resolve ``expr`` against a publication date (None: only explicit dates resolve).

    A month- or year-precision publication date is a range of days: the expression is resolved
    against its first and last day and the result keeps only what both agree on.
    """
    if published is None:
        return _safely(expr, None, past)
    if published.precision == "day":
        return _safely(expr, published.first, past)
    return merge(_safely(expr, published.first, past), _safely(expr, published.last, past))


def _safely(expr: Expr, anchor: datetime.date | None, past: bool) -> DateValue:
    """Resolve, giving unknown for dates outside what ``datetime.date`` can hold (years 1-9999)."""
    try:
        return expr.absolute() if anchor is None else expr.relative_to(anchor, past)
    except (ValueError, OverflowError):
        return UNKNOWN


def _common(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return None
    if a == b:
        return a
    for size in (7, 4):
        if len(a) >= size and len(b) >= size and a[:size] == b[:size]:
            return a[:size]
    return None


_PRECISION_OF_LENGTH: dict[int, Precision] = {7: "month", 4: "year"}


def merge(a: DateValue, b: DateValue) -> DateValue:
    """What two resolutions agree on: the longest common ISO prefix (day, month or year)."""
    if a == b:
        return a
    if a.value == b.value and a.precision == b.precision:
        value, precision = a.value, a.precision
    else:
        value = _common(a.value, b.value)
        if value is None:
            return UNKNOWN
        precision = _PRECISION_OF_LENGTH[len(value)]
    return DateValue(value, precision, _common(a.start, b.start), _common(a.end, b.end))


def _part_of_month(year: int, month: int, part: str) -> DateValue:
    first, last = PART_RANGES["month"][part]
    last = min(last, last_day(year, month))
    return DateValue(month_iso(year, month), "month",
                     datetime.date(year, month, first).isoformat(),
                     datetime.date(year, month, last).isoformat())


def _part_of_year(year: int, part: str) -> DateValue:
    first, last = PART_RANGES["year"][part]
    return DateValue(year_iso(year), "year", month_iso(year, first), month_iso(year, last))


def _month_value(year: int, month: int, part: str | None) -> DateValue:
    if part is not None:
        return _part_of_month(year, month, part)
    return DateValue(month_iso(year, month), "month")


def _year_value(year: int, part: str | None) -> DateValue:
    if part is not None:
        return _part_of_year(year, part)
    return DateValue(year_iso(year), "year")


def _span_start(value: DateValue) -> str | None:
    return value.start if value.start is not None else value.value


@dataclass(frozen=True, slots=True)
class Explicit(Expr):
    """A date whose year is written: "4 April 2019", "April 2019", "in 2011", "early 2020"."""

    year: int
    month: int | None = None
    day: int | None = None
    part: str | None = None

    def is_span(self) -> bool:
        return bool(self.part)

    def absolute(self) -> DateValue:
        if self.month is None:
            return _year_value(self.year, self.part)
        if self.day is None:
            return _month_value(self.year, self.month, self.part)
        return DateValue(datetime.date(self.year, self.month, self.day).isoformat(), "day")


@dataclass(frozen=True, slots=True)
class AttributiveYear(Explicit):
    """A year before the noun it dates: "a 2018 de-escalation agreement", "in a 2021 coup"
    (``placed``: after a preposition of time, which may date its clause's verb too)."""

    placed: bool = False


@dataclass(frozen=True, slots=True)
class MonthDay(Expr):
    """A day of a month without a year: "April 4", "the 4th of April"."""

    month: int
    day: int

    def relative_to(self, anchor: datetime.date, past: bool) -> DateValue:
        step = -1 if past else 1
        for offset in range(_SEARCH_YEARS):
            found = safe_date(anchor.year + step * offset, self.month, self.day)
            if found is not None and (found <= anchor if past else found >= anchor):
                return DateValue(found.isoformat(), "day")
        return UNKNOWN


@dataclass(frozen=True, slots=True)
class InYear(Expr):
    """A month (and day) in a year counted from publication: "March last year" (-1)."""

    years: int
    month: int
    day: int | None = None

    def relative_to(self, anchor: datetime.date, past: bool) -> DateValue:
        year = anchor.year + self.years
        if self.day is None:
            return DateValue(month_iso(year, self.month), "month")
        found = safe_date(year, self.month, self.day)
        return UNKNOWN if found is None else DateValue(found.isoformat(), "day")


@dataclass(frozen=True, slots=True)
class DayRange(Expr):
    """A run of days in one month: "April 14-16" (the first day resolved as ``inner``)."""

    inner: Expr
    days: int

    def is_span(self) -> bool:
        return True

    def _span(self, first: DateValue) -> DateValue:
        if first.value is None:
            return UNKNOWN
        last = add_days(datetime.date.fromisoformat(first.value), self.days)
        return DateValue(first.value, "day", first.value, last.isoformat())

    def absolute(self) -> DateValue:
        return self._span(self.inner.absolute())

    def relative_to(self, anchor: datetime.date, past: bool) -> DateValue:
        return self._span(self.inner.relative_to(anchor, past))


@dataclass(frozen=True, slots=True)
class DayOfMonth(Expr):
    """A day of the month alone: "on the 5th"."""

    day: int

    def relative_to(self, anchor: datetime.date, past: bool) -> DateValue:
        step = -1 if past else 1
        index = anchor.year * 12 + anchor.month - 1
        for offset in range(_SEARCH_MONTHS):
            year, month = divmod(index + step * offset, 12)
            found = safe_date(year, month + 1, self.day)
            if found is not None and (found <= anchor if past else found >= anchor):
                return DateValue(found.isoformat(), "day")
        return UNKNOWN


@dataclass(frozen=True, slots=True)
class MonthOnly(Expr):
    """A month without a year: "in April", "last March", "mid-April", "the end of March".

    With no modifier the year is the latest one whose (part of the) month starts on or before
    the anchor when ``past``, else the earliest whose (part of the) month ends on or after it.
    "last" is the latest such month before the anchor's month, "next" the earliest after it,
    "this" the one in the anchor's year.
    """

    month: int
    modifier: str | None = None
    part: str | None = None

    def is_span(self) -> bool:
        return bool(self.part)

    def relative_to(self, anchor: datetime.date, past: bool) -> DateValue:
        year = anchor.year
        if self.modifier == "last":
            year -= self.month >= anchor.month
        elif self.modifier == "next":
            year += self.month <= anchor.month
        elif self.modifier != "this":
            first, last = PART_RANGES["month"][self.part] if self.part else (1, 31)
            if past:
                if (self.month, first) > (anchor.month, anchor.day):
                    year -= 1
            elif (self.month, last) < (anchor.month, anchor.day):
                year += 1
        return _month_value(year, self.month, self.part)


@dataclass(frozen=True, slots=True)
class AttributiveMonth(MonthOnly):
    """A month before the noun it dates: "the December framework deal"."""


@dataclass(frozen=True, slots=True)
class Weekday(Expr):
    """A weekday: "on Sunday", "last Sunday", "next Sunday", "Saturday night".

    Bare: the latest on or before the anchor when ``past``, else the first after it. "last" /
    "this past": the latest strictly before; "next": the first strictly after; "this": on or before
    when ``past``, else on or after. ``offset`` moves the result ("overnight into Sunday": -1).
    ``week`` names its week ("on Tuesday last week", "Monday of next week").
    """

    weekday: int
    modifier: str | None = None
    offset: int = 0
    # the week it is in, counted from the anchor's ("on Tuesday last week": -1), or None
    week: int | None = None

    def relative_to(self, anchor: datetime.date, past: bool) -> DateValue:
        if self.week is not None:
            found = add_days(monday(anchor), 7 * self.week + self.weekday)
            return DateValue(add_days(found, self.offset).isoformat(), "day")
        if self.modifier == "last":
            found = weekday_before(anchor, self.weekday)
        elif self.modifier == "next":
            found = weekday_after(anchor, self.weekday)
        elif self.modifier == "this":
            found = (weekday_on_or_before(anchor, self.weekday) if past
                     else weekday_on_or_after(anchor, self.weekday))
        else:
            found = (weekday_on_or_before(anchor, self.weekday) if past
                     else weekday_after(anchor, self.weekday))
        return DateValue(add_days(found, self.offset).isoformat(), "day")


@dataclass(frozen=True, slots=True)
class DayOffset(Expr):
    """A day counted from publication: "today" (0), "yesterday" (-1), "tomorrow" (+1)."""

    days: int

    def relative_to(self, anchor: datetime.date, past: bool) -> DateValue:
        return DateValue(add_days(anchor, self.days).isoformat(), "day")


@dataclass(frozen=True, slots=True)
class DaysAfter(Expr):
    """A day counted from a day the article told just before: "signed a memorandum on Jan. 1
    ... met the next day" (+1), "a day later" (+1), "the previous day" (-1)."""

    inner: Expr
    days: int

    def _moved(self, first: DateValue) -> DateValue:
        if first.value is None or first.precision != "day":
            return UNKNOWN
        return DateValue(add_days(datetime.date.fromisoformat(first.value), self.days).isoformat(),
                         "day")

    def absolute(self) -> DateValue:
        return self._moved(self.inner.absolute())

    def relative_to(self, anchor: datetime.date, past: bool) -> DateValue:
        return self._moved(self.inner.relative_to(anchor, past))


@dataclass(frozen=True, slots=True)
class Overnight(Expr):
    """"overnight": the night before publication when ``past`` (dated the day it began), else
    the night after (dated the publication day)."""

    def relative_to(self, anchor: datetime.date, past: bool) -> DateValue:
        return DateValue(add_days(anchor, -1 if past else 0).isoformat(), "day")


@dataclass(frozen=True, slots=True)
class Shift(Expr):
    """A calendar unit counted from publication: "last week" (week, -1), "this year" (year, 0),
    "three weeks ago" (week, -3), "next month" (month, +1).

    The result has the unit's precision; a vague count ("a few days ago") makes it one step
    coarser (day -> week -> month -> year -> unknown). ``part`` applies early/mid/late to a month
    or a year ("late last year").
    """

    unit: str
    count: int
    vague: bool = False
    part: str | None = None

    def is_span(self) -> bool:
        return bool(self.part and self.unit in ("month", "year"))

    def relative_to(self, anchor: datetime.date, past: bool) -> DateValue:
        target = shift(anchor, self.unit, self.count)
        precision: Precision = self.unit  # type: ignore[assignment]
        if self.vague:
            precision = COARSER[precision]
        if precision == "unknown":
            return UNKNOWN
        if self.part and precision == "month":
            return _part_of_month(target.year, target.month, self.part)
        if self.part and precision == "year":
            return _part_of_year(target.year, self.part)
        return DateValue(iso(target, precision), precision)


@dataclass(frozen=True, slots=True)
class Weekend(Expr):
    """A weekend: value is its week (Monday), start its Saturday, end its Sunday (never after
    the anchor when the weekend has started by then and ``past``)."""

    modifier: str | None = None
    def is_span(self) -> bool:
        return True

    def relative_to(self, anchor: datetime.date, past: bool) -> DateValue:
        if self.modifier == "last":
            saturday = weekday_on_or_before(anchor, 5)
            if saturday + ONE_DAY >= anchor:
                saturday = add_days(saturday, -7)
        elif self.modifier == "next":
            saturday = weekday_after(anchor, 5)
        elif past:
            saturday = weekday_on_or_before(anchor, 5)
        else:
            saturday = weekday_on_or_before(anchor, 5)
            if saturday + ONE_DAY < anchor:
                saturday = add_days(saturday, 7)
        sunday = saturday + ONE_DAY
        if past and saturday <= anchor < sunday:
            sunday = anchor
        return DateValue(iso(saturday, "week"), "week", saturday.isoformat(), sunday.isoformat())


@dataclass(frozen=True, slots=True)
class Decade(Expr):
    """A decade: "the 1990s" (1990-1999), "the late 1990s" (1997-1999)."""

    first_year: int
    part: str | None = None
    def is_span(self) -> bool:
        return True

    def absolute(self) -> DateValue:
        first, last = PART_RANGES["decade"][self.part] if self.part else (0, 9)
        start = self.first_year + first
        return DateValue(year_iso(start), "year", year_iso(start),
                         year_iso(self.first_year + last))


@dataclass(frozen=True, slots=True)
class YearRange(Expr):
    """Two years: "between 2011 and 2014", "2011-14"."""

    first: int
    last: int
    def is_span(self) -> bool:
        return True

    def absolute(self) -> DateValue:
        return DateValue(year_iso(self.first), "year", year_iso(self.first), year_iso(self.last))


@dataclass(frozen=True, slots=True)
class Season(Expr):
    """A season: "the summer of 2018", "last summer", "in the spring". Year precision, with the
    season's months as start and end."""

    season: str
    year: int | None = None
    modifier: str | None = None
    def is_span(self) -> bool:
        return True

    def _value(self, year: int) -> DateValue:
        first, last = SEASONS[self.season]
        return DateValue(year_iso(year), "year", month_iso(year, first), month_iso(year, last))

    def absolute(self) -> DateValue:
        return UNKNOWN if self.year is None else self._value(self.year)

    def relative_to(self, anchor: datetime.date, past: bool) -> DateValue:
        if self.year is not None:
            return self._value(self.year)
        first, last = SEASONS[self.season]
        year = anchor.year
        if self.modifier == "last":
            year -= last >= anchor.month
        elif self.modifier == "next":
            year += first <= anchor.month
        elif self.modifier != "this":
            if past:
                year -= first > anchor.month
            else:
                year += last < anchor.month
        return self._value(year)


@dataclass(frozen=True, slots=True)
class Since(Expr):
    """"since X": from X (resolved looking back) to the publication date."""

    inner: Expr
    def is_span(self) -> bool:
        return True

    @staticmethod
    def _span(inner: DateValue, end: str | None) -> DateValue:
        if inner.value is None:
            return UNKNOWN
        return DateValue(inner.value, inner.precision, _span_start(inner), end)

    def absolute(self) -> DateValue:
        return self._span(self.inner.absolute(), None)

    def relative_to(self, anchor: datetime.date, past: bool) -> DateValue:
        return self._span(self.inner.relative_to(anchor, True), anchor.isoformat())


@dataclass(frozen=True, slots=True)
class Duration(Expr):
    """A stretch that ends at publication: "for two decades", "over the past week",
    "in recent days" (a vague count is taken as 3).

    start = anchor - count units; end = anchor. Spans of a day or two ("in the past 24 hours")
    have day precision and are valued at their start. Other spans counted in days or weeks have
    week precision and are valued at the week that holds their middle day; longer ones are valued
    at their start (months: month precision; years and decades: year precision).
    """

    unit: str
    count: int
    vague: bool = False

    def is_span(self) -> bool:
        return True

    def relative_to(self, anchor: datetime.date, past: bool) -> DateValue:
        start = shift(anchor, self.unit, -self.count)
        precision = _SPAN_PRECISION[self.unit]
        if self.unit == "day" and self.count <= _DAY_SPAN_DAYS:
            return DateValue(start.isoformat(), "day", start.isoformat(), anchor.isoformat())
        if precision == "week":
            middle = start + (anchor - start) // 2
            return DateValue(iso(middle, "week"), "week", start.isoformat(), anchor.isoformat())
        return DateValue(iso(start, precision), precision, iso(start, precision),
                         anchor.isoformat())
