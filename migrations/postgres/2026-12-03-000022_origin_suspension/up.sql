-- Keep in step with migrations/sqlite (a test compares them).
-- The account's own server suspended it (an Update with `suspended`, or its actor answering
-- 410 Gone): its content is hidden here as a local suspension hides it, until that server lifts
-- it. Deliveries are not refused for it, unlike a suspension by this node's moderators.
ALTER TABLE actors ADD COLUMN suspended_at_origin BOOLEAN NOT NULL DEFAULT FALSE;
DROP INDEX actors_withdrawn;
CREATE INDEX actors_withdrawn ON actors (id) WHERE limited OR suspended OR suspended_at_origin;
