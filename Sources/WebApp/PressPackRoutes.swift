import Charts
import FigureCharts
import Figures
import Foundation
import Hummingbird
import IncidentModel
import Statistics
import ZIPFoundation

/// The press pack: a period's headline sentences, the standard charts (PNG and SVG) and the
/// tables (CSV, JSON) as one ZIP file.
enum PressPackRoutes {
    /// The charts a press pack carries.
    static let charts: [StandardChart] = [
        .monthly, .categories, .regions, .victims, .methods, .online, .sources, .trend,
    ]
    /// The tables a press pack carries, one dimension each.
    static let tables: [Breakdown] = [.category, .month, .region, .victimType, .method, .online, .discourse, .source]

    static func add(to router: Router<WebContext>, state: WebState) {
        router.guarded("/press-pack", roles: Role.everyone) { request, _, session in
            let params = FormData.pairs(request.uri.query ?? "")
            var error: String?
            var query: FiguresQuery?
            do {
                if FormData.value(params, "kind") != nil {
                    let code = try FigureRequests.periodCode(form: params)
                    return Responses.redirect(
                        "/press-pack?" + FigureRequests.queryString(try FigureRequests.query([("period", code)])))
                }
                if FormData.value(params, "period") != nil {
                    query = try FigureRequests.query(params.filter { $0.0 == "period" })
                    _ = try state.engine(covering: query!.period)
                }
            } catch let problem {
                error = "\(problem)"
                query = nil
            }
            var body =
                """
                <h1>Press pack</h1><p>For a period: the headline sentences, the standard charts (PNG and SVG) and the \
                tables (CSV and JSON), in one ZIP file.</p>
                """
            if let error { body += "<p class=\"error\" role=\"alert\">\(HTML.escape(error))</p>" }
            body += PeriodForm.html(
                action: "/press-pack", query: query, params: params, years: state.yearsOnRecord(), breakdowns: false,
                submit: "Choose this period")
            if let query {
                let qs = FigureRequests.queryString(query)
                body +=
                    """
                    <h2>\(HTML.escape(query.period.label))</h2>\(FiguresRoutes.linkingDueHTML(state))<p><a \
                    class="button" \
                    href="/press-pack.zip?\(HTML.escape(qs))" download>Download the press pack for \
                    \(HTML.escape(query.period.label)) (ZIP)</a></p>
                    """
                body +=
                    "<p>It holds:</p><ul><li>README.txt and headline.txt: the sentences and the counting rules</li>"
                    + "<li>tables/: " + tables.map { "by-\($0.rawValue).csv" }.joined(separator: ", ")
                    + ", total.csv and figures.json</li>"
                    + "<li>charts/: " + charts.map(\.rawValue).joined(separator: ", ")
                    + " (each as PNG and SVG)</li></ul>"
            }
            return Responses.html(
                HTML.page(title: "Press pack", session: session, current: "/press-pack", body: body),
                status: error == nil ? .ok : .badRequest)
        }

        router.guarded("/press-pack.zip", roles: Role.everyone) { request, _, session in
            do {
                let query = try FigureRequests.query(
                    FormData.pairs(request.uri.query ?? "").filter { $0.0 == "period" })
                let data = try state.cached("press-pack", query) { try zip(query.period, state: state) }
                return Responses.download(
                    data, type: "application/zip",
                    name: "press-pack-\(query.period.description.replacingOccurrences(of: "..", with: "_to_")).zip")
            } catch {
                return Responses.problem("No press pack", "\(error)", status: .badRequest, session: session)
            }
        }
    }

    /// The ZIP file of `period`'s press pack.
    static func zip(_ period: Period, state: WebState) throws -> Data {
        let engine = try state.engine(covering: period)
        let headline = try engine.headline(period)
        var files: [(String, Data)] = []
        var total = try engine.figures(try FiguresQuery(period: period, dimensions: []))
        // While imported records wait for `incidents link`, the pack says so, beside the figures.
        total.linkingDue = try? state.reader().linkLag().note
        if let due = total.linkingDue { files.append(("LINKING-DUE.txt", Data((due + "\n").utf8))) }
        files.append(("headline.txt", Data((headline.sentences.joined(separator: "\n") + "\n").utf8)))
        files.append(("tables/total.csv", Data(total.csv.utf8)))
        files.append(("tables/figures.json", Data((total.json + "\n").utf8)))
        for dimension in tables {
            files.append(
                (
                    "tables/by-\(dimension.rawValue).csv",
                    Data(try engine.figures(try FiguresQuery(period: period, dimensions: [dimension])).csv.utf8)
                ))
        }
        var alternatives: [String] = []
        for chart in charts {
            let value = try chart.make(engine, period: period)
            alternatives.append("charts/\(chart.rawValue): \(value.textAlternative)")
            files.append(("charts/\(chart.rawValue).png", try state.chartData(value, format: .png, period: period)))
            files.append(("charts/\(chart.rawValue).svg", try state.chartData(value, format: .svg, period: period)))
        }
        let readme =
            ([
                "Press pack: antisemitic incidents, \(period.label)", "",
                """
                Every number here comes from the statistics engine, as `incidents figures --period \(period)` prints it.
                """,
                "",
            ]
            + headline.sentences + ["", "Counting rules:"] + FiguresOutput.countingRules.map { "- " + $0 }
            + ["", "Files:"] + files.map { "- " + $0.0 } + ["", "What each chart shows (text alternatives):"]
            + alternatives).joined(separator: "\n") + "\n"
        files.insert(("README.txt", Data(readme.utf8)), at: 0)

        let archive = try Archive(accessMode: .create)
        let folder = "press-pack-\(period.description.replacingOccurrences(of: "..", with: "_to_"))/"
        for (name, data) in files {
            try archive.addEntry(
                with: folder + name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw WebError("the press pack could not be assembled") }
        return data
    }
}
