"""Offline geoparsing: recognize the places a text names and resolve them to coordinates.

Public surface::

    from factions.geo import Geoparser, load_gazetteer

    places = Geoparser().find_places(text, context_countries=["LBY"])

``find_places`` returns one :class:`factions.model.Place` per distinct resolved place, each with
its mentions; ``Geoparser.parse`` returns the raw recognized spans with their resolution (the
benchmark scores those). Precision codes follow ACLED: 1 the named town or site, 2 a region,
district, directional phrase or "near X", 3 the country (or anything larger).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from factions.geo.cued import CuedPlaces
from factions.geo.directions import Directions
from factions.geo.gazetteer import ALIAS, PRIMARY, Entry, Gazetteer, load_gazetteer
from factions.geo.lexicon import load_lexicon
from factions.geo.names import slug
from factions.geo.recognize import Candidate, Recognizer, Tokens
from factions.geo.resolve import Resolver
from factions.model import Mention, Place

__all__ = ["Entry", "Gazetteer", "Geoparser", "Toponym", "load_gazetteer"]


@dataclass(slots=True)
class Toponym:
    """One recognized span and what it resolved to.

    ``start``/``end``/``text`` cover the name itself ("Libya" in "southern Libya");
    ``phrase_start``/``phrase_end`` cover the whole phrase the place id refers to.
    ``kind`` is "toponym", "demonym" (adjective form, only with ``demonyms=True``) or
    "directional" (a phrase about the main country with no name in it).
    """

    start: int
    end: int
    text: str
    kind: str
    entry: Entry | None  # the gazetteer entry of the name itself
    place_id: str
    place_name: str
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    feature: str | None
    precision: int
    phrase_start: int
    phrase_end: int
    alias: bool = False
    # The phrase only adds a lowercase generic word to the name ("Idlib province").
    generic_suffix: bool = False
    # Where a site noun after a town's name ends ("the Srinagar airport"), else 0; negative when
    # the name is no city's very name (a town, a spelling variant), which an actor's claim on
    # the name still hides.
    site_end: int = 0


class Geoparser:
    """Recognizes and resolves place mentions with the gazetteer (loaded once per process)."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.lexicon = load_lexicon()
        self.recognizer = Recognizer(self.gazetteer, self.lexicon)
        self.resolver = Resolver(self.gazetteer, self.lexicon)
        self.directions = Directions(self.lexicon)
        self.cued = CuedPlaces(self.lexicon, lambda key: key in self.gazetteer.demonyms)

    # ------------------------------------------------------------------ raw spans
    def parse(self, text: str, *, exclude: Sequence[tuple[int, int]] = (),
              context_countries: Sequence[str] = (), demonyms: bool = False,
              story_country: Callable[[], str | None] | None = None,
              ) -> list[Toponym]:
        """Every recognized place span with its resolution, in text order.

        ``exclude`` spans (metonyms claimed by the caller) are left out of the result but
        still count as evidence of the document's countries. With ``demonyms=True``
        adjectival demonyms that modify a noun ("Russian troops") are returned as kind
        "demonym", resolved to their country (the GeoWebNews annotation scheme counts them
        as toponyms); by default they are not places. Places the text marks as places although
        the gazetteer lacks them ("the town of Minova") come as kind "cued" (see
        :mod:`factions.geo.cued`), in ``story_country()``'s country when the text names no
        place they are in or near.
        """
        gaz = self.gazetteer
        tokens = Tokens(text)
        candidates = self.recognizer.candidates(text, tokens)
        self.recognizer.annotate(text, tokens, candidates)
        for cand in candidates:
            self.resolver.decide(cand, None)
        context = self.resolver.context(candidates, context_countries)
        for cand in candidates:
            if cand.status == "context":
                self.resolver.decide(cand, context)
        # Names repeated in the document: a name accepted on clear evidence (a cue, a
        # qualifier) is accepted wherever else it appears as a plain name.
        sure = {c.key for c in candidates if c.status == "accepted" and c.kind == "toponym"
                and (c.cue in ("strong", "noun") or c.qualifier is not None)}
        for cand in candidates:
            if cand.status == "rejected" and cand.key in sure and not cand.person and (
                    not cand.is_qualifier and not set(cand.reasons) & {
                        "calendar", "sentence-start-common", "common", "institution",
                        "street", "inside"}):
                cand.status = "accepted"

        results: list[Toponym] = []
        # Claimed spans: a toponym whose phrase overlaps one is dropped below, whatever its
        # framing (which only widens the phrase), so it is not framed.
        overlaps = _Spans(exclude).hides if exclude else None
        for cand in candidates:
            if cand.kind == "demonym":
                if demonyms and cand.modifier and cand.demonym_of is not None:
                    entry = gaz.entry(cand.demonym_of)
                    results.append(self._toponym(cand, entry, kind="demonym"))
                continue
            if cand.status != "accepted":
                continue
            ranked = self.resolver.ranked(cand, context, qualified="qualifier" in cand.reasons)
            if not ranked:
                continue
            entry = gaz.entry(ranked[0][1])
            alias = all(k == ALIAS for e, k in cand.matches if e == entry.index)
            toponym = self._toponym(cand, entry, kind="toponym", alias=alias)
            if entry.feature in _SETTLEMENTS and toponym.phrase_end == toponym.end and (
                    site := _SITE_AFTER.match(text, toponym.end)) is not None:
                toponym.site_end = site.end()
                if entry.feature == "town" or not any(
                        e == entry.index and k in (PRIMARY, ALIAS) for e, k in cand.matches):
                    # (only a city's very name holds against an actor's claim: "the Aramco
                    # depot" is the company's, whatever village a spelling of it names)
                    toponym.site_end = -site.end()
            if overlaps is not None and overlaps(toponym.phrase_start, toponym.phrase_end,
                                                 toponym.start, _name_end(toponym)):
                self._proper_start(text, toponym)  # its span still hides the spans inside it
            else:
                self._frame(text, toponym, entry)
            results.append(toponym)
        if context.main:
            country = gaz.country(context.main)
            for phrase in self.directions.country_phrases(text):
                region = gaz.region(context.main, phrase.direction)
                if region is None or country is None:
                    continue
                results.append(Toponym(
                    start=phrase.start, end=phrase.end, text=text[phrase.start:phrase.end],
                    kind="directional", entry=None, place_id=region.id, place_name=region.name,
                    lat=region.lat, lon=region.lon, country=region.country, admin1=None,
                    feature="region", precision=2, phrase_start=phrase.start,
                    phrase_end=phrase.end))
        results = _outermost(results)
        cued = self._cued(text, results, context.main, story_country)
        if cued:
            results = sorted(results + cued, key=lambda t: (t.start, -t.end))
        if overlaps is not None:
            results = [t for t in results
                       if not overlaps(t.phrase_start, t.phrase_end, t.start, _name_end(t))]
        return results

    def _cued(self, text: str, results: list[Toponym], main: str | None,
              story_country: Callable[[], str | None] | None) -> list[Toponym]:
        """Toponyms for the names the text frames as places and the gazetteer did not find,
        and for their other mentions in the text."""
        spans = self.cued.spans(text)
        if not spans:
            return []
        gaz = self.gazetteer
        found: list[Toponym] = []
        group_country: dict[int, str] = {}
        fresh = []
        for span in spans:
            known = next((t for t in results if t.phrase_start < span.end
                          and span.start < t.phrase_end), None)
            if known is None:
                fresh.append(span)
            elif known.country and known.kind == "toponym":
                group_country.setdefault(span.group, known.country)
        by_name: dict[str, Toponym] = {}
        story: list[str | None] = []
        for span in fresh:
            model = by_name.get(span.name)
            if model is None:
                anchor = self.cued.anchor(text, span.tail, results)
                country = anchor.country if anchor is not None else None
                country = country or group_country.get(span.group)
                if not country:
                    if not story:
                        story.append(story_country() if story_country is not None else None)
                    country = story[0] or main
                country_entry = gaz.country(country) if country else None
                lat = lon = None
                admin1 = None
                precision = 3
                if anchor is not None and anchor.precision <= 2 and anchor.lat is not None:
                    lat, lon, admin1, precision = anchor.lat, anchor.lon, anchor.admin1, 2
                elif country_entry is None:
                    country = None
                model = Toponym(
                    start=span.start, end=span.end, text=span.name, kind="cued", entry=None,
                    place_id=f"text:{country or 'XXX'}:{slug(span.name)}", place_name=span.name,
                    lat=lat, lon=lon, country=country, admin1=admin1, feature=span.feature,
                    precision=precision, phrase_start=span.start, phrase_end=span.end)
                by_name[span.name] = model
                found.append(model)
            else:
                found.append(self._copy(model, span.start, span.end))
        taken = _Spans([(t.phrase_start, t.phrase_end) for t in results + found])
        for name, model in by_name.items():
            at = text.find(name)
            while at >= 0:
                end = at + len(name)
                if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-'’")) and (
                        end == len(text) or not (text[end].isalnum() or text[end] == "-")) and (
                        not taken.overlaps(at, end)):
                    found.append(self._copy(model, at, end))
                at = text.find(name, end)
        return found

    @staticmethod
    def _copy(model: Toponym, start: int, end: int) -> Toponym:
        """Another mention of the cued place ``model`` at [start, end)."""
        return replace(model, start=start, end=end, phrase_start=start, phrase_end=end)

    def _toponym(self, cand: Candidate, entry: Entry, kind: str, alias: bool = False,
                 ) -> Toponym:
        end = cand.facility_end or cand.name_end or cand.end
        return Toponym(
            start=cand.start, end=end, text="", kind=kind, entry=entry,
            place_id=entry.id, place_name=entry.name, lat=entry.lat, lon=entry.lon,
            country=entry.country, admin1=entry.admin1, feature=entry.feature,
            precision=entry.precision, phrase_start=cand.start, phrase_end=max(end, cand.end),
            alias=alias, generic_suffix=end < cand.end)

    def _proper_start(self, text: str, toponym: Toponym) -> None:
        proper = self.directions.proper_direction(text, toponym.start)
        if proper is not None:
            toponym.start = proper  # "South Florida", "West Wales": the name includes it

    def _frame(self, text: str, toponym: Toponym, entry: Entry) -> None:
        name_start = toponym.start
        self._proper_start(text, toponym)
        toponym.text = text[toponym.start:toponym.end]
        if toponym.site_end:
            # "the Srinagar airport", "Quetta railway station", "the Kremenchuk refinery": the
            # town's site is the place the phrase names (at the town's point)
            toponym.phrase_end = abs(toponym.site_end)
        framing = self.directions.frame(text, name_start, toponym.end, entry.feature)
        if framing is None:
            return
        gaz = self.gazetteer
        toponym.phrase_start = min(framing.start, toponym.start)
        toponym.phrase_end = max(framing.end, toponym.phrase_end)
        toponym.generic_suffix = False
        if framing.kind == "near":
            toponym.place_id = f"near:{entry.id}"
            toponym.place_name = f"near {entry.name}"
            toponym.precision = max(entry.precision, 2)
            return
        direction = framing.direction or "central"
        if entry.feature == "country" and entry.country:
            region = gaz.region(entry.country, direction)
            if region is not None:
                toponym.place_id = region.id
                toponym.place_name = region.name
                toponym.lat, toponym.lon = region.lat, region.lon
                toponym.feature = "region"
                toponym.precision = 2
            return
        toponym.place_id = f"region:{entry.id}:{direction}"
        toponym.place_name = f"{framing_adjective(direction)} {entry.name}"
        toponym.feature = "region"
        toponym.precision = max(entry.precision, 2)

    # ------------------------------------------------------------------ places
    def find_places(self, text: str, *, sentence_starts: Sequence[int] = (),
                    exclude: Sequence[tuple[int, int]] = (),
                    context_countries: Sequence[str] = (), demonyms: bool = False,
                    story_country: Callable[[], str | None] | None = None,
                    ) -> list[Place]:
        """One Place per distinct resolved place the text names, with all its mentions.

        ``sentence_starts`` are the character offsets where sentences begin (a mention's
        ``sentence`` is found by bisecting them; 0 without them); ``exclude`` are spans the
        caller claimed (metonyms: "Moscow denied ..."), never reported; ``context_countries``
        (ISO alpha-3) hint where the document is. Places come in order of first mention.
        """
        places: dict[str, Place] = {}
        starts = list(sentence_starts)
        for toponym in self.parse(text, exclude=exclude, context_countries=context_countries,
                                  demonyms=demonyms, story_country=story_country):
            place = places.get(toponym.place_id)
            if place is None:
                entry = toponym.entry
                place = Place(
                    id=toponym.place_id, name=toponym.place_name, country=toponym.country,
                    admin1=toponym.admin1 if toponym.precision < 3 else None,
                    lat=toponym.lat, lon=toponym.lon, feature=toponym.feature,
                    precision=toponym.precision,
                    geonames_id=entry.geonames_id if entry is not None and (
                        toponym.place_id == entry.id) else None)
                places[toponym.place_id] = place
            sentence = bisect_right(starts, toponym.phrase_start) - 1 if starts else 0
            kind = _MENTION_KINDS.get(toponym.kind)
            if kind is None:
                if not toponym.generic_suffix and (
                        toponym.phrase_start != toponym.start or toponym.phrase_end != toponym.end):
                    kind = "descriptor"
                else:
                    kind = "alias" if toponym.alias else "name"
            place.mentions.append(Mention(
                start=toponym.phrase_start, end=toponym.phrase_end,
                text=text[toponym.phrase_start:toponym.phrase_end], sentence=max(sentence, 0),
                kind=kind, resolved=toponym.place_id))
        return list(places.values())


