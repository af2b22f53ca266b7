#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered writer of UTF-8 text to a file, created or truncated.
public struct TextFileWriter {
    private let handle: UnsafeMutablePointer<FILE>
    private let path: String

    /// Opens `path` for writing.
    public init(path: String) throws {
        guard let handle = fopen(path, "w") else {
            throw CSVFileError(path: path, errno: errno, writing: true)
        }
        self.handle = handle
        self.path = path
    }

    /// Appends `text`.
    public mutating func write(_ text: String) throws {
        var text = text
        let ok = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, handle) == $0.count }
        if !ok { throw CSVFileError(path: path, errno: errno, writing: true) }
    }

    /// Flushes and closes.
    public mutating func close() throws {
        if fclose(handle) != 0 { throw CSVFileError(path: path, errno: errno, writing: true) }
    }
}
