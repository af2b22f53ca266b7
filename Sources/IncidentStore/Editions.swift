import Crypto
import Foundation
import GRDB
import IncidentModel

/// The counted-relevant facts of one record at the time of a draft, to explain changes.
public struct RecordState: Hashable, Sendable {
    public let source: String
    public let reference: String
    public let date: String
    public let status: String
    public let category: String?

    public init(source: String, reference: String, date: String, status: String, category: String?) {
        self.source = source
        self.reference = reference
        self.date = date
        self.status = status
        self.category = category
    }
}

/// A stored draft of a report.
public struct Draft: Sendable {
    public let id: Int64
    public let period: String
    public let number: Int
    public let createdAt: String
    public let dataHash: String
    public let output: String
    /// The SHA-256 of the PDF made for the draft (lower-case hex); nil for a draft recorded before
    /// digests were kept (migration v18).
    public let pdfDigest: String?

    /// The SHA-256 of `data`, as `pdfDigest` records it.
    public static func digest(of data: Data) -> String { SHA256.hash(data: data).lowercaseHex }

    /// Whether `data` is this draft's PDF: the very file made for it when its digest is recorded;
    /// for an older draft, any PDF (its content cannot be checked).
    public func isItsPDF(_ data: Data) -> Bool {
        guard let pdfDigest else { return data.starts(with: Data("%PDF-".utf8)) }
        return Draft.digest(of: data) == pdfDigest
    }
}

/// A published edition: the figures of a final report, frozen.
public struct Edition: Sendable {
    public let id: Int64
    public let period: String
    public let publishedAt: String
    public let dataHash: String
}

extension IncidentStore {
    /// A SHA-256 of the database's content: every record (personal data included, since a
    /// corrected name is a change too) and every import batch. Two drafts with the same hash
    /// were built from the same data.
    public func contentHash() throws(StoreError) -> String {
        try read { db in
            var hasher = SHA256()
            let batches = try Row.fetchCursor(db, sql: "SELECT id, file_name, checksum FROM import_batch ORDER BY id")
            while let row = try batches.next() {
                hasher.update(
                    data: Data(
                        "batch\u{1F}\(row[0] as Int64)\u{1F}\(row[1] as String)\u{1F}\(row[2] as String)\u{1E}".utf8))
            }
            // The typology and link_kind last, and only when set: coding and linking change what
            // counts, and a database that has neither keeps the hash it had before they existed.
            let plain = IncidentColumns.names.filter { $0 != "typology" }
            let columns = (["source", "reference"] + plain + ["typology", "link_kind"]).joined(separator: ", ")
            let records = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM incident ORDER BY source, reference")
            while let row = try records.next() {
                var line = ""
                for i in 0..<(row.count - 2) { line += ((row[i] as DatabaseValue).storage.text ?? "∅") + "\u{1F}" }
                if let typology = (row[row.count - 2] as DatabaseValue).storage.text {
                    line += "typology=" + typology + "\u{1F}"
                }
                if let link = (row[row.count - 1] as DatabaseValue).storage.text { line += "link=" + link + "\u{1F}" }
                hasher.update(data: Data((line + "\u{1E}").utf8))
            }
            // Case examples print in the report: a changed text is changed data. None, no change.
            let examples = try Row.fetchCursor(
                db,
                sql: """
                    SELECT source, reference, coalesce(section, ''), text FROM case_example ORDER BY source, reference
                    """)
            while let row = try examples.next() {
                let fields = (0..<4).map { (row[$0] as String?) ?? "" }
                hasher.update(data: Data(("example\u{1F}" + fields.joined(separator: "\u{1F}") + "\u{1E}").utf8))
            }
            return hasher.finalize().lowercaseHex
        }
    }

