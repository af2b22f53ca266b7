/// Disclosure control: small counts are withheld, and enough others with them that a withheld
/// count cannot be worked out by subtracting the published ones from a published total.
extension FigureTable {
    /// Withholds every cell with 1 to `threshold − 1` incidents (primary), then, in every line
    /// whose total is published and that has exactly one withheld cell, the smallest other cell
    /// (secondary), repeating until no line gives a withheld value away.
    ///
    /// Lines run along additive dimensions only: discourse values overlap, so their sum is not a
    /// total and cannot reveal a cell. Zero cells are published (a zero is not a small count)
    /// unless one must be withheld as the second cell of a line.
    mutating func suppress(below threshold: Int) {
        suppressionThreshold = threshold
        var current = cells.map(\.count)
        var marks = FigureTable.protect(&current, lines: lines, threshold: threshold)
        for i in cells.indices { cells[i].suppressed = marks[i] }
        if previousPeriod != nil {
            var previous = cells.map { $0.previous ?? 0 }
            marks = FigureTable.protect(&previous, lines: lines, threshold: threshold)
            for i in cells.indices { cells[i].previousSuppressed = marks[i] }
        }
    }

    /// The groups of cell indices whose sums are published totals.
    var lines: [[Int]] {
        switch dimensions.count {
        case 1:
            return dimensions[0].isAdditive ? [Array(cells.indices)] : []
        case 2:
            let rows = codes(along: 0), columns = codes(along: 1)
            var out: [[Int]] = []
            if dimensions[1].isAdditive {
                out += rows.indices.map { r in columns.indices.map { r * columns.count + $0 } }
            }
            if dimensions[0].isAdditive {
                out += columns.indices.map { c in rows.indices.map { $0 * columns.count + c } }
            }
            return out
        default:
            return []
        }
    }

    static func protect(_ counts: inout [Int], lines: [[Int]], threshold: Int) -> [Suppression?] {
        var marks: [Suppression?] = counts.map { (1..<max(threshold, 1)).contains($0) ? .primary : nil }
        var changed = true
        while changed {
            changed = false
            for line in lines {
                let withheld = line.filter { marks[$0] != nil }
                guard withheld.count == 1 else { continue }
                let open = line.filter { marks[$0] == nil }
                // The smallest non-zero cell hides the most; a zero only if nothing else is left.
                let pick =
                    open.filter { counts[$0] > 0 }.min { (counts[$0], $0) < (counts[$1], $1) }
                    ?? open.first
                guard let pick else { continue }
                marks[pick] = .secondary
                changed = true
            }
        }
        return marks
    }
}
