import Foundation
import GRDB
import GRDBSQLite
import IncidentModel

/// The changes one batch makes to the summaries kept incrementally (`monthly_count`, by month
/// and one column, and `monthly_pair_count`, by month and two columns), gathered in memory and
/// applied at its end.
///
/// Incremental because rebuilding the summaries takes seconds on a million records, while a
/// batch already knows, row by row, what it adds and what it replaces. A linked record counts
/// through its group (`link_kind`): imports read it, and linkage itself corrects the summaries
/// with a delta of the records whose standing it changed (`IncidentStore.regroup`).
///
/// Each counted row is one increment of a packed key (month and the interned value of each
/// summarised column); the keys are spread into the two summaries once, at the end.
struct MonthlyDelta {
    /// Positions in `IncidentColumns.values` of the summarised columns, in `Schema.monthlyColumns`
    /// order (source_kind, the last, comes from the record's source).
    private static let positions = [2, 3, 6, 7, 8, 15, IncidentColumns.typologyPosition]
    /// The data columns `add` reads: the date, the status and the summarised columns.
    static let readPositions = Set([0, 1] + positions)
    /// Bits of each column's interned index in the packed key (category, force, victim type,
    /// method, discourse set, offender code, typology, source kind); 59 bits with the month.
    private static let widths: [UInt64] = [4, 7, 5, 5, 8, 8, 3, 4]
    /// Where each column's index sits in the packed key, and where the month starts.
    private static let shifts: [UInt64] = widths.indices.map { widths[($0 + 1)...].reduce(0, +) }
    private static let monthShift: UInt64 = widths.reduce(0, +)

    /// Row deltas by packed key: month index (months since year 0) above the value indices.
    private var combinations: [UInt64: Int] = [:]
    /// Interned stored values, one table per summarised column ('' when not recorded).
    private var values: [[String]] = Array(repeating: [], count: Schema.monthlyColumns.count)
    private var indices: [[String: UInt64]] = Array(repeating: [:], count: Schema.monthlyColumns.count)

    static func sourceKind(_ source: Source) -> String {
        source.isOwn ? "own" : source.isPolice ? "police" : "partner"
    }

    private mutating func intern(_ value: String, column: Int) -> UInt64 {
        // A column of a few values (category, method, typology, source kind…) is searched in
        // order: comparing with the stored texts (mostly the same literals) costs less than
        // hashing the value, once per column of each of a million rows.
        if values[column].count <= 16 {
            for (index, text) in values[column].enumerated() where text == value { return UInt64(index) }
        } else if let index = indices[column][value] {
            return index
        }
        let index = UInt64(values[column].count)
        precondition(
            index < 1 << MonthlyDelta.widths[column], "too many distinct values of \(Schema.monthlyColumns[column])")
        values[column].append(value)
        indices[column][value] = index
        return index
    }

    /// Counts `values` (a record's data columns) `by` times into the summaries.
    mutating func add<Row: RandomAccessCollection<DatabaseValue>>(_ row: Row, sourceKind: String, by delta: Int)
    where Row.Index == Int {
        let start = row.startIndex
        guard case .string(let date) = row[start].storage, let month = MonthlyDelta.monthIndex(date) else { return }
        var key = month
        for (column, position) in MonthlyDelta.positions.enumerated() {
            key = key << MonthlyDelta.widths[column] | intern(row[start + position].storage.text ?? "", column: column)
        }
        key =
            key << MonthlyDelta.widths[MonthlyDelta.positions.count]
            | intern(sourceKind, column: MonthlyDelta.positions.count)
        combinations[key, default: 0] += delta
    }

