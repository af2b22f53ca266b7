import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The record of files the tool wrote in a folder: one line per write, `SHA-256  name`, appended
/// (an append of one short line is atomic, so concurrent writers need no lock).
enum Ledger {
    static let name = ".incidents-written"

    static func append(folder: String, name file: String, digest: String) -> Int32? {
        let path = (folder as NSString).appendingPathComponent(name)
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return errno }
        defer { close(fd) }
        let before = lseek(fd, 0, SEEK_END)
        let line = Array("\(digest)  \(file)\n".utf8)
        let n = line.withUnsafeBytes { Glibc.write(fd, $0.baseAddress!, $0.count) }
        var failure: Int32? = nil
        if n != line.count { failure = n < 0 ? errno : ENOSPC } else if fsync(fd) != 0 { failure = errno }
        // A part of a line would run into the next entry (a full disk): cut back to the last whole
        // line, and take away a record this write itself began.
        if let failure {
            if before >= 0 { _ = ftruncate(fd, before) }
            if before == 0 { unlink(path) }
            return failure
        }
        return nil
    }

    static func contains(folder: String, name file: String, digest: String) -> Bool {
        let path = (folder as NSString).appendingPathComponent(name)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return false }
        let wanted = "\(digest)  \(file)"
        return text.split(separator: "\n").contains { $0 == wanted }
    }
}
