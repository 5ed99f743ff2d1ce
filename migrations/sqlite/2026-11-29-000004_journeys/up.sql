-- Keep in step with migrations/postgres (a test compares them).
-- A city's progress through the Climate Transition Map: one row per step it has recorded,
-- for this node's organisation and for the cities it follows.
CREATE TABLE journey_steps (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    actor_id BIGINT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    step TEXT NOT NULL,
    status TEXT NOT NULL,
    notes TEXT NOT NULL,
    evidence TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (actor_id, step)
);
