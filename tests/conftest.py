"""Shared fixtures: the packaged knowledge base (loaded once) and paths to ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from factions.kb import KnowledgeBase
from factions.pipeline import default_kb

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = SHARED / "examples" / "libya-haftar-2019.txt"
EXAMPLE_GOLD = SHARED / "examples" / "libya-haftar-2019.gold.json"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return default_kb()


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")
