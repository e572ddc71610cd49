"""Knowledge-base entries as loaded from YAML (see docs/kb-format.md)."""

from __future__ import annotations

from dataclasses import dataclass, field

from factions.model import Role


@dataclass(slots=True)
class KBActor:
    """One actor of the knowledge base."""

    id: str
    name: str
    type: str
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    descriptors: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    metonyms: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    cameo: str | None = None
    wikidata: str | None = None
    conflicts: list[str] = field(default_factory=list)
    # The state and sector this body officially is: {"country": "EGY", "sector": "military"}
    # for the Egyptian Armed Forces, so that "Egyptian troops" links to it.
    represents: dict[str, str] | None = None
    origin: str = ""  # "file:line" of the entry that defined it

    def all_names(self) -> list[str]:
        """Name and aliases, without duplicates, in order."""
        seen: dict[str, None] = {self.name: None}
        for alias in self.aliases:
            seen.setdefault(alias, None)
        return list(seen)


@dataclass(slots=True)
class Agent:
    """A generic noun that gives its owner a sector ("troops" -> military)."""

    id: str
    sector: str
    nouns: list[str] = field(default_factory=list)
    origin: str = ""


@dataclass(frozen=True, slots=True)
class KBIssue:
    """A broken entry that was skipped, with where it is."""

    file: str
    line: int
    problem: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.problem}"
