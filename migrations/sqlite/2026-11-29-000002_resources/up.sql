-- Keep in step with migrations/postgres (a test compares them; full-text search differs by design).
CREATE TABLE resources (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ap_id TEXT NOT NULL UNIQUE,
    local BOOLEAN NOT NULL,
    origin TEXT NOT NULL,
    author_id BIGINT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    body_html TEXT NOT NULL,
    search_text TEXT NOT NULL,
    language TEXT NOT NULL,
    license TEXT NOT NULL,
    sectors TEXT NOT NULL,
    sectors_mask BIGINT NOT NULL,
    tags TEXT NOT NULL,
    phases TEXT NOT NULL,
    phases_mask BIGINT NOT NULL,
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    period_start INTEGER,
    period_end INTEGER,
    year INTEGER NOT NULL,
    tco2e_per_year DOUBLE PRECISION,
    investment_eur DOUBLE PRECISION,
    people_reached BIGINT,
    attachments TEXT NOT NULL,
    organisation TEXT NOT NULL,
    url TEXT NOT NULL,
    demo BOOLEAN NOT NULL,
    published_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX resources_published ON resources (published_at, id);
CREATE INDEX resources_author ON resources (author_id, published_at);
CREATE INDEX resources_kind ON resources (kind);
CREATE INDEX resources_country ON resources (country);
CREATE INDEX resources_language ON resources (language);
CREATE INDEX resources_origin ON resources (origin);
CREATE INDEX resources_year ON resources (year);

CREATE TABLE comments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ap_id TEXT NOT NULL UNIQUE,
    resource_id BIGINT NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    author_id BIGINT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    content_html TEXT NOT NULL,
    local BOOLEAN NOT NULL,
    published_at TIMESTAMP NOT NULL
);
CREATE INDEX comments_resource ON comments (resource_id, published_at);

-- Full-text search: an external-content FTS5 index kept in step by triggers.
CREATE VIRTUAL TABLE resources_fts USING fts5(
    title, summary, search_text,
    content = 'resources', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER resources_fts_insert AFTER INSERT ON resources BEGIN
    INSERT INTO resources_fts (rowid, title, summary, search_text) VALUES (new.id, new.title, new.summary, new.search_text);
END;
CREATE TRIGGER resources_fts_delete AFTER DELETE ON resources BEGIN
    INSERT INTO resources_fts (resources_fts, rowid, title, summary, search_text)
    VALUES ('delete', old.id, old.title, old.summary, old.search_text);
END;
CREATE TRIGGER resources_fts_update AFTER UPDATE ON resources BEGIN
    INSERT INTO resources_fts (resources_fts, rowid, title, summary, search_text)
    VALUES ('delete', old.id, old.title, old.summary, old.search_text);
    INSERT INTO resources_fts (rowid, title, summary, search_text) VALUES (new.id, new.title, new.summary, new.search_text);
END;
