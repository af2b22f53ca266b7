import Crypto
import Foundation

#if canImport(Glibc)
import Glibc
#endif

// Files and paths as the checks see them: an existing file's kind, its size and digest, the folder
// a target is written in, and whether two paths name the same file.
extension OutputFile {
    /// What an existing regular file is, from its first bytes: a database, a key file, or (nil)
    /// anything else.
    static func existingKind(_ path: String) -> Protection.Kind? {
        // An SQLite log beside a database (by its name: a shared-memory file has no mark).
        if isSidecar(path) { return .database }
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 256) else { return nil }
        if head.starts(with: Array("SQLite format 3\0".utf8)) { return .database }
        // A write-ahead log, a rollback journal.
        if head.starts(with: [0x37, 0x7F, 0x06, 0x82]) || head.starts(with: [0x37, 0x7F, 0x06, 0x83])
            || head.starts(with: [0xD9, 0xD5, 0x05, 0xF9, 0x20, 0xA1, 0x63, 0xD7])
        {
            return .database
        }
        // A key file as the tool reads it: after a byte-order mark or blank lines too.
        var text = head[...]
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { text = text.dropFirst(3) }
        text = text.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if text.starts(with: Array("incidents key file".utf8)) { return .key }
        return nil
    }

    /// Whether `path` is named as an SQLite database's log or shared memory.
    static func isSidecar(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        return name.hasSuffix("-wal") || name.hasSuffix("-shm") || name.hasSuffix("-journal")
    }

    /// The size of the file at `path`, or 0 when there is none.
    static func fileSize(_ path: String) -> Int64 {
        var info = stat()
        return stat(path, &info) == 0 ? Int64(info.st_size) : 0
    }

    /// The folder a target is written in ("." for a bare name).
    static func folder(of target: String) -> String {
        let folder = (target as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// An absolute path with the folder's symbolic links resolved (the file itself need not exist).
    public static func canonical(_ path: String) -> String {
        let folder = folder(of: path)
        let name = (path as NSString).lastPathComponent
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard realpath(folder, &buffer) != nil else { return (path as NSString).standardizingPath }
        let resolved = buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        return (resolved as NSString).appendingPathComponent(name)
    }

    /// Whether two existing paths name the same file (hard or symbolic links included).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var x = stat(), y = stat()
        guard stat(a, &x) == 0, stat(b, &y) == 0 else { return false }
        return x.st_dev == y.st_dev && x.st_ino == y.st_ino
    }

    /// The SHA-256 of the file at `path` (lower-case hex), read in chunks; nil if it cannot be read.
    public static func sha256(of path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        return sha256(of: handle)
    }

    /// The SHA-256 of what `handle` reads to its end, in chunks; closes it.
    static func sha256(of handle: FileHandle) -> String? {
        defer { try? handle.close() }
        var hasher = SHA256()
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: 1 << 20) } catch { return nil }
            guard let chunk, !chunk.isEmpty else { break }
            hasher.update(data: chunk)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
