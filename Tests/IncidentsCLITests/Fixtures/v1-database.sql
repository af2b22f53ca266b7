-- A database as the first release of incidents left it (schema "v1", 2026-11-21): plaintext
-- personal columns, no summaries, no sealing, no audit trail. Kept to test that a later release
-- opens it, brings it up to date and seals its personal data. Never edit: it stands for files
-- people already have.
PRAGMA application_id = 1229865796;
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
INSERT INTO grdb_migrations VALUES ('v1: incidents, import batches, change log');
CREATE TABLE setting (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
-- One row per file imported (or demo generated): what came in and what it did.
CREATE TABLE import_batch (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    checksum TEXT NOT NULL,          -- SHA-256 of the file, hex
    byte_count INTEGER NOT NULL,
    default_source TEXT,             -- --source, if given
    imported_at TEXT NOT NULL,       -- ISO 8601, UTC
    rows_read INTEGER NOT NULL,
    rows_inserted INTEGER NOT NULL,
    rows_updated INTEGER NOT NULL,
    rows_unchanged INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL
);
-- One row per record from one source. Personal-data columns are marked (personal).
CREATE TABLE incident (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    reference TEXT NOT NULL,
    date TEXT NOT NULL,              -- YYYY-MM-DD
    status TEXT NOT NULL CHECK (status IN ('antisemitic', 'not_antisemitic', 'pending')),
    category TEXT,
    police_force TEXT,
    location TEXT,
    postcode_district TEXT,
    victim_type TEXT,
    method TEXT,
    discourse INTEGER NOT NULL DEFAULT 0,  -- bit set, see Discourse.bit
    consent_to_share INTEGER,        -- 1 yes, 0 no, NULL not asked
    postcode TEXT,                   -- (personal) full postcode
    description TEXT,                -- (personal)
    victim_name TEXT,                -- (personal)
    victim_contact TEXT,             -- (personal)
    offender_description TEXT,       -- (personal)
    first_batch_id INTEGER NOT NULL REFERENCES import_batch(id),
    last_batch_id INTEGER NOT NULL REFERENCES import_batch(id),
    UNIQUE (source, reference),
    CHECK (status <> 'antisemitic' OR category IS NOT NULL)
);
CREATE INDEX incident_by_date ON incident(date);
-- Every change a re-import made to a stored record, field by field.
CREATE TABLE incident_change (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident(id),
    batch_id INTEGER NOT NULL REFERENCES import_batch(id),
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX incident_change_by_incident ON incident_change(incident_id);

INSERT INTO import_batch VALUES (1, 'cst-2023.csv', 'aa11', 900, 'cst', '2024-01-05T10:00:00Z', 5, 5, 0, 0, 0);
INSERT INTO import_batch VALUES (2, 'cst-2023b.csv', 'bb22', 300, 'cst', '2024-02-01T09:30:00Z', 1, 0, 1, 0, 0);
INSERT INTO import_batch VALUES (3, 'police-2023.csv', 'cc33', 400, 'police', '2024-02-02T11:00:00Z', 2, 2, 0, 0, 0);
INSERT INTO incident VALUES (1, 'cst', 'V1-001', '2023-10-09', 'antisemitic', 'damage_and_desecration', 'metropolitan', 'Golders Green', 'NW11', 'synagogue', 'graffiti', 0, 1, 'NW11 7QQ', 'Swastika sprayed on the gates; Oswin Legacyworth saw it', 'Oswin Legacyworth', 'oswin.legacy@example.net', NULL, 1, 1);
INSERT INTO incident VALUES (2, 'cst', 'V1-002', '2023-10-14', 'antisemitic', 'abusive_behaviour', 'greater_manchester', 'Prestwich', 'M25', 'individual', 'in_person', 0, 0, NULL, 'Shouted at outside a shop', 'Perpetua Oldfile', '07700 900111', 'man in a red Legacyworth jacket', 1, 2);
INSERT INTO incident VALUES (3, 'cst', 'V1-003', '2023-11-02', 'antisemitic', 'threats', 'metropolitan', 'Stamford Hill', 'N16', 'individual', 'social_media', 0, NULL, NULL, 'Threat sent by message', NULL, NULL, NULL, 1, 1);
INSERT INTO incident VALUES (4, 'cst', 'V1-004', '2023-11-20', 'pending', NULL, 'metropolitan', 'Hendon', 'NW4', NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, 1, 1);
INSERT INTO incident VALUES (5, 'cst', 'V1-005', '2022-12-30', 'antisemitic', 'damage_and_desecration', 'hertfordshire', 'Borehamwood', 'WD6', 'school', 'graffiti', 0, NULL, NULL, 'Graffiti on a school wall', NULL, NULL, NULL, 1, 1);
INSERT INTO incident VALUES (6, 'police', 'P1-100', '2023-10-10', 'antisemitic', 'damage_and_desecration', 'metropolitan', 'Golders Green', 'NW11', 'synagogue', 'graffiti', 0, NULL, NULL, 'Criminal damage - swastika on gates', 'Oswin Legacyworth', NULL, NULL, 3, 3);
INSERT INTO incident VALUES (7, 'police', 'P1-101', '2023-12-01', 'antisemitic', 'assault', 'greater_manchester', 'Salford', 'M7', 'individual', 'in_person', 0, NULL, NULL, 'Assault outside a bakery', NULL, NULL, NULL, 3, 3);
INSERT INTO incident_change VALUES (1, 2, 2, 'victim_name', 'Perpetua Earlierfile', 'Perpetua Oldfile');
INSERT INTO incident_change VALUES (2, 2, 2, 'category', 'threats', 'abusive_behaviour');
