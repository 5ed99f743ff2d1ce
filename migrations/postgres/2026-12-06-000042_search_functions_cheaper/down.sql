-- The functions as migrations 000026, 000028 and 000039 wrote them.
CREATE OR REPLACE FUNCTION cairn_facet_vector(kind TEXT, country TEXT, sectors BIGINT, map BIGINT, languages BIGINT)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
    SELECT array_to_tsvector(
        ARRAY['~k' || lower(kind), '~c' || lower(country)]
        || ARRAY(SELECT '~s' || bit FROM generate_series(0, 62) AS bit WHERE sectors & (1::bigint << bit) <> 0)
        || ARRAY(SELECT '~m' || bit FROM generate_series(0, 62) AS bit WHERE map & (1::bigint << bit) <> 0)
        || ARRAY(SELECT '~l' || bit FROM generate_series(0, 62) AS bit WHERE languages & (1::bigint << bit) <> 0))
$f$;
CREATE OR REPLACE FUNCTION cairn_postings(search tsvector, kind TEXT, country TEXT, origin TEXT, year INTEGER,
    sectors BIGINT, map BIGINT, languages BIGINT, published_at TIMESTAMP)
RETURNS TABLE (token TEXT, weight TEXT) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
    SELECT DISTINCT u.lexeme, coalesce(w, 'D')
    FROM unnest(search) u LEFT JOIN LATERAL unnest(u.weights) w ON true
    WHERE left(u.lexeme, 1) <> '~'
    UNION ALL
    SELECT t, '' FROM unnest(ARRAY['~k' || kind, '~c' || country, '~o' || origin, '~y' || year,
        '~d' || to_char(published_at, 'YYYYMMDD'), '~p' || to_char(published_at, 'YYYYMM')]
        || ARRAY(SELECT '~s' || bit FROM generate_series(0, 62) AS bit WHERE sectors & (1::bigint << bit) <> 0)
        || ARRAY(SELECT '~m' || bit FROM generate_series(0, 62) AS bit WHERE map & (1::bigint << bit) <> 0)
        || ARRAY(SELECT '~l' || bit FROM generate_series(0, 62) AS bit WHERE languages & (1::bigint << bit) <> 0)) t
$f$;
CREATE OR REPLACE FUNCTION cairn_search_vector(language TEXT, title TEXT, summary TEXT, search_text TEXT, body_html TEXT, translations TEXT)
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
DROP FUNCTION cairn_mask_tokens(TEXT, BIGINT);
