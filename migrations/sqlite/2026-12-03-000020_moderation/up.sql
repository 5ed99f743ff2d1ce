-- Keep in step with migrations/postgres (a test compares them).
-- Reports of content or accounts: filed by people here (reporter_id) or arriving as a Flag
-- from another server (origin, flag_ap_id; the reporter is not known). target_actor_id is the
-- account the reported thing belongs to, for "earlier reports about the same account".
CREATE TABLE reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reporter_id BIGINT REFERENCES actors (id) ON DELETE SET NULL,
    origin TEXT NOT NULL,
    flag_ap_id TEXT,
    target_url TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    target_actor_id BIGINT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    rule TEXT NOT NULL,
    comment TEXT NOT NULL,
    forwarded BOOLEAN NOT NULL,
    status TEXT NOT NULL,
    resolved_by TEXT,
    resolved_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX reports_by_status ON reports (status, id);
CREATE INDEX reports_by_target_actor ON reports (target_actor_id);
CREATE INDEX reports_by_target ON reports (target_url);
-- A Flag delivered twice names each thing once (NULL for reports filed here).
CREATE UNIQUE INDEX reports_by_flag ON reports (flag_ap_id, target_url);

-- What moderators and administrators did: written by the services, never changed afterwards.
-- moderator is the username as it was (or "command line"), so the record outlives the account.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    moderator TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX audit_log_by_action ON audit_log (action, id);

-- Content from other servers that a moderator removed here: a copy arriving again is refused.
CREATE TABLE withheld_objects (
    ap_id TEXT PRIMARY KEY,
    created_at TIMESTAMP NOT NULL
);

-- An account from another server that a moderator suspended: nothing more is taken from it.
ALTER TABLE actors ADD COLUMN suspended BOOLEAN NOT NULL DEFAULT FALSE;
