/// One thing wrong with an input file, located so a person can find and fix it.
///
/// Printed as `FILE:LINE:COLUMN: FIELD "VALUE": WHAT (WHAT TO DO)`, the form compilers use, so
/// editors can jump to it: `cst-2024.csv:118:5: category "abusive": expected one of …`.
public struct ImportProblem: Hashable, Sendable, CustomStringConvertible, Error {
    /// The file name as given on the command line.
    public var file: String
    /// The physical line (1-based), nil for problems with the whole file.
    public var line: Int?
    /// The 1-based column number, when one column is at fault.
    public var column: Int?
    /// The column's name in the header, when known.
    public var field: String?
    /// The offending value, as found.
    public var value: String?
    /// What is wrong and what is accepted.
    public var message: String
    /// What the person can do about it beyond fixing the file, when the program that reads the
    /// file offers a way (the command line words it with its flags, the web page with its form).
    public var remedy: Remedy?

    /// Ways around a problem that the reading program, not the file, provides.
    public enum Remedy: String, Hashable, Sendable {
        /// Name the source of the whole file (`--source`, or the import page's field).
        case nameTheSource
    }

    /// A problem; every location part is optional.
    public init(
        file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, value: String? = nil, message: String,
        remedy: Remedy? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.value = value
        self.message = message
        self.remedy = remedy
    }

    public var description: String {
        var out = file
        if let line { out += ":\(line)" }
        if let column, line != nil { out += ":\(column)" }
        out += ": "
        if let field { out += field + " " }
        if let value { out += "\"" + ImportProblem.clip(value) + "\"" + " " }
        if field != nil || value != nil { out.removeLast(); out += ": " }
        return out + message
    }

    /// Long or multi-line values are shortened so a message stays on one line.
    static func clip(_ value: String) -> String {
        let flat = value.replacingControlCharacters
        return flat.count > 60 ? String(flat.prefix(57)) + "…" : flat
    }
}

extension String {
    var replacingControlCharacters: String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
    }
}

/// An import that was refused: the problems, all of them found in one pass.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    /// The problems, in file order (up to the reader's limit).
    public let problems: [ImportProblem]
    /// How many problems there were in all (may exceed `problems.count`).
    public let totalProblems: Int
    /// How many rows had at least one problem.
    public let invalidRows: Int

    /// A failure listing `problems`.
    public init(problems: [ImportProblem], totalProblems: Int? = nil, invalidRows: Int = 0) {
        self.problems = problems
        self.totalProblems = totalProblems ?? problems.count
        self.invalidRows = invalidRows
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
