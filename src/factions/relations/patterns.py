"""Alignment patterns and the rules that turn coded events into alignments.

The alignment patterns share the event patterns' format and loader (``factions.events.patterns``;
they are the ``relations:`` section of a pattern file). The inference rules come from
``data/patterns/inference.yaml``: which event types (and modes) imply which alignment, with what
confidence, and how a mediator finds the sides it mediates between.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from factions.events.patterns import RELATION_TYPES
from factions.resources import load_yaml_resource


@dataclass(frozen=True, slots=True)
class Implication:
    relation: str
    confidence: float


@dataclass(frozen=True)
class InferenceRules:
    """What events imply about alignments (see inference.yaml)."""

    by_type: dict[str, Implication]
    by_mode: dict[tuple[str, str], Implication]
    skip_modalities: frozenset[str]
    modality_factors: dict[str, float]
    sides_oppose: float | None  # None: mediation implies nothing about its sides
    mediation_fallback_factor: float
    symmetric: frozenset[str]
    # Accusations and threats imply opposition only between sides already in conflict
    # (needs_conflict), unless asserted (needs_conflict_unless_asserted); conflict_events put
    # their sides in conflict.
    needs_conflict: frozenset[str] = frozenset()
    needs_conflict_unless_asserted: frozenset[str] = frozenset()
    conflict_events: frozenset[str] = frozenset()
    # CAMEO codes (prefixes) of the formal acts that need no conflict (a summons, a lawsuit).
    needs_conflict_except_cameo: tuple[str, ...] = ()
    domestic_modes: frozenset[str] = frozenset()  # coercion done to one's own country only
    requests_mediate_from: frozenset[str] = frozenset()  # actor types whose truce calls mediate
    # Who act together in an event of these types are allied (joint_sources: its confidence).
    joint_sources: float | None = None
    joint_types: frozenset[str] = frozenset()
    joint_skip: frozenset[str] = frozenset()
    # Agent sectors of crowds and communities, which an attack or a crackdown does not make a
    # party to the conflict ("security forces dispersed them", "killing thousands of Masalit").
    no_party_sectors: frozenset[str] = frozenset()
    # ... except the crowds of these sectors, which whoever polices, fires on or denounces them
    # (an event of ``policed_types``, not of a mode of ``policed_skip_modes``) opposes.
    policed_sectors: frozenset[str] = frozenset()
    policed_types: frozenset[str] = frozenset()
    policed_skip_modes: frozenset[str] = frozenset()
    # Aid of these modes a foreign state sends with no recipient named goes to the government of
    # the story's country, unless an event of ``aid_home_unless`` runs between their camps.
    aid_home_modes: frozenset[str] = frozenset()
    aid_home_unless: frozenset[str] = frozenset()

    def implication(self, event_type: str, mode: str | None) -> Implication | None:
        if mode is not None and (event_type, mode) in self.by_mode:
            return self.by_mode[(event_type, mode)]
        return self.by_type.get(event_type)


def _implication(raw: dict[str, Any], where: str) -> Implication:
    relation = raw["relation"]
    if relation not in RELATION_TYPES:
        raise ValueError(f"inference.yaml: {where}: unknown relation {relation!r}")
    return Implication(relation, float(raw["confidence"]))


def _optional_confidence(raw: dict[str, Any] | None) -> float | None:
    return None if not raw or raw.get("confidence") is None else float(raw["confidence"])


@lru_cache(maxsize=1)
def inference_rules() -> InferenceRules:
    """The packaged inference rules (cached)."""
    data: dict[str, Any] = load_yaml_resource("patterns/inference.yaml")
    return InferenceRules(
        by_type={k: _implication(v, k) for k, v in data["from_events"].items()},
        by_mode={
            (kind, mode): _implication(v, f"{kind}/{mode}")
            for kind, modes in data["from_modes"].items() for mode, v in modes.items()
        },
        skip_modalities=frozenset(data["skip_modalities"]),
        modality_factors={k: float(v) for k, v in data["modality_factors"].items()},
        sides_oppose=_optional_confidence(data.get("mediation_sides_oppose")),
        mediation_fallback_factor=float(data["mediation_fallback_factor"]),
        symmetric=frozenset(data["symmetric"]),
        needs_conflict=frozenset(data.get("needs_conflict") or ()),
        needs_conflict_unless_asserted=frozenset(
            data.get("needs_conflict_unless_asserted") or ()),
        conflict_events=frozenset(data.get("conflict_events") or ()),
        needs_conflict_except_cameo=tuple(
            str(c) for c in data.get("needs_conflict_except_cameo") or ()),
        domestic_modes=frozenset(data.get("domestic_modes") or ()),
        requests_mediate_from=frozenset(data.get("requests_mediate_from") or ()),
        joint_sources=_optional_confidence(data.get("joint_sources")),
        joint_types=frozenset((data.get("joint_sources") or {}).get("types") or ()),
        joint_skip=frozenset((data.get("joint_sources") or {}).get("skip") or ()),
        no_party_sectors=frozenset(data.get("no_party_sectors") or ()),
        policed_sectors=frozenset((data.get("policed_crowds") or {}).get("sectors") or ()),
        policed_types=frozenset((data.get("policed_crowds") or {}).get("types") or ()),
        policed_skip_modes=frozenset((data.get("policed_crowds") or {}).get("skip_modes") or ()),
        aid_home_modes=frozenset((data.get("aid_to_home_government") or {}).get("modes") or ()),
        aid_home_unless=frozenset(
            (data.get("aid_to_home_government") or {}).get("unless") or ()),
    )
