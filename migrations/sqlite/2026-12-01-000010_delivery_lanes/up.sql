-- Keep in step with migrations/postgres (a test compares them).
-- Per-server delivery lanes: a server that fails is parked until retry_at (no delivery to it is
-- claimed before then), and its last error is kept for admins.
ALTER TABLE instances ADD COLUMN retry_at TIMESTAMP;
ALTER TABLE instances ADD COLUMN last_error TEXT;
-- Pending work per server, for the lane overview.
CREATE INDEX deliveries_domain ON deliveries (domain, state);
