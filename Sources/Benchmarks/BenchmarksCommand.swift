// Prints speed and memory figures for the targets in the issues. Not a test: nothing here
// asserts. Run: `swift build -c release && .build/release/Benchmarks [--rows N] [--keep]`, or one
// mode of `.build/release/Benchmarks --help` (`--report-only`, `--import-only`, …).
//
// Each measured command runs as its own child process, spawned from this small parent, and its
// peak memory is that child's own (wait4). The data is generated in another child (`generate`,
// `generate-exchange`), because a spawned child inherits its parent's memory high-water mark on Linux.
// One file per benchmark: ReportBenchmark, ImportBenchmark, FiguresBenchmark, LinkageQuality,
// LabelledLinkage, LinkageDiagnosis, LinkageSpeed, RedactionBenchmarks, ConcurrentFigures,
// SealBenchmark, ServeBenchmark; Measure holds the child-process helpers, GeneratedData the data.
import ArgumentParser
import DemoData
import Foundation
import IncidentModel

@main
struct BenchmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "Benchmarks",
        abstract: "Prints speed and memory figures for the targets in the issues (nothing here asserts).",
        discussion: """
            With no mode: the report, the police exchange (redaction, linkage quality and speed), the import \
            of --rows records and the figures on that database. Each measured command runs as a child \
            process of its own and its peak memory is that child's. Build with -c release for figures \
            worth quoting.
            """)

    /// A step the benchmarks run in a child process of their own (its memory is not the parent's).
    enum Step: String, ExpressibleByArgument, CaseIterable {
        case generate
        case generateExchange = "generate-exchange"
    }

    /// The benchmark to run alone (at most one; none: the whole run).
    enum Mode: String, EnumerableFlag {
        case reportOnly, importOnly, exchangeOnly, qualityOnly, linkSpeedOnly, redactionOnly, sealOnly
        case concurrencyOnly, serveOnly, diagnose

        static func help(for value: Mode) -> ArgumentHelp? {
            switch value {
            case .reportOnly: "The report only: the demo's 2025 annual report as PDF, web edition and both."
            case .importOnly: "The import only: --rows records into a new database, then again (all unchanged)."
            case .exchangeOnly: "The police exchange only: redaction quality, linkage quality and linkage speed."
            case .qualityOnly: "Linkage quality only: the demo's half-year, year and surge, and the dense set."
            case .linkSpeedOnly: "`incidents link` over 25 years: 100,000 own × 72,500 police records, sealed."
            case .redactionOnly: "Redaction only: quality on the labelled sets and the export's speed."
            case .sealOnly: "The cost of sealing --rows records' personal fields, in process."
            case .concurrencyOnly: "`figures` latency while another process imports --rows records."
            case .serveOnly: "`incidents serve` under wrk, 50 connections, on --rows records (needs wrk)."
            case .diagnose: "Linkage diagnosis: the fitted model, wrongly linked and missed pairs (a development aid)."
            }
        }
    }

    @Argument(
        help: """
            Internal: a step the benchmarks run as a child process. `generate` writes --rows records \
            to --out; `generate-exchange` writes own.csv and police.csv into the folder --out.
            """)
    var step: Step?

    @Flag var mode: Mode?

    @Option(
        help: ArgumentHelp(
            "Records generated and imported (import, figures, concurrency, serve, seal).", valueName: "N"))
    var rows = 1_000_000

    @Flag(help: "Keep the scratch folder (its path is printed) instead of removing it.")
    var keep = false

    @Flag(help: "With no mode: skip the report.")
    var skipReport = false

    @Option(
        help: ArgumentHelp(
            "Linkage quality at the defaults on labelled folders (cst.csv, police.csv, truth.csv).",
            valueName: "DIR[,DIR…]"))
    var labelled: String?

    @Option(
        help: ArgumentHelp(
            "Every kept and every true pair of a labelled folder, with state, probability and levels, to --out.",
            valueName: "DIR"))
    var labelledPairs: String?

    @Option(
        help: ArgumentHelp(
            "With --labelled-pairs: the folder keeping the imported database between runs.", valueName: "FOLDER"))
    var cache: String?

    @Option(
        help: ArgumentHelp(
            "A logistic model trained on the answers of one labelled folder, scored on another: how far the "
                + "compared pairs' evidence goes.", valueName: "TRAIN,TEST"))
    var ceiling: String?

    @Flag(help: "With --labelled-pairs: print each level's m (and its share among the true pairs), u and weight.")
    var showModel = false

    @Flag(help: "Linkage quality with look-alikes (`incidents link --look-alikes`).")
    var lookAlikes = false

    @Option(
        help: ArgumentHelp(
            "With --labelled-pairs: also write every compared pair (not only the kept ones) to this file.",
            valueName: "FILE"))
    var comparedOut: String?

    @Option(
        help: ArgumentHelp(
            "The file written by --labelled-pairs (default pairs.csv) and `generate`; the folder of the other.",
            valueName: "PATH"))
    var out: String?

    @Flag(help: "With --diagnose: the dense 100,000 × 50,000 set instead of a surge of the demo.")
    var dense = false

    @Option(
        help: ArgumentHelp(
            "With the redaction benchmarks: the development set too (e.g. ../shared/data/redaction-dev).",
            valueName: "DIR"))
    var redactionDev: String?

    @Flag(help: "With the redaction benchmarks: print every planted item that was missed.")
    var showMisses = false

    @Option(help: ArgumentHelp("With --serve-only: seconds of load on each URL.", valueName: "S"))
    var seconds = 15

    @Option(help: ArgumentHelp("With `generate-exchange`: the police records.", valueName: "N"))
    var police = 50_000

    @Option(help: ArgumentHelp("With `generate-exchange`: the history's first year.", valueName: "YEAR"))
    var firstYear = 2019

    func validate() throws {
        if step != nil && out == nil { throw ValidationError("`\(step!.rawValue)` needs --out") }
    }

    func run() throws {
        switch step {
        case .generate: return try writeRows(rows, to: out!)
        case .generateExchange: return try writeExchange(to: out!, police: police, firstYear: firstYear)
        case nil: break
        }
        let me =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let incidents = ((me as NSString).deletingLastPathComponent as NSString).appendingPathComponent("incidents")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("incidents-bench-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { if keep { print("kept \(folder)") } else { try? FileManager.default.removeItem(atPath: folder) } }

        print("incidents benchmarks: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(incidents)")
        try run(me: me, incidents: incidents, folder: folder)
    }

    /// The chosen benchmark (or the whole run) in the scratch `folder`.
    func run(me: String, incidents: String, folder: String) throws {
        if let labelled {
            print("linkage quality at the defaults on labelled data:")
            for dir in labelled.split(separator: ",") {
                try labelledQuality(String(dir), scratch: folder, incidents: incidents)
            }
            return
        }
        if let ceiling {
            let folders = ceiling.split(separator: ",").map(String.init)
            guard folders.count == 2 else { throw ValidationError("--ceiling takes two folders: TRAIN,TEST") }
            try linkageCeiling(train: folders[0], test: folders[1], scratch: cache ?? folder, incidents: incidents)
            return
        }
        if let labelledPairs {
            try writeLabelledPairs(
                labelledPairs, cache: cache ?? folder, out: out ?? "pairs.csv", compared: comparedOut,
                incidents: incidents, showModel: showModel)
            return
        }
        switch mode {
        case .qualityOnly:
            linkageQualityBenchmarks()
            denseLinkageQuality()
        case .diagnose:
            if dense {
                let data = exchangeHistory(own: 100_000, police: 50_000)
                diagnose(own: data.own, police: data.police, truth: data.truth, limit: 25)
            } else {
                let h = DemoHistory(seed: 11, first: CivilDate(iso: "2023-10-07")!, last: CivilDate(iso: "2023-12-31")!)
                diagnose(own: h.own, police: h.police, truth: h.truth, limit: 1000)
            }
        case .linkSpeedOnly: try linkageSpeedOver25Years(folder: folder, incidents: incidents, me: me)
        case .sealOnly: sealBenchmark(rows: rows)
        case .importOnly: importOnlyBenchmark(folder: folder, incidents: incidents, me: me, rows: rows)
        case .serveOnly: serveBenchmark(folder: folder, incidents: incidents, me: me, rows: rows, seconds: seconds)
        case .concurrencyOnly: concurrentFiguresBenchmark(folder: folder, incidents: incidents, me: me, rows: rows)
        case .redactionOnly:
            redactionQuality(dev: redactionDev, showMisses: showMisses)
            try redactionSpeed(folder: folder, incidents: incidents)
        case .exchangeOnly:
            try exchangeBenchmarks(
                folder: folder, incidents: incidents, me: me, redactionDev: redactionDev, showMisses: showMisses)
        case .reportOnly:
            if !skipReport { try reportBenchmark(folder: folder, incidents: incidents) }
        case nil:
            if !skipReport { try reportBenchmark(folder: folder, incidents: incidents) }
            try exchangeBenchmarks(
                folder: folder, incidents: incidents, me: me, redactionDev: redactionDev, showMisses: showMisses)
            let database = try importBenchmark(folder: folder, incidents: incidents, me: me, rows: rows)
            try figuresBenchmarks(database: database, incidents: incidents, rows: rows)
        }
    }
}
