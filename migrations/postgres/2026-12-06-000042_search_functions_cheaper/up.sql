-- Keep in step with migrations/sqlite (a test compares them; full-text search differs by design).
-- Three functions every stored resource runs, written again to give the same results for less
-- CPU (a backfill is CPU-bound on PostgreSQL; BENCHMARKS.md). No stored value changes, so
-- nothing is computed again and no resource is queued for the posting lists.
-- - A facet's set bits: 189 rows of generate_series a resource became a loop over its bits
--   (cairn_facet_vector 37 -> 9 us a row).
-- - cairn_postings: a word's weights from ts_filter, rather than unnesting every position's weight
--   and removing the duplicates by hashing (taking 20,000 resources in: 2.4 -> 1.1-1.3 s).
-- - cairn_search_vector: a resource without translations reads no JSON.

-- The tokens `prefix || bit` of the set bits 0-62 of `mask` (bit 63 is never a facet's).
CREATE FUNCTION cairn_mask_tokens(prefix TEXT, mask BIGINT) RETURNS TEXT[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $f$
DECLARE
    tokens TEXT[] := '{}';
    bit INTEGER := 0;
BEGIN
    mask := mask & 9223372036854775807;
    WHILE mask <> 0 LOOP
        IF mask & 1 = 1 THEN
            tokens := tokens || (prefix || bit);
        END IF;
        mask := mask >> 1;
        bit := bit + 1;
    END LOOP;
    RETURN tokens;
END
$f$;

-- Its search_path is fixed, as a restore (pg_dump sets an empty one) computes the column again.
CREATE OR REPLACE FUNCTION cairn_facet_vector(kind TEXT, country TEXT, sectors BIGINT, map BIGINT, languages BIGINT)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path FROM CURRENT AS $f$
    SELECT array_to_tsvector(ARRAY['~k' || lower(kind), '~c' || lower(country)]
        || cairn_mask_tokens('~s', sectors) || cairn_mask_tokens('~m', map) || cairn_mask_tokens('~l', languages))
$f$;

-- Every word of the search vector has positions (to_tsvector gives them), so each of its weights
-- is found by filtering on it.
CREATE OR REPLACE FUNCTION cairn_postings(search tsvector, kind TEXT, country TEXT, origin TEXT, year INTEGER,
    sectors BIGINT, map BIGINT, languages BIGINT, published_at TIMESTAMP)
RETURNS TABLE (token TEXT, weight TEXT) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
    SELECT t, w FROM unnest(ARRAY['A', 'B', 'C', 'D']) w, unnest(tsvector_to_array(ts_filter(search, ARRAY[w]::"char"[]))) t
    WHERE left(t, 1) <> '~'
    UNION ALL
    SELECT t, '' FROM unnest(ARRAY['~k' || kind, '~c' || country, '~o' || origin, '~y' || year,
        '~d' || to_char(published_at, 'YYYYMMDD'), '~p' || to_char(published_at, 'YYYYMM')]
        || cairn_mask_tokens('~s', sectors) || cairn_mask_tokens('~m', map) || cairn_mask_tokens('~l', languages)) t
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
    IF translations = '[]' THEN
        RETURN words;
    END IF;
    FOR version IN SELECT jsonb_array_elements(translations::jsonb) LOOP
        config := cairn_text_config(version ->> 'language');
        words := words
            || setweight(to_tsvector(config, concat_ws(' ', version ->> 'title', version ->> 'summary', version ->> 'body_html')), 'D');
    END LOOP;
    RETURN words;
END
$f$;
