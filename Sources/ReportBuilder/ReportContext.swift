import Charts
import FigureCharts
import IncidentModel
import Statistics
import Typesetting

/// Every name a template may use: formatted figures, charts and tables, all from one
/// ``ReportFigures``, so a number reads the same in a sentence, a table and a chart.
public struct ReportContext {
    /// Formatted figures by name ("4,103", "18%", "second-highest").
    public private(set) var figures: [String: String] = [:]
    /// Lists for Mustache sections (the headline sentences).
    public private(set) var lists: [String: [[String: String]]] = [:]
    /// Charts by name.
    public private(set) var charts: [String: Chart] = [:]
    /// Tables by name.
    public private(set) var tables: [String: Document.Table] = [:]
    /// The case examples each section prints (`{{examples assault}}`), as blocks; empty until
    /// ``setExamples(_:)``, and a section with none prints nothing.
    public internal(set) var examples: [String: [Document.Block]] = [:]

    /// The context for `figures`, with charts built by `engine`.
    public init(_ report: ReportFigures, engine: FigureEngine, marks: [(CivilDate, String)]) throws {
        let h = report.headline
        let period = report.period
        figures["period"] = period.label
        figures["year"] = String(period.end.year)
        figures["previous_period"] = h.previousPeriod?.label ?? "the previous period"
        figures["total"] = h.total.grouped
        figures["previous_total"] = h.previousTotal?.grouped ?? "none"
        figures["change_pct"] = h.changePercent.map { "\(abs($0))%" } ?? "n/a"
        figures["change_direction"] =
            switch (h.previousTotal, h.changePercent) {
            case (nil, _), (_, nil): "a change"
            case (let p?, _) where p == h.total: "no change"
            case (let p?, _): h.total > p ? "an increase" : "a decrease"
            }
        figures["rank"] = h.rank?.words ?? "n/a"
        figures["headline"] = h.sentences.first ?? ""
        figures["excluded"] = h.excluded.grouped
        figures["earlier_totals"] = h.earlierTotals.map { "\($0.total.grouped) in \($0.period.label)" }.joined(
            separator: ", ")
        // The footnote on every figure that compares with or ranks against earlier periods.
        figures["revision_note"] =
            """
            Figures for earlier periods are the current, revised ones: reports of incidents can reach us after a \
            report is published, so they may differ from those first published. Changes and ranks compare with the \
            revised figures.
            """
        lists["headline_sentences"] = h.sentences.map { ["sentence": $0] }
        // The same sentences split for two paragraphs (contexts, monthly pattern), so none is said twice.
        lists["total_sentences"] = h.totalSentences.map { ["sentence": $0] }
        lists["monthly_sentences"] = h.monthlySentences.map { ["sentence": $0] }
        if let monthly = h.monthly {
            figures["highest_month"] = monthly.highestMonth.label
            figures["highest_month_total"] = monthly.highestTotal.grouped
            figures["highest_month_rank"] = monthly.highestRankOnRecord?.words ?? "n/a"
            figures["average_per_month"] = h.averagePerMonthText ?? ""
            figures["average_per_day"] = h.averagePerDayText ?? ""
            if let since = monthly.since, let share = monthly.shareSince {
                figures["since_date"] = Period.dayLabel(since)
                figures["since_share"] = "\(share)%"
            }
        }
        let tables1D: [FigureTable] = [
            report.byCategory, report.byRegion, report.byForce, report.byVictim, report.byMethod,
            report.online, report.byDiscourse, report.bySource, report.byTypology,
        ]
        // Every region and force has a figure, zero when none were recorded, so templates can name any.
        for region in ReportRegion.allCases {
            figures["region_\(region.code)"] = "0"; figures["region_\(region.code)_share"] = "0%"
        }
        for force in PoliceForce.allCases {
            figures["force_\(force.rawValue)"] = "0"; figures["force_\(force.rawValue)_share"] = "0%"
        }
        for table in tables1D {
            guard let prefix = ReportContext.figurePrefix(table.dimensions[0]) else { continue }
            for cell in table.cells {
                let key = "\(prefix)_\(cell.codes[0])"
                figures[key] = cell.count.grouped
                figures[key + "_share"] = Percent.text(Percent.share(cell.count, of: table.total))
                figures[key + "_previous"] = cell.previous?.grouped ?? "n/a"
                figures[key + "_change"] = Percent.signedText(cell.changePercent)
            }
        }
        // Offenders: percentages are of the incidents with a description, as the publication gives them.
        let described = report.headline.total - (report.offenderAppearance.cell([Breakdown.unknownCode])?.count ?? 0)
        figures["offender_described"] = described.grouped
        figures["offender_described_share"] = Percent.text(Percent.share(described, of: report.headline.total))
        for (prefix, table) in [
            ("offender", report.offenderAppearance), ("offender", report.offenderGender),
            ("offender", report.offenderAge),
        ] {
            for cell in table.cells
            where cell.codes[0] != Breakdown.unknownCode && cell.codes[0] != OffenderProfile.notStatedCode {
                figures["\(prefix)_\(cell.codes[0])"] = cell.count.grouped
                figures["\(prefix)_\(cell.codes[0])_share"] = Percent.text(Percent.share(cell.count, of: described))
            }
        }
        ReportContext.typologyFigures(report.byTypology, into: &figures)
        figures["violent"] =
            ((report.byCategory.cell(["extreme_violence"])?.count ?? 0)
            + (report.byCategory.cell(["assault"])?.count ?? 0)).grouped

        for chart in StandardChart.allCases where chart != .map {
            charts[chart.rawValue] = try chart.make(engine, period: period, marks: marks)
        }
        // The map from the very table the report's "Incidents by region" prints.
        charts[StandardChart.map.rawValue] = ForceTileMap.chart(report.byRegion)
        let overlap = ReportContext.overlap(report.overlap, period: period)
        figures.merge(overlap.figures) { $1 }
        tables["overlap"] = overlap.table
        for category in Category.allCases {
            charts["trend-" + category.rawValue] = try StandardChart.categoryTrend(
                category, engine: engine, period: period)
        }
        tables["revisions"] = Document.Table(
            title: "Totals as first published and as now recorded",
            columns: ["Period", "First published", "Now", "Revision"], rows: [],
            note: "No earlier edition is on record in this database (see incidents publish).")
        tables["categories"] = ReportContext.compared(report.byCategory, title: "Incidents by category")
        tables["regions"] = ReportContext.compared(report.byRegion, title: "Incidents by region")
        tables["victims"] = ReportContext.compared(report.byVictim, title: "Incidents by victim type")
        tables["offender_appearance"] = ReportContext.described(
            [report.offenderAppearance], described: described,
            title: "Offenders' appearance, as described by victims and witnesses")
        tables["offender_gender_age"] = ReportContext.described(
            [report.offenderGender, report.offenderAge], described: described,
            title: "Offenders' gender and age, as described")
        tables["methods"] = ReportContext.compared(report.byMethod, title: "Incidents by method")
        tables["discourse"] = ReportContext.compared(
            report.byDiscourse, title: "Incidents by discourse (an incident may carry several)", total: false)
        tables["sources"] = ReportContext.compared(report.bySource, title: "Incidents by who reported them")
        tables["typology"] = ReportContext.compared(
            report.byTypology,
            title: "Incidents by typology: mission, opportunistic or aggravated")
        tables["category_by_year"] = ReportContext.matrix(
            report.categoryByYear,
            title: "Table A: incidents by category, \(report.years.lowerBound)–\(report.years.upperBound)")
        tables["month_by_year"] = ReportContext.matrix(
            report.monthByYear,
            title: "Table B: incidents by month, \(report.years.lowerBound)–\(report.years.upperBound)")
        tables["full_breakdown"] = ReportContext.transposed(
            report.fullBreakdown, title: "Table C: full breakdown of incidents, \(period.label), by month and category")
    }

