-- Keep in step with migrations/sqlite (a test compares them). SQLite's full-text index is now
-- written again only when a column it holds changes; PostgreSQL's search vector is a generated
-- column, and needs nothing.
SELECT 1;
