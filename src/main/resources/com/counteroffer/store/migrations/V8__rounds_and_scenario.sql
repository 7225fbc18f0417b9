-- V8: a round the candidate proposed is an ask: it joins the history but the offer's terms stay the
-- employer's, unless the candidate marks it agreed. Offers whose terms an ask had replaced (the
-- ask is the latest round and the offer still holds exactly its terms) get the employer's latest
-- terms back, keeping the status the ask set. And each client's current comparison scenario, so
-- the window, the command line and the report start from the same one.
ALTER TABLE offer_version ADD COLUMN agreed INTEGER NOT NULL DEFAULT 0 CHECK (agreed IN (0, 1));

UPDATE offer
SET document = json_set(
        (SELECT v.document FROM offer_version v
         WHERE v.offer_id = offer.id AND v.proposed_by = 'employer' ORDER BY v.number DESC LIMIT 1),
        '$.status', offer.status),
    deadline = json_extract((SELECT v.document FROM offer_version v
         WHERE v.offer_id = offer.id AND v.proposed_by = 'employer' ORDER BY v.number DESC LIMIT 1), '$.deadline')
WHERE (SELECT v.proposed_by FROM offer_version v WHERE v.offer_id = offer.id ORDER BY v.number DESC LIMIT 1)
          = 'candidate'
  AND document = (SELECT v.document FROM offer_version v WHERE v.offer_id = offer.id ORDER BY v.number DESC LIMIT 1)
  AND EXISTS (SELECT 1 FROM offer_version v WHERE v.offer_id = offer.id AND v.proposed_by = 'employer');

CREATE TABLE compare_scenario (
    client_id  INTEGER PRIMARY KEY REFERENCES client(id) ON DELETE CASCADE,
    document   TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);
