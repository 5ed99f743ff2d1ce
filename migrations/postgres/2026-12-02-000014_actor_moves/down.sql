ALTER TABLE actors DROP COLUMN moved_to;
ALTER TABLE actors DROP COLUMN also_known_as;
