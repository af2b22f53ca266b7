import Foundation
import GRDB
import IncidentModel

/// The incident database: one SQLite file on disk, opened through GRDB.
///
/// All SQL lives in this module. The store is a value holding a GRDB `DatabaseQueue`, which
/// serialises access, so it can be shared between tasks.
public struct IncidentStore: Sendable {
    /// The database file.
    public let path: String
    let queue: DatabaseQueue

    /// `PRAGMA application_id` of incident databases ("INCD"), so that another SQLite file is
    /// refused instead of having tables added to it.
    static let applicationID: Int32 = 0x494E_4344

    /// Opens the database at `path`, creating it (and migrating it to the current schema) if needed.
    public init(path: String) throws(StoreError) {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty && !FileManager.default.fileExists(atPath: directory) {
            throw StoreError(path: path, message: "the folder \(directory) does not exist; create it or choose another --database path")
        }
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(5)
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.write { db in
                let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                if id == 0 && tables == 0 {
                    try db.execute(sql: "PRAGMA application_id = \(IncidentStore.applicationID)")
                } else if id != IncidentStore.applicationID {
                    throw StoreError(path: path, message: "this is an SQLite database of another program, not an incidents database; choose another --database path")
                }
            }
            try Schema.migrator.migrate(queue)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError(path: path, message: "this file is not an SQLite database; choose another --database path")
        } catch {
            throw StoreError(path: path, message: "cannot open the database (\(error)); check the path and permissions")
        }
    }

    /// Runs a read inside GRDB's serialised queue, wrapping database errors.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try queue.read(body) } catch let error as StoreError { throw error } catch {
            throw StoreError(path: path, message: "\(error)")
        }
    }

    /// Runs a write transaction inside GRDB's serialised queue, wrapping database errors.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try queue.write(body) } catch let error as StoreError { throw error } catch {
            throw StoreError(path: path, message: "\(error)")
        }
    }

    /// The value stored under `key` in the database's settings, if any.
    public func setting(_ key: String) throws(StoreError) -> String? {
        try read { try String.fetchOne($0, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key]) }
    }

    /// Stores `value` under `key` in the database's settings.
    public func setSetting(_ key: String, _ value: String) throws(StoreError) {
        try write { db in
            try db.execute(sql: "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           arguments: [key, value])
        }
    }
}

/// A problem with the database itself: where it is, what went wrong, what to do.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// The database path.
    public let path: String
    /// What went wrong and what to do.
    public let message: String

    public var description: String { "\(path): \(message)" }
}
