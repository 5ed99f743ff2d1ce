-- Keep in step with migrations/sqlite (a test compares them; full-text search differs by design).
-- A list's row past 2 kB was compressed (pglz) each time a batch rewrote it: 8% of all the CPU of
-- a backfill on two cores, for bitmaps that are compressed already. They are now moved out of the
-- row as they are.
ALTER TABLE search_postings ALTER COLUMN ids SET STORAGE EXTERNAL;
ALTER TABLE search_facets ALTER COLUMN ids SET STORAGE EXTERNAL;
