import IncidentModel

extension Chart {
    /// The largest value the chart shows, with what it belongs to: the category, and the series
    /// when there are several ("Oct (2023)"). The first of equal values; nil when none is shown.
    public var largestValue: (label: String, value: Double)? {
        var best: (label: String, value: Double)?
        for s in series {
            for (category, value) in zip(categories, s.values) {
                guard let value, value > (best?.value ?? -.infinity) else { continue }
                best = (series.count > 1 ? "\(category) (\(s.name))" : category, value)
            }
        }
        return best
    }

    /// The alternative text of the chart as a figure of the report: every number it shows (the
    /// ``textAlternative`` the web pages use), then the largest named, so a reader who cannot see
    /// the bars still learns what stands out.
    public var figureAlternative: String {
        guard let largest = largestValue else { return textAlternative }
        return textAlternative + " Largest: \(largest.label), \(Int(largest.value.rounded()).grouped)."
    }
}
