import Foundation
import IncidentModel
import IncidentStore
import TestSupport
import Testing

/// Distinctive personal values, to search for in raw bytes.
let markers = [
    "Zebedee Quillfeather", "zq-victim@example.org", "07700 900777",
    "Quillfeather punched near the bakery on Marlowe Row",
    "tall man in a green Quillfeather-brand coat", "NW11 9ZZ",
]

func markedFile() -> String {
    var text =
        """
        reference,source,date,category,police_force,location,postcode,description,victim_name,victim_contact,\
        consent_to_share,offender_description\n
        """
    for i in 0..<40 {
        let month = 1 + i % 12
        text +=
            """
            M\(i),cst,2024-\(month < 10 ? "0" : "")\(month)-1\(i % 9),assault,Met,Barnet,NW11 9ZZ,"\(markers[3]) \
            (case \(i))",\(markers[0]) \(i),
            """
        text += "\"\(markers[1]), \(markers[2])\",yes,\(markers[4])\n"
    }
    return text
}

/// Whether any of `needles` occurs in the bytes of the file at `path` (false when there is no file).
func rawContains(_ path: String, _ needles: [String]) -> [String] {
    guard let data = FileManager.default.contents(atPath: path) else { return [] }
    return needles.filter { data.range(of: Data($0.utf8)) != nil }
}

/// Runs the sqlite3 shell on `database` with `sql`: its status, and what it printed on either stream.
func sqlite(_ database: String, _ sql: String) throws -> (status: Int32, out: String) {
    let run = try toolRun("sqlite3", [database, sql])
    return (run.status, run.out + run.err)
}

