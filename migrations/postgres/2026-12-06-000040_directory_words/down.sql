ALTER TABLE actors RESET (parallel_workers);
DROP INDEX actors_directory;
ALTER TABLE actors DROP COLUMN directory_words;
ALTER FUNCTION cairn_directory_words(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT) RESET search_path;
CREATE INDEX actors_directory ON actors
    USING GIN (cairn_directory_words(display_name, username, job_title, organisation, expertise, city, summary));
