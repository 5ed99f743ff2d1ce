-- Keep in step with the other tree of migrations (a test compares them).
-- A group's name and description in several languages (issue 16): the language they are written
-- in, and its versions in other languages (a JSON list of {language, title, body}: the name and
-- the plain-text description). Local groups were written in the node's language; a remote
-- group's language is not known ('') until its server sends it again.
ALTER TABLE groups ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE groups ADD COLUMN translations TEXT NOT NULL DEFAULT '[]';
UPDATE groups SET language = COALESCE((SELECT value FROM node_settings WHERE key = 'language'), 'en')
WHERE actor_id IN (SELECT id FROM actors WHERE local);
