import GRDB

/// The database schema, as an ordered list of migrations. Never edit a shipped migration: add one.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: incidents, import batches, change log") { db in
            try db.execute(
                sql: """
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
                    """)
        }
        migrator.registerMigration("v2: counted incidents view, covering index, daily summary") { db in
            try db.execute(
                sql: """
                    -- One row per real incident that counts. Until linkage exists every antisemitic
                    -- record is its own incident; the statistics engine reads only this view.
                    CREATE VIEW counted_incident AS
                        SELECT id, date, category, police_force, victim_type, method, discourse,
                               CASE source WHEN 'cst' THEN 'own' WHEN 'police' THEN 'police' ELSE 'partner' END AS
                                   source_kind
                        FROM incident WHERE status = 'antisemitic';
                    -- Covers every column the view reads, so a period's breakdown is one index range scan.
                    CREATE INDEX incident_counted ON incident(status, date, category, police_force, victim_type,
                        method, discourse, source);
                    -- Counted incidents per day and category: answers years, months, categories and
                    -- history-wide ranks from a few thousand rows. Rebuilt in every import transaction.
                    CREATE TABLE daily_count (
                        date TEXT NOT NULL,
                        category TEXT NOT NULL,
                        n INTEGER NOT NULL,
                        PRIMARY KEY (date, category)
                    ) WITHOUT ROWID;
                    """)
            try Schema.refreshSummaries(db)
        }
        migrator.registerMigration("v3: monthly counts by column") { db in
            try db.execute(
                sql: """
                    -- Counted incidents per month for each stored column's values: any whole-month
                    -- period's breakdown by one column (or by that column and month or year) is read
                    -- from here. Kept up to date incrementally by each import (MonthlyDelta), and
                    -- rebuilt from counted_incident by refreshSummaries(_:full:).
                    CREATE TABLE monthly_count (
                        month TEXT NOT NULL,      -- YYYY-MM
                        col TEXT NOT NULL,        -- one of Schema.monthlyColumns
                        value TEXT NOT NULL,      -- the stored value; '' when not recorded; discourse as its bit set
                        n INTEGER NOT NULL,
                        PRIMARY KEY (month, col, value)
                    ) WITHOUT ROWID;
                    """)
            // Filled by v5, which rebuilds every kept summary with the columns of this version.
        }
        migrator.registerMigration("v4: monthly counts by pairs of columns") { db in
            try db.execute(
                sql: """
                    -- Counted incidents per month for each pair of stored columns' values: a crossing of
                    -- two non-time dimensions over whole months (ten years of force by discourse) is read
                    -- from here instead of scanning every record. Kept like monthly_count.
                    CREATE TABLE monthly_pair_count (
                        pair TEXT NOT NULL,       -- 'police_force|discourse': two monthly columns, in that list's order
                        month TEXT NOT NULL,      -- YYYY-MM
                        value_a TEXT NOT NULL,    -- the stored values; '' when not recorded
                        value_b TEXT NOT NULL,
                        n INTEGER NOT NULL,
                        PRIMARY KEY (pair, month, value_a, value_b)
                    ) WITHOUT ROWID;
                    """)
            // Filled by v5.
        }
        migrator.registerMigration("v5: coded offender descriptions") { db in
            try db.execute(
                sql: """
                    -- appearance/gender/age codes ('black/male/'), NULL when no description was given.
                    ALTER TABLE incident ADD COLUMN offender TEXT;
                    DROP VIEW counted_incident;
                    CREATE VIEW counted_incident AS
                        SELECT id, date, category, police_force, victim_type, method, discourse, offender,
                               CASE source WHEN 'cst' THEN 'own' WHEN 'police' THEN 'police' ELSE 'partner' END AS
                                   source_kind
                        FROM incident WHERE status = 'antisemitic';
                    DROP INDEX incident_counted;
                    CREATE INDEX incident_counted ON incident(status, date, category, police_force, victim_type,
                        method, discourse, offender, source);
                    """)
            try Schema.rebuildKeptSummaries(db)
        }
        migrator.registerMigration("v6: drafts and published editions") { db in
            try db.execute(
                sql: """
                    -- Each draft of a report for trustees: its number within the period, when, from
                    -- which data (contentHash), with every figure it printed and the records it counted.
                    CREATE TABLE report_draft (
                        id INTEGER PRIMARY KEY,
                        period TEXT NOT NULL,
                        number INTEGER NOT NULL,
                        created_at TEXT NOT NULL,
                        data_hash TEXT NOT NULL,
                        output TEXT NOT NULL,
                        UNIQUE (period, number)
                    );
                    CREATE TABLE draft_figure (
                        draft_id INTEGER NOT NULL REFERENCES report_draft(id),
                        key TEXT NOT NULL,
                        label TEXT NOT NULL,
                        value TEXT NOT NULL,
                        PRIMARY KEY (draft_id, key)
                    );
                    CREATE TABLE draft_record (
                        draft_id INTEGER NOT NULL REFERENCES report_draft(id),
                        source TEXT NOT NULL,
                        reference TEXT NOT NULL,
                        date TEXT NOT NULL,
                        status TEXT NOT NULL,
                        category TEXT,
                        PRIMARY KEY (draft_id, source, reference)
                    );
                    -- Published editions: the figures of a final report, frozen. The tool has no way
                    -- to change or delete them; triggers refuse it from anywhere else too.
                    CREATE TABLE edition (
                        id INTEGER PRIMARY KEY,
                        period TEXT NOT NULL,
                        published_at TEXT NOT NULL,
                        data_hash TEXT NOT NULL
                    );
                    CREATE TABLE edition_figure (
                        edition_id INTEGER NOT NULL REFERENCES edition(id),
                        key TEXT NOT NULL,
                        label TEXT NOT NULL,
                        value TEXT NOT NULL,
                        PRIMARY KEY (edition_id, key)
                    );
                    CREATE TRIGGER edition_frozen_update BEFORE UPDATE ON edition BEGIN SELECT RAISE(ABORT,
                        'a published edition cannot be changed'); END;
                    CREATE TRIGGER edition_frozen_delete BEFORE DELETE ON edition BEGIN SELECT RAISE(ABORT,
                        'a published edition cannot be deleted'); END;
                    CREATE TRIGGER edition_figure_frozen_update BEFORE UPDATE ON edition_figure BEGIN SELECT
                        RAISE(ABORT, 'a published edition cannot be changed'); END;
                    CREATE TRIGGER edition_figure_frozen_delete BEFORE DELETE ON edition_figure BEGIN SELECT
                        RAISE(ABORT, 'a published edition cannot be deleted'); END;
                    """)
        }
        migrator.registerMigration("v7: linked records, review decisions, export audit") { db in
            try db.execute(
                sql: """
                    -- How a record counts once linkage has grouped it with records of the same real
                    -- incident: NULL alone (counts as itself); '-' a member of a group (counted through
                    -- its lead); 'own', 'police', 'both', 'partner' the lead of a group and the sources it spans.
                    ALTER TABLE incident ADD COLUMN link_kind TEXT;
                    DROP VIEW counted_incident;
                    CREATE VIEW counted_incident AS
                        SELECT id, date, category, police_force, victim_type, method, discourse, offender,
                               coalesce(link_kind, CASE source WHEN 'cst' THEN 'own' WHEN 'police' THEN 'police' ELSE
                                   'partner' END) AS source_kind
                        FROM incident WHERE status = 'antisemitic' AND link_kind IS NOT '-';
                    DROP INDEX incident_counted;
                    CREATE INDEX incident_counted ON incident(status, date, category, police_force, victim_type,
                        method, discourse, offender, source, link_kind);
                    -- Candidate pairs from the last `incidents link`: a police record and one of the
                    -- research team's, by source and reference (so they survive re-imports), with the
                    -- match weight, probability and the reasons (JSON, field by field). The id is kept
                    -- across runs for the same pair, so a review queue ID stays valid.
                    CREATE TABLE link_pair (
                        id INTEGER PRIMARY KEY,
                        police_source TEXT NOT NULL,
                        police_reference TEXT NOT NULL,
                        own_source TEXT NOT NULL,
                        own_reference TEXT NOT NULL,
                        weight REAL NOT NULL,
                        probability REAL NOT NULL,
                        reasons TEXT NOT NULL,
                        state TEXT NOT NULL CHECK (state IN ('linked', 'queued', 'accepted', 'rejected', 'superseded')),
                        run_id INTEGER NOT NULL,
                        UNIQUE (police_source, police_reference, own_source, own_reference)
                    );
                    -- A person's decisions on pairs: kept apart from the pairs so that nothing a run,
                    -- an import or a new exchange file does can lose them.
                    CREATE TABLE link_decision (
                        police_source TEXT NOT NULL,
                        police_reference TEXT NOT NULL,
                        own_source TEXT NOT NULL,
                        own_reference TEXT NOT NULL,
                        decision TEXT NOT NULL CHECK (decision IN ('accept', 'reject', 'skip')),
                        decided_by TEXT NOT NULL,
                        decided_at TEXT NOT NULL,
                        PRIMARY KEY (police_source, police_reference, own_source, own_reference)
                    );
                    -- Each run of `incidents link`: when, thresholds, what it found, the fitted model.
                    CREATE TABLE link_run (
                        id INTEGER PRIMARY KEY,
                        ran_at TEXT NOT NULL,
                        link_above REAL NOT NULL,
                        review_above REAL NOT NULL,
                        window_days INTEGER NOT NULL,
                        pairs_compared INTEGER NOT NULL,
                        linked INTEGER NOT NULL,
                        queued INTEGER NOT NULL,
                        model TEXT NOT NULL
                    );
                    -- Every export that left the tool: append-only (triggers refuse changes).
                    CREATE TABLE export_audit (
                        id INTEGER PRIMARY KEY,
                        exported_at TEXT NOT NULL,
                        exported_by TEXT NOT NULL,
                        recipient TEXT NOT NULL,
                        period TEXT NOT NULL,
                        row_count INTEGER NOT NULL,
                        file_name TEXT NOT NULL,
                        checksum TEXT NOT NULL,
                        details_for TEXT NOT NULL
                            -- references whose consented details were included, ';'-separated
                    );
                    CREATE TRIGGER export_audit_no_update BEFORE UPDATE ON export_audit BEGIN SELECT RAISE(ABORT,
                        'the export audit log cannot be changed'); END;
                    -- A draft's records also keep how each counted (alone, grouped), so a later draft can
                    -- name the records linked since.
                    ALTER TABLE draft_record ADD COLUMN link_kind TEXT;
                    CREATE TRIGGER export_audit_no_delete BEFORE DELETE ON export_audit BEGIN SELECT RAISE(ABORT,
                        'the export audit log cannot be changed'); END;
                    """)
        }
        migrator.registerMigration("v8: sealed personal fields, the signed audit trail") { db in
            try db.execute(
                sql: """
                    -- A record's personal fields sealed together (ChaCha20-Poly1305 under the data key,
                    -- bound to source and reference), and a keyed digest of them to tell a change
                    -- without opening them. The first schema's plaintext columns stay, always NULL.
                    ALTER TABLE incident ADD COLUMN personal BLOB;
                    ALTER TABLE incident ADD COLUMN personal_digest BLOB;
                    -- Every act that matters, each entry signed with the previous one's signature
                    -- (HMAC-SHA-256 under the audit key): `incidents audit verify` finds the first
                    -- entry that was edited, deleted, inserted or moved. Ids are never reused.
                    CREATE TABLE audit_log (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        at TEXT NOT NULL,              -- ISO 8601, UTC
                        actor TEXT NOT NULL,           -- the operating-system account
                        action TEXT NOT NULL,
                            -- import, export, disclosure, review, erase, retention, publish, key
                        details TEXT NOT NULL,         -- JSON; never a personal value
                        note TEXT,                     -- the person's own words, if any
                        prev TEXT NOT NULL,            -- the previous entry's signature
                        signature TEXT NOT NULL
                    );
                    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT,
                        'the audit trail cannot be changed'); END;
                    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT,
                        'the audit trail cannot be changed'); END;
                    -- INSERT OR REPLACE deletes without firing delete triggers: only appends are allowed.
                    -- (In a BEFORE INSERT trigger an id SQLite is about to choose reads as -1.)
                    CREATE TRIGGER audit_log_append_only BEFORE INSERT ON audit_log
                        WHEN NEW.id <> -1 AND NEW.id <= (SELECT coalesce(max(id), 0) FROM audit_log)
                        BEGIN SELECT RAISE(ABORT, 'the audit trail can only be appended to'); END;
                    -- Where the trail began: acts before it (an earlier version's) have no entries.
                    INSERT INTO setting (key, value) SELECT 'audit_from_batch', coalesce(max(id), 0) FROM import_batch;
                    INSERT INTO setting (key, value) SELECT 'audit_from_export', coalesce(max(id), 0) FROM export_audit;
                    INSERT INTO setting (key, value) SELECT 'audit_from_edition', coalesce(max(id), 0) FROM edition;
                    CREATE TRIGGER export_audit_append_only BEFORE INSERT ON export_audit
                        WHEN NEW.id <> -1 AND NEW.id <= (SELECT coalesce(max(id), 0) FROM export_audit)
                        BEGIN SELECT RAISE(ABORT, 'the export audit log can only be appended to'); END;
                    """)
        }
        migrator.registerMigration("v9: campaigns among linked police records") { db in
            try db.execute(
                sql: """
                    -- The police record's campaign in the run that kept the pair (police records that
                    -- are each household's copy of one incident, which one team record takes together);
                    -- NULL when the record is alone.
                    ALTER TABLE link_pair ADD COLUMN campaign INTEGER;
                    """)
        }
        migrator.registerMigration("v10: web accounts") { db in
            try db.execute(
                sql: """
                    -- Accounts of `incidents serve` (made with `incidents users`). Sessions and login
                    -- attempts live in the server's memory only: a restart signs everyone out.
                    CREATE TABLE account (
                        name TEXT PRIMARY KEY,            -- letters, digits, '.', '_', '-'; compared as written
                        role TEXT NOT NULL CHECK (role IN ('research', 'media', 'trustee')),
                        password_hash TEXT NOT NULL,      -- bcrypt ($2b$…), never the password
                        created_at TEXT NOT NULL,
                        changed_at TEXT NOT NULL,
                        -- Raised by every change of password or role: sessions of an older generation end.
                        generation INTEGER NOT NULL DEFAULT 1
                    );
                    """)
        }
        migrator.registerMigration("v11: draft comments") { db in
            try db.execute(
                sql: """
                    -- Trustees' comments on a report draft (from `incidents serve`), kept with the
                    -- draft and listed on the next one. Each is also an entry in the audit trail.
                    CREATE TABLE draft_comment (
                        id INTEGER PRIMARY KEY,
                        draft_id INTEGER NOT NULL REFERENCES report_draft(id),
                        author TEXT NOT NULL,             -- web:NAME
                        at TEXT NOT NULL,                 -- ISO 8601, UTC
                        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 2000)
                    );
                    CREATE INDEX draft_comment_by_draft ON draft_comment(draft_id);
                    """)
        }
        migrator.registerMigration("v12: typology of incidents") { db in
            try db.execute(
                sql: """
                    -- The publication's typology: 'mission', 'opportunistic' or 'aggravated'; NULL when
                    -- not coded (every record stored before this version, most police exchange records).
                    ALTER TABLE incident ADD COLUMN typology TEXT;
                    DROP VIEW counted_incident;
                    CREATE VIEW counted_incident AS
                        SELECT id, date, category, police_force, victim_type, method, discourse, offender, typology,
                               coalesce(link_kind, CASE source WHEN 'cst' THEN 'own' WHEN 'police' THEN 'police' ELSE
                                   'partner' END) AS source_kind
                        FROM incident WHERE status = 'antisemitic' AND link_kind IS NOT '-';
                    DROP INDEX incident_counted;
                    CREATE INDEX incident_counted ON incident(status, date, category, police_force, victim_type, method,
                                                              discourse, offender, typology, source, link_kind);
                    """)
            // The monthly summaries gain the typology column and its pairs with every other column.
            try Schema.rebuildKeptSummaries(db)
        }
        migrator.registerMigration("v13: case examples") { db in
            try db.execute(
                sql: """
                    -- The research team's case examples: an approved, anonymised account of one record
                    -- for the report. Kept in plain text, not sealed: the text is written for
                    -- publication, checked against the redactor and every record's personal values
                    -- before it is stored, and `report` (which never holds the data key) prints it.
                    CREATE TABLE case_example (
                        source TEXT NOT NULL,
                        reference TEXT NOT NULL,
                        section TEXT,                     -- NULL: the record's category
                        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 600),
                        approved_by TEXT NOT NULL,        -- the operating-system account that added or imported it
                        approved_at TEXT NOT NULL,        -- ISO 8601, UTC
                        -- The import that gave it; NULL: written with `incidents examples add`.
                        batch_id INTEGER REFERENCES import_batch(id),
                        PRIMARY KEY (source, reference),
                        FOREIGN KEY (source, reference) REFERENCES incident(source, reference)
                    ) WITHOUT ROWID;
                    """)
        }
        Schema.registerLaterMigrations(&migrator)
        return migrator
    }
}
