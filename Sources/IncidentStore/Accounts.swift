import GRDB

/// An account of the web application (`incidents serve`): a name, a role and a bcrypt hash.
public struct Account: Sendable, Hashable {
    /// The name a person signs in with.
    public let name: String
    /// `research`, `media` or `trustee` (what each may see is the web application's business).
    public let role: String
    /// The bcrypt hash of the password.
    public let passwordHash: String
    /// When the account was made, and last changed (ISO 8601, UTC).
    public let createdAt: String
    public let changedAt: String
    /// Raised by each change of password or role; a session remembers the generation it began in.
    public let generation: Int64
}

extension IncidentStore {
    /// Whether `name` can name an account: 1 to 64 letters, digits, '.', '_' or '-'.
    public static func isValidAccountName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 64
            && name.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII
                    && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_"
                        || scalar == "-")
            }
    }

    /// Every account, by name.
    public func accounts() throws(StoreError) -> [Account] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM account ORDER BY name").map(IncidentStore.account) }
    }

    /// The account called `name`, if there is one.
    public func account(named name: String) throws(StoreError) -> Account? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM account WHERE name = ?", arguments: [name]).map(
                IncidentStore.account)
        }
    }

    /// Adds an account; refuses a name already taken.
    public func addAccount(name: String, role: String, passwordHash: String, at: String) throws(StoreError) {
        try write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM account WHERE name = ?", arguments: [name]) == true {
                throw StoreError(
                    path: path, kind: .other, message: "an account called \(name) already exists",
                    remedy: .otherAccountName(name))
            }
            try db.execute(
                sql: "INSERT INTO account (name, role, password_hash, created_at, changed_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [name, role, passwordHash, at, at])
        }
    }

    /// Removes the account `name`; false when there is none.
    @discardableResult
    public func removeAccount(name: String) throws(StoreError) -> Bool {
        try write { db in
            try db.execute(sql: "DELETE FROM account WHERE name = ?", arguments: [name])
            return db.changesCount > 0
        }
    }

    /// Replaces the password hash of `name` (its sessions end); false when there is no such account.
    @discardableResult
    public func setPasswordHash(name: String, _ hash: String, at: String) throws(StoreError) -> Bool {
        try write { db in
            try db.execute(
                sql: "UPDATE account SET password_hash = ?, changed_at = ?, generation = generation + 1 WHERE name = ?",
                arguments: [hash, at, name])
            return db.changesCount > 0
        }
    }

    static func account(_ row: Row) -> Account {
        Account(
            name: row["name"], role: row["role"], passwordHash: row["password_hash"], createdAt: row["created_at"],
            changedAt: row["changed_at"], generation: row["generation"])
    }
}
