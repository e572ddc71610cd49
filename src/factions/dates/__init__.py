"""Dates: find date expressions in news text and resolve them against the publication date.

See ``docs/dates.md``. The public API::

    parse_published(value) -> Published | None      # a datetime.date with .precision
    find_dates(text, published, *, start=0, end=None, past=True) -> list[DateMention]
    resolve(expression, published, *, past=True) -> DateValue
"""

from .find import find_dates
from .published import PublishedLike, parse_published
from .resolve import resolve
from .values import UNKNOWN, DateMention, DateValue, MentionKind, Precision, Published

__all__ = [
    "UNKNOWN",
    "DateMention",
    "DateValue",
    "MentionKind",
    "Precision",
    "Published",
    "PublishedLike",
    "find_dates",
    "parse_published",
    "resolve",
]
