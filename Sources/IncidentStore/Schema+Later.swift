import GRDB

extension Schema {
    /// The migrations after v13.
    static func registerLaterMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v14: erased records") { db in
            try db.execute(
                sql: """
                    -- The records whose personal data `erase` or `retention` removed: an import of a file
                    -- that still holds them updates their other fields but never brings their personal
                    -- data back. Erasures made before v14 are not listed (their audit entries name them).
                    CREATE TABLE erased_record (
                        source TEXT NOT NULL,
                        reference TEXT NOT NULL,
                        erased_at TEXT NOT NULL,          -- ISO 8601, UTC
                        PRIMARY KEY (source, reference)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v15: records by date through the covering index") { db in
            // incident_counted begins (status, date), and status has three values (a CHECK), so
            // `status IN (…) AND date …` finds a period's records through it: the index on date
            // alone was a fourth tree for every imported row to enter (a tenth of a large
            // import's SQLite time). Queries by date name the three statuses (Schema.anyStatus).
            try db.execute(sql: "DROP INDEX IF EXISTS incident_by_date")
        }
    }

    /// Every status, for a query by date to go through `incident_counted` (see v15).
    static let anyStatus = "status IN ('antisemitic', 'not_antisemitic', 'pending')"
}
