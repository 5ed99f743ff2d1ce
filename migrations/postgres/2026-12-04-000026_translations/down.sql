ALTER TABLE events DROP COLUMN translations;
ALTER TABLE resources DROP COLUMN search;
ALTER TABLE resources ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', title), 'A')
    || setweight(to_tsvector('simple', summary), 'B')
    || setweight(to_tsvector('simple', search_text), 'C')
) STORED;
CREATE INDEX resources_search ON resources USING GIN (search);
DROP FUNCTION cairn_search_vector;
DROP FUNCTION cairn_query;
DROP FUNCTION cairn_text_config;
ALTER TABLE resources DROP COLUMN languages_mask;
ALTER TABLE resources DROP COLUMN translations;
-- The lists are not rebuilt from the bits: sectors and phases read empty after going back.
ALTER TABLE resources ADD COLUMN sectors TEXT NOT NULL DEFAULT '[]';
ALTER TABLE resources ADD COLUMN phases TEXT NOT NULL DEFAULT '[]';
