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
    func run(binding values: [DatabaseValue], in db: Database) throws {
        let handle = sqliteStatement
        try bind(values, in: db)
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else { throw error(code, in: db) }
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
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32 =
                switch value.storage {
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

    private func error(_ code: Int32, in db: Database) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code),
            message: db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }, sql: sql)
    }
}
