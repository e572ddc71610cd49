"""Directional and "near" phrases around place names.

- "southern Libya", "northwest Syria", "Libya's south", "the east of Libya" -> the directional
  region of that country (``region:LBY:south``, precision 2);
- "the south of the country", "the country's east" -> the same for the document's main country;
- "near Sirte", "outside Tripoli", "the southern outskirts of Tripoli", "Tripoli's southern
  outskirts", "50 km south of Sirte" -> "near" that town (``near:geonames:...``, precision 2,
  the town's coordinates: ACLED's "near X");
- a direction before a first-level division ("northern Idlib province") -> that division,
  precision 2.

The words come from ``data/geo/lexicon.yaml``; this module only builds the patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factions.geo.lexicon import Lexicon

_SENTENCE_END = re.compile(r"[.!?…:;|]['\"”’)\]]*\s*$|\n\s*$")
# Every direction word contains one of these: an ASCII stretch of text without any of them
# cannot hold a directional phrase (the patterns are only run where one could match).
_DIRECTION_STEMS = ("north", "south", "east", "west", "cent", "middle")
# The non-ASCII letters that case-insensitive patterns match to ASCII ones.
_FOLDING = ("\u0130", "\u0131", "\u017f", "\u212a")


@dataclass(slots=True)
class Framing:
    """How a phrase frames a place name: a part of it or its surroundings."""

    start: int
    end: int
    kind: str  # "region" | "near"
    direction: str | None


@dataclass(slots=True)
class CountryPhrase:
    """A directional phrase about the document's main country ("the south of the country")."""

    start: int
    end: int
    direction: str


def _alternation(words: list[str]) -> str:
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\-", "[- ]?") for w in ordered)


