import IncidentModel

/// A plain-text table with aligned columns.
public struct TextTable: Sendable {
    /// The headings.
    public let columns: [String]
    /// Columns aligned right (numbers).
    public let rightAligned: Set<Int>
    /// The rows added, cut or padded to the columns.
    public private(set) var rows: [[String]] = []

    /// A table with `columns`, `rightAligned` ones aligned right.
    public init(columns: [String], rightAligned: Set<Int> = []) {
        self.columns = columns
        self.rightAligned = rightAligned
    }

    /// Adds a row, padded or cut to the number of columns; control and escape characters in the
    /// cells (which come from records and files) are removed before they reach a terminal.
    public mutating func add(_ row: [String]) {
        rows.append(
            Array(
                (row.map { TerminalText.clean($0) } + Array(repeating: "", count: max(0, columns.count - row.count)))
                    .prefix(columns.count)))
    }

    /// A whole table at once.
    public static func render(headings: [String], rows: [[String]], numeric: Set<Int>) -> String {
        var table = TextTable(columns: headings, rightAligned: numeric)
        for row in rows { table.add(row) }
        return table.render()
    }

    /// The table as text, columns two spaces apart.
    public func render() -> String {
        let all = [columns] + rows
        let widths = columns.indices.map { i in all.map { $0[i].count }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            row.enumerated().map { i, cell in
                let padding = String(repeating: " ", count: widths[i] - cell.count)
                return rightAligned.contains(i) ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingTrailingSpaces
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(columns), rule] + rows.map(line)).joined(separator: "\n")
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
