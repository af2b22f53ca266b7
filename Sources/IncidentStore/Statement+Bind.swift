import Foundation
import GRDB
import GRDBSQLite

/// SQLite's "copy the text now" destructor marker.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

extension Statement {
    /// Binds `values` straight to the SQLite statement and runs it to completion.
    ///
    /// The import's hot path: GRDB's `StatementArguments` costs more per row than the insert
    /// itself (it maps each value through generic conversions), which matters at a million rows.
    /// GRDB still owns and finalises the statement; only binding and stepping happen here.
    /// Returns the rows it changed (`sqlite3_changes`: GRDB's `changesCount` checks on every call
    /// that it runs on the database's queue, which costs more than reading it).
    @discardableResult
    func run(binding values: [DatabaseValue], in db: Database) throws -> Int {
        let handle = sqliteStatement
        try bind(values, in: db)
        let code = sqlite3_step(handle)
        let changes = Int(sqlite3_changes(sqlite3_db_handle(handle)))
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else { throw error(code, in: db) }
        return changes
    }

    /// Binds `values` and returns the first row's columns, or nil when there is no row.
    func firstRow(binding values: [DatabaseValue], in db: Database) throws -> [DatabaseValue]? {
        let handle = sqliteStatement
        try bind(values, in: db)
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        if code == SQLITE_DONE { return nil }
        guard code == SQLITE_ROW else { throw error(code, in: db) }
        return (0..<sqlite3_column_count(handle)).map { column in
            switch sqlite3_column_type(handle, column) {
            case SQLITE_NULL: .null
            case SQLITE_INTEGER: sqlite3_column_int64(handle, column).databaseValue
            case SQLITE_FLOAT: sqlite3_column_double(handle, column).databaseValue
            case SQLITE_BLOB:
                sqlite3_column_blob(handle, column).map {
                    Data(bytes: $0, count: Int(sqlite3_column_bytes(handle, column)))
                }?.databaseValue
                    ?? Data().databaseValue
            default: String(cString: sqlite3_column_text(handle, column)).databaseValue
            }
        }
    }

    private func bind(_ values: [DatabaseValue], in db: Database) throws {
        let handle = sqliteStatement
        sqlite3_reset(handle)
        // Through the array's buffer: iterating the array copied (retained) each value.
        try values.withUnsafeBufferPointer { values in try bind(values, to: handle, in: db) }
    }

    private func bind(_ values: UnsafeBufferPointer<DatabaseValue>, to handle: OpaquePointer, in db: Database) throws {
        for offset in values.indices {
            let index = Int32(offset + 1)
            let code: Int32 =
                switch values[offset].storage {
                case .null: sqlite3_bind_null(handle, index)
                case .int64(let number): sqlite3_bind_int64(handle, index, number)
                case .double(let number): sqlite3_bind_double(handle, index, number)
                case .string(var text):
                    // The string's own UTF-8 storage (no copy for a native string); SQLite copies it.
                    // (An empty string has no buffer; a NULL pointer would bind NULL, not "".)
                    text.withUTF8 { utf8 in
                        guard let base = utf8.baseAddress, !utf8.isEmpty else {
                            return sqlite3_bind_text(handle, index, "", 0, transient)
                        }
                        return base.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
                            sqlite3_bind_text(handle, index, $0, Int32(utf8.count), transient)
                        }
                    }
                case .blob(let data):
                    data.withUnsafeBytes {
                        sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), transient)
                    }
                }
            guard code == SQLITE_OK else { throw error(code, in: db) }
        }
    }

    fileprivate func error(_ code: Int32, in db: Database) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code),
            message: db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }, sql: sql)
    }
}

/// Texts bound again and again without SQLite copying them each time: kept in one buffer,
/// terminated, for as long as this value lives, and bound as SQLITE_STATIC. (Binding a Swift
/// string cannot do that: a short one has no storage of its own to point to.)
final class BoundTexts {
    private let bytes: UnsafeMutablePointer<CChar>
    private let spans: [(start: Int, count: Int)]

    init(_ texts: [String]) {
        var spans: [(start: Int, count: Int)] = []
        var total = 0
        for text in texts {
            spans.append((total, text.utf8.count))
            total += text.utf8.count + 1
        }
        bytes = .allocate(capacity: max(total, 1))
        for (text, span) in zip(texts, spans) {
            var at = span.start
            for byte in text.utf8 {
                bytes[at] = CChar(bitPattern: byte)
                at += 1
            }
            bytes[at] = 0
        }
        self.spans = spans
    }

