import Foundation
import IncidentStore
import TestSupport
import Testing

/// Nothing is lost: runs killed at random moments, readers and a second writer during an import, an
/// import from a stalled pipe, and two drafts made at once.
extension NothingLostTests {
    @Test(
        """
        kill -9 at seeded random moments of import, link and report leaves a sound database, counts from before \
        or after, and no partial output
        """
    )
    func killsAtRandomMoments() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("base.csv", recordsFile(2_000, prefix: "B"))
        #expect(try cli.run(["import", "base.csv"]).status == 0)
        try cli.write("more.csv", recordsFile(12_000, prefix: "M"))
        try cli.write("police.csv", recordsFile(1_500, prefix: "P", source: "police"))
        // How long each takes undisturbed, to spread the kills over it.
        let scratch = try CLI()
        defer { scratch.cleanUp() }
        try FileManager.default.copyItem(atPath: cli.path("incidents.sqlite"), toPath: scratch.path("incidents.sqlite"))
        try Data(contentsOf: URL(fileURLWithPath: cli.keyFile)).write(to: URL(fileURLWithPath: scratch.keyFile))
        try FileManager.default.copyItem(atPath: cli.path("more.csv"), toPath: scratch.path("more.csv"))
        var clock = ContinuousClock.now
        #expect(try scratch.run(["import", "more.csv"]).status == 0)
        let importTime = ContinuousClock.now - clock
        clock = .now
        #expect(try scratch.run(["report", "--period", "2024", "--out", "r.pdf"]).status == 0)
        let reportTime = ContinuousClock.now - clock
        try FileManager.default.copyItem(atPath: cli.path("police.csv"), toPath: scratch.path("police.csv"))
        #expect(try scratch.run(["import", "police.csv"]).status == 0)
        clock = .now
        #expect(try scratch.run(["link"]).status == 0)
        let linkTime = ContinuousClock.now - clock

