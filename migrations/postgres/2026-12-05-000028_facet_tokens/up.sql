-- Keep in step with migrations/sqlite (a test compares them; full-text search differs by design).
-- A search with words and facets fetched every row the words matched and dropped most of them
-- for their facets (13,314 rows from 12,046 heap blocks for 1,075 results at 100,000 resources).
-- The search vector now also holds a resource's facets as tokens no text can produce (to_tsvector
-- reads '~' as a separator, and a search's words lose theirs): kind '~k', country '~c', and the
-- set bits of its sectors '~s', Transition Map and Explore terms '~m' and languages '~l'. A
-- search asks the index for words and facets at once, and fetches only the rows with both.
CREATE FUNCTION cairn_facet_vector(kind TEXT, country TEXT, sectors BIGINT, map BIGINT, languages BIGINT)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
    SELECT array_to_tsvector(
        ARRAY['~k' || lower(kind), '~c' || lower(country)]
        || ARRAY(SELECT '~s' || bit FROM generate_series(0, 62) AS bit WHERE sectors & (1::bigint << bit) <> 0)
        || ARRAY(SELECT '~m' || bit FROM generate_series(0, 62) AS bit WHERE map & (1::bigint << bit) <> 0)
        || ARRAY(SELECT '~l' || bit FROM generate_series(0, 62) AS bit WHERE languages & (1::bigint << bit) <> 0))
$f$;

DROP INDEX resources_search;
ALTER TABLE resources DROP COLUMN search;
ALTER TABLE resources ADD COLUMN search tsvector GENERATED ALWAYS AS (
    cairn_search_vector(language, title, summary, search_text, body_html, translations)
    || cairn_facet_vector(kind, country, sectors_mask, map_mask, languages_mask)
) STORED;
CREATE INDEX resources_search ON resources USING GIN (search);
