-- Keep in step with the other tree of migrations (a test compares them).
-- A group's name and description in several languages (issue 16): the language they are written
-- in, and its versions in other languages (a JSON list of {language, title, body}: the name and
-- the plain-text description). A group kept from before has no language ('') until its
-- administrator saves it (then the node's default) or its server sends it again: the node's
-- language setting may not be stored yet while migrations run.
ALTER TABLE groups ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE groups ADD COLUMN translations TEXT NOT NULL DEFAULT '[]';
