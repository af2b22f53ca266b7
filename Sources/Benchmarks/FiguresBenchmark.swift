// Figures on the million-incident database: single `incidents figures` calls as whole processes
// (start-up included, best of 3), then every table of an annual report computed in this process.
import Foundation
import IncidentModel
import IncidentStore
import Statistics

/// The whole run's figures on `database` (the import's, of `rows` records).
func figuresBenchmarks(database: String, incidents: String, rows: Int) throws {
    print(
        "figures: single calls on the \(rows.grouped)-row database, process start included (target ≤ 100 ms, < 200 MB)")
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
                figures: every table of the 2024 annual report (%d tables + headline): %.0f ms, peak memory \
                %.0f MB (%.0f MB before the tables) (target ≤ 1 s, < 200 MB)
                """,
            13, ms, peakMemoryMB(), before))
    _ = report.headline.total
}
