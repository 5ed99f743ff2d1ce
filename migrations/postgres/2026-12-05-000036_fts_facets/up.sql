-- Keep in step with migrations/sqlite. SQLite's FTS table gained a resource's facets as tokens, as
-- PostgreSQL's search vector did in 000028 (full-text search differs by design).
SELECT 1;
