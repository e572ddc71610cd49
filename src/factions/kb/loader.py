"""Load knowledge-base YAML files into a ``KnowledgeBase``.

Packaged files load first (``factions/data/kb/**/*.yaml``), then the user's (``--kb``). A file
that is not YAML raises ``KnowledgeBaseError`` naming file and line; a single broken entry is
recorded as a ``KBIssue`` (file, line, problem) and skipped, so one typo never loses the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml

from factions.errors import KnowledgeBaseError
from factions.kb.entries import Agent, KBActor, KBIssue
from factions.kb.knowledge_base import KnowledgeBase
from factions.model import ACTOR_TYPES, Role
from factions.resources import data_path, invalid_yaml, read_dictionary_text, yaml_loader

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_LIST_FIELDS = ("aliases", "descriptors", "demonyms", "metonyms", "conflicts")
_ACTOR_FIELDS = {
    "id", "name", "type", "country", "roles", "cameo", "wikidata", "represents", *_LIST_FIELDS,
}


def packaged_kb_files() -> list[Path]:
    """The knowledge-base files that ship with factions, in load order."""
    root = data_path("kb")
    return sorted(root.glob("*.yaml")) + sorted(root.glob("*/*.yaml"))


def load_kb(extra: Sequence[str | Path] = (), *, packaged: bool = True) -> KnowledgeBase:
    """Load the packaged knowledge base plus ``extra`` user files into one ``KnowledgeBase``."""
    files: list[Path] = packaged_kb_files() if packaged else []
    for item in extra:
        path = Path(item)
        if not path.exists():
            raise KnowledgeBaseError(f"{path}: knowledge-base file not found")
        files.extend(sorted(path.rglob("*.y*ml")) if path.is_dir() else [path])
    kb = KnowledgeBase()
    for path in files:
        actors, agents, issues = read_kb_file(path)
        kb.issues.extend(issues)
        for actor in actors:
            kb.add_actor(actor)
        for agent in agents:
            kb.add_agent(agent)
    kb.finish()
    return kb


def read_kb_file(path: Path) -> tuple[list[KBActor], list[Agent], list[KBIssue]]:
    """Parse one KB file; return its good entries and the issues of its broken ones."""
    name = str(path)
    text = read_dictionary_text(path)
    try:
        data = yaml.load(text, Loader=yaml_loader())
    except yaml.MarkedYAMLError as exc:
        raise invalid_yaml(name, exc) from exc
    if data is None:
        return [], [], []
    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"{name}:1: expected a mapping with 'actors' and/or 'agents'")
    unknown = set(data) - {"version", "actors", "agents"}
    if unknown:
        raise KnowledgeBaseError(f"{name}:1: unknown top-level keys {sorted(unknown)}")
    raw_actors = data.get("actors") or []
    raw_agents = data.get("agents") or []
    if not isinstance(raw_actors, list) or not isinstance(raw_agents, list):
        raise KnowledgeBaseError(f"{name}:1: 'actors' and 'agents' must be lists")
    lines: dict[str, list[int]] = {}  # computed only when an entry is broken

    def line_of(section: str, index: int) -> int:
        if section not in lines:
            lines[section] = _entry_lines(text, section)
        found = lines[section]
        return found[index] if index < len(found) else 0

    actors: list[KBActor] = []
    agents: list[Agent] = []
    issues: list[KBIssue] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw_actors):
        try:
            actor = _parse_actor(entry)
            if actor.id in seen:
                raise ValueError(f"duplicate id {actor.id!r} in this file")
            seen.add(actor.id)
            actor.origin = f"{name}:{index}"
            actors.append(actor)
        except (ValueError, TypeError) as exc:
            issues.append(KBIssue(name, line_of("actors", index), f"actor skipped: {exc}"))
    for index, entry in enumerate(raw_agents):
        try:
            agents.append(_parse_agent(entry))
        except (ValueError, TypeError) as exc:
            issues.append(KBIssue(name, line_of("agents", index), f"agent skipped: {exc}"))
    return actors, agents, issues


def _entry_lines(text: str, section: str) -> list[int]:
    """1-based line of each item of the top-level list ``section`` (slow path, errors only)."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(node, yaml.MappingNode):
        return []
    for key, value in node.value:
        if key.value == section and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def _strings(entry: dict[str, Any], key: str) -> list[str]:
    value = entry.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{key!r} must be a list of non-empty strings")
    return [v.strip() for v in value]


