#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A streaming RFC 4180 reader over bytes: quoted fields, doubled quotes, line breaks inside
/// quotes, CRLF, LF or lone CR line ends, a UTF-8 byte-order mark.
///
/// Hand-written rather than taken from SwiftCSV or CSV.swift: the import target (a million rows,
/// 275 MB, in 15 s and 500 MB) needs a reader that streams fixed-size chunks and hands out raw
/// field bytes, so that UTF-8 is checked per field and reported with its line and column.
/// Memory is one chunk plus one record, whatever the file size.
public struct CSVReader: ~Copyable {
    /// Where the bytes come from.
    enum Input {
        case file(Int32)
        case memory([UInt8])
    }

    private var input: Input
    private var memoryOffset = 0
    private var chunk: [UInt8]
    private var chunkCount = 0
    private var position = 0
    private var finished = false
    /// Called with every chunk as it is read (checksums, progress).
    private let observe: ((UnsafeRawBufferPointer) -> Void)?

    /// The physical line the reader is on (1-based).
    private var line = 1
    /// Whether the previous byte was a CR, so that a following LF is not a second line end.
    private var afterCR = false
    /// Whether the input began with a UTF-8 byte-order mark (which is skipped).
    public private(set) var hadByteOrderMark = false
    private var checkedByteOrderMark = false
    /// Bytes read so far.
    public private(set) var bytesRead = 0
    /// The input's size when it was opened (0 when unknown).
    public private(set) var expectedSize = 0

