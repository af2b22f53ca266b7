import Charts
import FigureCharts
import Figures
import Foundation
import Graphics
import Hummingbird
import IncidentModel
import Statistics

/// The JSON API: `/api/figures` answers as `incidents figures --format json` prints, and
/// `/api/charts/NAME` draws as `incidents chart NAME` does. Described by `/api/openapi.json`.
enum APIRoutes {
    static func add(to router: Router<WebContext>, state: WebState) {
        router.guarded("/api", roles: Role.everyone) { _, _, session in
            let body = """
                <h1>JSON API</h1>
                <p>Signed in, this browser (or any client sending its session cookie) can ask the same questions as a \
                program. The description, in OpenAPI 3.1: <a href="/api/openapi.json">/api/openapi.json</a>.</p>
                <dl class="pairs">
                <dt><code>GET /api/figures?period=2023-10&amp;by=category</code></dt><dd>The table, as <code>incidents \
                figures --period 2023-10 --by category --format json</code> prints it. Also \
                <code>compare=YEARS</code>, <code>suppress_below=N</code>, a second <code>by</code>.</dd>
                <dt><code>GET /api/figures?period=2024&amp;headline=true</code></dt><dd>The headline figures and \
                sentences (<code>--headline --format json</code>); also <code>threshold=N</code> and \
                <code>since=YYYY-MM-DD</code>.</dd>
                <dt><code>GET /api/charts/monthly?period=2023&amp;format=svg</code></dt><dd>One standard chart, as \
                <code>incidents chart</code> draws it: \
                \(StandardChart.allCases.map { "<code>\($0.rawValue)</code>" }.joined(separator: ", ")); format \
                <code>png</code>, <code>svg</code> or <code>pdf</code>.</dd>
                </dl>
                """
            return Responses.html(HTML.page(title: "JSON API", session: session, current: "/api", body: body))
        }
        router.guarded("/api/openapi.json", roles: Role.everyone) { _, _, _ in Responses.json(OpenAPIDocument.json) }

        router.guarded("/api/figures", roles: Role.everyone) { request, _, _ in
            let params = FormData.pairs(request.uri.query ?? "")
            do {
                if FormData.value(params, "headline") == "true" {
                    let query = try FigureRequests.query(params.filter { $0.0 == "period" })
                    let threshold = try FormData.value(params, "threshold").map { text throws(FiguresError) -> Int in
                        guard let n = Int(text), n >= 0 else {
                            throw FiguresError("threshold \"\(text)\": expected a whole number")
                        }
                        return n
                    }
                    let since = try FormData.value(params, "since").map { text throws(FiguresError) -> CivilDate in
                        guard let date = CivilDate(iso: text) else {
                            throw FiguresError("since \"\(text)\": expected a date YYYY-MM-DD")
                        }
                        return date
                    }
                    let headline = try state.engine(covering: query.period).headline(
                        query.period, threshold: threshold, since: since)
                    let due = try? state.reader().linkLag().note
                    return Responses.json(FiguresOutput.headline(headline, format: .json, linkingDue: due) + "\n")
                }
                let query = try FigureRequests.query(params)
                return Responses.json(try FiguresRoutes.download("json", query, state: state))
            } catch {
                return Responses.jsonError("\(error)", status: .badRequest)
            }
        }

        router.guarded("/api/charts/:name", roles: Role.everyone) { request, context, _ in
            let params = FormData.pairs(request.uri.query ?? "")
            let name = context.parameters.get("name") ?? ""
            guard let chart = StandardChart(rawValue: name) else {
                return Responses.jsonError(
                    """
                    unknown chart "\(name)"; expected one of \
                    \(StandardChart.allCases.map(\.rawValue).joined(separator: ", "))
                    """,
                    status: .notFound)
            }
            let formatName = FormData.value(params, "format") ?? "svg"
            guard let format = Canvas.Format(rawValue: formatName) else {
                return Responses.jsonError("format \"\(formatName)\": expected png, svg or pdf", status: .badRequest)
            }
            do {
                let query = try FigureRequests.query(params.filter { $0.0 == "period" })
                let marks = try FormData.values(params, "mark").map {
                    text throws(FiguresError) -> (CivilDate, String) in
                    let parts = text.split(separator: "=", maxSplits: 1)
                    guard parts.count == 2, let date = CivilDate(iso: parts[0]) else {
                        throw FiguresError("mark \"\(text)\": expected DATE=LABEL, e.g. 2023-10-07=7 October")
                    }
                    return (date, String(parts[1]))
                }
                let key = "chart-\(name)-\(formatName)-" + marks.map { "\($0.0)=\($0.1)" }.joined(separator: "|")
                let data = try state.cached(key, query) {
                    try state.chartData(
                        try chart.make(try state.engine(covering: query.period), period: query.period, marks: marks),
                        format: format, period: query.period)
                }
                let type = ["png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"][formatName]!
                return Responses.download(
                    data, type: type,
                    name:
                        """
                        \(name)-\(query.period.description.replacingOccurrences(of: "..", with: "_to_")).\(formatName)
                        """,
                    inline: true)
            } catch {
                return Responses.jsonError("\(error)", status: .badRequest)
            }
        }
    }
}
