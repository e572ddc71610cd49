"""Finding a dictionary set in a folder and converting PETRARCH actors to our KB format."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from factions.cameo.coder import DictionarySet, load_dictionaries
from factions.cameo.dictionaries import ActorEntry
from factions.errors import KnowledgeBaseError

_KINDS = ("actors", "agents", "verbs", "discards")


def find_dictionary_files(folder: str | Path) -> dict[str, list[Path]]:
    """The PETRARCH/TABARI dictionary files in ``folder``, by kind (name contains the kind)."""
    root = Path(folder)
    if not root.is_dir():
        raise KnowledgeBaseError(f"{root}: not a folder of PETRARCH dictionaries")
    found: dict[str, list[Path]] = {k: [] for k in _KINDS}
    for path in sorted(root.iterdir()):
        lower = path.name.lower()
        for kind in _KINDS:
            if kind in lower or lower.endswith("." + kind[:-1]):
                found[kind].append(path)
                break
    missing = [k for k in ("actors", "agents", "verbs") if not found[k]]
    if missing:
        raise KnowledgeBaseError(f"{root}: no {', '.join(missing)} dictionary found (file names "
                                 "must contain 'actors', 'agents', 'verbs', 'discards')")
    return found


def load_dictionary_folder(folder: str | Path, fmt: str = "petrarch") -> DictionarySet:
    """Load the dictionary set in ``folder`` (see ``find_dictionary_files``), written in
    ``fmt`` (``petrarch`` or ``tabari``)."""
    files = find_dictionary_files(folder)
    return load_dictionaries(files["actors"], files["agents"][0], files["verbs"][0],
                             files["discards"][0] if files["discards"] else None, fmt=fmt)


def parse_dictionaries_option(value: str) -> tuple[str, Path]:
    """``petrarch:DIR`` or ``tabari:DIR`` to the format and the folder."""
    prefix, _, folder = value.partition(":")
    fmt = prefix.lower()
    if fmt not in ("petrarch", "tabari") or not folder:
        raise KnowledgeBaseError(f"--dictionaries {value!r}: expected petrarch:DIR or tabari:DIR")
    return fmt, Path(folder)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "actor"


def actors_to_kb(entries: list[ActorEntry]) -> dict[str, Any]:
    """A factions KB document for PETRARCH actor entries: one actor per entry, its phrases as
    aliases, its undated (or first) code as ``cameo``; country from a code that starts with an
    ISO alpha-3 code is left to the reader (CAMEO country codes are not always ISO)."""
    actors = []
    seen: set[str] = set()
    for entry in entries:
        names = [str(p).replace("_", " ").title() for p in entry.phrases]
        if not names:
            continue
        base = "petr-" + _slug(names[0])  # never merge into a packaged actor by accident
        actor_id, n = base, 2
        while actor_id in seen:
            actor_id, n = f"{base}-{n}", n + 1
        seen.add(actor_id)
        code = next((c.code for c in entry.codes if not c.restricted), None) or (
            entry.codes[0].code if entry.codes else None)
        item: dict[str, Any] = {"id": actor_id, "name": names[0], "type": "other"}
        if len(names) > 1:
            item["aliases"] = names[1:]
        if code:
            item["cameo"] = code
        actors.append(item)
    return {"version": 1, "actors": actors}


def write_kb(document: dict[str, Any], path: str | Path) -> None:
    Path(path).write_text(
        "# Converted by `factions kb import` from PETRARCH/TABARI actor dictionaries.\n"
        + yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100),
        encoding="utf-8")