    /// Every record dated in `start`…`end`, with the facts that decide whether and how it counts.
    public func recordStates(from start: CivilDate, to end: CivilDate) throws(StoreError) -> [RecordState] {
        try read { db in
            try Row.fetchAll(
                db,
                sql:
                    """
                    SELECT source, reference, date, status, category FROM incident WHERE \(Schema.anyStatus) AND date
                    BETWEEN ? AND ? ORDER BY source, reference
                    """,
                arguments: [start.description, end.description]
            ).map {
                RecordState(source: $0[0], reference: $0[1], date: $0[2], status: $0[3], category: $0[4])
            }
        }
    }

    // MARK: drafts

    /// The drafts of `period` (all periods when nil), oldest first.
    public func drafts(period: String? = nil) throws(StoreError) -> [Draft] {
        try read { db in
            try Row.fetchAll(
                db,
                sql:
                    """
                    SELECT id, period, number, created_at, data_hash, output, pdf_sha256 FROM report_draft WHERE ?1 IS
                    NULL OR period = ?1 ORDER BY id
                    """,
                arguments: [period]
            ).map {
                Draft(
                    id: $0[0], period: $0[1], number: $0[2], createdAt: $0[3], dataHash: $0[4], output: $0[5],
                    pdfDigest: $0[6])
            }
        }
    }

