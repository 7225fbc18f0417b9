-- V2: the user's profile (one per client), the projects and premium skills it lists,
-- and market datasets a coach loaded to replace the built-in one.
CREATE TABLE profile (
    client_id               INTEGER PRIMARY KEY REFERENCES client(id) ON DELETE CASCADE,
    level                   TEXT    NOT NULL,
    years_experience        INTEGER CHECK (years_experience BETWEEN 0 AND 60),
    location                TEXT,
    state_of_residence      TEXT,
    education               TEXT,
    target_sector           TEXT,
    current_base            INTEGER CHECK (current_base BETWEEN 0 AND 10000000),
    current_bonus           INTEGER CHECK (current_bonus BETWEEN 0 AND 10000000),
    current_yearly_equity   INTEGER CHECK (current_yearly_equity BETWEEN 0 AND 10000000),
    unvested_equity         INTEGER CHECK (unvested_equity BETWEEN 0 AND 10000000),
    location_factor         TEXT,
    location_factor_reason  TEXT,
    sector_factor           TEXT,
    sector_factor_reason    TEXT,
    education_factor        TEXT,
    education_factor_reason TEXT,
    applied_premiums        TEXT    NOT NULL DEFAULT '',
    updated_at              TEXT    NOT NULL
);

CREATE TABLE profile_project (
    client_id   INTEGER NOT NULL REFERENCES profile(client_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    description TEXT    NOT NULL,
    PRIMARY KEY (client_id, position)
);

CREATE TABLE profile_skill (
    client_id INTEGER NOT NULL REFERENCES profile(client_id) ON DELETE CASCADE,
    skill_id  TEXT    NOT NULL,
    PRIMARY KEY (client_id, skill_id)
);

CREATE TABLE market_dataset (
    id        INTEGER PRIMARY KEY,
    name      TEXT    NOT NULL,
    year      INTEGER NOT NULL,
    origin    TEXT    NOT NULL,
    content   TEXT    NOT NULL,
    loaded_at TEXT    NOT NULL,
    active    INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
);
