import Foundation
import Hummingbird
import IncidentModel
import IncidentStore
import Intake
import Linkage
import NIOCore

/// The research team's working pages (research role only): the review queue of `incidents link`
/// and the import check.
///
/// Decisions go through the store's `decide`, the function `incidents review` calls, on the
/// server's audit-key-only store: deciding a pair writes the decision, the pairs' states, the
/// groups and the counts, and never opens a personal column, so the server needs no data key for
/// it. The pair is shown without its personal columns (description, full postcode): the
/// non-personal fields, what each field contributed to the score, and the competing candidates.
///
/// Importing seals the personal columns with the data key, which the server never holds: the
/// import page checks a file with the reader `incidents import` uses, lists every problem as the
/// command prints it, and stores nothing; the file is then imported with `incidents import` on
/// the research machine.
enum ReviewRoutes {
    /// The largest file the import page reads.
    static let uploadLimit = 50 * 1024 * 1024
    /// The fields of `reviewRecord` that are shown; the description (personal) is not.
    static let shownFields: Set<String> = ["reference", "source", "date", "category", "police force", "location", "postcode district", "victim type", "method"]

    static func add(to router: Router<WebContext>, state: WebState) {
        router.guarded("/research/review", roles: Role.researchOnly) { request, _, session in
            let store = state.reader()
            let queue = (try? store.linkPairs(state: .queued)) ?? []
            var body = "<h1>Review queue</h1>"
            if let done = request.uri.queryParameters.get("done"), let decision = request.uri.queryParameters.get("decision"),
               ["accept", "reject", "skip"].contains(decision) {
                body += "<p class=\"notice\" role=\"status\">Pair \(HTML.escape(done)): \(HTML.escape(decision))ed.</p>"
            }
            body += "<p>The pairs <code>incidents link</code> was unsure of, most likely matches first. Each decision is applied at once, exactly as <code>incidents review</code> applies it, and recorded in the audit trail under your account. "
                + "Keyboard: the first pair's buttons have access keys <kbd>a</kbd> (accept), <kbd>r</kbd> (reject) and <kbd>s</kbd> (skip), pressed with your browser's access-key modifier (Alt, or Alt+Shift, or Control+Option). "
                + "Descriptions and other personal details are not shown here.</p>"
            if state.auditStore == nil {
                body += "<p class=\"error\">The server was started without the key file, so decisions cannot be signed in the audit trail and are refused. Restart it with the key file (its audit key is all it reads).</p>"
            }
            guard !queue.isEmpty else {
                body += "<p>The review queue is empty. (<code>incidents link</code> fills it with pairs it is unsure of.)</p>"
                return Responses.html(HTML.page(title: "Review queue", session: session, current: "/research", body: body))
            }
            body += "<p>\(queue.count.grouped) pair\(queue.count == 1 ? "" : "s") wait for review.</p>"
            for (n, pair) in queue.prefix(50).enumerated() {
                body += (try? pairSection(pair, store: store, position: n, total: queue.count, session: session)) ?? "<p class=\"error\">Pair \(pair.id) could not be read.</p>"
            }
            if queue.count > 50 { body += "<p>The first 50 are shown; decide them to see the rest.</p>" }
            return Responses.html(HTML.page(title: "Review queue", session: session, current: "/research", body: body))
        }

        router.guardedForm("/research/review/:pair", roles: Role.researchOnly) { _, context, session, form in
            guard let id = context.parameters.get("pair").flatMap({ Int64($0) }),
                  let choice = FormData.value(form, "decision"), let decision = LinkDecision(rawValue: choice) else {
                return Responses.problem("Request refused", "A decision is accept, reject or skip, on a pair of the queue.", status: .badRequest, session: session)
            }
            guard let store = state.auditStore else {
                return Responses.problem("Decisions are off", "The server was started without the key file: decisions could not be signed in the audit trail. Restart it with the key file.",
                                         status: .serviceUnavailable, session: session)
            }
            let person = "web:" + session.account
            do {
                _ = try store.decide(pair: id, decision, by: person, at: Date().ISO8601Format(), actor: person)
            } catch {
                return Responses.problem("Decision not made", "\(error)", status: .badRequest, session: session)
            }
            return Responses.redirect("/research/review?done=\(id)&decision=\(decision.rawValue)")
        }

        router.guardedForm("/research/draft", roles: Role.researchOnly) { _, _, session, form in
            let period = (FormData.value(form, "period") ?? "").trimmingCharacters(in: .whitespaces)
            guard period.range(of: #"^[0-9]{4}(-H1)?$"#, options: .regularExpression) != nil else {
                return Responses.problem("Request refused", "A report covers a year (2025) or January–June (2025-H1).", status: .badRequest, session: session)
            }
            guard let makeDraft = state.options.makeDraft else {
                return Responses.problem("Drafts are made on the command line", "Make a draft with `incidents report --period \(period) --draft`.", status: .serviceUnavailable, session: session)
            }
            let outcome: Result<String, any Error> = await withCheckedContinuation { done in
                DispatchQueue.global().async { done.resume(returning: Result { try makeDraft(period) }) }
            }
            switch outcome {
            case .success(let message):
                let draft = ((try? state.reader().drafts(period: period)) ?? []).last
                state.audit("report-draft", details: ["period": period, "draft": draft.map { String($0.id) } ?? "", "number": draft.map { String($0.number) } ?? ""],
                            actor: "web:" + session.account)
                let link = draft.map { "<p><a href=\"/drafts/\($0.id)\">Open draft \($0.number) of \(HTML.escape(period))</a></p>" } ?? ""
                return Responses.html(HTML.page(title: "Draft made", session: session, current: "/drafts",
                                                body: "<h1>Draft made</h1><p class=\"notice\" role=\"status\">\(HTML.escape(message))</p>" + link))
            case .failure(let error):
                return Responses.problem("No draft made", "\(error)", status: .badRequest, session: session)
            }
        }

        router.guarded("/research/import", roles: Role.researchOnly) { _, _, session in
            Responses.html(HTML.page(title: "Check an import file", session: session, current: "/research", body: importForm(session)))
        }

        router.post("/research/import") { request, context in
            guard let session = context.session else { return Responses.redirect("/sign-in") }
            guard Role.researchOnly.contains(session.role) else { return Refusal.response(request, session) }
            var request = request
            guard let buffer = try? await request.collectBody(upTo: uploadLimit) else {
                return Responses.problem("Request too large", "A file checked here is at most \(uploadLimit / 1024 / 1024) MB; check larger files with `incidents import` on the research machine.",
                                         status: .contentTooLarge, session: session)
            }
            let parts = Multipart.parts(Array(buffer: buffer), contentType: request.headers[.contentType] ?? "")
            guard let token = parts.first(where: { $0.name == "csrf" }).map({ String(decoding: $0.data, as: UTF8.self) }), Secrets.same(token, session.csrf) else {
                return Responses.problem("Request refused", "This form was not sent from this server's own page (its security token is missing or wrong). Go back, reload the page and try again.",
                                         status: .forbidden, session: session)
            }
            guard let file = parts.first(where: { $0.name == "file" }), !file.data.isEmpty else {
                return Responses.problem("No file", "Choose a CSV file to check.", status: .badRequest, session: session)
            }
            let name = Multipart.safeName(file.filename ?? "upload.csv")
            let sourceText = parts.first(where: { $0.name == "source" }).map { String(decoding: $0.data, as: UTF8.self) }?.trimmingCharacters(in: .whitespaces) ?? ""
            var options = ReadOptions(defaultSource: nil, today: today())
            if !sourceText.isEmpty {
                guard let source = Source(sourceText) else {
                    return Responses.problem("Request refused", "Source \"\(sourceText)\": expected \(IncidentField.source.accepted).", status: .badRequest, session: session)
                }
                options.defaultSource = source
            }
            let check = checkFile(file.data, name: name, options: options)
            state.audit("import-check", details: ["file": name, "sha256": check.checksum, "rows": String(check.rows), "invalid_rows": String(check.invalidRows),
                                                  "problems": String(check.total), "stored": "nothing"], actor: "web:" + session.account)
            return Responses.html(HTML.page(title: "Check of \(name)", session: session, current: "/research", body: report(check, name: name) + importForm(session)))
        }
    }

