-- V7: coach workspace: deleted clients are hidden (Undo brings them back), and dated session notes.
ALTER TABLE client ADD COLUMN deleted_at TEXT;

CREATE TABLE session_note (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    written_at TEXT    NOT NULL,
    text       TEXT    NOT NULL
);

CREATE INDEX session_note_by_client ON session_note(client_id, written_at);
