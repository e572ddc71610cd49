"""Places the text itself marks as places, although the gazetteer lacks them.

Conflict reports name small towns, villages, camps and crossings that no gazetteer lists, but
they say what they are: "the town of Minova", "the towns of Minova and Sake", "the northern
village of Kalma", "Chinshwehaw, a busy crossing on the border with China", "the Kerem Shalom
crossing", "the Kalma displacement camp", "the garrison at Barkaram". Only a capitalized name
in one of these frames is read as a place (a capitalized word alone never is), and only when the
gazetteer did not already find a place there.

Such a place has no coordinates of its own. Its country is the one the text implies: the place
it is said to be in or near ("the town of Moura in central Mali", "X, a town 80 km north of
Gao"), else a place named in the same list ("the towns of Minova and Sake"), else the story's
country. With an anchor that is a town or a region the place takes the anchor's coordinates at
precision 2 ("near", as ACLED codes a village it cannot find); otherwise its coordinates are
null and its precision 3 (only the country is known). Its feature is the noun that introduced it
("town", "village", "camp", "border_crossing" ...).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factions.geo.lexicon import Lexicon

if TYPE_CHECKING:
    from factions.geo import Toponym

# The nouns that say what a place is, and the feature each gives it.
_NOUNS = {
    "town": "town", "village": "village", "city": "city", "hamlet": "village",
    "settlement": "village", "township": "town", "suburb": "district",
    "neighbourhood": "district", "neighborhood": "district", "district": "district",
    "province": "province", "region": "region", "governorate": "province",
    "municipality": "town", "commune": "town", "locality": "town", "oasis": "town",
    "camp": "camp", "crossing": "border_crossing", "port": "port", "enclave": "region",
}
_PLURALS = {"cities": "city", "villages": "village", "hamlets": "hamlet",
            "settlements": "settlement", "townships": "township", "suburbs": "suburb",
            "neighbourhoods": "neighbourhood", "neighborhoods": "neighborhood",
            "districts": "district", "provinces": "province", "regions": "region",
            "governorates": "governorate", "municipalities": "municipality",
            "communes": "commune", "localities": "locality", "camps": "camp",
            "crossings": "crossing", "ports": "port", "towns": "town"}
_NOUN = "|".join(sorted(set(_NOUNS) | set(_PLURALS), key=len, reverse=True))

# A proper name: capitalized words, with Arabic articles and particles between them ("Deir
# al-Zor", "Tal Rifaat", "Kerem Shalom"), at most four words.
_WORD = r"(?:[A-Z][\w'’]*(?:-[\w'’]+)*)"
_LINK = r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ad|de|du|la|le|bin|ibn|abu|bani|beni)[ -])"
_NAME = rf"{_WORD}(?:[ ]{_LINK}?{_WORD}){{0,3}}"
_NAMES = rf"{_NAME}(?:,[ ]{_NAME})*(?:,?[ ]and[ ]{_NAME})?"
# Each frame is found from a literal that seldom occurs (" of " before a capital, ", a ",
# " crossing", " camp"), and only there are the patterns around it tried.
_OF_AT = re.compile(r"[ ]of[ ](?=[A-Z])")
_APPOSITION_AT = re.compile(r",[ ]an?[ ]")
# A camp only with the word that makes it a site: "the Trump camp" is his supporters.
_SITE_AT = re.compile(r"c(?:rossing|amp)\b|forest\b|neighbou?rhood\b|quarter\b|district\b")
# "the Shujaiya neighbourhood (of Gaza City)", "the Haret Hreik district": a part of a city,
# named by the words before the noun
_QUARTERS = ("neighbourhood", "neighborhood", "quarter", "district")
_CAMP_WORDS = frozenset({"refugee", "displacement", "IDP", "army", "military"})
# "stormed the garrison at Barkaram", "an attack on a base at Bohoma", "an army outpost in
# Kalamaloue": a military post named by the locality it stands in (the locality is the place).
_POST_AT = re.compile(r"\b(?:[Tt]he|an?|its|their)[ ](?:(?:army|military|naval|air|police|"
                      r"remote|forward|main|border)[ ]){0,2}"
                      r"(?:garrison|base|barracks|outpost|post)[ ](?:at|in|near)[ ](?=[A-Z])")
# (a plain scan for the nouns first: the pattern above is slow to scan a whole story with)
_POST_NOUNS = ("garrison", "base", "barracks", "post")
_NOUN_WORDS = frozenset(_NOUNS) | frozenset(_PLURALS)
# "several towns, including X and Y", "border villages such as X": a list after a plural.
_INCLUDING_AT = (re.compile(r"including[ ](?=[A-Z])"), re.compile(r"such[ ]as[ ](?=[A-Z])"))
# "the town of X", "the northern towns of X and Y", "the rebel-held village of X": the words
# before " of ".
_OF_HEAD = re.compile(
    rf"(?<![\w-])[Tt]he[ ](?:[a-z][a-z'-]*[ ]){{0,3}}?(?:border[ ])?(?P<noun>{_NOUN})\Z")
_NAMES_RX = re.compile(_NAMES)
_NAME_RX = re.compile(_NAME)
# "X, a town (some 80 km) north of Y", "X, a busy crossing on the border with China": the
# name before the comma, and the noun after "a" that modifies no next word.
_NAME_BEFORE = re.compile(rf"(?<![\w'’-]){_NAME}\Z")
_APPOSITION_NOUN = re.compile(
    rf"(?:[a-z][a-z'-]*[ ]){{0,3}}?(?P<noun>{_NOUN})"
    r"(?=[ ](?:of|in|on|near|outside|close|just|some|about|around|roughly|nearly|\d"
    r"|[a-z]+(?:ern|east|west|north|south)\b)|[,.;)])")
# "the Kerem Shalom crossing", "the Rafah border crossing", "the Kalma displacement camp": the
# name before.
_THE_NAME_BEFORE = re.compile(
    rf"(?<![\w-])[Tt]he[ ](?:(?:nearby|vast|dense|neighbouring|neighboring)[ ])?"
    rf"(?P<name>{_NAME})\Z")
# "in Let Yet Kone village", "near Tassia town": the noun after a name, and the locative before
# the name.
_NAME_THEN_NOUN_AT = re.compile(r"(?<=[a-z])[ ](?P<noun>village|town|township)(?=[,.;:)]|[ ](?:"
                                r"in|on|of|near|and|after|when|where|which|that|was|were|is|"
                                r"outside|close|some|about|[a-z]+ern)\b)")
_AFTER_LOCATIVE = re.compile(rf"\b(?:in|near|outside|at|into|from|to)[ ](?P<name>{_NAME})\Z")
# Between a place and the place it is said to be in or near: "in eastern", ", some 80 km north
# of", ", a town near".
_ANCHOR = re.compile(
    r",?[ ](?:(?:a|an|the|some|about|around|roughly|nearly|almost|just|only|\d[\d,.]*|km|"
    r"kilometres|kilometers|miles|mi|kms|north|south|east|west|north-?east|north-?west|"
    r"south-?east|south-?west|of|in|near|outside|from|close|to|by|inside|town|village|city|"
    r"district|province|region|area|[a-z]+ern)[ ]){1,8}")
_LOCATIVE = re.compile(r"\b(?:in|near|outside|of|from|inside)[ ]")
_BORDER = re.compile(r"\bborders?[ ](?:with|of)\b")


@dataclass(slots=True)
class CuedPlace:
    start: int
    end: int
    name: str
    feature: str
    group: int  # names read from one frame share a group (their list's country)
    tail: int  # where the place it is said to be in or near may follow


class CuedPlaces:
    """Finds the places a text marks as places (see the module docstring)."""

    def __init__(self, lexicon: Lexicon, demonyms: Callable[[str], bool]) -> None:
        self.lexicon = lexicon
        self.is_demonym = demonyms
        self._never = (lexicon.calendar | lexicon.stopwords | lexicon.common_words
                       | lexicon.person_titles | lexicon.org_words | lexicon.non_places)

    def spans(self, text: str) -> list[CuedPlace]:
        """The names the text frames as places, in text order (overlaps removed)."""
        found: list[CuedPlace] = []
        group = 0
        for at in _OF_AT.finditer(text):
            start = at.start()
            noun = text[text.rfind(" ", 0, start) + 1:start]
            if noun not in _NOUN_WORDS or noun in ("camp", "camps"):
                continue  # "the camp of" a leader is his side
            if _OF_HEAD.search(text, max(0, start - 60), start) is None:
                continue
            plural = noun in _PLURALS
            feature = _NOUNS[_PLURALS.get(noun, noun)]
            names = (_NAMES_RX if plural else _NAME_RX).match(text, at.end())
            if names is None:
                continue
            group += 1
            for part in _NAME_RX.finditer(text, names.start(), names.end()):
                self._add(found, part.start(), part.end(), part.group(), feature, group,
                          names.end())
        for at in _APPOSITION_AT.finditer(text):
            head = _APPOSITION_NOUN.match(text, at.end())
            if head is None:
                continue
            name = _NAME_BEFORE.search(text, max(0, at.start() - 60), at.start())
            if name is None:
                continue
            group += 1
            noun = head.group("noun")
            self._add(found, name.start(), name.end(), name.group(),
                      _NOUNS[_PLURALS.get(noun, noun)], group, head.end())
        posts = any(noun in text for noun in _POST_NOUNS)
        for at in _POST_AT.finditer(text) if posts else ():
            name = _NAME_RX.match(text, at.end())
            if name is None:
                continue
            group += 1
            self._add(found, name.start(), name.end(), name.group(), "town", group, name.end())
        # "killed 20 people in Let Yet Kone village", "fled to Tassia town": a name after a
        # locative and before the noun that says what it is (a noun that qualifies the next
        # word is no such noun: "in Kuriga village school")
        for at in _NAME_THEN_NOUN_AT.finditer(text):
            name = _AFTER_LOCATIVE.search(text, max(0, at.start() - 60), at.start())
            if name is None:
                continue
            group += 1
            self._add(found, name.start("name"), name.end("name"), name.group("name"),
                      _NOUNS[at.group("noun")], group, at.end())
        # After the appositions: "X, a crossing" says more about X than the list does.
        for including in _INCLUDING_AT:
            for at in including.finditer(text):
                start = at.start() - 1
                if start < 1 or text[start] != " ":
                    continue
                before = text[text.rfind(" ", 0, start) + 1:start].rstrip(",")
                if before not in _PLURALS:
                    continue
                names = _NAMES_RX.match(text, at.end())
                if names is None:
                    continue
                group += 1
                for part in _NAME_RX.finditer(text, names.start(), names.end()):
                    self._add(found, part.start(), part.end(), part.group(),
                              _NOUNS[_PLURALS[before]], group, names.end())
        # "the Kerem Shalom crossing", "the Rafah border crossing", "the Sambisa forest"; a camp
        # only with the word that makes it a site ("the Kalma displacement camp", "the Zamzam
        # camp for displaced people"): "the Trump camp" is his supporters.
        for at in _SITE_AT.finditer(text):
            start, end = at.start(), at.end()
            if start < 2 or text[start - 1] != " " or text[start - 2] == ",":
                continue
            name_end = start - 1
            if text[start:end] in _QUARTERS:
                name = _THE_NAME_BEFORE.search(text, max(0, name_end - 60), name_end)
                if name is not None:
                    group += 1
                    self._add(found, name.start("name"), name_end,
                              text[name.start("name"):name_end], "district", group, end)
                continue
            if end - start == 8:  # crossing
                feature = "border_crossing"
                if text.endswith(" border", 0, name_end):
                    name_end -= 7
            elif end - start == 6:  # forest: "the Kamuku forest", "the vast Sambisa forest"
                feature = "region"
            else:
                feature = "camp"
                word_start = text.rfind(" ", 0, name_end) + 1
                if text[word_start:name_end] in _CAMP_WORDS:
                    name_end = word_start - 1
                elif not text.startswith(" for displaced", end):
                    continue
            name = _THE_NAME_BEFORE.search(text, max(0, name_end - 60), name_end)
            if name is None:
                continue
            group += 1
            # The crossing or camp is the place; its name is the town's or the site's.
            self._add(found, name.start("name"), end, text[name.start("name"):end], feature,
                      group, end)
        found.sort(key=lambda c: (c.start, -c.end))
        kept: list[CuedPlace] = []
        for cand in found:
            if kept and cand.start < kept[-1].end:
                continue
            kept.append(cand)
        return kept

    def _add(self, found: list[CuedPlace], start: int, end: int, name: str, feature: str,
             group: int, tail: int) -> None:
        if name.endswith(("'s", "’s")):
            name = name[:-2]  # "the town of Minova's residents"
            end -= 2
        words = [w for w in name.split() if w[:1].isupper()]  # "Kalma" of "Kalma camp"
        first = words[0].lower()
        if first in self._never or words[-1].lower() in self._never:
            return  # "the city of The", "the region of May", "the port of Minister ..."
        if len(words) == 1 and self.is_demonym(first):
            return
        found.append(CuedPlace(start, end, name, feature, group, tail))

    def anchor(self, text: str, end: int, results: Sequence[Toponym]) -> Toponym | None:
        """The place right after ``end`` that the name is said to be in or near (``results``
        in text order)."""
        for toponym in results:
            start = toponym.phrase_start
            if start < end:
                continue
            if start - end > 60:
                return None
            gap = text[end:start]
            # The relation is in the gap ("in", "near") or in the place's own phrase ("80 km
            # north of Gao").
            related = _LOCATIVE.search(gap) or toponym.phrase_start < toponym.start
            if (gap in (" ", ", ") or _ANCHOR.fullmatch(gap)) and related and (
                    not _BORDER.search(gap)):
                return toponym
            return None
        return None


__all__ = ["CuedPlace", "CuedPlaces"]
