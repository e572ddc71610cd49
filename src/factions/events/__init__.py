"""Event coding: PLOVER events (with CAMEO codes and ACLED-style types) from pattern dictionaries.

Public API::

    code_events(state, patterns=None)       # the stage: fills state.events
    REQUIRES, ASSIGNS                        # its contract
    load_patterns(extra=(), packaged=True)   # the packaged patterns plus user files
    read_pattern_file(path)                  # one file: (patterns, issues, disabled ids)
    ontology()                               # PLOVER / CAMEO / ACLED tables

The pattern format is documented in docs/patterns.md, the ontologies in docs/ontology.md.
"""

from factions.events.coder import ASSIGNS, REQUIRES, code_events
from factions.events.ontology import Ontology, ontology
from factions.events.patterns import (
    Pattern,
    PatternIssue,
    PatternSet,
    load_patterns,
    packaged_pattern_files,
    read_pattern_file,
)

__all__ = [
    "ASSIGNS",
    "REQUIRES",
    "Ontology",
    "Pattern",
    "PatternIssue",
    "PatternSet",
    "code_events",
    "load_patterns",
    "ontology",
    "packaged_pattern_files",
    "read_pattern_file",
]
