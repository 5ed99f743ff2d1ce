ALTER TABLE actors DROP COLUMN organisation;
ALTER TABLE actors DROP COLUMN sectors;
