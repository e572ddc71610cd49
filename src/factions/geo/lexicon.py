"""The word lists and weights the geoparser reads from ``data/geo/lexicon.yaml`` and
``data/geo/resolve.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml

from factions.geo.gazetteer import DATA_DIR
from factions.resources import yaml_loader


def _load(name: str) -> dict[str, Any]:
    with open(DATA_DIR / name, encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.load(handle, Loader=yaml_loader())  # noqa: S506 - safe
    return data


def _words(values: list[Any]) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values)


@dataclass(frozen=True)
class Lexicon:
    connectors: frozenset[str]
    dotted_abbreviations: frozenset[str]
    generic_suffixes: frozenset[str]
    strong_cues: frozenset[str]
    cue_nouns: frozenset[str]
    weak_cues: frozenset[str]
    person_verbs: frozenset[str]
    person_titles: frozenset[str]
    calendar: frozenset[str]
    stopwords: frozenset[str]
    non_places: frozenset[str]
    common_words: frozenset[str]
    org_words: frozenset[str]
    institution_heads: frozenset[str]
    institution_of: frozenset[str]
    facility_heads: frozenset[str]
    feature_prefixes: frozenset[str]
    street_heads: frozenset[str]
    first_names: frozenset[str]
    demonym_non_modifiers: frozenset[str]
    language_cues: frozenset[str]
    directions: dict[str, str]  # any direction word -> direction key
    near_nouns: frozenset[str]
    near_words: tuple[str, ...]
    country_words: frozenset[str]
    weights: dict[str, Any]


@cache
def load_lexicon() -> Lexicon:
    """The lexicon and weights, read once per process."""
    words = _load("lexicon.yaml")
    weights = _load("resolve.yaml")
    directions = {
        word.lower(): key for key, forms in words["directions"].items() for word in forms}
    return Lexicon(
        connectors=_words(words["connectors"]),
        dotted_abbreviations=_words(words["dotted_abbreviations"]),
        generic_suffixes=_words(words["generic_suffixes"]),
        strong_cues=_words(words["strong_cues"]),
        cue_nouns=_words(words["cue_nouns"]),
        weak_cues=_words(words["weak_cues"]),
        person_verbs=_words(words["person_verbs"]),
        person_titles=_words(words["person_titles"]),
        calendar=_words(words["calendar"]),
        stopwords=_words(words["stopwords"]),
        non_places=_words(words["non_places"]),
        common_words=_words(words["common_words"]) | _words(words["person_titles"]),
        org_words=_words(words["org_words"]),
        institution_heads=_words(words["institution_heads"]),
        institution_of=_words(words["institution_of"]),
        facility_heads=_words(words["facility_heads"]),
        feature_prefixes=_words(words["feature_prefixes"]),
        street_heads=_words(words["street_heads"]),
        first_names=_words(words["first_names"]),
        demonym_non_modifiers=_words(words["demonym_non_modifiers"]),
        language_cues=_words(words["language_cues"]),
        directions=directions,
        near_nouns=_words(words["near_nouns"]),
        near_words=tuple(str(w).lower() for w in words["near_words"]),
        country_words=_words(words["country_words"]),
        weights=weights,
    )
