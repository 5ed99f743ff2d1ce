-- Keep in step with migrations/postgres (a test compares them; the triggers differ in syntax).
-- The repository's first page counted every facet over every resource on each request (460 ms at
-- 100,000 resources, on both databases). Its counts are now kept too: each resource also counts
-- towards its kind, its origin, its year and each language it can be read in.
DROP TRIGGER resources_recounted_out;
DROP TRIGGER resources_recounted_in;
DROP VIEW resource_tallies;
CREATE VIEW resource_tallies AS
    SELECT r.id AS resource_id, r.author_id AS author_id, r.demo AS demo, r.tco2e_per_year AS tco2e_per_year,
        r.investment_eur AS investment_eur, 'all' AS facet, '' AS value
    FROM resources r
    UNION ALL SELECT r.id, r.author_id, r.demo, r.tco2e_per_year, r.investment_eur, 'kind', r.kind
    FROM resources r
    UNION ALL SELECT r.id, r.author_id, r.demo, r.tco2e_per_year, r.investment_eur, 'origin', r.origin
    FROM resources r
    UNION ALL SELECT r.id, r.author_id, r.demo, r.tco2e_per_year, r.investment_eur, 'year', CAST(r.year AS TEXT)
    FROM resources r
    UNION ALL SELECT r.id, r.author_id, r.demo, r.tco2e_per_year, r.investment_eur, 'country', r.country
    FROM resources r
    UNION ALL SELECT r.id, r.author_id, r.demo, r.tco2e_per_year, r.investment_eur, 'language', CAST(b.n AS TEXT)
    FROM resources r JOIN mask_bits b ON (r.languages_mask & b.bit) <> 0
    UNION ALL SELECT r.id, r.author_id, r.demo, r.tco2e_per_year, r.investment_eur, 'map', CAST(b.n AS TEXT)
    FROM resources r JOIN mask_bits b ON (r.map_mask & b.bit) <> 0
    UNION ALL SELECT r.id, r.author_id, r.demo, r.tco2e_per_year, r.investment_eur, 'sector', CAST(b.n AS TEXT)
    FROM resources r JOIN mask_bits b ON (r.sectors_mask & b.bit) <> 0
    UNION ALL SELECT r.id, r.author_id, r.demo, r.tco2e_per_year, r.investment_eur, 'year_sector',
        CAST(r.year AS TEXT) || ':' || CAST(b.n AS TEXT)
    FROM resources r JOIN mask_bits b ON (r.sectors_mask & b.bit) <> 0
    UNION ALL SELECT r.id, r.author_id, r.demo, r.tco2e_per_year, r.investment_eur, 'map_sector',
        CAST(m.n AS TEXT) || ':' || CAST(s.n AS TEXT)
    FROM resources r JOIN mask_bits m ON (r.map_mask & m.bit) <> 0 JOIN mask_bits s ON (r.sectors_mask & s.bit) <> 0;

CREATE TRIGGER resources_recounted_out
BEFORE UPDATE OF demo, kind, origin, country, year, sectors_mask, map_mask, languages_mask, tco2e_per_year, investment_eur
ON resources BEGIN
    INSERT INTO resource_counts (facet, value, demo, counted, tco2e_per_year, investment_eur)
    SELECT facet, value, demo, -1, -COALESCE(tco2e_per_year, 0), -COALESCE(investment_eur, 0)
    FROM resource_tallies WHERE resource_id = OLD.id
    ON CONFLICT (facet, value, demo) DO UPDATE SET counted = counted + excluded.counted,
        tco2e_per_year = tco2e_per_year + excluded.tco2e_per_year,
        investment_eur = investment_eur + excluded.investment_eur;
END;
CREATE TRIGGER resources_recounted_in
AFTER UPDATE OF demo, kind, origin, country, year, sectors_mask, map_mask, languages_mask, tco2e_per_year, investment_eur
ON resources BEGIN
    INSERT INTO resource_counts (facet, value, demo, counted, tco2e_per_year, investment_eur)
    SELECT facet, value, demo, 1, COALESCE(tco2e_per_year, 0), COALESCE(investment_eur, 0)
    FROM resource_tallies WHERE resource_id = NEW.id
    ON CONFLICT (facet, value, demo) DO UPDATE SET counted = counted + excluded.counted,
        tco2e_per_year = tco2e_per_year + excluded.tco2e_per_year,
        investment_eur = investment_eur + excluded.investment_eur;
END;

DELETE FROM resource_counts;
INSERT INTO resource_counts (facet, value, demo, counted, tco2e_per_year, investment_eur)
SELECT facet, value, demo, count(*), COALESCE(sum(tco2e_per_year), 0), COALESCE(sum(investment_eur), 0)
FROM resource_tallies GROUP BY facet, value, demo;
