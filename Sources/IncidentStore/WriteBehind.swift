import CSupport
import Foundation

/// Starts writing a transaction's write-ahead log to disk while the transaction is still
/// running, so that its commit does not then wait for all of it at once.
///
/// A million-row import writes about 600 MB to the log; at commit SQLite syncs it (the disk
/// writes all 600 MB while the CPU waits), then copies it into the database file and syncs that.
/// Every tenth of a second this thread asks the kernel to start writing what is dirty in the log
/// (sync_file_range(2), which neither waits for the writes nor changes what SQLite's own syncs
/// guarantee), so the disk works while the rows are still being read and written. (RocksDB's
/// `wal_bytes_per_sync` does the same.)
///
/// Only the log, never the database file: SQLite holds POSIX advisory locks on the database
/// file, and closing any descriptor of a file releases all of a process's locks on it ("POSIX
/// advisory locks canceled by a separate thread doing close()", in SQLite's list of ways to
/// corrupt a database). SQLite takes no such locks on the log, so opening and closing it here
/// releases nothing. A test checks that another process still cannot take the database while
/// an import that used this is open.
final class WriteBehind: Sendable {
    private let stopping = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)

    /// Starts the thread for the log at `path` (skipped while it does not exist).
    init(path: String) {
        let thread = Thread { [stopping, done] in
            while stopping.wait(timeout: .now() + 0.1) == .timedOut {
                _ = incidents_start_writeback(path)
            }
            done.signal()
        }
        thread.name = "write-behind"
        thread.start()
    }

    /// Stops the thread, waiting for it to end.
    func stop() {
        stopping.signal()
        done.wait()
    }
}
