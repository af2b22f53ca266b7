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

/// RFC 4180 output: quotes only where needed, CRLF-free (LF) lines.
public enum CSVFormat {
    /// One record as a line ending in LF.
    public static func line(_ values: [String]) -> String {
        values.map(escape).joined(separator: ",") + "\n"
    }

    /// A value, quoted when it holds a comma, quote or line break.
    public static func escape(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return "\"" + value.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
