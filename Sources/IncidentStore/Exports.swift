import GRDB
import IncidentModel

/// One export in the audit log.
public struct ExportRecord: Sendable, Hashable {
    public var id: Int64
    public var exportedAt: String
    public var exportedBy: String
    public var recipient: String
    public var period: String
    public var rowCount: Int
    public var fileName: String
    public var checksum: String
    /// References whose consented personal details were included.
    public var detailsFor: [String]

    public init(
        id: Int64 = 0, exportedAt: String, exportedBy: String, recipient: String, period: String, rowCount: Int,
        fileName: String, checksum: String, detailsFor: [String]
    ) {
        self.id = id; self.exportedAt = exportedAt; self.exportedBy = exportedBy; self.recipient = recipient;
        self.period = period
        self.rowCount = rowCount; self.fileName = fileName; self.checksum = checksum; self.detailsFor = detailsFor
    }
}

extension IncidentStore {
    /// The records of `source` dated `start`…`end` with `status`, oldest first.
    public func incidents(source: Source, status: Status, from start: CivilDate, to end: CivilDate) throws(StoreError)
        -> [Incident]
    {
        let cipher = try requireCipher()
        return try read { db in
            try Row.fetchAll(
                db,
                sql:
                    """
                    SELECT * FROM incident WHERE source = ? AND status = ? AND date BETWEEN ? AND ? ORDER BY date,
                    reference
                    """,
                arguments: [source.name, status.rawValue, start.description, end.description]
            ).map { Incident(row: $0, cipher: cipher) }
        }
    }

    /// Appends an export to the audit log (which the database refuses to change or delete).
    @discardableResult
    public func recordExport(_ record: ExportRecord, note: String? = nil) throws(StoreError) -> Int64 {
        let keys = try requireKeys()
        return try write { db in
            try db.execute(
                sql: """
                    INSERT INTO export_audit (exported_at, exported_by, recipient, period, row_count, file_name,
                        checksum, details_for)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    record.exportedAt, record.exportedBy, record.recipient, record.period, record.rowCount,
                    record.fileName, record.checksum, record.detailsFor.joined(separator: ";"),
                ])
            let id = db.lastInsertedRowID
            // Consented details leaving is a disclosure: its own kind of entry.
            _ = try IncidentStore.appendAudit(
                db, keys: keys, action: record.detailsFor.isEmpty ? "export" : "disclosure",
                details: [
                    "export": String(id), "recipient": record.recipient, "period": record.period,
                    "rows": String(record.rowCount),
                    "file": record.fileName, "sha256": record.checksum,
                    "details_for": record.detailsFor.joined(separator: ";"),
                ],
                note: note, at: record.exportedAt)
            return id
        }
    }

    /// The audit log, oldest first.
    public func exports() throws(StoreError) -> [ExportRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM export_audit ORDER BY id").map { row in
                ExportRecord(
                    id: row["id"], exportedAt: row["exported_at"], exportedBy: row["exported_by"],
                    recipient: row["recipient"],
                    period: row["period"], rowCount: row["row_count"], fileName: row["file_name"],
                    checksum: row["checksum"],
                    detailsFor: (row["details_for"] as String).split(separator: ";").map(String.init))
            }
        }
    }
}
