-- Keep in step with migrations/postgres (a test compares them; full-text search differs by design).
-- PostgreSQL keeps the directory's words in the row; SQLite's are in its FTS5 table (actors_fts).
SELECT 1;
