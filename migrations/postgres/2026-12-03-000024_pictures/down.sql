DROP INDEX media_remote_copy;
ALTER TABLE media DROP COLUMN remote_url;
ALTER TABLE events DROP COLUMN banner;
ALTER TABLE actors DROP COLUMN header_url;
