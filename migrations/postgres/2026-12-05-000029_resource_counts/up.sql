-- Keep in step with migrations/sqlite (a test compares them; the triggers differ in syntax).
-- The Transition Map, Explore and the dashboard counted resources on every request (the map: 24
-- scans of the resources table; 2.5 s at 100,000 resources). The counts are now kept here, by
-- triggers in the transaction of each change, and read; `cairn admin rebuild-counts` computes
-- them again from the resources.

-- The 63 usable bits of a mask, to turn masks into rows.
CREATE TABLE mask_bits (
    n INTEGER PRIMARY KEY,
    bit BIGINT NOT NULL
);
INSERT INTO mask_bits (n, bit)
WITH RECURSIVE b (n, bit) AS (SELECT 0, CAST(1 AS BIGINT) UNION ALL SELECT n + 1, bit * 2 FROM b WHERE n < 62)
SELECT n, bit FROM b;

-- What a resource counts towards: everything, its country, each Transition Map and Explore bit,
-- each sector, each sector in its year, each map bit within each sector. A function of the row,
-- so the view of every resource and the triggers' changed rows read the same.
CREATE FUNCTION cairn_tallies(country TEXT, year INTEGER, sectors BIGINT, map BIGINT)
RETURNS TABLE (facet TEXT, value TEXT) LANGUAGE sql STABLE PARALLEL SAFE AS $f$
    SELECT 'all', ''
    UNION ALL SELECT 'country', country
    UNION ALL SELECT 'map', CAST(b.n AS TEXT) FROM mask_bits b WHERE (map & b.bit) <> 0
    UNION ALL SELECT 'sector', CAST(b.n AS TEXT) FROM mask_bits b WHERE (sectors & b.bit) <> 0
    UNION ALL SELECT 'year_sector', CAST(year AS TEXT) || ':' || CAST(b.n AS TEXT)
    FROM mask_bits b WHERE (sectors & b.bit) <> 0
    UNION ALL SELECT 'map_sector', CAST(m.n AS TEXT) || ':' || CAST(s.n AS TEXT)
    FROM mask_bits m JOIN mask_bits s ON (sectors & s.bit) <> 0 WHERE (map & m.bit) <> 0
$f$;
CREATE VIEW resource_tallies AS
    SELECT r.id AS resource_id, r.author_id AS author_id, r.demo AS demo, r.tco2e_per_year AS tco2e_per_year,
        r.investment_eur AS investment_eur, t.facet AS facet, t.value AS value
    FROM resources r, cairn_tallies(r.country, r.year, r.sectors_mask, r.map_mask) t;

CREATE TABLE resource_counts (
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    demo BOOLEAN NOT NULL,
    counted BIGINT NOT NULL,
    tco2e_per_year DOUBLE PRECISION NOT NULL,
    investment_eur DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (facet, value, demo)
);
INSERT INTO resource_counts (facet, value, demo, counted, tco2e_per_year, investment_eur)
SELECT facet, value, demo, count(*), COALESCE(sum(tco2e_per_year), 0), COALESCE(sum(investment_eur), 0)
FROM resource_tallies GROUP BY facet, value, demo;

-- Counted once a statement, from the rows it changed: a row of resource_counts updated once per
-- resource of a batch left a chain of versions PostgreSQL walked at every next update (44,759 dead
-- versions of 395 rows after 11,000 resources seeded in batches, and seeding slowed to 50 a
-- second). The rows are locked in one order, so statements that change the same counts at once
-- wait for each other rather than deadlock.
CREATE FUNCTION cairn_recount_resources() RETURNS trigger LANGUAGE plpgsql AS $f$
DECLARE
    changed TEXT := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows'
        WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_rows'
        ELSE 'SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1 AS sign, * FROM old_rows'
    END;
BEGIN
    EXECUTE format($q$
        INSERT INTO resource_counts (facet, value, demo, counted, tco2e_per_year, investment_eur)
        SELECT t.facet, t.value, c.demo, sum(c.sign), sum(c.sign * COALESCE(c.tco2e_per_year, 0)),
            sum(c.sign * COALESCE(c.investment_eur, 0))
        FROM (%s) c, cairn_tallies(c.country, c.year, c.sectors_mask, c.map_mask) t
        GROUP BY t.facet, t.value, c.demo
        HAVING sum(c.sign) <> 0 OR sum(c.sign * COALESCE(c.tco2e_per_year, 0)) <> 0
            OR sum(c.sign * COALESCE(c.investment_eur, 0)) <> 0
        ORDER BY t.facet, t.value, c.demo
        ON CONFLICT (facet, value, demo) DO UPDATE SET counted = resource_counts.counted + excluded.counted,
            tco2e_per_year = resource_counts.tco2e_per_year + excluded.tco2e_per_year,
            investment_eur = resource_counts.investment_eur + excluded.investment_eur$q$, changed);
    RETURN NULL;
END
$f$;
CREATE TRIGGER resources_counted_in AFTER INSERT ON resources
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cairn_recount_resources();
-- Every update: PostgreSQL takes no column list with changed rows; one that changes nothing
-- counted writes nothing.
CREATE TRIGGER resources_recounted AFTER UPDATE ON resources
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cairn_recount_resources();
CREATE TRIGGER resources_counted_out AFTER DELETE ON resources
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cairn_recount_resources();
