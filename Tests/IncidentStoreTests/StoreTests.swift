import Foundation
import IncidentModel
import IncidentStore
import Testing

/// A fresh folder under the system's temporary directory, removed by `cleanUp`.
struct Scratch {
    let path: String
    init() throws {
        path =
            FileManager.default.temporaryDirectory.appendingPathComponent("incidents-store-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }
    func cleanUp() { try? FileManager.default.removeItem(atPath: path) }
}

func incident(
    _ reference: String, _ date: String = "2024-05-01", category: Category = .threats,
    force: PoliceForce? = .metropolitan,
    source: Source = .own, name: String? = nil
) -> Incident {
    Incident(
        reference: reference, source: source, date: CivilDate(iso: date)!, category: category, policeForce: force,
        personal: PersonalDetails(victimName: name.map(Personal.init)))
}

struct Refused: Error {}

func totals(rows: Int) -> BatchTotals { BatchTotals(checksum: "abc", byteCount: 10, rowsRead: rows, rowsRejected: 0) }

/// Imports `records` into `store` as one batch, from a file called `fileName`.
func importRecords(_ records: [Incident], into store: IncidentStore, fileName: String = "a.csv") throws {
    _ = try store.importBatch(BatchInfo(fileName: fileName, importedAt: "2026-01-01T00:00:00Z")) { writer in
        for record in records { try writer.upsert(record) }
        return totals(rows: records.count)
    }
}

@Suite struct StoreTests {
    @Test("creates the database file with its schema on first open, and reopens it")
    func create() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("db.sqlite")
        _ = try IncidentStore(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        let store = try IncidentStore(path: path, options: .init(keys: testKeys))
        #expect(try store.recordCount() == 0)
        #expect(try store.batches().isEmpty)
    }

    @Test("refuses a file that is not SQLite, another program's database, and a missing folder")
    func refusals() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let text = scratch.file("notes.txt")
        try "hello, this is not a database at all, just some text".write(
            toFile: text, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.self) { try IncidentStore(path: text) }
        #expect((try? String(contentsOfFile: text, encoding: .utf8))?.hasPrefix("hello") == true)

        let foreign = scratch.file("other.sqlite")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import sqlite3; c = sqlite3.connect('\(foreign)'); c.execute('create table t(x)'); c.commit()",
        ]
        try process.run()
        process.waitUntilExit()
        do {
            _ = try IncidentStore(path: foreign)
            Issue.record("opened another program's database")
        } catch {
            #expect(error.description.contains("another program"))
        }

        do {
            _ = try IncidentStore(path: scratch.file("no/such/folder/db.sqlite"))
            Issue.record("opened a path in a missing folder")
        } catch {
            #expect(error.description.contains("does not exist"))
        }
    }

    @Test("a batch that fails changes nothing, and keeps what was stored before")
    func rollback() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let store = try IncidentStore(path: scratch.file("db.sqlite"), options: .init(keys: testKeys))
        _ = try store.importBatch(BatchInfo(fileName: "first.csv", importedAt: "2026-01-01T00:00:00Z")) { writer in
            try writer.upsert(incident("A1"))
            try writer.upsert(incident("A2"))
            return totals(rows: 2)
        }
        #expect(throws: Refused.self) {
            try store.importBatch(BatchInfo(fileName: "second.csv", importedAt: "2026-01-02T00:00:00Z")) { writer in
                try writer.upsert(incident("A3"))
                try writer.upsert(incident("A1", category: .assault))
                throw Refused()
            }
        }
        #expect(try store.recordCount() == 2)
        #expect(try store.incident(source: .own, reference: "A1")?.category == .threats)
        #expect(try store.incident(source: .own, reference: "A3") == nil)
        #expect(try store.batches().map(\.fileName) == ["first.csv"])
        #expect(try store.changes(source: .own, reference: "A1").isEmpty)
    }

    @Test("re-importing a reference updates it in place and logs each changed field")
    func upsert() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let store = try IncidentStore(path: scratch.file("db.sqlite"), options: .init(keys: testKeys))
        let first = try store.importBatch(BatchInfo(fileName: "a.csv", importedAt: "2026-01-01T00:00:00Z")) { writer in
            try writer.upsert(incident("A1", name: "Ruth Exampleton"))
            try writer.upsert(incident("A2"))
            return totals(rows: 2)
        }
        #expect(first.batch.rowsInserted == 2)
        let second = try store.importBatch(BatchInfo(fileName: "b.csv", importedAt: "2026-01-02T00:00:00Z")) { writer in
            try writer.upsert(incident("A1", "2024-05-02", category: .assault, name: "Ruth Exampleton"))
            try writer.upsert(incident("A2"))
            try writer.upsert(incident("A2", source: .police))
            return totals(rows: 3)
        }
        #expect(second.batch.rowsInserted == 1)
        #expect(second.batch.rowsUpdated == 1)
        #expect(second.batch.rowsUnchanged == 1)
        #expect(try store.recordCount() == 3)
        let stored = try #require(try store.incident(source: .own, reference: "A1"))
        #expect(stored.category == .assault)
        #expect(stored.date == CivilDate(iso: "2024-05-02"))
        #expect(stored.personal.victimName?.revealed == "Ruth Exampleton")
        let changes = try store.changes(source: .own, reference: "A1")
        #expect(changes.map(\.field) == ["date", "category"])
        #expect(changes.first?.oldValue == "2024-05-01")
        #expect(changes.first?.newValue == "2024-05-02")
        #expect(changes.allSatisfy { $0.batchID == second.batch.id })
    }

    @Test("records each batch with its counts, and notices a file imported before")
    func batches() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let store = try IncidentStore(path: scratch.file("db.sqlite"), options: .init(keys: testKeys))
        for day in ["01", "02"] {
            let result = try store.importBatch(
                BatchInfo(fileName: "same.csv", defaultSource: .own, importedAt: "2026-01-\(day)T00:00:00Z")
            ) { writer in
                try writer.upsert(incident("A1"))
                return BatchTotals(checksum: "feed", byteCount: 99, rowsRead: 1, rowsRejected: 0)
            }
            #expect(result.earlierIdentical.count == (day == "01" ? 0 : 1))
        }
        let batches = try store.batches()
        #expect(batches.count == 2)
        #expect(batches[0].rowsInserted == 1 && batches[1].rowsUnchanged == 1)
        #expect(batches[1].defaultSource == "cst" && batches[1].byteCount == 99 && batches[1].checksum == "feed")
    }

    @Test("keeps settings")
    func settings() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let store = try IncidentStore(path: scratch.file("db.sqlite"), options: .init(keys: testKeys))
        #expect(try store.setting("demo") == nil)
        try store.setSetting("demo", "true")
        try store.setSetting("demo", "false")
        #expect(
            try IncidentStore(path: scratch.file("db.sqlite"), options: .init(keys: testKeys)).setting("demo")
                == "false")
    }
}
