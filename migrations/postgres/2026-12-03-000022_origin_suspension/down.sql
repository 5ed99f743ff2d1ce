DROP INDEX actors_withdrawn;
CREATE INDEX actors_withdrawn ON actors (id) WHERE limited OR suspended;
ALTER TABLE actors DROP COLUMN suspended_at_origin;
