"""Options carried through the pipeline (one object, validated once)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Options:
    """Per-run options of the per-document pipeline.

    ``spacy_model``: name of an installed trained spaCy pipeline to use for tokens instead of
    ``spacy.blank("en")`` (optional; nothing is downloaded). ``stages``: names of the stages to
    run, in order; None means the default pipeline. ``max_chars``: refuse documents longer than
    this (a guard against non-articles).
    """

    spacy_model: str | None = None
    stages: tuple[str, ...] | None = None
    max_chars: int = 2_000_000
    kb_files: tuple[str, ...] = field(default_factory=tuple)
