DROP INDEX actors_directory;
DROP FUNCTION cairn_directory_words;
DROP FUNCTION cairn_fold;
