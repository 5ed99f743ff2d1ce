-- Keep in step with migrations/sqlite (a test compares them).
-- The directory is searched by the beginnings of words in what people look a colleague up by
-- (name, handle, role, organisation, expertise, city, summary), through an index, where every
-- row was read with LIKE '%…%' before. The words as written ('simple': names are not stemmed),
-- folded by `cairn_fold` (lower case, the accents of European alphabets taken off, in any
-- locale), which folds the words asked for too (`db::dialect::directory_match`).
CREATE FUNCTION cairn_fold(words TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT lower(translate(words, 'àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőùúûüūůűųýÿźżžśšşťţŕřÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚÌÍÎÏĪĮŁÑŃŇÒÓÔÕÖØŌŐÙÚÛÜŪŮŰŲÝŸŹŻŽŚŠŞŤŢŔŘ', 'aaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooouuuuuuuuyyzzzsssttrraaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooouuuuuuuuyyzzzsssttrr'))
$$;
CREATE FUNCTION cairn_directory_words(display_name TEXT, username TEXT, job_title TEXT, organisation TEXT,
                                      expertise TEXT, city TEXT, summary TEXT) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_tsvector('simple', cairn_fold(concat_ws(' ', display_name, username, job_title, organisation,
                                                      expertise, city, summary)))
$$;
CREATE INDEX actors_directory ON actors
    USING GIN (cairn_directory_words(display_name, username, job_title, organisation, expertise, city, summary));
