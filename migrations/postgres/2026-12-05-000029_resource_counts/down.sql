DROP TRIGGER resources_counted_out ON resources;
DROP TRIGGER resources_recounted ON resources;
DROP TRIGGER resources_counted_in ON resources;
DROP FUNCTION cairn_recount_resources();
DROP TABLE resource_counts;
DROP VIEW resource_tallies;
DROP FUNCTION cairn_tallies(TEXT, INTEGER, BIGINT, BIGINT);
DROP TABLE mask_bits;
