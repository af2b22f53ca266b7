import GRDB
import IncidentModel

extension IncidentStore {
    /// Counted incidents between `start` and `end` (inclusive), grouped by `dimensions`.
    ///
    /// Reads only non-personal columns of the `counted_incident` view (or its daily summary
    /// when every dimension is a year, month or category).
    public func counts(from start: CivilDate, to end: CivilDate, by dimensions: [Breakdown]) throws(StoreError)
        -> [CountRow]
    {
        // Group by the stored columns (a few dozen groups for a year), then map stored values to
        // breakdown codes with the model's own rules: one source of truth for regions, online
        // methods and discourse bits, and no per-row CASE or join in SQL.
        var columns: [Breakdown.StoredColumn] = []
        for dimension in dimensions where !columns.contains(dimension.storedColumn) {
            columns.append(dimension.storedColumn)
        }
        let positions = dimensions.map { columns.firstIndex(of: $0.storedColumn)! }
        let other = columns.filter { $0 != .year && $0 != .month }
        let grouped: [(values: [String?], count: Int)]
        if other.count == 1, other[0] != .category, IncidentStore.isWholeMonths(start, end) {
            grouped = try monthlyGroups(from: start, to: end, column: other[0], columns: columns)
        } else if columns.count == 2, other.count == 2, let months = IncidentStore.wholeMonths(start, end) {
            // Whole months from the monthly pair summary; a partial month at either end is scanned.
            grouped =
                try pairGroups(from: months.first, to: months.last, columns: columns)
                + (start < months.first
                    ? scannedGroups(from: start, to: months.first.adding(days: -1), columns: columns) : [])
                + (months.last < end ? scannedGroups(from: months.last.adding(days: 1), to: end, columns: columns) : [])
        } else {
            grouped = try scannedGroups(from: start, to: end, columns: columns)
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

    /// Groups read from the daily summary (time and category only) or the counted records.
    private func scannedGroups(
        from start: CivilDate, to end: CivilDate,
        columns: [Breakdown.StoredColumn]
    ) throws(StoreError) -> [(values: [String?], count: Int)] {
        let summary = columns.allSatisfy { $0 == .year || $0 == .month || $0 == .category }
        var sql =
            "SELECT " + (columns.map(CountSQL.expression) + [summary ? "sum(n)" : "count(*)"]).joined(separator: ", ")
        sql += summary ? " FROM daily_count c" : " FROM counted_incident c"
        sql += " WHERE c.date BETWEEN ? AND ?"
        if !columns.isEmpty { sql += " GROUP BY " + (1...columns.count).map(String.init).joined(separator: ", ") }
        let arguments: StatementArguments = [start.description, end.description]
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                (
                    values: (0..<columns.count).map { (row[$0] as DatabaseValue).storage.text },
                    count: (row[columns.count] as Int?) ?? 0
                )
            }
        }
    }

    /// The first day of the first whole calendar month inside `start`…`end` and the last day of
    /// the last, if there is at least one.
    static func wholeMonths(_ start: CivilDate, _ end: CivilDate) -> (first: CivilDate, last: CivilDate)? {
        let first =
            start.day == 1
            ? start
            : start.month == 12
                ? CivilDate(year: start.year + 1, month: 1, day: 1)!
                : CivilDate(year: start.year, month: start.month + 1, day: 1)!
        let endOfMonth = CivilDate.daysIn(month: end.month, year: end.year)
        let last = end.day == endOfMonth ? end : CivilDate(year: end.year, month: end.month, day: 1)!.adding(days: -1)
        return first < last ? (first, last) : nil
    }

    /// Groups of two non-time columns over whole months, from the monthly pair summary.
    private func pairGroups(from first: CivilDate, to last: CivilDate, columns: [Breakdown.StoredColumn])
        throws(StoreError) -> [(values: [String?], count: Int)]
    {
        let names = columns.map(\.rawValue)
        guard
            let pair = Schema.columnPairs.first(where: {
                Set([Schema.monthlyColumns[$0.a], Schema.monthlyColumns[$0.b]]) == Set(names)
            })
        else { return try scannedGroups(from: first, to: last, columns: columns) }
        let swapped = Schema.monthlyColumns[pair.a] != names[0]
        let rows = try read { db in
            try Row.fetchAll(
                db,
                sql:
                    """
                    SELECT value_a, value_b, sum(n) FROM monthly_pair_count WHERE pair = ? AND month BETWEEN ? AND ?
                    GROUP BY 1, 2
                    """,
                arguments: [pair.name, String(first.description.prefix(7)), String(last.description.prefix(7))])
        }
        return rows.map { row in
            let a: String = row[0], b: String = row[1]
            let values = (swapped ? [b, a] : [a, b]).enumerated().map { i, value -> String? in
                value.isEmpty || (columns[i] == .category && value == "unknown") ? nil : value
            }
            return (values, row[2] as Int)
        }
    }

    /// Rebuilds every summary table from the records (maintenance; imports keep them current).
    public func rebuildSummaries() throws(StoreError) {
        try write { db in
            try Schema.refreshSummaries(db)
            try Schema.rebuildKeptSummaries(db)
        }
    }

    /// Whether `start`…`end` is a run of whole calendar months.
    static func isWholeMonths(_ start: CivilDate, _ end: CivilDate) -> Bool {
        start.day == 1 && end.day == CivilDate.daysIn(month: end.month, year: end.year)
    }

    /// Groups from the monthly summary: one non-time column, optionally with year and month.
    private func monthlyGroups(
        from start: CivilDate, to end: CivilDate, column: Breakdown.StoredColumn,
        columns: [Breakdown.StoredColumn]
    ) throws(StoreError) -> [(values: [String?], count: Int)] {
        let first = String(start.description.prefix(7)), last = String(end.description.prefix(7))
        let rows = try read { db in
            try Row.fetchAll(
                db,
                sql:
                    """
                    SELECT month, value, sum(n) FROM monthly_count WHERE col = ? AND month BETWEEN ? AND ? GROUP BY
                    month, value
                    """,
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
            try Row.fetchAll(db, sql: "SELECT date, sum(n) FROM daily_count GROUP BY date ORDER BY date").compactMap {
                row in
                CivilDate(iso: row[0] as String).map { (date: $0, count: row[1] as Int) }
            }
        }
    }

    /// Records of `status` dated between `start` and `end` (for the not-antisemitic reports the
    /// publication counts separately, and pending ones).
    public func recordCount(status: Status, from start: CivilDate, to end: CivilDate) throws(StoreError) -> Int {
        try read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM incident WHERE status = ? AND date BETWEEN ? AND ?",
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

/// The store is where the statistics engine's counts come from (the SQL above).
extension IncidentStore: CountSource {}
