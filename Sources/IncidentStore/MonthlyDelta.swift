import Foundation
import GRDB
import IncidentModel
import Synchronization

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
        if let index = indices[column][value] { return index }
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

    /// The summaries' increments from `combinations`: by month and column (when `monthly`), and
    /// by month and each pair of columns in `pairs` (positions in `Schema.columnPairs`).
    private static func spread(
        _ combinations: [(key: UInt64, value: Int)], monthly withMonthly: Bool, pairs: Range<Int>
    ) -> (monthly: [UInt64: Int], pairs: [UInt64: Int]) {
        let columns = Schema.monthlyColumns.count
        var monthly: [UInt64: Int] = [:], spread: [UInt64: Int] = [:]
        var index = [UInt64](repeating: 0, count: columns)
        for (key, delta) in combinations {
            for column in 0..<columns {
                index[column] = key >> MonthlyDelta.shifts[column] & (1 << MonthlyDelta.widths[column] - 1)
            }
            let month = key >> MonthlyDelta.monthShift
            if withMonthly {
                for column in 0..<columns {
                    monthly[month << 16 | UInt64(column) << 8 | index[column], default: 0] += delta
                }
            }
            for pair in pairs {
                let (a, b, _) = Schema.columnPairs[pair]
                spread[month << 24 | UInt64(pair) << 16 | index[a] << 8 | index[b], default: 0] += delta
            }
        }
        return (monthly, spread)
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
        // Spread each combination: (month, column, value) and (month, pair, value, value): 36
        // increments per combination, hundreds of thousands of combinations after a large
        // import, at its end when the reading thread is done, so on two threads.
        let combinations = Array(self.combinations.filter { $0.value != 0 })
        let parts = [(monthly: true, pairs: 0..<10), (monthly: false, pairs: 10..<Schema.columnPairs.count)]
        typealias Spread = (monthly: [UInt64: Int], pairs: [UInt64: Int])
        let results = Mutex<[Spread]>(Array(repeating: ([:], [:]), count: parts.count))
        DispatchQueue.concurrentPerform(iterations: parts.count) { part in
            let result = MonthlyDelta.spread(combinations, monthly: parts[part].monthly, pairs: parts[part].pairs)
            results.withLock { $0[part] = result }
        }
        let (monthly, pairs) = results.withLock { ($0[0].monthly, $0[0].pairs.merging($0[1].pairs) { $0 + $1 }) }
        // Each table's rows in its key's order, so that each upsert finds its row next to the last
        // one's: in hash order, 200,000 upserts after a first link took as long as the rest of the
        // run's saving.
        let rank = values.map(MonthlyDelta.ranks)
        let columnRank = MonthlyDelta.ranks(Schema.monthlyColumns)
        let pairRank = MonthlyDelta.ranks(Schema.columnPairs.map(\.name))
        func monthOrder(_ key: UInt64) -> (Int, Int, Int) {
            let column = Int(key >> 8 & 0xFF)
            return (Int(key >> 16), columnRank[column], rank[column][Int(key & 0xFF)])
        }
        let monthRows = monthly.filter { $0.value != 0 }.map { (key: $0.key, delta: $0.value) }.sorted {
            monthOrder($0.key) < monthOrder($1.key)
        }
        let upsertMonth = try db.cachedStatement(
            sql: """
                INSERT INTO monthly_count (month, col, value, n) VALUES (?, ?, ?, ?)
                ON CONFLICT (month, col, value) DO UPDATE SET n = n + excluded.n
                """)
        for (key, delta) in monthRows {
            let month = Int(key >> 16), column = Int(key >> 8 & 0xFF), value = values[column][Int(key & 0xFF)]
            try upsertMonth.run(
                binding: [
                    MonthlyDelta.monthText(month).databaseValue, Schema.monthlyColumns[column].databaseValue,
                    value.databaseValue, delta.databaseValue,
                ], in: db)
        }
        let names = Schema.columnPairs
        func order(_ key: UInt64) -> (Int, Int, Int, Int) {
            let pair = names[Int(key >> 16 & 0xFF)]
            return (
                pairRank[Int(key >> 16 & 0xFF)], Int(key >> 24), rank[pair.a][Int(key >> 8 & 0xFF)],
                rank[pair.b][Int(key & 0xFF)]
            )
        }
        let pairRows = pairs.filter { $0.value != 0 }.map { (key: $0.key, delta: $0.value) }.sorted {
            order($0.key) < order($1.key)
        }
        let upsertPair = try db.cachedStatement(
            sql: """
                INSERT INTO monthly_pair_count (pair, month, value_a, value_b, n) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (pair, month, value_a, value_b) DO UPDATE SET n = n + excluded.n
                """)
        // The values bound, made once (not a string per row): each month's text (the rows come
        // month after month within a pair), the pairs' names and the interned values.
        let stored = values.map { $0.map(\.databaseValue) }, pairNames = names.map(\.name.databaseValue)
        var month = -1, monthValue = DatabaseValue.null
        var binding = [DatabaseValue](repeating: .null, count: 5)
        for (key, delta) in pairRows {
            if Int(key >> 24) != month {
                month = Int(key >> 24)
                monthValue = MonthlyDelta.monthText(month).databaseValue
            }
            let number = Int(key >> 16 & 0xFF), pair = names[number]
            binding[0] = pairNames[number]
            binding[1] = monthValue
            binding[2] = stored[pair.a][Int(key >> 8 & 0xFF)]
            binding[3] = stored[pair.b][Int(key & 0xFF)]
            binding[4] = delta.databaseValue
            try upsertPair.run(binding: binding, in: db)
        }
        try db.execute(sql: "DELETE FROM monthly_count WHERE n = 0; DELETE FROM monthly_pair_count WHERE n = 0")
    }
}
