import Foundation
import Hummingbird
import IncidentModel
import IncidentStore
import ReportBuilder

/// The trustees' pages (trustee and research roles): the drafts of each report, a draft's page
/// with the changes since the one before and its comments, the change list between any two drafts
/// of a period, and the published editions beside the current figures.
///
/// The change list is the store's `compareDrafts`, the same comparison `incidents diff` prints;
/// the records behind the changes are counted here, never named (the command line names them).
/// Every form posts through `guardedForm` (CSRF-checked).
enum TrusteeRoutes {
    static func add(to router: Router<WebContext>, state: WebState) {
        router.guarded("/drafts", roles: Role.trustees) { _, _, session in
            let drafts = (try? state.reader().drafts()) ?? []
            var body = "<h1>Report drafts</h1>"
            if drafts.isEmpty {
                body += "<p>No drafts yet. The research team makes them with <code>incidents report --draft</code>.</p>"
            } else {
                var periods: [String] = []
                for draft in drafts where !periods.contains(draft.period) { periods.append(draft.period) }
                for period in periods.reversed() {
                    let ofPeriod = drafts.filter { $0.period == period }
                    body += "<h2>The \(HTML.escape(period)) report</h2>"
                    let rows = ofPeriod.enumerated().map { index, draft -> [String] in
                        let previous = index > 0 ? ofPeriod[index - 1] : nil
                        return [
                            "<a href=\"/drafts/\(draft.id)\">Draft \(draft.number)</a>",
                            String(draft.createdAt.prefix(10)),
                            "<code>\(HTML.escape(String(draft.dataHash.prefix(12))))</code>",
                            "<a href=\"/drafts/\(draft.id).pdf\">PDF of draft \(draft.number)</a>",
                            previous.map {
                                """
                                <a href="/drafts/\(draft.id)/changes?from=\($0.id)">Changes since draft \
                                \($0.number)</a>
                                """
                            } ?? "First draft",
                        ]
                    }
                    body += HTML.table(
                        caption: "Drafts of the \(period) report, oldest first",
                        columns: ["Draft", "Made on", "Data snapshot", "Open", "Compare"],
                        rows: rows, numeric: [], markup: [0, 2, 3, 4])
                }
            }
            if session.role == .research { body += ReviewRoutes.draftForm(session) }
            return Responses.html(HTML.page(title: "Drafts", session: session, current: "/drafts", body: body))
        }

        // `N.pdf` is the draft's PDF, `N` its page. The draft is found by its number in the
        // database; the file is the one the draft recorded. Nothing in the URL becomes a path.
        router.guarded("/drafts/:file", roles: Role.trustees) { _, context, session in
            let file = context.parameters.get("file") ?? ""
            if let draft = draft(file, state: state) {
                return try page(of: draft, state: state, session: session)
            }
            guard file.hasSuffix(".pdf"), let draft = self.draft(String(file.dropLast(4)), state: state) else {
                return noSuchDraft(session)
            }
            guard let data = FileManager.default.contents(atPath: draft.output), data.starts(with: Data("%PDF-".utf8))
            else {
                return Responses.problem(
                    "Draft file missing",
                    """
                    Draft \(draft.number) of \(draft.period) is recorded, but its PDF is no longer where it was \
                    written. Ask the research team to make the draft again.
                    """,
                    status: .notFound, session: session)
            }
            // A file put there since (another draft's, a report written over it) is not this draft.
            guard draft.isItsPDF(data) else {
                return Responses.problem(
                    "Draft file changed",
                    """
                    Draft \(draft.number) of \(draft.period) is recorded, but the PDF now at its place is not the \
                    one made for it. Ask the research team to make the draft again.
                    """,
                    status: .conflict, session: session)
            }
            return Responses.download(
                data, type: "application/pdf", name: "draft-\(draft.period)-\(draft.number).pdf", inline: true)
        }

        // The change list from draft `from` (default: the one before) to this one.
        router.guarded("/drafts/:file/changes", roles: Role.trustees) { request, context, session in
            guard let to = draft(context.parameters.get("file") ?? "", state: state) else {
                return noSuchDraft(session)
            }
            let query = FormData.pairs(request.uri.query ?? "")
            let from: Draft?
            if let text = FormData.value(query, "from") {
                from = draft(text, state: state)
            } else {
                from = previous(of: to, state: state)
            }
            guard let from else {
                return Responses.problem(
                    "No such draft",
                    "There is no draft to compare draft \(to.number) of \(to.period) with; see the list of drafts.",
                    status: .notFound, session: session)
            }
            guard from.period == to.period, from.id != to.id else {
                return Responses.problem(
                    "Cannot compare these drafts",
                    """
                    Compare two different drafts of one report: draft \(from.number) is of \(from.period), \
                    draft \(to.number) of \(to.period).
                    """,
                    status: .badRequest, session: session)
            }
            let comparison = try state.reader().compareDrafts(from: from, to: to)
            var body =
                """
                <h1>Changes in the \(HTML.escape(to.period)) report from draft \(from.number) to draft \(to.number)</h1>
                """
            body += changeList(comparison)
            body +=
                """
                <p><a href="/drafts/\(to.id)">Draft \(to.number)</a> · <a href="/drafts/\(from.id)">Draft \
                \(from.number)</a> · <a href="/drafts">All drafts</a></p>
                """
            return Responses.html(
                HTML.page(
                    title: "Changes from draft \(from.number) to draft \(to.number) of \(to.period)", session: session,
                    current: "/drafts", body: body))
        }

        // A trustee's comment, kept with the draft (and signed into the audit trail with it).
        router.guardedForm("/drafts/:file/comments", roles: Role.trustees) { _, context, session, form in
            guard let draft = draft(context.parameters.get("file") ?? "", state: state) else {
                return noSuchDraft(session)
            }
            let text = (FormData.value(form, "comment") ?? "").replacingOccurrences(of: "\r\n", with: "\n")
                .trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty, text.count <= IncidentStore.draftCommentLimit else {
                return Responses.problem(
                    "Comment not kept",
                    """
                    A comment has 1 to \(IncidentStore.draftCommentLimit) characters; this one has \
                    \(text.count). Go back to shorten it.
                    """,
                    status: .badRequest, session: session)
            }
            guard let store = state.auditStore else {
                return Responses.problem(
                    "Comments are off",
                    """
                    This server was started without the key file, so it cannot sign comments into the \
                    audit trail, and keeps none.
                    """,
                    status: .serviceUnavailable, session: session)
            }
            do {
                try store.addDraftComment(
                    draftID: draft.id, author: "web:" + session.account, text: text,
                    at: ISO8601DateFormatter().string(from: Date()))
            } catch {
                return Responses.problem(
                    "Comment not kept", "The comment could not be stored: \(error)", status: .internalServerError,
                    session: session)
            }
            return Responses.redirect("/drafts/\(draft.id)#comments")
        }

        router.guarded("/editions", roles: Role.trustees) { _, _, session in
            let editions = (try? state.reader().editions()) ?? []
            var body = "<h1>Published editions</h1>"
            if editions.isEmpty {
                body +=
                    """
                    <p>Nothing has been published yet (<code>incidents publish</code> freezes a \
                    final report's figures).</p>
                    """
                return Responses.html(HTML.page(title: "Editions", session: session, current: "/editions", body: body))
            }
            body += HTML.table(
                caption: "Editions", columns: ["Edition", "Period", "Published", "Data snapshot"],
                rows: editions.map {
                    ["\($0.id)", $0.period, String($0.publishedAt.prefix(10)), String($0.dataHash.prefix(12))]
                }, numeric: [])
            body +=
                """
                <p>Each edition keeps the figures as first published; the records keep changing as late reports \
                arrive. Year-on-year changes and ranks use the current figures.</p>
                """
            for edition in editions {
                body +=
                    """
                    <h2 id="edition-\(edition.id)">\(HTML.escape(edition.period)), edition \(edition.id): first \
                    published on \(edition.publishedAt.prefix(10)) and now</h2>
                    """
                body += editionComparison(edition, state: state)
            }
            return Responses.html(HTML.page(title: "Editions", session: session, current: "/editions", body: body))
        }
    }

