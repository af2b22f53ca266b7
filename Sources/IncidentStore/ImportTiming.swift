import Foundation

/// Where an import's time goes, on standard error when `INCIDENTS_TIMING` is set (as `link`
/// prints its phases): reading and writing the rows, the summaries, the commit (with SQLite's
/// copy of the log into the database file). For the benchmark's notes; silent otherwise.
enum ImportTiming {
    private static let enabled = ProcessInfo.processInfo.environment["INCIDENTS_TIMING"] != nil
    nonisolated(unsafe) private static var last = ContinuousClock.now
    nonisolated(unsafe) private static var phases: [String] = []

    /// Starts timing (on the thread that writes the batch, which makes every mark).
    static func start() {
        guard enabled else { return }
        last = .now
        phases = []
    }

    /// Ends the phase `name`.
    static func mark(_ name: String) {
        guard enabled else { return }
        let now = ContinuousClock.now
        let seconds = Double((now - last).components.attoseconds) / 1e18 + Double((now - last).components.seconds)
        phases.append("\(name) \(String(format: "%.2f", seconds)) s")
        last = now
    }

    /// Prints the phases.
    static func report() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("import: \(phases.joined(separator: ", "))\n".utf8))
    }
}
