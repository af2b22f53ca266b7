/// One figure as a report prints it: a stable key, where it appears (which table or sentence),
/// and its text. Drafts and published editions store these; the report builder makes them.
public struct PrintedFigure: Hashable, Sendable {
    public let key: String
    public let label: String
    public let value: String

    public init(key: String, label: String, value: String) {
        self.key = key
        self.label = label
        self.value = value
    }
}

/// A figure that differs between two sets of printed figures (two drafts, or an edition and now).
public struct FigureChange: Hashable, Sendable {
    /// The figure's stable key.
    public let key: String
    /// Where it appears (which table or sentence).
    public let label: String
    public let old: String
    public let new: String

    public init(key: String, label: String, old: String, new: String) {
        self.key = key
        self.label = label
        self.old = old
        self.new = new
    }

    /// What an absent figure shows as.
    public static let absent = "(absent)"

    /// The figures of `new` whose value differs from `old` (or that appear in only one), in
    /// `new`'s order, then those only in `old`. The one comparison behind a draft's "Changes since
    /// draft N", `incidents diff` and the trustees' change list.
    public static func between(_ old: [PrintedFigure], _ new: [PrintedFigure]) -> [FigureChange] {
        let before = Dictionary(old.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let keys = Set(new.map(\.key))
        var out: [FigureChange] = []
        for figure in new where before[figure.key]?.value != figure.value {
            out.append(
                FigureChange(
                    key: figure.key, label: figure.label, old: before[figure.key]?.value ?? absent, new: figure.value))
        }
        for figure in old where !keys.contains(figure.key) {
            out.append(FigureChange(key: figure.key, label: figure.label, old: figure.value, new: absent))
        }
        return out
    }
}