    /// The draft whose ID is `text` (digits only), if any.
    static func draft(_ text: String, state: WebState) -> Draft? {
        guard !text.isEmpty, text.utf8.count <= 18, text.allSatisfy({ $0.isASCII && $0.isNumber }),
            let id = Int64(text), id > 0
        else { return nil }
        return try? state.reader().draft(id: id)
    }

    /// The draft of the same period made just before `draft`, if any.
    static func previous(of draft: Draft, state: WebState) -> Draft? {
        ((try? state.reader().drafts(period: draft.period)) ?? []).last { $0.number < draft.number }
    }

    static func noSuchDraft(_ session: Session) -> Response {
        Responses.problem(
            "No such draft", "There is no draft with that number; see the list of drafts.", status: .notFound,
            session: session)
    }

    /// A draft's page: what it is, the changes since the draft before, comments on both, the form.
    static func page(of draft: Draft, state: WebState, session: Session) throws -> Response {
        let store = state.reader()
        let siblings = try store.drafts(period: draft.period)
        let before = siblings.last { $0.number < draft.number }
        var body = "<h1>Draft \(draft.number) of the \(HTML.escape(draft.period)) report</h1>"
        body +=
            "<dl class=\"pairs\"><dt>Made on</dt><dd>\(HTML.escape(String(draft.createdAt.prefix(10))))</dd>"
            + "<dt>Data snapshot</dt><dd><code class=\"permalink\">\(HTML.escape(draft.dataHash))</code></dd>"
            + "<dt>Open</dt><dd><a href=\"/drafts/\(draft.id).pdf\">The PDF of draft \(draft.number)</a></dd></dl>"
        if let before {
            body += "<h2>Changes since draft \(before.number)</h2>"
            body += changeList(try store.compareDrafts(from: before, to: draft), headingLevel: 3)
        } else {
            body += "<p>This is the first draft of the \(HTML.escape(draft.period)) report.</p>"
        }
        let others = siblings.filter { $0.id != draft.id }
        if !others.isEmpty {
            body +=
                """
                <h2>Compare with another draft</h2><form method="get" action="/drafts/\(draft.id)/changes"><div \
                class="fields"><div class="field">
                """
                + "<label for=\"from\">Changes in draft \(draft.number) since</label><select id=\"from\" name=\"from\">"
                + others.map {
                    """
                    <option value="\($0.id)"\($0.id == before?.id ? " selected" : "")>Draft \($0.number) \
                    (\(HTML.escape(String($0.createdAt.prefix(10)))))</option>
                    """
                }.joined()
                + "</select></div></div><p><button type=\"submit\">Show the changes</button></p></form>"
        }
        if let before {
            body +=
                "<h2>Comments on draft \(before.number)</h2>"
                + comments(try store.draftComments(before.id), none: "No comments on draft \(before.number).")
        }
        body +=
            "<h2 id=\"comments\">Comments on this draft</h2>"
            + comments(try store.draftComments(draft.id), none: "No comments yet.")
        body += """
            <form method="post" action="/drafts/\(draft.id)/comments">\(HTML.csrfField(session))
            <div class="field"><label for="comment">Your comment on draft \(draft.number)</label>
            <p class="hint" id="comment-hint">At most \(IncidentStore.draftCommentLimit) characters. Kept with the \
            draft, listed on the next one, and shown to trustees and the research team. Write about the figures and \
            the text; never a name or other personal details.</p>
            <textarea id="comment" name="comment" rows="5" maxlength="\(IncidentStore.draftCommentLimit)" required \
            aria-describedby="comment-hint"></textarea></div>
            <p><button type="submit">Leave the comment</button></p>
            </form>
            """
        return Responses.html(
            HTML.page(
                title: "Draft \(draft.number) of \(draft.period)", session: session, current: "/drafts", body: body))
    }

