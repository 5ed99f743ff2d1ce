-- Keep in step with migrations/sqlite. SQLite's search moved to an engine beside its database, fed
-- through an outbox; PostgreSQL's search stays in PostgreSQL, so that every process sharing one
-- sees the same results (full-text search differs by design).
SELECT 1;
