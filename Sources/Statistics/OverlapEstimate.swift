#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An estimate of the incidents that reached neither the research team nor the police, from the
/// overlap of the two sources (capture–recapture): the Lincoln–Petersen estimator in Chapman's
/// bias-corrected form, N̂ = (n₁+1)(n₂+1)/(m+1) − 1, with Seber's variance and a 95% interval
/// on the log scale for the unseen part (Chao 1987), so that the interval never falls below
/// what was observed.
///
/// It is an estimate, not a count, and it holds only if: the period's population of incidents
/// is closed; reporting to the police and reporting to the research team are independent; every
/// incident is equally likely to reach each source; and linkage is correct (a missed link makes
/// the estimate too high, a false one too low).
public struct OverlapEstimate: Sendable, Equatable {
    /// Incidents known to the research team (own only + both), to the police (police only + both), and to both.
    public let own: Int, police: Int, both: Int
    /// Distinct incidents observed: own + police − both.
    public var observed: Int { own + police - both }
    /// Chapman's estimate of all incidents.
    public let total: Double
    /// The estimate of incidents that reached neither source.
    public var neither: Double { total - Double(observed) }
    /// The 95% interval for `total`.
    public let low: Double, high: Double

    /// The assumptions, in words, printed with every estimate.
    public static let assumptions =
        """
        Estimate, not a count: Lincoln–Petersen (Chapman's form) from the overlap of the two sources, 95% interval \
        (log-normal, Chao 1987). It assumes the incidents of the period are a closed population, that reporting to \
        the police and to the research team are independent, that every incident is equally likely to reach each \
        source, and that linkage is correct.
        """

    /// Nil when either source is empty (nothing to estimate from).
    public init?(ownOnly: Int, policeOnly: Int, both: Int) {
        let n1 = ownOnly + both, n2 = policeOnly + both, m = both
        guard n1 > 0, n2 > 0 else { return nil }
        own = n1; police = n2; self.both = m
        let a = Double(n1 + 1), b = Double(n2 + 1), c = Double(m + 1)
        total = a * b / c - 1
        let variance = a * b * Double(n1 - m) * Double(n2 - m) / (c * c * Double(m + 2))
        let observed = Double(n1 + n2 - m)
        let unseen = max(total - observed, 0)
        if unseen <= 0 || variance <= 0 {
            low = total; high = total
        } else {
            let k = exp(1.96 * sqrt(log(1 + variance / (unseen * unseen))))
            low = observed + unseen / k
            high = observed + unseen * k
        }
    }
}

extension OverlapEstimate {
    /// The estimate from a breakdown by source alone (own reports only, police exchange only, both),
    /// as `incidents figures --by source` and the report's police exchange section both make it.
    /// Nil for any other table, for a table with withheld cells, or when either source is empty.
    public init?(sources table: FigureTable) {
        guard table.dimensions == [.source], table.suppressionThreshold == nil else { return nil }
        self.init(
            ownOnly: table.cell(["own"])?.count ?? 0, policeOnly: table.cell(["police"])?.count ?? 0,
            both: table.cell(["both"])?.count ?? 0)
    }

    /// The estimate in one sentence, rounded to whole incidents, labelled as an estimate; nil when no
    /// incident reached both sources (nothing to estimate the unseen from).
    public var summary: String? {
        guard both > 0 else { return nil }
        let neither = Int(neither.rounded()), total = Int(total.rounded())
        return "Estimated incidents that reached neither source: about \(neither.grouped) "
            + """
            (all incidents: about \(total.grouped), 95% interval \
            \(Int(low.rounded()).grouped)–\(Int(high.rounded()).grouped); \(observed.grouped) observed).
            """
    }
}
