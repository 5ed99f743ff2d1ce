-- Keep in step with migrations/sqlite (a test compares them).
-- Following a remote actor brings its back catalogue: its outbox is read once, when the first
-- person here follows it, page after page; progress is kept so a restart resumes the reading.
CREATE TABLE catalogues (
    actor_id BIGINT PRIMARY KEY REFERENCES actors (id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    next_page TEXT,
    total BIGINT,
    done BIGINT NOT NULL DEFAULT 0,
    error TEXT,
    updated_at TIMESTAMP NOT NULL
);
