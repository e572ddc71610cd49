"""Gold annotation files (format: ../shared/GOLD_FORMAT.md), loaded and checked."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factions.errors import GoldError
from factions.kb.names import normalize_name


@dataclass
class GoldActor:
    name: str
    type: str | None
    country: str | None
    aliases: list[str]
    roles: list[str]
    minor: bool = False

    def names(self) -> set[str]:
        return {normalize_name(n) for n in [self.name, *self.aliases] if normalize_name(n)}


@dataclass
class GoldAlignment:
    source: str
    target: str
    relation: str
    evidence: str


@dataclass
class GoldEvent:
    type: str
    source: str | None
    target: str | None
    location: dict[str, Any] | None
    date: str | None
    modality: str | None
    evidence: str
    mode: str | None = None


@dataclass
class GoldArticle:
    id: str
    path: str
    text: str
    title: str | None
    published: str | None
    key_actor: str | None
    actors: list[GoldActor] = field(default_factory=list)
    alignments: list[GoldAlignment] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)

    def actor(self, name: str) -> GoldActor | None:
        wanted = normalize_name(name)
        for actor in self.actors:
            if wanted in actor.names():
                return actor
        return None


def load_gold_folder(folder: str | Path) -> list[GoldArticle]:
    """Every ``*.json`` gold file in ``folder`` (sorted), or a single file."""
    path = Path(folder)
    if not path.exists():
        raise GoldError(f"{path}: no such gold file or folder")
    files = [path] if path.is_file() else sorted(path.glob("*.json"))
    if not files:
        raise GoldError(f"{path}: no *.json gold files in this folder")
    return [load_gold_file(f) for f in files]


def load_gold_file(path: Path) -> GoldArticle:
    where = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{where}: cannot read ({exc})") from exc
    except json.JSONDecodeError as exc:
        raise GoldError(f"{where}:{exc.lineno}: not valid JSON ({exc.msg})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise GoldError(f"{where}: a gold file is an object with at least \"text\"")
    try:
        actors = [
            GoldActor(
                name=a["name"], type=a.get("type"), country=a.get("country"),
                aliases=list(a.get("aliases_in_text") or []),
                roles=list(a.get("roles_in_text") or []), minor=bool(a.get("minor", False)),
            )
            for a in data.get("actors") or []
        ]
        alignments = [
            GoldAlignment(source=r["source"], target=r["target"], relation=r["relation"],
                          evidence=r.get("evidence") or "")
            for r in data.get("alignments") or []
        ]
        events = [
            GoldEvent(type=e["type"], source=e.get("source"), target=e.get("target"),
                      location=e.get("location"), date=e.get("date"),
                      modality=e.get("modality"), evidence=e.get("evidence") or "",
                      mode=e.get("mode"))
            for e in data.get("events") or []
        ]
    except (KeyError, TypeError) as exc:
        raise GoldError(f"{where}: malformed entry ({exc!r} missing or wrong type)") from exc
    published = data.get("published")
    return GoldArticle(
        id=str(data.get("id") or path.stem), path=where, text=data["text"],
        title=data.get("title"), published=str(published) if published else None,
        key_actor=data.get("key_actor"), actors=actors, alignments=alignments, events=events,
    )
