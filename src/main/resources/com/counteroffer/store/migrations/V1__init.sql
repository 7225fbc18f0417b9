-- V1: the schema history and the first client.
-- Every later table hangs off a client so that a coach's clients never see each other's data.
CREATE TABLE schema_history (
    version    INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    applied_at TEXT    NOT NULL
);

CREATE TABLE client (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    created_at  TEXT    NOT NULL,
    archived_at TEXT
);

INSERT INTO client(id, name, created_at) VALUES (1, 'Me', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