    /// A reader of the file at `path`.
    public init(path: String, chunkSize: Int = 1 << 20, observe: ((UnsafeRawBufferPointer) -> Void)? = nil)
        throws(CSVFileError)
    {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw CSVFileError(path: path, errno: errno) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw CSVFileError(path: path, errno: EISDIR)
        }
        self.input = .file(fd)
        self.expectedSize = Int(info.st_size)
        self.chunk = [UInt8](repeating: 0, count: max(chunkSize, 16))
        self.observe = observe
    }

    /// A reader of bytes already in memory (tests, small files).
    public init(bytes: [UInt8], chunkSize: Int = 1 << 16, observe: ((UnsafeRawBufferPointer) -> Void)? = nil) {
        self.input = .memory(bytes)
        self.expectedSize = bytes.count
        self.chunk = [UInt8](repeating: 0, count: max(chunkSize, 16))
        self.observe = observe
    }

    deinit {
        if case .file(let fd) = input { close(fd) }
    }

    /// The first bytes of the input, without consuming them, for sniffing encodings.
    public mutating func peekPrefix(_ count: Int) throws(CSVFileError) -> [UInt8] {
        if chunkCount == 0 && !finished { try refill() }
        return Array(chunk[position..<min(chunkCount, position + count)])
    }

    /// Reads the next record into `record`; false at the end of the input.
    ///
    /// Blank lines between records are skipped. Syntax problems (a stray quote, an unterminated
    /// quoted field) are attached to the record rather than thrown, so that one bad line does not
    /// hide the problems of the others.
    public mutating func next(into record: inout CSVRecord) throws(CSVFileError) -> Bool {
        guard try nextRecord(into: &record) else { return false }
        CSVReader.noteInvisibleControls(&record)
        return true
    }

    /// C1 control characters (U+0080–U+009F) and the bidirectional overrides and isolates
    /// (U+202A–U+202E, U+2066–U+2069), which make text read differently from what it holds:
    /// one problem per field. Found in the whole record's bytes, so a chunk's end cannot hide one.
    static func noteInvisibleControls(_ record: inout CSVRecord) {
        let bytes = record.bytes
        var found: [(field: Int, scalar: UInt32)] = []
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                if c == 0xC2, i + 1 < n, (0x80...0x9F).contains(b[i + 1]) {
                    found.append((i, 0x80 + UInt32(b[i + 1] - 0x80)))
                    i += 2
                    continue
                }
                if c == 0xE2, i + 2 < n,
                    b[i + 1] == 0x80 && (0xAA...0xAE).contains(b[i + 2])
                        || b[i + 1] == 0x81 && (0xA6...0xA9).contains(b[i + 2])
                {
                    found.append((i, 0x2000 + UInt32(b[i + 1] & 0x3F) << 6 + UInt32(b[i + 2] & 0x3F)))
                    i += 3
                    continue
                }
                i += 1
            }
        }
        guard !found.isEmpty else { return }
        var noted = Set<Int>()
        for (offset, scalar) in found {
            let field = record.ends.firstIndex { offset < $0 } ?? max(record.ends.count - 1, 0)
            guard noted.insert(field).inserted, record.problems.count <= 8 else { continue }
            record.problems.append(.init(kind: .invisibleControl(scalar), line: record.line, field: field))
        }
    }

    private mutating func nextRecord(into record: inout CSVRecord) throws(CSVFileError) -> Bool {
        record.reset()
        if !checkedByteOrderMark {
            checkedByteOrderMark = true
            if chunkCount == 0 && !finished { try refill() }
            if chunkCount - position >= 3, chunk[0] == 0xEF, chunk[1] == 0xBB, chunk[2] == 0xBF {
                position = 3
                hadByteOrderMark = true
            }
        }
        var state = State.fieldStart
        record.line = line
        var sawAnything = false
        while true {
            if position == chunkCount {
                if finished { break }
                try refill()
                if chunkCount == 0 { break }
            }
            let done: Bool = chunk.withUnsafeBufferPointer { buffer in
                scan(buffer, state: &state, record: &record, sawAnything: &sawAnything)
            }
            if done { return true }
        }
        // End of input.
        switch state {
        case .quoted:
            record.problems.append(.init(kind: .unterminatedQuote, line: record.line, field: record.fieldCount))
            record.endField(quoted: true)
            return true
        case .fieldStart where !sawAnything:
            return false
        case .afterQuote:
            record.endField(quoted: true)
        default:
            record.endField(quoted: false)
        }
        return true
    }

    private enum State { case fieldStart, unquoted, quoted, afterQuote }

    /// Scans from `position`; true when a record ended.
    private mutating func scan(
        _ b: UnsafeBufferPointer<UInt8>, state: inout State, record: inout CSVRecord, sawAnything: inout Bool
    ) -> Bool {
        let comma: UInt8 = 0x2C, quote: UInt8 = 0x22, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        var i = position
        let end = chunkCount
        defer { position = i }
        while i < end {
            let byte = b[i]
            if afterCR {
                afterCR = false
                if byte == lf { i += 1; continue }
            }
            switch state {
            case .fieldStart, .unquoted:
                if state == .fieldStart && byte == quote {
                    state = .quoted
                    sawAnything = true
                    i += 1
                    continue
                }
                // Copy a run of ordinary bytes at once.
                var j = i
                while j < end {
                    let c = b[j]
                    // Every byte that matters is below the comma, or DEL.
                    if c > comma && c != 0x7F { j += 1; continue }
                    if c == comma || c == quote || c == cr || c == lf { break }
                    if c < 0x20 && c != 0x09 || c == 0x7F { noteControl(c, record: &record) }
                    j += 1
                }
                if j > i {
                    record.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<j]))
                    state = .unquoted
                    sawAnything = true
                    i = j
                    continue
                }
                switch byte {
                case comma:
                    record.endField(quoted: false)
                    state = .fieldStart
                    sawAnything = true
                    i += 1
                case quote:
                    record.problems.append(.init(kind: .quoteInUnquotedField, line: line, field: record.fieldCount))
                    record.bytes.append(byte)
                    i += 1
                default:  // CR or LF
                    i += 1
                    line += 1
                    afterCR = byte == cr
                    if !sawAnything {
                        // A blank line: not a record.
                        record.line = line
                        continue
                    }
                    record.endField(quoted: false)
                    return true
                }
            case .quoted:
                var j = i
                while j < end {
                    let c = b[j]
                    if c > quote && c != 0x7F { j += 1; continue }
                    if c == quote || c == lf || c == cr { break }
                    if c < 0x20 && c != 0x09 || c == 0x7F { noteControl(c, record: &record) }
                    j += 1
                }
                if j > i {
                    record.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<j]))
                    afterCRInQuotes = false
                    i = j
                    continue
                }
                if byte == quote {
                    state = .afterQuote
                    afterCRInQuotes = false
                } else {
                    // A line break inside quotes belongs to the value; CRLF counts as one line.
                    if byte == cr || !afterCRInQuotes { line += 1 }
                    afterCRInQuotes = byte == cr
                    record.bytes.append(byte)
                }
                i += 1
            case .afterQuote:
                switch byte {
                case quote:
                    record.bytes.append(quote)
                    state = .quoted
                    i += 1
                case comma:
                    record.endField(quoted: true)
                    state = .fieldStart
                    i += 1
                case cr, lf:
                    i += 1
                    line += 1
                    afterCR = byte == cr
                    record.endField(quoted: true)
                    return true
                default:
                    record.problems.append(.init(kind: .textAfterClosingQuote, line: line, field: record.fieldCount))
                    state = .unquoted
                }
            }
        }
        return false
    }

    /// Whether the last byte inside quotes was a CR (so CRLF inside quotes counts as one line).
    private var afterCRInQuotes = false

    /// A NUL or other control character in a value: one problem per field.
    private func noteControl(_ byte: UInt8, record: inout CSVRecord) {
        let field = record.fieldCount
        if record.problems.contains(where: { $0.field == field && $0.kind == .controlCharacter(byte) }) { return }
        if record.problems.count > 8 { return }
        record.problems.append(.init(kind: .controlCharacter(byte), line: line, field: field))
    }

    private mutating func refill() throws(CSVFileError) {
        position = 0
        switch input {
        case .file(let fd):
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard n >= 0 else { throw CSVFileError(path: "", errno: errno) }
            chunkCount = n
        case .memory(let bytes):
            let n = min(chunk.count, bytes.count - memoryOffset)
            chunk.withUnsafeMutableBufferPointer { dst in
                bytes.withUnsafeBufferPointer { src in
                    if n > 0 { dst.baseAddress!.update(from: src.baseAddress! + memoryOffset, count: n) }
                }
            }
            memoryOffset += n
            chunkCount = n
        }
        if chunkCount == 0 {
            finished = true
            return
        }
        bytesRead += chunkCount
        if let observe {
            chunk.withUnsafeBytes { observe(UnsafeRawBufferPointer(rebasing: $0[0..<chunkCount])) }
        }
    }
}
