-- Keep in step with migrations/postgres (a test compares them).
-- A moderator limited (silenced) this account: it stays visible to its followers and on its
-- own pages, not in public timelines, the repository, search, the calendar or the directory.
-- A whole domain is limited by a domain rule with the policy 'limit'.
ALTER TABLE actors ADD COLUMN limited BOOLEAN NOT NULL DEFAULT FALSE;
-- Public lists leave out limited and suspended accounts; few are, so a partial index finds them.
CREATE INDEX actors_withdrawn ON actors (id) WHERE limited OR suspended;

-- What one person blocks or mutes: an account (target_actor_id) or a whole domain
-- (target_domain); target is the account's address or the domain, for uniqueness and listing.
-- block_ap_id is the Block activity sent to a remote account, for its Undo.
CREATE TABLE personal_blocks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_id BIGINT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    target_actor_id BIGINT REFERENCES actors (id) ON DELETE CASCADE,
    target_domain TEXT,
    block_ap_id TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX personal_blocks_once ON personal_blocks (owner_id, kind, target);
CREATE INDEX personal_blocks_by_target ON personal_blocks (target_actor_id);