    /// One queued pair: its records side by side, the reasons for its score, its competitors, and the decision form.
    static func pairSection(_ pair: StoredPair, store: IncidentStore, position: Int, total: Int, session: Session) throws -> String {
        let left = try store.reviewRecord(pair.police).filter { shownFields.contains($0.0) }
        let right = try store.reviewRecord(pair.own).filter { shownFields.contains($0.0) }
        var out = "<section class=\"pair\" aria-labelledby=\"pair-\(pair.id)\"><h2 id=\"pair-\(pair.id)\">Pair \(pair.id) (\(position + 1) of \(total)): match probability \(String(format: "%.2f", pair.probability))</h2>"
        out += "<p>Weight \(HTML.escape(String(format: "%+.1f", pair.weight))) bits\(pair.decision.map { "; earlier decision: \($0.rawValue)" } ?? "").</p>"
        out += HTML.table(caption: "Pair \(pair.id): the two records side by side (personal details not shown)", columns: ["Field", "Police exchange", "Research team"],
                          rows: zip(left, right).map { [$0.0, $0.1, $1.1] }, numeric: [])
        var reasons = pair.reasons.map { [$0.field, $0.level, String(format: "%+.2f", $0.weight)] }
        let prior = pair.weight - pair.reasons.reduce(0) { $0 + $1.weight }
        reasons.append(["(prior)", "matches among compared pairs", String(format: "%+.2f", prior)])
        out += HTML.table(caption: "Pair \(pair.id): what each field contributed to the score", columns: ["Field", "Agreement", "Bits"], rows: reasons, numeric: [2])
        let competing = try store.competingPairs(of: pair)
        if competing.isEmpty {
            out += "<p>No other stored pair involves either record.</p>"
        } else {
            out += HTML.table(caption: "Pair \(pair.id): competing candidates of either record", columns: ["Competing pair", "Police exchange", "Research team", "Probability", "State"],
                              rows: competing.prefix(8).map { ["\($0.id)", $0.police.reference, $0.own.reference, String(format: "%.2f", $0.probability), $0.state.rawValue] },
                              numeric: [3])
        }
        let keys = position == 0
        out += "<form method=\"post\" action=\"/research/review/\(pair.id)\" class=\"decide\">\(HTML.csrfField(session))"
        for (value, label, key) in [("accept", "Accept: the same incident", "a"), ("reject", "Reject: different incidents", "r"), ("skip", "Skip for now", "s")] {
            out += "<button type=\"submit\" name=\"decision\" value=\"\(value)\"\(keys ? " accesskey=\"\(key)\"" : "") aria-label=\"\(label.prefix { $0 != ":" }) pair \(pair.id)\">\(HTML.escape(label))</button> "
        }
        return out + "</form></section>"
    }

    /// The form that makes a draft (research accounts), as `incidents report --period P --draft`.
    static func draftForm(_ session: Session) -> String {
        """
        <h2>Make a draft</h2>
        <form method="post" action="/research/draft">\(HTML.csrfField(session))
        <div class="field"><label for="draft-period">Report period: a year (2025) or January–June (2025-H1)</label>
        <input type="text" id="draft-period" name="period" required pattern="[0-9]{4}(-H1)?" maxlength="7"></div>
        <p><button type="submit">Make a draft</button></p>
        </form>
        """
    }

    static func importForm(_ session: Session) -> String {
        """
        <h1>Check an import file</h1>
        <p>Every row is checked exactly as <code>incidents import</code> checks it, and every problem is listed with its line and column. Nothing is stored: importing seals the personal columns with the data key, which this server does not hold. Import a file that passes with <code>incidents import FILE.csv</code> on the research machine (add <code>--skip-invalid REJECTS.csv</code> to import only the valid rows).</p>
        <form method="post" action="/research/import" enctype="multipart/form-data">\(HTML.csrfField(session))
        <div class="fields"><div class="field"><label for="file">CSV file (at most \(uploadLimit / 1024 / 1024) MB)</label>
        <input type="file" id="file" name="file" accept=".csv,text/csv" required></div>
        <div class="field"><label for="source">Source of rows without one (optional: cst, police, or a partner's short name)</label>
        <input type="text" id="source" name="source" maxlength="40"></div></div>
        <p><button type="submit">Check the file</button></p>
        </form>
        """
    }

    struct Check {
        var checksum = "", rows = 0, invalidRows = 0, total = 0
        var problems: [String] = []
        var warnings: [String] = []
    }

    /// Reads `data` as `incidents import` would, storing nothing. Values of personal columns are
    /// left out of the problems shown.
    static func checkFile(_ data: [UInt8], name: String, options: ReadOptions) -> Check {
        var sink = DiscardingSink()
        var check = Check()
        do {
            let summary = try IncidentFileReader.read(bytes: data, displayName: name, options: options, into: &sink)
            check.checksum = summary.checksum
            check.rows = summary.rowsRead
            check.invalidRows = summary.rowsInvalid
            check.total = summary.totalProblems
            check.problems = summary.problems.map(shown)
            check.warnings = summary.warnings.map(shown)
        } catch let failure as ImportFailure {
            check.problems = failure.problems.map(shown)
            check.total = max(failure.totalProblems, failure.problems.count)
        } catch {
            check.problems = ["\(name): \(error)"]
            check.total = 1
        }
        return check
    }

    static func shown(_ problem: ImportProblem) -> String {
        var problem = problem
        if let field = problem.field, IncidentField(rawValue: field)?.isPersonal ?? false { problem.value = nil }
        return problem.description
    }

    static func report(_ check: Check, name: String) -> String {
        var out = "<h1>Check of \(HTML.escape(name))</h1>"
        if check.total == 0 {
            out += "<p class=\"notice\" role=\"status\">No problems: \(check.rows.grouped) row\(check.rows == 1 ? "" : "s") read, all valid. Nothing was stored; import the file with <code>incidents import \(HTML.escape(name))</code> on the research machine.</p>"
        } else {
            let rows = check.invalidRows > 0 ? " in \(check.invalidRows.grouped) row\(check.invalidRows == 1 ? "" : "s")" : ""
            out += "<p class=\"error\" role=\"alert\">\(check.total.grouped) problem\(check.total == 1 ? "" : "s")\(rows) of \(check.rows.grouped) row\(check.rows == 1 ? "" : "s") read. Nothing was stored and the database is unchanged.</p>"
            out += "<ul class=\"problems\">" + check.problems.map { "<li><code>\(HTML.escape($0))</code></li>" }.joined() + "</ul>"
            if check.total > check.problems.count {
                out += "<p>… and \((check.total - check.problems.count).grouped) more problems (<code>incidents import --skip-invalid REJECTS.csv</code> writes every rejected row with its reasons).</p>"
            }
        }
        for warning in check.warnings { out += "<p class=\"hint\">\(HTML.escape(warning))</p>" }
        if !check.checksum.isEmpty { out += "<p class=\"hint\">SHA-256 <code>\(HTML.escape(check.checksum))</code></p>" }
        return out
    }

    static func today() -> CivilDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

