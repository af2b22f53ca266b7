import Foundation
import Hummingbird
import IncidentStore

/// The trustees' pages: report drafts (list, open the PDF) and published editions.
///
/// Issue #19 adds richer trustee pages (differences between drafts, approving an edition); they
/// register here, with `roles: Role.trustees`, and post through `guardedForm` (CSRF-checked).
enum TrusteeRoutes {
    static func add(to router: Router<WebContext>, state: WebState) {
        router.guarded("/drafts", roles: Role.trustees) { _, _, session in
            let drafts = (try? state.reader().drafts()) ?? []
            var body = "<h1>Report drafts</h1>"
            if drafts.isEmpty {
                body += "<p>No drafts yet. The research team makes them with <code>incidents report --draft</code>.</p>"
            } else {
                let rows = drafts.map { draft in
                    ["\(draft.id)", draft.period, "\(draft.number)", String(draft.createdAt.prefix(10)), String(draft.dataHash.prefix(12))]
                }
                body += HTML.table(caption: "Drafts, newest last", columns: ["Draft", "Period", "Number", "Made on", "Data"], rows: rows, numeric: [2])
                body += "<h2>Open a draft</h2><ul>" + drafts.map { draft in
                    "<li><a href=\"/drafts/\(draft.id).pdf\">Draft \(draft.number) of \(HTML.escape(draft.period)) (PDF)</a></li>"
                }.joined() + "</ul>"
            }
            return Responses.html(HTML.page(title: "Drafts", session: session, current: "/drafts", body: body))
        }

        // The draft is found by its number in the database; the file is the one the draft
        // recorded. Nothing in the URL becomes a path.
        router.guarded("/drafts/:file", roles: Role.trustees) { _, context, session in
            let file = context.parameters.get("file") ?? ""
            guard file.hasSuffix(".pdf"), let id = Int64(file.dropLast(4)), id > 0, let draft = try? state.reader().draft(id: id) else {
                return Responses.problem("No such draft", "There is no draft with that number; see the list of drafts.", status: .notFound, session: session)
            }
            guard let data = FileManager.default.contents(atPath: draft.output), data.starts(with: Data("%PDF-".utf8)) else {
                return Responses.problem("Draft file missing", "Draft \(draft.number) of \(draft.period) is recorded, but its PDF is no longer where it was written. Ask the research team to make the draft again.",
                                         status: .notFound, session: session)
            }
            return Responses.download(data, type: "application/pdf", name: "draft-\(draft.period)-\(draft.number).pdf", inline: true)
        }

        router.guarded("/editions", roles: Role.trustees) { _, _, session in
            let editions = (try? state.reader().editions()) ?? []
            var body = "<h1>Published editions</h1>"
            if editions.isEmpty {
                body += "<p>Nothing has been published yet (<code>incidents publish</code> freezes a final report's figures).</p>"
            } else {
                body += HTML.table(caption: "Editions", columns: ["Edition", "Period", "Published", "Data"],
                                   rows: editions.map { ["\($0.id)", $0.period, String($0.publishedAt.prefix(10)), String($0.dataHash.prefix(12))] }, numeric: [])
            }
            return Responses.html(HTML.page(title: "Editions", session: session, current: "/editions", body: body))
        }
    }
}
