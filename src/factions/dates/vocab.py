"""The words the date module knows, as data. ``patterns.py`` turns them into regexes.

Keys are written in lowercase with single spaces unless the table says otherwise; the patterns
accept any run of whitespace (and hyphens, for numbers) between words.
"""

from __future__ import annotations

# Month and weekday names are matched case-sensitively (Title Case or UPPER CASE) so that "may",
# "march" and "sun" as ordinary words are never dates.
MONTHS: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
    "July": 7, "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
}
# Abbreviations (an optional full stop follows) are only taken next to a day or a year.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3,
    "Friday": 4, "Saturday": 5, "Sunday": 6,
}
# The same names in lowercase, for code that reads lowercased tokens.
WEEKDAY_WORDS: frozenset[str] = frozenset(day.lower() for day in WEEKDAYS)
CALENDAR_WORDS: frozenset[str] = frozenset(
    name.lower() for name in (*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS))
# Nouns of documents: a year or month before one dates the document ("a 1960 treaty"), not an
# act that names it ("suspended its part in a 1960 treaty").
DOCUMENT_NOUNS: frozenset[str] = frozenset({
    "treaty", "accord", "agreement", "pact", "deal", "law", "charter", "constitution",
    "resolution", "convention", "protocol", "memorandum",
})
# Occasions a day names ahead of them ("the Oct. 30 election", "the May 9 Victory Day parade",
# "the Aug. 6 deadline"): the day dates that occasion, not what the sentence tells of it.
OCCASION_NOUNS: frozenset[str] = frozenset({
    "vote", "votes", "election", "elections", "poll", "polls", "ballot", "referendum", "runoff",
    "parade", "holiday", "anniversary", "commemoration", "commemorations", "ceremony",
    "celebration", "celebrations", "inauguration", "deadline",
})
# Words that may stand between such a day and its occasion, besides names ("the Dec. 27
# presidential election").
OCCASION_MODIFIERS: frozenset[str] = frozenset({
    "presidential", "parliamentary", "general", "legislative", "local", "municipal",
    "regional", "national", "provincial", "snap", "disputed", "contested",
})
# A weekday after one of these words is the name of an event or a holiday, not a date.
NAMED_DAY_PREFIXES: frozenset[str] = frozenset({
    "bloody", "black", "good", "ash", "super", "holy", "palm", "easter", "cyber", "maundy",
    "shrove", "great", "whit", "low", "mothering",
})
# ... and before one of these, a newspaper or an institution.
NAMED_DAY_SUFFIXES: frozenset[str] = frozenset({
    "times", "telegraph", "mirror", "express", "post", "herald", "tribune", "observer",
    "independent", "school", "schools", "prayers", "service", "mass",
})

PARTS_OF_DAY: tuple[str, ...] = ("morning", "afternoon", "evening", "night", "overnight")

# Words for a day relative to publication, and how many days they lie from it.
DAY_WORDS: dict[str, int] = {
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
    "yesterday": -1,
    "today": 0,
    "tonight": 0,
    "tomorrow": 1,
    "last night": -1,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
}

# Counts written as words: "a", "two", "twenty-five", "a couple of".
UNIT_NUMBERS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_NUMBERS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "a couple of": 2, "couple of": 2, "a dozen": 12, "half a dozen": 6,
    **UNIT_NUMBERS,
    **TENS_NUMBERS,
    **{f"{ten} {unit}": tens + units
       for ten, tens in TENS_NUMBERS.items() for unit, units in UNIT_NUMBERS.items() if units < 10},
}
# Counts that say "a few": taken as VAGUE_COUNT, and they make the result one step less precise.
VAGUE_NUMBERS: tuple[str, ...] = ("a few", "few", "several", "a number of", "some")
VAGUE_COUNT = 3

# Words that hedge a count without changing what we resolve it to ("more than two years ago").
APPROXIMATORS: tuple[str, ...] = (
    "more than", "less than", "fewer than", "over", "under", "nearly", "almost", "about",
    "around", "roughly", "some", "at least", "just", "only", "just over", "just under", "barely",
    "well over", "close to", "upwards of", "approximately", "the better part of",
    "the best part of",
)

# Time units and what they count in (unit, how many): "a fortnight" is 14 days.
TIME_UNITS: dict[str, tuple[str, int]] = {
    "day": ("day", 1),
    "week": ("week", 1),
    "fortnight": ("day", 14),
    "month": ("month", 1),
    "year": ("year", 1),
    "decade": ("year", 10),
}

# Thirds of a month / year / decade: "early April" = 1-10, "mid-2019" = May-August,
# "the late 1990s" = 1997-1999.
PARTS: dict[str, str] = {
    "early": "early", "mid": "mid", "late": "late",
    "beginning": "early", "start": "early", "middle": "mid", "end": "late",
}
PART_RANGES: dict[str, dict[str, tuple[int, int]]] = {
    "month": {"early": (1, 10), "mid": (11, 20), "late": (21, 31)},  # days
    "year": {"early": (1, 4), "mid": (5, 8), "late": (9, 12)},  # months
    "decade": {"early": (0, 3), "mid": (4, 6), "late": (7, 9)},  # years
}

# Seasons (northern hemisphere), as (first month, last month). Winter straddles two years and is
# not recognized.
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
}

# Prepositions that make a bare month ("in April") or a bare year ("since 2014") a date. They are
# not part of the mention, except "since", which turns a point into a span.
MONTH_PREPOSITIONS: tuple[str, ...] = ("in", "during", "throughout", "since", "from", "of")
YEAR_PREPOSITIONS: tuple[str, ...] = (
    "in", "during", "throughout", "since", "from", "of", "the year", "in the year",
)
# After "of" or "from", a four-digit number followed by one of these is a count, not a year
# ("a total of 2000 troops").
COUNT_NOUNS: frozenset[str] = frozenset({
    "people", "persons", "troops", "soldiers", "fighters", "militants", "civilians", "refugees",
    "migrants", "men", "women", "children", "members", "prisoners", "detainees", "casualties",
    "deaths", "dead", "victims", "families", "homes", "houses", "buildings", "vehicles", "tanks",
    "rockets", "missiles", "shells", "mortars", "drones", "barrels", "tonnes", "tons", "km",
    "kilometres", "kilometers", "miles", "metres", "meters", "dollars", "euros", "pounds",
    "jobs", "workers", "votes", "seats", "cases", "pages", "words", "units", "more", "others",
})
