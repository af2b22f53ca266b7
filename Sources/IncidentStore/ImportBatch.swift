import GRDB
import IncidentModel

/// What is known about a batch before its rows are written.
public struct BatchInfo: Sendable {
    /// The file's name as given.
    public var fileName: String
    /// The `--source` given for the file, if any.
    public var defaultSource: Source?
    /// When the import ran, ISO 8601 in UTC.
    public var importedAt: String
    /// Who imported it, when not the operating-system account (a web account: "web:NAME").
    public var actor: String?

    /// Describes a batch.
    public init(fileName: String, defaultSource: Source? = nil, importedAt: String, actor: String? = nil) {
        self.fileName = fileName
        self.defaultSource = defaultSource
        self.importedAt = importedAt
        self.actor = actor
    }
}

/// A stored import batch: one file and what importing it did.
public struct ImportBatch: Sendable, Hashable {
    public var id: Int64
    public var fileName: String
    public var checksum: String
    public var byteCount: Int
    public var defaultSource: String?
    public var importedAt: String
    public var rowsRead: Int
    public var rowsInserted: Int
    public var rowsUpdated: Int
    public var rowsUnchanged: Int
    public var rowsRejected: Int

    init(row: Row) {
        id = row["id"]; fileName = row["file_name"]; checksum = row["checksum"]; byteCount = row["byte_count"]
        defaultSource = row["default_source"]; importedAt = row["imported_at"]; rowsRead = row["rows_read"]
        rowsInserted = row["rows_inserted"]; rowsUpdated = row["rows_updated"]
        rowsUnchanged = row["rows_unchanged"]; rowsRejected = row["rows_rejected"]
    }
}

/// The counts a batch ends with, given by whoever read the file.
public struct BatchTotals: Sendable {
    /// SHA-256 of the file.
    public var checksum: String
    /// The file's size.
    public var byteCount: Int
    /// Data rows read.
    public var rowsRead: Int
    /// Rows not imported because they were invalid.
    public var rowsRejected: Int

    /// Totals for a finished read.
    public init(checksum: String, byteCount: Int, rowsRead: Int, rowsRejected: Int) {
        self.checksum = checksum
        self.byteCount = byteCount
        self.rowsRead = rowsRead
        self.rowsRejected = rowsRejected
    }
}

/// Writes the incidents of one batch inside its transaction.
///
/// A record whose (source, reference) is already stored is updated in place, and each field that
/// changed is written to the change log, so a re-import never counts an incident twice.
public final class BatchWriter {
    let db: Database
    /// The batch's id.
    public let batchID: Int64
    /// Records new to the store.
    public private(set) var inserted = 0
    /// Stored records that this batch changed.
    public private(set) var updated = 0
    /// Stored records this batch held again, identical.
    public private(set) var unchanged = 0

    private static let columnList =
        (["source", "reference"] + IncidentColumns.names + ["first_batch_id", "last_batch_id"]).joined(separator: ", ")
    private static let insertSQL =
        """
        INSERT INTO incident (\(columnList)) VALUES
        (\(Array(repeating: "?", count: IncidentColumns.names.count + 4).joined(separator: ", "))) ON CONFLICT(source,
        reference) DO NOTHING
        """
    private static let selectSQL =
        """
        SELECT id, \(IncidentColumns.names.joined(separator: ", ")), link_kind FROM incident WHERE source = ? AND
        reference = ?
        """
    /// Changes to the monthly summary this batch makes, applied when it ends.
    var monthly = MonthlyDelta()
    private static let updateSQL =
        """
        UPDATE incident SET \(IncidentColumns.names.map { "\($0) = ?" }.joined(separator: ", ")), last_batch_id = ?
        WHERE id = ?
        """

    /// Seals personal fields (and the personal values of the change log).
    let cipher: PersonalCipher
    /// Signs the audit entries of the case examples the batch gives.
    let keys: KeyRing
    /// The insert, prepared once for the batch.
    private var insertStatement: Statement?
    /// Seals the records the reading thread left unsealed (see ``IncidentPreparer``).
    private lazy var sealer = RecordSealer(cipher: cipher)

    init(db: Database, batchID: Int64, cipher: PersonalCipher, keys: KeyRing) {
        self.db = db
        self.batchID = batchID
        self.cipher = cipher
        self.keys = keys
    }

