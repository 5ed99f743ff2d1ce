DROP TABLE comments;
DROP TABLE resource_phases;
DROP TABLE resource_sectors;
DROP TABLE resources;
