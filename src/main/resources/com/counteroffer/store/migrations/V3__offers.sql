-- V3: offers (and the current job) per client, stored whole as counteroffer.offer/1 documents,
-- with the columns the offers list sorts and filters on; and every negotiation round's terms.
CREATE TABLE offer (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    company     TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    deadline    TEXT,
    is_current  INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
    document    TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    -- A deleted offer is hidden, not removed, so Undo can bring it back whole.
    deleted_at  TEXT
);

CREATE INDEX offer_by_client ON offer(client_id, deleted_at);

CREATE TABLE offer_version (
    id          INTEGER PRIMARY KEY,
    offer_id    INTEGER NOT NULL REFERENCES offer(id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    round_date  TEXT    NOT NULL,
    proposed_by TEXT    NOT NULL CHECK (proposed_by IN ('employer', 'candidate')),
    label       TEXT    NOT NULL,
    note        TEXT    NOT NULL DEFAULT '',
    document    TEXT    NOT NULL,
    UNIQUE (offer_id, number)
);
