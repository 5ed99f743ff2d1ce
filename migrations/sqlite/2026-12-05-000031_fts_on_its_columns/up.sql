-- Keep in step with migrations/postgres (a test compares them; PostgreSQL's search vector is a
-- generated column, and this one changes nothing there).
-- The full-text index was written again on every update of a resource, the id and address set
-- just after a resource is stored included: seeding, backfill and publishing indexed each resource
-- twice. It is written again only when a column it holds changes.
DROP TRIGGER resources_fts_update;
CREATE TRIGGER resources_fts_update AFTER UPDATE OF title, summary, search_text ON resources BEGIN
    INSERT INTO resources_fts (resources_fts, rowid, title, summary, search_text)
    VALUES ('delete', old.id, old.title, old.summary, old.search_text);
    INSERT INTO resources_fts (rowid, title, summary, search_text) VALUES (new.id, new.title, new.summary, new.search_text);
END;
