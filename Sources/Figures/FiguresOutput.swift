import Foundation
import IncidentModel
import Intake
import Statistics

/// How figures are written.
public enum FigureFormat: String, CaseIterable, Sendable {
    case text, csv, json
}

/// Writes engine results as text, CSV or JSON. Codes and counts only: no personal data reaches here.
public enum FiguresOutput {
    /// The counting rules every JSON result carries.
    public static let countingRules = [
        "Only incidents whose status is antisemitic are counted.",
        """
        Each real incident is counted once: records linked as one incident (a police exchange record and the research \
        team's) count once, through the research team's record.
        """,
        "Reports investigated and not deemed antisemitic are excluded and counted separately.",
        "Discourse is not additive: an incident may carry several.",
        "Percentages are whole numbers, rounded half up.",
    ]

    // MARK: text

    /// The table as aligned text, with its notes and the headline sentence.
    public static func text(_ table: FigureTable, headline: String) -> String {
        var out = [title(table), ""]
        out.append(grid(table).render())
        if table.suppressionThreshold != nil {
            out.append("")
            out.append(
                """
                * withheld: fewer than \(table.suppressionThreshold!) incidents, or withheld so that such a count \
                cannot be worked out from the totals.
                """
            )
        }
        if table.dimensions.contains(.discourse) {
            out.append("")
            out.append("An incident may carry several discourses, so discourse rows add up to more than the total.")
        }
        out.append("")
        out.append(headline)
        return out.joined(separator: "\n")
    }

    /// The table's title: period, dimensions, comparison.
    public static func title(_ table: FigureTable) -> String {
        var title = "Antisemitic incidents, \(table.period.label)"
        if !table.dimensions.isEmpty {
            title += ", by " + table.dimensions.map { $0.heading.lowercased() }.joined(separator: " and ")
        }
        if let previous = table.previousPeriod { title += " (compared with \(previous.label))" }
        return title
    }

    /// A count as printed: grouped digits, or "*" when withheld.
    public static func count(_ value: Int?, _ mark: Suppression?) -> String {
        mark != nil ? "*" : (value?.grouped ?? "")
    }

    /// The table's rows and columns as every format lays them out (the last row is the total):
    /// two dimensions crossed, else one row per cell.
    public static func grid(_ table: FigureTable) -> TextTable {
        table.dimensions.count == 2 && table.previousPeriod == nil ? matrix(table) : list(table)
    }

    /// One row per cell (one dimension, or a comparison).
    static func list(_ table: FigureTable) -> TextTable {
        // Without a breakdown the table is one line: the period and its total.
        let labels = table.dimensions.isEmpty ? ["Period"] : table.dimensions.map(\.heading)
        var columns = labels + ["Incidents"]
        if let previous = table.previousPeriod { columns += [previous.label, "Change"] }
        var grid = TextTable(columns: columns, rightAligned: Set(labels.count..<columns.count))
        if !table.dimensions.isEmpty {
            for cell in table.cells {
                var row = zip(table.dimensions, cell.codes).map { $0.label(of: $1) }
                row.append(count(cell.count, cell.suppressed))
                if table.previousPeriod != nil {
                    row += [count(cell.previous, cell.previousSuppressed), Percent.signedText(cell.changePercent)]
                }
                grid.add(row)
            }
        }
        var total =
            [table.dimensions.isEmpty ? table.period.label : "Total"]
            + Array(repeating: "", count: max(0, labels.count - 1)) + [table.total.grouped]
        if table.previousPeriod != nil {
            total += [table.previousTotal?.grouped ?? "", Percent.signedText(table.totalChangePercent)]
        }
        grid.add(total)
        return grid
    }

    /// Two dimensions crossed: rows by the first, columns by the second, with totals.
    static func matrix(_ table: FigureTable) -> TextTable {
        let rows = table.codes(along: 0), columns = table.codes(along: 1)
        let (rowDim, columnDim) = (table.dimensions[0], table.dimensions[1])
        var grid = TextTable(
            columns: [rowDim.heading] + columns.map { short(columnDim, $0) } + ["Total"],
            rightAligned: Set(1...(columns.count + 1)))
        for r in rows {
            var line = [rowDim.label(of: r)]
            for c in columns {
                let cell = table.cell([r, c])
                line.append(count(cell?.count, cell?.suppressed))
            }
            line.append((table.rowTotals[r] ?? 0).grouped)
            grid.add(line)
        }
        grid.add(["Total"] + columns.map { (table.columnTotals[$0] ?? 0).grouped } + [table.total.grouped])
        return grid
    }

