import Charts
import FigureCharts
import Figures
import Foundation
import Graphics
import Hummingbird
import IncidentModel
import Statistics

/// The figures page (period, breakdowns, comparison, suppression → headline, table, chart) and
/// its downloads. Every number comes from the statistics engine through ``FiguresQuery``, as
/// `incidents figures` prints it.
enum FiguresRoutes {
    static func add(to router: Router<WebContext>, state: WebState) {
        router.guarded("/figures", roles: Role.everyone) { request, _, session in
            let params = FormData.pairs(request.uri.query ?? "")
            // The form sends its fields; the permalink is the canonical query they describe.
            if FormData.value(params, "kind") != nil {
                do {
                    var canonical = params.filter { ["by", "compare", "suppress_below"].contains($0.0) }
                    canonical.insert(("period", try FigureRequests.periodCode(form: params)), at: 0)
                    let query = try FigureRequests.query(canonical)
                    return Responses.redirect("/figures?" + FigureRequests.queryString(query))
                } catch {
                    return page(state: state, session: session, params: params, query: nil, error: "\(error)")
                }
            }
            guard FormData.value(params, "period") != nil else {
                return page(state: state, session: session, params: params, query: nil, error: nil)
            }
            do {
                return page(
                    state: state, session: session, params: params, query: try FigureRequests.query(params), error: nil)
            } catch {
                return page(state: state, session: session, params: params, query: nil, error: "\(error)")
            }
        }
        for (ext, type) in [
            ("csv", "text/csv; charset=utf-8"), ("json", "application/json; charset=utf-8"), ("png", "image/png"),
            ("svg", "image/svg+xml"),
        ] {
            router.guarded(RouterPath("/figures.\(ext)"), roles: Role.everyone) { request, _, session in
                do {
                    let query = try FigureRequests.query(FormData.pairs(request.uri.query ?? ""))
                    let data = try download(ext, query, state: state)
                    return Responses.download(data, type: type, name: fileName(query) + "." + ext)
                } catch {
                    return Responses.problem("No figures", "\(error)", status: .badRequest, session: session)
                }
            }
        }
    }

    /// The download of `query` in `ext` (csv, json, png or svg).
    static func download(_ ext: String, _ query: FiguresQuery, state: WebState) throws -> Data {
        try state.cached(ext, query) {
            let result = try state.engine(covering: query.period).figures(query)
            switch ext {
            case "csv": return Data(result.csv.utf8)
            case "json":
                var result = result
                result.linkingDue = try? state.reader().linkLag().note
                return Data((result.json + "\n").utf8)
            default:
                return try state.chartData(
                    Chart(table: result.table), format: ext == "png" ? .png : .svg, period: query.period)
            }
        }
    }

    /// `incidents-2023-10-by-category`: the period and the breakdowns, nothing else.
    static func fileName(_ query: FiguresQuery) -> String {
        (["incidents", query.period.description.replacingOccurrences(of: "..", with: "_to_")]
            + (query.dimensions.isEmpty ? [] : ["by", query.dimensions.map(\.rawValue).joined(separator: "-and-")])
            + (query.compareYearsBack.map { ["vs", "\($0)y"] } ?? [])).joined(separator: "-")
    }

    static func page(
        state: WebState, session: Session, params: [(String, String)], query: FiguresQuery?, error: String?
    ) -> Response {
        let title = query.map { "Figures, \($0.period.label)" } ?? "Figures"
        let (head, tail) = HTML.pageParts(title: title, session: session, current: "/figures")
        if let query, error == nil {
            // The form and the results depend on the query and the data only: kept as bytes.
            do {
                let body = try state.cached("page", query) {
                    Data(
                        ("<h1>Figures</h1>"
                            + PeriodForm.html(
                                action: "/figures", query: query, params: [], years: state.yearsOnRecord(),
                                breakdowns: true, submit: "Show figures")
                            + (try resultsHTML(query, state: state))).utf8)
                }
                return Responses.html(head: head, body: body, tail: tail)
            } catch let problem {
                return page(state: state, session: session, params: params, query: query, error: "\(problem)")
            }
        }
        var body = "<h1>Figures</h1>"
        if let error { body += "<p class=\"error\" role=\"alert\">\(HTML.escape(error))</p>" }
        body += PeriodForm.html(
            action: "/figures", query: query, params: params, years: state.yearsOnRecord(), breakdowns: true,
            submit: "Show figures")
        return Responses.html(head + body + tail, status: error == nil ? .ok : .badRequest)
    }

