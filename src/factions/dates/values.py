"""The value types of the date module: ``DateValue``, ``DateMention`` and ``Published``."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, Literal

Precision = Literal["day", "week", "month", "year", "unknown"]
PublishedPrecision = Literal["day", "month", "year"]
MentionKind = Literal["point", "span"]

PRECISIONS: tuple[Precision, ...] = ("day", "week", "month", "year", "unknown")

# How long the ``value`` string is at each precision (week values are the ISO date of a Monday).
_VALUE_LENGTHS: dict[str, int] = {"day": 10, "week": 10, "month": 7, "year": 4}


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date.

    ``value`` is ``YYYY-MM-DD`` (day, and week: the Monday that starts the week), ``YYYY-MM``
    (month) or ``YYYY`` (year); ``None`` with precision ``"unknown"``. Spans ("since 2014",
    "for two decades", "in the 1990s", "mid-2019") also carry ``start`` and ``end`` as ISO strings
    of any of those lengths; ``value`` is then the start at the span's precision.
    """

    value: str | None
    precision: Precision
    start: str | None = None
    end: str | None = None

    def __post_init__(self) -> None:
        if self.precision not in PRECISIONS:
            raise ValueError(f"unknown date precision: {self.precision!r}")
        if self.precision == "unknown":
            if self.value is not None:
                raise ValueError(f"a date of unknown precision has no value: {self.value!r}")
        elif self.value is None or len(self.value) != _VALUE_LENGTHS[self.precision]:
            raise ValueError(f"{self.value!r} is not a {self.precision}-precision value")

    @property
    def known(self) -> bool:
        return self.value is not None

    @property
    def is_span(self) -> bool:
        return self.start is not None or self.end is not None

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "precision": self.precision,
                "start": self.start, "end": self.end}


UNKNOWN = DateValue(None, "unknown")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in a text: ``text[start:end]`` resolved to ``value``.

    ``kind`` is ``"span"`` for expressions that name a stretch of time (since/for/over the past,
    decades, ranges, early/mid/late, weekends, seasons) and ``"point"`` otherwise.
    """

    start: int
    end: int
    text: str
    value: DateValue
    kind: MentionKind = "point"
    # What the expression is, for readers that weigh mentions: "duration" ("for 15 years", "for
    # the past week": how long, not when, unlike "over the past week"), "attributive" (a year
    # before a noun: "a 2018 deal", or a day's vote: "Saturday's vote"), "placed" (the same
    # after a preposition of time: "in a 2021 coup"), "" otherwise.
    form: str = field(default="", compare=False)
    # The value read the other way when the expression does not say which way it points ("on
    # Tuesday", "in August", "April 4"): the next one when resolved into the past, and so on.
    other_way: DateValue | None = field(default=None, compare=False)

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                **self.value.as_dict()}


class Published(datetime.date):
    """A publication date that remembers how precise it was.

    It *is* a ``datetime.date`` (the first day of the month or year for coarse dates), so it
    compares, hashes and formats like one; ``precision`` is ``"day"``, ``"month"`` or ``"year"``.
    Equality ignores the precision, like any ``date``. Arithmetic on it gives back a day-precision
    ``Published``; use ``first`` / ``last`` for the range a coarse date covers.
    """

    __slots__ = ("_precision",)
    _precision: PublishedPrecision

    def __new__(cls, year: int, month: int = 1, day: int = 1,
                precision: PublishedPrecision = "day") -> Published:
        if precision not in ("day", "month", "year"):
            raise ValueError(f"unknown publication precision: {precision!r}")
        if (precision != "day" and day != 1) or (precision == "year" and month != 1):
            raise ValueError(f"a {precision}-precision date starts its {precision}")
        self = super().__new__(cls, year, month, day)
        object.__setattr__(self, "_precision", precision)
        return self

    @property
    def precision(self) -> PublishedPrecision:
        """"day", "month" or "year"."""
        return self._precision

    @classmethod
    def of(cls, value: datetime.date, precision: PublishedPrecision = "day") -> Published:
        """The publication date for a ``date`` (or the date part of a ``datetime``)."""
        return cls(value.year, value.month, value.day, precision)

    @property
    def first(self) -> datetime.date:
        """The earliest day the article may have appeared on."""
        return datetime.date(self.year, self.month, self.day)

    @property
    def last(self) -> datetime.date:
        """The latest day the article may have appeared on."""
        if self.precision == "year":
            return datetime.date(self.year, 12, 31)
        if self.precision == "month":
            following = datetime.date(self.year + self.month // 12, self.month % 12 + 1, 1)
            return following - datetime.timedelta(days=1)
        return self.first

    @property
    def iso(self) -> str:
        """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` according to the precision."""
        return self.first.isoformat()[: _VALUE_LENGTHS[self.precision]]

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Published is immutable (cannot set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Published is immutable (cannot delete {name!r})")

    def __repr__(self) -> str:
        return f"Published({self.year}, {self.month}, {self.day}, precision={self.precision!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Published, (self.year, self.month, self.day, self.precision))
