-- Keep in step with migrations/postgres (a test compares them).
-- The two counts of all resources (with illustrative ones and without) exist from the start, at
-- zero: on PostgreSQL, a transaction that updates stored resources locks them before its first update, so that
-- it takes its turn there with every insert and delete (src/db/counts.rs, LockCounts), and a lock
-- needs a row.
INSERT INTO resource_counts (facet, value, demo, counted, tco2e_per_year, investment_eur)
VALUES ('all', '', FALSE, 0, 0, 0), ('all', '', TRUE, 0, 0, 0) ON CONFLICT DO NOTHING;
