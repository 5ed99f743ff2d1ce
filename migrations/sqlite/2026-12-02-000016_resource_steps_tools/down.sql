UPDATE resources SET map_mask = map_mask & 255;
ALTER TABLE resources RENAME COLUMN map_mask TO phases_mask;
