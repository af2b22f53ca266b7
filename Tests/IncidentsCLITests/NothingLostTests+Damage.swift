import Foundation
import IncidentStore
import TestSupport
import Testing

/// Nothing is lost (issue 13): a damaged database, and a backup taken while an import runs.
extension NothingLostTests {
    @Test("a damaged database is refused by writers and by the report, named by check, and left as it was")
    func damagedDatabase() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("in.csv", recordsFile(3_000))
        #expect(try cli.run(["import", "in.csv"]).status == 0)
        #expect(try cli.run(["check"]).status == 0)
        let backup = try cli.run(["backup", "copy.sqlite"])
        #expect(backup.status == 0, "\(backup.err)")
        // Garbage over a few pages of the table.
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: cli.path("incidents.sqlite")))
        let size = try handle.seekToEnd()
        var generator = SplitMix(seed: 7)
        let pages = size / 4_096
        for _ in 0..<4 {
            // In the second half of the file: the records, not the settings that name the backup.
            try handle.seek(toOffset: 4_096 * (pages / 2 + generator.next() % (pages / 2 - 1)))
            handle.write(Data((0..<4_096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }))
        }
        try handle.close()
        let damaged = try Data(contentsOf: URL(fileURLWithPath: cli.path("incidents.sqlite")))
        try cli.write("more.csv", recordsFile(10, prefix: "X"))
        let imported = try cli.run(["import", "more.csv"])
        #expect(imported.status != 0)
        #expect(
            imported.err.contains("damaged") && imported.err.contains("incidents check")
                && imported.err.contains("copy.sqlite"), "\(imported.err)")
        let report = try cli.run(["report", "--period", "2024", "--out", "r.pdf"])
        #expect(report.status != 0 && report.err.contains("damaged"), "\(report.err)")
        #expect(!FileManager.default.fileExists(atPath: cli.path("r.pdf")))
        let check = try cli.run(["check"])
        #expect(check.status != 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.path("incidents.sqlite"))) == damaged)
        // A backup of a damaged database is refused: it would replace a good one with a bad copy.
        let badCopy = try cli.run(["backup", "bad.sqlite"])
        #expect(badCopy.status != 0 && badCopy.err.contains("damaged"), "\(badCopy.err)")
        #expect(!FileManager.default.fileExists(atPath: cli.path("bad.sqlite")))
        // The backup is sound and readable by its owner only.
        #expect(try cli.run(["--database", "copy.sqlite", "check"]).status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: cli.path("copy.sqlite"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("a backup taken during an import is consistent: sound, with the records from before or after it")
    func backupDuringImport() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("base.csv", recordsFile(1_000, prefix: "B"))
        #expect(try cli.run(["import", "base.csv"]).status == 0)
        try cli.write("big.csv", recordsFile(60_000, prefix: "G"))
        let importing = try cli.start(["import", "big.csv"])
        Thread.sleep(forTimeInterval: 0.3)
        let backup = try cli.run(["backup", "during.sqlite"])
        #expect(backup.status == 0, "\(backup.err)")
        #expect(importing.wait().status == 0)
        #expect(try cli.run(["--database", "during.sqlite", "check"]).status == 0)
        let total = try total2024(cli, database: "during.sqlite")
        #expect(total == 1_000 || total == 61_000)
    }

    @Test(
        """
        summaries that disagree with the records: check names them and its own remedy (--repair, which the store \
        does not name), --repair rebuilds them from the records, and the figures are right again
        """)
    func repairSummaries() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("good.csv", goodFile)
        #expect(try cli.run(["import", "good.csv"]).status == 0)
        let figures = try cli.run(["figures", "--period", "2024", "--by", "category", "--format", "csv"]).out
        let edit = try toolRun("sqlite3", [cli.path("incidents.sqlite"), "UPDATE monthly_count SET n = n + 5"])
        #expect(edit.status == 0, "\(edit.err)")
        let check = try cli.run(["check"])
        #expect(check.status != 0)
        let line = check.out.split(separator: "\n").first { $0.hasPrefix("BAD summaries:") }.map(String.init) ?? ""
        #expect(line.hasSuffix("they can be rebuilt from the records (`incidents check --repair`)"), "\(check.out)")
        let repaired = try cli.run(["check", "--repair"])
        #expect(repaired.status == 0 && repaired.out.contains("Rebuilt the summaries from the records."), "\(repaired)")
        #expect(try cli.run(["check"]).status == 0)
        #expect(try cli.run(["figures", "--period", "2024", "--by", "category", "--format", "csv"]).out == figures)
    }
}
