-- Timelines read events newest first by publication, a page at a time from a position.
CREATE INDEX events_published ON events (published_at, id);
