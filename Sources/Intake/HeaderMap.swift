import IncidentModel
import Redaction

/// Which column of a file holds which interchange field, checked against the contract.
public struct HeaderMap: Sendable {
    /// The column index (0-based) of each field present.
    public let index: [IncidentField: Int]
    /// The same, as an array by field ordinal (-1 when absent): looked up for every cell.
    private let positions: [Int]
    /// The header's names as written, for echoing rows back (the rejects file).
    public let names: [String]

    /// The column of `field`, if the file has it.
    public subscript(field: IncidentField) -> Int? {
        let position = positions[field.ordinal]
        return position < 0 ? nil : position
    }

    /// Reads the header record; throws every problem with it at once.
    ///
    /// Unknown columns are errors, not ignored: a typo ("catgory") would otherwise drop a whole
    /// column of data without a word.
    public init(record: CSVRecord, file: String, hasDefaultSource: Bool) throws(ImportFailure) {
        var problems: [ImportProblem] = []
        let expected = IncidentField.allCases.map(\.rawValue).joined(separator: ",")
        var names: [String] = []
        for i in 0..<record.fieldCount {
            guard let text = record.string(i) else {
                throw ImportFailure(problems: [
                    ImportProblem(
                        file: file, line: record.line, column: i + 1,
                        message: "the header is not valid UTF-8; save the file as \"CSV UTF-8\"")
                ])
            }
            names.append(text.trimmingSpaces)
        }
        if names.count == 1, let delimiter = HeaderMap.foreignDelimiter(in: names[0]) {
            throw ImportFailure(problems: [
                ImportProblem(
                    file: file, line: record.line,
                    message:
                        """
                        the header is separated by \(delimiter), not commas; save the file as comma-separated CSV (in \
                        Excel: Save As → "CSV UTF-8 (Comma delimited)")
                        """
                )
            ])
        }
        let known = Set(IncidentField.allCases.map(\.rawValue))
        let normalised = names.map { VocabularyKey.normalise($0) }
        if !normalised.contains(where: known.contains) {
            let looksLikeData = names.contains { CivilDate(iso: $0) != nil }
            throw ImportFailure(problems: [
                ImportProblem(
                    file: file, line: record.line,
                    message: looksLikeData
                        ? """
                        the first line is data, not a header; the file must start with a header line naming \
                        its columns, e.g. \(expected)
                        """
                        : """
                        none of the \(names.count) columns \(HeaderMap.quotedNames(names)) is a \
                        column of the interchange format: this looks like a file in another format (a police \
                        force's own export, say); map its columns to the interchange format's (\(expected); see \
                        the README) and import that file
                        """)
            ])
        }
        var index: [IncidentField: Int] = [:]
        var unknown = 0
        for (i, name) in normalised.enumerated() {
            if name.isEmpty {
                problems.append(
                    ImportProblem(
                        file: file, line: record.line, column: i + 1,
                        message: "column \(i + 1) has no name; name it or delete the column"))
                continue
            }
            guard let field = IncidentField(rawValue: name) else {
                // The first few named one by one, the accepted columns said once; the rest counted
                // (a header of ten thousand columns is one problem, not megabytes of them).
                unknown += 1
                guard unknown <= HeaderMap.unknownListed else { continue }
                // (A line of data joined to the header would show its cells: not those that may be personal.)
                var message =
                    HeaderMap.mayQuote(names[i])
                    ? "unknown column \"\(names[i])\""
                    : "unknown column (its name is not shown: it may hold personal data)"
                if let guess = HeaderMap.suggestion(for: name, among: known) {
                    message += "; did you mean \"\(guess)\"?"
                }
                if unknown == 1 { message += " The accepted columns are: \(expected)" }
                problems.append(ImportProblem(file: file, line: record.line, column: i + 1, message: message))
                continue
            }
            if let first = index[field] {
                problems.append(
                    ImportProblem(
                        file: file, line: record.line, column: i + 1,
                        message:
                            "column \"\(field.rawValue)\" appears twice (columns \(first + 1) and \(i + 1)); keep one"))
                continue
            }
            index[field] = i
        }
        if unknown > HeaderMap.unknownListed {
            problems.append(
                ImportProblem(
                    file: file, line: record.line,
                    message:
                        """
                        \(unknown - HeaderMap.unknownListed) more unknown columns (\(unknown) in all); keep only the \
                        interchange format's columns
                        """))
        }
        for field in IncidentField.requiredColumns where index[field] == nil {
            problems.append(
                ImportProblem(
                    file: file, line: record.line,
                    message: "the required column \"\(field.rawValue)\" is missing; add it to the header"))
        }
        if index[.source] == nil && !hasDefaultSource {
            problems.append(
                ImportProblem(
                    file: file, line: record.line,
                    message: "there is no \"source\" column; add one, or name the source for the whole file",
                    remedy: .nameTheSource))
        }
        guard problems.isEmpty else { throw ImportFailure(problems: problems) }
        self.index = index
        self.names = names
        var positions = Array(repeating: -1, count: IncidentField.allCases.count)
        for (field, column) in index { positions[field.ordinal] = column }
        self.positions = positions
    }

    /// Whether a header cell may be quoted: no email address, nothing the redactor takes out,
    /// and, on a line that may be data (`onDataLine`), not a name.
    static func mayQuote(_ name: String, onDataLine: Bool = true) -> Bool {
        name.count <= 40 && !name.contains("@")
            && Redactor().redact(name) == name && !(onDataLine && RowValidator.readsAsName(name))
    }

    /// How many unknown columns are named one by one; the others are counted.
    static let unknownListed = 20

    static func foreignDelimiter(in header: String) -> String? {
        if header.contains(";") { return "semicolons" }
        if header.contains("\t") { return "tabs" }
        if header.contains("|") { return "vertical bars" }
        return nil
    }

    /// The known name within edit distance 2 of `name` (the closest; ties alphabetically).
    static func suggestion(for name: String, among known: Set<String>) -> String? {
        EditDistance.closest(to: name, among: known, limit: 2)
    }

    /// Up to eight of a first line's cells, quoted, for a message saying that none is a column
    /// of the format. The line may be data (a file without a header): a cell that may be personal
    /// (a number, an address, an email address, a name on a line of data) is left out and counted
    /// instead.
    /// A line with a number or an email address in any cell is data; a header's cells ("Crime
    /// Ref", "Date Reported") are shown unless one holds personal data.
    static func quotedNames(_ names: [String]) -> String {
        let first = names.prefix(8)
        let data = names.contains { $0.contains(where: \.isNumber) || $0.contains("@") }
        let shown = first.filter { !$0.contains(where: \.isNumber) && mayQuote($0, onDataLine: data) }
        var parts = shown.map { "\"\($0)\"" }
        if shown.count < first.count {
            parts.append("\(first.count - shown.count) not shown: they may be data, personal data among it")
        }
        return parts.isEmpty ? "" : "(" + parts.joined(separator: ", ") + ")"
    }
}
