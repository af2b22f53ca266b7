// Prints speed and memory figures for the targets in the issues. Not a test: nothing here
// asserts. Run: `swift build -c release && .build/release/Benchmarks [--rows N] [--keep]`.
//
// Each measured command runs as its own child process, spawned from this small parent, and its
// peak memory is that child's own (wait4). The data is generated in another child, because a
// spawned child inherits its parent's memory high-water mark on Linux.
import DemoData
import Foundation
import IncidentModel
import Intake

#if canImport(Glibc)
import Glibc
#endif

/// Runs `executable ARGS` (paths in ARGS absolute); wall seconds, the child's peak resident memory in MB, exit status.
func measure(_ executable: String, _ arguments: [String]) -> (seconds: Double, peakMB: Double, status: Int32) {
    var pid: pid_t = 0
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let start = ContinuousClock.now
    guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return (0, 0, -1) }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return (seconds, Double(usage.ru_maxrss) / 1024, (status >> 8) & 0xFF)
}

/// Writes `rows` synthetic records (the demo's history, scaled up) to `path`.
func writeRows(_ rows: Int, to path: String) throws {
    let history = DemoHistory(seed: 1, first: CivilDate(iso: "2016-01-01")!, last: CivilDate(iso: "2025-12-31")!,
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

let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
let incidents = ((me as NSString).deletingLastPathComponent as NSString).appendingPathComponent("incidents")
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("incidents-bench-\(getpid())").path
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
let keep = CommandLine.arguments.contains("--keep")
defer { if keep { print("kept \(folder)") } else { try? FileManager.default.removeItem(atPath: folder) } }

print("incidents benchmarks: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(incidents)")
let csv = (folder as NSString).appendingPathComponent("bench.csv")
_ = measure(me, ["generate", "--rows", String(rows), "--out", csv])
let size = ((try FileManager.default.attributesOfItem(atPath: csv))[.size] as? Int) ?? 0
print("import: \(rows.grouped) rows, \(size / 1_000_000) MB of CSV (target: 1,000,000 rows in ≤ 15 s, < 500 MB)")
for (label, database) in [("into a new database", "bench.sqlite"), ("again, all unchanged", "bench.sqlite")] {
    let run = measure(incidents, ["import", csv, "--database", (folder as NSString).appendingPathComponent(database)])
    print(String(format: "  import %-22@ %6.2f s wall, peak memory %4.0f MB, exit %d", label as NSString, run.seconds, run.peakMB, run.status))
}
