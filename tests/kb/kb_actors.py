"""The ids of the actors the pipeline finds in a sentence: the helper of the knowledge-base tests
(each file checks that its entries are found, and that near misses are not)."""

from __future__ import annotations

from factions.kb import KnowledgeBase
from factions.pipeline.run import analyze_text


def actor_ids(text: str, published: str = "2025-06-01",
              kb: KnowledgeBase | None = None) -> set[str]:
    return {a.id for a in analyze_text(text, published=published, kb=kb).actors}
