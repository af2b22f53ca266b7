import GRDB

/// The summaries the counts are read from, kept by imports and linkage, rebuilt from the
/// counted view by migrations and `incidents check --repair`.
extension Schema {
    /// The pairs of monthly columns `monthly_pair_count` keeps: positions in `monthlyColumns` and name.
    static let columnPairs: [(a: Int, b: Int, name: String)] = {
        var pairs: [(a: Int, b: Int, name: String)] = []
        for a in monthlyColumns.indices {
            for b in monthlyColumns.indices where b > a {
                pairs.append((a, b, monthlyColumns[a] + "|" + monthlyColumns[b]))
            }
        }
        return pairs
    }()

    /// Rebuilds every summary imports keep incrementally.
    static func rebuildKeptSummaries(_ db: Database) throws {
        try rebuildMonthlyCounts(db)
        try rebuildMonthlyPairCounts(db)
    }

    /// The monthly columns the counted view has at this point of the migrations: an earlier
    /// migration that rebuilds the summaries (v5) runs before later ones add their columns.
    static func summarisedColumns(_ db: Database) throws -> Set<String> {
        Set(try db.columns(in: "counted_incident").map(\.name)).intersection(monthlyColumns)
    }

    /// Rebuilds the monthly pair summary from the counted view (slow on large databases).
    static func rebuildMonthlyPairCounts(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM monthly_pair_count")
        let present = try summarisedColumns(db)
        for pair in columnPairs where present.isSuperset(of: [monthlyColumns[pair.a], monthlyColumns[pair.b]]) {
            let a = monthlyColumns[pair.a], b = monthlyColumns[pair.b]
            try db.execute(
                sql: """
                    INSERT INTO monthly_pair_count (pair, month, value_a, value_b, n)
                        SELECT '\(pair.name)', substr(date, 1, 7), coalesce(\(a), ''), coalesce(\(b), ''), count(*)
                        FROM counted_incident GROUP BY 2, 3, 4
                    """)
        }
    }

    /// The stored columns the monthly summary keeps, as the view names them.
    /// (source_kind, from the record's source or its group, stays last: see MonthlyDelta.)
    static let monthlyColumns = [
        "category", "police_force", "victim_type", "method", "discourse", "offender", "typology", "source_kind",
    ]

    /// Rebuilds the monthly summary from the counted view (slow on large databases: seconds for a
    /// million records; imports maintain it incrementally instead).
    static func rebuildMonthlyCounts(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM monthly_count")
        let present = try summarisedColumns(db)
        for column in monthlyColumns where present.contains(column) {
            try db.execute(
                sql: """
                    INSERT INTO monthly_count (month, col, value, n)
                        SELECT substr(date, 1, 7), '\(column)', coalesce(\(column), ''), count(*) FROM
                            counted_incident GROUP BY 1, 3
                    """)
        }
    }

    /// Rebuilds the daily summary from the counted view; run inside every transaction that
    /// changes records, so the summary can never disagree with them.
    static func refreshSummaries(_ db: Database) throws {
        try db.execute(
            sql: """
                DELETE FROM daily_count;
                INSERT INTO daily_count (date, category, n)
                    SELECT date, coalesce(category, 'unknown'), count(*) FROM counted_incident GROUP BY date, category;
                """)
    }
}
