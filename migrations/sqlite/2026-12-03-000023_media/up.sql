-- Keep in step with migrations/postgres (a test compares them).
-- A file someone uploaded. The file is in the media store under file_key (an image's
-- thumbnail under thumbnail_key); images are stored re-encoded, so media_type, size, width and
-- height are those of the stored file. blurhash is a placeholder for an image while it loads.
-- attached_to: the id (URL) of what it belongs to: a resource, a post, an event, a group or an
-- account (none yet: just uploaded). Deleting that deletes the file with its record.
CREATE TABLE media (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_id BIGINT NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    file_key TEXT NOT NULL,
    thumbnail_key TEXT,
    media_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    description TEXT NOT NULL,
    width INTEGER,
    height INTEGER,
    blurhash TEXT,
    attached_to TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX media_by_key ON media (file_key);
CREATE UNIQUE INDEX media_by_thumbnail_key ON media (thumbnail_key);
CREATE INDEX media_by_owner ON media (owner_id);
CREATE INDEX media_by_attachment ON media (attached_to);

-- A post's files, as a resource's: a JSON list of {url, media_type, title, blurhash}.
ALTER TABLE posts ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';