_MENTION_KINDS = {"demonym": "demonym", "directional": "descriptor"}


def _name_end(toponym: Toponym) -> int:
    """Where the name the gazetteer matched ends: with its generic word when the whole phrase
    is the name ("Baghdad airport", an alias of the airport), with a town's site noun ("the
    Damascus airport", which names a site of the city whose name an actor may claim)."""
    return max(toponym.phrase_end if toponym.generic_suffix else toponym.end,
               toponym.site_end)
# Towns and cities, whose sites a lowercase noun after the name may name.
_SETTLEMENTS = frozenset({"city", "capital", "admin_seat", "town"})
_SITE_AFTER = re.compile(
    r"[ ](?:(?:international|military|main|central|nuclear|power|oil|railway|train|naval|air|"
    r"army|police|river|sea|fuel|thermal|hydroelectric)[ ]){0,2}"
    r"(?:airport|airfield|air[ ]base|airbase|naval[ ]base|port|prison|jail|refinery|terminal|"
    r"dam|bridge|power[ ]plant|power[ ]station|plant|railway[ ]station|train[ ]station|station|"
    r"hospital|stadium|oilfield|depot|barracks)\b"
    # (not a noun that qualifies the next one: "the Kherson port city", "the airport authority")
    r"(?![ ](?:city|cities|town|towns|area|region|authority|authorities|officials?|workers?|"
    r"operator|company|chief|director|manager|staff)\b)")


