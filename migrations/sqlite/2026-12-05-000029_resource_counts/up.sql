-- Keep in step with migrations/postgres (a test compares them; the triggers differ in syntax).
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

-- What each resource counts towards: everything, its country, each Transition Map and Explore
-- bit, each sector, each sector in its year, each map bit within each sector.
CREATE VIEW resource_tallies AS
    SELECT r.id AS resource_id, r.author_id AS author_id, r.demo AS demo, r.tco2e_per_year AS tco2e_per_year,
        r.investment_eur AS investment_eur, 'all' AS facet, '' AS value
    FROM resources r
    UNION ALL SELECT r.id, r.author_id, r.demo, r.tco2e_per_year, r.investment_eur, 'country', r.country
    FROM resources r
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

-- A change is counted out before it happens and in after it, so a cascade (an account deleted
-- with its resources) is counted like a deletion by hand.
CREATE TRIGGER resources_counted_in AFTER INSERT ON resources BEGIN
    INSERT INTO resource_counts (facet, value, demo, counted, tco2e_per_year, investment_eur)
    SELECT facet, value, demo, 1, COALESCE(tco2e_per_year, 0), COALESCE(investment_eur, 0)
    FROM resource_tallies WHERE resource_id = NEW.id
    ON CONFLICT (facet, value, demo) DO UPDATE SET counted = counted + excluded.counted,
        tco2e_per_year = tco2e_per_year + excluded.tco2e_per_year,
        investment_eur = investment_eur + excluded.investment_eur;
END;
CREATE TRIGGER resources_counted_out BEFORE DELETE ON resources BEGIN
    INSERT INTO resource_counts (facet, value, demo, counted, tco2e_per_year, investment_eur)
    SELECT facet, value, demo, -1, -COALESCE(tco2e_per_year, 0), -COALESCE(investment_eur, 0)
    FROM resource_tallies WHERE resource_id = OLD.id
    ON CONFLICT (facet, value, demo) DO UPDATE SET counted = counted + excluded.counted,
        tco2e_per_year = tco2e_per_year + excluded.tco2e_per_year,
        investment_eur = investment_eur + excluded.investment_eur;
END;
CREATE TRIGGER resources_recounted_out
BEFORE UPDATE OF demo, country, year, sectors_mask, map_mask, tco2e_per_year, investment_eur ON resources BEGIN
    INSERT INTO resource_counts (facet, value, demo, counted, tco2e_per_year, investment_eur)
    SELECT facet, value, demo, -1, -COALESCE(tco2e_per_year, 0), -COALESCE(investment_eur, 0)
    FROM resource_tallies WHERE resource_id = OLD.id
    ON CONFLICT (facet, value, demo) DO UPDATE SET counted = counted + excluded.counted,
        tco2e_per_year = tco2e_per_year + excluded.tco2e_per_year,
        investment_eur = investment_eur + excluded.investment_eur;
END;
CREATE TRIGGER resources_recounted_in
AFTER UPDATE OF demo, country, year, sectors_mask, map_mask, tco2e_per_year, investment_eur ON resources BEGIN
    INSERT INTO resource_counts (facet, value, demo, counted, tco2e_per_year, investment_eur)
    SELECT facet, value, demo, 1, COALESCE(tco2e_per_year, 0), COALESCE(investment_eur, 0)
    FROM resource_tallies WHERE resource_id = NEW.id
    ON CONFLICT (facet, value, demo) DO UPDATE SET counted = counted + excluded.counted,
        tco2e_per_year = tco2e_per_year + excluded.tco2e_per_year,
        investment_eur = investment_eur + excluded.investment_eur;
END;

