DROP TRIGGER search_postings_insert ON resources;
DROP TRIGGER search_postings_update ON resources;
DROP TRIGGER search_postings_delete ON resources;
DROP FUNCTION cairn_postings_queue();
DROP FUNCTION cairn_postings(tsvector, TEXT, TEXT, TEXT, INTEGER, BIGINT, BIGINT, BIGINT, TIMESTAMP);
DROP TABLE search_postings_state;
DROP TABLE search_postings_outbox;
DROP TABLE search_facets;
DROP TABLE search_postings;
