import CSupport
import Foundation

/// Starts writing files to disk while a long transaction is still running, so that its commit
/// does not then wait for all of it at once.
///
/// A million-row import writes about 600 MB to the write-ahead log, then (at commit) has SQLite
/// sync it, copy it into the database file and sync that: 1.2 GB for the disk in the last second
/// or two, while the CPU waits. Every tenth of a second this thread asks the kernel to start
/// writing what is dirty in the files (sync_file_range(2), which neither waits for the writes nor
/// changes what SQLite's own syncs guarantee), so the disk works while the rows are still being
/// read and written. (RocksDB's `bytes_per_sync` and PostgreSQL's `checkpoint_flush_after` do
/// the same.)
final class WriteBehind: Sendable {
    private let stopping = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)

    /// Starts the thread for `paths` (files that do not exist yet are skipped until they do).
    init(paths: [String]) {
        let thread = Thread { [stopping, done] in
            while stopping.wait(timeout: .now() + 0.1) == .timedOut {
                for path in paths { _ = incidents_start_writeback(path) }
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
