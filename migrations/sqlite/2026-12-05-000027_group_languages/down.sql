ALTER TABLE groups DROP COLUMN translations;
ALTER TABLE groups DROP COLUMN language;
