-- Back to 000036's FTS table with facets.
DROP TRIGGER text_index_insert;
DROP TRIGGER text_index_delete;
DROP TRIGGER text_index_update;
DROP TABLE text_index_outbox;
DROP TABLE text_index_state;

-- What the FTS table holds of each resource: the one place its facets' tokens are written, in
-- a fixed order (FTS5 takes an entry out by the same tokens at the same positions).
CREATE VIEW resources_fts_content AS
    SELECT r.id AS id, r.title AS title, r.summary AS summary, r.search_text AS search_text,
        'k' || lower(replace(replace(r.kind, '_', ''), '-', ''))
        || ' c' || lower(replace(replace(r.country, '_', ''), '-', ''))
        || (SELECT coalesce(group_concat(' s' || b.n, '' ORDER BY b.n), '') FROM mask_bits b WHERE (r.sectors_mask & b.bit) <> 0)
        || (SELECT coalesce(group_concat(' m' || b.n, '' ORDER BY b.n), '') FROM mask_bits b WHERE (r.map_mask & b.bit) <> 0)
        || (SELECT coalesce(group_concat(' l' || b.n, '' ORDER BY b.n), '') FROM mask_bits b WHERE (r.languages_mask & b.bit) <> 0)
        AS facets
    FROM resources r;
CREATE VIRTUAL TABLE resources_fts USING fts5(
    title, summary, search_text, facets,
    content = 'resources_fts_content', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2'
);
-- A resource's entry is taken out with what it held (read before the change) and put in after.
CREATE TRIGGER resources_fts_insert AFTER INSERT ON resources BEGIN
    INSERT INTO resources_fts (rowid, title, summary, search_text, facets)
    SELECT id, title, summary, search_text, facets FROM resources_fts_content WHERE id = new.id;
END;
CREATE TRIGGER resources_fts_delete BEFORE DELETE ON resources BEGIN
    INSERT INTO resources_fts (resources_fts, rowid, title, summary, search_text, facets)
    SELECT 'delete', id, title, summary, search_text, facets FROM resources_fts_content WHERE id = old.id;
END;
CREATE TRIGGER resources_fts_update_out
BEFORE UPDATE OF title, summary, search_text, kind, country, sectors_mask, map_mask, languages_mask ON resources BEGIN
    INSERT INTO resources_fts (resources_fts, rowid, title, summary, search_text, facets)
    SELECT 'delete', id, title, summary, search_text, facets FROM resources_fts_content WHERE id = old.id;
END;
CREATE TRIGGER resources_fts_update
AFTER UPDATE OF title, summary, search_text, kind, country, sectors_mask, map_mask, languages_mask ON resources BEGIN
    INSERT INTO resources_fts (rowid, title, summary, search_text, facets)
    SELECT id, title, summary, search_text, facets FROM resources_fts_content WHERE id = new.id;
END;
INSERT INTO resources_fts (resources_fts) VALUES ('rebuild');
