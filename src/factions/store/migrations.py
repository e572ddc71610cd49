"""The store's schema, as an ordered list of migrations (``PRAGMA user_version`` counts them).

A migration is only ever appended, never edited: a store made by an older factions is brought up
to date by running the ones it has not seen, in one transaction each.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: documents, actors, mentions, roles, places, events, relations, full-text search.
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        url TEXT,
        source TEXT,
        title TEXT,
        outlet TEXT,
        published TEXT,
        language TEXT,
        text TEXT NOT NULL,
        key_actor TEXT,
        analysis TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX documents_url ON documents(url);
    CREATE INDEX documents_source ON documents(source);
    CREATE INDEX documents_published ON documents(published);

    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='rowid'
    );
    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;

    CREATE TABLE actors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        country TEXT,
        known INTEGER NOT NULL,
        cameo TEXT,
        wikidata TEXT
    );
    CREATE TABLE doc_actors (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        actor_id TEXT NOT NULL REFERENCES actors(id),
        salience REAL NOT NULL,
        is_key INTEGER NOT NULL,
        aliases TEXT NOT NULL,
        PRIMARY KEY (doc_id, actor_id)
    );
    CREATE INDEX doc_actors_actor ON doc_actors(actor_id);
    CREATE TABLE mentions (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        actor_id TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        sentence INTEGER NOT NULL,
        kind TEXT NOT NULL
    );
    CREATE INDEX mentions_doc ON mentions(doc_id);
    CREATE INDEX mentions_actor ON mentions(actor_id);
    CREATE TABLE roles (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        actor_id TEXT NOT NULL,
        title TEXT NOT NULL,
        org TEXT,
        start TEXT,
        end TEXT,
        source TEXT NOT NULL,
        evidence TEXT,
        date TEXT
    );
    CREATE INDEX roles_actor ON roles(actor_id);
    CREATE TABLE places (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        place_id TEXT NOT NULL,
        name TEXT NOT NULL,
        country TEXT,
        admin1 TEXT,
        lat REAL,
        lon REAL,
        feature TEXT,
        precision INTEGER NOT NULL,
        geonames_id INTEGER,
        mentions TEXT NOT NULL,
        PRIMARY KEY (doc_id, place_id)
    );
    CREATE TABLE events (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        type TEXT NOT NULL,
        mode TEXT,
        contexts TEXT NOT NULL,
        cameo TEXT,
        acled_type TEXT,
        acled_sub_type TEXT,
        place TEXT,
        place_text TEXT,
        date TEXT,
        date_precision TEXT,
        modality TEXT NOT NULL,
        confidence REAL NOT NULL,
        evidence_text TEXT NOT NULL,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        trigger TEXT,
        rule TEXT NOT NULL,
        PRIMARY KEY (doc_id, id)
    );
    CREATE INDEX events_type ON events(type);
    CREATE INDEX events_date ON events(date);
    CREATE TABLE event_actors (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        event_id TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('source', 'target'))
    );
    CREATE INDEX event_actors_actor ON event_actors(actor_id);
    CREATE TABLE relations (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        type TEXT NOT NULL,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        basis TEXT NOT NULL,
        modality TEXT NOT NULL,
        confidence REAL NOT NULL,
        date TEXT,
        evidence_text TEXT NOT NULL,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        rule TEXT,
        PRIMARY KEY (doc_id, id)
    );
    CREATE INDEX relations_source ON relations(source);
    CREATE INDEX relations_target ON relations(target);
    """,
    # 2: roles stated with a length but no anchor ("an exile for two decades").
    """
    ALTER TABLE roles ADD COLUMN duration TEXT;
    """,
    # 3: where an event's place was read (clause, sentence, context), null with no place.
    """
    ALTER TABLE events ADD COLUMN place_basis TEXT;
    """,
]
