import GRDB
import IncidentModel
import Testing

@testable import IncidentStore

/// Checks of a few values are comparisons, not `IN` lists: SQLite builds a temporary index of an
/// `IN` list of more than two constants every time a statement runs, so the check on status cost
/// every imported row an index built and thrown away.
@Suite struct ListedCheckTests {
    @Test("a CHECK of listed values is rewritten as comparisons, and nothing else is touched")
    func rewriting() {
        #expect(
            Schema.comparedChecks("s TEXT CHECK (s IN ('a', 'b_c', 'd')), t INT CHECK (t > 0)")
                == "s TEXT CHECK (s = 'a' OR s = 'b_c' OR s = 'd'), t INT CHECK (t > 0)")
        #expect(Schema.comparedChecks("x CHECK (x IN (1, 2, 3))") == "x CHECK (x IN (1, 2, 3))")
        #expect(Schema.comparedChecks("x CHECK (x IN ('it''s', 'b'))") == "x CHECK (x IN ('it''s', 'b'))")
        #expect(Schema.comparedChecks("no check here") == "no check here")
    }

    @Test("the checks still refuse what they refused, the insert builds no temporary index, and older files migrate")
    func checksKeptFaster() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("db.sqlite")
        var store = try IncidentStore(path: path, options: .init(keys: testKeys))
        try importRecords([incident("A1")], into: store)
        func listed() throws -> [String] {
            try store.queue.read { db in
                try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND sql GLOB '*CHECK ([a-z_]* IN (*'")
            }
        }
        #expect(try listed().isEmpty)
        try store.queue.write { db in
            let insert = """
                INSERT INTO incident (source, reference, date, status, category, first_batch_id, last_batch_id)
                VALUES ('cst', ?, '2024-01-01', ?, ?, 1, 1)
                """
            let plan = try Row.fetchAll(db, sql: "EXPLAIN " + insert, arguments: ["X", "pending", nil]).map {
                $0["opcode"] as String
            }
            #expect(plan.contains("IdxInsert"))
            #expect(!plan.contains("OpenEphemeral"), "\(plan)")
            for (status, category) in [("bogus", "threats"), ("antisemitic", nil), ("", "threats")] {
                #expect(throws: DatabaseError.self) {
                    try db.execute(sql: insert, arguments: ["B-\(status)", status, category])
                }
            }
            try db.execute(sql: insert, arguments: ["C1", "not_antisemitic", nil])
            #expect(throws: DatabaseError.self) {
                try db.execute(
                    sql: """
                        INSERT INTO link_pair (police_source, police_reference, own_source, own_reference, weight,
                        probability, reasons, state, run_id) VALUES ('police', 'P', 'cst', 'A1', 1, 1, '', 'maybe', 1)
                        """)
            }
        }
        // A database of the earlier form is rewritten when opened.
        try store.queue.writeWithoutTransaction { db in
            let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'incident'")!
            let version = try Int.fetchOne(db, sql: "PRAGMA schema_version")!
            try db.execute(sql: "PRAGMA writable_schema = ON")
            try db.execute(
                sql: "UPDATE sqlite_master SET sql = ? WHERE name = 'incident'",
                arguments: [
                    sql.replacingOccurrences(
                        of: "CHECK (status = 'antisemitic' OR status = 'not_antisemitic' OR status = 'pending')",
                        with: "CHECK (status IN ('antisemitic', 'not_antisemitic', 'pending'))")
                ])
            try db.execute(sql: "PRAGMA schema_version = \(version + 1)")
            try db.execute(sql: "PRAGMA writable_schema = OFF")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE 'v16:%'")
        }
        #expect(try listed() == ["incident"])
        store = try IncidentStore(path: path, options: .init(keys: testKeys))
        #expect(try listed().isEmpty)
        #expect(try store.recordCount() == 2)
        let check = try store.queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(check == ["ok"])
    }
}
