"""PETRARCH/TABARI dictionary support: dictionary readers and a CAMEO dictionary coder."""

from factions.cameo.coder import (
    CameoCoder,
    CodedEvent,
    CoderConfig,
    DictionarySet,
    load_dictionaries,
)
from factions.cameo.dictionaries import (
    ActorEntry,
    AgentEntry,
    Discard,
    Issue,
    VerbDictionary,
    read_actors,
    read_agents,
    read_discards,
    read_verbs,
)

__all__ = [
    "ActorEntry",
    "AgentEntry",
    "CameoCoder",
    "CodedEvent",
    "CoderConfig",
    "Discard",
    "DictionarySet",
    "Issue",
    "VerbDictionary",
    "load_dictionaries",
    "read_actors",
    "read_agents",
    "read_discards",
    "read_verbs",
]
