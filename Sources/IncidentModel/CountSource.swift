// What the statistics engine counts from, defined here (below both) so that the engine depends on
// the protocol it owns and the store conforms to it from its own side.

/// Where the engine gets its counts: the store (SQL), or values in memory (tests, checks).
///
/// Every implementation counts *real incidents*: the counted view of the store, which one day
/// counts each linked group once, or, in memory, each counted incident once.
public protocol CountSource {
    /// Counted incidents dated from `start` to `end`, grouped by `dimensions` (empty groups omitted).
    func counts(from start: CivilDate, to end: CivilDate, by dimensions: [Breakdown]) throws -> [CountRow]
    /// Counted incidents per day over the whole history, in date order.
    func dailyTotals() throws -> [(date: CivilDate, count: Int)]
    /// Records of `status` dated from `start` to `end`.
    func recordCount(status: Status, from start: CivilDate, to end: CivilDate) throws -> Int
}

/// One group of a breakdown: the value code in each dimension and how many incidents.
public struct CountRow: Hashable, Sendable {
    /// One code per requested dimension, in the order requested.
    public let codes: [String]
    /// Counted incidents.
    public let count: Int

    /// A row.
    public init(codes: [String], count: Int) {
        self.codes = codes
        self.count = count
    }
}
