import Foundation
import IncidentStore
import TestSupport
import Testing

/// A first import into an empty database, alone with it, is written under a rollback journal
/// (its pages go into the file once, not into the log and then the file); see
/// ImportBatch+Journal. It must be as safe as an import through the log.
@Suite(.serialized) struct FirstImportTests {
    private func journalMode(_ cli: CLI) throws -> String {
        let mode = try toolRun("sqlite3", [cli.path("incidents.sqlite"), "PRAGMA journal_mode"])
        return mode.out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func importNoting(_ cli: CLI, _ file: String) throws -> CLI.Result {
        try cli.run(["import", file], environment: ["INCIDENTS_TIMING": "1"])
    }

    @Test(
        """
        a first import, alone, goes under a rollback journal and leaves the log back on; with another connection \
        open on the database, or records already in it, it goes through the log
        """)
    func whenTheJournalIsUsed() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("a.csv", recordsFile(3_000, prefix: "A"))
        try cli.write("b.csv", recordsFile(500, prefix: "B"))
        let first = try importNoting(cli, "a.csv")
        #expect(first.status == 0, "\(first.err)")
        #expect(first.err.contains("journal: rollback"), "\(first.err)")
        #expect(try journalMode(cli) == "wal")
        #expect(!FileManager.default.fileExists(atPath: cli.path("incidents.sqlite-journal")))
        #expect(try cli.run(["check"]).status == 0)
        #expect(try total2024(cli) == 3_000)
        let second = try importNoting(cli, "b.csv")
        #expect(second.status == 0 && second.err.contains("journal: write-ahead log"), "\(second.err)")
        #expect(try total2024(cli) == 3_500)

        // An empty database that another connection holds open (the web application, say).
        let other = try CLI()
        defer { other.cleanUp() }
        try other.write("a.csv", recordsFile(3_000, prefix: "A"))
        var holder: IncidentStore? = try other.store()
        #expect(try holder?.recordCount() == 0)
        let shared = try importNoting(other, "a.csv")
        #expect(shared.status == 0 && shared.err.contains("journal: write-ahead log"), "\(shared.err)")
        #expect(try holder?.recordCount() == 3_000)
        holder = nil
        #expect(try journalMode(other) == "wal")

        // An empty database found under a rollback journal (where an idle connection holds no
        // lock, so another program could have it open unseen): through the log.
        let found = try CLI()
        defer { found.cleanUp() }
        try found.write("a.csv", recordsFile(3_000, prefix: "A"))
        _ = try found.store()
        let set = try toolRun("sqlite3", [found.path("incidents.sqlite"), "PRAGMA journal_mode = DELETE"])
        #expect(set.status == 0 && set.out.contains("delete"), "\(set.out) \(set.err)")
        let logged = try importNoting(found, "a.csv")
        #expect(logged.status == 0 && logged.err.contains("journal: write-ahead log"), "\(logged.err)")
        #expect(try journalMode(found) == "wal")
        #expect(try total2024(found) == 3_000)
    }