/// Keeps nothing: the import check stores no record.
struct DiscardingSink: IncidentSink {
    mutating func write(_ incident: Incident, line: Int) throws {}
}

/// A small reader of `multipart/form-data` bodies (the import page's form).
enum Multipart {
    struct Part {
        var name: String
        var filename: String?
        var data: [UInt8]
    }

    static func parts(_ body: [UInt8], contentType: String) -> [Part] {
        guard contentType.lowercased().hasPrefix("multipart/form-data"),
              let range = contentType.range(of: "boundary=", options: .caseInsensitive) else { return [] }
        var boundary = String(contentType[range.upperBound...])
        if let semicolon = boundary.firstIndex(of: ";") { boundary = String(boundary[..<semicolon]) }
        boundary = boundary.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        guard !boundary.isEmpty else { return [] }
        let delimiter = Array(("\r\n--" + boundary).utf8)
        // The body starts with the delimiter without its line break.
        var data = Array("\r\n".utf8) + body
        var parts: [Part] = []
        var start = find(delimiter, in: data, from: 0)
        while let at = start {
            var cursor = at + delimiter.count
            if cursor + 2 <= data.count, data[cursor] == UInt8(ascii: "-"), data[cursor + 1] == UInt8(ascii: "-") { break }
            cursor += 2  // CRLF after the boundary
            guard let headerEnd = find(Array("\r\n\r\n".utf8), in: data, from: cursor) else { break }
            let headers = String(decoding: data[cursor..<headerEnd], as: UTF8.self)
            let contentStart = headerEnd + 4
            guard let next = find(delimiter, in: data, from: contentStart) else { break }
            var part = Part(name: "", filename: nil, data: Array(data[contentStart..<next]))
            for line in headers.components(separatedBy: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
                part.name = parameter("name", in: line) ?? ""
                part.filename = parameter("filename", in: line)
            }
            parts.append(part)
            start = next
        }
        data.removeAll()
        return parts
    }

    static func parameter(_ key: String, in line: String) -> String? {
        for piece in line.split(separator: ";").dropFirst() {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            guard trimmed.lowercased().hasPrefix(key + "=") else { continue }
            return String(trimmed.dropFirst(key.count + 1)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var i = from
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == needle[0] {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// The file's own name, without folders or control characters, at most 100 characters.
    static func safeName(_ name: String) -> String {
        let base = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? "upload.csv"
        let clean = String(base.unicodeScalars.filter { $0.properties.generalCategory != .control }.map(Character.init))
        return clean.isEmpty ? "upload.csv" : String(clean.prefix(100))
    }
}
