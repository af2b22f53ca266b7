import Charts
import IncidentModel
import Statistics

/// The charts the report and the media office use, built from the statistics engine's figures so
/// a chart can never disagree with the tables and sentences.
public enum StandardChart: String, CaseIterable, Sendable {
    case monthly, categories, regions, map, victims, offenders, methods, discourse, online, sources, trend
    case typology
    case monthByYear = "month-by-year"
    case categoryByYear = "category-by-year"

    /// What the chart shows, for `--help`.
    public var summary: String {
        switch self {
        case .monthly: "incidents by month in the period (vertical bars)"
        case .categories: "incidents by category (horizontal bars)"
        case .regions: "incidents by region: Greater London, Greater Manchester, other forces"
        case .map: "a tile map of the police force areas, each shaded by its incidents"
        case .victims: "incidents by victim type"
        case .offenders: "offenders' appearance, where a victim or witness described them"
        case .methods: "incidents by method"
        case .discourse: "incidents by discourse (an incident may carry several)"
        case .online: "online and offline shares"
        case .sources: "who reported: our own reports, the police exchange, both"
        case .trend: "the period's total in each of the last ten years"
        case .monthByYear: "monthly totals, one line per year, last five years"
        case .categoryByYear: "categories stacked by year, last ten years"
        case .typology: "mission, opportunistic and aggravated incidents (and those not coded)"
        }
    }

