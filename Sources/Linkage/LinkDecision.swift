/// A person's decision on a pair.
public enum LinkDecision: String, Sendable {
    case accept, reject, skip

    /// "accepted", "rejected", "skipped".
    public var done: String { self == .skip ? "skipped" : rawValue + "ed" }
}
