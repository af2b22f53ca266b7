import GRDB
import IncidentModel

/// The changes one batch makes to `monthly_count`, gathered in memory and applied at its end.
///
/// Incremental because rebuilding the summary takes seconds on a million records, while a
/// batch already knows, row by row, what it adds and what it replaces. Valid while every
/// antisemitic record is its own counted incident (the `counted_incident` view); anything that
/// changes what counts in another way (linking records) must call `Schema.rebuildMonthlyCounts`.
struct MonthlyDelta {
    struct Key: Hashable {
        let month: String
        let column: Int
        let value: String
    }

    private(set) var changes: [Key: Int] = [:]

    /// Positions in `IncidentColumns.values` of the summarised columns, in `Schema.monthlyColumns`
    /// order (source_kind comes from the record's source).
    private static let positions = [2, 3, 6, 7, 8]

    static func sourceKind(_ source: Source) -> String {
        source.isOwn ? "own" : source.isPolice ? "police" : "partner"
    }

    /// Counts `values` (a record's data columns) `by` times into the summary.
    mutating func add(_ values: [DatabaseValue], sourceKind: String, by delta: Int) {
        guard case .string(let date) = values[0].storage else { return }
        let month = String(date.prefix(7))
        for (column, position) in MonthlyDelta.positions.enumerated() {
            changes[Key(month: month, column: column, value: values[position].storage.text ?? ""), default: 0] += delta
        }
        changes[Key(month: month, column: MonthlyDelta.positions.count, value: sourceKind), default: 0] += delta
    }

    /// Writes the gathered changes to `monthly_count`.
    func apply(_ db: Database) throws {
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO monthly_count (month, col, value, n) VALUES (?, ?, ?, ?)
            ON CONFLICT (month, col, value) DO UPDATE SET n = n + excluded.n
            """)
        for (key, delta) in changes where delta != 0 {
            try upsert.run(binding: [key.month.databaseValue, Schema.monthlyColumns[key.column].databaseValue,
                                     key.value.databaseValue, delta.databaseValue], in: db)
        }
        try db.execute(sql: "DELETE FROM monthly_count WHERE n = 0")
    }
}
