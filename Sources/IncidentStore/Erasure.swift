import Foundation
import GRDB
import IncidentModel

/// A record whose personal data an erasure or retention run removes.
public struct ErasureTarget: Sendable, Hashable {
    public let source: String
    public let reference: String
    public let date: String
}

extension IncidentStore {
    /// The records of `source` with these references, and the references not found.
    public func erasureTargets(source: Source, references: [String]) throws(StoreError) -> (
        found: [ErasureTarget], missing: [String]
    ) {
        try read { db in
            var found: [ErasureTarget] = [], missing: [String] = []
            for reference in references {
                if let row = try Row.fetchOne(
                    db, sql: "SELECT source, reference, date FROM incident WHERE source = ? AND reference = ?",
                    arguments: [source.name, reference])
                {
                    found.append(ErasureTarget(source: row[0], reference: row[1], date: row[2]))
                } else {
                    missing.append(reference)
                }
            }
            return (found, missing)
        }
    }

    /// Records dated before `cutoff` that still hold personal data (sealed, plaintext or in their change history).
    public func retentionTargets(before cutoff: CivilDate) throws(StoreError) -> [ErasureTarget] {
        let fields = IncidentColumns.personalFields.map { "'\($0)'" }.joined(separator: ", ")
        return try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT source, reference, date FROM incident i WHERE \(Schema.anyStatus) AND date < ? AND (
                        coalesce(personal, personal_digest, postcode, description, victim_name, victim_contact,
                            offender_description) IS NOT NULL
                        OR EXISTS (SELECT 1 FROM incident_change c WHERE c.incident_id = i.id AND c.field IN
                            (\(fields))))
                    ORDER BY date, source, reference
                    """, arguments: [cutoff.description]
            ).map { ErasureTarget(source: $0[0], reference: $0[1], date: $0[2]) }
        }
    }

    /// Removes the personal data of `targets` (the sealed fields, any plaintext of an earlier
    /// version, their values in the change history) and records the erasure in the audit trail,
    /// in one transaction. The statistical fields stay, so no published figure moves. Deleted
    /// content is overwritten (`secure_delete`) and the write-ahead log is emptied afterwards, so
    /// no byte of it is left in the file. With `examples`, the records' case examples go too (a
    /// person who asks to be erased has their story taken out of the report as well).
    public func erase(
        _ targets: [ErasureTarget], action: String, details: [String: String], note: String?, at: String,
        examples: Bool = false
    ) throws(StoreError) -> (records: Int, examples: Int) {
        let fields = IncidentColumns.personalFields.map { "'\($0)'" }.joined(separator: ", ")
        let erased = try withAudit(action, note: note, at: at) { db in
            let clear = try db.makeStatement(
                sql: """
                    UPDATE incident SET personal = NULL, personal_digest = NULL, postcode = NULL, description = NULL,
                        victim_name = NULL,
                        victim_contact = NULL, offender_description = NULL WHERE source = ? AND reference = ?
                    """)
            let history = try db.makeStatement(
                sql: """
                    DELETE FROM incident_change WHERE field IN (\(fields)) AND incident_id = (SELECT id FROM incident
                        WHERE source = ? AND reference = ?)
                    """)
            let example = try db.makeStatement(sql: "DELETE FROM case_example WHERE source = ? AND reference = ?")
            // Remembered, so that a later import of the same file does not bring the values back.
            let remember = try db.makeStatement(
                sql: "INSERT OR REPLACE INTO erased_record (source, reference, erased_at) VALUES (?, ?, ?)")
            var removed = 0
            for target in targets {
                try clear.execute(arguments: [target.source, target.reference])
                try remember.execute(arguments: [target.source, target.reference, at])
                try history.execute(arguments: [target.source, target.reference])
                if examples {
                    try example.execute(arguments: [target.source, target.reference])
                    removed += db.changesCount
                }
            }
            var all = details
            all["records"] = String(targets.count)
            all["references"] = targets.prefix(200).map { "\($0.source)/\($0.reference)" }.joined(separator: ";")
            if examples { all["case_examples_removed"] = String(removed) }
            return ((targets.count, removed), all)
        }
        truncateLog()
        return erased
    }

    /// Re-seals every personal value under the first data key of `keys` (the database's current
    /// key must be among them), records it in the audit trail, in one transaction.
    public func rotateKey(to keys: KeyRing, at: String) throws(StoreError) -> Int {
        let old = try requireCipher()
        let new = PersonalCipher(key: keys.dataKeys[0])
        let count = try withAudit("key rotation", note: nil, at: at) { db in
            let n = try Sealing.reseal(db, from: old, to: new)
            try db.execute(sql: "UPDATE setting SET value = ? WHERE key = 'key_id'", arguments: [keys.identifier])
            return (n, ["records": String(n), "new_key": keys.identifier])
        }
        truncateLog()
        return count
    }

    /// Checkpoints and empties the write-ahead log (best effort: a reader may hold it).
    func truncateLog() {
        _ = try? queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }
}