        var generator = SplitMix(seed: 20_261_130)
        var imported: Set<String> = []
        var kills = 0
        // Rounds go on until at least 24 runs were killed mid-way (some finish before their
        // moment comes), up to 60.
        var round = -1
        while kills < 24 && round < 59 {
            round += 1
            let kind = round % 3
            let span = kind == 2 ? reportTime : kind == 1 ? linkTime : importTime
            let seconds = Double(span.components.seconds) + Double(span.components.attoseconds) / 1e18
            // Somewhere in the first two thirds of an undisturbed run.
            let delay = Double(generator.next() % 667) / 1_000 * seconds
            let file = round % 2 == 0 ? "more.csv" : "police.csv"
            let arguments: [String] =
                switch kind {
                case 0: ["import", file, "--skip-invalid", "rejects.csv"]
                case 1: ["link"]
                default:
                    round % 2 == 0
                        ? ["report", "--period", "2024", "--out", "Reports/annual.pdf"]
                        : ["report", "--period", "2024", "--draft"]
                }
            let previous = try #require(try total2024(cli))
            let hiddenBefore = Set(
                ((try? FileManager.default.contentsOfDirectory(atPath: cli.path("Reports"))) ?? []).filter {
                    $0.hasSuffix(".incidents-tmp")
                })
            let running = try cli.start(arguments)
            Thread.sleep(forTimeInterval: delay)
            // Mostly a hard kill; every fifth a polite one (Ctrl-C, a closing terminal), which
            // removes the hidden file at once.
            let polite = round % 5 == 4
            if running.isRunning { running.kill(polite ? SIGTERM : SIGKILL); kills += 1 }
            _ = running.wait()
            if polite, kind == 2, let names = try? FileManager.default.contentsOfDirectory(atPath: cli.path("Reports"))
            {
                let left = Set(names.filter { $0.hasSuffix(".incidents-tmp") }).subtracting(hiddenBefore)
                #expect(left.isEmpty, "round \(round): SIGTERM left \(left)")
            }
            // The database is sound and its summaries agree with the records.
            let check = try cli.run(["check"])
            #expect(check.status == 0, "round \(round) \(arguments): \(check.out) \(check.err)")
            let total = try #require(try total2024(cli))
            switch kind {
            case 0:
                // All of the file or none of it.
                let added = imported.contains(file) ? 0 : (file == "more.csv" ? 12_000 : 1_500)
                #expect(total == previous || total == previous + added, "round \(round): \(previous) → \(total)")
                if total != previous { imported.insert(file) }
            case 1: #expect(total <= previous, "round \(round): linking can only merge records")
            default: #expect(total == previous)
            }
            // No partial output under the target's name: a PDF there is whole.
            if FileManager.default.fileExists(atPath: cli.path("Reports/annual.pdf")) {
                let pdf = try Data(contentsOf: URL(fileURLWithPath: cli.path("Reports/annual.pdf")))
                #expect(
                    pdf.starts(with: Array("%PDF-".utf8))
                        && String(decoding: pdf.suffix(32), as: UTF8.self).contains("%%EOF"), "round \(round)")
            }
            #expect(
                !FileManager.default.fileExists(atPath: cli.path("rejects.csv")),
                "no rows were rejected, so no rejects file")
            // Drafts and their PDFs go together: every draft on record has its PDF, every draft
            // PDF has its record (`drafts` first puts in place a PDF a kill left hidden).
            let drafts = try cli.run(["drafts"])
            #expect(drafts.status == 0)
            let recorded = try IncidentStore(path: cli.path("incidents.sqlite"), options: .init(writes: false)).drafts(
                period: "2024")
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: cli.path("Reports"))) ?? []).filter {
                $0.contains("-draft-") && $0.hasSuffix(".pdf")
            }
            #expect(
                Set(recorded.map { ($0.output as NSString).lastPathComponent }) == Set(files),
                "round \(round): records \(recorded.map(\.output)) files \(files)")
        }
        #expect(kills >= 20, "only \(kills) runs were killed before they finished in \(round + 1) rounds")
        // The next write to a target removes what killed runs left hidden.
        let last = try cli.run(["report", "--period", "2024", "--out", "Reports/annual.pdf"])
        #expect(last.status == 0, "\(last.err)")
        let hidden = try FileManager.default.contentsOfDirectory(atPath: cli.path("Reports")).filter {
            $0.hasSuffix(".incidents-tmp")
        }
        #expect(hidden.isEmpty, "\(hidden)")
    }

    @Test(
        """
        figures answer from a snapshot while a long import runs; a second writer waits its turn, \
        or gives up with a clear message
        """
    )
    func readersDuringImport() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("base.csv", recordsFile(1_000, prefix: "B"))
        #expect(try cli.run(["import", "base.csv"]).status == 0)
        let before = try #require(try total2024(cli))
        try cli.write("big.csv", recordsFile(150_000, prefix: "G"))
        try cli.write("small.csv", recordsFile(10, prefix: "S"))
        let importing = try cli.start(["import", "big.csv"])
        Thread.sleep(forTimeInterval: 0.5)
        var answered = 0
        for _ in 0..<5 where importing.isRunning {
            let figures = try cli.run(["figures", "--period", "2024", "--format", "csv"])
            #expect(figures.status == 0, "\(figures.err)")
            let total = figures.out.split(separator: "\n").last.flatMap { $0.split(separator: ",").last }.flatMap {
                Int($0)
            }
            #expect(total == before || total == before + 150_000)
            if importing.isRunning { answered += 1 }
        }
        #expect(answered >= 3, "figures did not answer while the import ran (import too quick, or figures waited)")
        // A writer that will not wait long enough is refused, with what is happening.
        if importing.isRunning {
            let impatient = try cli.run(["--wait", "0.3", "import", "small.csv"])
            if importing.isRunning {
                #expect(impatient.status != 0)
                #expect(impatient.err.contains("another incidents command"), "\(impatient.err)")
                #expect(!impatient.err.contains("check the path"))
            }
        }
        let patient = try cli.start(["import", "small.csv"])
        let big = importing.wait()
        #expect(big.status == 0, "\(big.err)")
        let second = patient.wait()
        #expect(second.status == 0, "\(second.err)")
        #expect(try total2024(cli) == before + 150_010)
    }

    @Test("an import from a pipe that stalls does not hold other writers back; when the pipe ends, it imports")
    func stalledPipe() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("small.csv", recordsFile(10, prefix: "S"))
        #expect(mkfifo(cli.path("feed"), 0o600) == 0)
        let piped = try cli.start(["import", "feed", "--source", "cst"])
        Thread.sleep(forTimeInterval: 0.5)
        #expect(piped.isRunning, "the import waits for the pipe's writer")
        // Another writer, however impatient, has its turn.
        let other = try cli.run(["--wait", "1", "import", "small.csv"])
        #expect(other.status == 0, "\(other.err)")
        // The pipe's writer comes and goes: the first import reads it all and imports.
        let handle = try #require(FileHandle(forWritingAtPath: cli.path("feed")))
        handle.write(Data(recordsFile(5, prefix: "P").utf8))
        try handle.close()
        let done = piped.wait()
        #expect(done.status == 0, "\(done.err)")
        #expect(try total2024(cli) == 15)
        // A device that never ends is refused once it has given more than a file would, not read for ever.
        let endless = try cli.run(["import", "/dev/zero", "--source", "cst"])
        #expect(endless.status != 0 && endless.err.contains("save the data to a file"), "\(endless.err)")
        #expect(try total2024(cli) == 15)
    }

    @Test("two drafts made at once get numbers 1 and 2, each with its PDF and its record")
    func concurrentDrafts() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("in.csv", recordsFile(500))
        #expect(try cli.run(["import", "in.csv"]).status == 0)
        let a = try cli.start(["report", "--period", "2024", "--draft"])
        let b = try cli.start(["report", "--period", "2024", "--draft"])
        let (ra, rb) = (a.wait(), b.wait())
        #expect(ra.status == 0, "\(ra.err)")
        #expect(rb.status == 0, "\(rb.err)")
        let drafts = try cli.store().drafts(period: "2024")
        #expect(drafts.map(\.number).sorted() == [1, 2])
        for draft in drafts {
            #expect(FileManager.default.fileExists(atPath: cli.path(draft.output)), "\(draft.output)")
            let text = try tool("pdftotext", ["-l", "1", cli.path(draft.output), "-"])
            #expect(text.contains("DRAFT \(draft.number) of"))
        }
    }
}
