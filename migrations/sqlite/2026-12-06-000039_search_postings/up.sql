-- Keep in step with migrations/postgres (a test compares them; full-text search differs by design).
-- PostgreSQL's search gets posting lists of its own; SQLite searches in its engine (src/db/text_index).
SELECT 1;
