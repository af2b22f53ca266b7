// The import: --rows synthetic records (generated in a child process) into a new database with
// personal fields sealed, then the same file again (all unchanged).
import Foundation
import IncidentModel

/// `--import-only`: the import of `rows` records, into a new database and again.
func importOnlyBenchmark(folder: String, incidents: String, me: String, rows: Int) {
    let csv = (folder as NSString).appendingPathComponent("bench.csv")
    _ = measure(me, ["generate", "--rows", String(rows), "--out", csv])
    let database = (folder as NSString).appendingPathComponent("bench.sqlite")
    ensureKey(incidents, database)
    for label in ["into a new database", "again, all unchanged"] {
        settle()
        let run = measure(incidents, ["import", csv, "--database", database])
        print(
            String(
                format: "import %@ rows %-22@ %6.2f s wall, peak memory %4.0f MB, exit %d", rows.grouped as NSString,
                label as NSString, run.seconds, run.peakMB, run.status))
    }
}

/// The whole run's import (after the exchange), with the CSV's size; the database imported into.
func importBenchmark(folder: String, incidents: String, me: String, rows: Int) throws -> String {
    let csv = (folder as NSString).appendingPathComponent("bench.csv")
    _ = measure(me, ["generate", "--rows", String(rows), "--out", csv])
    let size = ((try FileManager.default.attributesOfItem(atPath: csv))[.size] as? Int) ?? 0
    print(
        """
        import: \(rows.grouped) rows, \(size / 1_000_000) MB of CSV, personal fields sealed (target: \
        1,000,000 rows in ≤ 12 s, ≤ 500 MB)
        """
    )
    ensureKey(incidents, (folder as NSString).appendingPathComponent("bench.sqlite"))
    for (label, database) in [("into a new database", "bench.sqlite"), ("again, all unchanged", "bench.sqlite")] {
        settle()
        let run = measure(
            incidents, ["import", csv, "--database", (folder as NSString).appendingPathComponent(database)])
        print(
            String(
                format: "  import %-22@ %6.2f s wall, peak memory %4.0f MB, exit %d", label as NSString, run.seconds,
                run.peakMB, run.status))
    }
    return (folder as NSString).appendingPathComponent("bench.sqlite")
}
