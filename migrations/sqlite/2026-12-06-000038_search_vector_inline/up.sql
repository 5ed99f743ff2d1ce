-- Keep in step with migrations/postgres. PostgreSQL keeps a resource's search vector in its row;
-- SQLite searches in its engine (migration 000037) and has nothing to change.
SELECT 1;
