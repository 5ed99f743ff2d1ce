-- Keep in step with migrations/postgres (a test compares them).
-- Several processes on one database. A delivery claimed by a worker names it; the worker renews
-- the claim while it holds the delivery, so after a crash the claim runs out within a lease and
-- another worker (or the restarted one) makes it.
ALTER TABLE deliveries ADD COLUMN claimed_by TEXT;
CREATE INDEX deliveries_claimed_by ON deliveries (claimed_by) WHERE claimed_by IS NOT NULL;
-- Deliveries not queued because the server already had its cap of queued work.
ALTER TABLE instances ADD COLUMN dropped BIGINT NOT NULL DEFAULT 0;
-- Jobs that must run in one process of the cluster at a time (a backfill, the queue's cap).
CREATE TABLE job_leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