    /// The note that linking is due (`LinkLag.note`), as a warning; empty when nothing waits:
    /// figures read before `incidents link` has seen every record may count an incident twice.
    static func linkingDueHTML(_ state: WebState) -> String {
        guard let note = try? state.reader().linkLag().note else { return "" }
        // (A command between backticks set as code.)
        let parts = HTML.escape(note).split(separator: "`", omittingEmptySubsequences: false)
        let html = parts.enumerated().map { $0.offset % 2 == 1 ? "<code>\($0.element)</code>" : String($0.element) }
        return "<p class=\"notice warning\" role=\"note\">\(html.joined())</p>"
    }

    /// The results of `query`: headline sentences, the table, the chart with its text
    /// alternative, downloads and the permalink (the same for every account: cacheable).
    static func resultsHTML(_ query: FiguresQuery, state: WebState) throws -> String {
        let result = try state.engine(covering: query.period).figures(query)
        let table = result.table
        let qs = FigureRequests.queryString(query)
        var out =
            """
            <section aria-labelledby="results-title"><h2 \
            id="results-title">\(HTML.escape(FiguresOutput.title(table)))</h2>
            """
        out += linkingDueHTML(state)
        out += "<div class=\"headline\">" + result.sentences.map { "<p>\(HTML.escape($0))</p>" }.joined() + "</div>"
        let grid = FiguresOutput.grid(table)
        out += HTML.table(
            caption: FiguresOutput.title(table), columns: grid.columns, rows: grid.rows, numeric: grid.rightAligned,
            totalLast: true)
        if let threshold = table.suppressionThreshold {
            out +=
                """
                <p>* withheld: fewer than \(threshold) incidents, or withheld so that such a count cannot be \
                worked out from the totals.</p>
                """
        }
        if table.dimensions.contains(.discourse) {
            out += "<p>An incident may carry several discourses, so discourse rows add up to more than the total.</p>"
        }
        if let overlap = result.overlap {
            out +=
                "<p>" + HTML.escape(FiguresOutput.overlap(overlap)).replacingOccurrences(of: "\n", with: "<br>")
                + "</p>"
        }
        let chart = Chart(table: table)
        let svg = try FiguresRoutes.download("svg", query, state: state)
        out +=
            "<figure>" + InlineSVG.make(svg, labelledBy: "chart-alt")
            + "<figcaption id=\"chart-alt\">\(HTML.escape(chart.textAlternative))</figcaption></figure>"
        out += "<h2>Downloads</h2><ul class=\"downloads\">"
        for (ext, label) in [
            ("csv", "Table as CSV"), ("json", "Table as JSON"), ("png", "Chart as PNG"), ("svg", "Chart as SVG"),
        ] {
            out += "<li><a class=\"button\" href=\"/figures.\(ext)?\(HTML.escape(qs))\" download>\(label)</a></li>"
        }
        out +=
            """
            </ul><p>Permalink to this view: <a class="permalink" \
            href="/figures?\(HTML.escape(qs))">/figures?\(HTML.escape(qs))</a></p>
            """
        out +=
            """
            <p>The same figures from the command line: <code>incidents figures --period \
            \(HTML.escape(query.period.description))
            """
            + query.dimensions.map { " --by \($0.rawValue)" }.joined()
            + (query.compareYearsBack.map { " --compare \($0)" } ?? "")
            + (query.suppressBelow.map { " --suppress-below \($0)" } ?? "") + "</code></p>"
        return out + "</section>"
    }
}

