ALTER TABLE instances DROP COLUMN signature_scheme;
