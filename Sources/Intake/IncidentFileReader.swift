import Crypto
import IncidentModel

/// Receives the valid incidents of a file as it is read (the store's import batch is one).
public protocol IncidentSink {
    /// Takes one valid incident, read from `line`.
    mutating func write(_ incident: Incident, line: Int) throws
}

/// A row that was not imported, with its values as read and why.
public struct RejectedRow: Sendable {
    /// The line it started on.
    public let line: Int
    /// Its values, as text (invalid UTF-8 replaced).
    public let values: [String]
    /// Everything wrong with it.
    public let problems: [ImportProblem]
    /// The file's header, as written.
    public let columns: [String]
}

/// What reading one file found.
public struct FileReadSummary: Sendable {
    /// The file name used in messages.
    public var file: String
    /// SHA-256 of the file's bytes, lower-case hex.
    public var checksum: String = ""
    /// The file's size in bytes.
    public var byteCount = 0
    /// Data rows read (header and blank lines excluded).
    public var rowsRead = 0
    /// Rows handed to the sink.
    public var rowsValid = 0
    /// Rows with at least one problem.
    public var rowsInvalid = 0
    /// The first problems found (up to the options' limit), in file order.
    public var problems: [ImportProblem] = []
    /// How many problems there were in all.
    public var totalProblems = 0
    /// Notes that did not stop the import (a byte-order mark).
    public var warnings: [ImportProblem] = []
    /// The header's column names, as written.
    public var columns: [String] = []
}

/// Options for reading an incident file.
public struct ReadOptions: Sendable {
    /// The source of rows with no `source` value (`--source`).
    public var defaultSource: Source?
    /// Dates after this are rejected as in the future.
    public var today: CivilDate
    /// How many problems to keep for display; all are counted.
    public var keptProblems = 1_000
    /// Whether to keep handing valid rows to the sink after an invalid one (`--skip-invalid`).
    /// When false, the read goes on only to find every problem.
    public var writeAfterProblems = false

    /// Options for files read on `today`.
    public init(defaultSource: Source? = nil, today: CivilDate) {
        self.defaultSource = defaultSource
        self.today = today
    }
}

/// Reads an interchange CSV file: every row validated, valid rows to a sink, all problems kept.
public enum IncidentFileReader {
    /// Reads `path`, writing valid incidents to `sink` and rejected rows to `onReject`.
    ///
    /// Throws ``ImportFailure`` for problems with the file as a whole (empty, not UTF-8, no header,
    /// unknown columns); row problems are in the summary. The caller decides what a summary with
    /// problems means (the store rolls the batch back unless invalid rows are to be skipped).
    public static func read(
        path: String, displayName: String? = nil, options: ReadOptions,
        into sink: inout some IncidentSink,
        onReject: ((RejectedRow) throws -> Void)? = nil,
        progress: ((_ bytesRead: Int) -> Void)? = nil
    ) throws -> FileReadSummary {
        let name = displayName ?? path
        let hasher = HashBox()
        var reader: CSVReader
        do {
            reader = try CSVReader(
                path: path,
                observe: {
                    hasher.update($0); progress?(hasher.count)
                })
        } catch {
            throw ImportFailure(problems: [ImportProblem(file: name, message: error.reason)])
        }
        return try read(reader: &reader, name: name, hasher: hasher, options: options, sink: &sink, onReject: onReject)
    }

    /// Reads CSV text already in memory (tests, piped input).
    public static func read(
        bytes: [UInt8], displayName: String, options: ReadOptions,
        into sink: inout some IncidentSink, onReject: ((RejectedRow) throws -> Void)? = nil
    ) throws -> FileReadSummary {
        let hasher = HashBox()
        var reader = CSVReader(bytes: bytes, observe: { hasher.update($0) })
        return try read(
            reader: &reader, name: displayName, hasher: hasher, options: options, sink: &sink, onReject: onReject)
    }

