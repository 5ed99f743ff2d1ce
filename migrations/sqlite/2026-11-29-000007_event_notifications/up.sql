-- Keep in step with migrations/postgres (a test compares them).
-- Notifications about an event someone takes part in (changes, cancellations).
ALTER TABLE notifications ADD COLUMN event_id BIGINT REFERENCES events (id) ON DELETE CASCADE;
