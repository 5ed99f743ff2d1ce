-- Keep in step with migrations/sqlite (a test compares them).
-- How a server takes signed deliveries: 'rfc9421' or 'cavage', learnt by trying RFC 9421 first
-- and draft-cavage when it is refused; NULL until a delivery has succeeded.
ALTER TABLE instances ADD COLUMN signature_scheme TEXT;