    /// Marks around a figure that changed since the previous draft (private-use characters the
    /// light markup turns into a highlight).
    static let changedStart: Character = "\u{E001}"
    static let changedEnd: Character = "\u{E002}"

    /// Every figure the report can print: each named figure of the text, each headline sentence
    /// and each cell of each table, as printed.
    public var printed: [PrintedFigure] {
        var out: [PrintedFigure] = []
        for name in figures.keys.sorted() {
            out.append(
                PrintedFigure(
                    key: "figure:" + name, label: "Text, {{\(name)}}", value: ReportContext.unmarked(figures[name]!)))
        }
        for (i, item) in (lists["headline_sentences"] ?? []).enumerated() {
            out.append(
                PrintedFigure(
                    key: "sentence:headline:\(i + 1)", label: "Headline sentence \(i + 1)",
                    value: item["sentence"] ?? ""))
        }
        var seen: Set<String> = []
        for name in tables.keys.sorted() {
            let table = tables[name]!
            var group = ""
            for row in table.rows {
                // A row with only a label heads a group (offenders: Gender, Age): it names the rows below.
                if row.dropFirst().allSatisfy(\.isEmpty) { group = row[0] + " / "; continue }
                let rowLabel = group + row[0].trimmingCharacters(in: .whitespaces)
                for (c, value) in row.enumerated().dropFirst()
                where c < table.columns.count && !table.columns[c].isEmpty {
                    var key = "table:\(name):\(rowLabel):\(table.columns[c])"
                    var n = 1
                    while !seen.insert(key).inserted {
                        n += 1; key = "table:\(name):\(rowLabel):\(table.columns[c]):\(n)"
                    }
                    out.append(
                        PrintedFigure(key: key, label: "\(table.title): \(rowLabel), \(table.columns[c])", value: value)
                    )
                }
            }
        }
        return out
    }

