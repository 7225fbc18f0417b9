-- V9: session notes a coach can live in (pinned first, edited in place, deleted with Undo), and
-- action items (homework) per client with an optional due date.
ALTER TABLE session_note ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1));
ALTER TABLE session_note ADD COLUMN edited_at TEXT;
-- A deleted note is hidden until its Undo window ends, then removed for good.
ALTER TABLE session_note ADD COLUMN deleted_at TEXT;

CREATE TABLE action_item (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    text       TEXT    NOT NULL,
    due        TEXT,
    done_at    TEXT,
    created_at TEXT    NOT NULL
);

CREATE INDEX action_item_by_client ON action_item(client_id, done_at);
