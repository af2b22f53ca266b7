import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One scratch folder for the whole test process (`incidents-tests-PID` in the temporary folder),
/// removed when the process exits: tests that write a PDF or a chart to look at it leave nothing
/// behind in /tmp run after run.
public enum TestScratch {
    /// The folder, made on first use.
    public static let folder: String = {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("incidents-tests-\(getpid())")
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: TestScratch.folder) }
        return path
    }()

    /// A new, empty folder inside it, named after `prefix` and a fresh UUID.
    public static func newFolder(_ prefix: String) throws -> String {
        let path = (folder as NSString).appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
