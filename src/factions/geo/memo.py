"""Bounded memo tables for the geoparser's per-key lookups (a table is emptied when full)."""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")

MEMO_SIZE = 1 << 16


def remember(table: dict[K, V], key: K, value: V) -> V:
    """Store ``value`` for ``key`` in ``table`` (emptied first when it holds ``MEMO_SIZE``
    entries) and return it."""
    if len(table) >= MEMO_SIZE:
        table.clear()
    table[key] = value
    return value
