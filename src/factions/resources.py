"""Access to the data files that ship inside the package (``factions/data``)."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from factions.errors import KnowledgeBaseError

try:  # the C loader is several times faster; fall back when PyYAML was built without it
    from yaml import CSafeLoader as _Base
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Base  # type: ignore[assignment]

_BOOL = "tag:yaml.org,2002:bool"


class _Loader(_Base):
    """Reads booleans as YAML 1.2 does: only true/false. PyYAML follows YAML 1.1, where bare
    on, off, yes and no are booleans too, which silently turned the words "on" and "no" of our
    word lists into True and False. A key given twice in one mapping is an error (PyYAML keeps
    the last silently: two ``not_object`` lists of one pattern lost the first)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(
                        "while reading a mapping", node.start_mark,
                        f"key {key_node.value!r} is given twice", key_node.start_mark)
                seen.add(key_node.value)
        return super().construct_mapping(node, deep=deep)


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


def read_dictionary_text(path: Path) -> str:
    """The text of a dictionary file a user gives (knowledge base, patterns); an unreadable or
    non-UTF-8 file is a KnowledgeBaseError that names it."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise KnowledgeBaseError(
            f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise KnowledgeBaseError(f"{path}: cannot read ({exc.strerror})") from exc


def invalid_yaml(name: str, exc: yaml.MarkedYAMLError) -> KnowledgeBaseError:
    """The error for a dictionary file that is not valid YAML, with the line of the problem."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else 0
    return KnowledgeBaseError(f"{name}:{line}: not valid YAML: {exc.problem or exc}")