    /// Compact column headings: "Jan" for months, the code for years.
    public static func short(_ dimension: Breakdown, _ code: String) -> String {
        if dimension == .month || dimension == .monthOfYear, let m = Int(code.suffix(2)), (1...12).contains(m) {
            return String(Period.monthNames[m - 1].prefix(3))
        }
        return dimension == .year ? code : dimension.label(of: code)
    }

    // MARK: CSV

    /// The table as CSV: codes, counts, and the comparison and suppression columns when used.
    public static func csv(_ table: FigureTable) -> String {
        var header = table.dimensions.map(\.rawValue) + ["incidents"]
        let comparing = table.previousPeriod != nil
        if comparing { header += ["previous", "change_pct"] }
        let suppressing = table.suppressionThreshold != nil
        if suppressing { header += ["suppressed"] }
        var out = CSVFormat.line(header)
        if table.dimensions.isEmpty {
            var row = [table.total.description]
            if comparing {
                row += [table.previousTotal?.description ?? "", table.totalChangePercent?.description ?? ""]
            }
            if suppressing { row.append("") }
            return out + CSVFormat.line(row)
        }
        for cell in table.cells {
            var row = cell.codes + [cell.suppressed == nil ? String(cell.count) : ""]
            if comparing {
                row += [
                    cell.previousSuppressed == nil ? (cell.previous?.description ?? "") : "",
                    cell.changePercent?.description ?? "",
                ]
            }
            if suppressing {
                row.append(
                    [cell.suppressed?.rawValue, cell.previousSuppressed.map { "previous_" + $0.rawValue }].compactMap {
                        $0
                    }.joined(separator: ";"))
            }
            out += CSVFormat.line(row)
        }
        return out
    }

    // MARK: JSON

    struct PeriodJSON: Encodable {
        let code: String, label: String, start: String, end: String
        init(_ p: Period) {
            code = p.description; label = p.label; start = p.start.description; end = p.end.description
        }
    }

    struct RowJSON: Encodable {
        let values: [String: String]
        let labels: [String: String]
        let incidents: Int?
        let previous: Int?
        let changePct: Int?
        let suppressed: String?
        let comparing: Bool

