-- Keep in step with migrations/sqlite (a test compares them).
-- A person's or group's header picture (ActivityPub `image`), shown across the top of its page.
ALTER TABLE actors ADD COLUMN header_url TEXT;
-- An event's banner picture, as one of its attachments: JSON {url, media_type, title, blurhash}.
ALTER TABLE events ADD COLUMN banner TEXT;