@Suite(.serialized) struct DataAtRestTests {
    @Test(
        """
        personal values are in neither the database, its write-ahead log nor a backup; figures and the \
        report are the same without the key
        """
    )
    func sealedAtRest() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("marked.csv", markedFile())
        let imported = try cli.run(["import", "marked.csv"])
        #expect(imported.status == 0, "\(imported.err)")
        // Reads while another connection holds the log open, so that it is still there to search.
        let reader = try cli.store(writes: false)
        #expect(try reader.recordCount() == 40)
        for file in ["incidents.sqlite", "incidents.sqlite-wal"] {
            #expect(
                rawContains(cli.path(file), markers).isEmpty, "\(file) holds \(rawContains(cli.path(file), markers))")
        }
        #expect(try cli.run(["backup", "copy.sqlite"]).status == 0)
        #expect(rawContains(cli.path("copy.sqlite"), markers).isEmpty)
        // The key opens it all again.
        let stored = try #require(try cli.store().incident(source: .own, reference: "M3"))
        #expect(stored.personal.victimName?.revealed == "\(markers[0]) 3")
        #expect(stored.personal.postcode?.revealed.description == "NW11 9ZZ")
        // Without a key: figures and report work, and give the same bytes.
        let withKey = try cli.run(["figures", "--period", "2024", "--by", "category", "--format", "csv"])
        #expect(try cli.run(["report", "--period", "2024", "--out", "with.pdf"]).status == 0)
        let noKey = ["INCIDENTS_KEY": cli.path("no-such.key")]
        let without = try cli.run(
            ["figures", "--period", "2024", "--by", "category", "--format", "csv"], environment: noKey)
        #expect(without.status == 0 && without.out == withKey.out)
        #expect(try cli.run(["report", "--period", "2024", "--out", "without.pdf"], environment: noKey).status == 0)
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: cli.path("with.pdf")))
                == Data(contentsOf: URL(fileURLWithPath: cli.path("without.pdf"))))
        // What needs personal data says plainly that the key is missing.
        let export = try cli.run(
            ["export", "--for", "police", "--period", "2024", "--out", "x.csv"], environment: noKey)
        #expect(
            export.status != 0 && export.err.contains("no key file at") && export.err.contains("incidents keys create"),
            "\(export.err)")
        #expect(!FileManager.default.fileExists(atPath: cli.path("x.csv")))
        let wrong = try CLI()
        defer { wrong.cleanUp() }
        let wrongKey = try cli.run(
            ["export", "--for", "police", "--period", "2024", "--out", "x.csv"],
            environment: ["INCIDENTS_KEY": wrong.keyFile])
        #expect(wrongKey.status != 0 && wrongKey.err.contains("is not this database's key"), "\(wrongKey.err)")
    }

    @Test("an export attempted on a database its user cannot write writes no file and no entry")
    func readOnlyDatabase() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("in.csv", recordsFile(50))
        #expect(try cli.run(["import", "in.csv"]).status == 0)
        // Another account (nobody) may read the database and the key, and write the folder, but not the database.
        for file in ["incidents.sqlite", "test.key"] {
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: cli.path(file))
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o1777], ofItemAtPath: cli.folder)
        let asNobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        let result = try cli.run(
            ["export", "--for", "police", "--period", "2024", "--out", "out.csv"], shell: "", wrapper: asNobody)
        #expect(result.status != 0, "\(result.out)")
        // It got as far as the audit entry (the file was ready, hidden), which could not be written.
        #expect(result.err.contains("readonly database") && result.err.contains("nothing was written"), "\(result.err)")
        #expect(!FileManager.default.fileExists(atPath: cli.path("out.csv")))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: cli.folder).filter { $0.contains("out.csv") }.isEmpty)
        #expect(try cli.store().exports().isEmpty)
    }

    @Test("erase removes a person's values, sealed or not, from every byte of the database; the figures do not move")
    func erasure() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("marked.csv", markedFile())
        #expect(try cli.run(["import", "marked.csv"]).status == 0)
        // A re-import that changes M7's personal fields: the change history holds sealed old values.
        try cli.write("again.csv", markedFile().replacingOccurrences(of: "\(markers[0]) 7,", with: "Another Name 7,"))
        #expect(try cli.run(["import", "again.csv"]).status == 0)
        let figures = try cli.run([
            "figures", "--period", "2024", "--by", "category", "--by", "month", "--format", "csv",
        ]).out
        let db = cli.path("incidents.sqlite")
        let sealed = try sqlite(db, "SELECT hex(personal) FROM incident WHERE reference = 'M7'").out.trimmingCharacters(
            in: .whitespacesAndNewlines)
        let history = try sqlite(db, "SELECT old_value FROM incident_change WHERE field = 'victim_name'").out
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(sealed.count > 64 && history.hasPrefix("enc:"), "\(sealed) \(history)")
        let blob = Data(
            stride(from: 0, to: sealed.count, by: 2).map { UInt8(sealed.dropFirst($0).prefix(2), radix: 16)! })
        let erased = try cli.run(["erase", "M7", "--note", "request 2026-41"])
        #expect(erased.status == 0, "\(erased.err)")
        for file in [db, db + "-wal"] {
            let bytes = FileManager.default.contents(atPath: file) ?? Data()
            #expect(bytes.range(of: blob.prefix(48)) == nil, "the sealed fields are still in \(file)")
            #expect(bytes.range(of: Data(history.utf8)) == nil, "the sealed history is still in \(file)")
        }
        #expect(try cli.store().incident(source: .own, reference: "M7")?.personal == PersonalDetails())
        #expect(
            try cli.store().incident(source: .own, reference: "M8")?.personal.victimName?.revealed == "\(markers[0]) 8")
        #expect(
            try cli.run(["figures", "--period", "2024", "--by", "category", "--by", "month", "--format", "csv"]).out
                == figures)
        #expect(try cli.run(["audit"]).out.contains("request 2026-41"))
        // The erasure holds when the file that gave the values is imported again: the other fields
        // still update, the personal ones stay empty, in the record and in every byte.
        let reimport = try cli.run(["import", "again.csv"])
        #expect(reimport.status == 0 && reimport.out.contains("0 updated"), "\(reimport.out)\(reimport.err)")
        try cli.write(
            "moved.csv",
            markedFile().replacingOccurrences(of: "\(markers[0]) 7,", with: "Another Name 7,")
                .replacingOccurrences(of: "M7,cst,2024-08-17,assault,", with: "M7,cst,2024-08-17,threats,"))
        let moved = try cli.run(["import", "moved.csv"])
        #expect(moved.status == 0 && moved.out.contains("1 updated"), "\(moved.out)\(moved.err)")
        let m7 = try cli.store().incident(source: .own, reference: "M7")
        #expect(m7?.personal == PersonalDetails() && m7?.category == .threats)
        #expect(rawContains(db, ["Another Name 7"]).isEmpty && rawContains(db + "-wal", ["Another Name 7"]).isEmpty)
        #expect(try cli.run(["import", "marked.csv"]).status == 0)
        #expect(try cli.store().incident(source: .own, reference: "M7")?.personal == PersonalDetails())
        #expect(try cli.run(["erase", "NOPE"]).status != 0)
        // Retention: a dry run lists and changes nothing; the run erases the older records.
        let dry = try cli.run(["retention", "--personal-data-older-than", "6m", "--today", "2024-12-31", "--dry-run"])
        #expect(dry.status == 0 && dry.out.contains("would be erased") && dry.out.contains("cst/M0"), "\(dry.out)")
        #expect(try cli.store().incident(source: .own, reference: "M0")?.personal.victimName != nil)
        let run = try cli.run(["retention", "--personal-data-older-than", "6m", "--today", "2024-12-31"])
        #expect(run.status == 0, "\(run.err)")
        #expect(try cli.store().incident(source: .own, reference: "M0")?.personal == PersonalDetails())
        #expect(
            try cli.store().incident(source: .own, reference: "M11")?.personal.victimName != nil,
            "December is within six months")
        #expect(
            try cli.run(["figures", "--period", "2024", "--by", "category", "--by", "month", "--format", "csv"]).out
                == figures)
        #expect(try cli.run(["audit", "verify"]).status == 0)
    }

    @Test(
        """
        keys rotate re-seals everything under a new key; the old key no longer opens it; a database of an \
        earlier version is sealed in place
        """
    )
    func rotationAndMigration() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("marked.csv", markedFile())
        #expect(try cli.run(["import", "marked.csv"]).status == 0)
        #expect(try cli.run(["export", "--for", "police", "--period", "2024", "--out", "before.csv"]).status == 0)
        let oldKey = try Data(contentsOf: URL(fileURLWithPath: cli.keyFile))
        let rotated = try cli.run(["keys", "rotate"])
        #expect(rotated.status == 0, "\(rotated.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.keyFile)) != oldKey)
        #expect(try cli.run(["export", "--for", "police", "--period", "2024", "--out", "after.csv"]).status == 0)
        #expect(try cli.read("before.csv") == cli.read("after.csv"))
        try oldKey.write(to: URL(fileURLWithPath: cli.path("old.key")))
        let old = try cli.run(
            ["export", "--for", "police", "--period", "2024", "--out", "x.csv"],
            environment: ["INCIDENTS_KEY": cli.path("old.key")])
        #expect(old.status != 0 && old.err.contains("is not this database's key"))
        #expect(try cli.run(["audit", "verify"]).status == 0)
        #expect(try cli.run(["audit"]).out.contains("key rotation"))
        // keys create never replaces a key file.
        let again = try cli.run(["keys", "create"])
        #expect(again.status != 0 && again.err.contains("never replaced"))
        // keys rotate on a mistyped database path, or on another database, changes no key file
        // (it made an empty database and replaced this one's key: all personal data lost).
        let keyNow = try Data(contentsOf: URL(fileURLWithPath: cli.keyFile))
        let nowhere = try cli.run(["--database", "typo.sqlite", "keys", "rotate"])
        #expect(nowhere.status != 0 && nowhere.err.contains("no database here"), "\(nowhere.err)")
        #expect(!FileManager.default.fileExists(atPath: cli.path("typo.sqlite")))
        try cli.write("other.csv", recordsFile(5, prefix: "O"))
        let otherKey = ["INCIDENTS_KEY": cli.path("other.key")]
        #expect(try cli.run(["--database", "other.sqlite", "keys", "create"], environment: otherKey).status == 0)
        #expect(try cli.run(["--database", "other.sqlite", "import", "other.csv"], environment: otherKey).status == 0)
        let foreign = try cli.run(["--database", "other.sqlite", "keys", "rotate"])
        #expect(foreign.status != 0, "\(foreign.out)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.keyFile)) == keyNow)
        #expect(try cli.run(["export", "--for", "police", "--period", "2024", "--out", "still.csv"]).status == 0)
        // One rotation of a database at a time: while another holds the turn (here this test, by
        // the lock beside the database), a second is refused before it reads or writes a key
        // file. (Two at once each wrote the key file; the second dropped the key the first had
        // sealed with, and every record's personal data was lost.)
        var info = stat()
        #expect(stat(cli.path("incidents.sqlite"), &info) == 0)
        let lock = open(cli.path(".incidents-\(info.st_dev)-\(info.st_ino).rotate-lock"), O_RDWR | O_CREAT, 0o600)
        #expect(lock >= 0 && flock(lock, LOCK_EX | LOCK_NB) == 0)
        let second = try cli.run(["keys", "rotate"])
        close(lock)
        #expect(second.status != 0 && second.err.contains("another `incidents keys rotate`"), "\(second.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.keyFile)) == keyNow)
        #expect(try cli.run(["keys", "rotate"]).status == 0)
        #expect(try cli.run(["export", "--for", "police", "--period", "2024", "--out", "still.csv"]).status == 0)
        #expect(try cli.read("before.csv") == cli.read("still.csv"))
        // Through a chain of links to the database, the same lock; a key file given through a
        // link is rotated where it is (the link stays a link), and no warning about the link's mode.
        try FileManager.default.createSymbolicLink(atPath: cli.path("l2"), withDestinationPath: "incidents.sqlite")
        try FileManager.default.createSymbolicLink(atPath: cli.path("l1"), withDestinationPath: cli.path("l2"))
        let held = open(cli.path(".incidents-\(info.st_dev)-\(info.st_ino).rotate-lock"), O_RDWR)
        #expect(held >= 0 && flock(held, LOCK_EX | LOCK_NB) == 0)
        let chained = try cli.run(["--database", "l1", "keys", "rotate"], environment: ["INCIDENTS_KEY": cli.keyFile])
        close(held)
        #expect(chained.status != 0 && chained.err.contains("another `incidents keys rotate`"), "\(chained.err)")
        try FileManager.default.createDirectory(atPath: cli.path("keys"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: cli.keyFile, toPath: cli.path("keys/real.key"))
        try FileManager.default.createSymbolicLink(atPath: cli.keyFile, withDestinationPath: cli.path("keys/real.key"))
        let beforeLinked = try Data(contentsOf: URL(fileURLWithPath: cli.path("keys/real.key")))
        let linked = try cli.run(["keys", "rotate"])
        #expect(linked.status == 0 && !linked.err.contains("can be read by other accounts"), "\(linked.err)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: cli.keyFile) == cli.path("keys/real.key"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.path("keys/real.key"))) != beforeLinked)
        #expect(try cli.run(["export", "--for", "police", "--period", "2024", "--out", "linked.csv"]).status == 0)
        #expect(try cli.read("before.csv") == cli.read("linked.csv"))

        // An earlier version's database: plaintext columns, no key recorded.
        let db = cli.path("incidents.sqlite")
        let plain = try sqlite(
            db,
            """
            UPDATE incident SET personal = NULL, personal_digest = NULL;
            UPDATE incident SET victim_name = 'Plaintext Person', description = 'plaintext account' WHERE reference =
                'M1';
            DELETE FROM incident_change; DELETE FROM setting WHERE key = 'key_id';
            """)
        #expect(plain.status == 0, "\(plain.out)")
        #expect(!rawContains(db, ["Plaintext Person"]).isEmpty)
        let fresh = try CLI()
        defer { fresh.cleanUp() }
        let migrated = try cli.run(
            ["export", "--for", "police", "--period", "2024", "--out", "m.csv"],
            environment: ["INCIDENTS_KEY": fresh.keyFile])
        #expect(migrated.status == 0, "\(migrated.err)")
        for file in [db, db + "-wal"] {
            #expect(rawContains(file, ["Plaintext Person", "plaintext account"]).isEmpty, "\(file)")
        }
        let reopened = try IncidentStore(path: db, options: .init(keys: fresh.keys))
        #expect(
            try reopened.incident(source: .own, reference: "M1")?.personal.victimName?.revealed == "Plaintext Person")
    }

    @Test("the demo refuses a database that holds anything it did not make")
    func demoKeepsRealData() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo", "--first", "2025-01-01", "--last", "2025-03-31"]).status == 0)
        #expect(
            try cli.run(["demo", "--first", "2025-01-01", "--last", "2025-03-31"]).status == 0,
            "a demo database may be replaced")
        try cli.write("real.csv", recordsFile(3, prefix: "REAL"))
        #expect(try cli.run(["import", "real.csv"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.path("incidents.sqlite")))
        let refused = try cli.run(["demo", "--first", "2025-01-01", "--last", "2025-03-31"])
        #expect(refused.status != 0 && refused.err.contains("imports of real.csv"), "\(refused.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.path("incidents.sqlite"))) == before)
        // A real file that happens to share a name with the demo's own is real data too.
        let other = try CLI()
        defer { other.cleanUp() }
        #expect(try other.run(["demo", "--first", "2025-01-01", "--last", "2025-03-31"]).status == 0)
        try FileManager.default.createDirectory(atPath: other.path("mine"), withIntermediateDirectories: true)
        try other.write("mine/cst-incidents.csv", recordsFile(2, prefix: "REAL"))
        #expect(try other.run(["import", "mine/cst-incidents.csv"]).status == 0)
        let sameName = try other.run(["demo", "--first", "2025-01-01", "--last", "2025-03-31"])
        #expect(sameName.status != 0 && sameName.err.contains("imports of cst-incidents.csv"), "\(sameName.err)")
        #expect(try other.store().incident(source: .own, reference: "REAL0") != nil)
    }
}
