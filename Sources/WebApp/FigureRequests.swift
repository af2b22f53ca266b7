import Charts
import Figures
import Foundation
import Graphics
import IncidentModel
import IncidentStore
import Statistics

/// Queries as URLs: reading them, writing their one canonical form (the permalink), and the
/// period form's fields.
enum FigureRequests {
    /// The query of a URL's parameters: `period`, `by` (twice at most), `compare`, `suppress_below`.
    static func query(_ params: [(String, String)]) throws(FiguresError) -> FiguresQuery {
        guard let period = FormData.value(params, "period"), !period.isEmpty else {
            throw FiguresError(
                """
                choose a period: a year (2024), January–June (2024-H1), a quarter (2024-Q3), a month (2024-10) or \
                dates (2023-10-07..2023-12-31)
                """
            )
        }
        let dims = FormData.values(params, "by").filter { !$0.isEmpty && $0 != "none" }
        return try FiguresQuery.parse(
            period: period, dimensions: dims,
            compareYearsBack: try number(params, "compare", "comparison"),
            suppressBelow: try number(params, "suppress_below", "suppression threshold"))
    }

    private static func number(_ params: [(String, String)], _ name: String, _ what: String) throws(FiguresError)
        -> Int?
    {
        guard let text = FormData.value(params, name)?.trimmingCharacters(in: .whitespaces), !text.isEmpty,
            text != "0" || name != "compare"
        else { return nil }
        guard let value = Int(text), value >= 0, value <= 1000 else {
            throw FiguresError("\(what) \"\(text)\": expected a whole number")
        }
        return value
    }

    /// The canonical query string of `query`: the permalink's, and the cache's key.
    static func queryString(_ query: FiguresQuery) -> String {
        var parts = ["period=" + FormData.escape(query.period.description)]
        parts += query.dimensions.map { "by=" + $0.rawValue }
        if let compare = query.compareYearsBack { parts.append("compare=\(compare)") }
        if let threshold = query.suppressBelow { parts.append("suppress_below=\(threshold)") }
        return parts.joined(separator: "&")
    }

    /// The period code the period form's fields describe (kind, year, quarter, month, from, to).
    static func periodCode(form params: [(String, String)]) throws(FiguresError) -> String {
        let kind = FormData.value(params, "kind") ?? "year"
        let year = FormData.value(params, "year") ?? ""
        func pad(_ text: String?) -> String { text.flatMap(Int.init).map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "" }
        switch kind {
        case "year": return year
        case "half": return "\(year)-H1"
        case "quarter": return "\(year)-Q\(FormData.value(params, "quarter") ?? "")"
        case "month": return "\(year)-\(pad(FormData.value(params, "month")))"
        case "range":
            let from = FormData.value(params, "from") ?? "", to = FormData.value(params, "to") ?? ""
            guard !from.isEmpty, !to.isEmpty else {
                throw FiguresError("a date range needs both dates, from and to (YYYY-MM-DD)")
            }
            return "\(from)..\(to)"
        default: throw FiguresError("kind of period \"\(kind)\": expected year, half, quarter, month or range")
        }
    }
}

extension WebState {
    /// The engine over a reader, checked to cover `period`. The daily totals (every ranking and
    /// headline reads them whole) are read once per state of the data, not once per request.
    func engine(covering period: Period) throws -> FigureEngine {
        let store = reader()
        let generation = ResponseCache.generation(options.databasePath)
        let daily = try dailyTotals.withLock { kept throws -> [(date: CivilDate, count: Int)] in
            if let kept = kept, kept.generation == generation { return kept.totals }
            let totals = try store.dailyTotals()
            kept = (generation, totals)
            return totals
        }
        return try FigureEngine.covering(
            period, source: KnownDailyTotals(store: store, daily: daily), path: options.databasePath)
    }

    /// The years on record (for the period form).
    func yearsOnRecord() -> ClosedRange<Int>? {
        let data = try? cache.value("years", generation: ResponseCache.generation(options.databasePath)) {
            let history = try FigureEngine(source: reader()).history()
            guard let first = history.first, let last = history.last else { return Data() }
            return Data("\(first.year) \(last.year)".utf8)
        }
        let parts = String(decoding: data ?? Data(), as: UTF8.self).split(separator: " ").compactMap { Int($0) }
        return parts.count == 2 ? parts[0]...parts[1] : nil
    }

    /// `make`'s bytes for `kind` of `query`, cached while the data is unchanged.
    func cached(_ kind: String, _ query: FiguresQuery, _ make: () throws -> Data) throws -> Data {
        try cache.value(
            kind + "?" + FigureRequests.queryString(query), generation: ResponseCache.generation(options.databasePath),
            make)
    }

    /// The chart of `chart` as PNG, SVG or PDF bytes. Cairo and Pango are not thread-safe: one
    /// chart at a time.
    func chartData(_ chart: Chart, format: Canvas.Format, period: Period) throws -> Data {
        try ChartLock.shared.withLock { _ in
            try ChartFile.data(chart, format: format, folder: scratch, created: period.end.description + "T00:00:00Z")
        }
    }
}

/// The one lock every chart is drawn under.
enum ChartLock {
    static let shared = Locked(())
}
