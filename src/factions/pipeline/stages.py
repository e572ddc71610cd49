"""The pipeline's stages, each declaring what it requires and what it assigns.

Like spaCy's components: a stage is a named function of the ``DocState`` with a contract, and
``check_order`` refuses an order where a stage needs something no earlier stage made. Third-party
stages register through ``register_stage`` exactly as the built-in ones do.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factions.errors import PipelineError
from factions.pipeline.state import DocState


@dataclass(frozen=True)
class Stage:
    """A pipeline stage: ``run(state)`` reads ``requires`` and fills ``assigns``."""

    name: str
    run: Callable[[DocState], None]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    version: str = "v1"


_REGISTRY: dict[str, Stage] = {}
# What every DocState has before the first stage runs.
PROVIDED = ("document", "text", "kb", "options")


def register_stage(stage: Stage) -> Stage:
    """Add (or replace) a stage in the registry."""
    _REGISTRY[stage.name] = stage
    return stage


def get_stage(name: str) -> Stage:
    _register_builtins()
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise PipelineError(f"unknown stage {name!r}; known stages: {known}") from None


def check_order(stages: Sequence[Stage]) -> None:
    """Raise ``PipelineError`` when a stage requires what no earlier stage assigns."""
    made = set(PROVIDED)
    for stage in stages:
        missing = [r for r in stage.requires if r not in made]
        if missing:
            raise PipelineError(
                f"stage {stage.name!r} requires {', '.join(missing)}, which no earlier stage "
                f"assigns; put a stage that assigns it first"
            )
        made.update(stage.assigns)


DEFAULT_STAGES = (
    "tokens",
    "actors.recognize",
    "actors.discover",
    "actors.coref",
    "places",
    "events",
    "relations",
    "actors.assemble",
)


def default_stages() -> list[Stage]:
    _register_builtins()
    return [_REGISTRY[name] for name in DEFAULT_STAGES if name in _REGISTRY]


_BUILTINS_DONE = False


def _register_builtins() -> None:
    global _BUILTINS_DONE
    if _BUILTINS_DONE:
        return
    _BUILTINS_DONE = True
    from factions import events, relations
    from factions.actors import assemble, coref, discover, recognize
    from factions.geo import stage as places
    from factions.pipeline import tokens

    register_stage(Stage("tokens", tokens.tokenize, tokens.REQUIRES, tokens.ASSIGNS))
    register_stage(Stage("actors.recognize", recognize.recognize_actors, recognize.REQUIRES,
                         recognize.ASSIGNS))
    register_stage(Stage("actors.discover", discover.discover_actors, discover.REQUIRES,
                         discover.ASSIGNS))
    register_stage(Stage("actors.coref", coref.resolve_coreference, coref.REQUIRES,
                         coref.ASSIGNS))
    register_stage(Stage("places", places.resolve_places, places.REQUIRES, places.ASSIGNS))
    register_stage(Stage("events", events.code_events, events.REQUIRES, events.ASSIGNS))
    register_stage(Stage("relations", relations.find_relations, relations.REQUIRES,
                         relations.ASSIGNS))
    register_stage(Stage("actors.assemble", assemble.assemble_actors, assemble.REQUIRES,
                         assemble.ASSIGNS))