    /// Logs each personal field that changed, its old and new values sealed.
    private func logPersonalChanges(
        id: DatabaseValue, stored: DatabaseValue, personal: PersonalDetails, source: String, reference: String
    ) throws {
        let old: PersonalDetails =
            switch stored.storage {
            case .blob(let data): cipher.open(data, source: source, reference: reference) ?? PersonalDetails()
            default: PersonalDetails()
            }
        let before = PersonalCipher.fields(old), after = PersonalCipher.fields(personal)
        let log = try db.cachedStatement(
            sql:
                """
                INSERT INTO incident_change (incident_id, batch_id, field, old_value, new_value) VALUES (?, ?, ?, ?, ?)
                """
        )
        for (i, field) in IncidentColumns.personalFields.enumerated() where before[i] != after[i] {
            let incidentID: Int64 = if case .int64(let n) = id.storage { n } else { 0 }
            let context = PersonalCipher.changeContext(incident: incidentID, batch: batchID, field: field)
            try log.run(
                binding: [
                    id, batchID.databaseValue, field.databaseValue,
                    before[i].map { cipher.sealValue($0, context: context) }.databaseValue,
                    after[i].map { cipher.sealValue($0, context: context) }.databaseValue,
                ], in: db)
        }
    }

    /// Makes the records of this batch ready to write, on any thread (see ``IncidentPreparer``).
    public var preparer: IncidentPreparer { IncidentPreparer(cipher: cipher, batchID: batchID) }

    /// Inserts `incident`, or updates the stored record with the same source and reference.
    public func upsert(_ incident: Incident) throws {
        // One record: a buffer of one nonce, not the few hundred a reading thread draws at once.
        var preparer = IncidentPreparer(cipher: cipher, batchID: batchID, nonces: 1)
        try upsert(preparer.prepare(incident))
    }

    /// Inserts a prepared record, or updates the stored record with the same source and reference.
    public func upsert(_ prepared: PreparedIncident) throws {
        var prepared = prepared
        try withUnsafeMutablePointer(to: &prepared) { try upsert($0) }
    }

    /// The same, the record read where it is (the import passes a pointer into its chunk: passed
    /// as a value, each of a million records was copied, every string it holds retained and
    /// released, on the thread that also runs SQLite).
    public func upsert(_ record: UnsafeMutablePointer<PreparedIncident>) throws {
        if !record.pointee.isSealed { seal(record) }
        let insert = try insertStatement ?? db.makeStatement(sql: BatchWriter.insertSQL)
        insertStatement = insert
        if try insert.run(binding: record.pointee.binding, in: db) == 1 {
            inserted += 1
            if record.pointee.counted {
                record.pointee.binding.withUnsafeBufferPointer { values in
                    monthly.add(
                        UnsafeBufferPointer(rebasing: values[2..<(2 + IncidentColumns.names.count)]),
                        sourceKind: record.pointee.sourceKind, by: 1)
                }
            }
            return
        }
        let prepared = record.pointee
        var values = prepared.binding[2..<(2 + IncidentColumns.names.count)]
        let batch = batchID.databaseValue
        let select = try db.cachedStatement(sql: BatchWriter.selectSQL)
        guard let stored = try select.firstRow(binding: Array(prepared.binding[0..<2]), in: db)
        else { return }
        // An erased record keeps its erasure: the file's personal values are not stored again.
        if try isErased(prepared.binding[0], prepared.binding[1]) { IncidentColumns.clearPersonal(&values) }
        // stored[0] is the id; the data columns follow in IncidentColumns.names order, then link_kind.
        let id = stored[0]
        let linkKind = (stored[IncidentColumns.names.count + 1] as DatabaseValue).storage.text
        var changed = false
        for (i, name) in IncidentColumns.names.enumerated() {
            let old = stored[i + 1], new = values[values.startIndex + i]
            guard old != new else { continue }
            // Sealed anew each time: whether personal fields changed is told by their digest.
            if i == IncidentColumns.sealedPosition { continue }
            changed = true
            if i == IncidentColumns.digestPosition {
                try logPersonalChanges(
                    id: id, stored: stored[IncidentColumns.sealedPosition + 1], personal: prepared.personal,
                    source: prepared.binding[0].storage.text ?? "", reference: prepared.binding[1].storage.text ?? "")
                continue
            }
            // postcode_district follows postcode; the postcode's own change is the one logged.
            if name == "postcode_district" && values[values.startIndex + 10] != stored[11] { continue }
            let log = try db.cachedStatement(
                sql:
                    """
                    INSERT INTO incident_change (incident_id, batch_id, field, old_value, new_value) VALUES (?, ?, ?,
                    ?, ?)
                    """
            )
            try log.run(
                binding: [
                    id, batch, IncidentColumns.fields[i].databaseValue,
                    BatchWriter.text(old).databaseValue, BatchWriter.text(new).databaseValue,
                ], in: db)
        }
        if changed {
            // A linked record keeps its place in its group: a member ('-') counts through its
            // lead, and a lead counts with the sources its group spans.
            if linkKind != "-" {
                let kind = linkKind ?? prepared.sourceKind
                if stored[2].storage.text == Status.antisemitic.rawValue {
                    monthly.add(stored.dropFirst().prefix(IncidentColumns.names.count), sourceKind: kind, by: -1)
                }
                if prepared.counted { monthly.add(values, sourceKind: kind, by: 1) }
            }
            let update = try db.cachedStatement(sql: BatchWriter.updateSQL)
            try update.run(binding: Array(values) + [batch, id], in: db)
            updated += 1
        } else {
            unchanged += 1
        }
    }

