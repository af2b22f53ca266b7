import Foundation
import IncidentModel
import IncidentStore

#if canImport(Glibc)
import Glibc
#endif

/// `--concurrency-only`: `figures` latency while a 1,000,000-row import runs in another process
/// (median and worst of 50 calls), beside the same calls with nothing else running.
func concurrentFiguresBenchmark(folder: String, incidents: String, me: String, rows: Int) {
    let csv = (folder as NSString).appendingPathComponent("concurrent.csv")
    let base = (folder as NSString).appendingPathComponent("concurrent-base.csv")
    let database = (folder as NSString).appendingPathComponent("concurrent.sqlite")
    _ = measure(me, ["generate", "--rows", String(rows), "--out", csv])
    _ = measure(me, ["generate", "--rows", "100000", "--out", base])
    ensureKey(incidents, database)
    _ = measure(incidents, ["import", base, "--database", database])
    let call = ["figures", "--database", database, "--period", "2016", "--by", "category", "--by", "region"]

    func summary(_ times: [Double]) -> String {
        let sorted = times.sorted()
        guard !sorted.isEmpty else { return "no calls" }
        return String(
            format: "median %.0f ms, worst %.0f ms (%d calls)", sorted[sorted.count / 2] * 1000, sorted.last! * 1000,
            sorted.count)
    }
    var quiet: [Double] = []
    for _ in 0..<50 { quiet.append(measure(incidents, call).seconds) }

    // The import, in a process of its own; figures called 50 times while it runs.
    let start = ContinuousClock.now
    guard let pid = spawn(incidents, ["import", csv, "--database", database]) else {
        print("concurrent figures: could not start the import")
        return
    }
    Thread.sleep(forTimeInterval: 0.5)
    var during: [Double] = [], failed = 0, afterImport = 0
    var status: Int32 = 0
    var importDone = false
    for _ in 0..<50 {
        let run = measure(incidents, call)
        if run.status != 0 { failed += 1 }
        if importDone { afterImport += 1 } else { during.append(run.seconds) }
        if !importDone && waitpid(pid, &status, WNOHANG) == pid { importDone = true }
    }
    if !importDone { waitpid(pid, &status, 0) }
    let elapsed = ContinuousClock.now - start
    let importSeconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print(
        """
        figures during an import: `incidents figures --period 2016 --by category --by region` \
        on a database of 100,000 rows
        """
    )
    print("  with nothing else running:                 \(summary(quiet))")
    print(
        """
          while \(rows.grouped) rows are imported by another process: \(summary(during)), \(failed) failed; \
        \(afterImport) calls came after the import ended (import exit \((status >> 8) & 0xFF), \
        \(String(format: "%.1f", importSeconds)) s from its start to the end of the calls)
        """
    )
}
