"""Find date expressions in a text and resolve them against the publication date."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import patterns as P
from .arith import safe_date
from .expressions import (
    AttributiveMonth,
    AttributiveYear,
    DayOffset,
    DayOfMonth,
    DayRange,
    DaysAfter,
    Decade,
    Duration,
    Explicit,
    Expr,
    InYear,
    MonthDay,
    MonthOnly,
    Overnight,
    Season,
    Shift,
    Since,
    Weekday,
    Weekend,
    YearRange,
    evaluate,
)
from .published import PublishedLike, parse_published
from .values import DateMention
from .vocab import (
    COUNT_NOUNS,
    DAY_WORDS,
    DOCUMENT_NOUNS,
    NAMED_DAY_PREFIXES,
    NAMED_DAY_SUFFIXES,
    NUMBERS,
    OCCASION_MODIFIERS,
    OCCASION_NOUNS,
    PARTS,
    TIME_UNITS,
    VAGUE_COUNT,
    VAGUE_NUMBERS,
)

Builder = Callable[[re.Match[str], str], Expr | None]

_VAGUE = frozenset(VAGUE_NUMBERS)
# What "last", "this" and "next" do to a week, month or year, and to a weekday or a weekend.
_SHIFTS = {"last": -1, "this": 0, "next": 1, "the": 0}
_WEEKDAY_MODIFIERS = {"last": "last", "this past": "last", "this": "this", "next": "next"}
_WEEKEND_MODIFIERS = {"last": "last", "this past": "last", "next": "next"}


def _count(word: str | None) -> tuple[int, bool] | None:
    """(count, vague) for a number as matched, None when missing."""
    if word is None:
        return None
    text = P.normalize(word)
    if text.isdigit():
        return int(text), False
    if text in _VAGUE:
        return VAGUE_COUNT, True
    return NUMBERS[text], False


def _unit(word: str, count: int) -> tuple[str, int]:
    """The unit a matched unit word counts in, and how many of them ``count`` of it make."""
    name = P.normalize(word).removesuffix("s")
    if name == "hour":
        return "day", count // 24
    base, size = TIME_UNITS[name]
    return base, count * size


def _part(text: str | None) -> str | None:
    if text is None:
        return None
    words = P.normalize(text).split()
    return PARTS[words[1] if words[0] == "the" else words[0]]


def _explicit(year: str | None, month: int | None = None, day: str | None = None,
              part: str | None = None) -> Expr | None:
    if year is None:
        return None
    day_of_month = None if day is None else P.day_number(day)
    if month is not None and not 1 <= month <= 12:
        return None
    if month is not None and day_of_month is not None:
        if safe_date(int(year), month, day_of_month) is None:
            return None
    return Explicit(int(year), month, day_of_month, part)


def _iso(m: re.Match[str], text: str) -> Expr | None:
    return _explicit(m["year"], int(m["month"]), m["day"])


def _numeric(m: re.Match[str], text: str) -> Expr | None:
    a, b = int(m["a"]), int(m["b"])
    if a == b or b > 12 >= a:  # month/day (US order), or both the same
        month, day = a, b
    elif a > 12 >= b:  # day/month
        month, day = b, a
    else:  # 04/05/2019 (both orders possible: only the year is sure) or 13/13/2019 (no date)
        return Explicit(int(m["year"])) if a <= 12 and b <= 12 else None
    return _explicit(m["year"], month, str(day))


def _written(m: re.Match[str], text: str) -> Expr | None:
    month = P.month_number(m["mon"])
    day = P.day_number(m["day"])
    expr: Expr | None
    if m["year"] is not None:
        expr = _explicit(m["year"], month, str(day))
    elif safe_date(2000, month, day) is None:  # 2000 is a leap year: February 29 exists
        return None
    else:
        expr = MonthDay(month, day)
    if expr is None or m["day2"] is None:
        return expr
    last = int(m["day2"])
    if not day < last or safe_date(2000, month, last) is None:
        return None
    return DayRange(expr, last - day)


def _month_year(m: re.Match[str], text: str) -> Expr | None:
    return _explicit(m["year"], P.month_number(m["mon"]))


def _month_rel_year(m: re.Match[str], text: str) -> Expr | None:
    month = P.month_number(m["mon"])
    written = m["day"] or m["dayafter"]
    day = None if written is None else P.day_number(written)
    if day is not None and safe_date(2000, month, day) is None:
        return None
    return InYear(_SHIFTS[m["rel"].lower()], month, day)


def _part_rule(m: re.Match[str], text: str) -> Expr | None:
    part = _part(m["part"])
    if m["mon"] is not None:
        month = P.month_number(m["mon"])
        if m["year"] is not None:
            return _explicit(m["year"], month, part=part)
        return MonthOnly(month, part=part)
    if m["year2"] is not None:
        return _explicit(m["year2"], part=part)
    return Shift(m["unit"].lower(), _SHIFTS[m["rel"].lower()], part=part)


_YEAR_BEFORE = re.compile(r"\b(?:in|since|by|of|from)\s+((?:19|20)\d\d)\b(?!.*\b(?:19|20)\d\d\b)")
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")


def _years_later(m: re.Match[str], text: str) -> Expr | None:
    """"won independence in 2011 and plunged into civil war two years later", "seized Goma in
    2012 before it was defeated the following year": the year told before it in the same
    sentence, moved by the count (nothing without such a year)."""
    head = text[max(0, m.start() - 300) : m.start()]
    breaks = list(_SENTENCE_BREAK.finditer(head))
    if breaks:
        head = head[breaks[-1].end() :]
    year = _YEAR_BEFORE.search(head)
    if year is None:
        return None
    if m["rel"] is not None:
        # "the following year", "the previous year"
        return Explicit(int(year.group(1)) + (-1 if m["rel"].lower() == "previous" else 1),
                        None, None, None)
    counted = (1, False) if m["n"].lower() == "a" else _count(m["n"])
    if counted is None or counted[1]:
        return None
    sign = -1 if m["dir"].lower() == "earlier" else 1
    return Explicit(int(year.group(1)) + sign * counted[0], None, None, None)


# The days a day counted from another can start from ("on Jan. 1", "On Tuesday", "the next day").
_DAYS_AFTER = {"next": 1, "following": 1, "previous": -1}
_DATELINE_AFTER = re.compile(r"\s*\(")


def _day_after(m: re.Match[str], text: str) -> Expr | None:
    """"signed a memorandum in Addis Ababa on Jan. 1 ... Somalia's cabinet met the next day",
    "On Tuesday, warships shot down 21 drones ... A day later": the last day told in the 600
    characters before it (about two sentences; a day and month, a weekday, another counted
    day, not a dateline's), moved by the count (nothing without such a day)."""
    told: Expr | None = None
    for _start, e, expr in parse_expressions(text, max(0, m.start() - 600), m.start()):
        if _DATELINE_AFTER.match(text, e):
            continue  # "MOGADISHU, Jan 22 (Reuters) -"
        if isinstance(expr, (MonthDay, Weekday, DayOffset, DaysAfter)) or (
                isinstance(expr, Explicit) and expr.day is not None and not expr.part):
            told = expr
    if told is None:
        return None
    if m["rel"]:
        days = _DAYS_AFTER[m["rel"].lower()]
    else:
        days = NUMBERS[m["n"].lower()] * (7 if m["unit"].lower().startswith("week") else 1)
        days *= -1 if m["dir"].lower() == "earlier" else 1
    return DaysAfter(told, days)


def _earlier(m: re.Match[str], text: str) -> Expr | None:
    return Shift(m["unit"].lower(), 0)


def _decade(m: re.Match[str], text: str) -> Expr | None:
    if m["short"] is not None:
        tens = int(m["short"])
        first = (1900 if tens >= 3 else 2000) + 10 * tens
    else:
        first = int(m["century"]) * 100 + int(m["tens"]) * 10
    return Decade(first, _part(m["part"]))




def _weekday(m: re.Match[str], text: str) -> Expr | None:
    if _is_named_day(text, m.start("wd"), m.end("wd")):
        return None
    modifier = _WEEKDAY_MODIFIERS.get(P.normalize(m["mod"] or ""))
    week = None if m["week"] is None or modifier is not None else _SHIFTS[m["week"].lower()]
    return Weekday(P.weekday_number(m["wd"]), modifier, -1 if m["into"] else 0, week)


def _is_named_day(text: str, start: int, end: int) -> bool:
    """Whether the weekday at text[start:end] is part of a name ("Bloody Sunday", "Sunday
    Times")."""
    return (P.word_before(text, start) in NAMED_DAY_PREFIXES
            or P.word_after(text, end) in NAMED_DAY_SUFFIXES)


def _weekend(m: re.Match[str], text: str) -> Expr | None:
    return Weekend(_WEEKEND_MODIFIERS.get(P.normalize(m["mod"])))


def _day_word(m: re.Match[str], text: str) -> Expr | None:
    if m["overnight"] is not None:
        return Overnight()
    key = m["word"] if m["word"] is not None else m["x"]
    return DayOffset(DAY_WORDS[P.normalize(key)])


def _shift(m: re.Match[str], text: str) -> Expr | None:
    return Shift(m["unit"].lower(), _SHIFTS[m["mod"].lower()])


def _ago(m: re.Match[str], text: str) -> Expr | None:
    counted = _count(m["n"])
    plural = m["unit"].lower().endswith("s")
    if counted is None:  # "days ago", "some years ago"
        if not plural:
            return None
        counted = (VAGUE_COUNT, True)
    count, vague = counted
    unit, amount = _unit(m["unit"], count)
    return Shift(unit, -amount, vague)


# Words of a term imposed from now on, before "for two months": "ordered them held in
# pre-trial detention for two months", "a state of emergency for six months", "jailed for 18
# months" (the term to come or served, no time the act began).
_TERM_BEFORE = re.compile(
    r"\b(?:held|detained|detention|custody|jailed|imprisoned|prison|jail|remanded|sentenced|"
    r"banned|ban|suspended|suspension|curfew|emergency|extended|imposed)\b[^.;:]{0,40}$",
    re.IGNORECASE)


def _duration(m: re.Match[str], text: str) -> Expr | None:
    if m["x"].lower().startswith("for") and _TERM_BEFORE.search(text, max(0, m.start() - 60),
                                                                 m.start()):
        return None
    counted = _count(m["n"])
    if counted is None:
        counted = (VAGUE_COUNT, True) if m["unit"].lower().endswith("s") else (1, False)
    count, vague = counted
    unit, amount = _unit(m["unit"], count)
    return Duration(unit, max(amount, 1), vague)


def _recent(m: re.Match[str], text: str) -> Expr | None:
    unit, amount = _unit(m["unit"], VAGUE_COUNT)
    return Duration(unit, amount, True)


def _this_past(m: re.Match[str], text: str) -> Expr | None:
    return Duration(m["unit"].lower(), 1)


def _nth(m: re.Match[str], text: str) -> Expr | None:
    day = int(m["day"])
    return DayOfMonth(day) if 1 <= day <= 31 else None


def _year_range(m: re.Match[str], text: str) -> Expr | None:
    if m["word"] is not None and m["lead"] is None:  # "2011 and 2014" is two years, not a range
        return None
    first, last = int(m["y1"]), int(m["y2"])
    if last < 100:
        last += first // 100 * 100
    if not first < last <= first + 100:
        return None
    return YearRange(first, last)


def _year(m: re.Match[str], text: str) -> Expr | None:
    if m["prep"].lower() in ("of", "from") and P.word_after(text, m.end("x")) in COUNT_NOUNS:
        return None
    return Explicit(int(m["year"]))


def _year_attr(m: re.Match[str], text: str) -> Expr | None:
    after = P.word_after(text, m.end("x"))
    if after in COUNT_NOUNS:  # "the 1900 soldiers"
        return None
    # "in a 2021 coup" dates its clause's verb too; "its part in a 1960 treaty" only the treaty
    return AttributiveYear(int(m["year"]),
                           placed=m["prep"] is not None and after not in DOCUMENT_NOUNS)


def _year_list(m: re.Match[str], text: str) -> Expr | None:
    if P.word_after(text, m.end("x")) in COUNT_NOUNS:
        return None
    return Explicit(int(m["year"]))


def _month(m: re.Match[str], text: str) -> Expr | None:
    if m["prep"] is None and m["mod"] is None:
        return None
    modifier = m["mod"].lower() if m["mod"] else None
    return MonthOnly(P.month_number(m["mon"]), modifier)


def _month_attr(m: re.Match[str], text: str) -> Expr | None:
    return AttributiveMonth(P.month_number(m["mon"]))


def _season(m: re.Match[str], text: str) -> Expr | None:
    season = m["season"].lower()
    year = int(m["year"]) if m["year"] else None
    modifier = m["mod"].lower() if m["mod"] else None
    if year is None and modifier is None and (m["prep"] is None or season == "fall"):
        return None
    return Season(season, year, modifier)


BUILDERS: dict[str, Builder] = {
    "iso": _iso,
    "numeric": _numeric,
    "month_day": _written,
    "day_month": _written,
    "month_year": _month_year,
    "month_rel_year": _month_rel_year,
    "part": _part_rule,
    "day_after": _day_after,
    "years_later": _years_later,
    "earlier": _earlier,
    "decade": _decade,
    "weekday": _weekday,
    "weekend": _weekend,
    "day_word": _day_word,
    "shift": _shift,
    "ago": _ago,
    "past_n": _duration,
    "recent": _recent,
    "this_past": _this_past,
    "for": _duration,
    "nth": _nth,
    "year_range": _year_range,
    "year": _year,
    "year_attr": _year_attr,
    "year_list": _year_list,
    "month": _month,
    "month_attr": _month_attr,
    "season": _season,
}
_RULES: tuple[tuple[int, re.Pattern[str], Builder], ...] = tuple(
    (rank, pattern, BUILDERS[name]) for rank, (name, pattern) in enumerate(P.RULES.items())
)
# Gate word -> the ranks of the rules it lets run: a text's words pick its rules in one look-up
# each instead of every rule testing its gate.
_GATES: dict[str, tuple[int, ...]] = {
    word: tuple(rank for rank, name in enumerate(P.RULES) if word in P.RULE_GATES[name])
    for word in {w for gate in P.RULE_GATES.values() for w in gate}
}
_GATE_WORDS = frozenset(_GATES)


def parse_expressions(text: str, start: int = 0,
                      end: int | None = None) -> list[tuple[int, int, Expr]]:
    """The date expressions in ``text[start:end]`` as (start, end, expression), in text order.

    Overlapping matches are settled longest first (then by rule order); "since" before a point
    turns it into a ``Since`` span.
    """
    stop = len(text) if end is None else max(0, min(end, len(text)))
    begin = max(0, min(start, stop))
    present = _GATE_WORDS.intersection(P.WORDS.findall(text[begin:stop].lower()))
    if P.HAS_DIGIT.search(text, begin, stop) is not None:
        present |= {P.DIGIT}
    if not present:
        return []
    candidates: list[tuple[int, int, int, Expr]] = []
    for rank in sorted({rank for word in present for rank in _GATES[word]}):
        _, pattern, build = _RULES[rank]
        for match in pattern.finditer(text, begin, stop):
            expr = build(match, text)
            if expr is not None:
                s, e = match.span("x")
                candidates.append((s, e, rank, expr))
    if not candidates:
        return []
    candidates.sort(key=lambda c: (c[0] - c[1], c[0], c[2]))
    chosen: list[tuple[int, int, Expr]] = []
    taken: list[tuple[int, int]] = []
    for s, e, _rank, expr in candidates:
        if all(e <= ts or s >= te for ts, te in taken):
            taken.append((s, e))
            chosen.append((s, e, expr))
    chosen.sort(key=lambda c: c[0])
    result: list[tuple[int, int, Expr]] = []
    previous_end = begin
    for s, e, expr in chosen:
        if not isinstance(expr, (Since, Duration, YearRange)):
            since = P.SINCE_BEFORE.search(text, max(previous_end, s - 20), s)
            if since is not None:
                s, expr = since.start(), Since(expr)
        result.append((s, e, expr))
        previous_end = e
    return result


def find_dates(text: str, published: PublishedLike, *, start: int = 0, end: int | None = None,
               past: bool = True) -> list[DateMention]:
    """Find and resolve the date expressions in ``text[start:end]``.

    ``published`` is the article's publication date (a ``Published``, a ``date``, a string
    ``parse_published`` accepts, or None). Offsets of the mentions are into the whole ``text``.
    ``past`` says which way to resolve expressions that do not say it themselves ("on Sunday",
    "April 4", "in March"): the latest one on or before publication when true, the next one
    after it when false. Without a publication date only explicit dates resolve; the others get
    ``DateValue(None, "unknown")``.
    """
    anchor = parse_published(published)
    return [
        DateMention(s, e, text[s:e], evaluate(expr, anchor, past),
                    "span" if expr.is_span() else "point",
                    _form(expr, text[s:e], _VOTE_AFTER.match(text, e) is not None
                          or _occasion(expr, text, s, e)),
                    evaluate(expr, anchor, not past) if _either_way(expr) else None)
        for s, e, expr in parse_expressions(text, start, end)
    ]


# A day whose vote it names ("the results of Saturday's vote"): the vote's day, not the day of
# what the sentence tells of it (unlike "Saturday's attack", which is the attack a condemnation
# or a toll tells again).
_VOTE_AFTER = re.compile(r"(?:'s|’s)\s+(?:presidential\s+|parliamentary\s+|general\s+)?"
                         r"(?:vote|votes|election|elections|poll|polls|ballot|referendum|runoff)"
                         r"\b", re.IGNORECASE)


# "the Oct. 30 election", "the May 9 Victory Day parade", "the Dec. 27 presidential election"
_OCCASION_AFTER = re.compile(
    r"(?:\s+(?:(?-i:[A-Z][\w-]*)|" + "|".join(sorted(OCCASION_MODIFIERS)) + r")){0,3}\s+(?:"
    + "|".join(sorted(OCCASION_NOUNS)) + r")\b", re.IGNORECASE)


def _occasion(expr: Expr, text: str, start: int, end: int) -> bool:
    """Whether a day between "the" and an occasion's noun names that occasion's day ("called
    the incident an attempt on the president's life on the eve of the May 9 Victory Day
    parade"): it dates the occasion, not the other acts of its sentence."""
    return (isinstance(expr, MonthDay) or (isinstance(expr, Explicit) and expr.day is not None)) \
        and text[max(0, start - 4) : start].lower() == "the " and \
        _OCCASION_AFTER.match(text, end) is not None


def _form(expr: Expr, written: str, vote: bool = False) -> str:
    if isinstance(expr, Duration) and written[:4].lower() == "for ":
        return "duration"  # "for 15 years" says how long; "in recent weeks" says when
    if vote:
        return "attributive"
    if isinstance(expr, AttributiveYear):
        return "placed" if expr.placed else "attributive"
    if isinstance(expr, AttributiveMonth):
        return "attributive"
    return ""


def _either_way(expr: Expr) -> bool:
    """Whether the expression leaves open which way from publication it points ("on Tuesday",
    "in August", "April 4"; not "last Tuesday", "next month", "yesterday")."""
    if isinstance(expr, Weekday):
        return expr.modifier is None and expr.offset == 0 and expr.week is None
    if isinstance(expr, MonthOnly):
        return expr.modifier is None and expr.part is None
    return isinstance(expr, MonthDay)
