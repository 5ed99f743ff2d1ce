DROP TRIGGER resources_counted_in ON resources;
DROP TRIGGER resources_counted_out ON resources;
DROP FUNCTION cairn_recount_resource();
DROP FUNCTION cairn_count_resource(BIGINT, INTEGER);
DROP TABLE resource_counts;
DROP VIEW resource_tallies;
DROP TABLE mask_bits;
