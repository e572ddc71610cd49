"""Access to the data files that ship inside the package (``factions/data``)."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

try:  # the C loader is several times faster; fall back when PyYAML was built without it
    from yaml import CSafeLoader as _Base
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Base  # type: ignore[assignment]

_BOOL = "tag:yaml.org,2002:bool"


class _Loader(_Base):
    """Reads booleans as YAML 1.2 does: only true/false. PyYAML follows YAML 1.1, where bare
    on, off, yes and no are booleans too, which silently turned the words "on" and "no" of our
    word lists into True and False."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _BOOL]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))


def data_path(relative: str) -> Path:
    """Filesystem path of a packaged data file, e.g. ``data_path("kb/states.yaml")``."""
    return Path(str(resources.files("factions") / "data" / relative))


def load_yaml_resource(relative: str) -> Any:
    """Parse a packaged YAML data file (trusted: it ships with the package)."""
    with data_path(relative).open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_Loader)


def yaml_loader() -> type:
    """The fastest safe YAML loader class available."""
    return _Loader
