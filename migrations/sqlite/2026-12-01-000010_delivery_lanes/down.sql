DROP INDEX deliveries_domain;
ALTER TABLE instances DROP COLUMN last_error;
ALTER TABLE instances DROP COLUMN retry_at;
