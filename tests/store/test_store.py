"""The SQLite store: idempotent ingest, replacement of changed articles, crash safety."""

import sqlite3
from pathlib import Path

import pytest

from factions.errors import StoreError
from factions.pipeline import analyze, make_document
from factions.store import Store

TEXT = ("Forces loyal to Khalifa Haftar advanced on Tripoli on Thursday. The UN-backed "
        "Government of National Accord said it would resist. Egyptian troops stayed home.")


def doc(text: str = TEXT, url: str | None = "https://example.org/a"):
    d = make_document(text, url=url, published="2019-04-05", title="Haftar advances")
    return analyze(d)


def test_the_same_article_twice_leaves_one_copy(tmp_path: Path):
    with Store(tmp_path / "s.db") as store:
        first = store.write_analysis(doc())
        second = store.write_analysis(doc())
        assert (first.status, second.status) == ("added", "unchanged")
        assert store.count("documents") == 1
        mentions = store.count("mentions")
        assert mentions >= 4


def test_a_changed_article_replaces_its_old_rows(tmp_path: Path):
    with Store(tmp_path / "s.db") as store:
        old = store.write_analysis(doc())
        new = store.write_analysis(doc(TEXT + " Haftar later met Fayez al-Sarraj."))
        assert new.status == "replaced" and new.replaced == (old.doc_id,)
        assert store.count("documents") == 1
        ids = {r[0] for r in store.conn.execute("SELECT DISTINCT doc_id FROM mentions")}
        assert ids == {new.doc_id}
        assert store.find_actors("Sarraj")[0]["id"] == "fayez-al-sarraj"


def test_a_failed_write_rolls_back_and_keeps_what_was_committed(tmp_path: Path):
    with Store(tmp_path / "s.db") as store:
        store.write_analysis(doc())
        bad = doc("Another story about Haftar in Benghazi.", url="https://example.org/b")
        bad.actors[0].mentions[0].start = None  # type: ignore[assignment]  # violates NOT NULL
        with pytest.raises(StoreError, match="cannot write document"):
            store.write_analysis(bad)
        assert store.count("documents") == 1
        assert not store.has_document(bad.document.id)


def test_store_is_versioned_and_refuses_newer_schemas(tmp_path: Path):
    path = tmp_path / "s.db"
    with Store(path) as store:
        assert store.schema_version() == 3
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError, match="newer than this factions understands"):
        Store(path)


def test_full_text_search_and_profile(tmp_path: Path):
    with Store(tmp_path / "s.db") as store:
        store.write_analysis(doc())
        [hit] = store.search("advanced AND Tripoli")
        assert hit["title"] == "Haftar advances"
        profile = store.actor_profile("khalifa-haftar")
        assert profile["aliases"] == ["Khalifa Haftar"]
        assert profile["documents"][0]["is_key"] in (0, 1)


def test_opening_a_missing_store_read_only_says_so(tmp_path: Path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "missing.db", readonly=True)


def test_a_store_made_at_schema_1_is_migrated_in_place(tmp_path: Path):
    from factions.store.migrations import MIGRATIONS

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0] + "\nPRAGMA user_version = 1;")
    conn.close()
    with Store(path) as store:
        assert store.schema_version() == len(MIGRATIONS) == 3
        store.write_analysis(doc())
        assert store.count("roles") >= 0


def test_a_store_made_at_schema_2_gains_the_place_basis_of_events(tmp_path: Path):
    from factions.store.migrations import MIGRATIONS

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0] + MIGRATIONS[1] + "\nPRAGMA user_version = 2;")
    conn.close()
    with Store(path) as store:
        assert store.schema_version() == 3
        store.write_analysis(doc())
        rows = store.conn.execute("SELECT place_text, place_basis FROM events").fetchall()
        # "advanced on Tripoli": the place of the trigger's own clause
        assert ("Tripoli", "clause") in [tuple(r) for r in rows]
        assert all(r[1] is None for r in rows if r[0] is None)
