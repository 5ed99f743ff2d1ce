DROP TABLE group_adoptions;
