import IncidentModel
import IncidentStore
import Statistics

/// One question put to the statistics engine: a period, up to two breakdowns, an optional
/// comparison and suppression threshold. The command line and the web application both ask
/// through this type, so they can never count differently.
public struct FiguresQuery: Sendable, Hashable {
    /// The period counted.
    public let period: Period
    /// Up to two different dimensions.
    public let dimensions: [Breakdown]
    /// Compare with the same period this many years earlier (1 or more).
    public let compareYearsBack: Int?
    /// Withhold cells below this count (2 or more).
    public let suppressBelow: Int?

    /// A checked query; the errors name the value that is wrong and what is allowed.
    public init(period: Period, dimensions: [Breakdown], compareYearsBack: Int? = nil, suppressBelow: Int? = nil)
        throws(FiguresError)
    {
        if dimensions.count > 2 { throw FiguresError("at most two breakdowns (a table crosses two)") }
        if dimensions.count == 2 && dimensions[0] == dimensions[1] {
            throw FiguresError("breakdown by \(dimensions[0].rawValue) twice; cross two different dimensions")
        }
        if let compareYearsBack, compareYearsBack < 1 { throw FiguresError("comparison: a number of years, 1 or more") }
        if let suppressBelow, suppressBelow < 2 { throw FiguresError("suppression threshold: a count of 2 or more") }
        self.period = period
        self.dimensions = dimensions
        self.compareYearsBack = compareYearsBack
        self.suppressBelow = suppressBelow
    }

    /// A query from text (a form, a URL, the command line): period code and dimension names.
    public static func parse(
        period: String, dimensions: [String], compareYearsBack: Int? = nil, suppressBelow: Int? = nil
    ) throws(FiguresError) -> FiguresQuery {
        let parsed: Period
        do { parsed = try Period(parsing: period) } catch { throw FiguresError(error.description) }
        return try FiguresQuery(
            period: parsed, dimensions: try dimensions.map { text throws(FiguresError) in try Self.dimension(text) },
            compareYearsBack: compareYearsBack, suppressBelow: suppressBelow)
    }

    /// A dimension's name, or an error listing the names.
    public static func dimension(_ text: String) throws(FiguresError) -> Breakdown {
        guard let dimension = Breakdown(parsing: text) else {
            throw FiguresError(
                """
                unknown dimension "\(text)"; expected one of \
                \(Breakdown.allCases.map(\.rawValue).joined(separator: ", "))
                """
            )
        }
        return dimension
    }
}

/// What the engine answered to a ``FiguresQuery``, ready to write in any format.
public struct FiguresResult: Sendable {
    /// The query answered.
    public let query: FiguresQuery
    /// The breakdown, compared and suppressed as asked.
    public let table: FigureTable
    /// The first headline sentence of the period.
    public var headline: String { sentences[0] }
    /// Every headline sentence of the period (total, change, rank, months).
    public let sentences: [String]
    /// Reports in the period not deemed antisemitic.
    public let excluded: Int
    /// By source alone and unsuppressed: the capture–recapture estimate of what reached neither.
    public let overlap: OverlapEstimate?
    /// What waits for `incidents link` (`LinkLag.note`), set by the caller that read it: the JSON
    /// carries it as `linking_due`, so that a program reading the figures sees it too.
    public var linkingDue: String?

    /// As `incidents figures` prints it (text).
    public var text: String {
        FiguresOutput.text(table, headline: headline) + (overlap.map { "\n\n" + FiguresOutput.overlap($0) } ?? "")
    }
    /// As `incidents figures --format csv` prints it.
    public var csv: String { FiguresOutput.csv(table) }
    /// As `incidents figures --format json` prints it.
    public var json: String {
        FiguresOutput.json(table, headline: headline, excluded: excluded, overlap: overlap, linkingDue: linkingDue)
    }
}

extension FigureEngine {
    /// Answers `query`: the table, the period's first headline sentence, the excluded reports and,
    /// by source, the overlap estimate.
    public func figures(_ query: FiguresQuery) throws -> FiguresResult {
        let table = try table(
            query.period, by: query.dimensions, compareYearsBack: query.compareYearsBack,
            suppressBelow: query.suppressBelow)
        let sentences = try headline(query.period).sentences
        // By source: own only, police only, both, and the estimate of what reached neither.
        let estimate = OverlapEstimate(sources: table)
        return FiguresResult(
            query: query, table: table, sentences: sentences, excluded: try excluded(query.period), overlap: estimate)
    }

    /// The engine over `store`, after checking that it has incidents and that `period` lies within
    /// their record (figures before the record began are unknown, not zero).
    public static func covering(_ period: Period, store: IncidentStore) throws -> FigureEngine {
        try covering(period, source: store, path: store.path)
    }

    /// The engine over `store`, its daily totals read once (a report's headline and charts ask for
    /// them a dozen times), checked to cover `period`.
    public static func covering(_ period: Period, readingDailyTotalsOnce store: IncidentStore) throws -> FigureEngine {
        try covering(period, source: KnownDailyTotals(store: store, daily: try store.dailyTotals()), path: store.path)
    }

    /// The engine over `source` (the database at `path`), checked to cover `period`.
    public static func covering(_ period: Period, source: any CountSource, path: String) throws -> FigureEngine {
        let engine = FigureEngine(source: source)
        let history = try engine.history()
        guard let first = history.first, let last = history.last else {
            throw FiguresError(
                "\(path) has no counted incidents yet; import some with `incidents import`, or run `incidents demo`")
        }
        guard history.covers(period) else {
            throw FiguresError(
                "no incidents are recorded for \(period.label): the record runs from \(first) to \(last)")
        }
        return engine
    }
}

/// A question the engine cannot answer as put: says what was wrong and what is allowed.
public struct FiguresError: Error, Sendable, CustomStringConvertible {
    /// The message for a person.
    public let description: String
    /// An error with `description`.
    public init(_ description: String) { self.description = description }
}

/// The store's counts, with the daily totals already read (they change only with the data).
public struct KnownDailyTotals: CountSource {
    let store: IncidentStore
    let daily: [(date: CivilDate, count: Int)]

    /// The store's counts, with `daily` as its daily totals.
    public init(store: IncidentStore, daily: [(date: CivilDate, count: Int)]) {
        self.store = store
        self.daily = daily
    }

    public func counts(from start: CivilDate, to end: CivilDate, by dimensions: [Breakdown]) throws -> [CountRow] {
        try store.counts(from: start, to: end, by: dimensions)
    }
    public func dailyTotals() -> [(date: CivilDate, count: Int)] { daily }
    public func recordCount(status: Status, from start: CivilDate, to end: CivilDate) throws -> Int {
        try store.recordCount(status: status, from: start, to: end)
    }
}