    static func unmarked(_ text: String) -> String { text.filter { $0 != changedStart && $0 != changedEnd } }

    /// Highlights the named figures whose values differ from `previous` (figure keys → values).
    public mutating func markChanges(since previous: [String: String]) {
        for (name, value) in figures {
            if let old = previous["figure:" + name], old != value {
                figures[name] = "\(ReportContext.changedStart)\(value)\(ReportContext.changedEnd)"
            }
        }
        var changed: Set<String> = []
        for (i, item) in (lists["headline_sentences"] ?? []).enumerated() {
            if let old = previous["sentence:headline:\(i + 1)"], let now = item["sentence"], old != now {
                changed.insert(now)
            }
        }
        // The split lists hold the same sentences: each changed one is highlighted wherever it is printed.
        for name in ["headline_sentences", "total_sentences", "monthly_sentences"] {
            lists[name] = lists[name]?.map { item in
                guard let now = item["sentence"], changed.contains(now) else { return item }
                return ["sentence": "\(ReportContext.changedStart)\(now)\(ReportContext.changedEnd)"]
            }
        }
    }

    /// Sets the revision footnote to name each earlier period's first-published and current total.
    public mutating func setRevisions(_ revisions: [(period: String, published: String, now: String)]) {
        let changed = revisions.filter { $0.published != $0.now }
        guard !revisions.isEmpty else { return }
        var note = figures["revision_note"] ?? ""
        if changed.isEmpty {
            note +=
                " Earlier totals are unchanged since first published ("
                + revisions.map { "\($0.period): \($0.now)" }.joined(separator: "; ") + ")."
        } else {
            note +=
                " Since first published: "
                + changed.map { "\($0.period): \($0.published) first published, now \($0.now)" }.joined(separator: "; ")
                + "."
        }
        figures["revision_note"] = note
        tables["revisions"] = Document.Table(
            title: "Totals as first published and as now recorded",
            columns: ["Period", "First published", "Now", "Revision"],
            rows: revisions.map { r in
                let a = Int(r.published.filter(\.isNumber)) ?? 0, b = Int(r.now.filter(\.isNumber)) ?? 0
                return [r.period, r.published, r.now, b == a ? "none" : (b > a ? "+" : "−") + abs(b - a).grouped]
            })
    }

    /// The prefix of the figures named after a dimension's values (`category_assault`,
    /// `force_metropolitan`), for the dimensions the report gives one figure per value.
    public static func figurePrefix(_ dimension: Breakdown) -> String? {
        switch dimension {
        case .category: "category"
        case .region: "region"
        case .policeForce: "force"
        case .victimType: "victim"
        case .method: "method"
        case .online: "online"
        case .discourse: "discourse"
        case .source: "source"
        case .typology: "typology"
        default: nil
        }
    }

    /// Every name a template may write in `{{…}}`.
    public var names: Set<String> { Set(figures.keys).union(lists.keys).union(["sentence"]) }

