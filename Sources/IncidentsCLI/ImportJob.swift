import Foundation
import IncidentModel
import IncidentStore
import Intake
import Redaction
import SafeOutput

/// Imports one CSV file into the store as one atomic batch.
///
/// Shared by `incidents import` and `incidents demo`, so that demo data goes through exactly the
/// validation real files do.
struct ImportJob {
    /// The file to read.
    var path: String
    /// The file's bytes when they were uploaded (the web application's import page): read from
    /// memory, never written to disk; `path` is then the name the batch is recorded under.
    var upload: [UInt8]?
    /// Import the valid rows even when some are invalid, without a rejects file (the web
    /// application's import page lists the rejected rows' problems instead).
    var validRowsOnly = false
    /// Who imports, when not the operating-system account (a web account: "web:NAME").
    var actor: String?
    /// Reading options (source, today, skipping).
    var options: ReadOptions
    /// Where to write rejected rows; when set, valid rows are imported despite invalid ones.
    var rejectsPath: String?
    /// What the rejects file must not be (the database, the input).
    var rejectsProtection = OutputFile.Protection()
    /// Whether to draw a progress line on standard error (only on a terminal, for large files).
    var showProgress = false

    /// What a committed import did.
    struct Outcome {
        let result: BatchResult
        let summary: FileReadSummary
        /// The case examples the file gave: how many were added, replaced or already there.
        var examples: [ExampleChange: Int] = [:]
        /// Stored examples taken out because the file brought a personal value they hold: why.
        var withdrawn: [String] = []
    }

    init(path: String, options: ReadOptions, rejectsPath: String? = nil) {
        self.path = path
        self.options = options
        self.rejectsPath = rejectsPath
        self.options.writeAfterProblems = rejectsPath != nil
    }

