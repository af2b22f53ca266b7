import Foundation
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
        migrator.registerMigration("v16: checks of a few values as comparisons") { db in
            try Schema.rewriteListedChecks(db)
        }
        migrator.registerMigration("v17: the import batches a link run saw") { db in
            // The newest import batch when a run's records were read: records a later batch
            // added or changed have not been compared (`IncidentStore.linkLag`).
            try db.execute(sql: "ALTER TABLE link_run ADD COLUMN last_batch_id INTEGER")
            // Runs made before: the newest batch imported before each ran (both times are ISO 8601
            // in UTC, to the second, so they sort as text; a batch of the run's own second counts
            // as unseen: a note too many rather than one missing), so that an upgraded database
            // that was linked still says what a later import brings.
            try db.execute(
                sql: """
                    UPDATE link_run SET last_batch_id =
                        (SELECT coalesce(max(id), 0) FROM import_batch WHERE imported_at < link_run.ran_at)
                    """)
        }
        migrator.registerMigration("v18: each draft's PDF by its digest") { db in
            // The SHA-256 of the PDF made for a draft: a run killed between recording a draft and
            // renaming its PDF into place leaves the PDF hidden, and only that very file is put in
            // place later (not another whole PDF a killed run of another command left under the
            // same name); the trustees' pages serve only that file. Earlier drafts have none.
            try db.execute(sql: "ALTER TABLE report_draft ADD COLUMN pdf_sha256 TEXT")
        }
        migrator.registerMigration("v19: the rejected rows' file of an import") { db in
            try db.execute(
                sql: """
                    -- The file an import wrote its rejected rows to (`--skip-invalid FILE`), recorded in
                    -- the batch's transaction with its SHA-256: a run killed after the commit and before
                    -- the file's rename leaves it hidden, and the next import or `batches` puts that
                    -- very file in place (`RejectsFile`).
                    CREATE TABLE rejects_file (
                        batch_id INTEGER PRIMARY KEY REFERENCES import_batch(id),
                        path TEXT NOT NULL,               -- absolute
                        sha256 TEXT NOT NULL              -- hex
                    );
                    """)
        }
    }

    /// Checks of the form `CHECK (column IN ('a', 'b', 'c'))` rewritten as comparisons.
    ///
    /// SQLite tests `x IN (…)` with more than two constants against a temporary index of the
    /// list, built afresh each time the statement runs: for the check on `incident.status`, on
    /// every row an import inserts, a tenth of the writing thread's time (`link` pays the same for
    /// each pair it saves). `x = 'a' OR x = 'b' OR x = 'c'` is the same check and builds nothing.
    /// A table's CHECK cannot be altered, so its stored SQL is rewritten in place, as SQLite's
    /// documentation describes for changing a CHECK constraint ("Making Other Kinds Of Table
    /// Schema Changes"); every stored row satisfies both forms.
    static func rewriteListedChecks(_ db: Database) throws {
        var rewritten: [(String, String)] = []
        for row in try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'table'") {
            let name: String = row[0]
            guard let sql = row[1] as String?, case let new = comparedChecks(sql), new != sql else { continue }
            rewritten.append((name, new))
        }
        guard !rewritten.isEmpty else { return }
        let version = try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? 0
        try db.execute(sql: "PRAGMA writable_schema = ON")
        for (name, sql) in rewritten {
            try db.execute(
                sql: "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", arguments: [sql, name])
        }
        try db.execute(sql: "PRAGMA schema_version = \(version + 1)")
        try db.execute(sql: "PRAGMA writable_schema = OFF")
        db.clearSchemaCache()
        // Read back through the new schema: a text SQLite could not parse fails the migration,
        // whose transaction then leaves the database as it was.
        for (name, _) in rewritten {
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM \(name) LIMIT 1)")
        }
    }

    /// `sql` with each `CHECK (column IN ('a', 'b', …))` written as `CHECK (column = 'a' OR …)`.
    static func comparedChecks(_ sql: String) -> String {
        var result = ""
        var rest = Substring(sql)
        while let start = rest.range(of: "CHECK (") {
            result += rest[..<start.upperBound]
            rest = rest[start.upperBound...]
            let column = rest.prefix { $0.isLetter || $0 == "_" }
            let afterColumn = rest[column.endIndex...]
            guard !column.isEmpty, afterColumn.hasPrefix(" IN ("),
                let close = afterColumn.range(of: "))")
            else { continue }
            let list = afterColumn[afterColumn.index(afterColumn.startIndex, offsetBy: 5)..<close.lowerBound]
            let values = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard
                values.allSatisfy({
                    $0.count >= 2 && $0.hasPrefix("'") && $0.hasSuffix("'") && !$0.dropFirst().dropLast().contains("'")
                })
            else { continue }
            result += values.map { "\(column) = \($0)" }.joined(separator: " OR ") + ")"
            rest = afterColumn[close.upperBound...]
        }
        return result + rest
    }

    /// Every status, for a query by date to go through `incident_counted` (see v15).
    static let anyStatus = "status IN ('antisemitic', 'not_antisemitic', 'pending')"
}
