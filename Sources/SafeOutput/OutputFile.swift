import Crypto
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Every file the tool writes goes through here, so that nothing already on disk is lost.
///
/// - The target is checked before anything is written: a folder, the database (or its `-wal`,
///   `-shm`, `-journal`), an input of the same command, or an existing file this tool did not
///   write (unless `force`) is refused.
/// - The content goes to a hidden temporary file in the target's folder, which is flushed to the
///   disk and then renamed over the target: the target is either the previous file or the new one,
///   whole, whatever happens (a full disk, a kill, an error). A temporary file left by a killed
///   run is removed by the next write to the same target.
/// - The files the tool wrote are remembered (name and SHA-256) in `.incidents-written` in their
///   folder, so that re-running a command replaces its own output without `--force`, while a file
///   a person wrote or changed since is kept.
public final class OutputFile {
    /// The path asked for.
    public let target: String
    /// The temporary file to write into; renamed over ``target`` by ``commit()``.
    public let temporaryPath: String
    private var done = false
    /// Whether ``prepare()`` has run: only the rename is left.
    private var prepared = false

    /// What the target must not be.
    public struct Protection: Sendable {
        /// Files that must never be overwritten: the database (its `-wal`, `-shm` and `-journal`
        /// are added), the command's input files.
        public var files: [(path: String, role: String)]
        /// Whether an existing file the tool did not write may be replaced.
        public var force: Bool
        /// What the output is: an existing database or key file (anyone's, even one the tool
        /// wrote, even with `force`) is replaced only by an output of its own kind (a backup by a
        /// backup, a key file by its rotation): losing either loses records or personal data.
        public var kind: Kind

        /// What an output file is, as far as what it may replace goes.
        public enum Kind: Sendable {
            /// A listing, an export, a chart, a report.
            case output
            /// An SQLite database (a backup).
            case database
            /// A key file.
            case key
        }

        public init(files: [(path: String, role: String)] = [], force: Bool = false, kind: Kind = .output) {
            self.files = files
            self.force = force
            self.kind = kind
        }

        /// The database at `path` and its sidecar files.
        public static func database(_ path: String) -> [(path: String, role: String)] {
            ["", "-wal", "-shm", "-journal"].map { (path + $0, "the database") }
        }
    }

