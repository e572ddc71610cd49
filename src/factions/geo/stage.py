"""The pipeline's places stage: run the geoparser on the original text.

Spans the actor stages claimed as actors are excluded (capital metonyms that stand for a
government, demonym agents, organizations whose names hold a place, people named like places),
and the countries of the actors already recognized tell the resolver where the story is.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from factions.actors.arena import arena_country
from factions.actors.home import story_country
from factions.actors.lexicon import actor_lexicon
from factions.geo import Geoparser
from factions.geo.gazetteer import Entry
from factions.geo.names import name_key
from factions.model import Mention, Place
from factions.pipeline.state import DocState

REQUIRES = ("sentences", "mentions")
ASSIGNS = ("places",)

_TITLE_WORDS = {w for title in actor_lexicon().person_titles for w in title}
# " in " before a capitalized word inside a mention: "protesters in Nairobi".
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?(?=[A-Z])")
_CLAIMED_KINDS = {"metonym", "agent", "demonym", "pronoun", "descriptor", "office"}


@lru_cache(maxsize=1)
def geoparser() -> Geoparser:
    """The process's geoparser (its gazetteer loads once)."""
    return Geoparser()


def resolve_places(state: DocState) -> None:
    """Fill ``state.places`` (mention offsets into the original text)."""
    exclude: list[tuple[int, int]] = []
    countries: list[str] = []
    arena = arena_country(state)
    tv = state.tokens
    for m in state.mentions:
        actor = state.kb.actors.get(m.actor_id)
        is_state = actor is not None and actor.type == "state"
        acting_state = is_state and not m.locative and m.actor_id != arena
        if m.kind in _CLAIMED_KINDS or (actor is not None and not is_state) or acting_state:
            start = m.start
            if actor is not None and actor.type == "person":
                # Title words before a name are not places: "Field Marshall Khalifa Haftar".
                i = m.tok_start
                while i > 0 and tv.text[i - 1][:1].isupper() and tv.sentence[i - 1] == \
                        m.sentence and tv.lower[i - 1] in _TITLE_WORDS:
                    i -= 1
                start = tv.idx[i]
            lo, hi = state.original_span(start, m.end)
            if m.kind in ("agent", "descriptor"):
                # a crowd the text made up keeps the place it is in ("protesters in Nairobi"),
                # and so do a state's agents ("12 soldiers in Podgorica"): that place is where
                # they are, and where what they do and suffer happens
                cut = _IN_PLACE.search(state.norm.original, lo, hi)
                if cut is not None:
                    hi = cut.start()
            exclude.append((lo, hi))
        if actor is not None and actor.country and not m.locative and actor.country not in \
                countries:
            countries.append(actor.country)
        if is_state and m.locative and actor is not None and actor.country not in countries:
            countries.insert(0, actor.country or "")
    exclude.extend(state.norm.dropped)  # wire furniture: "Reporting by X in Cairo"
    to_original = state.norm.to_original  # a span's start maps as the offset itself does
    starts = [to_original(s.start) for s in state.sentences]
    state.places = geoparser().find_places(
        state.norm.original, sentence_starts=starts, exclude=exclude,
        context_countries=[c for c in countries if c],
        story_country=lambda: story_country(state))
    _demonym_capitals(state, starts)


# "the Qatari capital", "the Somali capital": the capital of the country the demonym names (not
# "the capital of", nor "the capital's" possessions, which are the city's too and kept).
_NOT_IN = frozenset({"outside", "near", "around", "beyond", "of", "from", "towards",
                     "toward"})
_DEMONYM_CAPITAL = re.compile(r"\bthe\s+((?:[A-Z][a-z]+\s+){1,2}?)capital\b(?!\s+of\b)")


def _demonym_capitals(state: DocState, starts: list[int]) -> None:
    """A mention of a country's capital for each "the <demonym> capital" of the text: wire
    copy names the city so after its dateline ("DOHA -", which is no place mention) or in place
    of its name ("an air strike on a building in the Qatari capital"), and the event told there
    is in that city. (Here, not in the geoparser: the GeoWebNews annotation counts the demonym,
    not the city.)"""
    text = state.norm.original
    if " capital" not in text:
        return
    gazetteer = geoparser().gazetteer
    taken = [(m.start, m.end) for p in state.places for m in p.mentions]
    by_id = {p.id: p for p in state.places}
    for match in _DEMONYM_CAPITAL.finditer(text):
        start, end = match.start(1), match.end()
        before = text[max(0, match.start() - 20):match.start()].split()
        if before and before[-1].lower() in _NOT_IN:
            continue  # "a concert hall outside the Russian capital": not in the city itself
        if any(a < end and start < b for a, b in taken) or any(
                a < end and start < b for a, b in state.norm.dropped):
            continue
        demonym = gazetteer.demonyms.get(name_key(match.group(1).strip()))
        if demonym is None:
            continue
        country = gazetteer.country_of(demonym[0])
        entry = _capital_entry(country, tuple(sorted(
            name for name, iso in state.kb.capital_country.items() if iso == country))) \
            if country else None
        if entry is None:
            continue
        place = by_id.get(entry.id)
        if place is None:
            place = by_id[entry.id] = Place(
                id=entry.id, name=entry.name, country=entry.country, admin1=entry.admin1,
                lat=entry.lat, lon=entry.lon, feature=entry.feature, precision=entry.precision,
                geonames_id=entry.geonames_id)
            state.places.append(place)
        place.mentions.append(Mention(
            start=start, end=end, text=text[start:end],
            sentence=max(bisect_right(starts, start) - 1, 0), kind="descriptor",
            resolved=entry.id))
        place.mentions.sort(key=lambda m: m.start)


@lru_cache(maxsize=256)
def _capital_entry(country: str, names: tuple[str, ...]) -> Entry | None:
    """The gazetteer's capital city of ``country`` (ISO alpha-3) among ``names``, if any."""
    gazetteer = geoparser().gazetteer
    best: Entry | None = None
    for name in names:
        for index, _ in gazetteer.lookup(name_key(name)):
            entry = gazetteer.entry(index)
            if entry.country == country and entry.feature == "capital" and (
                    best is None or entry.population > best.population):
                best = entry
    return best
