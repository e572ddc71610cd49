"""The three event ontologies as data: PLOVER 2.0, CAMEO and ACLED-style types (see
docs/ontology.md). Loaded once from ``data/ontology/*.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from factions.resources import load_yaml_resource


@dataclass(frozen=True, slots=True)
class PloverType:
    name: str
    quad: str
    modes: frozenset[str]
    description: str


@dataclass(frozen=True, slots=True)
class AcledRule:
    type: str
    modes: frozenset[str] | None
    source_types: frozenset[str] | None
    acled: tuple[str, str]


@dataclass(frozen=True)
class Ontology:
    """PLOVER types (with quad classes, modes, contexts), CAMEO codes and ACLED-style types."""

    plover: dict[str, PloverType]
    contexts: frozenset[str]
    default_contexts: dict[str, tuple[str, ...]]
    cameo_roots: dict[str, dict[str, str]]
    cameo_codes: dict[str, str]
    cameo_plover: dict[str, str]  # code prefix -> PLOVER type
    acled_types: dict[str, tuple[str, ...]]
    acled_rules: tuple[AcledRule, ...]
    # PLOVER type -> its ACLED rules, in file order (the only ones ``acled_for`` need scan).
    acled_by_type: dict[str, tuple[AcledRule, ...]] = field(init=False, repr=False,
                                                            compare=False)

    def __post_init__(self) -> None:
        by_type: dict[str, list[AcledRule]] = {}
        for rule in self.acled_rules:
            by_type.setdefault(rule.type, []).append(rule)
        object.__setattr__(self, "acled_by_type", {k: tuple(v) for k, v in by_type.items()})

    def cameo_name(self, code: str) -> str | None:
        """The name of a CAMEO code (root or leaf), or None when unknown."""
        return self.cameo_codes.get(code) or self.cameo_roots.get(code, {}).get("name")

    def plover_of_cameo(self, code: str) -> str | None:
        """The PLOVER type a CAMEO code maps to (longest listed prefix), or None (root 01)."""
        for n in range(len(code), 1, -1):
            found = self.cameo_plover.get(code[:n])
            if found:
                return found
        return None

    def quad_class(self, plover_type: str) -> str:
        return self.plover[plover_type].quad

    def acled_for(
        self, plover_type: str, mode: str | None, source_types: Iterable[str] = ()
    ) -> tuple[str, str] | None:
        """The ACLED-style (event type, sub-event type) for a coded event, or None."""
        kinds = set(source_types)
        for rule in self.acled_by_type.get(plover_type, ()):
            if rule.modes is not None and mode not in rule.modes:
                continue
            if rule.source_types is not None and not kinds & rule.source_types:
                continue
            return rule.acled
        return None


@lru_cache(maxsize=1)
def ontology() -> Ontology:
    """The packaged ontology tables (cached). Raises ValueError if they contradict each other."""
    plover_data: dict[str, Any] = load_yaml_resource("ontology/plover.yaml")
    cameo_data: dict[str, Any] = load_yaml_resource("ontology/cameo.yaml")
    acled_data: dict[str, Any] = load_yaml_resource("ontology/acled.yaml")

    quad_of = {t: quad for quad, types in plover_data["quad_classes"].items() for t in types}
    plover = {
        name: PloverType(name, quad_of[name], frozenset(spec.get("modes") or ()),
                         spec.get("description", ""))
        for name, spec in plover_data["types"].items()
    }
    acled_types = {k: tuple(v) for k, v in acled_data["event_types"].items()}
    sub_types = {(k, s) for k, subs in acled_types.items() for s in subs}
    rules = []
    for raw in acled_data["rules"]:
        acled = (raw["acled"][0], raw["acled"][1])
        if acled not in sub_types:
            raise ValueError(f"acled.yaml: unknown ACLED type {acled}")
        if raw["type"] not in plover:
            raise ValueError(f"acled.yaml: unknown PLOVER type {raw['type']}")
        rules.append(AcledRule(
            type=raw["type"],
            modes=frozenset(raw["modes"]) if "modes" in raw else None,
            source_types=frozenset(raw["source_types"]) if "source_types" in raw else None,
            acled=acled,
        ))
    cameo_plover = {str(k): v for k, v in cameo_data["plover"].items()}
    for code, kind in cameo_plover.items():
        if kind not in plover:
            raise ValueError(f"cameo.yaml: code {code} maps to unknown PLOVER type {kind}")
    return Ontology(
        plover=plover,
        contexts=frozenset(plover_data["contexts"]),
        default_contexts={k: tuple(v) for k, v in plover_data["default_contexts"].items()},
        cameo_roots={str(k): v for k, v in cameo_data["roots"].items()},
        cameo_codes={str(k): v for k, v in cameo_data["codes"].items()},
        cameo_plover=cameo_plover,
        acled_types=acled_types,
        acled_rules=tuple(rules),
    )
