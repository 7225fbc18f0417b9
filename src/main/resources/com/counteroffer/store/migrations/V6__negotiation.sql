-- V6: per offer, the negotiation workspace: plan settings, walk-away, edited talking points,
-- script choices and the checklist, kept as one counteroffer.negotiation/1 document.
CREATE TABLE negotiation (
    client_id  INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    offer_id   INTEGER NOT NULL REFERENCES offer(id) ON DELETE CASCADE,
    document   TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    PRIMARY KEY (client_id, offer_id)
);
