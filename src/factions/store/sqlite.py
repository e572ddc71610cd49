"""The SQLite store.

One ``Store`` is the single writer (the CLI's ingest loop feeds it one Analysis at a time); each
document is written in its own transaction, so a crash mid-ingest loses nothing committed.
Documents are keyed by the hash of their normalized text: the same article ingested twice leaves
one copy; an article whose text changed (same URL, or same source path when it has no URL)
replaces its old rows in the same transaction that writes the new ones.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from factions.errors import StoreError
from factions.model import Analysis
from factions.store.migrations import MIGRATIONS

DEFAULT_DB = "factions.db"


def default_db_path() -> str:
    """``$FACTIONS_DB`` if set, else ``factions.db`` in the working directory."""
    return os.environ.get("FACTIONS_DB") or DEFAULT_DB


@dataclass(frozen=True)
class IngestResult:
    """What writing one Analysis did."""

    doc_id: str
    status: Literal["added", "unchanged", "replaced", "reanalyzed"]
    replaced: tuple[str, ...] = ()


class Store:
    """A factions store in one SQLite file."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
        try:
            if readonly:
                if not Path(self.path).exists():
                    raise StoreError(f"{self.path}: no such store (run `factions ingest` first)")
                uri = f"file:{Path(self.path).resolve()}?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True)
            else:
                self.conn = sqlite3.connect(self.path)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self._migrate()
            else:
                self._check_version()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from exc

    # -- schema ---------------------------------------------------------------------------
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _check_version(self) -> None:
        version = self.schema_version()
        if version > len(MIGRATIONS):
            raise StoreError(f"{self.path}: the store has schema {version}, newer than this "
                             f"factions understands ({len(MIGRATIONS)}); upgrade factions")

    def _migrate(self) -> None:
        self._check_version()
        version = self.schema_version()
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            try:
                self.conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\n"
                                        "COMMIT;")
            except sqlite3.DatabaseError as exc:
                self.conn.rollback()
                raise StoreError(f"{self.path}: migration {number} failed ({exc})") from exc

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() \
            is not None

    def write_analysis(self, analysis: Analysis, *, replace: bool = False) -> IngestResult:
        """Store one Analysis in one transaction (see module docstring for the rules)."""
        doc = analysis.document
        try:
            with self.conn:  # one transaction: commits on success, rolls back on any error
                exists = self.has_document(doc.id)
                if exists and not replace:
                    return IngestResult(doc.id, "unchanged")
                stale: list[str] = [doc.id] if exists else []
                key, value = ("url", doc.url) if doc.url else ("source", doc.source)
                if value:
                    stale += [
                        row[0] for row in self.conn.execute(
                            f"SELECT id FROM documents WHERE {key} = ? AND id != ?",
                            (value, doc.id))
                    ]
                for old in stale:
                    self.conn.execute("DELETE FROM documents WHERE id = ?", (old,))
                self._insert(analysis)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot write document {doc.id} "
                             f"({doc.source or doc.url}): {exc}") from exc
        if exists:
            return IngestResult(doc.id, "reanalyzed")
        return IngestResult(doc.id, "replaced" if stale else "added", tuple(stale))

    def _insert(self, analysis: Analysis) -> None:
        doc = analysis.document
        c = self.conn
        c.execute(
            "INSERT INTO documents (id, url, source, title, outlet, published, language, text, "
            "key_actor, analysis, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (doc.id, doc.url, doc.source, doc.title, doc.outlet, doc.published, doc.language,
             doc.text, analysis.key_actor, json.dumps(analysis.as_dict(), ensure_ascii=False),
             dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
        )
        for actor in analysis.actors:
            c.execute(
                "INSERT INTO actors (id, name, type, country, known, cameo, wikidata) "
                "VALUES (?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET name=excluded.name, "
                "type=excluded.type, country=COALESCE(excluded.country, actors.country), "
                "known=MAX(actors.known, excluded.known), "
                "cameo=COALESCE(excluded.cameo, actors.cameo), "
                "wikidata=COALESCE(excluded.wikidata, actors.wikidata)",
                (actor.id, actor.name, actor.type, actor.country, int(actor.known), actor.cameo,
                 actor.wikidata),
            )
            c.execute(
                "INSERT INTO doc_actors (doc_id, actor_id, salience, is_key, aliases) "
                "VALUES (?,?,?,?,?)",
                (doc.id, actor.id, actor.salience, int(actor.id == analysis.key_actor),
                 json.dumps(actor.aliases, ensure_ascii=False)),
            )
            c.executemany(
                "INSERT INTO mentions (doc_id, actor_id, start, end, text, sentence, kind) "
                "VALUES (?,?,?,?,?,?,?)",
                [(doc.id, actor.id, m.start, m.end, m.text, m.sentence, m.kind)
                 for m in actor.mentions],
            )
            c.executemany(
                "INSERT INTO roles (doc_id, actor_id, title, org, start, end, source, evidence, "
                "date, duration) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [(doc.id, actor.id, r.title, r.org, r.start, r.end, r.source, r.evidence,
                  r.date, r.duration) for r in actor.roles],
            )
        for place in analysis.places:
            c.execute(
                "INSERT OR REPLACE INTO places (doc_id, place_id, name, country, admin1, lat, "
                "lon, feature, precision, geonames_id, mentions) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (doc.id, place.id, place.name, place.country, place.admin1, place.lat,
                 place.lon, place.feature, place.precision, place.geonames_id,
                 json.dumps([m.as_dict() for m in place.mentions])),
            )
        for event in analysis.events:
            ev = event.evidence
            c.execute(
                "INSERT INTO events (doc_id, id, type, mode, contexts, cameo, acled_type, "
                "acled_sub_type, place, place_text, place_basis, date, date_precision, modality, "
                "confidence, evidence_text, evidence_start, evidence_end, trigger, rule) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (doc.id, event.id, event.type, event.mode, json.dumps(event.contexts),
                 event.cameo, event.acled_type, event.acled_sub_type, event.place,
                 event.place_text, event.place_basis, event.date, event.date_precision,
                 event.modality, event.confidence, ev.text, ev.start, ev.end, ev.trigger,
                 event.rule),
            )
            c.executemany(
                "INSERT INTO event_actors (doc_id, event_id, actor_id, side) VALUES (?,?,?,?)",
                [(doc.id, event.id, a, "source") for a in event.source]
                + [(doc.id, event.id, a, "target") for a in event.target],
            )
        for rel in analysis.relations:
            ev = rel.evidence
            c.execute(
                "INSERT INTO relations (doc_id, id, type, source, target, basis, modality, "
                "confidence, date, evidence_text, evidence_start, evidence_end, rule) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (doc.id, rel.id, rel.type, rel.source, rel.target, rel.basis, rel.modality,
                 rel.confidence, rel.date, ev.text, ev.start, ev.end, rel.rule),
            )

    # -- reading --------------------------------------------------------------------------
    def count(self, table: str) -> int:
        if table not in ("documents", "actors", "mentions", "events", "relations", "places",
                         "roles", "doc_actors"):
            raise ValueError(f"unknown table {table!r}")
        return int(self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    def analysis(self, doc_id: str) -> Analysis | None:
        row = self.conn.execute("SELECT analysis, text FROM documents WHERE id = ?",
                                (doc_id,)).fetchone()
        if row is None:
            return None
        data = json.loads(row["analysis"])
        data["document"]["text"] = row["text"]
        return Analysis.from_dict(data)

    def find_actors(self, query: str, limit: int = 10) -> list[sqlite3.Row]:
        """Actors whose id, name or any alias used in text matches ``query`` (case-insensitive),
        most-mentioned first."""
        from factions.kb.names import normalize_name

        needle = normalize_name(query)
        rows = self.conn.execute(
            "SELECT a.*, COUNT(da.doc_id) AS documents, SUM(da.is_key) AS key_in, "
            "GROUP_CONCAT(da.aliases, '\x1f') AS alias_lists "
            "FROM actors a JOIN doc_actors da ON da.actor_id = a.id GROUP BY a.id"
        ).fetchall()
        scored = []
        for row in rows:
            names = {normalize_name(row["name"]), normalize_name(row["id"].replace("-", " "))}
            for chunk in (row["alias_lists"] or "").split("\x1f"):
                if chunk:
                    names.update(normalize_name(a) for a in json.loads(chunk))
            if needle in names:
                scored.append((0, -row["documents"], row))
            elif any(needle in n.split() or (len(needle) > 3 and needle in n) for n in names):
                scored.append((1, -row["documents"], row))
        scored.sort(key=lambda t: (t[0], t[1]))
        return [row for _, _, row in scored[:limit]]

    def actor_profile(self, actor_id: str) -> dict[str, Any]:
        """Everything the store knows about one actor (for ``factions who``)."""
        actor = self.conn.execute("SELECT * FROM actors WHERE id = ?", (actor_id,)).fetchone()
        if actor is None:
            raise StoreError(f"no actor {actor_id!r} in {self.path}")
        docs = self.conn.execute(
            "SELECT d.id, d.title, d.published, d.url, d.source, da.salience, da.is_key, "
            "da.aliases FROM doc_actors da JOIN documents d ON d.id = da.doc_id "
            "WHERE da.actor_id = ? ORDER BY d.published DESC, da.salience DESC", (actor_id,)
        ).fetchall()
        aliases: dict[str, None] = {}
        for row in docs:
            for alias in json.loads(row["aliases"]):
                aliases.setdefault(alias, None)
        roles = self.conn.execute(
            "SELECT title, org, start, end, source, evidence, date, duration, doc_id FROM roles "
            "WHERE actor_id = ? ORDER BY source, date", (actor_id,)
        ).fetchall()
        relations = self.conn.execute(
            "SELECT r.type, r.source, r.target, r.basis, r.modality, r.confidence, r.date, "
            "r.evidence_text, r.doc_id, s.name AS source_name, t.name AS target_name "
            "FROM relations r LEFT JOIN actors s ON s.id = r.source "
            "LEFT JOIN actors t ON t.id = r.target WHERE r.source = ? OR r.target = ? "
            "ORDER BY r.confidence DESC", (actor_id, actor_id)
        ).fetchall()
        events = self.conn.execute(
            "SELECT e.doc_id, e.id, e.type, e.mode, e.date, e.modality, e.place_text, "
            "e.place_basis, "
            "e.evidence_text, ea.side FROM event_actors ea JOIN events e "
            "ON e.doc_id = ea.doc_id AND e.id = ea.event_id WHERE ea.actor_id = ? "
            "ORDER BY e.date", (actor_id,)
        ).fetchall()
        return {
            "actor": dict(actor),
            "aliases": list(aliases),
            "documents": [dict(r) | {"aliases": json.loads(r["aliases"])} for r in docs],
            "roles": [dict(r) for r in roles],
            "relations": [dict(r) for r in relations],
            "events": [dict(r) for r in events],
        }

    def events(self, *, actor: str | None = None, type: str | None = None,
               country: str | None = None, since: str | None = None, until: str | None = None,
               modality: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
        """Events with their actors, filtered; dates compare as ISO strings (prefixes work)."""
        where: list[str] = []
        args: list[Any] = []
        if actor:
            where.append("EXISTS (SELECT 1 FROM event_actors ea WHERE ea.doc_id = e.doc_id "
                         "AND ea.event_id = e.id AND ea.actor_id = ?)")
            args.append(actor)
        if type:
            where.append("e.type = ?")
            args.append(type.upper())
        if country:
            where.append("(p.country = ? OR EXISTS (SELECT 1 FROM event_actors ea JOIN actors a "
                         "ON a.id = ea.actor_id WHERE ea.doc_id = e.doc_id AND "
                         "ea.event_id = e.id AND a.country = ?))")
            args += [country.upper(), country.upper()]
        if since:
            where.append("e.date >= ?")
            args.append(since)
        if until:
            where.append("substr(e.date, 1, ?) <= ?")
            args += [len(until), until]
        if modality:
            where.append("e.modality = ?")
            args.append(modality)
        sql = (
            "SELECT e.*, d.title AS doc_title, d.url AS doc_url, d.source AS doc_source, "
            "p.name AS place_name, p.country AS place_country, p.lat, p.lon, "
            "p.precision AS place_precision FROM events e JOIN documents d ON d.id = e.doc_id "
            "LEFT JOIN places p ON p.doc_id = e.doc_id AND p.place_id = e.place "
            + ("WHERE " + " AND ".join(where) + " " if where else "")
            + "ORDER BY e.date, e.doc_id, e.id LIMIT ?"
        )
        rows = self.conn.execute(sql, (*args, limit)).fetchall()
        result = []
        for row in rows:
            sides = self.conn.execute(
                "SELECT ea.actor_id, ea.side, a.name FROM event_actors ea LEFT JOIN actors a "
                "ON a.id = ea.actor_id WHERE ea.doc_id = ? AND ea.event_id = ?",
                (row["doc_id"], row["id"])).fetchall()
            item = dict(row)
            item["contexts"] = json.loads(item["contexts"])
            item["source"] = [{"id": r["actor_id"], "name": r["name"]} for r in sides
                              if r["side"] == "source"]
            item["target"] = [{"id": r["actor_id"], "name": r["name"]} for r in sides
                              if r["side"] == "target"]
            result.append(item)
        return result

    def iter_documents(self) -> Iterator[sqlite3.Row]:
        yield from self.conn.execute("SELECT id, title, published, source, url FROM documents "
                                     "ORDER BY published, id")

    def search(self, query: str, limit: int = 20) -> list[sqlite3.Row]:
        """Full-text search over titles and texts (FTS5 query syntax)."""
        try:
            return self.conn.execute(
                "SELECT d.id, d.title, d.published, snippet(documents_fts, 1, '[', ']', '...', "
                "12) AS snippet FROM documents_fts JOIN documents d ON d.rowid = "
                "documents_fts.rowid WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
                (query, limit)).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"bad search query {query!r}: {exc}") from exc
