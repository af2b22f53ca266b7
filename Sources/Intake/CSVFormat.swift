/// RFC 4180 output: quotes only where needed, CRLF-free (LF) lines.
///
/// Every CSV the tool writes for people to open (the police export, links, rejects, figures)
/// goes through `line`, which neutralises cells a spreadsheet would run as a formula, as OWASP
/// recommends for CSV injection: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return gets a leading `'` (shown by no spreadsheet, and the cell stays text). A cell that is
/// a plain number (`-5`, `+3.2`, `-12.5%`) is left as it is: a spreadsheet reads it as that
/// number and runs nothing, and columns such as `change_pct` stay numeric. The interchange file
/// written for re-import (`IncidentCSVWriter`) uses `verbatimLine`, so that a round trip keeps
/// values such as `+44 20 7946 0018` exactly.
public enum CSVFormat {
    /// One record as a line ending in LF, formula cells neutralised.
    public static func line(_ values: [String]) -> String {
        values.map { escape(neutralise($0)) }.joined(separator: ",") + "\n"
    }

    /// One record as a line ending in LF, values exactly as given (for files meant for re-import).
    public static func verbatimLine(_ values: [String]) -> String {
        values.map(escape).joined(separator: ",") + "\n"
    }

    /// A value, quoted when it holds a comma, quote or line break.
    public static func escape(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return "\"" + value.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// The value with a leading `'` when a spreadsheet would read it as a formula.
    public static func neutralise(_ value: String) -> String {
        guard let first = value.utf8.first,
            first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D
        else { return value }
        if isPlainNumber(value) { return value }
        return "'" + value
    }

    /// `-5`, `+3.25`, `-12.5%`: a sign, digits, at most one decimal point, an optional `%`.
    static func isPlainNumber(_ value: String) -> Bool {
        var bytes = Array(value.utf8)
        guard bytes.count >= 2, bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") else { return false }
        bytes.removeFirst()
        if bytes.last == UInt8(ascii: "%") { bytes.removeLast() }
        var digits = 0, points = 0
        for b in bytes {
            if (0x30...0x39).contains(b) {
                digits += 1
            } else if b == UInt8(ascii: ".") {
                points += 1
            } else {
                return false
            }
        }
        return digits > 0 && points <= 1 && bytes.first != UInt8(ascii: ".")
    }
}
