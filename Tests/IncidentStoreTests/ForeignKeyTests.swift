import GRDB
import IncidentModel
import Testing

@testable import IncidentStore

/// An import writes its rows with foreign keys unchecked (their only references are to the batch
/// itself): the check must be on again afterwards, and no reference may dangle.
@Suite struct ForeignKeyTests {
    @Test(
        "after an import, and after a failed one, foreign keys are checked again, none dangles, settings are back"
    )
    func foreignKeysAfterImports() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let store = try IncidentStore(path: scratch.file("db.sqlite"), options: .init(keys: testKeys))
        _ = try store.importBatch(BatchInfo(fileName: "a.csv", importedAt: "2026-01-01T00:00:00Z")) { writer in
            try writer.upsert(incident("A1", name: "Ruth Exampleton"))
            try writer.upsert(incident("A2"))
            return totals(rows: 2)
        }
        #expect(throws: Refused.self) {
            try store.importBatch(BatchInfo(fileName: "b.csv", importedAt: "2026-01-02T00:00:00Z")) { writer in
                try writer.upsert(incident("A3"))
                throw Refused()
            }
        }
        _ = try store.importBatch(BatchInfo(fileName: "c.csv", importedAt: "2026-01-03T00:00:00Z")) { writer in
            try writer.upsert(incident("A1", "2024-05-02", name: "Ruth Exampleton"))
            return totals(rows: 1)
        }
        let (enforced, dangling) = try store.queue.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA foreign_keys"), try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"))
        }
        #expect(enforced == 1)
        // The batch's other settings are back too: the usual page cache and memory map.
        let (cache, mapped) = try store.queue.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA cache_size"), try Int.fetchOne(db, sql: "PRAGMA mmap_size"))
        }
        #expect(cache == -2000)
        #expect(mapped == IncidentStore.mappedBytes)
        #expect(dangling.isEmpty)
        // Checked: a record pointing at a batch that does not exist is refused.
        #expect(throws: DatabaseError.self) {
            try store.queue.write { db in
                try db.execute(sql: "UPDATE incident SET last_batch_id = 999 WHERE reference = 'A2'")
            }
        }
    }
}
