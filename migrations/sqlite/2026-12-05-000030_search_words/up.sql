-- Keep in step with migrations/postgres (a test compares them).
-- The words of resources' titles and summaries, lower case without accents, for "did you mean"
-- when a search finds nothing. Cairn adds a resource's words as it stores it (db::resources),
-- and fills the list from the resources already held when it starts with an empty one.
CREATE TABLE search_words (
    word TEXT PRIMARY KEY
);
