-- V5: saved comparisons: which offers, the scenario and the decision matrix, per client.
CREATE TABLE comparison (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    name       TEXT    NOT NULL,
    document   TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    UNIQUE (client_id, name)
);
