-- Keep in step with migrations/postgres (a test compares them; full-text search differs by design).
-- Resources in several languages (issue 16): the translations an author added (a JSON list of
-- {language, title, summary, body, body_html}), and every language it can be read in as bits of
-- the taxonomy's language list (its order is fixed), for the language filter and facet.
-- Sectors and phases are read from their bits (sectors_mask, map_mask): the lists were copies.
ALTER TABLE resources DROP COLUMN sectors;
ALTER TABLE resources DROP COLUMN phases;
ALTER TABLE resources ADD COLUMN translations TEXT NOT NULL DEFAULT '[]';
ALTER TABLE resources ADD COLUMN languages_mask BIGINT NOT NULL DEFAULT 0;
-- An event's versions in other languages: {language, title, body, body_html} (no summary).
ALTER TABLE events ADD COLUMN translations TEXT NOT NULL DEFAULT '[]';
UPDATE resources SET languages_mask = CASE lower(substr(language, 1, 2))
    WHEN 'bg' THEN 1
    WHEN 'ca' THEN 2
    WHEN 'cs' THEN 4
    WHEN 'cy' THEN 8
    WHEN 'da' THEN 16
    WHEN 'de' THEN 32
    WHEN 'el' THEN 64
    WHEN 'en' THEN 128
    WHEN 'es' THEN 256
    WHEN 'et' THEN 512
    WHEN 'eu' THEN 1024
    WHEN 'fi' THEN 2048
    WHEN 'fr' THEN 4096
    WHEN 'ga' THEN 8192
    WHEN 'gl' THEN 16384
    WHEN 'hr' THEN 32768
    WHEN 'hu' THEN 65536
    WHEN 'is' THEN 131072
    WHEN 'it' THEN 262144
    WHEN 'lb' THEN 524288
    WHEN 'lt' THEN 1048576
    WHEN 'lv' THEN 2097152
    WHEN 'mk' THEN 4194304
    WHEN 'mt' THEN 8388608
    WHEN 'nl' THEN 16777216
    WHEN 'no' THEN 33554432
    WHEN 'pl' THEN 67108864
    WHEN 'pt' THEN 134217728
    WHEN 'ro' THEN 268435456
    WHEN 'sk' THEN 536870912
    WHEN 'sl' THEN 1073741824
    WHEN 'sq' THEN 2147483648
    WHEN 'sr' THEN 4294967296
    WHEN 'sv' THEN 8589934592
    WHEN 'tr' THEN 17179869184
    WHEN 'uk' THEN 34359738368
    ELSE 0
END;

-- Search by stems: FTS5's Porter stemmer ahead of the Unicode tokenizer, so "heating" finds
-- "heat" and "chauffage" finds "chauffages". SQLite has no stemmer per language; Porter's English
-- rules strip the plural and verb endings many European languages share (docs/ARCHITECTURE.md).
DROP TRIGGER resources_fts_insert;
DROP TRIGGER resources_fts_delete;
DROP TRIGGER resources_fts_update;
DROP TABLE resources_fts;
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
CREATE TRIGGER resources_fts_update AFTER UPDATE ON resources BEGIN
    INSERT INTO resources_fts (resources_fts, rowid, title, summary, search_text)
    VALUES ('delete', old.id, old.title, old.summary, old.search_text);
    INSERT INTO resources_fts (rowid, title, summary, search_text) VALUES (new.id, new.title, new.summary, new.search_text);
END;
INSERT INTO resources_fts (resources_fts) VALUES ('rebuild');
