-- Keep in step with migrations/postgres (a test compares them).
-- This node's subscriptions to other nodes and relays (aggregators gather through them):
-- the followed actor (a node's application actor or a relay's), or only an inbox for a
-- Mastodon-style relay; NodeInfo details; where the outbox backfill has got to.
CREATE TABLE subscriptions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    domain TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    actor_ap_id TEXT,
    inbox TEXT NOT NULL,
    outbox TEXT,
    state TEXT NOT NULL,
    follow_ap_id TEXT NOT NULL,
    name TEXT NOT NULL,
    software TEXT NOT NULL,
    country TEXT NOT NULL,
    backfill_state TEXT NOT NULL,
    backfill_next TEXT,
    backfill_total BIGINT,
    backfilled BIGINT NOT NULL,
    backfill_error TEXT,
    last_contact_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
