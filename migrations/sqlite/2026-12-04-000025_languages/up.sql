-- Keep in step with migrations/postgres (a test compares them).
-- The language a person reads the interface in; empty: as their browser asks.
ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT '';
