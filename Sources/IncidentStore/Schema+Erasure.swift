import GRDB

extension Schema {
    /// The migrations after v13, each kept beside what it serves.
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
    }
}
