import IncidentModel

/// Every figure the annual (or half-year) report prints, computed once by the engine, so the
/// sentences, tables and charts of one report can never disagree.
public struct ReportFigures: Sendable {
    /// The report's period.
    public let period: Period
    /// The headline numbers and sentences.
    public let headline: Headline
    /// Breakdowns of the period, each compared with a year earlier.
    public let byCategory: FigureTable
    public let byMonth: FigureTable
    public let byRegion: FigureTable
    public let byForce: FigureTable
    public let byVictim: FigureTable
    public let byMethod: FigureTable
    public let online: FigureTable
    public let byDiscourse: FigureTable
    public let bySource: FigureTable
    /// Offenders as described (appearance, gender, age); "not recorded" is no description.
    public let offenderAppearance: FigureTable
    public let offenderGender: FigureTable
    public let offenderAge: FigureTable
    /// Mission, opportunistic or aggravated; "not coded" where the research team gave no code.
    public let byTypology: FigureTable
    /// The appendix: category × month for the period ("full breakdown"), and category by year and
    /// month by year over the years shown.
    public let fullBreakdown: FigureTable
    public let categoryByYear: FigureTable
    public let monthByYear: FigureTable
    /// The years the appendix series cover.
    public let years: ClosedRange<Int>
    /// The capture–recapture estimate of incidents that reached neither source, made from
    /// ``bySource`` exactly as `incidents figures --by source` makes it.
    public var overlap: OverlapEstimate? { OverlapEstimate(sources: bySource) }

    /// Computes the report's figures for `period`, with series over up to `seriesYears` years.
    public static func compute(
        _ engine: FigureEngine, period: Period, seriesYears: Int = 10,
        since: CivilDate? = nil, threshold: Int? = nil
    ) throws -> ReportFigures {
        let history = try engine.history()
        let firstYear = max(history.first?.year ?? period.start.year, period.end.year - seriesYears + 1)
        let years = firstYear...period.end.year
        func compared(_ dimension: Breakdown) throws -> FigureTable {
            try engine.table(period, by: [dimension], compareYearsBack: 1)
        }
        // Month by year over the same span of each year as the period (January–June for a half).
        let seriesPeriod: Period =
            switch period.kind {
            case .half(_, let h): .range(Period.half(firstYear, h).start, Period.half(period.end.year, h).end)
            default: .range(Period.year(firstYear).start, period.end)
            }
        return ReportFigures(
            period: period,
            headline: try engine.headline(period, threshold: threshold, since: since),
            byCategory: try compared(.category), byMonth: try compared(.month), byRegion: try compared(.region),
            byForce: try compared(.policeForce), byVictim: try compared(.victimType), byMethod: try compared(.method),
            online: try compared(.online), byDiscourse: try compared(.discourse), bySource: try compared(.source),
            offenderAppearance: try compared(.offenderAppearance), offenderGender: try compared(.offenderGender),
            offenderAge: try compared(.offenderAge), byTypology: try compared(.typology),
            fullBreakdown: try engine.table(period, by: [.category, .month]),
            categoryByYear: try engine.table(seriesPeriod, by: [.category, .year]),
            monthByYear: try engine.table(seriesPeriod, by: [.monthOfYear, .year]),
            years: years)
    }
}