    private static func read(
        reader: inout CSVReader, name: String, hasher: HashBox, options: ReadOptions,
        sink: inout some IncidentSink, onReject: ((RejectedRow) throws -> Void)?
    ) throws -> FileReadSummary {
        var summary = FileReadSummary(file: name)
        try checkEncoding(try reader.peekPrefix(4096), name: name)

        var record = CSVRecord()
        guard try reader.next(into: &record) else {
            throw ImportFailure(problems: [
                ImportProblem(
                    file: name,
                    message: "the file is empty; it must start with a header line, e.g. "
                        + IncidentField.allCases.map(\.rawValue).joined(separator: ","))
            ])
        }
        if reader.hadByteOrderMark {
            summary.warnings.append(
                ImportProblem(
                    file: name, line: 1,
                    message: "note: the file starts with a UTF-8 byte-order mark (as Excel writes); it was skipped"))
        }
        let header = try HeaderMap(record: record, file: name, hasDefaultSource: options.defaultSource != nil)
        summary.columns = header.names
        let validator = RowValidator(
            header: header, defaultSource: options.defaultSource, today: options.today, file: name)
        var seen: [RowIdentity: Int] = [:]
        // Room for the rows a file of this size holds (rows are rarely under 150 bytes), so that
        // the table is not rebuilt as it grows.
        seen.reserveCapacity(min(reader.expectedSize / 150, 4_000_000))
        var writing = true
        // Valid rows dated after today (up to `RowValidator.daysAhead`), and the first of them.
        var ahead: (rows: Int, first: (line: Int, date: CivilDate)?) = (0, nil)

        while try reader.next(into: &record) {
            if record.fieldCount == 1 && record.problems.isEmpty
                && record.fieldBytes(0).allSatisfy({ $0 == 0x20 || $0 == 0x09 })
            {
                continue  // a line of spaces: blank
            }
            summary.rowsRead += 1
            var result = validator.validate(record)
            // A valid row's identity is its incident's (no second reading of the cells).
            let identity: RowIdentity? =
                if case .success(let incident) = result {
                    RowIdentity(source: incident.source.name, reference: incident.reference)
                } else {
                    validator.identity(of: record)
                }
            if let key = identity {
                // One look-up for the usual row, which is new: stored, or the earlier line returned.
                if let first = seen.updateValue(record.line, forKey: key) {
                    seen[key] = first  // the first line stays the one named
                    let duplicate = ImportProblem(
                        file: name, line: record.line, column: header[.reference].map { $0 + 1 }, field: "reference",
                        value: record.trimmedString(header[.reference]!).flatMap {
                            RowValidator.quotable($0, field: .reference) ? $0 : nil
                        },
                        message:
                            "appears again (first on line \(first)); a reference may appear once per file and source")
                    switch result {
                    case .success: result = .failure(ImportFailure(problems: [duplicate]))
                    case .failure(let failure):
                        result = .failure(ImportFailure(problems: failure.problems + [duplicate]))
                    }
                }
            }
            switch result {
            case .success(let incident):
                summary.rowsValid += 1
                if incident.date > options.today {
                    if ahead.rows == 0 { ahead.first = (record.line, incident.date) }
                    ahead.rows += 1
                }
                if writing { try sink.write(incident, line: record.line) }
            case .failure(let failure):
                summary.rowsInvalid += 1
                summary.totalProblems += failure.problems.count
                let room = options.keptProblems - summary.problems.count
                if room > 0 { summary.problems += failure.problems.prefix(room) }
                if !options.writeAfterProblems { writing = false }
                if let onReject {
                    let values = (0..<record.fieldCount).map { record.lossyString($0) }
                    try onReject(
                        RejectedRow(
                            line: record.line, values: values, problems: failure.problems, columns: header.names))
                }
            }
        }
        if let first = ahead.first {
            let rows = ahead.rows == 1 ? "1 row is" : "\(ahead.rows) rows are"
            summary.warnings.append(
                ImportProblem(
                    file: name, line: first.line, column: header[.date].map { $0 + 1 }, field: "date",
                    value: first.date.description,
                    message:
                        "note: \(rows) dated after today (\(options.today)), this one the first; they are imported: "
                        + "check their dates"))
        }
        summary.byteCount = reader.bytesRead
        summary.checksum = hasher.hexDigest()
        return summary
    }

    /// Rejects files that are not UTF-8 text before reading them as CSV.
    static func checkEncoding(_ prefix: [UInt8], name: String) throws(ImportFailure) {
        if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) {
            throw ImportFailure(problems: [
                ImportProblem(
                    file: name, line: 1,
                    message: "the file is UTF-16 text; save it as \"CSV UTF-8\" (in Excel: Save As → CSV UTF-8)")
            ])
        }
        // A binary file (a spreadsheet) or UTF-16 without its mark has NUL bytes throughout; a
        // text file with a stray NUL or two is read, and the row that has one is reported with its
        // line, column and field (`CSVReader`'s control characters).
        let nuls = prefix.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        if nuls > 0 && (nuls * 100 > prefix.count || nuls > 8) {
            throw ImportFailure(problems: [
                ImportProblem(
                    file: name, line: 1,
                    message:
                        """
                        the file contains NUL bytes: it is binary (a spreadsheet, not a CSV export?) or \
                        UTF-16; export it as "CSV UTF-8"
                        """
                )
            ])
        }
    }
}

/// Accumulates SHA-256 over the chunks the reader sees.
final class HashBox {
    private var hasher = SHA256()
    private(set) var count = 0

    func update(_ bytes: UnsafeRawBufferPointer) {
        hasher.update(bufferPointer: bytes)
        count += bytes.count
    }

    func hexDigest() -> String { hasher.finalize().lowercaseHex }
}
