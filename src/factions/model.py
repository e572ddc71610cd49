"""The nouns every module shares: Document, Mention, Actor, Role, Place, Event, Relation, Analysis.

All are plain dataclasses with ``as_dict`` / ``from_dict`` so that the Analysis JSON, the store and
the exporters agree on one shape. Offsets are always character offsets into ``Document.text`` as
it was read (before normalization).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal, TypeVar

SCHEMA_VERSION = "factions.analysis/1"

ACTOR_TYPES = (
    "person",
    "armed_group",
    "government",
    "state",
    "international_org",
    "political_party",
    "company",
    "other",
)
ActorType = Literal[
    "person",
    "armed_group",
    "government",
    "state",
    "international_org",
    "political_party",
    "company",
    "other",
]
DatePrecision = Literal["day", "week", "month", "year", "unknown"]
MODALITIES = ("asserted", "reported", "planned", "hypothetical", "negated", "historical")

T = TypeVar("T")


def _from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Build a flat dataclass from a dict, ignoring keys it does not know."""
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(slots=True)
class Document:
    """One article. ``id`` is the hash of the normalized text (see ``sources.normalize``)."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date or datetime with timezone; None when unknown
    language: str = "en"
    source: str | None = None  # where it was read from (path, "stdin", "file.jsonl:12")

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return _from_dict(cls, data)


@dataclass(slots=True)
class Mention:
    """A span of the document text that refers to an actor, a place or a date."""

    start: int
    end: int
    text: str
    sentence: int
    kind: str = "name"  # name, alias, demonym, metonym, surname, pronoun, descriptor, possessive
    resolved: str | None = None  # actor id / place id when known

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text,
                "sentence": self.sentence, "kind": self.kind}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return _from_dict(cls, data)


@dataclass(slots=True)
class Role:
    """A title an actor holds, optionally in an organization, over a span of dates."""

    title: str
    org: str | None = None  # actor id of the organization, or its name when unknown to the KB
    start: str | None = None
    end: str | None = None
    source: str = "kb"  # "kb" or "text"
    evidence: str | None = None  # the sentence that states it (roles from text)
    date: str | None = None  # document date the text role was stated on
    duration: str | None = None  # ISO 8601 length the text gives with no anchor ("P20Y")

    def held_on(self, when: str | None) -> bool:
        """Whether the role was held on ``when`` (an ISO date or its prefix; any date when
        None): started by then, not ended before."""
        if when is None:
            return True
        if self.start and self.start[: len(when)] > when:
            return False
        return not (self.end and self.end < when[: len(self.end)])

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Role:
        return _from_dict(cls, data)


def document_actor_id(name: str) -> str:
    """The id of an actor the knowledge base does not know, made from its name in the text
    ("the Gran Grif gang": "x-gran-grif-gang")."""
    return "x-" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


@dataclass(slots=True)
class Actor:
    """An actor as it appears in one Analysis (linked to the KB when ``known``)."""

    id: str
    name: str
    type: str
    country: str | None = None
    known: bool = True
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    salience: float = 0.0
    mentions: list[Mention] = field(default_factory=list)
    cameo: str | None = None
    wikidata: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "country": self.country,
            "known": self.known,
            "aliases": list(self.aliases),
            "roles": [r.as_dict() for r in self.roles],
            "salience": round(self.salience, 4),
            "mentions": [m.as_dict() for m in self.mentions],
            "cameo": self.cameo,
            "wikidata": self.wikidata,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        actor = _from_dict(cls, data)
        actor.roles = [Role.from_dict(r) for r in data.get("roles", [])]
        actor.mentions = [Mention.from_dict(m) for m in data.get("mentions", [])]
        return actor


@dataclass(slots=True)
class Place:
    """A place mentioned in the document, resolved to a gazetteer entry when possible."""

    id: str  # "geonames:2210247", "supp:sharara-oilfield", "country:LBY", "region:LBY:south"
    name: str
    country: str | None = None  # ISO alpha-3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None  # GeoNames feature class/code or our own: city, region, oilfield...
    precision: int = 3  # 1 town/site, 2 region/district/near, 3 country
    geonames_id: int | None = None
    mentions: list[Mention] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["mentions"] = [m.as_dict() for m in self.mentions]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Place:
        place = _from_dict(cls, data)
        place.mentions = [Mention.from_dict(m) for m in data.get("mentions", [])]
        return place


@dataclass(slots=True)
class Evidence:
    """The sentence that proves a row, with offsets into the original text."""

    text: str
    start: int
    end: int
    trigger: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return _from_dict(cls, data)


@dataclass(slots=True)
class Event:
    """A coded event: PLOVER type/mode/contexts with CAMEO and ACLED-style codes alongside."""

    id: str
    type: str
    evidence: Evidence
    rule: str
    mode: str | None = None
    contexts: list[str] = field(default_factory=list)
    cameo: str | None = None
    acled_type: str | None = None
    acled_sub_type: str | None = None
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    place: str | None = None  # Place id
    place_text: str | None = None
    # Where the place was read: "clause" (the trigger's clause), "sentence" (elsewhere in its
    # sentence) or "context" (an earlier sentence); None with no place.
    place_basis: str | None = None
    date: str | None = None
    date_precision: str = "unknown"
    modality: str = "asserted"
    confidence: float = 0.5

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["evidence"] = self.evidence.as_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        data = dict(data)
        data["evidence"] = Evidence.from_dict(data["evidence"])
        return _from_dict(cls, data)


@dataclass(slots=True)
class Relation:
    """An alignment between two actors: supports, opposes, mediates, allied_with, member_of,
    commands."""

    id: str
    type: str
    source: str
    target: str
    evidence: Evidence
    basis: str = "stated"  # stated | inferred
    modality: str = "asserted"
    confidence: float = 0.5
    date: str | None = None
    rule: str | None = None

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["evidence"] = self.evidence.as_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Relation:
        data = dict(data)
        data["evidence"] = Evidence.from_dict(data["evidence"])
        return _from_dict(cls, data)


@dataclass(slots=True)
class Analysis:
    """Everything the per-document pipeline found in one document."""

    document: Document
    key_actor: str | None = None
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. "no publication date: ..."

    def actor(self, actor_id: str) -> Actor | None:
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None

    def as_dict(self, include_text: bool = False) -> dict[str, Any]:
        doc = self.document
        document: dict[str, Any] = {
            "id": doc.id,
            "url": doc.url,
            "title": doc.title,
            "published": doc.published,
            "outlet": doc.outlet,
            "language": doc.language,
            "source": doc.source,
        }
        if include_text:
            document["text"] = doc.text
        return {
            "schema": SCHEMA_VERSION,
            "document": document,
            "key_actor": self.key_actor,
            "actors": [a.as_dict() for a in self.actors],
            "places": [p.as_dict() for p in self.places],
            "events": [e.as_dict() for e in self.events],
            "relations": [r.as_dict() for r in self.relations],
            "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        doc = dict(data["document"])
        doc.setdefault("text", "")
        return cls(
            document=Document.from_dict(doc),
            key_actor=data.get("key_actor"),
            actors=[Actor.from_dict(a) for a in data.get("actors", [])],
            places=[Place.from_dict(p) for p in data.get("places", [])],
            events=[Event.from_dict(e) for e in data.get("events", [])],
            relations=[Relation.from_dict(r) for r in data.get("relations", [])],
            notes=list(data.get("notes", [])),
        )
