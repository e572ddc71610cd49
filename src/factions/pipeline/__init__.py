"""The per-document pipeline: stages with declared contracts, run on one document at a time."""

from factions.pipeline.options import Options
from factions.pipeline.run import analyze, analyze_text, default_kb, make_document, prepare
from factions.pipeline.stages import Stage, check_order, register_stage

__all__ = [
    "Options",
    "Stage",
    "analyze",
    "analyze_text",
    "check_order",
    "default_kb",
    "make_document",
    "prepare",
    "register_stage",
]
