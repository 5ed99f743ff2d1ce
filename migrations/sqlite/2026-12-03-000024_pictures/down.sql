DROP INDEX media_by_remote_url;
ALTER TABLE media DROP COLUMN remote_url;
ALTER TABLE events DROP COLUMN banner;
ALTER TABLE actors DROP COLUMN header_url;