    /// Builds the chart for `period`; `marks` are dates to annotate (date, label).
    public func make(_ engine: FigureEngine, period: Period, marks: [(CivilDate, String)] = []) throws -> Chart {
        let note = "Source: incident records. Only incidents judged antisemitic are counted."
        func horizontal(_ breakdown: Breakdown, _ title: String, limit: Int = 14) throws -> Chart {
            let table = try engine.table(period, by: [breakdown])
            var cells = table.cells.filter { $0.count > 0 || breakdown.fixedCodes != nil }
            if breakdown == .region || breakdown == .policeForce {
                // Largest first; "not recorded" last whatever its size.
                cells.sort {
                    ($0.codes[0] == Breakdown.unknownCode ? 1 : 0, -$0.count) < (
                        $1.codes[0] == Breakdown.unknownCode ? 1 : 0, -$1.count
                    )
                }
                let unknown = cells.filter { $0.codes[0] == Breakdown.unknownCode }
                var known = cells.filter { $0.codes[0] != Breakdown.unknownCode }
                if known.count > limit {
                    let rest = known[(limit - 1)...].reduce(0) { $0 + $1.count }
                    known = Array(known.prefix(limit - 1)) + [FigureCell(codes: ["elsewhere"], count: rest)]
                }
                cells = known + unknown
            }
            let labels = cells.map { $0.codes[0] == "elsewhere" ? "All other areas" : breakdown.label(of: $0.codes[0]) }
            return Chart(
                kind: .horizontalBars, title: title, subtitle: "\(period.label): \(table.total.grouped) incidents",
                categories: labels, series: [.init(name: "Incidents", values: cells.map { Double($0.count) })],
                note: breakdown.isAdditive ? note : note + " An incident may carry several discourses.")
        }
        switch self {
        case .monthly:
            let months = try engine.history().monthlyTotals(in: period)
            let annotations = marks.compactMap { date, label -> Chart.Annotation? in
                guard let i = months.firstIndex(where: { $0.month.contains(date) }) else { return nil }
                let m = months[i].month
                return .init(position: Double(i) - 0.5 + Double(date.day - 1) / Double(m.dayCount), label: label)
            }
            let multiYear = period.start.year != period.end.year
            return Chart(
                kind: .verticalBars, title: "Antisemitic incidents by month, \(period.label)",
                subtitle: "\(months.reduce(0) { $0 + $1.count }.grouped) incidents",
                categories: months.map { m in
                    let name = String(Period.monthNames[m.month.start.month - 1].prefix(3))
                    return multiYear && m.month.start.month == 1 ? "\(name) \(m.month.start.year % 100)" : name
                },
                series: [.init(name: "Incidents", values: months.map { Double($0.count) })],
                annotations: annotations, valueLabels: months.count <= 18, note: note)
        case .categories: return try horizontal(.category, "Antisemitic incidents by category")
        case .regions: return try horizontal(.region, "Where incidents happened")
        case .map: return try ForceTileMap.chart(engine, period: period)
        case .victims: return try horizontal(.victimType, "Who was targeted")
        case .offenders:
            // Shares of the incidents with a description, as the publication gives them.
            let table = try engine.table(period, by: [.offenderAppearance])
            let cells = table.cells.filter { $0.codes[0] != Breakdown.unknownCode }
            let described = cells.reduce(0) { $0 + $1.count }
            return Chart(
                kind: .horizontalBars, title: "Offenders' appearance, as described",
                subtitle: "\(period.label): \(described.grouped) incidents with a description of the offender",
                categories: cells.map { Breakdown.offenderAppearance.label(of: $0.codes[0]) },
                series: [.init(name: "Incidents", values: cells.map { Double($0.count) })],
                note: note + " Only incidents where a victim or witness described the offender.")
        case .methods: return try horizontal(.method, "How incidents were carried out")
        case .typology:
            // A partition of the period's incidents (not coded included), as the online chart is.
            let table = try engine.table(period, by: [.typology])
            let cells = table.cells.filter { $0.count > 0 }
            var chart = Chart(
                kind: .share, title: "Mission, opportunistic or aggravated?",
                subtitle: "\(period.label): \(table.total.grouped) incidents",
                categories: cells.map { Breakdown.typology.label(of: $0.codes[0]) },
                series: [.init(name: "Incidents", values: cells.map { Double($0.count) })], note: note)
            chart.muted.insert(Typology.notCodedLabel)
            return chart
        case .discourse: return try horizontal(.discourse, "Discourse and motives")
        case .online, .sources:
            let breakdown: Breakdown = self == .online ? .online : .source
            let cells = try engine.table(period, by: [breakdown]).cells.filter { $0.count > 0 }
            return Chart(
                kind: .share, title: self == .online ? "Online and offline incidents" : "Who reported the incidents",
                subtitle: period.label, categories: cells.map { breakdown.label(of: $0.codes[0]) },
                series: [.init(name: "Incidents", values: cells.map { Double($0.count) })], note: note)
        case .trend:
            let history = try engine.history()
            let first = max(history.first?.year ?? period.start.year, period.start.year - 9)
            // A period starting before the record did gives no year to compare (figures before
            // the record began are unknown, not zero).
            guard first <= period.start.year else {
                throw ChartRequestError(
                    """
                    the trend needs a period that starts within the record, which begins in \(first); \(period.label) \
                    starts in \(period.start.year)
                    """
                )
            }
            let periods = (first...period.start.year).map { period.shifted(years: period.start.year - $0) }
            let span = periods.count > 1 ? "\(first)–\(period.start.year)" : "\(first)"
            let part: String =
                switch period.kind {
                case .half(_, 1): "January–June, "
                case .half: "July–December, "
                case .quarter, .month, .range:
                    "\(period.label.split(separator: " ").dropLast().joined(separator: " ")), "
                case .year: ""
                }
            return Chart(
                kind: .verticalBars, title: "Number of incidents, \(part)\(span)",
                categories: periods.map { String($0.start.year) },
                series: [.init(name: "Incidents", values: periods.map { Double(history.total($0)) })], note: note)
        case .monthByYear:
            let history = try engine.history()
            let start = max(history.first?.year ?? period.end.year, period.end.year - 4)
            guard start <= period.end.year else {
                throw ChartRequestError("\(period.label) ends before the record begins (\(start))")
            }
            let years = Array(start...period.end.year)
            let series = years.map { year in
                Chart.Series(
                    name: String(year),
                    values: (1...12).map { m -> Double? in
                        let month = Period.month(year, m)
                        guard let last = history.last, month.start <= last else { return nil }
                        return Double(history.total(month))
                    })
            }
            return Chart(
                kind: .lines, title: "Incidents by month, \(years.first!)–\(years.last!)",
                categories: Period.monthNames.map { String($0.prefix(3)) }, series: series, valueLabels: false,
                note: note)
        case .categoryByYear:
            let history = try engine.history()
            let first = max(history.first?.year ?? period.end.year, period.end.year - 9)
            guard first <= period.end.year else {
                throw ChartRequestError("\(period.label) ends before the record begins (\(first))")
            }
            let years = (first...period.end.year).map(String.init)
            if case .half(_, let half) = period.kind {
                // A half-year edition compares the same six months of every year, never six months with twelve.
                let span = Period.range(Period.half(first, half).start, period.end)
                let table = try engine.table(span, by: [.category, .month])
                let months = Set((half == 1 ? 1...6 : 7...12).map { String(String(100 + $0).suffix(2)) })
                let series = Category.allCases.map { category in
                    Chart.Series(
                        name: category.publishedName,
                        values: years.map { year in
                            Double(
                                table.cells.filter { cell in
                                    cell.codes[0] == category.rawValue && cell.codes[1].hasPrefix(year + "-")
                                        && months.contains(String(cell.codes[1].suffix(2)))
                                }.reduce(0) { $0 + $1.count })
                        })
                }
                let part = half == 1 ? "January–June" : "July–December"
                return Chart(
                    kind: .stackedBars, title: "Incidents by category, \(part), \(first)–\(period.end.year)",
                    categories: years, series: series, note: note)
            }
            let table = try engine.table(
                .range(Period.year(first).start, Period.year(period.end.year).end), by: [.category, .year])
            let series = Category.allCases.map { category in
                Chart.Series(
                    name: category.publishedName,
                    values: years.map { Double(table.cell([category.rawValue, $0])?.count ?? 0) })
            }
            return Chart(
                kind: .stackedBars, title: "Incidents by category and year, \(first)–\(period.end.year)",
                categories: years, series: series, note: note)
        }
    }
}

extension StandardChart {
    /// The period's total of one category in each of the last ten years.
    public static func categoryTrend(_ category: Category, engine: FigureEngine, period: Period) throws -> Chart {
        let history = try engine.history()
        let first = max(history.first?.year ?? period.start.year, period.start.year - 9)
        guard first <= period.start.year else {
            throw ChartRequestError(
                """
                the trend needs a period that starts within the record, which begins in \(first); \(period.label) \
                starts in \(period.start.year)
                """
            )
        }
        let periods = (first...period.start.year).map { period.shifted(years: period.start.year - $0) }
        let values = try periods.map { p in
            Double(try engine.table(p, by: [.category]).cell([category.rawValue])?.count ?? 0)
        }
        return Chart(
            kind: .verticalBars, title: "\(category.publishedName), \(first)–\(period.start.year)",
            categories: periods.map { String($0.start.year) },
            series: [.init(name: category.publishedName, values: values)],
            note:
                """
                Incidents in this category in \
                \(period.kind == .year(period.start.year) ? "each year" : "the same months of each year").
                """
        )
    }
}

/// A chart that cannot be drawn for the period asked: what was wrong.
public struct ChartRequestError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
