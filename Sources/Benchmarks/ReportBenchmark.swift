// The report: a demo database (about 4,000 counted incidents a year), then the 2025 annual
// report as a process: the tagged PDF, its web edition, and both from one build (best of 3 each).
import Foundation

/// `--report-only` (and the first part of the whole run): the report's time, memory, pages, charts and size.
func reportBenchmark(folder: String, incidents: String) throws {
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
