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