    /// Months since year 0 of an ISO date's `YYYY-MM` prefix.
    static func monthIndex(_ date: String) -> UInt64? {
        var digits: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
        var count = 0
        for byte in date.utf8.prefix(7) where byte != UInt8(ascii: "-") {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), count < 6 else { return nil }
            let digit = UInt64(byte - UInt8(ascii: "0"))
            switch count {
            case 0: digits.0 = digit
            case 1: digits.1 = digit
            case 2: digits.2 = digit
            case 3: digits.3 = digit
            case 4: digits.4 = digit
            default: digits.5 = digit
            }
            count += 1
        }
        guard count == 6 else { return nil }
        let year = digits.0 * 1000 + digits.1 * 100 + digits.2 * 10 + digits.3
        let month = digits.4 * 10 + digits.5
        guard (1...12).contains(month) else { return nil }
        return year * 12 + month - 1
    }

    /// `YYYY-MM` of a month index (months since year 0); `String(format:)` costs a second per
    /// million summary rows.
    static func monthText(_ index: Int) -> String {
        let year = index / 12, month = index % 12 + 1
        let digits = String(year)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits + (month < 10 ? "-0" : "-")
            + String(month)
    }

    /// The summaries' rows from `combinations`, month after month: each month's combinations
    /// are counted into one small table per column and per pair of columns, indexed by the values'
    /// ranks (`rank`), so that each month's rows come out in each table's key order with no
    /// hashing and no sorting (a dictionary of 36 increments per combination, then sorting
    /// 400,000 keys, took a second after a million-row import).
    ///
    /// `byMonth` holds the positions of each month's combinations. `monthRow` receives (month,
    /// column, value rank, delta) in (month, column rank, value) order; the pair rows are returned
    /// per pair, each in (month, rank a, rank b) order.
    private static func spread(
        _ combinations: [(key: UInt64, value: Int)], byMonth: [Int: [Int]], rank: [[Int]], columnOrder: [Int],
        monthRow: (Int, Int, Int, Int) throws -> Void
    ) rethrows -> [[(month: Int, a: Int, b: Int, delta: Int)]] {
        let columns = Schema.monthlyColumns.count, pairs = Schema.columnPairs
        let sizes = rank.map(\.count)
        // One flat table per column and per pair, at these offsets; each column's ranks flat too.
        var singleStart = [0], doubleStart = [0], rankStart = [0]
        for size in sizes {
            singleStart.append(singleStart.last! + size)
            rankStart.append(rankStart.last! + size)
        }
        for pair in pairs { doubleStart.append(doubleStart.last! + sizes[pair.a] * sizes[pair.b]) }
        let flatRank = rank.flatMap { $0 }
        var single = [Int](repeating: 0, count: singleStart.last!)
        var double = [Int](repeating: 0, count: doubleStart.last!)
        var touched = pairs.map { _ in [Int]() }
        var rows = pairs.map { _ in [(month: Int, a: Int, b: Int, delta: Int)]() }
        var value = [Int](repeating: 0, count: columns)
        for month in byMonth.keys.sorted() {
            single.withUnsafeMutableBufferPointer { single in
                double.withUnsafeMutableBufferPointer { double in
                    for index in byMonth[month]! {
                        let (key, delta) = combinations[index]
                        for column in 0..<columns {
                            let interned = Int(key >> shifts[column] & (1 << widths[column] - 1))
                            value[column] = flatRank[rankStart[column] + interned]
                            single[singleStart[column] + value[column]] += delta
                        }
                        for (number, pair) in pairs.enumerated() {
                            let cell = value[pair.a] * sizes[pair.b] + value[pair.b]
                            if double[doubleStart[number] + cell] == 0 { touched[number].append(cell) }
                            double[doubleStart[number] + cell] += delta
                        }
                    }
                }
            }
            for column in columnOrder {
                for place in 0..<sizes[column] where single[singleStart[column] + place] != 0 {
                    try monthRow(month, column, place, single[singleStart[column] + place])
                    single[singleStart[column] + place] = 0
                }
            }
            for number in pairs.indices {
                touched[number].sort()
                let size = sizes[pairs[number].b]
                for cell in touched[number] where double[doubleStart[number] + cell] != 0 {
                    rows[number].append((month, cell / size, cell % size, double[doubleStart[number] + cell]))
                    double[doubleStart[number] + cell] = 0
                }
                touched[number].removeAll(keepingCapacity: true)
            }
        }
        return rows
    }

    /// Each string's place among `strings` in SQLite's order for text (its bytes).
    static func ranks(_ strings: [String]) -> [Int] {
        var rank = [Int](repeating: 0, count: strings.count)
        for (place, index) in strings.indices.sorted(by: {
            strings[$0].utf8.lexicographicallyPrecedes(strings[$1].utf8)
        })
        .enumerated() {
            rank[index] = place
        }
        return rank
    }

    /// Writes the gathered changes to `monthly_count` and `monthly_pair_count`.
    func apply(_ db: Database) throws {
        let combinations = Array(self.combinations.filter { $0.value != 0 })
        guard !combinations.isEmpty else { return }
        // Rows go in each table's key order (text compares by its bytes), so that each upsert finds
        // its row next to the last one's: in hash order, 200,000 upserts after a first link took as
        // long as the rest of the run's saving.
        let rank = values.map(MonthlyDelta.ranks)
        // The combinations grouped by month, once: for the months' texts and for the spread.
        let byMonth = Dictionary(grouping: combinations.indices) {
            Int(combinations[$0].key >> MonthlyDelta.monthShift)
        }
        let months = byMonth.keys.sorted()
        // Every text bound, made once (not a string per row): the months, the column and pair
        // names, and each column's values by rank.
        var texts = months.map(MonthlyDelta.monthText)
        let monthText = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, $0) })
        let columnText = texts.count, pairText = columnText + Schema.monthlyColumns.count
        texts += Schema.monthlyColumns + Schema.columnPairs.map(\.name)
        var valueText: [Int] = []
        for column in values.indices {
            valueText.append(texts.count)
            var byRank = [String](repeating: "", count: values[column].count)
            for (index, text) in values[column].enumerated() { byRank[rank[column][index]] = text }
            texts += byRank
        }
        let bound = BoundTexts(texts)
        let columnOrder = Schema.monthlyColumns.indices.sorted {
            Schema.monthlyColumns[$0].utf8.lexicographicallyPrecedes(Schema.monthlyColumns[$1].utf8)
        }
        let upsertMonth = try db.cachedStatement(
            sql: """
                INSERT INTO monthly_count (month, col, value, n) VALUES (?, ?, ?, ?)
                ON CONFLICT (month, col, value) DO UPDATE SET n = n + excluded.n
                """)
        let pairRows = try MonthlyDelta.spread(
            combinations, byMonth: byMonth, rank: rank, columnOrder: columnOrder
        ) {
            month, column, value, delta in
            try upsertMonth.run(in: db) { statement in
                let month = monthText[month]!
                var code = bound.bind(month, to: statement, at: 1)
                if code == SQLITE_OK { code = bound.bind(columnText + column, to: statement, at: 2) }
                if code == SQLITE_OK { code = bound.bind(valueText[column] + value, to: statement, at: 3) }
                return code == SQLITE_OK ? sqlite3_bind_int64(statement, 4, Int64(delta)) : code
            }
        }
        let upsertPair = try db.cachedStatement(
            sql: """
                INSERT INTO monthly_pair_count (pair, month, value_a, value_b, n) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (pair, month, value_a, value_b) DO UPDATE SET n = n + excluded.n
                """)
        let pairs = Schema.columnPairs
        let pairOrder = pairs.indices.sorted { pairs[$0].name.utf8.lexicographicallyPrecedes(pairs[$1].name.utf8) }
        for number in pairOrder {
            let a = valueText[pairs[number].a], b = valueText[pairs[number].b]
            for row in pairRows[number] {
                try upsertPair.run(in: db) { statement in
                    var code = bound.bind(pairText + number, to: statement, at: 1)
                    if code == SQLITE_OK { code = bound.bind(monthText[row.month]!, to: statement, at: 2) }
                    if code == SQLITE_OK { code = bound.bind(a + row.a, to: statement, at: 3) }
                    if code == SQLITE_OK { code = bound.bind(b + row.b, to: statement, at: 4) }
                    return code == SQLITE_OK ? sqlite3_bind_int64(statement, 5, Int64(row.delta)) : code
                }
            }
        }
        try db.execute(sql: "DELETE FROM monthly_count WHERE n = 0; DELETE FROM monthly_pair_count WHERE n = 0")
    }
}