/// The period form (and, on the figures page, breakdowns, comparison and suppression).
enum PeriodForm {
    static func html(
        action: String, query: FiguresQuery?, params: [(String, String)], years: ClosedRange<Int>?, breakdowns: Bool,
        submit: String
    ) -> String {
        let period = query?.period
        var kind = FormData.value(params, "kind") ?? "year",
            year = FormData.value(params, "year").flatMap(Int.init) ?? years?.upperBound ?? 2024
        var quarter = FormData.value(params, "quarter").flatMap(Int.init) ?? 1,
            month = FormData.value(params, "month").flatMap(Int.init) ?? 1
        var from = FormData.value(params, "from") ?? "", to = FormData.value(params, "to") ?? ""
        if let period {
            switch period.kind {
            case .year(let y): (kind, year) = ("year", y)
            case .half(let y, _): (kind, year) = ("half", y)
            case .quarter(let y, let q): (kind, year, quarter) = ("quarter", y, q)
            case .month(let y, let m): (kind, year, month) = ("month", y, m)
            case .range: (kind, from, to) = ("range", period.start.description, period.end.description)
            }
        }
        func option(_ value: String, _ label: String, _ selected: Bool) -> String {
            "<option value=\"\(HTML.escape(value))\"\(selected ? " selected" : "")>\(HTML.escape(label))</option>"
        }
        let yearList = years.map { Array($0.reversed()) } ?? [year]
        var out = "<form method=\"get\" action=\"\(action)\" class=\"figures-form\"><fieldset><legend>Period</legend>"
        out +=
            """
            <p class="hint" id="period-hint">Choose the kind of period, then its year and quarter or month; for a \
            date range, give both dates.</p><div class="fields">
            """
        out +=
            """
            <div class="field"><label for="kind">Kind of period</label><select id="kind" name="kind" \
            aria-describedby="period-hint">
            """
            + [
                ("year", "Whole year"), ("half", "January–June"), ("quarter", "Quarter"), ("month", "Month"),
                ("range", "Date range"),
            ]
            .map { option($0.0, $0.1, kind == $0.0) }.joined() + "</select></div>"
        out +=
            "<div class=\"field\"><label for=\"year\">Year</label><select id=\"year\" name=\"year\">"
            + yearList.map { option(String($0), String($0), $0 == year) }.joined() + "</select></div>"
        out +=
            "<div class=\"field\"><label for=\"quarter\">Quarter</label><select id=\"quarter\" name=\"quarter\">"
            + (1...4).map {
                option(
                    String($0),
                    "Q\($0) (" + ["January–March", "April–June", "July–September", "October–December"][$0 - 1] + ")",
                    $0 == quarter)
            }.joined()
            + "</select></div>"
        out +=
            "<div class=\"field\"><label for=\"month\">Month</label><select id=\"month\" name=\"month\">"
            + (1...12).map { option(String($0), Period.monthNames[$0 - 1], $0 == month) }.joined() + "</select></div>"
        out +=
            """
            <div class="field"><label for="from">From (date range)</label><input id="from" name="from" \
            type="date" value="\(HTML.escape(from))"></div>
            """
        out +=
            """
            <div class="field"><label for="to">To (date range)</label><input id="to" name="to" type="date" \
            value="\(HTML.escape(to))"></div>
            """
        out += "</div></fieldset>"
        if breakdowns {
            let dims = query?.dimensions.map(\.rawValue) ?? FormData.values(params, "by")
            func dimensionSelect(_ index: Int, _ label: String) -> String {
                let chosen = index < dims.count ? dims[index] : ""
                return
                    """
                    <div class="field"><label for="by\(index + 1)">\(label)</label><select \
                    id="by\(index + 1)" name="by">
                    """
                        + option("", "None", chosen.isEmpty)
                        + Breakdown.allCases.map { option($0.rawValue, $0.heading, $0.rawValue == chosen) }.joined()
                        + "</select></div>"
            }
            out += "<fieldset><legend>Breakdown and comparison</legend><div class=\"fields\">"
            out += dimensionSelect(0, "Break down by") + dimensionSelect(1, "Then by")
            let compare = query?.compareYearsBack.map(String.init) ?? FormData.value(params, "compare") ?? ""
            out +=
                """
                <div class="field"><label for="compare">Compare with (years earlier)</label><select \
                id="compare" name="compare">
                """
                + option("", "No comparison", compare.isEmpty)
                + (1...10).map {
                    option(String($0), $0 == 1 ? "1 year earlier" : "\($0) years earlier", String($0) == compare)
                }.joined()
                + "</select></div>"
            let threshold = query?.suppressBelow.map(String.init) ?? FormData.value(params, "suppress_below") ?? ""
            out +=
                "<div class=\"field\"><label for=\"suppress_below\">Withhold counts below</label>"
                    + """
                    <input id="suppress_below" name="suppress_below" type="number" min="2" max="1000" \
                    inputmode="numeric" value="\(HTML.escape(threshold))" aria-describedby="suppress-hint">
                    """
                + "<span class=\"hint\" id=\"suppress-hint\">Leave empty to show every count.</span></div>"
            out += "</div></fieldset>"
        }
        return out + "<p><button type=\"submit\">\(HTML.escape(submit))</button></p></form>"
    }
}
