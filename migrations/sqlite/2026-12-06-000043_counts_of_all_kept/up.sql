-- Keep in step with migrations/postgres (a test compares them).
-- The two counts of all resources (with illustrative ones and without) exist from the start, at
-- zero: a transaction that changes stored resources locks them first, so that every change to
-- counts takes its turn there (src/db/counts.rs, LockCounts), and a lock needs a row.
INSERT INTO resource_counts (facet, value, demo, counted, tco2e_per_year, investment_eur)
VALUES ('all', '', FALSE, 0, 0, 0), ('all', '', TRUE, 0, 0, 0) ON CONFLICT DO NOTHING;
