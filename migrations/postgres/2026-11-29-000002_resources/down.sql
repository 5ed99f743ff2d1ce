DROP TABLE comments;
DROP TABLE resources;
