-- Keep in step with migrations/postgres (a test compares them; full-text search differs by design).
-- SQLite's search moves to an embedded engine beside the database (src/db/text_index). FTS5's
-- bm25 weighed each phrase by walking every document that holds it before ranking one row (10 of
-- the 18 ms of a search with words and two facets at 100,000 resources; 140 ms at 1,000,000).
-- The engine is kept in step through this outbox: a resource's id is written in the same
-- transaction as its change, and the engine takes it out once the change is in its index. An
-- engine that is missing or out of date is rebuilt by queueing every resource again.
DROP TRIGGER resources_fts_insert;
DROP TRIGGER resources_fts_delete;
DROP TRIGGER resources_fts_update_out;
DROP TRIGGER resources_fts_update;
DROP TABLE resources_fts;
DROP VIEW resources_fts_content;

CREATE TABLE text_index_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    resource_id BIGINT NOT NULL
);
-- The last outbox row the engine took in, written with the outbox rows' deletion; the engine's
-- last commit holds the same number. When they differ (a crash between the two, a database
-- restored from another copy), the engine is built again.
CREATE TABLE text_index_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    mark BIGINT NOT NULL
);
INSERT INTO text_index_state (id, mark) VALUES (1, 0);
CREATE TRIGGER text_index_insert AFTER INSERT ON resources BEGIN
    INSERT INTO text_index_outbox (resource_id) VALUES (new.id);
END;
CREATE TRIGGER text_index_delete AFTER DELETE ON resources BEGIN
    INSERT INTO text_index_outbox (resource_id) VALUES (old.id);
END;
-- Every column the engine holds (src/db/text_index/mod.rs, `Indexed`).
CREATE TRIGGER text_index_update
AFTER UPDATE OF author_id, title, summary, search_text, kind, country, origin, year, sectors_mask, map_mask,
    languages_mask, tags, published_at ON resources BEGIN
    INSERT INTO text_index_outbox (resource_id) VALUES (new.id);
END;
