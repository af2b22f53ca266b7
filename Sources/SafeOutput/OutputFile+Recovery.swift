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

    /// Finishes the write of `target` that a killed run committed elsewhere (a draft's record, an
    /// export's audit entry, an import's batch, each with the file's SHA-256) but had not renamed:
    /// the hidden file whose SHA-256 is `digest` is put in place. Only a regular file of this
    /// user's with one link is taken, opened without following links (a link planted among the
    /// hidden names is never put in place). The target is replaced only when it is the tool's own
    /// earlier file, unchanged (as the killed run would have replaced it); when it is missing the
    /// file is linked into place, so that a file made meanwhile is never replaced. Returns
    /// whether a file was put in place.
    @discardableResult
    public static func recover(_ target: String, digest: String) -> Bool {
        let folder = folder(of: target)
        let name = (target as NSString).lastPathComponent
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return false }
        let hidden = entries.sorted().filter { entry in
            guard let found = temporaryName(entry, of: name) else { return false }
            return !found.isSidecar && isGone(found.pid)
        }
        guard !hidden.isEmpty else { return false }
        // The target: missing, the tool's own earlier file (replaced), or anything else (kept).
        var info = stat()
        let missing = lstat(target, &info) != 0 && errno == ENOENT
        var earlier: String?
        if !missing {
            guard (info.st_mode & S_IFMT) == S_IFREG, let now = sha256(of: target), now != digest,
                Ledger.contains(folder: folder, name: name, digest: now)
            else { return false }
            earlier = now
        }
        for entry in hidden {
            let path = (folder as NSString).appendingPathComponent(entry)
            guard sha256(ofOwnRegularFile: path) == digest,
                Ledger.append(folder: folder, name: name, digest: digest) == nil
            else { continue }
            if missing {
                guard link(path, target) == 0 else { return false }
                unlink(path)
            } else {
                // (Checked again: the hidden files took time to read, and a person may have
                // written the target meanwhile.)
                guard lstat(target, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, sha256(of: target) == earlier,
                    rename(path, target) == 0
                else { return false }
            }
            syncFolder(folder)
            return true
        }
        return false
    }

    /// The SHA-256 of the file at `path` if it is a regular file of this user's with one link,
    /// opened without following a symbolic link (nil otherwise); read in chunks.
    static func sha256(ofOwnRegularFile path: String) -> String? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_uid == geteuid(), info.st_nlink == 1
        else {
            close(fd)
            return nil
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        return sha256(of: handle)
    }
}
