import IncidentModel

/// Why a cell is not published.
public enum Suppression: String, Sendable, Hashable {
    /// Below the threshold itself.
    case primary
    /// Hidden so that a primary cell cannot be worked out from the totals.
    case secondary
}

/// One cell of a breakdown: a value (or pair of values) and its counts.
public struct FigureCell: Sendable, Hashable {
    /// The value codes, one per dimension.
    public let codes: [String]
    /// Counted incidents in the period.
    public var count: Int
    /// Counted incidents in the comparison period, when comparing.
    public var previous: Int?
    /// Whether `count` is withheld by disclosure control.
    public var suppressed: Suppression?
    /// Whether `previous` is withheld.
    public var previousSuppressed: Suppression?

    /// A cell with `codes` and `count` (and optionally the comparison count).
    public init(codes: [String], count: Int, previous: Int? = nil) {
        self.codes = codes
        self.count = count
        self.previous = previous
    }

    /// The change in whole per cent, nil without a comparison, from zero, or when either count is withheld.
    public var changePercent: Int? {
        guard let previous, suppressed == nil, previousSuppressed == nil else { return nil }
        return Percent.change(from: previous, to: count)
    }
}

/// A breakdown of the counted incidents of a period by zero, one or two dimensions.
///
/// Cells are in display order, with every value of a fixed dimension present (zero where none).
/// Marginal totals come from their own counts rather than sums of cells, so they are exact even
/// for discourse, where an incident may fall in several cells.
public struct FigureTable: Sendable {
    /// The period counted.
    public let period: Period
    /// The dimensions, at most two.
    public let dimensions: [Breakdown]
    /// The cells (for two dimensions, row-major: first dimension outer).
    public internal(set) var cells: [FigureCell]
    /// Counted incidents in the period.
    public let total: Int
    /// The comparison period and its total, when comparing.
    public let previousPeriod: Period?
    public let previousTotal: Int?
    /// For two dimensions: the total of each first-dimension value, and of each second-dimension value.
    public let rowTotals: [String: Int]
    public let columnTotals: [String: Int]
    public let previousRowTotals: [String: Int]
    public let previousColumnTotals: [String: Int]
    /// The threshold used for disclosure control, if any.
    public internal(set) var suppressionThreshold: Int?

    /// The codes along dimension `index`, in display order.
    public func codes(along index: Int) -> [String] {
        var seen: Set<String> = []
        return cells.map { $0.codes[index] }.filter { seen.insert($0).inserted }
    }

    /// The cell with `codes`, if the table has it.
    public func cell(_ codes: [String]) -> FigureCell? { cells.first { $0.codes == codes } }

    /// The change of the total, in whole per cent.
    public var totalChangePercent: Int? { previousTotal.flatMap { Percent.change(from: $0, to: total) } }
}
