import IncidentModel

extension Chart {
    /// What the chart shows, in words, with every number: the text alternative a screen reader
    /// reads in place of the picture.
    public var textAlternative: String {
        let shape =
            switch kind {
            case .verticalBars, .horizontalBars: "Bar chart"
            case .groupedBars: "Grouped bar chart"
            case .stackedBars: "Stacked bar chart"
            case .lines: "Line chart"
            case .share: "Chart of shares"
            case .tileMap: "Tile map"
            }
        func number(_ value: Double?) -> String { value.map { Int($0.rounded()).grouped } ?? "withheld" }
        var parts = ["\(shape): \(title)" + (subtitle.map { " (\($0))" } ?? "") + "."]
        for s in series {
            let values = zip(categories, s.values).map { "\($0) \(number($1))" }.joined(separator: "; ")
            parts.append(series.count > 1 ? "\(s.name): \(values)." : values + ".")
        }
        if kind == .tileMap {
            parts.append("Shading classes: " + shadeClasses.map(\.label).joined(separator: ", ") + ".")
        }
        return parts.joined(separator: " ")
    }
}
