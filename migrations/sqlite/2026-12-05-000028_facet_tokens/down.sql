-- Keep in step with migrations/postgres. PostgreSQL's search vector gained a resource's facets
-- as tokens (its full-text search differs by design); SQLite's FTS table is unchanged.
SELECT 1;