def framing_adjective(direction: str) -> str:
    return {"north": "northern", "south": "southern", "east": "eastern", "west": "western",
            "northeast": "northeastern", "northwest": "northwestern",
            "southeast": "southeastern", "southwest": "southwestern"}.get(direction, direction)


def _outermost(results: list[Toponym]) -> list[Toponym]:
    """In text order, without spans inside a longer one ("West" inside "West Wales")."""
    results.sort(key=lambda t: (t.start, -t.end))
    kept: list[Toponym] = []
    for toponym in results:
        if kept and toponym.start >= kept[-1].start and toponym.end <= kept[-1].end and (
                toponym.kind != "directional"):
            continue
        kept.append(toponym)
    return kept


class _Spans:
    """Spans sorted by start, for overlap tests in logarithmic time."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.spans = ordered
        self.starts = [s for s, _ in ordered]
        self.max_ends: list[int] = []  # the largest end among the spans up to each one
        top = -1
        for _, end in ordered:
            top = max(top, end)
            self.max_ends.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end)  # spans [0, k) start before ``end``
        return k > 0 and self.max_ends[k - 1] > start

    def hides(self, start: int, end: int, name_start: int, name_end: int) -> bool:
        """Whether a span overlaps the phrase ``start``-``end`` other than as a shorter part
        of its name ``name_start``-``name_end``: a longer place name holds the claimed word
        ("near Duque de Caxias", whose "Duque" names a person) and stays a place."""
        if not self.overlaps(start, end):
            return False
        k = bisect_left(self.starts, end)
        return any(not (name_start <= s and e <= name_end and e - s < name_end - name_start)
                   for s, e in self.spans[:k] if e > start)
