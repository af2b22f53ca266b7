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
        let summary = dimensions.allSatisfy { $0 == .category || $0 == .year || $0 == .month }
        let expressions = dimensions.map { CountSQL.expression(for: $0) }
        let needsDiscourse = dimensions.contains(.discourse)
        var sql = needsDiscourse ? "WITH discourse_code(bit, code) AS (VALUES \(CountSQL.discourseValues)) " : ""
        sql += "SELECT " + (expressions + [summary ? "sum(n)" : "count(*)"]).joined(separator: ", ")
        sql += summary ? " FROM daily_count c" : " FROM counted_incident c"
        if needsDiscourse {
            sql += " JOIN discourse_code d ON CASE WHEN d.bit < 0 THEN c.discourse = 0 ELSE (c.discourse >> d.bit) & 1 END"
        }
        sql += " WHERE c.date BETWEEN ? AND ?"
        if !dimensions.isEmpty { sql += " GROUP BY " + (1...dimensions.count).map(String.init).joined(separator: ", ") }
        let arguments: StatementArguments = [start.description, end.description]
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap { row in
                let count = (row[dimensions.count] as Int?) ?? 0
                guard count > 0 else { return nil }
                return CountRow(codes: (0..<dimensions.count).map { row[$0] as String }, count: count)
            }
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

/// The SQL of each dimension, generated from the model so the two cannot drift apart.
enum CountSQL {
    static func expression(for dimension: Breakdown) -> String {
        let unknown = "'\(Breakdown.unknownCode)'"
        switch dimension {
        case .category: return "coalesce(c.category, \(unknown))"
        case .year: return "substr(c.date, 1, 4)"
        case .month: return "substr(c.date, 1, 7)"
        case .policeForce: return "coalesce(c.police_force, \(unknown))"
        case .region:
            let groups = Dictionary(grouping: PoliceForce.allCases.filter { $0.reportRegion != .force($0) }, by: \.reportRegion)
            let cases = groups.sorted { $0.key < $1.key }.map { region, forces in
                "WHEN c.police_force IN (\(forces.map { "'\($0.rawValue)'" }.joined(separator: ", "))) THEN '\(region.code)'"
            }
            return "CASE \(cases.joined(separator: " ")) ELSE coalesce(c.police_force, \(unknown)) END"
        case .victimType: return "coalesce(c.victim_type, \(unknown))"
        case .method: return "coalesce(c.method, \(unknown))"
        case .online:
            let online = Method.allCases.filter(\.isOnline).map { "'\($0.rawValue)'" }.joined(separator: ", ")
            return "CASE WHEN c.method IS NULL THEN \(unknown) WHEN c.method IN (\(online)) THEN 'online' ELSE 'offline' END"
        case .discourse: return "d.code"
        case .source: return "c.source_kind"
        }
    }

    /// `(bit, code)` pairs for every discourse, plus `(-1, 'none')` for incidents with none.
    static var discourseValues: String {
        (Discourse.allCases.map { "(\($0.bit), '\($0.rawValue)')" } + ["(-1, 'none')"]).joined(separator: ", ")
    }
}
