DROP TABLE personal_blocks;
DROP INDEX actors_withdrawn;
ALTER TABLE actors DROP COLUMN limited;
