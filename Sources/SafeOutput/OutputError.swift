import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Why a file was not written. The target is untouched in every case.
public struct OutputError: Error, CustomStringConvertible, Sendable {
    public enum Reason: Sendable {
        case empty
        /// The name holds a control character (a line break, a tab): it could not be recorded
        /// or shown as one name.
        case controlCharacter
        case noFolder(String)
        case isFolder
        case notRegular
        case protected(role: String, path: String)
        case notWrittenByTool
        /// The target is a file of another kind that is never replaced by this output (a
        /// database, a key file), with or without `--force`.
        case otherKind(String)
        /// A database to be replaced has its log beside it (it is open, or was not closed cleanly).
        case openDatabase(String)
        case io(action: String, errno: Int32)
    }

    /// The path asked for.
    public let target: String
    public let reason: Reason

    init(_ target: String, _ reason: Reason) {
        self.target = target
        self.reason = reason
    }

    /// Whether `--force` would have let the file be written.
    public var needsForce: Bool { if case .notWrittenByTool = reason { true } else { false } }

    public var description: String {
        switch reason {
        case .empty: return "the output path is empty; give a file name (nothing was written)"
        case .controlCharacter:
            return
                """
                \(target.debugDescription): the output path holds a control character (a line break, a tab); give a \
                name without one (nothing was written)
                """
        case .noFolder(let folder):
            return
                "\(target): the folder \(folder) does not exist; create it or choose another path (nothing was written)"
        case .isFolder: return "\(target) names a folder; give a file name inside it (nothing was written)"
        case .notRegular: return "\(target) is not a regular file; choose another path (nothing was written)"
        case .protected(let role, let path):
            return
                """
                \(target) is \(role) (\(path)); writing there would destroy it. Choose another \
                path (nothing was written)
                """
        case .otherKind(let kind):
            return
                """
                \(target) is \(kind); this output never replaces one, even with --force (its records or keys \
                would be lost). Choose another path, or move the file away yourself if it is no longer needed \
                (nothing was written)
                """
        case .openDatabase(let log):
            return
                """
                \(target) has its log \(log) beside it: the database is open (a server?) or was not closed \
                cleanly. Close what has it open, or choose another path (nothing was written)
                """
        case .notWrittenByTool:
            return
                """
                \(target) already exists and was not written by incidents (or was changed since); nothing was written. \
                Choose another path, or add --force to replace it
                """
        case .io(let action, let code):
            let what =
                code == ENOSPC
                ? "the disk is full" : code == EDQUOT ? "the disk quota is exhausted" : String(cString: strerror(code))
            return
                """
                \(target): \(action) failed: \(what); the previous file (if any) is unchanged \
                and no partial file was left
                """
        }
    }
}
