/// A pair's standing after assignment.
public enum PairState: String, Sendable, CaseIterable {
    /// Linked automatically (at or above the upper threshold, the best pair for both records).
    case linked
    /// Between the thresholds: waits for a person.
    case queued
    /// A person linked it.
    case accepted
    /// A person said they are different incidents.
    case rejected
    /// Above the review threshold, but one of its records is linked to a better match.
    case superseded
}
