DROP TABLE resources_fts;
DROP TABLE comments;
DROP TABLE resources;
