DROP TABLE job_leases;
ALTER TABLE instances DROP COLUMN dropped;
DROP INDEX deliveries_claimed_by;
ALTER TABLE deliveries DROP COLUMN claimed_by;
