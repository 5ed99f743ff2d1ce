-- Keep in step with migrations/postgres: PostgreSQL's kept counts run without JIT; SQLite has none.
SELECT 1;
