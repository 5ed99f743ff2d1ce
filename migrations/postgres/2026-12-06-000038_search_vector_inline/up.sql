-- Keep in step with migrations/sqlite. A resource's search vector stays in its row (compressed if
-- need be) instead of moving to the TOAST table, where every match of a search fetched it again
-- through TOAST's index to check its weights and rank it: 25% of matching and ranking 1,075
-- resources at 100,000 (BENCHMARKS.md). Rows written before keep their layout until rewritten
-- (`VACUUM FULL resources`, which locks the table while it runs).
ALTER TABLE resources ALTER COLUMN search SET STORAGE MAIN;
