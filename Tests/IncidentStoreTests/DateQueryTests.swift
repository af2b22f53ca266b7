import GRDB
import IncidentModel
import Testing

@testable import IncidentStore

/// Records are found by date through the covering index (status, date, …): there is no index on
/// the date alone, which every imported row had to enter.
@Suite struct DateQueryTests {
    @Test("a period's records of every status are found, through incident_counted; the old date index is dropped")
    func periodQueries() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("db.sqlite")
        var store = try IncidentStore(path: path, options: .init(keys: testKeys))
        var records: [Incident] = []
        for (i, status) in [Status.antisemitic, .notAntisemitic, .pending].enumerated() {
            for date in ["2019-03-01", "2020-06-15", "2021-12-31"] {
                var record = incident("R\(i)-\(date)", date, name: "Ruth Exampleton")
                record.status = status
                records.append(record)
            }
        }
        try importRecords(records, into: store)
        func indexes() throws -> [String] {
            try store.queue.read { db in
                try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incident'")
            }
        }
        #expect(try !indexes().contains("incident_by_date"))
        let states = try store.recordStates(
            from: CivilDate(iso: "2020-01-01")!, to: CivilDate(iso: "2021-12-31")!)
        #expect(Set(states.map(\.reference)) == Set(records.filter { $0.date.year >= 2020 }.map(\.reference)))
        let old = try store.retentionTargets(before: CivilDate(iso: "2020-01-01")!)
        #expect(Set(old.map(\.reference)) == ["R0-2019-03-01", "R1-2019-03-01", "R2-2019-03-01"])
        // The queries by date search the covering index; without the statuses they would scan.
        let plans = try store.queue.read { db in
            try [
                """
                SELECT source, reference FROM incident WHERE \(Schema.anyStatus) AND date BETWEEN '2020-01-01' AND
                '2021-01-01'
                """,
                "SELECT source, reference FROM incident WHERE \(Schema.anyStatus) AND date < '2020-01-01'",
            ].map { sql in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }
                    .joined(separator: "; ")
            }
        }
        for plan in plans { #expect(plan.contains("SEARCH incident USING INDEX incident_counted"), "\(plan)") }
        // A database made before the index was dropped loses it when opened.
        try store.queue.write { db in
            try db.execute(sql: "CREATE INDEX incident_by_date ON incident(date)")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE 'v15:%'")
        }
        #expect(try indexes().contains("incident_by_date"))
        store = try IncidentStore(path: path, options: .init(keys: testKeys))
        #expect(try !indexes().contains("incident_by_date"))
    }
}
