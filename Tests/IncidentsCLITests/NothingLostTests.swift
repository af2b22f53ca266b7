import Foundation
import IncidentStore
import TestSupport
import Testing

/// A file of `count` valid records of the research team, spread over 2024, with personal
/// columns; `prefix` keeps references of different files apart.
func recordsFile(_ count: Int, prefix: String = "R", source: String = "cst") -> String {
    let categories = [
        "abusive_behaviour", "assault", "threats", "damage_and_desecration", "literature", "extreme_violence",
    ]
    let forces = ["Met", "GMP", "West Yorkshire", "Hertfordshire", "BTP", ""]
    var text = "reference,source,date,category,police_force,location,description,victim_name\n"
    text.reserveCapacity(count * 110)
    for i in 0..<count {
        let month = 1 + i % 12, day = 1 + (i / 12) % 28
        text +=
            """
            \(prefix)\(i),\(source),2024-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day),\
            \(categories[i % 6]),\(forces[i % 6]),Barnet,
            """
        text += "\"Shouted at near the station, record \(i)\",Person \(i)\n"
    }
    return text
}

/// The count of records in the database at `path`, read as the figures command reads it.
func total2024(_ cli: CLI, database: String = "incidents.sqlite") throws -> Int? {
    let result = try cli.run(["--database", database, "figures", "--period", "2024", "--format", "csv"])
    guard result.status == 0 else { return nil }
    // period,incidents (one row): the last line's last value.
    return result.out.split(separator: "\n").last.flatMap { $0.split(separator: ",").last }.flatMap { Int($0) }
}

