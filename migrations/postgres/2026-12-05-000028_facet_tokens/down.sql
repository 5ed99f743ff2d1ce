DROP INDEX resources_search;
ALTER TABLE resources DROP COLUMN search;
ALTER TABLE resources ADD COLUMN search tsvector GENERATED ALWAYS AS (
    cairn_search_vector(language, title, summary, search_text, body_html, translations)
) STORED;
CREATE INDEX resources_search ON resources USING GIN (search);
DROP FUNCTION cairn_facet_vector;
