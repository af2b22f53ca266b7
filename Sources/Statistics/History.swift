import IncidentModel

/// Counted incidents per day over the whole record, for ranks ("the second-highest total
/// ever"), series and monthly context.
public struct History: Sendable {
    private let daily: [Int: Int]
    /// The first and last day with a counted incident.
    public let first: CivilDate?
    public let last: CivilDate?

    /// A history from daily totals.
    public init(_ totals: [(date: CivilDate, count: Int)]) {
        var daily: [Int: Int] = [:]
        for (date, count) in totals { daily[date.dayNumber, default: 0] += count }
        self.daily = daily
        first = totals.map(\.date).min()
        last = totals.map(\.date).max()
    }

    /// Counted incidents in `period`.
    public func total(_ period: Period) -> Int {
        (period.start.dayNumber...period.end.dayNumber).reduce(0) { $0 + (daily[$1] ?? 0) }
    }

    /// Whether any of the record falls in or before `period` (figures for a period entirely
    /// before the record began are unknown, not zero).
    public func covers(_ period: Period) -> Bool {
        guard let first, let last else { return false }
        return period.end >= first && period.start <= last
    }

    /// The periods of the same kind as `period` that the record covers in full, with `period` itself.
    ///
    /// A period still running (after the last recorded day) is not a candidate, except the one
    /// being ranked: half a year must not be ranked against whole ones.
    public func comparable(to period: Period) -> [Period] {
        guard let first, let last else { return [period] }
        var out: [Period] = []
        for year in first.year...max(last.year, period.start.year) {
            let candidates: [Period] =
                switch period.kind {
                case .year: [.year(year)]
                case .half(_, let h): [.half(year, h)]
                case .quarter(_, let q): [.quarter(year, q)]
                case .month: (1...12).map { .month(year, $0) }
                case .range: []
                }
            out += candidates.filter { $0 == period || ($0.end <= last && $0.start >= Period.year(first.year).start) }
        }
        return out.contains(period) ? out : out + [period]
    }

    /// Where `period`'s total ranks among comparable periods (1 = highest; ties share a rank).
    /// Nil for date ranges, which have no comparable periods.
    public func rank(_ period: Period) -> Rank? {
        if case .range = period.kind { return nil }
        let candidates = comparable(to: period)
        let mine = total(period)
        let above = candidates.filter { $0 != period && total($0) > mine }.count
        return Rank(position: above + 1, of: candidates.count)
    }

    /// The monthly totals within `period`, in order.
    public func monthlyTotals(in period: Period) -> [(month: Period, count: Int)] {
        period.months.map { ym in
            let month = Period.month(ym.year, ym.month)
            let clipped = Period.range(max(month.start, period.start), min(month.end, period.end))
            return (month, total(clipped))
        }
    }
}

/// A position in a ranking: 1 is the highest.
public struct Rank: Sendable, Hashable {
    /// The position, 1 for the highest.
    public let position: Int
    /// How many were ranked.
    public let of: Int

    /// Position `position` of `of`.
    public init(position: Int, of: Int) {
        self.position = position
        self.of = of
    }

    /// "highest", "second-highest", …, "lowest" for the last of three or more.
    public var words: String {
        if position == 1 { return "highest" }
        if position == of && of >= 3 { return "lowest" }
        let ordinals = [
            "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth",
        ]
        if position - 2 < ordinals.count { return ordinals[position - 2] + "-highest" }
        let suffix =
            (11...13).contains(position % 100)
            ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][position % 10]
        return "\(position)\(suffix)-highest"
    }
}
