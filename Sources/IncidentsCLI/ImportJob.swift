import Foundation
import IncidentModel
import IncidentStore
import Intake

/// Imports one CSV file into the store as one atomic batch.
///
/// Shared by `incidents import` and `incidents demo`, so that demo data goes through exactly the
/// validation real files do.
struct ImportJob {
    /// The file to read.
    var path: String
    /// Reading options (source, today, skipping).
    var options: ReadOptions
    /// Where to write rejected rows; when set, valid rows are imported despite invalid ones.
    var rejectsPath: String?
    /// Whether to draw a progress line on standard error (only on a terminal, for large files).
    var showProgress = false

    /// What a committed import did.
    struct Outcome {
        let result: BatchResult
        let summary: FileReadSummary
    }

    init(path: String, options: ReadOptions, rejectsPath: String? = nil) {
        self.path = path
        self.options = options
        self.rejectsPath = rejectsPath
        self.options.writeAfterProblems = rejectsPath != nil
    }

    /// Runs the import; throws ``ImportFailure`` (nothing imported) or a store error.
    func run(into store: IncidentStore) throws -> Outcome {
        let name = (path as NSString).lastPathComponent
        let info = BatchInfo(fileName: name, defaultSource: options.defaultSource, importedAt: Clock.timestamp())
        let progress = showProgress ? ProgressLine.forTerminal(label: name, total: fileSize()) : nil
        var summary: FileReadSummary?
        let result = try store.importBatch(info) { writer in
            var sink = StoreSink(writer: writer)
            var rejects: RejectsWriter?
            let read = try IncidentFileReader.read(
                path: path, displayName: name, options: options, into: &sink,
                onReject: rejectsPath.map { rejectsPath in
                    { row in
                        if rejects == nil { rejects = try RejectsWriter(path: rejectsPath, columns: row.columns) }
                        try rejects!.write(row)
                    }
                },
                progress: progress.map { line in { line.update($0) } })
            progress?.finish()
            try rejects?.close()
            if read.rowsInvalid > 0 && rejectsPath == nil {
                throw ImportFailure(problems: read.problems, totalProblems: read.totalProblems, invalidRows: read.rowsInvalid)
            }
            summary = read
            return BatchTotals(checksum: read.checksum, byteCount: read.byteCount, rowsRead: read.rowsRead, rowsRejected: read.rowsInvalid)
        }
        return Outcome(result: result, summary: summary!)
    }

    private func fileSize() -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }
}

/// Passes valid incidents to the batch writer.
struct StoreSink: IncidentSink {
    let writer: BatchWriter
    mutating func write(_ incident: Incident, line: Int) throws { try writer.upsert(incident) }
}

/// A one-line progress display on a terminal, redrawn at most five times a second.
final class ProgressLine {
    private let label: String
    private let total: Int
    private var last = ContinuousClock.now

    init(label: String, total: Int) {
        self.label = label
        self.total = total
    }

    /// A progress line, or nil when standard error is not a terminal or the file is small.
    static func forTerminal(label: String, total: Int) -> ProgressLine? {
        isatty(STDERR_FILENO) == 1 && total > 4_000_000 ? ProgressLine(label: label, total: total) : nil
    }

    func update(_ bytes: Int) {
        let now = ContinuousClock.now
        guard now - last > .milliseconds(200) else { return }
        last = now
        let percent = total > 0 ? min(100, bytes * 100 / total) : 0
        FileHandle.standardError.write(Data("\rimporting \(label): \(percent)% (\((bytes / 1_000_000).grouped) MB)".utf8))
    }

    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
