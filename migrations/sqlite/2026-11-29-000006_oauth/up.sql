-- Keep in step with migrations/postgres (a test compares them).
-- Mastodon-compatible clients: registered apps, authorization codes and access tokens
-- (secrets are stored hashed), and people's reactions (favourites, reblogs) to statuses.
CREATE TABLE oauth_apps (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id TEXT NOT NULL UNIQUE,
    secret_hash TEXT NOT NULL,
    name TEXT NOT NULL,
    website TEXT,
    redirect_uris TEXT NOT NULL,
    scopes TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE oauth_codes (
    code_hash TEXT PRIMARY KEY,
    app_id BIGINT NOT NULL REFERENCES oauth_apps (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    scopes TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    expires_at TIMESTAMP NOT NULL
);

CREATE TABLE oauth_tokens (
    token_hash TEXT PRIMARY KEY,
    app_id BIGINT NOT NULL REFERENCES oauth_apps (id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users (id) ON DELETE CASCADE,
    scopes TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE reactions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    actor_id BIGINT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    object_ap_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    activity_ap_id TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (actor_id, object_ap_id, kind)
);
CREATE INDEX reactions_object ON reactions (object_ap_id, kind);
