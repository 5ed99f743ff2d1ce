ALTER TABLE posts DROP COLUMN attachments;
DROP TABLE media;
