"""factions: news about wars and crises into an evidence-backed knowledge base."""

from factions.model import (
    SCHEMA_VERSION,
    Actor,
    Analysis,
    Document,
    Event,
    Evidence,
    Mention,
    Place,
    Relation,
    Role,
)

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "Analysis",
    "Document",
    "Event",
    "Evidence",
    "Mention",
    "Place",
    "Relation",
    "Role",
    "__version__",
]
