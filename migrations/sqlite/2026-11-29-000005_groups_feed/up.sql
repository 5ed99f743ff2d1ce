-- Keep in step with migrations/postgres (a test compares them).
-- Groups are actors (kind 'Group'); membership is an accepted follow of the group actor.
CREATE TABLE groups (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    actor_id BIGINT NOT NULL UNIQUE REFERENCES actors (id) ON DELETE CASCADE,
    sectors TEXT NOT NULL,
    topics TEXT NOT NULL,
    join_mode TEXT NOT NULL,
    visibility TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- Administrators and moderators of local groups (everyone else who follows is a member).
CREATE TABLE group_roles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id BIGINT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    actor_id BIGINT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    UNIQUE (group_id, actor_id)
);

CREATE TABLE group_invites (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id BIGINT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    actor_id BIGINT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    invited_by BIGINT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (group_id, actor_id)
);

-- Short posts: group discussions, replies and the social feed.
CREATE TABLE posts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ap_id TEXT NOT NULL UNIQUE,
    local BOOLEAN NOT NULL,
    author_id BIGINT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    group_id BIGINT REFERENCES actors (id) ON DELETE CASCADE,
    in_reply_to TEXT,
    content TEXT NOT NULL,
    content_html TEXT NOT NULL,
    visibility TEXT NOT NULL,
    mentions TEXT NOT NULL,
    tags TEXT NOT NULL,
    url TEXT NOT NULL,
    published_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX posts_published ON posts (published_at, id);
CREATE INDEX posts_group ON posts (group_id, published_at);
CREATE INDEX posts_author ON posts (author_id, published_at);
CREATE INDEX posts_reply ON posts (in_reply_to);

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient_id BIGINT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    actor_id BIGINT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    group_id BIGINT REFERENCES actors (id) ON DELETE CASCADE,
    post_id BIGINT REFERENCES posts (id) ON DELETE CASCADE,
    seen BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX notifications_recipient ON notifications (recipient_id, id);
