"""Resolve one date phrase."""

from __future__ import annotations

import re

from . import patterns as P
from .expressions import DayOfMonth, Explicit, Expr, MonthOnly, Season, evaluate
from .find import parse_expressions
from .published import PublishedLike, parse_published
from .values import UNKNOWN, DateValue
from .vocab import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

# Names written in any case, to be title-cased before a second try ("sunday" -> "Sunday").
_ANY_CASE_NAME = re.compile(
    r"\b(?:" + "|".join(sorted({*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS}, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
# Phrases that are dates on their own only when they are the whole phrase.
_LEADING = re.compile(r"^(?:on|in|at|during|throughout|of|from)\s+", re.IGNORECASE)
_BARE_MONTH = P.compile_pattern(r"(?P<mon>%MONTH%)")
_BARE_YEAR = P.compile_pattern(r"(?P<year>%YEAR%)")
_YEAR_MONTH = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})")
_BARE_DAY = re.compile(r"(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)", re.IGNORECASE)
_BARE_SEASON = P.compile_pattern(r"(?:the\s+)?(?P<season>%SEASON%)")


def _bare(text: str) -> Expr | None:
    text = _LEADING.sub("", text)
    match = _BARE_MONTH.fullmatch(text)
    if match:
        return MonthOnly(P.month_number(match["mon"]))
    match = _BARE_YEAR.fullmatch(text)
    if match:
        return Explicit(int(match["year"]))
    match = _YEAR_MONTH.fullmatch(text)
    if match and 1 <= int(match["month"]) <= 12:
        return Explicit(int(match["year"]), int(match["month"]))
    match = _BARE_DAY.fullmatch(text)
    if match and 1 <= int(match["day"]) <= 31:
        return DayOfMonth(int(match["day"]))
    match = _BARE_SEASON.fullmatch(text)
    if match:
        return Season(match["season"].lower())
    return None


def parse_expression(expression: str) -> Expr | None:
    """The date expression a phrase holds (the longest one when it holds several), or None."""
    text = expression.strip().rstrip(".,;:!?").strip()
    titled = _ANY_CASE_NAME.sub(lambda m: m.group(0).title(), text)
    for candidate in dict.fromkeys((text, titled)):
        found = parse_expressions(candidate)
        if found:
            return max(found, key=lambda item: item[1] - item[0])[2]
    return _bare(titled)


def resolve(expression: str, published: PublishedLike, *, past: bool = True) -> DateValue:
    """Resolve a single date phrase ("on Sunday", "since 2014", "two days ago") against the
    publication date. Phrases that are no date, and relative ones without a publication date,
    give ``DateValue(None, "unknown")``. ``past`` is as for ``find_dates``.
    """
    anchor = parse_published(published)
    expr = parse_expression(expression)
    if expr is None:
        return UNKNOWN
    return evaluate(expr, anchor, past)