@Suite(.serialized) struct NothingLostTests {
    @Test(
        """
        a refused output path (a folder, the database or its sidecars, the input, a file the tool did not write) \
        leaves the folder and the database byte-identical
        """
    )
    func refusedPaths() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("in.csv", recordsFile(300))
        #expect(try cli.run(["import", "in.csv"]).status == 0)
        try FileManager.default.createDirectory(atPath: cli.path("Reports"), withIntermediateDirectories: true)
        try cli.write("Reports/notes.txt", "the trustees' notes")
        try cli.write("mine.png", "a picture a person made")
        let cases: [[String]] = [
            ["export", "--for", "police", "--period", "2024-Q1", "--out", "Reports"],
            ["export", "--for", "police", "--period", "2024-Q1", "--out", "incidents.sqlite"],
            ["export", "--for", "police", "--period", "2024-Q1", "--out", "./incidents.sqlite-wal"],
            ["links", "--format", "csv", "--out", "incidents.sqlite"],
            ["links", "--format", "csv", "--out", "incidents.sqlite-journal"],
            ["report", "--period", "2024", "--out", "incidents.sqlite"],
            ["report", "--period", "2024", "--out", "Reports"],
            ["import", "in.csv", "--skip-invalid", "incidents.sqlite"],
            ["import", "in.csv", "--skip-invalid", "in.csv"],
            ["chart", "monthly", "--period", "2024", "--out", "mine.png"],
            ["chart", "monthly", "--period", "2024", "--out", "Reports/notes.txt/x.pdf"],
            ["backup", "incidents.sqlite"],
            ["backup", "Reports"],
            ["review", "--list", "--format", "csv", "--out", "incidents.sqlite"],
            ["review", "--list", "--format", "csv", "--out", "test.key"],
            ["review", "--list", "--format", "csv", "--out", "mine.png"],
            ["review", "--list", "--format", "csv", "--out", "Reports"],
            // "." and ".." are folders (a crash once, nothing written).
            ["backup", "."],
            ["links", "--format", "csv", "--out", "."],
            ["export", "--for", "police", "--period", "2024-Q1", "--out", "Reports/.."],
            ["import", "in.csv", "--skip-invalid", "."],
        ]
        let before = try cli.snapshot()
        for arguments in cases {
            let result = try cli.run(arguments)
            #expect(result.status != 0, "\(arguments) should be refused")
            #expect(result.err.contains("nothing was written"), "\(arguments): \(result.err)")
            let after = try cli.snapshot()
            #expect(
                after == before,
                """
                \(arguments) changed files: \(Set(after.keys).symmetricDifference(before.keys)) / \
                \(after.keys.filter { after[$0] != before[$0] })
                """
            )
        }
        // Not a regular file (a terminal, a pipe), by name or behind a link; a name ending in a
        // slash. Refused at once: nothing waits on a pipe, nothing reaches the audit trail.
        #expect(mkfifo(cli.path("pipe"), 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: cli.path("pipe.csv"), withDestinationPath: cli.path("pipe"))
        let trail = try cli.run(["audit"]).out
        for target in ["/dev/stdout", "pipe", "pipe.csv", "new.csv/"] {
            let refused = try cli.run(["export", "--for", "police", "--period", "2024-Q1", "--out", target])
            #expect(refused.status != 0 && refused.err.contains("nothing was written"), "\(target): \(refused.err)")
        }
        #expect(try cli.run(["audit"]).out == trail)
        try? FileManager.default.removeItem(atPath: cli.path("pipe.csv"))
        try? FileManager.default.removeItem(atPath: cli.path("pipe"))
        // A symbolic link to the database is the database.
        try FileManager.default.createSymbolicLink(
            atPath: cli.path("innocent.csv"), withDestinationPath: cli.path("incidents.sqlite"))
        let linked = try cli.run(["export", "--for", "police", "--period", "2024-Q1", "--out", "innocent.csv"])
        #expect(linked.status != 0 && linked.err.contains("is the database"))

        // --force replaces a file the tool did not write; the tool replaces its own without it.
        let forced = try cli.run(["chart", "monthly", "--period", "2024", "--out", "mine.png", "--force"])
        #expect(forced.status == 0, "\(forced.err)")
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: cli.path("mine.png"))).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try cli.run(["chart", "monthly", "--period", "2024", "--out", "mine.png"]).status == 0)
        // …but not once a person has changed it.
        try cli.write("mine.png", "edited by hand")
        #expect(try cli.run(["chart", "monthly", "--period", "2024", "--out", "mine.png"]).status != 0)
        #expect(try cli.read("mine.png") == "edited by hand")
    }

    @Test(
        """
        a database or a key file, even one the tool wrote (a backup, another database's key), is never replaced \
        by another kind of output, even with --force; a backup replaces the backup it wrote, a key rotation its key
        """
    )
    func databasesAndKeysKeepTheirKind() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("in.csv", recordsFile(50))
        #expect(try cli.run(["import", "in.csv"]).status == 0)
        #expect(try cli.run(["backup", "copy.sqlite"]).status == 0)
        // Another database's key file, written by the tool.
        let other = ["--database", "other.sqlite", "--key-file", "other.sqlite.key"]
        let created = try cli.run(other + ["keys", "create"])
        #expect(created.status == 0, "\(created.err)")
        let before = try cli.snapshot()
        for target in ["copy.sqlite", "other.sqlite.key"] {
            for force in [[], ["--force"]] {
                for arguments in [
                    ["links", "--format", "csv", "--out", target],
                    ["review", "--list", "--format", "csv", "--out", target],
                    ["export", "--for", "police", "--period", "2024", "--out", target],
                    ["import", "in.csv", "--skip-invalid", target],
                ] {
                    let result = try cli.run(arguments + force)
                    #expect(result.status != 0, "\(arguments + force) should be refused")
                    #expect(result.err.contains("never replaces one, even with --force"), "\(result.err)")
                }
            }
            // A backup is a database: it does not replace a key file.
            if target.hasSuffix(".key") {
                #expect(try cli.run(["backup", target, "--force"]).status != 0)
            }
        }
        #expect(try cli.snapshot() == before)
        // An SQLite log or shared memory, by name; a key file that starts with a byte-order mark
        // or a blank line (the tool reads it so); a log the tool could not name.
        try cli.write("copy.sqlite-wal", "frames of a log")
        try cli.write("bom.key", "\u{FEFF}\n" + (try cli.read("other.sqlite.key")))
        try Data([0xD9, 0xD5, 0x05, 0xF9, 0x20, 0xA1, 0x63, 0xD7, 0, 0]).write(
            to: URL(fileURLWithPath: cli.path("journal.bak")))
        let guarded = try cli.snapshot()
        for target in ["copy.sqlite-wal", "other.sqlite-shm", "bom.key", "journal.bak"] {
            if target.hasSuffix("-shm") { try cli.write(target, "shared memory") }
            let result = try cli.run(["links", "--format", "csv", "--out", target, "--force"])
            #expect(result.status != 0 && result.err.contains("never replaces one"), "\(target): \(result.err)")
        }
        try? FileManager.default.removeItem(atPath: cli.path("other.sqlite-shm"))
        #expect(try cli.snapshot() == guarded)
        // A backup is not written over a database whose log is beside it (open, or not closed cleanly).
        let open = try cli.run(["backup", "copy.sqlite"])
        #expect(open.status != 0 && open.err.contains("has its log"), "\(open.err)")
        try FileManager.default.removeItem(atPath: cli.path("copy.sqlite-wal"))
        // Of its own kind: the backup again over the backup it wrote.
        let again = try cli.run(["backup", "copy.sqlite"])
        #expect(again.status == 0, "\(again.err)")
        #expect(try cli.run(["--database", "copy.sqlite", "check"]).status == 0)
        // The other database's key file is still a key file that opens its database.
        #expect(try cli.read("other.sqlite.key").hasPrefix("incidents key file"))
    }

    @Test(
        """
        a write that fails (the file-size limit standing in for a full disk) exits non-zero, keeps the previous \
        file and leaves no partial file
        """
    )
    func failedWriteKeepsPrevious() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("in.csv", recordsFile(2_000))
        #expect(try cli.run(["import", "in.csv"]).status == 0)
        #expect(try cli.run(["chart", "monthly", "--period", "2024", "--out", "chart.svg"]).status == 0)
        #expect(try cli.run(["export", "--for", "police", "--period", "2024", "--out", "police.csv"]).status == 0)
        let chart = try Data(contentsOf: URL(fileURLWithPath: cli.path("chart.svg")))
        let export = try Data(contentsOf: URL(fileURLWithPath: cli.path("police.csv")))
        // Writes past 48 KiB fail with EFBIG (the signal is ignored), as on a full disk. (The
        // database's 32 KiB shared-memory file stays within it; the chart, the report and the
        // export do not.)
        let limit = "trap '' XFSZ; ulimit -f 48;"
        let failedChart = try cli.run(["chart", "monthly", "--period", "2024-H1", "--out", "chart.svg"], shell: limit)
        #expect(failedChart.status != 0)
        #expect(!failedChart.out.contains("Wrote"))
        #expect(failedChart.err.contains("chart.svg"))
        #expect(failedChart.err.contains("the disk may be full"), "\(failedChart.err)")
        #expect(!failedChart.err.contains("incidents-tmp"), "the file is named as the chart: \(failedChart.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.path("chart.svg"))) == chart)
        let failedReport = try cli.run(["report", "--period", "2024", "--out", "report.pdf"], shell: limit)
        #expect(failedReport.status != 0)
        #expect(!FileManager.default.fileExists(atPath: cli.path("report.pdf")))
        let failedExport = try cli.run(
            ["export", "--for", "police", "--period", "2024-H1", "--out", "police.csv"], shell: limit)
        #expect(failedExport.status != 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.path("police.csv"))) == export)
        // A backup that cannot be written names the backup, not the database, which is unchanged.
        let failedBackup = try cli.run(["backup", "copy.sqlite"], shell: limit)
        #expect(failedBackup.status != 0)
        #expect(
            failedBackup.err.contains("copy.sqlite: the backup could not be written")
                && failedBackup.err.contains("incidents.sqlite is unchanged"), "\(failedBackup.err)")
        #expect(!FileManager.default.fileExists(atPath: cli.path("copy.sqlite")))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cli.folder).filter {
            $0.hasSuffix(".incidents-tmp")
        }
        #expect(leftovers.isEmpty, "\(leftovers)")
        // The failed export did not reach the audit log: only the first one is there.
        #expect(try cli.store().exports().count == 1)
        // An import whose rejected rows cannot be written: refused whole, said as the rejects
        // file, not its hidden temporary file, and not as a file that could not be read.
        try cli.write("bad.csv", recordsFile(900, prefix: "B").replacing("2024-", with: "2024-13-"))
        let batches = try cli.store().batches().count
        let failedRejects = try cli.run(["import", "bad.csv", "--skip-invalid", "rejects.csv"], shell: limit)
        #expect(failedRejects.status != 0)
        #expect(
            failedRejects.err.contains("rejects.csv: cannot write the file")
                && !failedRejects.err.contains("incidents-tmp") && !failedRejects.err.contains("open or read"),
            "\(failedRejects.err)")
        #expect(!FileManager.default.fileExists(atPath: cli.path("rejects.csv")))
        #expect(try cli.store().batches().count == batches)
        // Rejected rows that fit but whose record in .incidents-written does not (the record is
        // past the limit): still nothing imported, and the record keeps only whole lines.
        let ledger = cli.path(".incidents-written")
        let padding = String(repeating: "\(String(repeating: "0", count: 64))  an-earlier-file.csv\n", count: 600)
        try (((try? cli.read(".incidents-written")) ?? "") + padding).write(
            toFile: ledger, atomically: true, encoding: .utf8)
        let ledgerBefore = try cli.read(".incidents-written")
        try cli.write("few.csv", recordsFile(40, prefix: "F").replacing("2024-0", with: "2024-13-0"))
        let failedRecord = try cli.run(["import", "few.csv", "--skip-invalid", "rejects.csv"], shell: limit)
        #expect(failedRecord.status != 0)
        #expect(failedRecord.err.contains("rejects.csv: recording the file"), "\(failedRecord.err)")
        #expect(try cli.store().batches().count == batches, "the valid rows were imported without their rejects")
        #expect(try cli.read(".incidents-written") == ledgerBefore)
        #expect(!FileManager.default.fileExists(atPath: cli.path("rejects.csv")))
    }

    @Test(
        """
        a NUL byte (deep in a file or in its first 4 KB) or a control character is refused \
        with its line, column and field; a file of NULs throughout is refused as binary
        """
    )
    func controlCharacters() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("in.csv", recordsFile(20))
        #expect(try cli.run(["import", "in.csv"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.path("incidents.sqlite")))
        var text = recordsFile(100, prefix: "N")
        #expect(text.utf8.count > 4_096)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[80] = lines[80].replacingOccurrences(of: "Barnet", with: "Bar\u{0}net")
        lines[90] = lines[90].replacingOccurrences(of: "Shouted", with: "Shou\u{1B}[2Jted")
        lines[95] = lines[95].replacingOccurrences(of: "Barnet", with: "Bar\u{202E}net")
        text = lines.joined(separator: "\n")
        try cli.write("nul.csv", text)
        let result = try cli.run(["import", "nul.csv"])
        #expect(result.status != 0)
        #expect(result.err.contains("nul.csv:81:6: location: a NUL byte"), "\(result.err)")
        #expect(result.err.contains("nul.csv:91:7: description: a control character (0x1B)"), "\(result.err)")
        #expect(result.err.contains("nul.csv:96:6: location: an invisible control character (U+202E"), "\(result.err)")
        #expect(!result.err.contains("\u{1B}"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.path("incidents.sqlite"))) == before)
        // Within the first 4 KB too: a stray NUL is a row's problem, with its line, column and field;
        // a file of NULs throughout (UTF-16 without its mark, a spreadsheet) is refused as binary.
        var early = recordsFile(100, prefix: "E").split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        early[11] = early[11].replacingOccurrences(of: "Barnet", with: "Bar\u{0}net")
        try cli.write("early.csv", early.joined(separator: "\n"))
        let stray = try cli.run(["import", "early.csv"])
        #expect(stray.status != 0 && stray.err.contains("early.csv:12:6: location: a NUL byte"), "\(stray.err)")
        let wide = Data(recordsFile(5).utf8.flatMap { [$0, 0] })
        try wide.write(to: URL(fileURLWithPath: cli.path("wide.csv")))
        let binary = try cli.run(["import", "wide.csv"])
        #expect(binary.status != 0 && binary.err.contains("wide.csv:1: the file contains NUL bytes"), "\(binary.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.path("incidents.sqlite"))) == before)
    }

}

/// A small seeded generator for the tests' random moments and bytes.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
