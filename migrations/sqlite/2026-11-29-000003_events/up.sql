-- Keep in step with migrations/postgres (a test compares them).
CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ap_id TEXT NOT NULL UNIQUE,
    local BOOLEAN NOT NULL,
    origin TEXT NOT NULL,
    organizer_id BIGINT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    description_html TEXT NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    timezone TEXT NOT NULL,
    online_url TEXT,
    address TEXT NOT NULL,
    capacity BIGINT,
    join_mode TEXT NOT NULL,
    status TEXT NOT NULL,
    sectors TEXT NOT NULL,
    tags TEXT NOT NULL,
    language TEXT NOT NULL,
    country TEXT NOT NULL,
    participant_count BIGINT NOT NULL,
    url TEXT NOT NULL,
    published_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX events_starts ON events (starts_at, id);

CREATE TABLE participations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    actor_id BIGINT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    activity_ap_id TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (event_id, actor_id)
);
CREATE INDEX participations_activity ON participations (activity_ap_id);
