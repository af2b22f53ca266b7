import Foundation
import IncidentModel
import IncidentStore
import TestSupport
import Testing

/// Data at rest: audit verify finds the audit trail tampered with, however it was tidied up after.
extension DataAtRestTests {
    @Test(
        """
        audit verify finds an edited, a deleted, an inserted and a moved entry, a deleted last entry, and an edit \
        behind a dropped guard; INSERT OR REPLACE is refused
        """
    )
    func tamperEvidentTrail() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        for n in 0..<4 {
            try cli.write("f\(n).csv", recordsFile(5, prefix: "T\(n)-"))
            #expect(try cli.run(["import", "f\(n).csv"]).status == 0)
        }
        #expect(
            try cli.run(["export", "--for", "police", "--period", "2024", "--out", "e.csv", "--note", "weekly"]).status
                == 0)
        let whole = try cli.run(["audit", "verify"])
        #expect(whole.status == 0 && whole.out.contains("5 entries"), "\(whole.out)\(whole.err)")
        let listing = try cli.run(["audit"])
        #expect(
            listing.out.contains("export") && listing.out.contains("weekly")
                && listing.out.contains(IncidentStore.operatingSystemUser))
        let pristine = try Data(contentsOf: URL(fileURLWithPath: cli.path("incidents.sqlite")))
        let db = cli.path("incidents.sqlite")
        func tamper(_ sql: String, expect words: String) throws {
            try pristine.write(to: URL(fileURLWithPath: db))
            for sidecar in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + sidecar) }
            let changed = try sqlite(db, sql)
            #expect(changed.status == 0, "\(sql): \(changed.out)")
            let verify = try cli.run(["audit", "verify"])
            #expect(verify.status != 0, "\(sql) went unnoticed")
            #expect(verify.err.contains(words), "\(sql): \(verify.err)")
        }
        let drop =
            "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_append_only;"
        try tamper(
            drop
                + """
                UPDATE audit_log SET details = replace(details, '"rows":"', '"rows":"1') WHERE action = 'export';
                """,
            expect: "entry 5 was edited")
        try tamper(drop + "DELETE FROM audit_log WHERE id = 2;", expect: "entries 2…2 are missing")
        try tamper(drop + "DELETE FROM audit_log WHERE id = 5;", expect: "the last entries were deleted")
        try tamper(
            drop
                + """
                INSERT INTO audit_log (id, at, actor, action, details, note, prev, signature) SELECT 6, at, actor,
                action, details, note, signature, signature FROM audit_log WHERE id = 5;
                """,
            expect: "entry 6 was edited")
        try tamper(
            drop + """
                UPDATE audit_log SET id = 100 WHERE id = 2; UPDATE audit_log SET id = 2 WHERE id = 3; UPDATE audit_log
                    SET id = 3 WHERE id = 100;
                """, expect: "entry 2 does not follow entry 1")
        // A guard dropped, then an edit: caught by the signature even though the edit went through.
        try tamper(
            "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'someone-else' WHERE id = 1;",
            expect: "entry 1 was edited")
        // A guard dropped and nothing else: still reported.
        try tamper("DROP TRIGGER audit_log_no_delete;", expect: "guards were removed")
        // With the guards in place, rewriting an entry is refused outright.
        try pristine.write(to: URL(fileURLWithPath: db))
        for sql in [
            """
            INSERT OR REPLACE INTO audit_log (id, at, actor, action, details, note, prev, signature) VALUES (1, 'x',
            'x', 'x', '{}', NULL, 'x', 'x')
            """,
            """
            INSERT OR REPLACE INTO export_audit (id, exported_at, exported_by, recipient, period, row_count,
            file_name, checksum, details_for) VALUES (1, 'x', 'x', 'x', 'x', 0, 'x', 'x', '')
            """,
            "UPDATE audit_log SET note = 'x' WHERE id = 1", "DELETE FROM audit_log WHERE id = 5",
        ] {
            let refused = try sqlite(db, sql)
            #expect(refused.status != 0, "\(sql) was allowed")
        }
        #expect(try cli.run(["audit", "verify"]).status == 0)
    }

    @Test(
        """
        audit verify also finds a deleted tail whose counter was reset and guards restored, and an export log row \
        deleted behind a dropped guard
        """
    )
    func tidiedTampering() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        for n in 0..<3 {
            try cli.write("f\(n).csv", recordsFile(5, prefix: "T\(n)-"))
            #expect(try cli.run(["import", "f\(n).csv"]).status == 0)
        }
        #expect(try cli.run(["export", "--for", "police", "--period", "2024", "--out", "e.csv"]).status == 0)
        #expect(try cli.run(["audit", "verify"]).status == 0)
        let db = cli.path("incidents.sqlite")
        let pristine = try Data(contentsOf: URL(fileURLWithPath: db))
        let restore =
            """
            CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT,
            'the audit trail cannot be changed'); END;
            """
        for (sql, words) in [
            (
                """
                DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id >= 3;
                UPDATE sqlite_sequence SET seq = 2 WHERE name = 'audit_log';
                \(restore)
                """,
                "import batch 3 has no entry in the trail"
            ),
            (
                """
                DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log;
                DELETE FROM sqlite_sequence WHERE name = 'audit_log';
                \(restore)
                """,
                "has no entry in the trail"
            ),
            (
                """
                DROP TRIGGER export_audit_no_delete; DELETE FROM export_audit; CREATE TRIGGER export_audit_no_delete
                BEFORE DELETE ON export_audit BEGIN SELECT RAISE(ABORT, 'the export audit log cannot be changed'); END;
                """,
                "the trail records export 1, but its row in export_audit was deleted"
            ),
        ] {
            try pristine.write(to: URL(fileURLWithPath: db))
            for sidecar in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + sidecar) }
            #expect(try sqlite(db, sql).status == 0)
            let verify = try cli.run(["audit", "verify"])
            #expect(verify.status != 0 && verify.err.contains(words), "\(sql): \(verify.out) \(verify.err)")
        }
    }
}
