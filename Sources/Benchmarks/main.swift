// Prints speed and memory figures for the targets in the issues. Not a test: nothing here
// asserts. Run: `swift build -c release && .build/release/Benchmarks [--rows N] [--keep]`
// (`--report-only`: the report; `--exchange-only`: redaction, linkage quality and linkage speed;
// `--concurrency-only`: figures while a 1,000,000-row import runs in another process;
// `--serve-only`: `incidents serve` under wrk, 50 connections, on 1,000,000 records).
//
// Each measured command runs as its own child process, spawned from this small parent, and its
// peak memory is that child's own (wait4). The data is generated in another child, because a
// spawned child inherits its parent's memory high-water mark on Linux.
import DemoData
import Foundation
import IncidentModel
import IncidentStore
import Intake
import Linkage
import Redaction
import Statistics

#if canImport(Glibc)
import Glibc
#endif

/// Starts `executable ARGS` with its standard output thrown away; its pid, or nil.
func spawn(_ executable: String, _ arguments: [String]) -> pid_t? {
    var pid: pid_t = 0
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    return posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 ? pid : nil
}

/// Runs `executable ARGS` (paths in ARGS absolute); wall seconds, the child's peak resident memory in MB, exit status.
func measure(_ executable: String, _ arguments: [String]) -> (seconds: Double, peakMB: Double, status: Int32) {
    let start = ContinuousClock.now
    guard let pid = spawn(executable, arguments) else { return (0, 0, -1) }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return (seconds, Double(usage.ru_maxrss) / 1024, (status >> 8) & 0xFF)
}

/// Makes the key file of `database` (beside it), so that imports can seal personal data.
func ensureKey(_ incidents: String, _ database: String) {
    if !FileManager.default.fileExists(atPath: database + ".key") {
        _ = measure(incidents, ["keys", "create", "--database", database])
    }
}

/// Writes `rows` synthetic records (the demo's history, scaled up) to `path`.
func writeRows(_ rows: Int, to path: String) throws {
    let history = DemoHistory(
        seed: 1, first: CivilDate(iso: "2016-01-01")!, last: CivilDate(iso: "2025-12-31")!,
        scale: Double(rows) / 32_000)
    var writer = try IncidentCSVWriter(path: path, personalData: .include)
    var written = 0
    for incident in history.own + history.police where written < rows {
        try writer.write(incident)
        written += 1
    }
    try writer.close()
}

func option(_ name: String) -> String? {
    let arguments = CommandLine.arguments
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}

let rows = option("--rows").flatMap(Int.init) ?? 1_000_000
if CommandLine.arguments.dropFirst().first == "generate" {
    try writeRows(rows, to: option("--out")!)
    exit(0)
}

if CommandLine.arguments.dropFirst().first == "generate-exchange" {
    let data = exchangeHistory(
        own: 100_000, police: option("--police").flatMap(Int.init) ?? 50_000,
        firstYear: option("--first-year").flatMap(Int.init) ?? 2019)
    for (name, records) in [("own.csv", data.own), ("police.csv", data.police)] {
        var writer = try IncidentCSVWriter(path: option("--out")! + "/" + name, personalData: .include)
        for record in records { try writer.write(record) }
        try writer.close()
    }
    exit(0)
}

let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
let incidents = ((me as NSString).deletingLastPathComponent as NSString).appendingPathComponent("incidents")
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("incidents-bench-\(getpid())").path
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
let keep = CommandLine.arguments.contains("--keep")
defer { if keep { print("kept \(folder)") } else { try? FileManager.default.removeItem(atPath: folder) } }

print("incidents benchmarks: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(incidents)")