    /// Seals the personal fields of a record the reading thread left unsealed, in place.
    private func seal(_ record: UnsafeMutablePointer<PreparedIncident>) {
        let sealed = record.pointee.binding.withUnsafeBufferPointer { values in
            sealer.seal(
                record.pointee.personal, source: values[0].storage.text ?? "", reference: values[1].storage.text ?? "")
        }
        record.pointee.binding[2 + IncidentColumns.sealedPosition] = sealed?.sealed.databaseValue ?? .null
        record.pointee.binding[2 + IncidentColumns.digestPosition] = sealed?.digest.databaseValue ?? .null
        record.pointee.isSealed = true
    }

    static func text(_ value: DatabaseValue) -> String? {
        switch value.storage {
        case .null: nil
        case .int64(let i): String(i)
        case .double(let d): String(d)
        case .string(let s): s
        case .blob: "<blob>"
        }
    }
}

// A writer is bound to its transaction's `Database`, which must not leave the writing thread.
@available(*, unavailable)
extension BatchWriter: Sendable {}

extension IncidentStore {
    /// Runs one import batch atomically.
    ///
    /// `body` writes incidents through the writer and returns the file's totals; if it throws,
    /// the whole batch is rolled back and nothing already stored changes.
    public func importBatch(_ info: BatchInfo, _ body: (BatchWriter) throws -> BatchTotals) throws -> BatchResult {
        let cipher = try requireCipher(), keys = try requireKeys()
        do { return try importBatchTransaction(info, cipher: cipher, keys: keys, body) } catch let error
            as DatabaseError
        {
            throw IncidentStore.explain(error, path: path, waited: nil)
        }
    }

    private func importBatchTransaction(
        _ info: BatchInfo, cipher: PersonalCipher, keys: KeyRing, _ body: (BatchWriter) throws -> BatchTotals
    ) throws -> BatchResult {
        // A page cache of up to 128 MB while the batch is written (SQLite's default is 2 MB): a
        // large batch then writes each index page to the log once, at commit, instead of spilling
        // and re-reading it as rows arrive in no index's order. No memory map meanwhile: a
        // re-import reads every stored record once, and mapped, each page it read stayed in the
        // process (640 MB for a million records, against 390 MB read through the cache, as fast).
        // Foreign keys unchecked while the batch writes: its rows' only references are to the
        // batch itself, inserted first in the same transaction, and checking them cost two
        // look-ups a row. (The check is back on for every later statement, and a test runs
        // `foreign_key_check` after imports.) Set and reset within the one access to the
        // connection the batch holds, so that no other statement (another request of the web
        // application) runs in between without the check.
        return try queue.writeWithoutTransaction { db in
            PhaseTiming.start()
            defer { PhaseTiming.report() }  // also when the batch fails: how far it got
            // A first import, alone with the file, writes it directly (see ImportBatch+Journal).
            let direct = IncidentStore.enterRollbackJournal(db, openedInLog: openedInLog)
            PhaseTiming.note(direct ? "journal: rollback (a first import, alone)" : "journal: write-ahead log")
            defer { if direct { IncidentStore.leaveRollbackJournal(db) } }
            // Otherwise the log is written to disk as the batch goes (see WriteBehind; never the
            // database file itself, which holds SQLite's locks).
            let writeBehind = direct ? nil : WriteBehind(path: path + "-wal")
            defer { writeBehind?.stop() }
            try db.execute(sql: "PRAGMA cache_size = -131072; PRAGMA foreign_keys = OFF; PRAGMA mmap_size = 0")
            defer {
                try? db.execute(
                    sql: """
                        PRAGMA cache_size = -2000; PRAGMA foreign_keys = ON;
                        PRAGMA mmap_size = \(IncidentStore.mappedBytes)
                        """)
            }
            var result: BatchResult?
            try db.inTransaction {
                try IncidentStore.requireCurrentKey(db, cipher: cipher, path: path)
                result = try importBatchRows(db, info, cipher: cipher, keys: keys, body)
                PhaseTiming.mark("summaries")
                return .commit
            }
            // (Through the log, SQLite copies it into the database file as the commit ends.)
            PhaseTiming.mark("commit")
            return result!
        }
    }

