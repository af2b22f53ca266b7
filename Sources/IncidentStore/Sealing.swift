import Foundation
import GRDB
import IncidentModel

/// Sealing personal data already stored: a database of an earlier version (plaintext), a new
/// data key (rotation), and erasure.
enum Sealing {
    /// Seals every plaintext personal value (the first schema's columns and the change log's
    /// personal fields) and overwrites the plaintext (the connection has `secure_delete` on).
    static func sealPlaintext(_ db: Database, cipher: PersonalCipher) throws {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT id, source, reference, postcode, description, victim_name, victim_contact, offender_description
                    FROM incident
                WHERE coalesce(postcode, description, victim_name, victim_contact, offender_description) IS NOT NULL
                """)
        let update = try db.makeStatement(
            sql: """
                UPDATE incident SET personal = ?, personal_digest = ?, postcode = NULL, description = NULL,
                    victim_name = NULL,
                    victim_contact = NULL, offender_description = NULL WHERE id = ?
                """)
        for row in rows {
            let personal = Incident.personal(row: row, cipher: nil)
            let sealed = cipher.seal(personal, source: row["source"], reference: row["reference"])
            try update.execute(arguments: [sealed?.sealed, sealed?.digest, row["id"] as Int64])
        }
        try resealChanges(db, open: { stored, _ in stored.hasPrefix("enc:") ? nil : stored }, seal: cipher)
    }

    /// Re-seals every change-log personal value for which `open` gives the plaintext.
    static func resealChanges(_ db: Database, open: (String, String) -> String?, seal cipher: PersonalCipher) throws {
        let fields = IncidentColumns.personalFields.map { "'\($0)'" }.joined(separator: ", ")
        let rows = try Row.fetchAll(
            db,
            sql:
                """
                SELECT id, incident_id, batch_id, field, old_value, new_value FROM incident_change WHERE field IN
                (\(fields))
                """
        )
        let update = try db.makeStatement(sql: "UPDATE incident_change SET old_value = ?, new_value = ? WHERE id = ?")
        for row in rows {
            let context = PersonalCipher.changeContext(
                incident: row["incident_id"], batch: row["batch_id"], field: row["field"])
            let old: String? = row["old_value"], new: String? = row["new_value"]
            let oldPlain = old.flatMap { open($0, context) }, newPlain = new.flatMap { open($0, context) }
            guard oldPlain != nil || newPlain != nil else { continue }
            try update.execute(arguments: [
                oldPlain.map { cipher.sealValue($0, context: context) } ?? old,
                newPlain.map { cipher.sealValue($0, context: context) } ?? new, row["id"] as Int64,
            ])
        }
    }

    /// Re-seals everything sealed with `old` under `new`; false if something could not be opened.
    static func reseal(_ db: Database, from old: PersonalCipher, to new: PersonalCipher) throws -> Int {
        let rows = try Row.fetchAll(
            db, sql: "SELECT id, source, reference, personal FROM incident WHERE personal IS NOT NULL")
        let update = try db.makeStatement(sql: "UPDATE incident SET personal = ?, personal_digest = ? WHERE id = ?")
        var count = 0
        for row in rows {
            guard let personal = old.open(row["personal"], source: row["source"], reference: row["reference"]) else {
                throw StoreError(
                    path: db.description, kind: .other,
                    message:
                        """
                        record \(row["source"] as String)/\(row["reference"] as String) cannot be opened with the \
                        current key; nothing was changed
                        """
                )
            }
            let sealed = new.seal(personal, source: row["source"], reference: row["reference"])
            try update.execute(arguments: [sealed?.sealed, sealed?.digest, row["id"] as Int64])
            count += 1
        }
        try resealChanges(db, open: { stored, context in old.openValue(stored, context: context) }, seal: new)
        return count
    }
}
