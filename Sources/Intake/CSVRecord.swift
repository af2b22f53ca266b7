#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One record as raw field bytes, reused from record to record to avoid allocation.
public struct CSVRecord: Sendable {
    /// The physical line the record starts on (1-based).
    public internal(set) var line = 0
    /// The bytes of all fields, one after another.
    public internal(set) var bytes: [UInt8] = []
    /// Where each field ends in `bytes`.
    public internal(set) var ends: [Int] = []
    /// Whether each field was quoted.
    public internal(set) var quoted: [Bool] = []
    /// Syntax problems found while reading the record.
    public internal(set) var problems: [CSVSyntaxProblem] = []

    /// An empty record.
    public init() {
        bytes.reserveCapacity(1024)
        ends.reserveCapacity(32)
    }

    /// The number of fields.
    public var fieldCount: Int { ends.count }

    /// The raw bytes of field `index`.
    public func fieldBytes(_ index: Int) -> ArraySlice<UInt8> {
        bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }

    /// Field `index` as text, or nil when its bytes are not valid UTF-8.
    public func string(_ index: Int) -> String? {
        fieldBytes(index).withUnsafeBufferPointer(CSVRecord.validString)
    }

    /// `bytes` as text, or nil when they are not valid UTF-8.
    ///
    /// Decoding replaces invalid sequences, so the text is valid exactly when it re-encodes to the
    /// same bytes; ASCII (most cells) needs no check. (`String(validating:as:)` is generic over
    /// the encoding and costs a metadata look-up per cell.)
    static func validString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        if bytes.allSatisfy({ $0 < 0x80 }) { return text }
        return text.utf8.elementsEqual(bytes) ? text : nil
    }

    /// Field `index` as text without surrounding white space (ASCII spaces, tabs, line breaks and
    /// no-break spaces), or nil when its bytes are not valid UTF-8.
    ///
    /// Trimming bytes rather than `Character`s keeps Unicode property look-ups out of the
    /// per-cell path of a million-row import.
    public func trimmedString(_ index: Int) -> String? {
        // By index into the record's bytes (a slice of them retained and released the buffer for
        // each of the million rows' twenty cells).
        let first = index == 0 ? 0 : ends[index - 1], last = ends[index]
        return bytes.withUnsafeBufferPointer { all in
            var start = first, end = last
            func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
            while true {
                if start < end, isSpace(all[start]) { start += 1; continue }
                if end - start >= 2, all[start] == 0xC2, all[start + 1] == 0xA0 { start += 2; continue }
                break
            }
            while true {
                if start < end, isSpace(all[end - 1]) { end -= 1; continue }
                if end - start >= 2, all[end - 1] == 0xA0, all[end - 2] == 0xC2 { end -= 2; continue }
                break
            }
            return CSVRecord.validString(UnsafeBufferPointer(rebasing: all[start..<end]))
        }
    }

    /// Field `index` as text, with invalid UTF-8 replaced (for echoing a value in a message).
    public func lossyString(_ index: Int) -> String {
        String(decoding: fieldBytes(index), as: UTF8.self)
    }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        quoted.removeAll(keepingCapacity: true)
        if !problems.isEmpty { problems.removeAll() }
    }

    mutating func endField(quoted wasQuoted: Bool) {
        ends.append(bytes.count)
        quoted.append(wasQuoted)
    }
}

/// A syntax problem in one record.
public struct CSVSyntaxProblem: Hashable, Sendable {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// `ab"c`: a quote inside a field that did not start with one.
        case quoteInUnquotedField
        /// `"abc"d`: text between a closing quote and the next comma.
        case textAfterClosingQuote
        /// A quoted field still open at the end of the file.
        case unterminatedQuote
        /// A NUL or other control character (tab, and line breaks inside quotes, are allowed).
        case controlCharacter(UInt8)
        /// A C1 control or a bidirectional override or isolate (its code point).
        case invisibleControl(UInt32)
    }
    /// What went wrong.
    public let kind: Kind
    /// The physical line it was found on.
    public let line: Int
    /// The 0-based index of the field.
    public let field: Int

    /// A sentence for a person, with what to do.
    public var message: String {
        switch kind {
        case .quoteInUnquotedField:
            """
            a double quote inside a value that is not enclosed in quotes; enclose the whole value in double quotes \
            and double the quote inside ("")
            """
        case .textAfterClosingQuote:
            """
            text after a closing quote; a quoted value must end with " directly before the comma or line \
            end (write an inner quote as "")
            """
        case .unterminatedQuote:
            """
            a quoted value is never closed; add the closing double quote (the rest of the file \
            was read as part of this value)
            """
        case .invisibleControl(let scalar):
            """
            an invisible control character \
            (U+\(String(repeating: "0", count: max(0, 4 - String(scalar, radix: 16).count)))\
            \(String(scalar, radix: 16, uppercase: true))\
            \((0x202A...0x2069).contains(scalar) ? ", which changes the direction text is shown in" : "")) \
            inside a value; remove it
            """
        case .controlCharacter(let byte):
            byte == 0
                ? """
                a NUL byte inside a value: the file is damaged or binary in part; remove it \
                (re-export the file as "CSV UTF-8")
                """
                : """
                a control character (0x\(byte < 16 ? "0" : "")\(String(byte, radix: 16, uppercase: true))) inside a \
                value; only tabs, and line breaks inside double quotes, are allowed: remove it
                """
        }
    }
}

/// A file that could not be opened, read or written.
public struct CSVFileError: Error, Sendable, CustomStringConvertible {
    /// The path, as given.
    public let path: String
    /// The system error number.
    public let errno: Int32
    /// Whether the file was being written (a rejects file, an export), not read.
    public var writing = false

    public init(path: String, errno: Int32, writing: Bool = false) {
        self.path = path
        self.errno = errno
        self.writing = writing
    }

    public var description: String { "\(path): " + reason }

    /// What went wrong and what to do, without the path.
    public var reason: String {
        let cause = String(cString: strerror(errno))
        guard writing else { return "cannot open or read the file (\(cause)); check the path and permissions" }
        if errno == ENOSPC || errno == EDQUOT {
            return "cannot write the file (\(cause)): the disk is full. Free some space and run the command again"
        }
        return "cannot write the file (\(cause)); check the folder, its permissions and the free space"
    }
}
