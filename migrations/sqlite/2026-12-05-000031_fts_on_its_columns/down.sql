DROP TRIGGER resources_fts_update;
CREATE TRIGGER resources_fts_update AFTER UPDATE ON resources BEGIN
    INSERT INTO resources_fts (resources_fts, rowid, title, summary, search_text)
    VALUES ('delete', old.id, old.title, old.summary, old.search_text);
    INSERT INTO resources_fts (rowid, title, summary, search_text) VALUES (new.id, new.title, new.summary, new.search_text);
END;
