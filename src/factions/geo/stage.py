"""The pipeline's places stage: run the geoparser on the original text.

Spans the actor stages claimed as actors are excluded (capital metonyms that stand for a
government, demonym agents, organizations whose names hold a place, people named like places),
and the countries of the actors already recognized tell the resolver where the story is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factions.actors.arena import arena_country
from factions.actors.home import story_country
from factions.actors.lexicon import actor_lexicon
from factions.geo import Geoparser
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
