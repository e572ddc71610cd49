"""Cue words and titles for the actor stages, loaded once from the packaged data files."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from factions.resources import load_yaml_resource


@dataclass(frozen=True)
class ActorLexicon:
    """Vocabularies from ``data/actors/cues.yaml`` and ``data/actors/titles.yaml``."""

    locative_prepositions: frozenset[str]
    actor_after_nouns: frozenset[str]
    motion_words: frozenset[str]
    direction_adjectives: frozenset[str]
    place_nouns_after_possessive: frozenset[str]
    actor_verbs: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    person_descriptors: tuple[str, ...]  # space-joined token forms, longest first
    person_offices: frozenset[str]  # the descriptors that name an office
    state_offices: tuple[tuple[str, ...], ...]  # offices a state has one holder of, longest first
    group_descriptors: dict[str, str]
    person_titles: tuple[tuple[str, ...], ...]  # token tuples, longest first
    title_modifiers: tuple[tuple[str, ...], ...]
    modifiers_by_first: dict[str, tuple[tuple[str, ...], ...]]  # first word -> modifiers
    group_heads: dict[str, str]  # lower-case head noun (may be two words) -> actor type
    named_group_nouns: dict[str, str]  # "the Gran Grif gang": lower-case noun -> actor type
    sport_heads_before: frozenset[str]  # "Champions League": a contest, not a group
    name_particles: frozenset[str]
    non_state_sectors: dict[str, str]  # agent sector -> actor type of the group it makes
    group_adjectives: frozenset[str]
    agentive_participles: frozenset[str]
    no_actor_sectors: frozenset[str]
    crowd_counts: frozenset[str]  # "thousands" (of Israelis rallied)
    crowd_acts: frozenset[str]  # what such a crowd does: "rallied", "marched"
    titles_by_last: dict[str, tuple[tuple[str, ...], ...]]  # last word -> titles, longest first
    titles_by_first: dict[str, tuple[tuple[str, ...], ...]]  # first word -> titles
    descriptors_by_first: dict[str, tuple[tuple[str, ...], ...]]
    role_heads: frozenset[str]  # last words of titles and descriptors: "minister", "warlord"
    organization_roles: frozenset[str]  # what a group or state is: "coalition", "colonial power"

    def state_office_at(self, lowers: Sequence[str], j: int) -> tuple[str, ...] | None:
        """The state's one-holder office (longest first) whose words start at token ``j`` of
        ``lowers``: ("foreign", "minister") in "Kenya's foreign minister said"; else None."""
        return next((w for w in self.state_offices if tuple(lowers[j:j + len(w)]) == w), None)


def _words(values: list[str]) -> frozenset[str]:
    return frozenset(v.lower() for v in values)


def _token_tuples(values: list[str]) -> tuple[tuple[str, ...], ...]:
    from factions.text.sentences import tokenizer_pipeline

    tokenizer = tokenizer_pipeline().tokenizer
    tuples = {tuple(t.text.lower() for t in tokenizer(v)) for v in values}
    return tuple(sorted(tuples, key=len, reverse=True))


def _index(items: tuple[tuple[str, ...], ...], pos: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for item in items:  # items are longest first; keep that order per key
        index.setdefault(item[pos], []).append(item)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def actor_lexicon() -> ActorLexicon:
    """The packaged actor cue words (cached)."""
    cues = load_yaml_resource("actors/cues.yaml")
    titles = load_yaml_resource("actors/titles.yaml")
    heads: dict[str, str] = {}
    for kind, nouns in titles["group_heads"].items():
        for noun in nouns:
            heads.setdefault(noun.lower(), kind)
    person_titles = _token_tuples(titles["person_titles"])
    modifiers = _token_tuples(titles["title_modifiers"])
    descriptors = _token_tuples(cues["person_characterizations"] + cues["person_offices"])
    return ActorLexicon(
        locative_prepositions=_words(cues["locative_prepositions"]),
        actor_after_nouns=_words(cues["actor_after_nouns"]),
        motion_words=_words(cues["motion_words"]),
        direction_adjectives=_words(cues["direction_adjectives"]),
        place_nouns_after_possessive=_words(cues["place_nouns_after_possessive"]),
        actor_verbs=_words(cues["actor_verbs"]),
        person_pronouns=_words(cues["person_pronouns"]),
        group_pronouns=_words(cues["group_pronouns"]),
        person_descriptors=tuple(" ".join(d) for d in descriptors),
        person_offices=frozenset(" ".join(d) for d in _token_tuples(cues["person_offices"])),
        state_offices=_token_tuples(cues["state_offices"]),
        group_descriptors={k.lower(): v for k, v in cues["group_descriptors"].items()},
        person_titles=person_titles,
        title_modifiers=modifiers,
        modifiers_by_first=_index(modifiers, 0),
        group_heads=heads,
        named_group_nouns=dict(titles["named_group_nouns"]),
        sport_heads_before=_words(titles["sport_heads_before"]),
        name_particles=_words(titles["name_particles"]),
        non_state_sectors=dict(cues["non_state_sectors"]),
        group_adjectives=frozenset(cues["group_adjectives"]),
        agentive_participles=_words(cues["agentive_participles"]),
        no_actor_sectors=_words(cues["no_actor_sectors"]),
        crowd_counts=_words(cues["crowd_counts"]),
        crowd_acts=_words(cues["crowd_acts"]),
        titles_by_last=_index(person_titles, -1),
        titles_by_first=_index(person_titles, 0),
        descriptors_by_first=_index(descriptors, 0),
        role_heads=frozenset(t[-1] for t in (*person_titles, *descriptors) if t[-1].isalpha())
        | _words(titles["role_nouns"]),
        organization_roles=_words(titles["organization_roles"]),
    )
