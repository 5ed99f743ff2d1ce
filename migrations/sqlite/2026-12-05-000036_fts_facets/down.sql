DROP TRIGGER resources_fts_insert;
DROP TRIGGER resources_fts_delete;
DROP TRIGGER resources_fts_update_out;
DROP TRIGGER resources_fts_update;
DROP TABLE resources_fts;
DROP VIEW resources_fts_content;
CREATE VIRTUAL TABLE resources_fts USING fts5(
    title, summary, search_text,
    content = 'resources', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER resources_fts_insert AFTER INSERT ON resources BEGIN
    INSERT INTO resources_fts (rowid, title, summary, search_text) VALUES (new.id, new.title, new.summary, new.search_text);
END;
CREATE TRIGGER resources_fts_delete AFTER DELETE ON resources BEGIN
    INSERT INTO resources_fts (resources_fts, rowid, title, summary, search_text)
    VALUES ('delete', old.id, old.title, old.summary, old.search_text);
END;
CREATE TRIGGER resources_fts_update AFTER UPDATE OF title, summary, search_text ON resources BEGIN
    INSERT INTO resources_fts (resources_fts, rowid, title, summary, search_text)
    VALUES ('delete', old.id, old.title, old.summary, old.search_text);
    INSERT INTO resources_fts (rowid, title, summary, search_text) VALUES (new.id, new.title, new.summary, new.search_text);
END;
INSERT INTO resources_fts (resources_fts) VALUES ('rebuild');
