-- Keep in step with migrations/postgres (a test compares them).
-- Moving accounts: the actor's other ids (alsoKnownAs, a JSON list of actor URLs) and, once it
-- has moved, the actor it moved to (movedTo).
ALTER TABLE actors ADD COLUMN also_known_as TEXT NOT NULL DEFAULT '[]';
ALTER TABLE actors ADD COLUMN moved_to TEXT;