class Directions:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        words = list(lexicon.directions)
        adjectives = [w for w in words if w.endswith("ern") or w == "central"]
        compass = [w for w in words if w not in adjectives and w not in ("centre", "center",
                                                                         "middle")]
        dir_any = _alternation(words)
        dir_adj = _alternation(adjectives + ["central"])
        dir_compass = _alternation(compass)
        near_nouns = _alternation(list(lexicon.near_nouns))
        near_words = _alternation(list(lexicon.near_words))
        countries = _alternation(list(lexicon.country_words))
        distance = r"(?:\d+(?:[.,]\d+)?\s*(?:km|kms|kilometres|kilometers|miles|mi)\s+)"
        flags = re.IGNORECASE
        self._stems: tuple[str, ...] | None = _DIRECTION_STEMS if all(
            any(stem in word for stem in _DIRECTION_STEMS) for word in lexicon.directions) else None
        # Every country phrase holds "the" and a country word ("the country's east", "the
        # south of the nation"): in the lowercased text, this finds whether one may be there.
        self._the_country = re.compile(rf"the\s+(?:{countries})")
        # How a "near" phrase before a name ends (``before_near``): a one-word near word
        # ("near", "outside"); the last two words of a longer one ("far from", "road to"); or
        # "of" after a near noun, a compass word or "town" ("outskirts of", "south of", "the
        # town of"). ``_near_pairs``: last word -> the words that may come before it (their
        # last part: a hyphen may be left out).
        self._near_ends = tuple(w.lower() for w in lexicon.near_words if " " not in w)
        pairs: dict[str, list[str]] = {}
        for phrase in lexicon.near_words:
            if " " in phrase:
                head, last = phrase.lower().rsplit(" ", 1)
                pairs.setdefault(last, []).append(re.split(r"[\s-]+", head)[-1])
        for word in [*compass, *lexicon.near_nouns, "town", "city", "village"]:
            pairs.setdefault("of", []).append(re.split(r"[\s-]+", word.lower())[-1])
        self._near_pairs = {last: tuple(words) for last, words in pairs.items()}
        # Before a name.
        self.before_region = re.compile(
            rf"\b(?:the\s+)?(?:far[\s-]+)?(?P<dir>{dir_adj}|{dir_compass})\s+$", flags)
        self.before_near = re.compile(
            rf"(?:\b(?P<near>{near_words})\s+(?:the\s+(?:town|city|village)\s+of\s+)?"
            rf"|\b(?:the\s+|its\s+)?(?:(?P<dir1>{dir_adj})\s+)?(?:{near_nouns})\s+of\s+"
            rf"|\b{distance}?(?P<dir2>{dir_compass})\s+of\s+(?:the\s+(?:town|city)\s+of\s+)?)$",
            flags)
        self.before_part = re.compile(
            rf"\bthe\s+(?:far[\s-]+)?(?P<dir>{dir_compass})\s+of\s+$", flags)
        # A capitalized compass word right before a name, as part of it.
        self.proper_before = re.compile(r"\b(?P<dir>[A-Z][a-z]+(?:-?[a-z]+)?) $")
        # After a name.
        self.after_part = re.compile(
            rf"^['’]s?\s+(?:far[\s-]+)?(?P<dir>{dir_any})(?:ern)?"
            rf"(?P<noun>\s+(?:{near_nouns}|part|parts|region|regions|provinces|areas))?\b",
            flags)
        # About the main country.
        self.country_phrase = re.compile(
            rf"\b(?:the\s+(?:far[\s-]+)?(?P<d1>{dir_compass})\s+of\s+the\s+(?:{countries})"
            rf"|the\s+(?:{countries})['’]s?\s+(?:far[\s-]+)?(?P<d2>{dir_any})(?:ern)?"
            rf"(?:\s+(?:part|parts|region|regions|provinces|areas))?"
            rf"|the\s+(?P<d3>{dir_adj})\s+(?:part|parts|region|regions|provinces|areas)\s+of"
            rf"\s+the\s+(?:{countries}))\b",
            flags)

    def proper_direction(self, text: str, start: int) -> int | None:
        """Where a capitalized compass word right before ``start`` begins ("South Florida",
        "West Wales", "Northern Europe"): written so, it is part of the place's name, unless it
        only opens a sentence."""
        if text[start - 1:start] != " ":
            return None
        # The compass word can only be the end of the last word before the space: none when
        # that word has no capital ("in Tripoli") or no direction in it.
        window = max(0, start - 30)
        word = text[max(text.rfind(" ", window, start - 1) + 1, window):start - 1]
        if word.islower() or not self._may_hold_direction(word):
            return None
        match = self.proper_before.search(text, max(0, start - 30), start)
        if match is None or self.direction(match.group("dir")) is None:
            return None
        before = text[max(0, match.start() - 40):match.start()]
        if not before.strip() or _SENTENCE_END.search(before):
            return None
        return match.start()

    def _may_hold_direction(self, window: str) -> bool:
        """False only when an ASCII ``window`` has no direction word in it (the patterns are
        case-insensitive: other scripts are always searched)."""
        if self._stems is None or not window.isascii():
            return True
        lowered = window.lower()
        return any(stem in lowered for stem in self._stems)

    def _may_end_near(self, before: str) -> bool:
        """False only when an ASCII ``before`` cannot end with a "near" phrase: it must end with
        whitespace after a near word, or after "of" with a near noun, a compass word or "town"
        before it (``_near_ends``, ``_near_pairs``)."""
        if not before.isascii():
            return True
        stripped = before.rstrip()
        if len(stripped) == len(before):
            return False
        words = stripped.lower().rsplit(None, 2)
        if not words:
            return False  # only white space before the name (a text opening with a blank line)
        last = words[-1]
        if last.endswith(self._near_ends):
            return True
        previous = words[-2] if len(words) > 1 else ""
        for end, heads in self._near_pairs.items():
            if last.endswith(end) and previous.endswith(heads):
                return True
        return False

    def direction(self, word: str) -> str | None:
        word = word.lower().replace(" ", "-")
        found = self.lexicon.directions.get(word)
        if found is None:
            found = self.lexicon.directions.get(word.replace("-", ""))
        return found

    def frame(self, text: str, start: int, end: int, feature: str) -> Framing | None:
        """The phrase around the name at [start, end), if any."""
        before = text[max(0, start - 60):start]
        after = text[end:end + 60]
        town_like = feature not in ("country", "admin1", "continent", "world_region", "sea",
                                    "political_union", "region")
        possessive = after[:1] in ("'", "’")  # the phrases after a name start "'s"
        if town_like:
            match = self.before_near.search(before) if self._may_end_near(before) else None
            if match:
                word = match.group("dir1") or match.group("dir2")
                return Framing(start - len(before) + match.start(), end, "near",
                               self.direction(word) if word else None)
            match_after = self.after_part.match(after) if possessive else None
            if match_after and match_after.group("noun") and any(
                    noun in match_after.group("noun").lower()
                    for noun in self.lexicon.near_nouns):
                return Framing(start, end + match_after.end(), "near",
                               self.direction(match_after.group("dir")))
            return None
        if self._may_hold_direction(before):
            match = self.before_region.search(before)
            if match:
                direction = self.direction(match.group("dir"))
                if direction:
                    return Framing(start - len(before) + match.start(), end, "region", direction)
            match = self.before_part.search(before)
            if match:
                direction = self.direction(match.group("dir"))
                if direction:
                    return Framing(start - len(before) + match.start(), end, "region", direction)
        match_after = self.after_part.match(after) if possessive else None
        if match_after:
            direction = self.direction(match_after.group("dir"))
            if direction:
                return Framing(start, end + match_after.end(), "region", direction)
        return None

    def country_phrases(self, text: str) -> list[CountryPhrase]:
        # Every phrase names the country with "the" and a country word: a text without them
        # is not searched ("the United Nations" has a country word, not "the nation").
        # (Case-insensitive matching also pairs these four letters with ASCII ones; with them
        # in the text, lowercasing is no test.)
        if not any(c in text for c in _FOLDING) and not self._the_country.search(text.lower()):
            return []
        found = []
        for match in self.country_phrase.finditer(text):
            word = match.group("d1") or match.group("d2") or match.group("d3")
            direction = self.direction(word)
            if direction:
                found.append(CountryPhrase(match.start(), match.end(), direction))
        return found
