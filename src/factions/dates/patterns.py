"""The compiled regexes of the date module, built once at import from ``vocab``.

Every rule pattern has a group ``x``: the part of the match that is the mention (prepositions
such as "on" or "in" that only locate it are outside). Patterns are case-insensitive except for
month, weekday and season names, which must be written Title Case or UPPER CASE (lowercase for
seasons).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .vocab import (
    APPROXIMATORS,
    MONTH_ABBREVIATIONS,
    MONTH_PREPOSITIONS,
    MONTHS,
    NUMBERS,
    PARTS_OF_DAY,
    SEASONS,
    TENS_NUMBERS,
    TIME_UNITS,
    UNIT_NUMBERS,
    VAGUE_NUMBERS,
    WEEKDAYS,
    YEAR_PREPOSITIONS,
)


def _phrase(words: str) -> str:
    """A regex for a phrase: each space matches any run of whitespace (or a hyphen in numbers)."""
    return r"[\s-]+".join(re.escape(word) for word in words.split(" "))


def alternation(words: Iterable[str]) -> str:
    """A non-capturing alternation of phrases, longest first so that prefixes do not win."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(_phrase(w) for w in items) + ")"


def _names(names: Iterable[str]) -> str:
    """A case-sensitive alternation of names in Title Case and UPPER CASE, ending at a word end."""
    forms = {form for name in names for form in (name, name.upper())}
    return "(?-i:" + alternation(forms) + r")\b"


_MONTH_NAME = _names(MONTHS)
_MONTH_ABBR = "(?-i:" + alternation(MONTH_ABBREVIATIONS) + r")\b\.?"
_SEASON = "(?-i:" + alternation(list(SEASONS) + [s.title() for s in SEASONS]) + r")\b"
# Tens with an optional unit ("twenty", "twenty-five") first, then the other count words.
_NUMBER_WORDS = (
    "(?:" + alternation(TENS_NUMBERS) + r"(?:[\s-]+"
    + alternation(w for w, n in UNIT_NUMBERS.items() if n < 10) + ")?|"
    + alternation(w for w in NUMBERS if w.split(" ")[0] not in TENS_NUMBERS) + ")"
)
_VAGUE_WORDS = alternation(VAGUE_NUMBERS)

TOKENS: dict[str, str] = {
    "%MONTHNAME%": _MONTH_NAME,
    "%MONTH%": f"(?:{_MONTH_NAME}|{_MONTH_ABBR})",
    "%WEEKDAY%": _names(WEEKDAYS),
    "%SEASON%": _SEASON,
    "%DAY%": r"[0-3]?\d(?:st|nd|rd|th)?\b",
    "%YEAR%": r"(?:1\d{3}|2[01]\d{2})(?!\d)",
    # a year written alone after a preposition: only 1800-2199
    "%RECENTYEAR%": r"(?:1[89]\d{2}|2[01]\d{2})(?!\d)",
    # the end of a range of days: "April 14-16", "14-16 April"
    "%TODAY%": r"\s*[-–]\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b",
    "%NUM%": rf"(?:\d{{1,3}}(?![\d,.]\d)|{_NUMBER_WORDS}\b)",
    "%VAGUE%": rf"{_VAGUE_WORDS}\b",
    "%APPROX%": rf"{alternation(APPROXIMATORS)}\b",
    "%UNIT%": "(?:" + "|".join(TIME_UNITS) + r"|hour)s?\b",
    "%PART%": r"(?:early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of)",
    "%POD%": alternation(PARTS_OF_DAY) + r"\b",
    "%MONTHPREP%": alternation(MONTH_PREPOSITIONS),
    "%YEARPREP%": alternation(YEAR_PREPOSITIONS),
}
_TOKEN = re.compile("|".join(re.escape(t) for t in sorted(TOKENS, key=len, reverse=True)))


def compile_pattern(template: str) -> re.Pattern[str]:
    """Compile a rule template, replacing ``%TOKEN%`` placeholders by their fragments."""
    return re.compile(_TOKEN.sub(lambda m: TOKENS[m.group(0)], template), re.IGNORECASE)


