import Charts
import IncidentModel
import Statistics

extension Chart {
    /// The chart of a breakdown as the figures page shows it: bars by the first dimension; the
    /// comparison period or the second dimension as a second series. Withheld cells have no bar.
    public init(table: FigureTable) {
        let suppressedNote = table.suppressionThreshold.map { " Cells below \($0) are withheld and have no bar." } ?? ""
        let note = "Source: incident records. Only incidents judged antisemitic are counted." + suppressedNote
        let title =
            "Antisemitic incidents, \(table.period.label)"
            + (table.dimensions.isEmpty
                ? "" : ", by " + table.dimensions.map { $0.heading.lowercased() }.joined(separator: " and "))
        guard let first = table.dimensions.first else {
            var categories = [table.period.label], values = [Double(table.total)]
            if let previous = table.previousPeriod, let total = table.previousTotal {
                categories.insert(previous.label, at: 0)
                values.insert(Double(total), at: 0)
            }
            self.init(
                kind: .verticalBars, title: title, categories: categories,
                series: [.init(name: "Incidents", values: values)], note: note)
            return
        }
        let upright: Set<Breakdown> = [.month, .year, .monthOfYear]
        let rows = table.codes(along: 0)
        let labels = rows.map { first.label(of: $0) }
        if table.dimensions.count == 2 {
            let second = table.dimensions[1]
            let series = table.codes(along: 1).map { column in
                Series(
                    name: second.label(of: column),
                    values: rows.map { row in
                        table.cell([row, column]).flatMap { $0.suppressed == nil ? Double($0.count) : nil }
                    })
            }
            self.init(
                kind: first.isAdditive && second.isAdditive ? .stackedBars : .groupedBars, title: title,
                categories: labels,
                series: series, valueLabels: false, note: note)
            return
        }
        var series = [
            Series(name: table.period.label, values: table.cells.map { $0.suppressed == nil ? Double($0.count) : nil })
        ]
        if let previous = table.previousPeriod {
            series.insert(
                Series(
                    name: previous.label,
                    values: table.cells.map { $0.previousSuppressed == nil ? $0.previous.map(Double.init) : nil }),
                at: 0)
        }
        self.init(
            kind: series.count > 1 ? .groupedBars : (upright.contains(first) ? .verticalBars : .horizontalBars),
            title: title, categories: labels, series: series, valueLabels: series.count == 1 && labels.count <= 18,
            note: note)
    }
}
