-- Keep in step with migrations/sqlite (a test compares them; full-text search differs by design).
-- PostgreSQL's search gets posting lists of its own (src/db/postings): counting a search's
-- matches through the GIN index and the rows they sit on took 43 ms at a million resources,
-- before any facet or rank (BENCHMARKS.md). Each word of the search vector, at each weight, and
-- each facet value keeps the ids of its resources as a compressed bitmap (a serialised roaring
-- bitmap), one row per 65,536 ids; Cairn intersects them and counts facets from them. They live
-- in the database, so every process sharing it sees the same ones. A later migration that changes
-- how `search` is computed, or a TRUNCATE, changes no row the triggers see: it must queue every
-- resource again (as `cairn admin rebuild-search` does).

-- A word of the search vector (as `unnest(search)` gives it) at one weight: A title, B summary,
-- C topics and text as written, D stems.
CREATE TABLE search_postings (
    token TEXT COLLATE "C" NOT NULL,
    weight TEXT NOT NULL,
    chunk INTEGER NOT NULL,
    ids BYTEA NOT NULL,
    PRIMARY KEY (token, weight, chunk)
);
-- A facet's value ('~kcase_study', '~cFR', '~s3', …) and the day and month a resource was
-- published ('~d20261206', '~p202612', for ordering by date). Every process keeps them all in
-- memory, and reads again the rows written since the generation it holds.
CREATE TABLE search_facets (
    token TEXT COLLATE "C" NOT NULL,
    chunk INTEGER NOT NULL,
    ids BYTEA NOT NULL,
    generation BIGINT NOT NULL,
    PRIMARY KEY (token, chunk)
);
CREATE INDEX search_facets_generation ON search_facets (generation);
-- Resources changed since the lists took them in, with the tokens they had before (none when
-- new): written in the same transaction as the change by the triggers below.
CREATE TABLE search_postings_outbox (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    resource_id BIGINT NOT NULL,
    old_tokens TEXT[]
);
-- The generation of the last change taken in. A process taking changes in holds this row, so
-- changes are taken in one at a time, in the order of their generations.
CREATE TABLE search_postings_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation BIGINT NOT NULL
);
INSERT INTO search_postings_state (id, generation) VALUES (1, 0);

-- A resource's tokens: the words of its search vector with their weights, and its facets'
-- values and publication day and month (weight '').
CREATE FUNCTION cairn_postings(search tsvector, kind TEXT, country TEXT, origin TEXT, year INTEGER,
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

CREATE FUNCTION cairn_postings_queue() RETURNS trigger LANGUAGE plpgsql SET jit = off AS $f$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO search_postings_outbox (resource_id) SELECT id FROM new_rows ORDER BY id;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO search_postings_outbox (resource_id, old_tokens)
        SELECT o.id, ARRAY(SELECT p.token FROM cairn_postings(o.search, o.kind, o.country, o.origin, o.year,
            o.sectors_mask, o.map_mask, o.languages_mask, o.published_at) p)
        FROM old_rows o ORDER BY o.id;
    ELSE
        INSERT INTO search_postings_outbox (resource_id, old_tokens)
        SELECT o.id, ARRAY(SELECT p.token FROM cairn_postings(o.search, o.kind, o.country, o.origin, o.year,
            o.sectors_mask, o.map_mask, o.languages_mask, o.published_at) p)
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE (o.search, o.kind, o.country, o.origin, o.year, o.sectors_mask, o.map_mask, o.languages_mask,
            o.published_at)
            IS DISTINCT FROM (n.search, n.kind, n.country, n.origin, n.year, n.sectors_mask, n.map_mask,
            n.languages_mask, n.published_at)
        ORDER BY o.id;
    END IF;
    RETURN NULL;
END
$f$;
CREATE TRIGGER search_postings_insert AFTER INSERT ON resources
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cairn_postings_queue();
CREATE TRIGGER search_postings_update AFTER UPDATE ON resources
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cairn_postings_queue();
CREATE TRIGGER search_postings_delete AFTER DELETE ON resources
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cairn_postings_queue();

-- Every resource there is, to be taken in.
INSERT INTO search_postings_outbox (resource_id) SELECT id FROM resources ORDER BY id;
