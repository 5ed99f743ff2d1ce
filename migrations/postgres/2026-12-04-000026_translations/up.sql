-- Keep in step with migrations/sqlite (a test compares them; full-text search differs by design).
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

-- Search by stems: each version of a resource is also indexed with the Snowball stemmer of its
-- own language, beside the 'simple' words, in the one `search` vector; a query matches either.
-- The languages are those this server has a configuration for (PostgreSQL 13 added Greek and
-- Lithuanian, 16 Catalan, Basque and Serbian); others, Polish among them, keep 'simple'.
DO $do$
DECLARE
    cases TEXT;
    alternatives TEXT;
BEGIN
    SELECT string_agg(format('WHEN %L THEN %L', code, config), ' '),
           string_agg(format('%L', config), ', ')
    INTO cases, alternatives
    FROM (VALUES ('da', 'danish'), ('de', 'german'), ('el', 'greek'), ('en', 'english'), ('es', 'spanish'), ('fi', 'finnish'), ('fr', 'french'), ('hu', 'hungarian'), ('it', 'italian'), ('lt', 'lithuanian'), ('nl', 'dutch'), ('no', 'norwegian'), ('pt', 'portuguese'), ('ro', 'romanian'), ('sv', 'swedish'), ('tr', 'turkish'), ('ca', 'catalan'), ('eu', 'basque'), ('sr', 'serbian'), ('ga', 'irish')) AS known (code, config)
    WHERE config IN (SELECT cfgname FROM pg_ts_config);
    -- The text search configuration of a language tag ('fr', 'de-AT', …).
    EXECUTE format($f$CREATE FUNCTION cairn_text_config(language TEXT) RETURNS regconfig
        LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $b$
        BEGIN RETURN (CASE split_part(lower(language), '-', 1) %s ELSE 'simple' END)::regconfig; END $b$$f$, cases);
    -- What a query means in every language at once: its words as written, or stemmed by any.
    -- Most languages stem a word alike, so each reading is kept once (4 readings instead of 21
    -- for 'heat pumps'). It depends on its text alone, so a statement
    -- computes it once, while being planned.
    EXECUTE format($f$CREATE FUNCTION cairn_query(query TEXT) RETURNS tsquery
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $b$
        -- A stemmed reading looks only at the stems (weight D): a stem that is also a word of
        -- its own elsewhere ('he' of Finnish 'heat') does not match that word.
        SELECT coalesce(string_agg(DISTINCT '(' || reading || ')', ' | '), '')::tsquery
        FROM (SELECT websearch_to_tsquery('simple', query)::text AS reading
              UNION ALL
              SELECT regexp_replace(websearch_to_tsquery(config, query)::text, '(''(?:[^'']|'''')*'')', '\1:D', 'g')
              FROM unnest(ARRAY[%s]::regconfig[]) AS config) AS readings
        WHERE reading <> '' $b$$f$, alternatives);
END
$do$;

-- A resource's words: as written (title A, summary B, topics and every version's text C), and
-- each version stemmed in its language (weight D, which only stemmed readings of a query read).
CREATE FUNCTION cairn_search_vector(language TEXT, title TEXT, summary TEXT, search_text TEXT, body_html TEXT, translations TEXT)
-- Its search_path is fixed, as a restore (pg_dump sets an empty one) computes the column again.
RETURNS tsvector LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path FROM CURRENT AS $f$
DECLARE
    config regconfig := cairn_text_config(language);
    version jsonb;
    words tsvector;
BEGIN
    words := setweight(to_tsvector('simple', title), 'A')
        || setweight(to_tsvector('simple', summary), 'B')
        || setweight(to_tsvector('simple', search_text), 'C')
        || setweight(to_tsvector(config, title || ' ' || summary || ' ' || body_html), 'D');
    FOR version IN SELECT jsonb_array_elements(translations::jsonb) LOOP
        config := cairn_text_config(version ->> 'language');
        words := words
            || setweight(to_tsvector(config, concat_ws(' ', version ->> 'title', version ->> 'summary', version ->> 'body_html')), 'D');
    END LOOP;
    RETURN words;
END
$f$;

ALTER TABLE resources DROP COLUMN search;
ALTER TABLE resources ADD COLUMN search tsvector GENERATED ALWAYS AS (
    cairn_search_vector(language, title, summary, search_text, body_html, translations)
) STORED;
CREATE INDEX resources_search ON resources USING GIN (search);