        enum Keys: String, CodingKey { case values, labels, incidents, previous, changePct = "change_pct", suppressed }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(values, forKey: .values)
            try c.encode(labels, forKey: .labels)
            try c.encode(incidents, forKey: .incidents)
            if comparing {
                try c.encode(previous, forKey: .previous)
                try c.encode(changePct, forKey: .changePct)
            }
            try c.encodeIfPresent(suppressed, forKey: .suppressed)
        }
    }

    struct TableJSON: Encodable {
        let period: PeriodJSON
        let dimensions: [String]
        let countingRules: [String]
        let total: Int
        let comparedWith: PeriodJSON?
        let previousTotal: Int?
        let changePct: Int?
        let excludedNotAntisemitic: Int
        let suppressionThreshold: Int?
        let rows: [RowJSON]
        let headline: String
        let overlapEstimate: OverlapJSON?
        let linkingDue: String?

        enum CodingKeys: String, CodingKey {
            case period, dimensions, countingRules = "counting_rules", total, comparedWith = "compared_with"
            case previousTotal = "previous_total", changePct = "change_pct", excludedNotAntisemitic =
                "excluded_not_antisemitic"
            case suppressionThreshold = "suppression_threshold", rows, headline, overlapEstimate = "overlap_estimate"
            case linkingDue = "linking_due"
        }
    }

    /// The capture–recapture estimate, labelled as one.
    struct OverlapJSON: Encodable {
        let isEstimate = true
        let method = "Lincoln–Petersen, Chapman's form; 95% interval log-normal (Chao 1987)"
        let ownTotal: Int, policeTotal: Int, both: Int, observed: Int
        let estimatedTotal: Int, estimatedNeither: Int, intervalLow: Int, intervalHigh: Int
        let assumptions: String

        init(_ e: OverlapEstimate) {
            ownTotal = e.own; policeTotal = e.police; both = e.both; observed = e.observed
            estimatedTotal = Int(e.total.rounded()); estimatedNeither = Int(e.neither.rounded())
            intervalLow = Int(e.low.rounded()); intervalHigh = Int(e.high.rounded())
            assumptions = OverlapEstimate.assumptions
        }

        enum CodingKeys: String, CodingKey {
            case isEstimate = "is_estimate", method, ownTotal = "own_total", policeTotal = "police_total", both,
                observed
            case estimatedTotal = "estimated_total", estimatedNeither = "estimated_neither"
            case intervalLow = "interval_95_low", intervalHigh = "interval_95_high", assumptions
        }
    }

    /// The estimate as text, labelled as an estimate with its assumptions.
    public static func overlap(_ e: OverlapEstimate) -> String {
        guard let summary = e.summary else {
            return
                """
                No incident was recorded by both sources in this period, so the number that reached neither cannot be \
                estimated (run `incidents link` first).
                """
        }
        return summary + "\n" + OverlapEstimate.assumptions
    }

    /// The table as the JSON document `incidents figures --format json` prints; `linkingDue` is the
    /// note that linking is due (`LinkLag.note`), carried as `linking_due` when there is one.
    public static func json(
        _ table: FigureTable, headline: String, excluded: Int, overlap: OverlapEstimate? = nil,
        linkingDue: String? = nil
    ) -> String {
        let comparing = table.previousPeriod != nil
        let rows = table.cells.map { cell in
            RowJSON(
                values: Dictionary(uniqueKeysWithValues: zip(table.dimensions.map(\.rawValue), cell.codes)),
                labels: Dictionary(
                    uniqueKeysWithValues: zip(table.dimensions, cell.codes).map { ($0.rawValue, $0.label(of: $1)) }),
                incidents: cell.suppressed == nil ? cell.count : nil,
                previous: cell.previousSuppressed == nil ? cell.previous : nil,
                changePct: cell.changePercent, suppressed: cell.suppressed?.rawValue, comparing: comparing)
        }
        let value = TableJSON(
            period: PeriodJSON(table.period), dimensions: table.dimensions.map(\.rawValue),
            countingRules: countingRules,
            total: table.total, comparedWith: table.previousPeriod.map(PeriodJSON.init),
            previousTotal: table.previousTotal,
            changePct: table.totalChangePercent, excludedNotAntisemitic: excluded,
            suppressionThreshold: table.suppressionThreshold, rows: rows, headline: headline,
            overlapEstimate: overlap.flatMap { $0.both > 0 ? OverlapJSON($0) : nil }, linkingDue: linkingDue)
        return encode(value)
    }

    struct HeadlineJSON: Encodable {
        let period: PeriodJSON
        let total: Int
        let previousPeriod: PeriodJSON?
        let previousTotal: Int?
        let changePct: Int?
        let rank: Int?
        let rankedAmong: Int?
        let excludedNotAntisemitic: Int
        let countingRules: [String]
        let sentences: [String]
        let linkingDue: String?

        enum CodingKeys: String, CodingKey {
            case period, total, previousPeriod = "previous_period", previousTotal = "previous_total", changePct =
                "change_pct"
            case rank, rankedAmong = "ranked_among", excludedNotAntisemitic = "excluded_not_antisemitic"
            case countingRules = "counting_rules", sentences, linkingDue = "linking_due"
        }
    }

    /// The headline figures in `format`; the JSON carries `linkingDue` (`LinkLag.note`) as
    /// `linking_due` when there is one.
    public static func headline(_ h: Headline, format: FigureFormat, linkingDue: String? = nil) -> String {
        switch format {
        case .text:
            return h.sentences.joined(separator: "\n")
        case .csv:
            var out = CSVFormat.line([
                "period", "incidents", "previous_period", "previous", "change_pct", "rank", "ranked_among",
                "excluded_not_antisemitic",
            ])
            out += CSVFormat.line([
                h.period.description, String(h.total), h.previousPeriod?.description ?? "",
                h.previousTotal?.description ?? "",
                h.changePercent?.description ?? "", h.rank?.position.description ?? "", h.rank?.of.description ?? "",
                String(h.excluded),
            ])
            return String(out.dropLast())
        case .json:
            return encode(
                HeadlineJSON(
                    period: PeriodJSON(h.period), total: h.total, previousPeriod: h.previousPeriod.map(PeriodJSON.init),
                    previousTotal: h.previousTotal, changePct: h.changePercent, rank: h.rank?.position,
                    rankedAmong: h.rank?.of,
                    excludedNotAntisemitic: h.excluded, countingRules: countingRules, sentences: h.sentences,
                    linkingDue: linkingDue))
        }
    }

    /// Pretty, sorted JSON.
    public static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
