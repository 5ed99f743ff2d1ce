-- Keep in step with migrations/sqlite.
ALTER TABLE resources ALTER COLUMN search SET STORAGE EXTENDED;
