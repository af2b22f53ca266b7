import IncidentModel

/// A compared pair kept by a run: indices into the police and own record lists.
public struct ScoredPair: Sendable, Hashable {
    public var police: Int
    public var own: Int
    public var pattern: ComparisonPattern
    /// The match weight in bits: the prior's and the fields' (`MatchModel.weight`) plus `competition`.
    public var weight: Double
    /// Bits taken off because the same records have other likely partners (0 when they have none).
    public var competition: Double
    /// The probability that this pair is the match, other candidates considered.
    public var probability: Double
    /// The police record's campaign: police records that are copies of one incident reported by
    /// several households (`Linker` finds them), all sharing the same number; nil when alone.
    public var campaign: Int? = nil
}

/// What one field contributed to a pair's weight.
public struct LinkReason: Sendable, Codable, Equatable {
    public var field: String
    /// The agreement level's description, or "not recorded on both".
    public var level: String
    /// Bits added to (or taken from) the weight.
    public var weight: Double
}

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

/// A person's decision on a pair.
public enum LinkDecision: String, Sendable {
    case accept, reject, skip
}
