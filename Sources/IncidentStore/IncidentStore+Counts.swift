import GRDB
import IncidentModel

/// One group of a breakdown: the value code in each dimension and how many incidents.
public struct CountRow: Hashable, Sendable {
    /// One code per requested dimension, in the order requested.
    public let codes: [String]
    /// Counted incidents.
    public let count: Int

    /// A row.
    public init(codes: [String], count: Int) {
        self.codes = codes
        self.count = count
    }
}

extension IncidentStore {
    /// Counted incidents between `start` and `end` (inclusive), grouped by `dimensions`.
    ///
    /// Reads only non-personal columns of the `counted_incident` view (or its daily summary
    /// when every dimension is a year, month or category).
    public func counts(from start: CivilDate, to end: CivilDate, by dimensions: [Breakdown]) throws(StoreError) -> [CountRow] {
        // Group by the stored columns (a few dozen groups for a year), then map stored values to
        // breakdown codes with the model's own rules: one source of truth for regions, online
        // methods and discourse bits, and no per-row CASE or join in SQL.
        var columns: [Breakdown.StoredColumn] = []
        for dimension in dimensions where !columns.contains(dimension.storedColumn) { columns.append(dimension.storedColumn) }
        let positions = dimensions.map { columns.firstIndex(of: $0.storedColumn)! }
        let other = columns.filter { $0 != .year && $0 != .month }
        let grouped: [(values: [String?], count: Int)]
        if other.count == 1, other[0] != .category, IncidentStore.isWholeMonths(start, end) {
            grouped = try monthlyGroups(from: start, to: end, column: other[0], columns: columns)
        } else {
            let summary = other.allSatisfy { $0 == .category }
            var sql = "SELECT " + (columns.map(CountSQL.expression) + [summary ? "sum(n)" : "count(*)"]).joined(separator: ", ")
            sql += summary ? " FROM daily_count c" : " FROM counted_incident c"
            sql += " WHERE c.date BETWEEN ? AND ?"
            if !columns.isEmpty { sql += " GROUP BY " + (1...columns.count).map(String.init).joined(separator: ", ") }
            let arguments: StatementArguments = [start.description, end.description]
            grouped = try read { db in
                try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                    (values: (0..<columns.count).map { (row[$0] as DatabaseValue).storage.text }, count: (row[columns.count] as Int?) ?? 0)
                }
            }
        }
        var totals: [[String]: Int] = [:]
        for group in grouped where group.count > 0 {
            var keys: [[String]] = [[]]
            for (dimension, position) in zip(dimensions, positions) {
                let codes = dimension.codes(stored: group.values[position])
                keys = keys.flatMap { prefix in codes.map { prefix + [$0] } }
            }
            for key in keys { totals[key, default: 0] += group.count }
        }
        return totals.map { CountRow(codes: $0.key, count: $0.value) }
    }

    /// Rebuilds every summary table from the records (maintenance; imports keep them current).
    public func rebuildSummaries() throws(StoreError) {
        do {
            try queue.write { db in
                try Schema.refreshSummaries(db)
                try Schema.rebuildMonthlyCounts(db)
            }
        } catch { throw StoreError(path: path, message: "\(error)") }
    }

    /// Whether `start`…`end` is a run of whole calendar months.
    static func isWholeMonths(_ start: CivilDate, _ end: CivilDate) -> Bool {
        start.day == 1 && end.day == CivilDate.daysIn(month: end.month, year: end.year)
    }

    /// Groups from the monthly summary: one non-time column, optionally with year and month.
    private func monthlyGroups(from start: CivilDate, to end: CivilDate, column: Breakdown.StoredColumn,
                               columns: [Breakdown.StoredColumn]) throws(StoreError) -> [(values: [String?], count: Int)] {
        let first = String(start.description.prefix(7)), last = String(end.description.prefix(7))
        let rows = try read { db in
            try Row.fetchAll(db, sql: "SELECT month, value, sum(n) FROM monthly_count WHERE col = ? AND month BETWEEN ? AND ? GROUP BY month, value",
                             arguments: [column.rawValue, first, last])
        }
        return rows.map { row in
            let month: String = row[0], value: String = row[1]
            let values: [String?] = columns.map { c in
                switch c {
                case .year: String(month.prefix(4))
                case .month: month
                default: value.isEmpty ? nil : value
                }
            }
            return (values, row[2] as Int)
        }
    }

    /// Counted incidents per day, over the whole history, from the daily summary.
    public func dailyTotals() throws(StoreError) -> [(date: CivilDate, count: Int)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT date, sum(n) FROM daily_count GROUP BY date ORDER BY date").compactMap { row in
                CivilDate(iso: row[0] as String).map { (date: $0, count: row[1] as Int) }
            }
        }
    }

    /// Records of `status` dated between `start` and `end` (for the not-antisemitic reports the
    /// publication counts separately, and pending ones).
    public func recordCount(status: Status, from start: CivilDate, to end: CivilDate) throws(StoreError) -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM incident WHERE status = ? AND date BETWEEN ? AND ?",
                             arguments: [status.rawValue, start.description, end.description]) ?? 0
        }
    }
}

/// The SQL of each stored column of the `counted_incident` view.
enum CountSQL {
    static func expression(for column: Breakdown.StoredColumn) -> String {
        switch column {
        case .year: "substr(c.date, 1, 4)"
        case .month: "substr(c.date, 1, 7)"
        case .category: "nullif(c.category, 'unknown')"
        default: "c.\(column.rawValue)"
        }
    }
}

extension DatabaseValue.Storage {
    /// The value as text (integers in decimal), nil for NULL.
    var text: String? {
        switch self {
        case .null: nil
        case .int64(let i): String(i)
        case .double(let d): String(d)
        case .string(let s): s
        case .blob: nil
        }
    }
}
