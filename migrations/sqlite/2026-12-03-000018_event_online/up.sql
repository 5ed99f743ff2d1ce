-- Keep in step with migrations/postgres (a test compares them).
-- Whether an event happens online is public; its webinar link is for participants. Another
-- server's event may be online while this node does not (yet) hold its link.
ALTER TABLE events ADD COLUMN online BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE events SET online = TRUE WHERE online_url IS NOT NULL;
