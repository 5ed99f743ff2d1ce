ALTER TABLE actors RESET (parallel_workers);
DROP INDEX actors_directory;
ALTER TABLE actors DROP COLUMN directory_words;
CREATE INDEX actors_directory ON actors
    USING GIN (cairn_directory_words(display_name, username, job_title, organisation, expertise, city, summary));