    /// The batch's writes, inside its transaction.
    private func importBatchRows(
        _ db: Database, _ info: BatchInfo, cipher: PersonalCipher, keys: KeyRing,
        _ body: (BatchWriter) throws -> BatchTotals
    ) throws -> BatchResult {
        try db.execute(
            sql: """
                INSERT INTO import_batch (file_name, checksum, byte_count, default_source, imported_at,
                    rows_read, rows_inserted, rows_updated, rows_unchanged, rows_rejected)
                VALUES (?, '', 0, ?, ?, 0, 0, 0, 0, 0)
                """, arguments: [info.fileName, info.defaultSource?.name, info.importedAt])
        let id = db.lastInsertedRowID
        let writer = BatchWriter(db: db, batchID: id, cipher: cipher, keys: keys)
        let totals = try body(writer)
        PhaseTiming.mark("read and write")
        try Schema.refreshSummaries(db)
        try writer.monthly.apply(db)
        try db.execute(
            sql: """
                UPDATE import_batch SET checksum = ?, byte_count = ?, rows_read = ?, rows_inserted = ?,
                    rows_updated = ?, rows_unchanged = ?, rows_rejected = ? WHERE id = ?
                """,
            arguments: [
                totals.checksum, totals.byteCount, totals.rowsRead, writer.inserted,
                writer.updated, writer.unchanged, totals.rowsRejected, id,
            ])
        let batch = ImportBatch(
            row: try Row.fetchOne(db, sql: "SELECT * FROM import_batch WHERE id = ?", arguments: [id])!)
        _ = try IncidentStore.appendAudit(
            db, keys: keys, action: "import",
            details: [
                "batch": String(id), "file": info.fileName, "sha256": totals.checksum,
                "rows_read": String(totals.rowsRead),
                "new": String(writer.inserted), "updated": String(writer.updated),
                "unchanged": String(writer.unchanged),
                "rejected": String(totals.rowsRejected),
            ], note: nil, at: info.importedAt, actor: info.actor)
        let earlier = try Row.fetchAll(
            db, sql: "SELECT * FROM import_batch WHERE checksum = ? AND id <> ? ORDER BY id",
            arguments: [totals.checksum, id]
        ).map(ImportBatch.init(row:))
        return BatchResult(batch: batch, earlierIdentical: earlier)
    }

    /// Every import batch, oldest first.
    public func batches() throws(StoreError) -> [ImportBatch] {
        try read { try Row.fetchAll($0, sql: "SELECT * FROM import_batch ORDER BY id").map(ImportBatch.init(row:)) }
    }

    /// The stored record from `source` with `reference`, if any.
    public func incident(source: Source, reference: String) throws(StoreError) -> Incident? {
        try read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM incident WHERE source = ? AND reference = ?",
                arguments: [source.name, reference]
            ).map { Incident(row: $0, cipher: cipher) }
        }
    }

    /// The number of stored records (every source and status).
    public func recordCount() throws(StoreError) -> Int {
        try read { try Int.fetchOne($0, sql: "SELECT count(*) FROM incident") ?? 0 }
    }
}
