-- Keep in step with migrations/postgres (a test compares them).
-- The directory is searched by the beginnings of words in what people look a colleague up by
-- (name, handle, role, organisation, expertise, city, summary), through an index, where every
-- row was read with LIKE '%…%' before.
CREATE VIRTUAL TABLE actors_fts USING fts5(
    display_name, username, job_title, organisation, expertise, city, summary,
    content = 'actors', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER actors_fts_insert AFTER INSERT ON actors BEGIN
    INSERT INTO actors_fts (rowid, display_name, username, job_title, organisation, expertise, city, summary)
    VALUES (new.id, new.display_name, new.username, new.job_title, new.organisation, new.expertise, new.city, new.summary);
END;
CREATE TRIGGER actors_fts_delete AFTER DELETE ON actors BEGIN
    INSERT INTO actors_fts (actors_fts, rowid, display_name, username, job_title, organisation, expertise, city, summary)
    VALUES ('delete', old.id, old.display_name, old.username, old.job_title, old.organisation, old.expertise, old.city, old.summary);
END;
-- An actor's refresh from its server sets every column: the index is written only when one of
-- its own changed.
CREATE TRIGGER actors_fts_update AFTER UPDATE OF display_name, username, job_title, organisation, expertise, city, summary
ON actors WHEN old.display_name IS NOT new.display_name OR old.username IS NOT new.username
    OR old.job_title IS NOT new.job_title OR old.organisation IS NOT new.organisation
    OR old.expertise IS NOT new.expertise OR old.city IS NOT new.city OR old.summary IS NOT new.summary
BEGIN
    INSERT INTO actors_fts (actors_fts, rowid, display_name, username, job_title, organisation, expertise, city, summary)
    VALUES ('delete', old.id, old.display_name, old.username, old.job_title, old.organisation, old.expertise, old.city, old.summary);
    INSERT INTO actors_fts (rowid, display_name, username, job_title, organisation, expertise, city, summary)
    VALUES (new.id, new.display_name, new.username, new.job_title, new.organisation, new.expertise, new.city, new.summary);
END;
INSERT INTO actors_fts (actors_fts) VALUES ('rebuild');