    /// The draft with `id`.
    public func draft(id: Int64) throws(StoreError) -> Draft? {
        try read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT id, period, number, created_at, data_hash, output, pdf_sha256 FROM report_draft WHERE id = ?
                    """,
                arguments: [id]
            ).map {
                Draft(
                    id: $0[0], period: $0[1], number: $0[2], createdAt: $0[3], dataHash: $0[4], output: $0[5],
                    pdfDigest: $0[6])
            }
        }
    }

    /// The number the next draft of `period` gets.
    public func nextDraftNumber(period: String) throws(StoreError) -> Int {
        try read { db in
            (try Int.fetchOne(db, sql: "SELECT max(number) FROM report_draft WHERE period = ?", arguments: [period])
                ?? 0) + 1
        }
    }

    /// What a draft holds, made by `makeDraft`'s body once the draft's number is known.
    public struct DraftContent {
        public var createdAt: String, dataHash: String, output: String
        public var figures: [PrintedFigure], records: [RecordState]
        /// The SHA-256 of the PDF made (`Draft.digest(of:)`), so that only that file is ever taken
        /// for the draft's.
        public var pdfDigest: String?
        public init(
            createdAt: String, dataHash: String, output: String, figures: [PrintedFigure], records: [RecordState],
            pdfDigest: String?
        ) {
            self.createdAt = createdAt; self.dataHash = dataHash; self.output = output; self.figures = figures;
            self.records = records; self.pdfDigest = pdfDigest
        }
    }

    /// Makes the next draft of `period` in one write transaction: the number is taken, `body`
    /// renders the draft with it (reading from snapshots), and the draft is stored. Two drafts
    /// made at once take turns, so each gets its own number; if `body` throws, nothing is stored.
    public func makeDraft(period: String, _ body: (Int) throws -> DraftContent) throws -> Draft {
        do {
            let draft = try queue.write { db in
                let number =
                    (try Int.fetchOne(
                        db, sql: "SELECT max(number) FROM report_draft WHERE period = ?", arguments: [period]) ?? 0) + 1
                let content = try body(number)
                return try IncidentStore.insertDraft(db, period: period, number: number, content: content)
            }
            checkpoint()
            return draft
        } catch let error as DatabaseError {
            throw IncidentStore.explain(error, path: path, waited: nil)
        }
    }

    static func insertDraft(_ db: Database, period: String, number: Int, content c: DraftContent) throws -> Draft {
        try db.execute(
            sql: """
                INSERT INTO report_draft (period, number, created_at, data_hash, output, pdf_sha256) VALUES (?, ?, ?, ?,
                ?, ?)
                """,
            arguments: [period, number, c.createdAt, c.dataHash, c.output, c.pdfDigest])
        let id = db.lastInsertedRowID
        let figure = try db.makeStatement(
            sql: "INSERT INTO draft_figure (draft_id, key, label, value) VALUES (?, ?, ?, ?)")
        for f in c.figures { try figure.execute(arguments: [id, f.key, f.label, f.value]) }
        let record = try db.makeStatement(
            sql:
                """
                INSERT INTO draft_record (draft_id, source, reference, date, status, category) VALUES (?, ?, ?, ?, ?, ?)
                """
        )
        for r in c.records { try record.execute(arguments: [id, r.source, r.reference, r.date, r.status, r.category]) }
        return Draft(
            id: id, period: period, number: number, createdAt: c.createdAt, dataHash: c.dataHash, output: c.output,
            pdfDigest: c.pdfDigest)
    }

    /// The figures stored with draft `id`, in the order they were stored.
    public func draftFigures(_ id: Int64) throws(StoreError) -> [PrintedFigure] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT key, label, value FROM draft_figure WHERE draft_id = ? ORDER BY rowid", arguments: [id]
            ).map {
                PrintedFigure(key: $0[0], label: $0[1], value: $0[2])
            }
        }
    }

    /// The records stored with draft `id`.
    public func draftRecords(_ id: Int64) throws(StoreError) -> [RecordState] {
        try read { db in
            try Row.fetchAll(
                db,
                sql:
                    """
                    SELECT source, reference, date, status, category FROM draft_record WHERE draft_id = ? ORDER BY
                    source, reference
                    """,
                arguments: [id]
            ).map {
                RecordState(source: $0[0], reference: $0[1], date: $0[2], status: $0[3], category: $0[4])
            }
        }
    }

    // MARK: editions

    /// The editions of `period` (all when nil), first published first.
    public func editions(period: String? = nil) throws(StoreError) -> [Edition] {
        try read { db in
            try Row.fetchAll(
                db,
                sql:
                    """
                    SELECT id, period, published_at, data_hash FROM edition WHERE ?1 IS NULL OR period = ?1 ORDER BY id
                    """,
                arguments: [period]
            ).map {
                Edition(id: $0[0], period: $0[1], publishedAt: $0[2], dataHash: $0[3])
            }
        }
    }

    /// Freezes `figures` as an edition of `period`; refuses a second edition unless `again`.
    public func publish(
        period: String, publishedAt: String, dataHash: String, figures: [PrintedFigure], again: Bool,
        note: String? = nil
    ) throws(StoreError) -> Edition {
        let keys = try requireKeys()
        return try write { db in
            let earlier =
                try Int.fetchOne(db, sql: "SELECT count(*) FROM edition WHERE period = ?", arguments: [period]) ?? 0
            if earlier > 0 && !again {
                throw StoreError(
                    path: path,
                    message:
                        """
                        \(period) was already published (\(earlier) edition\(earlier == 1 ? "" : "s")); publishing it \
                        again keeps the first edition on record and adds another
                        """,
                    remedy: .publishAgain)
            }
            try db.execute(
                sql: "INSERT INTO edition (period, published_at, data_hash) VALUES (?, ?, ?)",
                arguments: [period, publishedAt, dataHash])
            let id = db.lastInsertedRowID
            let statement = try db.makeStatement(
                sql: "INSERT INTO edition_figure (edition_id, key, label, value) VALUES (?, ?, ?, ?)")
            for f in figures { try statement.execute(arguments: [id, f.key, f.label, f.value]) }
            _ = try IncidentStore.appendAudit(
                db, keys: keys, action: "publish",
                details: [
                    "period": period, "edition": String(id), "published": publishedAt, "data_snapshot": dataHash,
                    "figures": String(figures.count),
                ],
                note: note, at: Date().ISO8601Format())
            return Edition(id: id, period: period, publishedAt: publishedAt, dataHash: dataHash)
        }
    }

    /// The figures of edition `id`.
    public func editionFigures(_ id: Int64) throws(StoreError) -> [PrintedFigure] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT key, label, value FROM edition_figure WHERE edition_id = ? ORDER BY rowid",
                arguments: [id]
            ).map {
                PrintedFigure(key: $0[0], label: $0[1], value: $0[2])
            }
        }
    }
}