    /// Runs the import; throws ``ImportFailure`` (nothing imported) or a store error.
    func run(into store: IncidentStore) throws -> Outcome {
        // Input that is not a regular file (a pipe, a terminal) is read whole first: the import
        // takes its write turn only once it has it, so a stalled input does not hold every other
        // writer back.
        var job = self
        if job.upload == nil, ImportJob.isStream(path) {
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw ImportFailure(problems: [
                    ImportProblem(file: path, message: "cannot be opened for reading; check the path and permissions")
                ])
            }
            defer { try? handle.close() }
            // Up to a limit: a device that never ends (/dev/zero) is refused, not read for ever.
            var bytes: [UInt8] = []
            while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                bytes.append(contentsOf: chunk)
                guard bytes.count <= ImportJob.streamLimit else {
                    throw ImportFailure(problems: [
                        ImportProblem(
                            file: path,
                            message: """
                                is a pipe or a device that gave more than \(ImportJob.streamLimit >> 20) MiB; \
                                save the data to a file and import that
                                """)
                    ])
                }
            }
            job.upload = bytes
        }
        return try job.runReadable(into: store)
    }

    /// The most read from a pipe or a device before the import is refused.
    static let streamLimit = 256 << 20

    /// Whether `path` names a pipe, a socket or a device (following links): not a regular file,
    /// not a folder, not nothing (those get the reader's own errors).
    static func isStream(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    private func runReadable(into store: IncidentStore) throws -> Outcome {
        let name = (path as NSString).lastPathComponent
        let info = BatchInfo(
            fileName: name, defaultSource: options.defaultSource, importedAt: Clock.timestamp(), actor: actor)
        var options = options
        options.writeAfterProblems = rejectsPath != nil || validRowsOnly
        let progress = showProgress ? ProgressLine.forTerminal(label: name, total: fileSize()) : nil
        var summary: FileReadSummary?
        var examples: [ExampleChange: Int] = [:]
        var withdrawn: [String] = []
        // Stored examples were checked against every record there was; the new personal values
        // this file brings are gathered as it is read, to check them against those too.
        let guardExamples = try store.hasCaseExamples()
        // Rejected rows go to a hidden file that appears (readable by its owner only: it holds
        // personal data) only once the batch is committed. An earlier import killed between its
        // commit and that rename gets its file first (a new write to the name would remove it).
        if rejectsPath != nil { KilledRuns.recoverRejects(store) }
        let rejectsFile = try rejectsPath.map { target in
            do { return try OutputFile(target, protection: rejectsProtection, ownerOnly: true) } catch {
                throw Advice.cli(error)
            }
        }
        let result: BatchResult
        do {
            result = try store.importBatch(info) { writer in
                // Two threads: this one writes to the database while a reader thread parses,
                // validates and prepares the records (their column values, personal fields sealed),
                // handing them over in chunks, so that this one does little but SQLite.
                let channel = IncidentChannel()
                let path = path, options = options, rejectsPath = rejectsFile?.temporaryPath, upload = upload
                let preparer = writer.preparer
                let reader = Thread {
                    var sink = ChannelSink(channel: channel, preparer: preparer, gatherPersonal: guardExamples)
                    var rejects: RejectsWriter?
                    do {
                        let read =
                            try upload.map { bytes in
                                try IncidentFileReader.read(
                                    bytes: bytes, displayName: name, options: options, into: &sink)
                            }
                            ?? IncidentFileReader.read(
                                path: path, displayName: name, options: options, into: &sink,
                                onReject: rejectsPath.map { rejectsPath in
                                    { row in
                                        if rejects == nil {
                                            rejects = try RejectsWriter(path: rejectsPath, columns: row.columns)
                                        }
                                        try rejects!.write(row)
                                    }
                                },
                                progress: progress.map { line in { line.update($0) } })
                        try sink.flush()
                        try rejects?.close()
                        PhaseTiming.readerDone()
                        channel.finish(.success(read), examples: sink.examples, personal: sink.personal)
                    } catch {
                        channel.finish(.failure(error))
                    }
                }
                reader.stackSize = 8 << 20
                reader.start()
                do {
                    while var chunk = channel.next() {
                        try chunk.withUnsafeMutableBufferPointer { rows in
                            for i in rows.indices { try writer.upsert(rows.baseAddress! + i) }
                        }
                        channel.recycle(chunk)
                    }
                } catch {
                    channel.cancel()
                    _ = channel.waitForResult()
                    throw error
                }
                let read = try channel.waitForResult().get()
                progress?.finish()
                if read.rowsInvalid > 0 && rejectsPath == nil && !validRowsOnly {
                    throw ImportFailure(
                        problems: read.problems, totalProblems: read.totalProblems, invalidRows: read.rowsInvalid)
                }
                summary = read
                // Case examples last, once every record of the file is written: each is checked
                // against the personal fields of every record, this file's included.
                if !channel.examples.isEmpty {
                    examples = try ExampleScreen.store(
                        channel.examples, writer: writer, file: name, columns: read.columns,
                        at: info.importedAt)
                }
                if !channel.personal.isEmpty {
                    let given = Set(channel.examples.map { $0.source.name + "\u{1F}" + $0.reference })
                    withdrawn = try ExampleScreen.recheck(
                        writer: writer, against: channel.personal, except: given,
                        at: info.importedAt)
                }
                // The rejected rows' file, flushed and recorded before the batch commits (a full
                // disk fails the import whole); only its rename is left for after.
                if read.rowsInvalid > 0, let rejectsFile {
                    let digest = try rejectsFile.prepare()
                    try writer.recordRejects(path: OutputFile.canonical(rejectsFile.target), sha256: digest)
                }
                return BatchTotals(
                    checksum: read.checksum, byteCount: read.byteCount, rowsRead: read.rowsRead,
                    rowsRejected: read.rowsInvalid)
            }
        } catch {
            rejectsFile?.abandon()
            throw error
        }
        if let rejectsFile {
            if summary!.rowsInvalid > 0 {
                do { try rejectsFile.commit() } catch {
                    throw CLIError(
                        """
                        the valid rows were imported (batch \(result.batch.id)), but the rejected rows could not be \
                        written: \(error)
                        """
                    )
                }
            } else {
                rejectsFile.abandon()
            }
        }
        return Outcome(result: result, summary: summary!, examples: examples, withdrawn: withdrawn)
    }

    private func fileSize() -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }
}

/// Valid incidents, prepared, on their way from the reader thread to the database thread, in chunks, with
/// at most a few chunks in flight so memory stays flat.
final class IncidentChannel: @unchecked Sendable {
    struct Cancelled: Error {}
    private let condition = NSCondition()
    private var chunks: [[PreparedIncident]] = []
    /// Chunks the writer is done with, freed by the reader: memory freed on the thread that
    /// allocated it spares both threads waiting on the allocator's lock.
    private var spent: [[PreparedIncident]] = []
    private var result: Result<FileReadSummary, any Error>?
    /// The case examples of the valid rows, handed over with the result.
    private(set) var examples: [ExampleCandidate] = []
    /// The personal values of the valid rows, when stored examples are to be checked against them.
    private(set) var personal: [RecordPersonalValues] = []
    private var cancelled = false
    private static let capacity = 8

