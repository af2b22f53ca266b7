import DemoData
import Foundation
import IncidentModel
import IncidentStore
import Statistics
import Testing

/// The SQL the store runs and the in-memory reference give the same figures on the demo's data.
@Suite struct StoreAgreementTests {
    static let history = DemoHistory(first: CivilDate(iso: "2022-07-01")!, last: CivilDate(iso: "2024-06-30")!)

    static func store() throws -> (IncidentStore, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "incidents-stats-\(UUID().uuidString)"
        ).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = try IncidentStore(path: folder + "/db.sqlite", options: .init(keys: KeyRing.generate()))
        _ = try store.importBatch(BatchInfo(fileName: "demo", importedAt: "2026-01-01T00:00:00Z")) { writer in
            for incident in history.own + history.police { try writer.upsert(incident) }
            return BatchTotals(checksum: "x", byteCount: 0, rowsRead: 0, rowsRejected: 0)
        }
        return (store, folder)
    }

    @Test("every dimension and every pair of dimensions agree, cell for cell")
    func agree() throws {
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sql = FigureEngine(source: store)
        let memory = FigureEngine(source: InMemoryCounts(Self.history.own + Self.history.police))
        // A whole year, parts of years, and a range of whole months with a part-month on both
        // sides (crossings read from the monthly pair summary plus two scans).
        let across = Period.range(CivilDate(iso: "2022-08-15")!, CivilDate(iso: "2024-03-10")!)
        let periods: [Period] = [
            .year(2023), .half(2024, 1), .month(2023, 10),
            .range(CivilDate(iso: "2023-10-07")!, CivilDate(iso: "2024-01-15")!), across,
        ]
        for period in periods {
            #expect(try sql.total(period) == memory.total(period))
            #expect(try sql.excluded(period) == memory.excluded(period))
            for a in Breakdown.allCases {
                let one = try sql.table(period, by: [a], compareYearsBack: 1)
                let reference = try memory.table(period, by: [a], compareYearsBack: 1)
                #expect(one.cells == reference.cells, "\(period) by \(a)")
                for b in Breakdown.allCases where b != a && (period == .year(2023) || period == across) {
                    let two = try sql.table(period, by: [a, b])
                    let referenceTwo = try memory.table(period, by: [a, b])
                    #expect(two.cells == referenceTwo.cells, "\(period) by \(a) × \(b)")
                    #expect(two.rowTotals == referenceTwo.rowTotals && two.columnTotals == referenceTwo.columnTotals)
                }
            }
        }
        #expect(try sql.headline(.year(2023)).sentences == memory.headline(.year(2023)).sentences)
    }

    @Test("the daily summary follows re-imports that reclassify or exclude incidents")
    func summaryFollowsChanges() throws {
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let engine = FigureEngine(source: store)
        let before = try engine.table(.year(2023), by: [.category])
        var target = try #require(
            Self.history.own.first { $0.date.year == 2023 && $0.category == .abusiveBehaviour && $0.isCounted })
        target.category = .assault
        var excluded = try #require(
            Self.history.own.first { $0.date.year == 2023 && $0.category == .threats && $0.isCounted })
        excluded.status = .notAntisemitic
        _ = try store.importBatch(BatchInfo(fileName: "fix", importedAt: "2026-01-02T00:00:00Z")) { writer in
            try writer.upsert(target)
            try writer.upsert(excluded)
            return BatchTotals(checksum: "y", byteCount: 0, rowsRead: 2, rowsRejected: 0)
        }
        let after = try engine.table(.year(2023), by: [.category])
        func n(_ t: FigureTable, _ c: Category) -> Int { t.cell([c.rawValue])!.count }
        #expect(n(after, .assault) == n(before, .assault) + 1)
        #expect(n(after, .abusiveBehaviour) == n(before, .abusiveBehaviour) - 1)
        #expect(n(after, .threats) == n(before, .threats) - 1)
        #expect(after.total == before.total - 1)
        #expect(try engine.history().total(.year(2023)) == after.total)
    }

    @Test(
        """
        the monthly summary kept by imports equals the records after moves between months, forces and \
        statuses, and equals a rebuild
        """
    )
    func incrementalSummary() throws {
        let (store, folder) = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var incidents = Self.history.own + Self.history.police
        var changed: [Incident] = []
        for i in stride(from: 0, to: incidents.count, by: 97) {
            var incident = incidents[i]
            switch i % 4 {
            case 0: incident.date = incident.date.adding(days: 40)
            case 1: incident.policeForce = incident.policeForce == .metropolitan ? .greaterManchester : .metropolitan
            case 2:
                incident.status = incident.status == .antisemitic ? .notAntisemitic : .antisemitic
                if incident.category == nil { incident.category = .threats }
            default: incident.discourse = DiscourseSet([.conspiracy]); incident.method = .email
            }
            incidents[i] = incident
            changed.append(incident)
        }
        _ = try store.importBatch(BatchInfo(fileName: "moves", importedAt: "2026-01-03T00:00:00Z")) { writer in
            for incident in changed { try writer.upsert(incident) }
            return BatchTotals(checksum: "z", byteCount: 0, rowsRead: changed.count, rowsRejected: 0)
        }
        let memory = FigureEngine(source: InMemoryCounts(incidents))
        func check(_ label: String) throws {
            let sql = FigureEngine(source: store)
            for period in [Period.year(2023), .half(2024, 1), .quarter(2023, 4)] {
                for dimension in Breakdown.allCases {
                    #expect(
                        try sql.table(period, by: [dimension]).cells == memory.table(period, by: [dimension]).cells,
                        "\(label): \(period) by \(dimension)")
                    #expect(
                        try sql.table(period, by: [dimension, .month]).cells
                            == memory.table(period, by: [dimension, .month]).cells,
                        "\(label): \(period) by \(dimension) × month")
                }
            }
            // Two non-time dimensions over whole months come from the monthly pair summary.
            let pairs: [[Breakdown]] = [
                [.policeForce, .discourse], [.discourse, .policeForce], [.category, .victimType],
                [.region, .method], [.online, .source], [.victimType, .category],
            ]
            for period in [
                Period.year(2023), .range(CivilDate(iso: "2022-07-01")!, CivilDate(iso: "2024-06-30")!),
                .range(CivilDate(iso: "2022-08-15")!, CivilDate(iso: "2024-03-10")!),
                .range(CivilDate(iso: "2023-05-02")!, CivilDate(iso: "2023-05-30")!),
            ] {
                for pair in pairs {
                    #expect(
                        try sql.table(period, by: pair).cells == memory.table(period, by: pair).cells,
                        "\(label): \(period) by \(pair)")
                }
            }
        }
        try check("incremental")
        try store.rebuildSummaries()
        try check("rebuilt")
    }
}
