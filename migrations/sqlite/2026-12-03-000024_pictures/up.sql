-- Keep in step with migrations/postgres (a test compares them).
-- A person's or group's header picture (ActivityPub `image`), shown across the top of its page.
ALTER TABLE actors ADD COLUMN header_url TEXT;
-- An event's banner picture, as one of its attachments: JSON {url, media_type, title, blurhash}.
ALTER TABLE events ADD COLUMN banner TEXT;
-- A picture of another server's object, kept here (`media.remote_cache_bytes`): its address
-- there. Such a file is attached to the object and owned by its author; the oldest go first.
-- One copy per picture of an object, however many times the object arrives at once.
ALTER TABLE media ADD COLUMN remote_url TEXT;
CREATE UNIQUE INDEX media_remote_copy ON media (attached_to, remote_url);