    @Test(
        """
        a write killed under a rollback journal is rolled back by the next command, even one that only reads; \
        a first import killed at random moments leaves an empty or a whole database, and the next import works
        """)
    func killedFirstImports() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("a.csv", recordsFile(2_000, prefix: "A"))
        #expect(try cli.run(["import", "a.csv"]).status == 0)
        // A writer killed with pages of its transaction already in the file: a hot journal.
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["sqlite3", cli.path("incidents.sqlite")]
        let input = Pipe(), output = Pipe()
        sqlite.standardInput = input
        sqlite.standardOutput = output
        try sqlite.run()
        input.fileHandleForWriting.write(
            Data(
                """
                PRAGMA journal_mode = DELETE;
                PRAGMA cache_size = 2;
                BEGIN;
                UPDATE incident SET category = 'threats', location = printf('%.2000c', 'x');
                UPDATE daily_count SET n = n + 7;
                SELECT 'written';

                """.utf8))
        var said = Data()
        while !String(decoding: said, as: UTF8.self).contains("written") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said.append(chunk)
        }
        kill(sqlite.processIdentifier, SIGKILL)
        sqlite.waitUntilExit()
        #expect(FileManager.default.fileExists(atPath: cli.path("incidents.sqlite-journal")))
        // `figures` only reads; it still rolls the journal back, answers from before the write,
        // and puts the write-ahead log back.
        #expect(try total2024(cli) == 2_000)
        #expect(!FileManager.default.fileExists(atPath: cli.path("incidents.sqlite-journal")))
        #expect(try journalMode(cli) == "wal")
        #expect(try cli.run(["check"]).status == 0)

        // Kills of first imports, spread over an undisturbed run.
        let timing = try CLI()
        defer { timing.cleanUp() }
        try timing.write("big.csv", recordsFile(60_000, prefix: "G"))
        _ = try timing.store()  // the schema made, no record yet, as below
        let clock = ContinuousClock.now
        #expect(try timing.run(["import", "big.csv"]).status == 0)
        let span = ContinuousClock.now - clock
        let seconds = Double(span.components.seconds) + Double(span.components.attoseconds) / 1e18
        var killed = 0
        for round in 0..<6 {
            let fresh = try CLI()
            defer { fresh.cleanUp() }
            try fresh.write("big.csv", recordsFile(60_000, prefix: "G"))
            _ = try fresh.store()
            let running = try fresh.start(["import", "big.csv"])
            Thread.sleep(forTimeInterval: seconds * (0.15 + 0.15 * Double(round)))
            if running.isRunning {
                running.kill()
                killed += 1
            }
            _ = running.wait()
            // Nothing (figures say there is nothing to count yet) or everything.
            let figures = try fresh.run(["figures", "--period", "2024", "--format", "csv"])
            let total =
                figures.status == 0
                ? figures.out.split(separator: "\n").last.flatMap { $0.split(separator: ",").last }.flatMap { Int($0) }
                : figures.err.contains("no counted incidents yet") ? 0 : nil
            #expect(total == 0 || total == 60_000, "round \(round): \(figures.out) \(figures.err)")
            #expect(try fresh.run(["check"]).status == 0, "round \(round)")
            let again = try fresh.run(["import", "big.csv"])
            #expect(again.status == 0, "round \(round): \(again.err)")
            #expect(try total2024(fresh) == 60_000, "round \(round)")
            #expect(try journalMode(fresh) == "wal", "round \(round)")
        }
        #expect(killed >= 3, "only \(killed) imports were killed before they finished")
    }

    @Test(
        """
        a writer that opens the database during a first import waits its turn and then writes; so does a sign-in \
        of the web application, which counts no failure when the accounts cannot be read
        """)
    func othersDuringAFirstImport() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("big.csv", recordsFile(60_000, prefix: "G"))
        try cli.write("small.csv", recordsFile(10, prefix: "S"))
        _ = try cli.store()
        let first = try cli.start(["import", "big.csv"], environment: ["INCIDENTS_TIMING": "1"])
        var waited = 0
        while !FileManager.default.fileExists(atPath: cli.path("incidents.sqlite-journal")) && waited < 500 {
            Thread.sleep(forTimeInterval: 0.01)
            waited += 1
        }
        let second = try cli.run(["import", "small.csv", "--wait", "120"])
        let firstResult = first.wait()
        #expect(firstResult.status == 0 && firstResult.err.contains("journal: rollback"), "\(firstResult.err)")
        #expect(second.status == 0, "\(second.err)")
        #expect(try total2024(cli) == 60_010)
        #expect(try journalMode(cli) == "wal")

        // The web application: accounts that cannot be read are not a wrong password.
        let web = try WebFixture.make()
        defer { web.cleanUp() }
        let server = try WebFixture.serve(web)
        defer { server.stop() }
        let client = Client(server.base, cli: web, name: "locked")
        let rename = { (from: String, to: String) in
            let done = try toolRun("sqlite3", [web.path("incidents.sqlite"), "ALTER TABLE \(from) RENAME TO \(to)"])
            #expect(done.status == 0, "\(done.err)")
        }
        try rename("account", "account_away")
        for _ in 0..<6 {
            #expect(try client.signIn("press-office", WebFixture.password).status == 503)
        }
        try rename("account_away", "account")
        #expect(try client.signIn("press-office", WebFixture.password).status == 303)
    }

    @Test("a first import that runs out of disk space fails, leaves the database empty and sound, and can be run again")
    func firstImportOnAFullDisk() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("big.csv", recordsFile(60_000, prefix: "G"))
        _ = try cli.store()  // the schema, no record
        let size = try #require(
            try FileManager.default.attributesOfItem(atPath: cli.path("incidents.sqlite"))[.size] as? Int)
        // Writes past the file's size and 1 MiB more fail with EFBIG (the signal ignored), as on a
        // full disk; the records need about 20 MB.
        let limit = "trap '' XFSZ; ulimit -f \(size / 1024 + 1024);"
        let failed = try cli.run(["import", "big.csv"], environment: ["INCIDENTS_TIMING": "1"], shell: limit)
        #expect(failed.status != 0)
        #expect(failed.err.contains("journal: rollback"), "\(failed.err)")
        let figures = try cli.run(["figures", "--period", "2024", "--format", "csv"])
        #expect(
            figures.status != 0 && figures.err.contains("no counted incidents yet"), "\(figures.out) \(figures.err)")
        #expect(try cli.run(["check"]).status == 0)
        #expect(try cli.run(["import", "big.csv"]).status == 0)
        #expect(try total2024(cli) == 60_000)
        #expect(try journalMode(cli) == "wal")
    }
}
