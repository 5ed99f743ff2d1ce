DROP TABLE participations;
DROP TABLE events;
