-- Keep in step with migrations/postgres (a test compares them; full-text search differs by design).
-- PostgreSQL's posting lists are stored uncompressed; SQLite has none.
SELECT 1;
