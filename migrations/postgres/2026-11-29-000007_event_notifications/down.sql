ALTER TABLE notifications DROP COLUMN event_id;