def _date(value: Any, key: str) -> str | None:
    if value is None:
        return None
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    if not _DATE.match(text):
        raise ValueError(f"role {key} {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return text


def _parse_actor(entry: Any) -> KBActor:
    if not isinstance(entry, dict):
        raise ValueError("an actor must be a mapping")
    unknown = set(entry) - _ACTOR_FIELDS
    if unknown:
        raise ValueError(f"unknown fields {sorted(unknown)}")
    actor_id = entry.get("id")
    if not isinstance(actor_id, str) or not _ID.match(actor_id):
        raise ValueError(f"id {actor_id!r} must be a lowercase slug (a-z, 0-9, -)")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{actor_id}: 'name' is missing")
    kind = entry.get("type")
    if kind not in ACTOR_TYPES:
        raise ValueError(f"{actor_id}: type {kind!r} is not one of {', '.join(ACTOR_TYPES)}")
    country = entry.get("country")
    if country is not None and (not isinstance(country, str) or not _COUNTRY.match(country)):
        raise ValueError(f"{actor_id}: country {country!r} is not an ISO 3166 alpha-3 code")
    roles = []
    for raw in entry.get("roles") or []:
        if not isinstance(raw, dict) or not isinstance(raw.get("title"), str):
            raise ValueError(f"{actor_id}: each role needs a 'title'")
        start, end = _date(raw.get("start"), "start"), _date(raw.get("end"), "end")
        if start and end and start > end:
            raise ValueError(f"{actor_id}: role {raw['title']!r} starts after it ends")
        org = raw.get("org")
        roles.append(Role(title=raw["title"], org=str(org) if org else None, start=start, end=end))
    cameo = entry.get("cameo")
    wikidata = entry.get("wikidata")
    represents = entry.get("represents")
    if represents is not None:
        if (not isinstance(represents, dict) or set(represents) != {"country", "sector"}
                or not _COUNTRY.match(str(represents["country"]))
                or not isinstance(represents["sector"], str)):
            raise ValueError(f"{actor_id}: 'represents' must be {{country: ISO3, sector: name}}")
        represents = {"country": str(represents["country"]), "sector": represents["sector"]}
    return KBActor(
        id=actor_id,
        name=name.strip(),
        type=kind,
        country=country,
        aliases=_strings(entry, "aliases"),
        descriptors=_strings(entry, "descriptors"),
        demonyms=_strings(entry, "demonyms"),
        metonyms=_strings(entry, "metonyms"),
        conflicts=_strings(entry, "conflicts"),
        roles=roles,
        cameo=str(cameo) if cameo else None,
        wikidata=str(wikidata) if wikidata else None,
        represents=represents,
    )


def _parse_agent(entry: Any) -> Agent:
    if not isinstance(entry, dict):
        raise ValueError("an agent must be a mapping")
    agent_id, sector = entry.get("id"), entry.get("sector")
    if not isinstance(agent_id, str) or not _ID.match(agent_id):
        raise ValueError(f"id {agent_id!r} must be a lowercase slug")
    if not isinstance(sector, str) or not sector:
        raise ValueError(f"{agent_id}: 'sector' is missing")
    nouns = _strings(entry, "nouns")
    if not nouns:
        raise ValueError(f"{agent_id}: 'nouns' is empty")
    return Agent(id=agent_id, sector=sector, nouns=nouns)


def iter_issue_lines(issues: Iterable[KBIssue]) -> list[str]:
    """Human-readable lines for KB issues."""
    return [str(issue) for issue in issues]
