import GRDB
import IncidentModel
import Testing

@testable import IncidentStore

/// The monthly summaries an import keeps row by row (MonthlyDelta: each month's combinations
/// spread into per-column and per-pair tables, written in key order) must hold exactly what a
/// rebuild from the records holds, row for row, after new records and after changes that move
/// records between months, values and statuses (negative deltas, rows that fall to zero).
@Suite struct SummaryDeltaTests {
    /// A deterministic spread of records over 30 months and every summarised column.
    static func record(_ i: Int, shift: Int = 0) -> Incident {
        func pick<T: CaseIterable>(_: T.Type, _ n: Int) -> T where T.AllCases.Index == Int {
            T.allCases[n % T.allCases.count]
        }
        let day = CivilDate(iso: "2023-01-01")!.adding(days: (i * 37 + shift) % 900)
        let offender: OffenderProfile? =
            i % 5 == 0
            ? nil
            : OffenderProfile(
                appearance: pick(OffenderAppearance.self, i / 3), gender: pick(OffenderGender.self, i / 7),
                age: i % 4 == 0 ? nil : pick(OffenderAge.self, i))
        return Incident(
            reference: "R\(i)", source: i % 3 == 0 ? .police : .own, date: day,
            status: i % 11 == 0 ? .pending : .antisemitic, category: pick(IncidentModel.Category.self, i + shift),
            policeForce: i % 6 == 0 ? nil : pick(PoliceForce.self, i * 7), victimType: pick(VictimType.self, i / 2),
            method: i % 9 == 0 ? nil : pick(Method.self, i + shift),
            discourse: DiscourseSet(
                Discourse.allCases.enumerated().filter { (i >> $0.offset) & 1 == 1 }.map(\.element)),
            offender: offender, typology: i % 8 == 0 ? nil : pick(Typology.self, i))
    }

    static func tables(_ store: IncidentStore) throws -> [[String]] {
        try store.queue.read { db in
            [
                try Row.fetchAll(db, sql: "SELECT month, col, value, n FROM monthly_count ORDER BY 1, 2, 3")
                    .map { "\($0[0] as String) \($0[1] as String) \($0[2] as String) \($0[3] as Int)" },
                try Row.fetchAll(
                    db,
                    sql: "SELECT pair, month, value_a, value_b, n FROM monthly_pair_count ORDER BY 1, 2, 3, 4"
                ).map { "\($0[0] as String) \($0[1] as String) \($0[2] as String) \($0[3] as String) \($0[4] as Int)" },
            ]
        }
    }

    @Test("the monthly summaries an import keeps equal a rebuild, row for row, after moves and status changes")
    func summariesEqualRebuild() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let store = try IncidentStore(path: scratch.file("db.sqlite"), options: .init(keys: testKeys))
        _ = try store.importBatch(BatchInfo(fileName: "a.csv", importedAt: "2026-01-01T00:00:00Z")) { writer in
            for i in 0..<3000 { try writer.upsert(Self.record(i)) }
            return totals(rows: 3000)
        }
        let first = try Self.tables(store)
        #expect(first[0].count > 500 && first[1].count > 5000)
        try store.rebuildSummaries()
        #expect(try Self.tables(store) == first)

        // Every seventh record moved (a month later or a category over); every thirteenth no
        // longer antisemitic; some new.
        _ = try store.importBatch(BatchInfo(fileName: "b.csv", importedAt: "2026-01-02T00:00:00Z")) { writer in
            for i in stride(from: 0, to: 3000, by: 7) { try writer.upsert(Self.record(i, shift: 31)) }
            for i in stride(from: 0, to: 3000, by: 13) {
                var incident = Self.record(i)
                incident.status = .notAntisemitic
                try writer.upsert(incident)
            }
            for i in 3000..<3200 { try writer.upsert(Self.record(i)) }
            return totals(rows: 1000)
        }
        let kept = try Self.tables(store)
        #expect(kept != first)
        try store.rebuildSummaries()
        #expect(try Self.tables(store) == kept)
    }
}