if let labelled = option("--labelled") {
    // `--labelled DIR[,DIR…]`: linkage quality on labelled folders (cst.csv, police.csv, truth.csv).
    print("linkage quality at the defaults on labelled data:")
    for dir in labelled.split(separator: ",") {
        try labelledQuality(String(dir), scratch: folder, incidents: incidents)
    }
    exit(0)
}
if let labelled = option("--labelled-pairs") {
    try labelledPairs(
        labelled, cache: option("--cache") ?? folder, out: option("--out") ?? "pairs.csv", incidents: incidents)
    exit(0)
}
if CommandLine.arguments.contains("--quality-only") {
    linkageQualityBenchmarks()
    let data = exchangeHistory(own: 100_000, police: 50_000)
    linkageQuality(
        "the same 100,000 × 50,000 (dense: every year at 4.4× the demo's rate)", own: data.own, police: data.police,
        truth: data.truth)
    exit(0)
}
if CommandLine.arguments.contains("--diagnose") {
    if CommandLine.arguments.contains("--dense") {
        let data = exchangeHistory(own: 100_000, police: 50_000)
        diagnose(own: data.own, police: data.police, truth: data.truth, limit: 25)
    } else {
        let h = DemoHistory(seed: 11, first: CivilDate(iso: "2023-10-07")!, last: CivilDate(iso: "2023-12-31")!)
        diagnose(own: h.own, police: h.police, truth: h.truth, limit: 1000)
    }
    exit(0)
}
if CommandLine.arguments.contains("--link-speed-only") {
    // 100,000 of the team's records and 72,500 police records over 25 years (2001–2025), sealed.
    let dataFolder = (folder as NSString).appendingPathComponent("exchange25")
    try FileManager.default.createDirectory(atPath: dataFolder, withIntermediateDirectories: true)
    _ = measure(me, ["generate-exchange", "--out", dataFolder, "--police", "72500", "--first-year", "2001"])
    let database = (dataFolder as NSString).appendingPathComponent("exchange.sqlite")
    ensureKey(incidents, database)
    for name in ["own.csv", "police.csv"] {
        _ = measure(
            incidents, ["import", (dataFolder as NSString).appendingPathComponent(name), "--database", database])
    }
    let records = try IncidentStore(path: database, options: .init(writes: false)).recordCounts()
    let run = measure(incidents, ["link", "--database", database])
    let rerun = measure(incidents, ["link", "--database", database])
    print(
        String(
            format:
                """
                linkage speed, 25 years: `incidents link` on %@ records: %.2f s wall, peak %.0f MB, exit %d; again \
                %.2f s, %.0f MB (target ≤ 10 s, ≤ 1 GB)
                """,
            records.map { "\($0.source) \($0.status) \($0.count)" }.joined(separator: ", ") as NSString, run.seconds,
            run.peakMB, run.status, rerun.seconds, rerun.peakMB))
    exit(0)
}
if CommandLine.arguments.contains("--seal-only") {
    sealBenchmark(rows: rows)
    exit(0)
}
if CommandLine.arguments.contains("--import-only") {
    let csv = (folder as NSString).appendingPathComponent("bench.csv")
    _ = measure(me, ["generate", "--rows", String(rows), "--out", csv])
    let database = (folder as NSString).appendingPathComponent("bench.sqlite")
    ensureKey(incidents, database)
    for label in ["into a new database", "again, all unchanged"] {
        let run = measure(incidents, ["import", csv, "--database", database])
        print(
            String(
                format: "import %@ rows %-22@ %6.2f s wall, peak memory %4.0f MB, exit %d", rows.grouped as NSString,
                label as NSString, run.seconds, run.peakMB, run.status))
    }
    exit(0)
}
if CommandLine.arguments.contains("--serve-only") {
    serveBenchmark(
        folder: folder, incidents: incidents, me: me, rows: rows, seconds: option("--seconds").flatMap(Int.init) ?? 15)
    exit(0)
}
if CommandLine.arguments.contains("--concurrency-only") {
    concurrentFiguresBenchmark(folder: folder, incidents: incidents, me: me, rows: rows)
    exit(0)
}
if CommandLine.arguments.contains("--redaction-only") {
    redactionQuality(dev: option("--redaction-dev"))
    try redactionSpeed(folder: folder, incidents: incidents)
    exit(0)
}
if CommandLine.arguments.contains("--exchange-only") {
    try exchangeBenchmarks(folder: folder, incidents: incidents, me: me)
    exit(0)
}

