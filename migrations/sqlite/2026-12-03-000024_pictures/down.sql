ALTER TABLE events DROP COLUMN banner;
ALTER TABLE actors DROP COLUMN header_url;
