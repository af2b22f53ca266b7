import Foundation
import GRDB
import IncidentModel
import Linkage

// Re-deciding the stored pairs' states and regrouping the linked records into incidents.
extension IncidentStore {
    /// Re-decides every stored pair's state from the people's decisions and the scores.
    static func reassign(_ db: Database, linkAbove: Double) throws -> [PairState: Int] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT p.id, p.police_source || ':' || p.police_reference, p.own_source || ':' || p.own_reference,
                    p.probability, d.decision, p.campaign
                FROM link_pair p LEFT JOIN link_decision d USING (police_source, police_reference, own_source,
                    own_reference)
                """)
        var policeIDs: [String: Int] = [:], ownIDs: [String: Int] = [:]
        let police = rows.map { row -> Int in
            let k: String = row[1]; if let i = policeIDs[k] { return i }; policeIDs[k] = policeIDs.count;
            return policeIDs.count - 1
        }
        let own = rows.map { row -> Int in
            let k: String = row[2]; if let i = ownIDs[k] { return i }; ownIDs[k] = ownIDs.count; return ownIDs.count - 1
        }
        let input = rows.map {
            (
                key: Int(($0[0] as Int64)), probability: $0[3] as Double,
                decision: ($0[4] as String?).flatMap(LinkDecision.init(rawValue:))
            )
        }
        let campaigns = rows.map { $0[5] as Int? }
        let states = LinkAssignment.assign(
            input, linkAbove: linkAbove, police: { police[$0] }, own: { own[$0] }, campaign: { campaigns[$0] })
        var counts: [PairState: Int] = [:]
        let update = try db.cachedStatement(sql: "UPDATE link_pair SET state = ? WHERE id = ? AND state <> ?")
        for (row, state) in zip(rows, states) {
            counts[state, default: 0] += 1
            try update.run(binding: [state.rawValue.databaseValue, row[0], state.rawValue.databaseValue], in: db)
        }
        return counts
    }

    /// Groups records through linked and accepted pairs (transitively) and sets each record's
    /// `link_kind`; the counted view then counts each group once, through its lead (the research
    /// team's record when the group has one: its classification is the one published). The
    /// summaries are corrected for exactly the records whose standing changed.
    static func regroup(_ db: Database) throws -> (groups: Int, records: Int) {
        let linked = try linkedGroups(db)
        PhaseTiming.mark("groups")
        var sources: [Int64: String] = [:]
        for link in linked.links { sources[link.police] = link.policeSource; sources[link.own] = link.ownSource }
        var wanted: [Int64: String] = [:]
        for members in linked.groups {
            let kinds = Set(members.map { MonthlyDelta.sourceKind(Source(sources[$0]!) ?? .police) })
            let lead = members.filter { sources[$0] == Source.own.name }.min() ?? members.min()!
            let kind =
                kinds.contains("own") && kinds.contains("police")
                ? "both" : MonthlyDelta.sourceKind(Source(sources[lead]!) ?? .police)
            for id in members { wanted[id] = id == lead ? kind : "-" }
        }
        var current: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, link_kind FROM incident WHERE link_kind IS NOT NULL") {
            current[row[0]] = row[1]
        }
        var delta = MonthlyDelta()
        // The daily summary's changes, by date and category, as `counted_incident` counts them
        // (a record counts unless it is a member of a group, '-'): corrected here, not rebuilt by
        // a scan of every record on each run and each decision.
        var daily: [DailyKey: Int] = [:]
        // Only the columns the summaries count, each at its place (the others, personal data
        // among them, read as NULL: not copied out of the database for nothing).
        let columns = IncidentColumns.names.indices.map {
            MonthlyDelta.readPositions.contains($0) ? IncidentColumns.names[$0] : "NULL"
        }
        // Each record's kind set and the columns the summaries count read back by one statement.
        let update = try db.cachedStatement(
            sql: "UPDATE incident SET link_kind = ? WHERE id = ? RETURNING \(columns.joined(separator: ", ")), source")
        // In id order, the order the rows are stored in: a first run changes most records, and
        // in hash order each update touched a page of the table and of the covering index far
        // from the last one.
        for id in Set(wanted.keys).union(current.keys).sorted() where wanted[id] != current[id] {
            guard
                let row = try update.firstRow(
                    binding: [wanted[id]?.databaseValue ?? .null, id.databaseValue], in: db)
            else { continue }
            let values = row[0..<IncidentColumns.names.count]
            let own = MonthlyDelta.sourceKind(Source(row[IncidentColumns.names.count].storage.text ?? "") ?? .police)
            if values[1].storage.text == Status.antisemitic.rawValue {
                if current[id] != "-" { delta.add(values, sourceKind: current[id] ?? own, by: -1) }
                if wanted[id] != "-" { delta.add(values, sourceKind: wanted[id] ?? own, by: 1) }
                let change = (wanted[id] != "-" ? 1 : 0) - (current[id] != "-" ? 1 : 0)
                if change != 0, let date = values[0].storage.text {
                    daily[DailyKey(date: date, category: values[2].storage.text ?? "unknown"), default: 0] += change
                }
            }
        }
        PhaseTiming.mark("link kinds")
        try delta.apply(db)
        try applyDaily(daily, db)
        PhaseTiming.mark("summaries")
        return (linked.groups.count, sources.count)
    }

    /// A day and category of the daily summary (`daily_count`).
    struct DailyKey: Hashable, Comparable {
        var date: String, category: String

        static func < (a: DailyKey, b: DailyKey) -> Bool { (a.date, a.category) < (b.date, b.category) }
    }

    /// Adds `changes` to the daily summary, in key order, and drops the rows that fall to zero
    /// (`counted_incident` has no row for a day and category it does not count).
    static func applyDaily(_ changes: [DailyKey: Int], _ db: Database) throws {
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO daily_count (date, category, n) VALUES (?, ?, ?)
                ON CONFLICT (date, category) DO UPDATE SET n = n + excluded.n RETURNING n
                """)
        let drop = try db.cachedStatement(sql: "DELETE FROM daily_count WHERE date = ? AND category = ?")
        for key in changes.keys.sorted() where changes[key] != 0 {
            let arguments: StatementArguments = [key.date, key.category]
            let n = try Int.fetchOne(upsert, arguments: arguments + [changes[key]!]) ?? 0
            if n <= 0 { try drop.execute(arguments: arguments) }
        }
    }

    /// The linked and accepted pairs as record ids, and the transitive groups they form.
    static func linkedGroups(_ db: Database) throws
        -> (
            links: [(
                police: Int64, policeSource: String, own: Int64, ownSource: String, probability: Double,
                state: PairState
            )], groups: [[Int64]]
        )
    {
        let links = try Row.fetchAll(
            db,
            sql: """
                SELECT a.id, a.source, b.id, b.source, p.probability, p.state FROM link_pair p
                JOIN incident a ON a.source = p.police_source AND a.reference = p.police_reference
                JOIN incident b ON b.source = p.own_source AND b.reference = p.own_reference
                WHERE p.state IN ('linked', 'accepted')
                """
        ).map { row in
            (
                police: row[0] as Int64, policeSource: row[1] as String, own: row[2] as Int64,
                ownSource: row[3] as String,
                probability: row[4] as Double, state: PairState(rawValue: row[5]) ?? .linked
            )
        }
        let ids = Array(Set(links.flatMap { [$0.police, $0.own] })).sorted()
        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let roots = LinkAssignment.groups(count: ids.count, links: links.map { (index[$0.police]!, index[$0.own]!) })
        var groups: [Int: [Int64]] = [:]
        for (i, root) in roots.enumerated() { groups[root, default: []].append(ids[i]) }
        return (links, groups.keys.sorted().map { groups[$0]! })
    }
}
