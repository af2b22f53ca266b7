import Foundation

#if canImport(Glibc)
import Glibc
#endif

// Temporary files that killed runs left: removed, or renamed into place when their write was committed.
extension OutputFile {
    /// Removes temporary files of `name` left in `folder` by runs that were killed, with any file
    /// SQLite made beside them; never a live run's, nor another target's (".b.sqlite.2025.…" is
    /// the temporary file of "b.sqlite.2025", not of "b.sqlite").
    static func removeStaleTemporaries(folder: String, name: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries {
            guard let found = temporaryName(entry, of: name), found.pid != getpid(), isGone(found.pid) else { continue }
            unlink((folder as NSString).appendingPathComponent(entry))
        }
    }

    /// The process id in `entry` when it is exactly the name of a temporary file of `name`
    /// (".NAME.PID.N.incidents-tmp"), or of a file SQLite made beside one ("-journal", "-wal",
    /// "-shm" after it), and whether it is the temporary file itself; nil for anything else.
    static func temporaryName(_ entry: String, of name: String) -> (pid: Int32, isSidecar: Bool)? {
        let prefix = ".\(name).", mark = ".incidents-tmp"
        guard entry.hasPrefix(prefix), let end = entry.range(of: mark, options: .backwards) else { return nil }
        let start = entry.index(entry.startIndex, offsetBy: prefix.count)
        guard end.lowerBound >= start else { return nil }
        let after = String(entry[end.upperBound...])
        guard after.isEmpty || sidecarSuffixes.contains(after) else { return nil }
        // Exactly two numbers between: the process id and the writer's counter.
        let numbers = entry[start..<end.lowerBound].split(separator: ".", omittingEmptySubsequences: false)
        guard numbers.count == 2,
            numbers.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let pid = Int32(numbers[0]), pid > 0, UInt64(numbers[1]) != nil
        else { return nil }
        return (pid, !after.isEmpty)
    }

    /// Whether no process has id `pid`.
    static func isGone(_ pid: Int32) -> Bool { kill(pid, 0) != 0 && errno == ESRCH }

    /// Finishes the write of `target` that a killed run committed elsewhere (e.g. a draft whose
    /// record was stored) but had not yet renamed: its temporary file, if `isComplete` accepts
    /// it, is renamed into place. Returns whether a file was recovered.
    @discardableResult
    public static func recover(_ target: String, isComplete: (String) -> Bool) -> Bool {
        guard access(target, F_OK) != 0 else { return false }
        let folder = folder(of: target)
        let name = (target as NSString).lastPathComponent
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return false }
        for entry in entries.sorted() {
            guard let found = temporaryName(entry, of: name), !found.isSidecar, isGone(found.pid) else { continue }
            let path = (folder as NSString).appendingPathComponent(entry)
            guard isComplete(path), let digest = sha256(of: path),
                Ledger.append(folder: folder, name: name, digest: digest) == nil,
                rename(path, target) == 0
            else { continue }
            syncFolder(folder)
            return true
        }
        return false
    }
}
