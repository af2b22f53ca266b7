import IncidentModel

/// The one statistics engine: every figure the CLI, the charts, the tables and the report's
/// sentences print comes from here.
public struct FigureEngine {
    private let source: any CountSource

    /// An engine counting from `source`.
    public init(source: any CountSource) { self.source = source }

    /// Counted incidents in `period`.
    public func total(_ period: Period) throws -> Int {
        try source.counts(from: period.start, to: period.end, by: []).first?.count ?? 0
    }

    /// Reports in `period` investigated and not deemed antisemitic (excluded, but published).
    public func excluded(_ period: Period) throws -> Int {
        try source.recordCount(status: .notAntisemitic, from: period.start, to: period.end)
    }

    /// The history of daily totals, for ranks, series and monthly context.
    public func history() throws -> History { History(try source.dailyTotals()) }

    /// The breakdown of `period` by up to two dimensions, optionally compared with the same
    /// period `compareYearsBack` years earlier and with cells below `suppressBelow` withheld.
    public func table(
        _ period: Period, by dimensions: [Breakdown], compareYearsBack: Int? = nil,
        suppressBelow: Int? = nil
    ) throws -> FigureTable {
        precondition(dimensions.count <= 2, "a table has at most two dimensions")
        let previousPeriod = compareYearsBack.map { period.shifted(years: $0) }
        let years = compareYearsBack ?? 0
        func fetch(_ p: Period, _ dims: [Breakdown], shift: Int) throws -> [[String]: Int] {
            var out: [[String]: Int] = [:]
            for row in try source.counts(from: p.start, to: p.end, by: dims) {
                let codes = zip(dims, row.codes).map { FigureEngine.shift($1, of: $0, years: shift) }
                out[codes, default: 0] += row.count
            }
            return out
        }
        let current = try fetch(period, dimensions, shift: 0)
        let previous = try previousPeriod.map { try fetch($0, dimensions, shift: years) } ?? [:]

        let axes = dimensions.enumerated().map { index, dimension in
            FigureEngine.axis(
                dimension, period: period,
                present: Set((current.keys.map { $0[index] }) + previous.keys.map { $0[index] }))
        }
        var keys: [[String]] = [[]]
        for axis in axes { keys = keys.flatMap { prefix in axis.map { prefix + [$0] } } }
        let cells = keys.map { key in
            FigureCell(
                codes: key, count: current[key] ?? 0, previous: previousPeriod == nil ? nil : (previous[key] ?? 0))
        }

        var rowTotals: [String: Int] = [:], columnTotals: [String: Int] = [:]
        var previousRowTotals: [String: Int] = [:], previousColumnTotals: [String: Int] = [:]
        if dimensions.count == 2 {
            rowTotals = try fetch(period, [dimensions[0]], shift: 0).reduce(into: [:]) { $0[$1.key[0]] = $1.value }
            columnTotals = try fetch(period, [dimensions[1]], shift: 0).reduce(into: [:]) { $0[$1.key[0]] = $1.value }
            if let previousPeriod {
                previousRowTotals = try fetch(previousPeriod, [dimensions[0]], shift: years).reduce(into: [:]) {
                    $0[$1.key[0]] = $1.value
                }
                previousColumnTotals = try fetch(previousPeriod, [dimensions[1]], shift: years).reduce(into: [:]) {
                    $0[$1.key[0]] = $1.value
                }
            }
        }
        var table = FigureTable(
            period: period, dimensions: dimensions, cells: cells, total: try total(period),
            previousPeriod: previousPeriod, previousTotal: try previousPeriod.map { try total($0) },
            rowTotals: rowTotals, columnTotals: columnTotals,
            previousRowTotals: previousRowTotals, previousColumnTotals: previousColumnTotals)
        if let suppressBelow { table.suppress(below: suppressBelow) }
        return table
    }

    /// A series: one table per year from `firstYear` to `lastYear`, by `dimension` (category by
    /// year, month by year: the appendix tables).
    public func yearlySeries(_ dimension: Breakdown, years: ClosedRange<Int>) throws -> FigureTable {
        try table(
            Period.range(Period.year(years.lowerBound).start, Period.year(years.upperBound).end),
            by: [dimension, .year])
    }

    /// The values shown along `dimension`: fixed lists in full, months and years of the period in
    /// full, other values as present; "not recorded" only when present.
    static func axis(_ dimension: Breakdown, period: Period, present: Set<String>) -> [String] {
        var codes: [String]
        switch dimension {
        case .month: codes = period.months.map { "\($0.year)-" + String(100 + $0.month).suffix(2) }
        case .year: codes = (period.start.year...period.end.year).map(String.init)
        default: codes = dimension.fixedCodes ?? []
        }
        let listed = Set(codes)
        codes += present.filter { !listed.contains($0) }
        return codes.sorted { dimension.order(of: $0) < dimension.order(of: $1) }
    }

    /// A month or year code moved forward `years` years, so that last year's October lines up
    /// with this year's.
    static func shift(_ code: String, of dimension: Breakdown, years: Int) -> String {
        guard years != 0, let year = Int(code.prefix(4)) else { return code }
        switch dimension {
        case .year: return String(year + years)
        case .month: return String(year + years) + code.dropFirst(4)
        default: return code
        }
    }
}
