-- Keep in step with migrations/sqlite (a test compares them).
-- A group that moved to a group here is taken over once: its members, moderators and
-- discussions are read when its Move first arrives, not again on a repeated Move.
CREATE TABLE group_adoptions (
    old_group_id BIGINT PRIMARY KEY REFERENCES actors (id) ON DELETE CASCADE,
    group_id BIGINT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    adopted_at TIMESTAMP NOT NULL
);
CREATE INDEX group_adoptions_group ON group_adoptions (group_id);