    /// Checks `target` and creates its temporary file (readable by the owner only when
    /// `ownerOnly`, as for files holding personal data). Nothing visible changes until ``commit()``;
    /// an output file neither committed nor abandoned is abandoned when released.
    public init(
        _ target: String, protection: Protection = Protection(), ownerOnly: Bool = false,
        createFolder: Bool = false
    ) throws(OutputError) {
        try OutputFile.check(target, protection: protection, createFolder: createFolder)
        let folder = OutputFile.folder(of: target)
        let name = (target as NSString).lastPathComponent
        OutputFile.removeStaleTemporaries(folder: folder, name: name)
        let temporary = (folder as NSString).appendingPathComponent(
            ".\(name).\(getpid()).\(OutputFile.counter.next()).incidents-tmp")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, ownerOnly ? 0o600 : 0o644)
        guard fd >= 0 else {
            throw OutputError(target, .io(action: "creating a temporary file in \(folder)", errno: errno))
        }
        if ownerOnly { fchmod(fd, 0o600) }
        close(fd)
        self.target = target
        self.temporaryPath = temporary
        TemporaryFiles.shared.add(temporary)
    }

    /// Writes `data` to `target` atomically (see the type's description).
    public static func write(
        _ data: Data, to target: String, protection: Protection = Protection(), ownerOnly: Bool = false,
        createFolder: Bool = false
    ) throws(OutputError) {
        let file = try OutputFile(target, protection: protection, ownerOnly: ownerOnly, createFolder: createFolder)
        do { try file.writeAll(data) } catch { file.abandon(); throw error }
        try file.commit()
    }

    /// Lets `body` write the temporary file by its path (a renderer that opens the path itself),
    /// then commits; if `body` throws, nothing visible changes.
    public static func write<E: Error>(
        to target: String, protection: Protection = Protection(), ownerOnly: Bool = false,
        createFolder: Bool = false, _ body: (String) throws(E) -> Void
    ) throws {
        let file = try OutputFile(target, protection: protection, ownerOnly: ownerOnly, createFolder: createFolder)
        do { try body(file.temporaryPath) } catch { file.abandon(); throw error }
        try file.commit()
    }

    /// Replaces the temporary file's content with `data`.
    public func writeAll(_ data: Data) throws(OutputError) {
        let fd = open(temporaryPath, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard fd >= 0 else { throw OutputError(target, .io(action: "writing", errno: errno)) }
        defer { close(fd) }
        var failure: Int32 = 0
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += n
            }
        }
        if failure != 0 { throw OutputError(target, .io(action: "writing", errno: failure)) }
    }

    /// Flushes the temporary file to the disk, remembers it as the tool's, and renames it over
    /// the target. On failure the temporary file is removed and the target is as it was.
    public func commit() throws(OutputError) {
        if !prepared { try prepare() }
        precondition(!done, "an output file is committed or abandoned once")
        done = true
        defer { TemporaryFiles.shared.remove(temporaryPath) }
        if rename(temporaryPath, target) != 0 {
            let code = errno
            removeTemporary()
            throw OutputError(target, .io(action: "renaming into place", errno: code))
        }
        OutputFile.syncFolder(OutputFile.folder(of: target))
    }

    /// All of ``commit()`` but the rename: the file flushed to the disk, checked not empty and
    /// recorded as the tool's. What can fail on a full disk fails here, so that a command whose
    /// file must appear with a database change (an import's rejected rows) prepares it before the
    /// change commits and renames it after (a rename takes no new space). On failure the
    /// temporary file is removed, as by ``abandon()``.
    public func prepare() throws(OutputError) {
        precondition(!done && !prepared, "an output file is prepared once, before it is committed")
        do { try flushAndRecord() } catch {
            done = true
            removeTemporary()
            TemporaryFiles.shared.remove(temporaryPath)
            throw error
        }
        prepared = true
    }

    private func flushAndRecord() throws(OutputError) {
        let fd = open(temporaryPath, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw OutputError(target, .io(action: "reopening the temporary file", errno: errno)) }
        if fsync(fd) != 0 {
            let code = errno
            close(fd)
            throw OutputError(target, .io(action: "flushing to the disk", errno: code))
        }
        // No output of the tool is empty (a listing has its header, a chart its picture): an
        // empty file is a write that failed unseen (a full disk a renderer did not report), and
        // must not replace the previous file.
        var info = stat()
        if fstat(fd, &info) == 0 && info.st_size == 0 {
            close(fd)
            throw OutputError(target, .io(action: "writing (nothing was written)", errno: ENOSPC))
        }
        close(fd)
        guard let digest = OutputFile.sha256(of: temporaryPath) else {
            let code = errno
            throw OutputError(target, .io(action: "reading back", errno: code == 0 ? EIO : code))
        }
        let folder = OutputFile.folder(of: target)
        let name = (target as NSString).lastPathComponent
        if let code = Ledger.append(folder: folder, name: name, digest: digest) {
            throw OutputError(target, .io(action: "recording the file in \(Ledger.name)", errno: code))
        }
    }

    /// Removes the temporary file and any file SQLite made beside it (a backup written through
    /// SQLite leaves its rollback journal, ".…incidents-tmp-journal", when it fails).
    private func removeTemporary() {
        unlink(temporaryPath)
        for suffix in OutputFile.sidecarSuffixes { unlink(temporaryPath + suffix) }
    }

    /// What SQLite may add to a database file's name for its journal, log and shared memory.
    static let sidecarSuffixes = ["-journal", "-wal", "-shm"]

    /// Removes the temporary file; the target stays as it was.
    public func abandon() {
        guard !done else { return }
        done = true
        removeTemporary()
        TemporaryFiles.shared.remove(temporaryPath)
    }

    deinit {
        if !done {
            removeTemporary()
            TemporaryFiles.shared.remove(temporaryPath)
        }
    }

    // MARK: - Checks

    /// Checks that `target` may be written, without writing anything.
    public static func check(_ target: String, protection: Protection = Protection(), createFolder: Bool = false)
        throws(OutputError)
    {
        guard !target.isEmpty else { throw OutputError(target, .empty) }
        // A name is one line of the record of what the tool wrote (.incidents-written): a line
        // break in it would add a line of its own, naming a person's file as the tool's.
        guard !target.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else {
            throw OutputError(target, .controlCharacter)
        }
        guard !target.hasSuffix("/") else { throw OutputError(target, .isFolder) }
        // "." and ".." (alone or last) are folders, whatever the file system says of them.
        let last = (target as NSString).lastPathComponent
        guard last != "." && last != ".." && !target.hasSuffix("/.") && !target.hasSuffix("/..") else {
            throw OutputError(target, .isFolder)
        }
        let folder = folder(of: target)
        let targetPath = canonical(target)
        for file in protection.files {
            if canonical(file.path) == targetPath || sameFile(file.path, target) {
                throw OutputError(target, .protected(role: file.role, path: file.path))
            }
        }
        var info = stat()
        if lstat(target, &info) == 0 {
            var followed = stat()
            let resolves = stat(target, &followed) == 0
            let isFolder = (info.st_mode & S_IFMT) == S_IFDIR || (resolves && (followed.st_mode & S_IFMT) == S_IFDIR)
            if isFolder { throw OutputError(target, .isFolder) }
            // A device, a pipe or a socket, named or behind a link (/dev/stdout): never written
            // through, and never read to see whose it is (reading a pipe would wait for ever).
            if (info.st_mode & S_IFMT) != S_IFREG && (info.st_mode & S_IFMT) != S_IFLNK
                || resolves && (followed.st_mode & S_IFMT) != S_IFREG
            {
                throw OutputError(target, .notRegular)
            }
            if let found = existingKind(target), found != protection.kind || isSidecar(target) {
                let kind = found == .key ? "a key file" : isSidecar(target) ? "an SQLite log" : "an SQLite database"
                throw OutputError(target, .otherKind(kind))
            }
            // A database replaced while its log is beside it would take the old log's pages.
            if protection.kind == .database {
                for side in ["-wal", "-journal"] where fileSize(target + side) > 0 {
                    throw OutputError(target, .openDatabase(target + side))
                }
            }
            if !protection.force {
                let name = (target as NSString).lastPathComponent
                guard let digest = sha256(of: target), Ledger.contains(folder: folder, name: name, digest: digest)
                else {
                    throw OutputError(target, .notWrittenByTool)
                }
            }
        }
        // Last, once nothing else stands in the way: the folder exists (or is made).
        if stat(folder, &info) != 0 {
            guard createFolder && errno == ENOENT else { throw OutputError(target, .noFolder(folder)) }
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                throw OutputError(target, .io(action: "creating the folder \(folder)", errno: errno))
            }
        } else if (info.st_mode & S_IFMT) != S_IFDIR {
            throw OutputError(target, .noFolder(folder))
        }
    }

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
    static func canonical(_ path: String) -> String {
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

    static func sha256(of path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
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

    private static let counter = Counter()
}