# The rules, in order of preference when two matches of the same length overlap.
RULE_TEMPLATES: dict[str, str] = {
    # 2019-04-04, 2019/04/04
    "iso": r"(?<![\d./-])(?P<x>(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)"
           r"(?P<day>\d{1,2}))(?!\d|(?P=sep)\d)",
    # 04/04/2019, 25.12.2019 (day and month order decided when unambiguous)
    "numeric": r"(?<![\d./-])(?P<x>(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)"
               r"(?P<year>\d{4}))(?!\d|(?P=sep)\d)",
    # (Thursday,) April 4(th)(, 2019)
    "month_day": r"\b(?P<x>(?:(?P<wd>%WEEKDAY%),?\s+)?(?P<mon>%MONTH%)\s+(?P<day>%DAY%)"
                 r"(?:%TODAY%)?(?:,?\s+(?P<year>%YEAR%))?)",
    # (Thursday,) (the) 4(th) (of) April(, 2019)
    "day_month": r"\b(?P<x>(?:(?P<wd>%WEEKDAY%),?\s+)?(?:the\s+)?(?P<day>%DAY%)(?:%TODAY%)?"
                 r"\s+(?:of\s+)?"
                 r"(?P<mon>%MONTH%)(?:,?\s+(?P<year>%YEAR%))?)",
    # April 2019, April of 2019
    "month_year": r"\b(?P<x>(?P<mon>%MONTH%)(?:\s+of)?,?\s+(?P<year>%YEAR%))",
    # March last year, 4 April last year, April 4 next year, Oct. 8 last year, April of last
    # year
    "month_rel_year": r"\b(?P<x>(?:(?P<day>%DAY%)\s+(?:of\s+)?)?(?P<mon>%MONTH%)"
                      r"(?:\s+(?P<dayafter>[0-3]?\d)(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?"
                      r"(?P<rel>last|this|next)\s+year)\b",
    # early 2020, mid-2019, late April, the end of March, late last year, the end of the month
    "part": r"\b(?P<x>(?P<part>%PART%)[\s-]*(?:(?P<mon>%MONTHNAME%)(?:,?\s+(?:of\s+)?"
            r"(?P<year>%YEAR%))?|(?P<year2>%YEAR%)(?![’']?s\b)|(?P<rel>last|this|next|the)\s+"
            r"(?P<unit>year|month|week)\b))",
    # the next day, the following day, a day later, the previous day (counted from the day
    # told just before it); two nights later, the next morning, a week later, two days earlier
    "day_after": r"\b(?P<x>the\s+(?P<rel>next|following|previous)\s+(?:day|night|morning)|"
                 r"(?P<n>a|one|two|three|four|five|six)\s+(?P<unit>days?|nights?|weeks?)\s+"
                 r"(?P<dir>later|earlier)(?!\s+than\b))\b",
    # two years later, a year later (counted from the year told before it in the sentence)
    # the following year, the previous year, a year earlier ("seized Goma in 2012 before it
    # was defeated the following year"; not a span ahead: "over the next year")
    "years_later": r"\b(?P<x>(?P<n>%NUM%|a)\s+(?P<unit>years?)\s+(?P<dir>later|earlier)|"
                   r"(?<!\bover\s)(?<!\bfor\s)(?<!\bwithin\s)(?<!\bduring\s)(?<!\bin\s)"
                   r"the\s+(?P<rel>following|next|previous)\s+year)\b(?!\s+(?:of|and|than)\b)",
    # earlier this month, later this year
    "earlier": r"\b(?P<x>(?:earlier|later)\s+(?:this|in\s+the)\s+(?P<unit>week|month|year))\b",
    # the 1990s, the late 1990s, the '90s
    "decade": r"(?<![\w’'])(?P<x>(?:the\s+)?(?:(?P<part>%PART%)[\s-]*(?:the\s+)?)?"
              r"(?:(?P<century>1\d|20|21)(?P<tens>\d)0|[’'](?P<short>\d)0)[’']?s)\b",
    # Sunday, last Sunday, Saturday night, early on Tuesday, overnight into Sunday
    "weekday": r"\b(?P<x>(?:(?P<overnight>overnight)\s+(?:(?P<into>into)\s+|on\s+)?)?"
               r"(?:(?P<mod>last|this\s+past|this|next|(?:early|late)(?:\s+on)?)\s+)?"
               r"(?P<wd>%WEEKDAY%)(?:\s+(?P<pod>%POD%))?"
               # "on Tuesday last week", "Monday of next week"
               r"(?:\s+(?:of\s+)?(?P<week>last|this|next)\s+week\b)?)",
    # over the weekend, last weekend
    "weekend": r"\b(?P<x>(?P<mod>last|this\s+past|this|next|over\s+the|at\s+the|on\s+the|"
               r"during\s+the|the)\s+weekend)\b",
    # today, yesterday (morning), last night, overnight
    "day_word": r"\b(?P<x>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
                r"(?P<word>yesterday|today|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|"
                r"tonight|last\s+night|this\s+(?:morning|afternoon|evening)|(?P<overnight>overnight)"
                r")\b",
    # last week, this month, next year ("the last year" is a duration, "last year of" is not ours)
    "shift": r"(?<!the\s)\b(?P<x>(?P<mod>last|this|next)\s+(?P<unit>week|month|year))\b"
             r"(?!\s+of\b)",
    # two days ago, a year ago, a few weeks ago, more than a decade ago
    "ago": r"\b(?P<x>(?:(?P<approx>%APPROX%)\s+)?(?:(?P<n>%NUM%|%VAGUE%)\s+)?(?P<unit>%UNIT%)"
           r"\s+ago)\b",
    # over the past week, in the last three years, the past few days
    "past_n": r"\b(?P<x>(?:(?:for|over|in|during|throughout|within)\s+)?the\s+(?:past|last)\s+"
              r"(?:(?P<approx>%APPROX%)\s+)?(?:(?P<n>%NUM%|%VAGUE%)\s+)?(?P<unit>%UNIT%))"
              r"(?!\s+(?:of|before|after|earlier|later)\b)",
    # in recent days, over recent weeks
    "recent": r"\b(?P<x>(?:in|over|during|throughout)\s+(?:the\s+)?recent\s+"
              r"(?P<unit>days|weeks|months|years))\b",
    # this past week
    "this_past": r"\b(?P<x>(?:(?:over|in|during)\s+)?this\s+past\s+(?P<unit>week|month|year))\b",
    # for two decades, for more than three years
    "for": r"\b(?P<x>for\s+(?:(?P<approx>%APPROX%)\s+)?(?P<n>%NUM%)\s+(?P<unit>%UNIT%))"
           r"(?![\w-]|\s+(?:ago|before|after|later|earlier|of)\b)",
    # on the 5th
    "nth": r"\bon\s+(?P<x>the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th))\b(?=\s*(?:[,.;:!?)]|$)|"
           r"\s+(?:and|when|as|at|in|after|before|while|but|during|with|amid|following)\b)",
    # between 2011 and 2014, from 2011 to 2014, 2011-14
    "year_range": r"\b(?P<x>(?:(?P<lead>from|between)\s+)?(?P<y1>%YEAR%)(?:\s*[-–—]\s*|"
                  r"\s+(?P<word>to|and|until|till|through)\s+)(?P<y2>\d{4}|\d{2}))(?![\d]|[-/.]\d)",
    # in 2011, since 2014 (a bare number is only a year after one of these)
    "year": r"\b(?P<prep>%YEARPREP%)\s+(?P<x>(?P<year>%RECENTYEAR%))(?![’']?s\b|[’']|,\d|\.\d)",
    # a year before the noun it dates: "a 2018 de-escalation agreement", "in a 2021 coup"
    "year_attr": r"\b(?:(?P<prep>in|during|since|after|before|following|until)\s+)?"
                 r"(?:a|an|the|its|their|his|her|that)\s+(?P<x>(?P<year>%RECENTYEAR%))"
                 r"(?=\s+[a-z])",
    # the second year of "in 2011 and 2012", "in 2011, 2013 or 2014"
    "year_list": r"(?<=\b\d{4})(?:,\s*|,?\s+(?:and|or)\s+)(?P<x>(?P<year>%RECENTYEAR%))"
                 r"(?![’']?s\b|[’']|,\d|\.\d)",
    # a month before the noun it dates: "the December framework deal"
    "month_attr": r"\b(?:a|an|the|its|their|his|her|that)\s+(?P<x>(?P<mon>%MONTHNAME%))"
                  r"(?=\s+(?-i:[a-z]))",
    # in April, since March, last April
    "month": r"\b(?:(?P<prep>%MONTHPREP%)\s+)?(?P<x>(?:(?P<mod>last|this|next)\s+)?"
             r"(?P<mon>%MONTHNAME%))(?![’']s\b)",
    # the summer of 2018, last summer, in the spring
    "season": r"\b(?:(?P<prep>in|during|over|throughout|since|by)\s+the\s+)?(?P<x>"
              r"(?:(?P<mod>last|this|next)\s+)?(?P<season>%SEASON%)(?:\s+of)?"
              r"(?:\s+(?P<year>%YEAR%))?)\b",
}

