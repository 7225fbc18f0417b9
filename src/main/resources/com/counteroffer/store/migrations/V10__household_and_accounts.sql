-- V10: the household and accounts in the profile's tax settings (issue 19): a spouse's wages on a joint
-- return, the age (for catch-ups; NULL when not given), the Roth 401(k) deferral, the payroll HSA contribution
-- and its coverage, and the property tax for itemizing. The amount checks are wide on purpose: the year's limits
-- change, and the app checks them (a CHECK at a year's limit, as k401_deferral has, can't be raised in SQLite).
ALTER TABLE profile ADD COLUMN spouse_wages INTEGER NOT NULL DEFAULT 0 CHECK (spouse_wages BETWEEN 0 AND 10000000);
ALTER TABLE profile ADD COLUMN age INTEGER CHECK (age BETWEEN 14 AND 120);
ALTER TABLE profile ADD COLUMN roth_401k INTEGER NOT NULL DEFAULT 0 CHECK (roth_401k BETWEEN 0 AND 10000000);
ALTER TABLE profile ADD COLUMN hsa INTEGER NOT NULL DEFAULT 0 CHECK (hsa BETWEEN 0 AND 10000000);
ALTER TABLE profile ADD COLUMN hsa_coverage TEXT NOT NULL DEFAULT 'self' CHECK (hsa_coverage IN ('self', 'family'));
ALTER TABLE profile ADD COLUMN property_tax INTEGER NOT NULL DEFAULT 0 CHECK (property_tax BETWEEN 0 AND 10000000);
