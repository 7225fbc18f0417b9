-- V4: what the take-home figures need from the profile: filing status, New York City residence,
-- the Maryland county rate and the pre-tax 401(k) deferral.
ALTER TABLE profile ADD COLUMN filing_status TEXT NOT NULL DEFAULT 'single';
ALTER TABLE profile ADD COLUMN nyc_resident INTEGER NOT NULL DEFAULT 0 CHECK (nyc_resident IN (0, 1));
ALTER TABLE profile ADD COLUMN md_county_rate TEXT;
ALTER TABLE profile ADD COLUMN k401_deferral INTEGER NOT NULL DEFAULT 0 CHECK (k401_deferral BETWEEN 0 AND 24500);
