DROP TABLE notifications;
DROP TABLE posts;
DROP TABLE group_invites;
DROP TABLE group_roles;
DROP TABLE groups;
