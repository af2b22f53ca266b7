import Foundation

/// Where an import's or a link's time goes, on standard error when `INCIDENTS_TIMING` is set:
/// for an import, reading and writing the rows, the summaries, the commit (with SQLite's
/// copy of the log into the database file), and each thread's processor time (the host's speed
/// varies from run to run more than the wall time of a change does). A link's save is timed the
/// same way (its pairs, groups, link kinds, summaries and commit). For the benchmark's notes;
/// silent otherwise.
public enum PhaseTiming {
    private static let enabled = ProcessInfo.processInfo.environment["INCIDENTS_TIMING"] != nil

    /// Whether `INCIDENTS_TIMING` is set (the command line prints its own phases then too).
    public static var isEnabled: Bool { enabled }
    nonisolated(unsafe) private static var last = ContinuousClock.now
    nonisolated(unsafe) private static var phases: [String] = []
    nonisolated(unsafe) private static var readerSeconds: Double?

    /// Starts timing (on the thread that writes the batch, which makes every mark).
    static func start() {
        guard enabled else { return }
        last = .now
        phases = []
        readerSeconds = nil
    }

    /// The processor time of the calling thread so far, in seconds.
    private static func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Notes the reading thread's processor time; called by that thread as it ends (the writing
    /// thread waits for it before the summaries, so `report` sees it).
    public static func readerDone() {
        guard enabled else { return }
        readerSeconds = threadSeconds()
    }

    /// Ends the phase `name`.
    static func mark(_ name: String) {
        guard enabled else { return }
        let now = ContinuousClock.now
        let seconds = Double((now - last).components.attoseconds) / 1e18 + Double((now - last).components.seconds)
        phases.append("\(name) \(String(format: "%.2f", seconds)) s")
        last = now
    }

    /// Notes how the batch was written (`journal: …`), printed before the phases.
    static func note(_ text: String) {
        guard enabled else { return }
        phases.append(text)
    }

    /// Prints the phases, after `label`.
    static func report(_ label: String = "import") {
        guard enabled else { return }
        var processor = "writing thread \(String(format: "%.2f", threadSeconds())) s"
        if let readerSeconds { processor += ", reading thread \(String(format: "%.2f", readerSeconds)) s" }
        FileHandle.standardError.write(
            Data("\(label): \(phases.joined(separator: ", ")); processor time: \(processor)\n".utf8))
    }
}
