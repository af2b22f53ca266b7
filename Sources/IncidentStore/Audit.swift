import Crypto
import Foundation
import GRDB
import IncidentModel

/// One entry of the signed audit trail.
public struct AuditEntry: Sendable, Hashable {
    public let id: Int64
    public let at: String
    public let actor: String
    public let action: String
    /// JSON, never a personal value.
    public let details: String
    public let note: String?
    public let prev: String
    public let signature: String
}

/// What `audit verify` found.
public struct AuditVerification: Sendable {
    /// Entries checked.
    public let entries: Int
    /// The first problem, with the entry it was found at; nil when the trail is whole.
    public let problem: String?
}

extension IncidentStore {
    /// The operating-system account running this process (the "who" of the audit trail; not an option).
    public static var operatingSystemUser: String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(geteuid())"
    }

    static let genesis = String(repeating: "0", count: 64)

    static func sign(
        _ key: SymmetricKey, prev: String, id: Int64, at: String, actor: String, action: String, details: String,
        note: String?
    ) -> String {
        let message = [prev, String(id), at, actor, action, details, note ?? ""].joined(separator: "\u{1F}")
        return Data(HMAC<SHA256>.authenticationCode(for: Data(message.utf8), using: key)).lowercaseHex
    }

    /// Appends an entry inside the caller's transaction (so the act and its entry commit together).
    static func appendAudit(
        _ db: Database, keys: KeyRing, action: String, details: [String: String], note: String?, at: String,
        actor: String? = nil
    ) throws -> Int64 {
        let last = try Row.fetchOne(db, sql: "SELECT id, signature FROM audit_log ORDER BY id DESC LIMIT 1")
        let sequence = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'") ?? 0
        let id = max(last?["id"] as Int64? ?? 0, sequence) + 1
        let prev: String = last?["signature"] ?? genesis
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(details), as: UTF8.self)
        let actor = actor ?? operatingSystemUser
        let signature = sign(
            keys.auditKey, prev: prev, id: id, at: at, actor: actor, action: action, details: json, note: note)
        try db.execute(
            sql:
                """
                INSERT INTO audit_log (id, at, actor, action, details, note, prev, signature) VALUES (?, ?, ?, ?, ?,
                ?, ?, ?)
                """,
            arguments: [id, at, actor, action, json, note, prev, signature])
        return id
    }

    /// The keys, or an error saying how to give them (acts that matter are signed).
    func requireKeys() throws(StoreError) -> KeyRing {
        guard let keys else {
            throw StoreError(
                path: path, kind: .noKey, message: KeyError.missing(keyPath ?? "(none given)").description,
                remedy: .giveOrCreateKeyFile)
        }
        return keys
    }

    /// Records an act in the audit trail, in a transaction of its own. `actor`: who acted, when it
    /// is not the operating-system account (a web account, "web:NAME").
    @discardableResult
    public func audit(
        _ action: String, details: [String: String], note: String? = nil, at: String, actor: String? = nil
    ) throws(StoreError) -> Int64 {
        let keys = try requireKeys()
        return try write { db in
            try IncidentStore.appendAudit(
                db, keys: keys, action: action, details: details, note: note, at: at, actor: actor)
        }
    }

    /// Runs `body` and records the act in the same transaction: both happen, or neither.
    func withAudit<T>(_ action: String, note: String?, at: String, _ body: (Database) throws -> (T, [String: String]))
        throws(StoreError) -> T
    {
        let keys = try requireKeys()
        return try write { db in
            let (result, details) = try body(db)
            _ = try IncidentStore.appendAudit(db, keys: keys, action: action, details: details, note: note, at: at)
            return result
        }
    }

    /// The acts' own rows against the trail's entries: import batches, export log rows and
    /// editions made since the trail began (recorded by migration v8 as `audit_from_*`).
    static func crossCheck(_ db: Database, entries: [Row]) throws -> String? {
        func start(_ key: String) throws -> Int64 {
            Int64(try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key]) ?? "") ?? 0
        }
        var logged: [String: Set<Int64>] = ["batch": [], "export": [], "edition": []]
        let decoder = JSONDecoder()
        for row in entries {
            guard let details = try? decoder.decode([String: String].self, from: Data((row["details"] as String).utf8))
            else { continue }
            switch row["action"] as String {
            case "import": if let id = details["batch"].flatMap({ Int64($0) }) { logged["batch"]!.insert(id) }
            case "export", "disclosure":
                if let id = details["export"].flatMap({ Int64($0) }) { logged["export"]!.insert(id) }
            case "publish": if let id = details["edition"].flatMap({ Int64($0) }) { logged["edition"]!.insert(id) }
            default: break
            }
        }
        for (table, kind, what, key) in [
            ("import_batch", "batch", "import batch", "audit_from_batch"),
            ("export_audit", "export", "export", "audit_from_export"),
            ("edition", "edition", "edition", "audit_from_edition"),
        ] {
            let from = try start(key)
            let rows = Set(try Int64.fetchAll(db, sql: "SELECT id FROM \(table) WHERE id > ?", arguments: [from]))
            if let missing = rows.subtracting(logged[kind]!).min() {
                return
                    "\(what) \(missing) has no entry in the trail: entries were deleted (and the trail's counter reset)"
            }
            if let gone = logged[kind]!.filter({ $0 > from }).subtracting(rows).min() {
                return "the trail records \(what) \(gone), but its row in \(table) was deleted"
            }
        }
        return nil
    }

    /// The whole trail, oldest first.
    public func auditEntries() throws(StoreError) -> [AuditEntry] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT id, at, actor, action, details, note, prev, signature FROM audit_log ORDER BY id"
            ).map {
                AuditEntry(
                    id: $0["id"], at: $0["at"], actor: $0["actor"], action: $0["action"], details: $0["details"],
                    note: $0["note"], prev: $0["prev"], signature: $0["signature"])
            }
        }
    }

    /// Walks the trail: each entry must follow the one before (ids without gaps, each naming
    /// the previous signature) and carry its own signature; the last id ever given must be the
    /// last entry's; the guards must be in place. Needs the audit key.
    public func verifyAudit() throws(StoreError) -> AuditVerification {
        let keys = try requireKeys()
        return try read { db in
            let entries = try Row.fetchAll(
                db, sql: "SELECT id, at, actor, action, details, note, prev, signature FROM audit_log ORDER BY id")
            var previousID: Int64 = 0, previousSignature = IncidentStore.genesis
            for row in entries {
                let id: Int64 = row["id"]
                if id != previousID + 1 {
                    return AuditVerification(
                        entries: entries.count,
                        problem:
                            """
                            entries \(previousID + 1)…\(id - 1) are missing: deleted after they were \
                            written (found at entry \(id))
                            """
                    )
                }
                if (row["prev"] as String) != previousSignature {
                    return AuditVerification(
                        entries: entries.count,
                        problem:
                            """
                            entry \(id) does not follow entry \(previousID): an entry was \
                            inserted, deleted or moved here
                            """
                    )
                }
                let expected = IncidentStore.sign(
                    keys.auditKey, prev: row["prev"], id: id, at: row["at"], actor: row["actor"], action: row["action"],
                    details: row["details"], note: row["note"])
                if expected != (row["signature"] as String) {
                    return AuditVerification(
                        entries: entries.count,
                        problem: "entry \(id) was edited after it was written (its signature does not match)")
                }
                previousID = id
                previousSignature = row["signature"]
            }
            let sequence = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'") ?? 0
            if sequence > previousID {
                return AuditVerification(
                    entries: entries.count,
                    problem: "entries \(previousID + 1)…\(sequence) are missing: the last entries were deleted")
            }
            // Every act since the trail began left rows elsewhere too: each must have its entry,
            // and each entry's rows must still be there (a tail deleted and the counter reset, or
            // an export log row deleted behind a dropped guard, shows here).
            if let problem = try IncidentStore.crossCheck(db, entries: entries) {
                return AuditVerification(entries: entries.count, problem: problem)
            }
            let triggers = Set(
                try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"))
            let missing = ["audit_log_no_update", "audit_log_no_delete", "audit_log_append_only"].filter {
                !triggers.contains($0)
            }
            if !missing.isEmpty {
                return AuditVerification(
                    entries: entries.count,
                    problem:
                        """
                        the trail's guards were removed (\(missing.joined(separator: ", "))); entries may have been \
                        changed, though every signature checks
                        """
                )
            }
            return AuditVerification(entries: entries.count, problem: nil)
        }
    }
}
