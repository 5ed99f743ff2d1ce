-- Keep in step with migrations/postgres (a test compares them).
-- Settings an admin changes while the node runs (e.g. the node's contact address); the
-- configuration file only gives their first values.
CREATE TABLE node_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
