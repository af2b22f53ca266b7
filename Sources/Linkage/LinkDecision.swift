/// A person's decision on a pair.
public enum LinkDecision: String, Sendable {
    case accept, reject, skip
}
