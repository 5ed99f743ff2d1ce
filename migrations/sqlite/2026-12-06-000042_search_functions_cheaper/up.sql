-- Keep in step with migrations/postgres (a test compares them; full-text search differs by design).
-- PostgreSQL's search functions are written again for less CPU; SQLite has none.
SELECT 1;
