/// A compared pair kept by a run: indices into the police and own record lists.
public struct ScoredPair: Sendable, Hashable {
    /// The police record, as an index into the run's police records.
    public var police: Int
    /// The team's record, as an index into the run's team records.
    public var own: Int
    /// Each field's agreement level.
    public var pattern: ComparisonPattern
    /// The match weight in bits: the prior's and the fields' (`MatchModel.weight`) less `lookAlike`,
    /// plus `spreadStreets` and `competition`.
    public var weight: Double
    /// Bits taken off because the same records have other likely partners (0 when they have none).
    public var competition: Double
    /// The probability that this pair is the match, other candidates considered.
    public var probability: Double
    /// The campaign of the pair's team record that the police record belongs to: police records
    /// that are copies of one incident reported by several households (`Linker` finds them), all
    /// sharing the same number under that team record; nil when alone.
    public var campaign: Int? = nil
    /// Bits taken off because different incidents often agree as this pair does (`Linker`'s
    /// look-alikes: the team's own records coinciding so); 0 when they seldom do.
    public var lookAlike: Double = 0
    /// Bits given back because the team's account says the act reached several homes, whose
    /// households live on several streets: a different street counts nothing (0 otherwise).
    public var spreadStreets: Double = 0
}
