DROP INDEX events_published;