    /// Hands over a chunk, waiting while the channel is full; throws when the writer gave up.
    func send(_ chunk: [PreparedIncident]) throws {
        var done: [[PreparedIncident]] = []
        condition.lock()
        while chunks.count >= IncidentChannel.capacity && !cancelled { condition.wait() }
        if cancelled {
            condition.unlock()
            throw Cancelled()
        }
        chunks.append(chunk)
        swap(&done, &spent)
        condition.broadcast()
        condition.unlock()
        done.removeAll()  // freed here, on the reader's thread, outside the lock
    }

    /// Hands a written chunk back, to be freed by the reader.
    func recycle(_ chunk: consuming [PreparedIncident]) {
        condition.lock()
        spent.append(chunk)
        condition.unlock()
    }

    /// Whether the writer is behind: at least two chunks wait for it (the reader then seals the
    /// records it prepares; otherwise it leaves that to the writer, see IncidentPreparer).
    var writerIsBehind: Bool {
        condition.lock()
        defer { condition.unlock() }
        return chunks.count >= 1
    }

    /// The next chunk, or nil once the reader has finished and everything was taken.
    func next() -> [PreparedIncident]? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty && result == nil { condition.wait() }
        guard !chunks.isEmpty else { return nil }
        let chunk = chunks.removeFirst()
        condition.broadcast()
        return chunk
    }

    /// The reader is done, with its summary or its error (and the case examples it read).
    func finish(
        _ outcome: Result<FileReadSummary, any Error>, examples: [ExampleCandidate] = [],
        personal: [RecordPersonalValues] = []
    ) {
        condition.lock()
        self.examples = examples
        self.personal = personal
        result = outcome
        condition.broadcast()
        condition.unlock()
    }

    /// The writer failed: the reader stops at its next hand-over.
    func cancel() {
        condition.lock()
        cancelled = true
        chunks.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the reader to finish.
    func waitForResult() -> Result<FileReadSummary, any Error> {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result!
    }
}

/// Prepares valid incidents and collects them into chunks for the channel.
struct ChannelSink: IncidentSink {
    let channel: IncidentChannel
    private var preparer: IncidentPreparer
    private var chunk: [PreparedIncident] = []
    /// Whether this chunk's records are sealed here (decided as each chunk begins).
    private var sealing = true
    /// The case examples of the rows written, stored once every row is in.
    private(set) var examples: [ExampleCandidate] = []
    /// Whether to gather the rows' personal values (there are stored examples to check).
    private let gatherPersonal: Bool
    private(set) var personal: [RecordPersonalValues] = []

    init(channel: IncidentChannel, preparer: IncidentPreparer, gatherPersonal: Bool = false) {
        self.channel = channel
        self.preparer = preparer
        self.gatherPersonal = gatherPersonal
        chunk.reserveCapacity(2048)
    }

    mutating func write(_ incident: Incident, line: Int) throws {
        if let text = incident.caseExample {
            examples.append(
                ExampleCandidate(
                    source: incident.source, reference: incident.reference,
                    section: incident.caseExampleSection, text: text, line: line))
        }
        if gatherPersonal {
            let values = RecordPersonalValues(incident.personal)
            if !values.isEmpty { personal.append(values) }
        }
        if chunk.isEmpty { sealing = channel.writerIsBehind }
        chunk.append(preparer.prepare(incident, sealing: sealing))
        if chunk.count == 2048 { try flush() }
    }

    mutating func flush() throws {
        guard !chunk.isEmpty else { return }
        try channel.send(chunk)
        chunk.removeAll(keepingCapacity: true)
    }
}

/// A one-line progress display on a terminal, redrawn at most five times a second.
final class ProgressLine: @unchecked Sendable {  // used by the reader thread only
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
        FileHandle.standardError.write(
            Data("\rimporting \(label): \(percent)% (\((bytes / 1_000_000).grouped) MB)".utf8))
    }

    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
