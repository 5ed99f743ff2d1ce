DROP TABLE withheld_objects;
ALTER TABLE actors DROP COLUMN suspended;
DROP TABLE audit_log;
DROP TABLE reports;
