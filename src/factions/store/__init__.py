"""The store: SQLite (WAL, one writer, FTS5) as the system of record."""

from factions.store.sqlite import IngestResult, Store, default_db_path

__all__ = ["IngestResult", "Store", "default_db_path"]
