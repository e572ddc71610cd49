"""One geoparser (and so one gazetteer load) for the whole test session."""

from __future__ import annotations

import pytest

from factions.geo import Geoparser


@pytest.fixture(scope="session")
def geoparser() -> Geoparser:
    return Geoparser()
