import Foundation
import GRDB

/// What `incidents check` found.
public struct HealthFinding: Sendable {
    /// The part checked: "integrity", "summaries", "audit".
    public let part: String
    /// Whether it is sound.
    public let ok: Bool
    /// What was found, in a sentence.
    public let detail: String
}

extension IncidentStore {
    /// Checks the whole database: SQLite's `integrity_check`, the kept summaries against the
    /// records they summarise, and the append-only logs' guards. Reads only (a snapshot), so it
    /// can run while others work.
    public func check() throws(StoreError) -> [HealthFinding] {
        try read { db in
            var findings: [HealthFinding] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check(20)")
            findings.append(
                HealthFinding(
                    part: "integrity", ok: integrity == ["ok"],
                    detail: integrity == ["ok"]
                        ? "SQLite integrity_check: ok" : "SQLite integrity_check: " + integrity.joined(separator: "; "))
            )
            guard integrity == ["ok"] else { return findings }

            var disagreements: [String] = []
            let daily =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM (
                          SELECT * FROM (SELECT date, category, n FROM daily_count
                                         EXCEPT SELECT date, coalesce(category, 'unknown'), count(*) FROM
                                             counted_incident GROUP BY date, category)
                          UNION ALL
                          SELECT * FROM (SELECT date, coalesce(category, 'unknown'), count(*) FROM counted_incident
                              GROUP BY date, category
                                         EXCEPT SELECT date, category, n FROM daily_count))
                        """) ?? 0
            if daily > 0 { disagreements.append("the daily summary differs in \(daily) rows") }
            for column in Schema.monthlyColumns {
                let fresh =
                    """
                    SELECT substr(date, 1, 7), '\(column)', CAST(coalesce(\(column), '') AS TEXT), count(*) FROM
                    counted_incident GROUP BY 1, 3
                    """
                let kept = "SELECT month, col, value, n FROM monthly_count WHERE col = '\(column)' AND n <> 0"
                let n = try differingRows(db, kept: kept, fresh: fresh)
                if n > 0 { disagreements.append("the monthly summary of \(column) differs in \(n) rows") }
            }
            for pair in Schema.columnPairs {
                let a = Schema.monthlyColumns[pair.a], b = Schema.monthlyColumns[pair.b]
                let fresh =
                    """
                    SELECT substr(date, 1, 7), CAST(coalesce(\(a), '') AS TEXT), CAST(coalesce(\(b), '') AS TEXT),
                    count(*) FROM counted_incident GROUP BY 1, 2, 3
                    """
                let kept =
                    "SELECT month, value_a, value_b, n FROM monthly_pair_count WHERE pair = '\(pair.name)' AND n <> 0"
                let n = try differingRows(db, kept: kept, fresh: fresh)
                if n > 0 { disagreements.append("the monthly summary of \(pair.name) differs in \(n) rows") }
            }
            findings.append(
                HealthFinding(
                    part: "summaries", ok: disagreements.isEmpty,
                    detail: disagreements.isEmpty
                        ? """
                        the kept summaries agree with the records (daily, \(Schema.monthlyColumns.count) monthly \
                        columns, \(Schema.columnPairs.count) pairs)
                        """
                        : disagreements.joined(separator: "; ") + "; they can be rebuilt from the records"))

            let triggers = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'"))
            let guards = [
                "export_audit_no_update", "export_audit_no_delete", "edition_frozen_update", "edition_frozen_delete",
                "edition_figure_frozen_update", "edition_figure_frozen_delete",
            ]
            let missing = guards.filter { !triggers.contains($0) }
            let exports = try Int.fetchOne(db, sql: "SELECT count(*) FROM export_audit") ?? 0
            findings.append(
                HealthFinding(
                    part: "audit", ok: missing.isEmpty,
                    detail: missing.isEmpty
                        ? "the export log (\(exports) entries) and published editions are guarded against change"
                        : """
                        guards removed: \(missing.joined(separator: ", ")); the export log or \
                        editions may have been changed
                        """
                ))
            return findings
        }
    }

    /// Copies the database to `path` with SQLite's online backup: a consistent snapshot, taken
    /// while others read and write. `path` must be a new file (the caller writes it atomically).
    /// The copy is checked before it is accepted: a damaged database gives no "backup". Returns
    /// the number of records copied. `name`: the backup as messages name it (the file `path`
    /// will become).
    public func backup(to path: String, shownAs name: String? = nil) throws(StoreError) -> Int {
        do {
            let destination = try DatabaseQueue(path: path)
            try queue.backup(to: destination)
            let (check, records) = try destination.read { db in
                (
                    try String.fetchAll(db, sql: "PRAGMA integrity_check(5)"),
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM incident") ?? 0
                )
            }
            try destination.close()
            guard check == ["ok"] else {
                throw StoreError(
                    path: self.path, kind: .damaged,
                    message: IncidentStore.damagedMessage(self.path, detail: check.joined(separator: "; "))
                        + "; no backup was written, so the last good one stays",
                    remedy: .checkAndRestore(lastBackup: Backup.lastRecorded(for: self.path)))
            }
            return records
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError
            where error.resultCode == .SQLITE_FULL
            || [.SQLITE_IOERR_WRITE, .SQLITE_IOERR_FSYNC, .SQLITE_IOERR_TRUNCATE].contains(error.extendedResultCode)
        {
            // A write failed, so the backup's (the database is only read): name the backup.
            throw StoreError(
                path: name ?? path,
                message: """
                    the backup could not be written (the disk is full, or the file too large for it); no backup \
                    was written, and \(self.path) is unchanged
                    """)
        } catch let error as DatabaseError {
            throw IncidentStore.explain(error, path: self.path, waited: nil)
        } catch {
            throw StoreError(path: self.path, message: "the backup failed: \(error)")
        }
    }

    /// Rebuilds every kept summary from the records.
    public func repairSummaries() throws(StoreError) {
        try rebuildSummaries()
    }
}

/// Where the last backup of a database went (kept in its settings).
enum Backup {
    static let settingKey = "last_backup"

    /// "FILE, DATE" of the last backup, if the database can still say.
    static func lastRecorded(for path: String) -> String? {
        var configuration = Configuration()
        configuration.readonly = true
        guard let db = try? DatabaseQueue(path: path, configuration: configuration) else { return nil }
        return try? db.read {
            try String.fetchOne($0, sql: "SELECT value FROM setting WHERE key = ?", arguments: [settingKey])
        }
    }
}

extension IncidentStore {
    /// Records where and when the last backup was written.
    public func recordBackup(_ description: String) throws(StoreError) {
        try setSetting(Backup.settingKey, description)
        checkpoint()
    }
}

extension IncidentStore {
    /// What the database holds that `incidents demo` did not make: imports of other files,
    /// exports, drafts, editions, review decisions. Empty for a database the demo may replace.
    public func notMadeByDemo(demoFiles: Set<String>) throws(StoreError) -> [String] {
        try read { db in
            var found: [String] = []
            // The demo records its own batches; an older demo database is judged by file name.
            let own = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'demo_batches'")
            let others: [String]
            if let own {
                let ids = Set(own.split(separator: ",").compactMap { Int64($0) })
                others = try Row.fetchAll(db, sql: "SELECT id, file_name FROM import_batch ORDER BY id").compactMap {
                    row in
                    ids.contains(row["id"]) ? nil : row["file_name"] as String
                }
            } else {
                others = try String.fetchAll(db, sql: "SELECT DISTINCT file_name FROM import_batch").filter {
                    !demoFiles.contains($0)
                }
            }
            if !others.isEmpty {
                found.append(
                    """
                    imports of \(others.sorted().prefix(3).joined(separator: ", "))\
                    \(others.count > 3 ? " and \(others.count - 3) more" : "")
                    """
                )
            }
            for (table, what) in [
                ("export_audit", "exports"), ("report_draft", "drafts"), ("edition", "published editions"),
                ("link_decision", "review decisions"),
            ] {
                let n = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
                if n > 0 { found.append("\(n) \(what)") }
            }
            // Case examples the demo's files did not give (added with `incidents examples add`).
            let written = try Int.fetchOne(db, sql: "SELECT count(*) FROM case_example WHERE batch_id IS NULL") ?? 0
            if written > 0 { found.append("\(written) case example\(written == 1 ? "" : "s") written by hand") }
            return found
        }
    }
}

/// Rows in one of two queries' results and not in the other's: 0 when a kept summary agrees
/// with the one counted afresh from the records.
private func differingRows(_ db: Database, kept: String, fresh: String) throws -> Int {
    try Int.fetchOne(
        db,
        sql: """
            SELECT count(*) FROM (SELECT * FROM (\(kept) EXCEPT \(fresh)) UNION ALL SELECT * FROM
            (\(fresh) EXCEPT \(kept)))
            """
    ) ?? 0
}