// The report: a demo database (about 4,000 counted incidents a year), then the 2025 annual report.
if !CommandLine.arguments.contains("--skip-report") {
    let demoFolder = (folder as NSString).appendingPathComponent("demo")
    let database = (folder as NSString).appendingPathComponent("demo.sqlite")
    _ = measure(incidents, ["demo", "--database", database, "--out-dir", demoFolder, "--reports", demoFolder])
    let pdf = (folder as NSString).appendingPathComponent("report-2025.pdf")
    let html = (folder as NSString).appendingPathComponent("report-2025.html")
    var best = (seconds: Double.infinity, peakMB: 0.0, status: Int32(0))
    var bestHTML = best, bestBoth = best
    let both = (folder as NSString).appendingPathComponent("both-2025.pdf")
    for _ in 0..<3 {
        let run = measure(incidents, ["report", "--database", database, "--period", "2025", "--out", pdf])
        if run.seconds < best.seconds { best = run }
        let web = measure(
            incidents,
            [
                "report", "--database", database, "--period", "2025", "--format", "html",
                "--out", html,
            ])
        if web.seconds < bestHTML.seconds { bestHTML = web }
        let together = measure(
            incidents,
            [
                "report", "--database", database, "--period", "2025", "--format", "both",
                "--out", both,
            ])
        if together.seconds < bestBoth.seconds { bestBoth = together }
    }
    let pdfinfo = Process()
    pdfinfo.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    pdfinfo.arguments = ["pdfinfo", pdf]
    let pipe = Pipe()
    pdfinfo.standardOutput = pipe
    try pdfinfo.run()
    let info = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    pdfinfo.waitUntilExit()
    let pages =
        info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last!) }
        ?? 0
    let charts =
        (try? String(contentsOfFile: "Templates/annual.md", encoding: .utf8))?.components(separatedBy: "{{chart ").count
        ?? 1
    // The year's counted incidents, as the report counts them.
    let figures = Process()
    figures.executableURL = URL(fileURLWithPath: incidents)
    figures.arguments = ["figures", "--database", database, "--period", "2025", "--format", "csv"]
    let figuresOut = Pipe()
    figures.standardOutput = figuresOut
    try figures.run()
    let csv = String(decoding: figuresOut.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let total = csv.split(separator: "\n").dropFirst().first ?? "?"
    figures.waitUntilExit()
    let htmlSize = ((try? FileManager.default.attributesOfItem(atPath: html))?[.size] as? Int) ?? 0
    let pdfSize = ((try? FileManager.default.attributesOfItem(atPath: pdf))?[.size] as? Int) ?? 0
    print(
        String(
            format: "report: the 2025 annual report of the demo database (%@ incidents): %.0f ms wall "
                + "(best of 3), peak memory %.0f MB, exit %d, %d pages, %d charts, %d KB (target ≤ 1 s, ≤ 300 MB)",
            String(total) as NSString, best.seconds * 1000, best.peakMB, best.status, pages, charts - 1,
            pdfSize / 1024))
    print(
        String(
            format: "report: its web edition (--format html): %.0f ms wall (best of 3), peak memory %.0f MB, "
                + "exit %d, %d KB", bestHTML.seconds * 1000, bestHTML.peakMB, bestHTML.status, htmlSize / 1024))
    print(
        String(
            format: "report: the PDF and the web edition together (--format both, one process): %.0f ms wall "
                + "(best of 3), peak memory %.0f MB, exit %d; as two processes %.0f ms (target ≤ 0.5 s for about "
                + "3,500 incidents)", bestBoth.seconds * 1000, bestBoth.peakMB, bestBoth.status,
            (best.seconds + bestHTML.seconds) * 1000))
}
if CommandLine.arguments.contains("--report-only") { exit(0) }
try exchangeBenchmarks(folder: folder, incidents: incidents, me: me)
let csv = (folder as NSString).appendingPathComponent("bench.csv")
_ = measure(me, ["generate", "--rows", String(rows), "--out", csv])
let size = ((try FileManager.default.attributesOfItem(atPath: csv))[.size] as? Int) ?? 0
print(
    """
    import: \(rows.grouped) rows, \(size / 1_000_000) MB of CSV, personal fields sealed (target: 1,000,000 rows in ≤ \
    12 s, ≤ 500 MB)
    """
)
ensureKey(incidents, (folder as NSString).appendingPathComponent("bench.sqlite"))
for (label, database) in [("into a new database", "bench.sqlite"), ("again, all unchanged", "bench.sqlite")] {
    let run = measure(incidents, ["import", csv, "--database", (folder as NSString).appendingPathComponent(database)])
    print(
        String(
            format: "  import %-22@ %6.2f s wall, peak memory %4.0f MB, exit %d", label as NSString, run.seconds,
            run.peakMB, run.status))
}

// Figures on the million-incident database: each call is a whole process, start-up included.
let database = (folder as NSString).appendingPathComponent("bench.sqlite")
print("figures: single calls on the \(rows.grouped)-row database, process start included (target ≤ 100 ms, < 200 MB)")
let calls: [[String]] = [
    ["--period", "2024", "--by", "category"],
    ["--period", "2024", "--by", "category", "--compare", "1"],
    ["--period", "2024", "--by", "category", "--by", "month"],
    ["--period", "2024", "--by", "region", "--compare", "1", "--format", "json"],
    ["--period", "2024", "--by", "discourse"],
    ["--period", "2024-H1", "--headline"],
    ["--period", "2023-10-07..2023-12-31", "--by", "source"],
    ["--period", "2016..2025", "--by", "police_force"],
    ["--period", "2024", "--by", "region", "--by", "victim_type"],
    ["--period", "2016..2025", "--by", "region", "--by", "method"],
    ["--period", "2016-07-01..2025-06-30", "--by", "police_force", "--by", "discourse"],
    ["--period", "2024-02-01..2024-12-30", "--by", "police_force", "--by", "discourse"],
]
for call in calls {
    let runs = (0..<3).map { _ in measure(incidents, ["figures", "--database", database] + call) }
    let best = runs.min { $0.seconds < $1.seconds }!
    print(
        String(
            format: "  %-62@ %5.0f ms (best of 3), peak %3.0f MB, exit %d",
            call.joined(separator: " ") as NSString, best.seconds * 1000, best.peakMB, best.status))
}

/// This process's peak resident memory so far, in MB (VmHWM).
func peakMemoryMB() -> Double {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
    return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
}

let before = peakMemoryMB()
let store = try IncidentStore(path: database)
let start = ContinuousClock.now
let report = try ReportFigures.compute(FigureEngine(source: store), period: .year(2024))
let elapsed = ContinuousClock.now - start
let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
print(
    String(
        format:
            """
            figures: every table of the 2024 annual report (%d tables + headline): %.0f ms, peak memory %.0f MB (%.0f \
            MB before the tables) (target ≤ 1 s, < 200 MB)
            """,
        13, ms, peakMemoryMB(), before))
_ = report.headline.total
