DROP TRIGGER actors_fts_insert;
DROP TRIGGER actors_fts_delete;
DROP TRIGGER actors_fts_update;
DROP TABLE actors_fts;
