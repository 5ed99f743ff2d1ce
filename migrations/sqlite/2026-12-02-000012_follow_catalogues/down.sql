DROP TABLE catalogues;
