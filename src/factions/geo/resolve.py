"""Resolution: keep the candidates that are places and choose a gazetteer entry for each.

Order of evidence (weights in ``data/geo/resolve.yaml``):
1. the document's context: the countries it names (weighted, the most named being its main
   country), the caller's ``context_countries`` hint, the first-level divisions it names, and a
   "Town, State" qualifier right after a name;
2. the feature type: country > capital > admin seat > city (with first-level divisions,
   supplement sites and world regions scored between);
3. the population.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from factions.geo.gazetteer import ALIAS, PRIMARY, QUALIFIER, WEAK, Gazetteer
from factions.geo.lexicon import Lexicon
from factions.geo.memo import remember
from factions.geo.names import name_key, skeleton
from factions.geo.recognize import STRONG_FEATURES, SUPPLEMENT_SMALL, Candidate

_TOWN_FEATURES = frozenset({"capital", "admin_seat", "city", "town"})
_GENERIC_WORDS = frozenset({"city", "town", "village", "municipality", "district"})
# Reasons that make a name part of a longer name that is not a place of its own.
_INSIDE_NAMES = frozenset({"institution", "street", "inside"})


@dataclass(frozen=True, slots=True)
class _Evidence:
    """What a candidate's matches say, whatever the document: the matches that are not only
    qualifiers, whether one is a strong place (a country, a capital, a large city ...), the
    largest population of a town among them, and whether one is a country-like entry."""

    usable: list[tuple[int, int]]
    strong: bool
    town_pop: int
    has_country: bool
    # strong only as a town, district or camp of our supplement: such a one-word name next to
    # another proper word is a person's name ("Muse Bihi Abdi", "Hodan Nalayeh")
    supplement_small: bool = False


@dataclass(slots=True)
class Context:
    """What the document says about where it is."""

    weights: dict[str, float]
    main: str | None
    countries: frozenset[str]
    admin1s: frozenset[tuple[str, str]]
    hints: frozenset[str] = frozenset()
    # The document's rankings of names without a qualifier (a name repeated in a document is
    # ranked once): (key, matches, qualified) -> ranking.
    ranks: dict[tuple[str, tuple[tuple[int, int], ...], bool], list[tuple[float, int]]] = (
        field(default_factory=dict, compare=False, repr=False))


def short_form(own: str, key: str) -> bool:
    """ "new york" for "new york city", "calamba city" for "calamba": the key is the name, its
    first words, or the name and a generic word."""
    return own == key or own.startswith(key + " ") or (
        key.startswith(own + " ") and key[len(own) + 1:] in _GENERIC_WORDS)


def tokens_start(cand: Candidate) -> bool:
    return "sentence-start" in cand.reasons


class Resolver:
    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        self.gazetteer = gazetteer
        weights = lexicon.weights
        self.feature_scores: dict[str, float] = weights["feature_scores"]
        self.match_scores: dict[str, float] = weights["match_scores"]
        self.ctx: dict[str, float] = weights["context"]
        self.rec: dict[str, float] = weights["recognition"]
        self.metro_pop = float(weights["metropolis_population"])
        self.metro_bonus = float(weights["metropolis_bonus"])
        self.prominence_weight = float(weights["prominence_weight"])
        self.unknown_population = int(weights["unknown_population"])
        # Memos of the pure parts (bounded): the base score of an entry for a key, the
        # evidence a key's matches give, and the ranking of matches without a context.
        self._bases: dict[tuple[int, int, str], float] = {}
        self._evidence: dict[tuple[str, tuple[tuple[int, int], ...]], _Evidence] = {}
        self._plain_ranks: dict[tuple[str, tuple[tuple[int, int], ...], bool],
                                list[tuple[float, int]]] = {}

    # ------------------------------------------------------------------ scoring
    def population(self, index: int) -> int:
        """The town's population; GeoNames lists some seats of districts without one (0),
        and those are counted as mid-sized towns rather than as empty."""
        population = self.gazetteer.population(index)
        return population if population > 0 else self.unknown_population

    def other_name(self, index: int, key: str) -> bool:
        """Whether ``key`` names the town by another name altogether (a translation, a former
        name: "Salisbury" for Harare) rather than a short form ("New York" for New York City)
        or a spelling variant ("Ajdabiyah" for Ajdabiya, "Misurata" for Misratah)."""
        own = name_key(self.gazetteer.name(index))
        return not (short_form(own, key) or len(key) >= 6 and skeleton(own) == skeleton(key))

    def spelling_variant(self, index: int, key: str) -> bool:
        """Whether ``key`` is another spelling of the town's name ("Perera" for Pereira,
        "Misurata" for Misratah) rather than the name or a short form of it."""
        return not short_form(name_key(self.gazetteer.name(index)), key)

    def _base(self, index: int, kind: int, key: str = "") -> float:
        slot = (index, kind, key)
        score = self._bases.get(slot)
        if score is None:
            score = remember(self._bases, slot, self._compute_base(index, kind, key))
        return score

    def _compute_base(self, index: int, kind: int, key: str = "") -> float:
        gaz = self.gazetteer
        feature = gaz.feature(index)
        score = self.feature_scores.get(feature)
        supplement = gaz.is_supplement(index)
        if score is None or supplement and feature in _TOWN_FEATURES:
            score = self.feature_scores["supplement"]
        elif feature in _TOWN_FEATURES:
            population = self.population(index)
            score += math.log10(population + 1)
            if population >= self.metro_pop:
                score += self.metro_bonus
            score += self.prominence_weight * math.log10(1 + gaz.prominence(index))
        if kind == PRIMARY:
            score += self.match_scores["primary"]
        elif kind == WEAK:
            score += self.match_scores["weak"]
        elif feature in _TOWN_FEATURES and key and self.other_name(index, key):
            # Another name altogether (a translation, a former name: "Salisbury" for Harare),
            # not a short form ("New York" for New York City).
            score += self.match_scores["other_name"]
        return score

    def _score(self, index: int, kind: int, context: Context | None, key: str = "") -> float:
        score = self._base(index, kind, key)
        if context is None:
            return score
        gaz = self.gazetteer
        country = gaz.country_of(index)
        if country and country in context.hints:
            score += self.ctx["hint"]
        if country:
            if country == context.main:
                score += self.ctx["main_country"]
            elif country in context.countries:
                score += self.ctx["other_country"]
            elif context.main and country in gaz.neighbours.get(context.main, ()):
                score += self.ctx["neighbour"]
            admin1 = gaz.admin1_of(index)
            if admin1 and gaz.feature(index) != "admin1" and (
                    (country, admin1) in context.admin1s):
                score += self.ctx["admin1"]
        return score

    def ranked(self, cand: Candidate, context: Context | None,
               qualified: bool = False) -> list[tuple[float, int]]:
        """(score, entry) for the candidate's entries, best first (shared: never changed)."""
        if context is None and cand.qualifier is None:
            slot = (cand.key, tuple(cand.matches), qualified)
            found = self._plain_ranks.get(slot)
            if found is None:
                found = remember(self._plain_ranks, slot, self._ranked(cand, None, qualified))
            return found
        if cand.qualifier is None:
            assert context is not None
            slot = (cand.key, tuple(cand.matches), qualified)
            found = context.ranks.get(slot)
            if found is None:
                found = context.ranks[slot] = self._ranked(cand, context, qualified)
            return found
        return self._ranked(cand, context, qualified)

    def _ranked(self, cand: Candidate, context: Context | None,
                qualified: bool = False) -> list[tuple[float, int]]:
        gaz = self.gazetteer
        scored: list[tuple[float, int]] = []
        allowed = cand.matches
        if not qualified:
            allowed = [(e, k) for e, k in allowed if k != QUALIFIER]
        if any(gaz.feature(e) == "country" for e, _ in allowed):
            # A country's name is the country, not a town known by it ("Mexico").
            allowed = [(e, k) for e, k in allowed
                       if k == PRIMARY or gaz.feature(e) not in _TOWN_FEATURES]
        qual_entry = None
        if cand.qualifier is not None:
            qual_ranked = self.ranked(cand.qualifier, context, qualified=True)
            if qual_ranked:
                qual_entry = qual_ranked[0][1]
        for index, kind in allowed:
            score = self._score(index, kind, context, cand.key)
            if qual_entry is not None:
                q_country = gaz.country_of(qual_entry)
                if gaz.feature(qual_entry) == "admin1":
                    if gaz.country_of(index) == q_country and gaz.admin1_of(index) == (
                            gaz.admin1_of(qual_entry)):
                        score += self.ctx["qualifier"]
                elif gaz.country_of(index) == q_country and gaz.feature(index) != "country":
                    score += self.ctx["qualifier"]
            scored.append((score, index))
        scored.sort(key=lambda pair: (-pair[0], -gaz.population(pair[1]), pair[1]))
        return scored

    # ------------------------------------------------------------------ context
    def context(self, candidates: Sequence[Candidate], hints: Sequence[str]) -> Context:
        gaz = self.gazetteer
        weights: dict[str, float] = defaultdict(float)
        admin1s: set[tuple[str, str]] = set()
        for hint in hints:
            weights[hint.upper()] += self.ctx["hint_weight"]
        for cand in candidates:
            if cand.status in ("rejected", "context"):
                continue
            if cand.kind == "demonym":
                if cand.demonym_of is not None and gaz.country_of(cand.demonym_of):
                    weights[gaz.country_of(cand.demonym_of)] += self.ctx["demonym_weight"]
                continue
            ranked = self.ranked(cand, None, qualified="qualifier" in cand.reasons)
            if not ranked:
                continue
            top = ranked[0][1]
            feature = gaz.feature(top)
            country = gaz.country_of(top)
            if not country:
                continue
            if feature == "country":
                if any(gaz.feature(e) == "admin1" for e, _ in cand.matches):
                    continue  # "Georgia": the country or the state, the context must say
                weights[country] += self.ctx["country_weight"]
            elif feature in ("admin1", "admin2"):
                weights[country] += self.ctx["admin1_weight"]
                admin1s.add((country, gaz.admin1_of(top)))
            elif len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= self.ctx["clear_margin"]:
                weights[country] += self.ctx["place_weight"]
        main = None
        if weights:
            country, weight = max(weights.items(), key=lambda kv: (kv[1], kv[0]))
            if weight >= self.ctx["min_weight"]:
                main = country
        countries = frozenset(c for c, w in weights.items() if w >= self.ctx["min_weight"])
        return Context(weights=dict(weights), main=main, countries=countries,
                       admin1s=frozenset(admin1s), hints=frozenset(h.upper() for h in hints))

    # ------------------------------------------------------------------ decisions
    def evidence(self, key: str, matches: Sequence[tuple[int, int]]) -> _Evidence:
        """What a key's matches say about it being a place (memoized)."""
        slot = (key, tuple(matches))
        found = self._evidence.get(slot)
        if found is None:
            found = remember(self._evidence, slot, self._compute_evidence(key, matches))
        return found

    def _compute_evidence(self, key: str, matches: Sequence[tuple[int, int]]) -> _Evidence:
        gaz = self.gazetteer
        rec = self.rec
        usable = [(e, k) for e, k in matches if k != QUALIFIER]
        strong = False
        strong_large = False
        town_pop = -1
        for index, kind in usable:
            feature = gaz.feature(index)
            if feature in _TOWN_FEATURES and not gaz.is_supplement(index):
                population = self.population(index)
                other_name = kind == ALIAS and self.other_name(index, key)
                if other_name and population < self.metro_pop:
                    continue  # a town known by another name is no evidence unless it is huge
                if kind == ALIAS and feature != "capital" and population < self.metro_pop and (
                        self.spelling_variant(index, key)):
                    # Another spelling of a town's name ("Perera" for Pereira, "Levi" for
                    # Lévis) is a place on its own only for a metropolis: surnames and first
                    # names meet these alternate spellings all the time.
                    population = min(population, int(rec["plain_population"]) - 1)
                town_pop = max(town_pop, population)
                if feature == "capital" or population >= rec["strong_population"]:
                    strong = strong or kind != WEAK
                    strong_large = strong
            elif feature in STRONG_FEATURES or feature not in _TOWN_FEATURES or (
                    gaz.is_supplement(index)):
                strong = True
                strong_large = strong_large or not (
                    gaz.is_supplement(index) and feature in SUPPLEMENT_SMALL)
        has_country = any(gaz.feature(e) in ("country", "admin1", "continent") for e, _ in usable)
        return _Evidence(usable, strong, town_pop, has_country,
                         supplement_small=strong and not strong_large)

    def decide(self, cand: Candidate, context: Context | None) -> None:
        """Accept or reject a toponym candidate from its evidence (and the context)."""
        if cand.kind != "toponym":
            return
        if not _INSIDE_NAMES.isdisjoint(cand.reasons):
            cand.status = "rejected"
            return
        if cand.is_qualifier and "qualifier" not in cand.reasons:
            cand.status = "rejected"
            return
        if "qualifier" in cand.reasons:
            cand.status = "accepted"
            return
        gaz = self.gazetteer
        rec = self.rec
        evidence = self.evidence(cand.key, cand.matches)
        usable = evidence.usable
        if not usable or cand.person:
            cand.status = "rejected"
            return
        if "variant" in cand.reasons:
            # A spelling variant is kept only in a country the document is about, and a
            # one-word variant only after a place cue ("in Misurata"): skeletons of single
            # words meet too many English words and personal names.
            if cand.last - cand.first == 1 and cand.cue not in ("strong", "noun"):
                cand.status = "rejected"
                return
            if context is None:
                cand.status = "context"
                return
            kept = [(e, k) for e, k in usable if gaz.country_of(e) in context.countries]
            cand.matches = kept
            cand.status = "accepted" if kept and not (
                "embedded" in cand.reasons or "common" in cand.reasons) else "rejected"
            return
        strong = evidence.strong
        town_pop = evidence.town_pop
        has_country = evidence.has_country
        reasons = cand.reasons
        qualified = cand.qualifier is not None
        if "calendar" in reasons and not (qualified or cand.cue == "noun"):
            cand.status = "rejected"
            return
        if "sentence-start-common" in reasons and not (qualified or has_country):
            cand.status = "rejected"
            return
        if "common" in reasons and not (qualified or cand.cue in ("strong", "noun") or (
                strong and town_pop >= rec["strong_population"]) or has_country):
            cand.status = "rejected"
            return
        if tokens_start(cand) and not (strong or qualified or has_country) and (
                town_pop < rec["plain_population"]):
            cand.status = "rejected"
            return
        if "embedded" in reasons and not qualified and (not strong or (
                evidence.supplement_small and cand.last - cand.first == 1
                and cand.cue not in ("strong", "noun"))):
            cand.status = "rejected"
            return
        if strong or qualified or cand.cue in ("strong", "noun"):
            cand.status = "accepted"
            return
        multiword = cand.last - cand.first > 1
        if town_pop >= rec["plain_population"] or (multiword and town_pop >= (
                rec["context_population"])):
            cand.status = "accepted"
            return
        if cand.cue == "weak" and town_pop >= rec["weak_cue_plain_population"]:
            cand.status = "accepted"
            return
        if context is not None and town_pop >= rec["context_population"]:
            # A one-word name of a small town in a country the document is about: a place
            # after a weak cue ("from Ardcroney"), or when the document names its division
            # or the town is not tiny; otherwise more often a surname ("Bassett", "Newman").
            for index, kind in usable:
                if kind == WEAK or gaz.country_of(index) not in context.countries:
                    continue
                population = self.population(index)
                if population < rec["context_population"]:
                    continue
                if cand.cue == "weak" and population >= rec["weak_cue_population"] or (
                        population >= rec["context_plain_population"]) or (
                        (gaz.country_of(index), gaz.admin1_of(index)) in context.admin1s):
                    cand.status = "accepted"
                    return
        cand.status = "rejected" if context is not None else "context"