    deinit { bytes.deallocate() }

    /// Binds text number `text` to parameter `parameter` (1-based) of `statement`.
    func bind(_ text: Int, to statement: OpaquePointer, at parameter: Int32) -> Int32 {
        let span = spans[text]
        return sqlite3_bind_text(statement, parameter, bytes + span.start, Int32(span.count), nil)
    }
}

extension Statement {
    /// Runs the statement to completion with its parameters bound by `bind`, which calls SQLite's
    /// bind functions on the statement handle it is given and returns the first failure's code
    /// (or SQLITE_OK). For rows bound by the hundred thousand from values made once.
    func run(in db: Database, binding bind: (OpaquePointer) -> Int32) throws {
        let handle = sqliteStatement
        sqlite3_reset(handle)
        // Unbound afterwards: the texts bound may not outlive this call (a cached statement
        // keeps its bindings through a reset).
        defer { sqlite3_clear_bindings(handle) }
        let bound = bind(handle)
        guard bound == SQLITE_OK else { throw error(bound, in: db) }
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else { throw error(code, in: db) }
    }
}

extension Statement {
    /// Steps through the statement's rows, calling `body` with the SQLite statement handle at
    /// each (to read its columns with SQLite's own functions, before the next step).
    func forEachRow(in db: Database, _ body: (OpaquePointer) throws -> Void) throws {
        let handle = sqliteStatement
        sqlite3_reset(handle)
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw error(code, in: db) }
            try body(handle)
        }
    }
}

/// Rows copied out of SQLite as they are, their columns' bytes one after another, for another
/// thread to make values of: reading a row into Swift strings and arrays cost as much as
/// opening its sealed data, and could only be done on the thread that reads. Values are made as
/// GRDB's row decoding makes them: a text is the column's text up to its first NUL byte
/// (`String(cString:)`, ill-formed UTF-8 repaired), bytes are the whole column.
struct RawRows: Sendable {
    /// Columns per row.
    let columns: Int32
    /// Rows held.
    private(set) var count = 0
    private var bytes: [UInt8] = []
    /// Each cell's start in `bytes` and its length (-1 for NULL), row after row.
    private var starts: [Int] = [], lengths: [Int32] = []

    init(columns: Int32, capacity: Int) {
        self.columns = columns
        starts.reserveCapacity(capacity * Int(columns))
        lengths.reserveCapacity(capacity * Int(columns))
        bytes.reserveCapacity(capacity * 256)
    }

    /// Copies the current row of `handle`: integers and reals as their text, texts and blobs as
    /// their bytes.
    mutating func append(_ handle: OpaquePointer) {
        for column in 0..<columns {
            starts.append(bytes.count)
            let type = sqlite3_column_type(handle, column)
            if type == SQLITE_NULL {
                lengths.append(-1)
                continue
            }
            let pointer =
                type == SQLITE_BLOB
                ? sqlite3_column_blob(handle, column) : sqlite3_column_text(handle, column).map(UnsafeRawPointer.init)
            let length = sqlite3_column_bytes(handle, column)
            lengths.append(length)
            if let pointer, length > 0 {
                bytes.append(contentsOf: UnsafeRawBufferPointer(start: pointer, count: Int(length)))
            }
        }
        count += 1
    }

    /// A cell's bytes, nil for NULL.
    private func cell(_ row: Int, _ column: Int) -> ArraySlice<UInt8>? {
        let cell = row * Int(columns) + column
        guard lengths[cell] >= 0 else { return nil }
        return bytes[starts[cell]..<starts[cell] + Int(lengths[cell])]
    }

    /// A cell as text, nil for NULL.
    func text(_ row: Int, _ column: Int) -> String? {
        guard let cell = cell(row, column) else { return nil }
        return String(decoding: cell[..<(cell.firstIndex(of: 0) ?? cell.endIndex)], as: UTF8.self)
    }

    /// A cell's bytes, nil for NULL.
    func data(_ row: Int, _ column: Int) -> Data? { cell(row, column).map { Data($0) } }

    /// A cell as an integer, nil for NULL or text that is not one.
    func integer(_ row: Int, _ column: Int) -> Int64? { text(row, column).flatMap { Int64($0) } }

    /// FNV-1a (64 bits) of every cell's length and bytes, in order: the same rows give the same
    /// number.
    var fingerprint: UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x0000_0100_0000_01B3
        for length in lengths {
            withUnsafeBytes(of: length.littleEndian) { for byte in $0 { hash = (hash ^ UInt64(byte)) &* prime } }
        }
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }
}
