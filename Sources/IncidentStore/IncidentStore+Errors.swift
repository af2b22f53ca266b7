import CSupport
import Foundation
import GRDB
import IncidentModel

// Errors and waiting: the busy handler, explaining SQLite errors, checking a damaged file.
extension IncidentStore {
    /// Waits in short sleeps while another connection holds the lock, up to the option's limit,
    /// telling `onWait` once.
    static func busyCallback(_ options: Options) -> Database.BusyCallback {
        let state = WaitState()
        return { attempts in
            // A lock tried only if free (see enterRollbackJournal).
            if Thread.current.threadDictionary[IncidentStore.noWaitKey] != nil { return false }
            let now = Date()
            if attempts == 0 || state.start == nil { state.start = now }
            let waited = now.timeIntervalSince(state.start!)
            if waited >= 0.5 && !state.told {
                state.told = true
                options.onWait?(options.waitSeconds)
            }
            guard waited < options.waitSeconds else { return false }
            usleep(20_000)
            return true
        }
    }

    /// A database error said as what happened and what to do.
    static func explain(_ error: DatabaseError, path: String, waited: Double?) -> StoreError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            let how = waited.map { "after waiting \(Int($0)) s" } ?? "for longer than this command waits"
            return StoreError(
                path: path, kind: .busy,
                message:
                    """
                    another incidents command (an import, a link or a draft) is writing to the database and did not \
                    finish \(how); nothing was changed by this command
                    """,
                remedy: .waitLonger)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            if error.resultCode == .SQLITE_NOTADB && fileSize(path) > 0 && !hasSQLiteHeader(path) {
                return StoreError(
                    path: path, kind: .other,
                    message: "this file is not an SQLite database; choose another database path")
            }
            return StoreError(
                path: path, kind: .damaged, message: damagedMessage(path, detail: error.message ?? "\(error)"),
                remedy: .checkAndRestore(lastBackup: Backup.lastRecorded(for: path)))
        case .SQLITE_FULL:
            return StoreError(
                path: path, kind: .other,
                message: "the disk is full; nothing was changed. Free some space and run the command again")
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return StoreError(
                path: path, kind: .other,
                message:
                    """
                    cannot open or write the database (\(error.message ?? "\(error.resultCode)")); \
                    check the path and permissions
                    """
            )
        default:
            return StoreError(path: path, kind: .other, message: "\(error)")
        }
    }

    /// SQLite's integrity check on the file alone (no schema needed), for a database too damaged to open.
    public static func integrityCheck(path: String) -> [String] {
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let db = try DatabaseQueue(path: path, configuration: configuration)
            return try db.read { try String.fetchAll($0, sql: "PRAGMA integrity_check(20)") }
        } catch {
            return ["\(error)"]
        }
    }

    static func damagedMessage(_ path: String, detail: String) -> String {
        "the database is damaged (\(detail)); nothing was changed"
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    static func hasSQLiteHeader(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        return head == Data("SQLite format 3\0".utf8)
    }
}

/// When a connection started waiting (busy handlers run on the connection's own thread).
private final class WaitState: @unchecked Sendable {
    var start: Date?
    var told = false
}
