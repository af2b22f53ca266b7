import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A process-wide counter for unique temporary names.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func next() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value }
}

/// Temporary files being written, removed if the process is interrupted (Ctrl-C, a terminal
/// closing, a polite kill). A hard kill (-9) leaves them to the next write of the same target.
final class TemporaryFiles: @unchecked Sendable {
    static let shared = TemporaryFiles()
    private static let slots = 64
    /// C strings the signal handler can read without allocating.
    nonisolated(unsafe) static let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: slots)
    /// Where the signal handler writes a sidecar's name.
    static let nameBufferSize = Int(PATH_MAX) + 32
    nonisolated(unsafe) static let nameBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: nameBufferSize)
    /// The suffixes SQLite adds, as C strings made once.
    nonisolated(unsafe) static let journal = strdup("-journal")!
    nonisolated(unsafe) static let wal = strdup("-wal")!
    nonisolated(unsafe) static let shm = strdup("-shm")!
    private let lock = NSLock()

    private init() {
        TemporaryFiles.table.initialize(repeating: nil, count: TemporaryFiles.slots)
        // (Made before any signal can come: the handler only reads them.)
        _ = (TemporaryFiles.nameBuffer, TemporaryFiles.journal, TemporaryFiles.wal, TemporaryFiles.shm)
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                // With each file, what SQLite made beside it (a backup's journal, log and shared
                // memory), its name made in a buffer set aside (nothing allocated here).
                for i in 0..<TemporaryFiles.slots {
                    guard let path = TemporaryFiles.table[i] else { continue }
                    unlink(path)
                    TemporaryFiles.unlinkSidecar(path, TemporaryFiles.journal)
                    TemporaryFiles.unlinkSidecar(path, TemporaryFiles.wal)
                    TemporaryFiles.unlinkSidecar(path, TemporaryFiles.shm)
                }
                Glibc.signal(number, SIG_DFL)
                raise(number)
            }
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
    }

    /// Removes `path` with `suffix` added, its name made in `nameBuffer` (for the signal
    /// handler: nothing allocated).
    static func unlinkSidecar(_ path: UnsafeMutablePointer<CChar>, _ suffix: UnsafeMutablePointer<CChar>) {
        let length = strlen(path)
        guard length + strlen(suffix) < nameBufferSize else { return }
        memcpy(nameBuffer, path, length)
        strcpy(nameBuffer + length, suffix)
        Glibc.unlink(nameBuffer)
    }

    func add(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        for i in 0..<TemporaryFiles.slots where TemporaryFiles.table[i] == nil {
            TemporaryFiles.table[i] = strdup(path)
            return
        }
    }

    func remove(_ path: String) {
        lock.lock(); defer { lock.unlock() }
        for i in 0..<TemporaryFiles.slots {
            if let entry = TemporaryFiles.table[i], String(cString: entry) == path {
                TemporaryFiles.table[i] = nil
                free(entry)
            }
        }
    }
}
