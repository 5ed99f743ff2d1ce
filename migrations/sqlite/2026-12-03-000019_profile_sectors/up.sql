-- Keep in step with migrations/postgres (a test compares them).
-- What a person works on (sector ids of the taxonomy, a JSON list) and where they work, so
-- colleagues find them by sector and by organisation.
ALTER TABLE actors ADD COLUMN sectors TEXT NOT NULL DEFAULT '[]';
ALTER TABLE actors ADD COLUMN organisation TEXT NOT NULL DEFAULT '';