    /// A one-dimension table with the previous period and the change.
    static func compared(_ table: FigureTable, title: String, total: Bool = true) -> Document.Table {
        let dimension = table.dimensions[0]
        // A value with no incident in either period is left out ("Partner organisations" where no
        // partner reports), except the six categories, which the publication always lists.
        var cells = table.cells.filter { $0.count > 0 || ($0.previous ?? 0) > 0 || dimension == .category }
        if dimension.fixedCodes == nil {
            // Open lists (regions, forces) largest first, as their charts are; "not recorded" last.
            cells.sort {
                ($0.codes[0] == Breakdown.unknownCode ? 1 : 0, -$0.count, $0.codes[0]) < (
                    $1.codes[0] == Breakdown.unknownCode ? 1 : 0, -$1.count, $1.codes[0]
                )
            }
        }
        var rows = cells.map { cell in
            [
                dimension.label(of: cell.codes[0]), cell.count.grouped, cell.previous?.grouped ?? "",
                Percent.signedText(cell.changePercent),
            ]
        }
        if total {
            rows.append([
                "Total", table.total.grouped, table.previousTotal?.grouped ?? "",
                Percent.signedText(table.totalChangePercent),
            ])
        }
        return Document.Table(
            title: title,
            columns: [dimension.heading, table.period.label, table.previousPeriod?.label ?? "", "Change"],
            rows: rows, totalRows: total ? [rows.count - 1] : [],
            note: total ? nil : "Rows add up to more than the number of incidents.")
    }

    /// Offender tables stacked: each value's incidents and its share of the incidents with a
    /// description; incidents without one are left out.
    static func described(_ tables: [FigureTable], described: Int, title: String) -> Document.Table {
        var rows: [[String]] = []
        var headings: [Int] = []
        for table in tables {
            let dimension = table.dimensions[0]
            headings.append(rows.count)
            rows.append([String(dimension.heading.dropFirst("Offender ".count)).capitalized, "", ""])
            for cell in table.cells where cell.codes[0] != Breakdown.unknownCode {
                rows.append([
                    "   " + dimension.label(of: cell.codes[0]), cell.count.grouped,
                    Percent.text(Percent.share(cell.count, of: described)),
                ])
            }
        }
        return Document.Table(
            title: title, columns: ["Offender", "Incidents", "Share of described"], rows: rows,
            totalRows: Set(headings),
            note: "Percentages are of the \(described.grouped) incidents where the offender was described.")
    }

    /// A two-dimension table: first dimension down, second across, with totals.
    static func matrix(_ table: FigureTable, title: String) -> Document.Table {
        let rows = table.codes(along: 0), columns = table.codes(along: 1)
        let (down, across) = (table.dimensions[0], table.dimensions[1])
        var body = rows.map { r in
            [down.label(of: r)] + columns.map { (table.cell([r, $0])?.count ?? 0).grouped }
        }
        body.append(["Total"] + columns.map { (table.columnTotals[$0] ?? 0).grouped })
        return Document.Table(
            title: title, columns: [down.heading] + columns.map { across == .year ? $0 : across.label(of: $0) },
            rows: body, totalRows: [body.count - 1])
    }

    /// The category × month breakdown laid out months down, categories across, with totals both ways.
    static func transposed(_ table: FigureTable, title: String) -> Document.Table {
        let categories = table.codes(along: 0), months = table.codes(along: 1)
        let short = [
            "Extreme Violence", "Assault", "Damage and Desecration", "Threats", "Abusive Behaviour", "Literature",
        ]
        var rows = months.map { m in
            [Breakdown.month.label(of: m)] + categories.map { (table.cell([$0, m])?.count ?? 0).grouped } + [
                (table.columnTotals[m] ?? 0).grouped
            ]
        }
        rows.append(["Total"] + categories.map { (table.rowTotals[$0] ?? 0).grouped } + [table.total.grouped])
        let headings = categories.enumerated().map { i, code in
            i < short.count ? short[i] : Breakdown.category.label(of: code)
        }
        return Document.Table(
            title: title, columns: ["Month"] + headings + ["Total"], rows: rows, totalRows: [rows.count - 1])
    }
}
