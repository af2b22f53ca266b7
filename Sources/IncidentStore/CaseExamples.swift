import Crypto
import Foundation
import GRDB
import IncidentModel

/// A case example as stored, with the facts of its record, for `incidents examples list`.
public struct StoredCaseExample: Sendable, Hashable {
    public let source: String
    public let reference: String
    /// The record's date, status and category as stored now.
    public let date: String
    public let status: String
    public let category: String?
    /// The section it was assigned; nil: its record's category.
    public let section: String?
    /// The approved text.
    public let text: String
    /// Who added it (the operating-system account) and when.
    public let approvedBy: String
    public let approvedAt: String
    /// The import batch that gave it; nil when written with `incidents examples add`.
    public let batchID: Int64?
}

/// The personal fields of one stored record, opened, for the checks a text for publication passes.
public struct RecordPersonal: Sendable {
    public let source: String
    public let reference: String
    public let personal: PersonalDetails
}

/// What setting a case example did.
public enum ExampleChange: String, Sendable {
    case added, replaced, unchanged
}

/// A case example the store refuses: what was wrong.
public struct ExampleError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

extension IncidentStore {
    /// Every case example, in the order of its record's date.
    public func caseExamples() throws(StoreError) -> [StoredCaseExample] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT e.source, e.reference, i.date, i.status, i.category, e.section, e.text,
                           e.approved_by, e.approved_at, e.batch_id
                    FROM case_example e JOIN incident i USING (source, reference)
                    ORDER BY i.date, e.source, e.reference
                    """
            ).map { row in
                StoredCaseExample(
                    source: row[0], reference: row[1], date: row[2], status: row[3],
                    category: row[4], section: row[5], text: row[6],
                    approvedBy: row[7], approvedAt: row[8], batchID: row[9])
            }
        }
    }

    /// The examples of counted incidents dated `start`…`end`, each in its section (the one it was
    /// assigned, else its record's category). Reads no personal column: `report` needs no key.
    public func caseExamples(from start: CivilDate, to end: CivilDate) throws(StoreError) -> [CaseExample] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT e.source, e.reference, i.date, coalesce(e.section, i.category), e.text
                    FROM case_example e JOIN incident i USING (source, reference)
                    WHERE i.status = 'antisemitic' AND i.date BETWEEN ? AND ? ORDER BY i.date, e.source, e.reference
                    """, arguments: [start.description, end.description]
            ).compactMap { row in
                guard let source = Source(row[0] as String), let date = CivilDate(iso: row[2] as String),
                    let section = (row[3] as String?).flatMap(ExampleSection.init(parsing:))
                else { return nil }
                return CaseExample(source: source, reference: row[1], date: date, section: section, text: row[4])
            }
        }
    }

    /// Adds (or replaces) the case example of the record from `source` with `reference`, after
    /// `check` has passed it against every stored record's personal fields; both in one write
    /// transaction, with its entry in the audit trail. `check` throws to refuse the text.
    @discardableResult
    public func setCaseExample(
        source: Source, reference: String, section: ExampleSection?, text: String,
        note: String?, at: String,
        check: ([RecordPersonal]) throws -> Void
    ) throws -> ExampleChange {
        let cipher = try requireCipher(), keys = try requireKeys()
        let example = ExampleWrite(source: source.name, reference: reference, section: section, text: text)
        do {
            return try queue.write { db in
                try IncidentStore.requireCurrentKey(db, cipher: cipher, path: path)
                return try IncidentStore.setCaseExample(db, example, keys: keys, batch: nil, note: note, at: at) {
                    try check(try IncidentStore.personalRecords(db, cipher: cipher))
                }
            }
        } catch let error as DatabaseError {
            throw IncidentStore.explain(error, path: path, waited: nil)
        }
    }

    /// Removes the case example of a record, with its entry in the audit trail; false when it had none.
    public func removeCaseExample(
        source: Source, reference: String, note: String?,
        at: String
    ) throws(StoreError) -> Bool {
        let keys = try requireKeys()
        return try write { db in
            let key: StatementArguments = [source.name, reference]
            let sql = "SELECT text FROM case_example WHERE source = ? AND reference = ?"
            guard let text = try String.fetchOne(db, sql: sql, arguments: key) else { return false }
            try db.execute(sql: "DELETE FROM case_example WHERE source = ? AND reference = ?", arguments: key)
            let details = ["source": source.name, "reference": reference, "sha256": IncidentStore.digest(text)]
            _ = try IncidentStore.appendAudit(
                db, keys: keys, action: "example-remove", details: details,
                note: note, at: at)
            return true
        }
    }

    /// Sets an example inside the caller's write transaction (the command's, or an import batch's).
    /// `check` runs only when the text or section is new.
    static func setCaseExample(
        _ db: Database, _ example: ExampleWrite, keys: KeyRing, batch: Int64?, note: String?,
        at: String, check: () throws -> Void
    ) throws -> ExampleChange {
        let key: StatementArguments = [example.source, example.reference]
        let name = "\(example.source)/\(example.reference)"
        let sql = "SELECT status FROM incident WHERE source = ? AND reference = ?"
        guard let status = try String.fetchOne(db, sql: sql, arguments: key) else {
            throw ExampleError("no record of \(example.source) with reference \(example.reference); nothing was stored")
        }
        guard status == Status.antisemitic.rawValue else {
            let said = status.replacingOccurrences(of: "_", with: " ")
            throw ExampleError(
                "\(name) is \(said), not counted: only antisemitic incidents are printed "
                    + "as case examples; nothing was stored")
        }
        let text = example.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...CaseExample.maxLength).contains(text.count) else {
            throw ExampleError(
                "the text is \(text.count) characters long; a case example is a few sentences, "
                    + "1 to \(CaseExample.maxLength) characters; nothing was stored")
        }
        let section = example.section?.description
        let storedSQL = "SELECT text, section FROM case_example WHERE source = ? AND reference = ?"
        let stored = try Row.fetchOne(db, sql: storedSQL, arguments: key)
        if let stored, stored[0] as String == text, stored[1] as String? == section { return .unchanged }
        try check()
        try db.execute(
            sql: """
                INSERT INTO case_example (source, reference, section, text, approved_by, approved_at, batch_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (source, reference) DO UPDATE SET section = excluded.section, text = excluded.text,
                    approved_by = excluded.approved_by, approved_at = excluded.approved_at, batch_id = excluded.batch_id
                """, arguments: [example.source, example.reference, section, text, operatingSystemUser, at, batch])
        let change: ExampleChange = stored == nil ? .added : .replaced
        var details = [
            "source": example.source, "reference": example.reference, "section": section ?? "(its category)",
            "characters": String(text.count), "sha256": digest(text),
        ]
        if let batch { details["batch"] = String(batch) }
        let action = change == .added ? "example-add" : "example-replace"
        _ = try appendAudit(db, keys: keys, action: action, details: details, note: note, at: at)
        return change
    }

    /// Every record's personal fields, opened (records without any are left out).
    static func personalRecords(_ db: Database, cipher: PersonalCipher) throws -> [RecordPersonal] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT * FROM incident
                WHERE coalesce(personal, description, victim_name, victim_contact, offender_description) IS NOT NULL
                """)
        return rows.map { row in
            RecordPersonal(
                source: row["source"], reference: row["reference"],
                personal: Incident.personal(row: row, cipher: cipher))
        }
    }

    /// The SHA-256 of an example's text: the trail names the text it approved without holding it,
    /// so that an erasure can remove the text everywhere.
    static func digest(_ text: String) -> String { SHA256.hash(data: Data(text.utf8)).lowercaseHex }
}

/// An example about to be written: its record, section and text.
struct ExampleWrite {
    let source: String
    let reference: String
    let section: ExampleSection?
    let text: String
}

extension BatchWriter {
    /// Sets the case example of a record this batch wrote, in the batch's transaction, after
    /// `check` has passed it (against ``personalRecords()``, read once for all the batch's examples).
    public func setCaseExample(
        source: Source, reference: String, section: ExampleSection?, text: String, at: String,
        check: () throws -> Void
    ) throws -> ExampleChange {
        let example = ExampleWrite(source: source.name, reference: reference, section: section, text: text)
        return try IncidentStore.setCaseExample(
            db, example, keys: keys, batch: batchID, note: nil, at: at,
            check: check)
    }

    /// Every record's personal fields, this batch's included, opened.
    public func personalRecords() throws -> [RecordPersonal] {
        try IncidentStore.personalRecords(db, cipher: cipher)
    }

    /// The stored case examples (record and text), for checking them against what the batch brought.
    public func caseExampleTexts() throws -> [(source: String, reference: String, text: String)] {
        try Row.fetchAll(db, sql: "SELECT source, reference, text FROM case_example ORDER BY source, reference")
            .map { (source: $0[0], reference: $0[1], text: $0[2]) }
    }

    /// Takes an example out of the report because the batch brought a personal value it holds,
    /// with its entry in the audit trail (`reason` says which column, never the value).
    public func withdrawCaseExample(source: String, reference: String, reason: String, at: String) throws {
        let key: StatementArguments = [source, reference]
        guard
            let text = try String.fetchOne(
                db, sql: "SELECT text FROM case_example WHERE source = ? AND reference = ?",
                arguments: key)
        else { return }
        try db.execute(sql: "DELETE FROM case_example WHERE source = ? AND reference = ?", arguments: key)
        let details = [
            "source": source, "reference": reference, "sha256": IncidentStore.digest(text),
            "batch": String(batchID), "reason": reason,
        ]
        _ = try IncidentStore.appendAudit(
            db, keys: keys, action: "example-withdraw", details: details, note: nil, at: at)
    }
}

extension IncidentStore {
    /// Whether any case example is stored (an import then checks them against what it brings).
    public func hasCaseExamples() throws(StoreError) -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM case_example)") ?? false }
    }
}
