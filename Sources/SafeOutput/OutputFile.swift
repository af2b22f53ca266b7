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
    /// temporary file is removed, as by ``abandon()``. Returns the file's SHA-256 (lower-case hex),
    /// for the change to record: a run killed before the rename leaves the file hidden, and
    /// ``recover(_:digest:)`` takes only the file with that digest.
    @discardableResult
    public func prepare() throws(OutputError) -> String {
        precondition(!done && !prepared, "an output file is prepared once, before it is committed")
        let digest: String
        do { digest = try flushAndRecord() } catch {
            done = true
            removeTemporary()
            TemporaryFiles.shared.remove(temporaryPath)
            throw error
        }
        prepared = true
        return digest
    }

    private func flushAndRecord() throws(OutputError) -> String {
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
        return digest
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

    private static let counter = Counter()
}