    /// Comments as a list: who, when, what.
    static func comments(_ comments: [DraftComment], none: String) -> String {
        guard !comments.isEmpty else { return "<p>\(HTML.escape(none))</p>" }
        return "<ul class=\"comments\">"
            + comments.map { c in
                let who = c.author.hasPrefix("web:") ? String(c.author.dropFirst(4)) : c.author
                return
                    """
                    <li><p><strong>\(HTML.escape(who))</strong>, <time datetime="\(HTML.escape(c.at))">\
                    \(HTML.escape(String(c.at.prefix(16)).replacingOccurrences(of: "T", with: " ")))</time> \
                    (UTC)</p><p>\(HTML.escape(c.text))</p></li>
                    """
            }.joined() + "</ul>"
    }

    /// The change list: the drafts compared, every changed figure (where, old, new), and the
    /// records behind the changes, counted.
    static func changeList(_ c: DraftComparison, headingLevel: Int = 2) -> String {
        let h = "h\(headingLevel)"
        var out = """
            <p>From draft \(c.from.number) (made on \(c.from.createdAt.prefix(10)), data snapshot \
            <code>\(HTML.escape(String(c.from.dataHash.prefix(12))))</code>) to draft \(c.to.number) (made on \
            \(c.to.createdAt.prefix(10)), data snapshot \
            <code>\(HTML.escape(String(c.to.dataHash.prefix(12))))</code>).</p>
            """
        out += "<\(h)>Figures that changed</\(h)>"
        if c.figures.isEmpty {
            out += "<p>No figure changed.</p>"
        } else {
            out += HTML.table(
                caption:
                    """
                    \(c.figures.count) figure\(c.figures.count == 1 ? "" : "s") changed from draft \
                    \(c.from.number) to draft \(c.to.number)
                    """,
                columns: ["Where it appears", "Draft \(c.from.number)", "Draft \(c.to.number)"],
                rows: c.figures.map { [$0.label, $0.old, $0.new] }, numeric: [1, 2])
        }
        out += "<\(h)>Records behind the changes</\(h)>"
        let counts = c.recordCounts
        if counts.isEmpty {
            out += "<p>No record was added, removed, reclassified or re-dated.</p>"
        } else {
            out += HTML.table(
                caption: "Records added, removed, reclassified or re-dated, counted",
                columns: ["Change", "What", "Records"],
                rows: counts.map { [$0.kind.heading, $0.what, $0.count.grouped] } + [
                    ["Total", "", c.records.count.grouped]
                ],
                numeric: [2], totalLast: true)
            out +=
                """
                <p class="hint">Records are counted here, never named. The research team lists them with \
                <code>incidents diff \(c.from.id) \(c.to.id)</code>.</p>
                """
        }
        return out
    }

