import IncidentModel

/// Writes rejected rows, with their reasons, as CSV (for `--skip-invalid FILE`).
public struct RejectsWriter {
    private var output: TextFileWriter

    /// Starts `path` with the original header plus `line` and `problems` columns.
    public init(path: String, columns: [String]) throws {
        output = try TextFileWriter(path: path)
        try output.write(CSVFormat.line(["line"] + columns + ["problems"]))
    }

    /// Appends one rejected row.
    public mutating func write(_ row: RejectedRow) throws {
        let reasons = row.problems.map { p in
            (p.field.map { "\($0): " } ?? "") + p.message
        }.joined(separator: " | ")
        try output.write(CSVFormat.line([String(row.line)] + row.values + [reasons]))
    }

    /// Flushes and closes the file.
    public mutating func close() throws { try output.close() }
}
