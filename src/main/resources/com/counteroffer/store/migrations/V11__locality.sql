-- V11: the city or county of residence with its own income tax (issue 19), an id from the state's tax tables
-- (e.g. philadelphia); NULL for none. The app checks it against the tables, which can change between versions.
ALTER TABLE profile ADD COLUMN locality TEXT CHECK (locality IS NULL OR length(locality) BETWEEN 1 AND 60);
