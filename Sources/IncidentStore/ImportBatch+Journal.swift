import Foundation
import GRDB

/// The first import into a database that holds no record yet, made while no other connection
/// has the file open, is written under a rollback journal instead of the write-ahead log.
///
/// Under the log, every page of a large batch is written twice: into the log as the batch goes,
/// then, at commit, copied from the log into the database file (for a million records, 580 MB
/// each way, and the copy waits at the end). Under a rollback journal the new pages go into the
/// file once, and the journal holds only the few pages that existed before (the schema, the
/// settings); the batch is as atomic, and a batch that was killed is rolled back by the next
/// opener. A first import is when a large history arrives at once (an archive moved into
/// `incidents`); later files are a month's records, and go through the log as before.
///
/// Only when this connection is alone: leaving the log needs an exclusive lock, which SQLite
/// refuses while another connection has the database open (the web application, a `figures`
/// run); then the batch goes through the log as usual. A reader that opens the database while
/// such a first import runs waits for it, as a writer would (there is nothing to read yet). The
/// log is back before the import returns (an opener also puts it back: see `IncidentStore.init`).
extension IncidentStore {
    /// Switches to a rollback journal when the database holds no incident and no other
    /// connection has it open; whether it did. Never waits for another connection.
    ///
    /// Only a file that was in WAL mode when this store opened it: there, every connection that
    /// has read holds a lock, so a refused switch shows another one. Under a rollback journal an
    /// idle connection holds none (a web application started after a killed first import).
    static func enterRollbackJournal(_ db: Database, openedInLog: Bool) -> Bool {
        guard openedInLog,
            (try? Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM incident)")) == true
        else {
            return false
        }
        return withoutWaiting { (try? String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")) == "delete" }
    }

    /// Puts the write-ahead log back (waiting, as any writer does, for a reader that came in).
    /// Should a reader hold the file for longer than the command waits, the import stands and
    /// the next command that opens the database puts the log back (see ``restoreLog``).
    static func leaveRollbackJournal(_ db: Database) {
        _ = try? String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
    }

    /// Turns the write-ahead log on, trying again for up to `seconds` while another connection
    /// holds the file (0: once, and a failure is left for a later opener).
    ///
    /// While a first import writes under a rollback journal, SQLite answers a request to change
    /// the journal with "busy" at once, without calling the busy handler (it could deadlock), so
    /// a writer that opens the database then waits here, in turns, as it would for the lock.
    static func restoreLog(_ queue: DatabaseQueue, waiting seconds: Double, onWait: (@Sendable (Double) -> Void)?)
        throws
    {
        let start = Date()
        var told = false
        while true {
            do {
                try queue.writeWithoutTransaction { db in
                    let turnOn = { _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
                    try seconds == 0 ? withoutWaiting(turnOn) : turnOn()
                }
                return
            } catch let error as DatabaseError
                where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
            {
                let waited = Date().timeIntervalSince(start)
                if seconds == 0 { return }
                if waited >= seconds { throw error }
                if waited >= 0.5 && !told {
                    told = true
                    onWait?(seconds)
                }
                usleep(50_000)
            }
        }
    }

    /// Runs `body` with the busy handler refusing at once on this thread: a lock is taken only
    /// if free (see ``busyCallback(_:)``).
    static func withoutWaiting<T>(_ body: () throws -> T) rethrows -> T {
        Thread.current.threadDictionary[noWaitKey] = true
        defer { Thread.current.threadDictionary[noWaitKey] = nil }
        return try body()
    }

    /// Set on a thread whose lock attempts must not wait (see ``withoutWaiting(_:)``).
    static let noWaitKey = "incidents.store.no-wait"
}