    /// An edition's named figures as first published beside the same figures now, and how many of
    /// all its printed figures (tables and sentences included) differ now.
    static func editionComparison(_ edition: Edition, state: WebState) -> String {
        let store = state.reader()
        guard let published = try? store.editionFigures(edition.id) else {
            return "<p>The edition's figures could not be read.</p>"
        }
        let current: [PrintedFigure]
        do {
            let period = try Period(parsing: edition.period)
            current = try ReportBuilder.context(engine: try state.engine(covering: period), period: period).printed
        } catch {
            return
                """
                <p class="error">The current figures of \(HTML.escape(edition.period)) could not be counted: \
                \(HTML.escape("\(error)"))</p>
                """
        }
        let now = Dictionary(current.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        let named = published.filter { $0.key.hasPrefix("figure:") }
        let rows = named.map { figure -> [String] in
            let value = now[figure.key] ?? FigureChange.absent
            return [figure.label, figure.value, value, value == figure.value ? "" : "revised"]
        }
        let changed = FigureChange.between(published, current).count
        var out = HTML.table(
            caption: "\(edition.period): the named figures, first published (edition \(edition.id)) and now",
            columns: ["Figure", "First published", "Now", "Revision"], rows: rows, numeric: [1, 2])
        out +=
            """
            <p>\(changed.grouped) of the edition's \(published.count.grouped) printed figures (tables and \
            sentences included) differ now.</p>
            """
        return out
    }
}
