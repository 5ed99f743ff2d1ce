DROP VIEW resource_tallies;
DROP FUNCTION cairn_tallies(TEXT, TEXT, TEXT, INTEGER, BIGINT, BIGINT, BIGINT);
CREATE FUNCTION cairn_tallies(country TEXT, year INTEGER, sectors BIGINT, map BIGINT)
RETURNS TABLE (facet TEXT, value TEXT) LANGUAGE sql STABLE PARALLEL SAFE ROWS 12 AS $f$
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
CREATE OR REPLACE FUNCTION cairn_recount_resources() RETURNS trigger LANGUAGE plpgsql SET jit = off AS $f$
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
DELETE FROM resource_counts;
INSERT INTO resource_counts (facet, value, demo, counted, tco2e_per_year, investment_eur)
SELECT facet, value, demo, count(*), COALESCE(sum(tco2e_per_year), 0), COALESCE(sum(investment_eur), 0)
FROM resource_tallies GROUP BY facet, value, demo;