RULES: dict[str, re.Pattern[str]] = {
    name: compile_pattern(template) for name, template in RULE_TEMPLATES.items()
}

# "since" (or "ever since") just before a mention makes it a span that runs to publication.
SINCE_BEFORE = re.compile(r"\b(?:ever\s+)?since\s+$", re.IGNORECASE)

# Words that must occur in a text (as whole words, lowercased) for a rule to be worth running;
# DIGIT stands for any digit. Testing them against the set of the text's words spares most
# sentences most regexes.
DIGIT = "0-9"
_MONTH_WORDS = tuple(name.lower() for name in (*MONTHS, *MONTH_ABBREVIATIONS))
_WEEKDAY_WORDS = tuple(name.lower() for name in WEEKDAYS)
RULE_GATES: dict[str, tuple[str, ...]] = {
    "iso": (DIGIT,),
    "numeric": (DIGIT,),
    "month_day": _MONTH_WORDS,
    "day_month": _MONTH_WORDS,
    "month_year": _MONTH_WORDS,
    "month_rel_year": _MONTH_WORDS,
    "part": ("early", "mid", "late", "beginning", "start", "middle", "end"),
    "day_after": ("day", "days", "night", "nights", "morning", "week", "weeks"),
    "years_later": ("later", "earlier", "following", "next", "previous"),
    "earlier": ("earlier", "later"),
    "decade": (DIGIT,),
    "weekday": _WEEKDAY_WORDS,
    "weekend": ("weekend",),
    "day_word": ("yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon",
                 "evening", "overnight"),
    "shift": ("last", "this", "next"),
    "ago": ("ago",),
    "past_n": ("past", "last"),
    "recent": ("recent",),
    "this_past": ("past",),
    "for": ("for",),
    "nth": (DIGIT,),
    "year_range": (DIGIT,),
    "year": (DIGIT,),
    "year_attr": (DIGIT,),
    "year_list": (DIGIT,),
    "month_attr": tuple(name.lower() for name in MONTHS),
    "month": tuple(name.lower() for name in MONTHS),
    "season": tuple(SEASONS),
}
HAS_DIGIT = re.compile(r"\d")
WORDS = re.compile(r"[a-z]+")

