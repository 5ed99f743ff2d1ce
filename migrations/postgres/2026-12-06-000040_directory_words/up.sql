-- Keep in step with migrations/sqlite (a test compares them; full-text search differs by design).
-- The directory's words stay in the row, so that a search can check the newest people one by one:
-- computed, they took 70 µs a person. A common word ("Heat planner" for every fifth person) made
-- the index read every match to keep the newest 40 (BENCHMARKS.md).
-- Its search_path is fixed, as a restore (pg_dump sets an empty one) computes the column again.
ALTER FUNCTION cairn_directory_words(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT) SET search_path FROM CURRENT;
ALTER TABLE actors ADD COLUMN directory_words tsvector GENERATED ALWAYS AS
    (cairn_directory_words(display_name, username, job_title, organisation, expertise, city, summary)) STORED;
DROP INDEX actors_directory;
CREATE INDEX actors_directory ON actors USING GIN (directory_words);
-- Never scan people with parallel workers: a node knows at most some hundreds of thousands, and
-- starting the workers took 5 ms of every public list at 100,000 (the part of the withdrawn
-- authors that looks for subdomains), where the scan itself is never run unless a domain is limited.
ALTER TABLE actors SET (parallel_workers = 0);
