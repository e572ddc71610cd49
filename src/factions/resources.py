"""Access to the data files that ship inside the package (``factions/data``)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml

try:  # the C loader is several times faster; fall back when PyYAML was built without it
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


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