_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")
_SPACES = re.compile(r"[\s-]+")


def normalize(words: str) -> str:
    """Lowercase with single spaces (hyphens become spaces): the form ``vocab`` keys use."""
    return _SPACES.sub(" ", words.strip().lower())


def month_number(name: str) -> int:
    """The number of a month name or abbreviation as matched by the patterns."""
    word = name.rstrip(".")
    title = word[:1].upper() + word[1:].lower()
    return MONTHS.get(title) or MONTH_ABBREVIATIONS[title]


_LEADING_DIGITS = re.compile(r"\d+")


def day_number(text: str) -> int:
    """The number of a day as matched ("4", "04", "4th", "4TH")."""
    match = _LEADING_DIGITS.match(text)
    if match is None:
        raise ValueError(f"not a day number: {text!r}")
    return int(match.group(0))


def weekday_number(name: str) -> int:
    return WEEKDAYS[name[:1].upper() + name[1:].lower()]


def word_before(text: str, position: int) -> str:
    """The word that ends just before ``position`` (skipping spaces), lowercased, or ""."""
    index = position
    while index > 0 and text[index - 1].isspace():
        index -= 1
    start = index
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:index].lower()


def word_after(text: str, position: int) -> str:
    """The word that starts just after ``position`` (skipping spaces), lowercased, or ""."""
    match = _WORD_AFTER.match(text, position)
    return match.group(1).lower() if match else ""
