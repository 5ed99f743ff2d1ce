DROP TRIGGER resources_recounted_in;
DROP TRIGGER resources_recounted_out;
DROP TRIGGER resources_counted_out;
DROP TRIGGER resources_counted_in;
DROP TABLE resource_counts;
DROP VIEW resource_tallies;
DROP TABLE mask_bits;
