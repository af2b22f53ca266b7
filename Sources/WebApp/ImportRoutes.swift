import Foundation
import Hummingbird
import IncidentModel
import IncidentStore
import Intake
import NIOCore

/// What the import page hands to the importer of `incidents serve --allow-import`.
public struct WebUpload: Sendable {
    /// The file's bytes, read from memory (never written to disk).
    public let bytes: [UInt8]
    /// The file's own name (no folders), as the batch records it.
    public let fileName: String
    /// The source of rows without one.
    public let defaultSource: Source?
    /// Import the valid rows of a file with invalid ones (`--skip-invalid`, without its file).
    public let validRowsOnly: Bool
    /// Who imports: "web:NAME".
    public let actor: String
}

/// What an import from the browser stored.
public struct WebImported: Sendable {
    /// The batch, as `incidents batches` lists it.
    public let batch: ImportBatch
    /// What reading the file found (the rejected rows' problems when `validRowsOnly`).
    public let summary: FileReadSummary
    /// Earlier batches of a file with the same bytes.
    public let earlierIdentical: [ImportBatch]
    /// Stored case examples withdrawn because the file brought a personal value they hold: why.
    public let withdrawnExamples: [String]

    public init(
        batch: ImportBatch, summary: FileReadSummary, earlierIdentical: [ImportBatch], withdrawnExamples: [String] = []
    ) {
        self.batch = batch
        self.summary = summary
        self.earlierIdentical = earlierIdentical
        self.withdrawnExamples = withdrawnExamples
    }
}

/// The import page (research role only).
///
/// Every upload is checked with the reader `incidents import` uses, and every problem is listed
/// as the command prints it (a value from a personal column left out). Storing seals the personal
/// columns with the data key: the page stores files only when the server was started with
/// `--allow-import`, which loads the key file; otherwise it checks them and stores nothing.
/// Stored or not, the file is never written to disk here.
enum ImportRoutes {
    /// The largest file the import page reads.
    static let uploadLimit = 50 * 1024 * 1024

    static func add(to router: Router<WebContext>, state: WebState) {
        router.guarded("/research/import", roles: Role.researchOnly) { _, _, session in
            Responses.html(
                HTML.page(
                    title: "Import a file", session: session, current: "/research", body: form(session, state: state)))
        }

        router.post("/research/import") { request, context in
            guard let session = context.session else { return Responses.redirect("/sign-in") }
            guard Role.researchOnly.contains(session.role) else { return Refusal.response(request, session) }
            var request = request
            guard let buffer = try? await request.collectBody(upTo: uploadLimit) else {
                return Responses.problem(
                    "Request too large",
                    """
                    A file sent here is at most \(uploadLimit / 1024 / 1024) MB; import larger files with `incidents \
                    import` on the research machine.
                    """,
                    status: .contentTooLarge, session: session)
            }
            let parts = Multipart.parts(Array(buffer: buffer), contentType: request.headers[.contentType] ?? "")
            func text(_ name: String) -> String? {
                parts.first(where: { $0.name == name }).map {
                    String(decoding: $0.data, as: UTF8.self).trimmingCharacters(in: .whitespaces)
                }
            }
            guard let token = text("csrf"), Secrets.same(token, session.csrf) else {
                return Responses.problem(
                    "Request refused",
                    """
                    This form was not sent from this server's own page (its security token is missing or wrong). Go \
                    back, reload the page and try again.
                    """,
                    status: .forbidden, session: session)
            }
            guard let file = parts.first(where: { $0.name == "file" }), !file.data.isEmpty else {
                return Responses.problem("No file", "Choose a CSV file.", status: .badRequest, session: session)
            }
            let name = Multipart.safeName(file.filename ?? "upload.csv")
            var options = ReadOptions(defaultSource: nil, today: today())
            let sourceText = text("source") ?? ""
            if !sourceText.isEmpty {
                guard let source = Source(sourceText) else {
                    return Responses.problem(
                        "Request refused", "Source \"\(sourceText)\": expected \(IncidentField.source.accepted).",
                        status: .badRequest, session: session)
                }
                options.defaultSource = source
            }
            let actor = "web:" + session.account
            let page = { (body: String) in
                Responses.html(
                    HTML.page(
                        title: "Import of \(name)", session: session, current: "/research",
                        body: body + form(session, state: state)))
            }
            guard text("action") == "import" else {
                let check = checkFile(file.data, name: name, options: options)
                auditCheck(check, name: name, state: state, actor: actor)
                return page(report(check, name: name, storing: state.options.importUpload != nil))
            }
            guard let importUpload = state.options.importUpload else {
                return Responses.problem(
                    "Importing is off on this server",
                    """
                    This server checks files but does not store them: storing seals the personal columns with the data \
                    key, which it holds only when started with `incidents serve --allow-import`. Import the file with \
                    `incidents import \(name)` on the research machine.
                    """,
                    status: .serviceUnavailable, session: session)
            }
            let upload = WebUpload(
                bytes: file.data, fileName: name, defaultSource: options.defaultSource,
                validRowsOnly: text("valid-rows") == "yes", actor: actor)
            let outcome: Result<WebImported, any Error> = await withCheckedContinuation { done in
                DispatchQueue.global().async { done.resume(returning: Result { try importUpload(upload) }) }
            }
            switch outcome {
            case .success(let imported):
                return page(stored(imported, name: name))
            case .failure(let failure as ImportFailure):
                // Refused: nothing stored. The check is what happened, and it is audited as one.
                var check = Check(
                    rows: 0, invalidRows: failure.invalidRows, total: max(failure.totalProblems, failure.problems.count)
                )
                check.problems = failure.problems.map(shown)
                check.refusedImport = true
                auditCheck(check, name: name, state: state, actor: actor)
                return page(report(check, name: name, storing: true))
            case .failure(let error):
                return Responses.problem(
                    "Nothing imported", "\(error). Nothing was stored and the database is unchanged.",
                    status: .serviceUnavailable, session: session)
            }
        }
    }

    static func auditCheck(_ check: Check, name: String, state: WebState, actor: String) {
        var details = [
            "file": name, "invalid_rows": String(check.invalidRows), "problems": String(check.total),
            "stored": "nothing",
        ]
        if !check.checksum.isEmpty { details["sha256"] = check.checksum }
        if !check.refusedImport { details["rows"] = String(check.rows) }
        state.audit(check.refusedImport ? "import-refused" : "import-check", details: details, actor: actor)
    }

    static func form(_ session: Session, state: WebState) -> String {
        let storing = state.options.importUpload != nil
        let intro =
            storing
            ? """
            <p>Every row is checked exactly as <code>incidents import</code> checks it, and every problem is listed \
            with its line and column. <strong>Check</strong> stores nothing. <strong>Import</strong> stores the file \
            as one batch, all rows or none, as <code>incidents import</code> does, recorded in the audit trail under \
            your account; a file with invalid rows is refused and the database is unchanged, unless you tick \
            <em>import the valid rows</em> (the rejected rows are listed, not kept). Records already stored (same \
            source and reference) are updated in place.</p>
            """
            : """
            <p>Every row is checked exactly as <code>incidents import</code> checks it, and every problem is listed \
            with its line and column. Nothing is stored: importing seals the personal columns with the data key, which \
            this server does not hold (it does when started with <code>incidents serve --allow-import</code>). Import \
            a file that passes with <code>incidents import FILE.csv</code> on the research machine (add \
            <code>--skip-invalid REJECTS.csv</code> to import only the valid rows).</p>
            """
        let importControls =
            storing
            ? """
            <div class="check"><input type="checkbox" id="valid-rows" name="valid-rows" value="yes"> <label \
            for="valid-rows">Import the valid rows even if some rows are invalid</label></div>
            <p><button type="submit" name="action" value="check">Check the file</button> <button type="submit" \
            name="action" value="import">Import the file</button></p>
            """
            : "<p><button type=\"submit\" name=\"action\" value=\"check\">Check the file</button></p>"
        return """
            <h1>\(storing ? "Import a file" : "Check an import file")</h1>
            \(intro)
            <form method="post" action="/research/import" enctype="multipart/form-data">\(HTML.csrfField(session))
            <div class="fields"><div class="field"><label for="file">CSV file (at most \(uploadLimit / 1024 / 1024) \
            MB)</label>
            <input type="file" id="file" name="file" accept=".csv,text/csv" required></div>
            <div class="field"><label for="source">Source of rows without one (optional: cst, police, or a partner's \
            short name)</label>
            <input type="text" id="source" name="source" maxlength="40"></div></div>
            \(importControls)
            </form>
            """
    }

    struct Check {
        var checksum = "", rows = 0, invalidRows = 0, total = 0
        var problems: [String] = []
        var warnings: [String] = []
        /// An import that was refused for its problems (not a check).
        var refusedImport = false

        init(rows: Int = 0, invalidRows: Int = 0, total: Int = 0) {
            self.rows = rows
            self.invalidRows = invalidRows
            self.total = total
        }
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
        switch problem.remedy {
        case .nameTheSource: return problem.description + " in the form's Source field"
        case nil: return problem.description
        }
    }

    static func problemList(_ problems: [String], total: Int) -> String {
        var out =
            "<ul class=\"problems\">" + problems.map { "<li><code>\(HTML.escape($0))</code></li>" }.joined() + "</ul>"
        if total > problems.count {
            out +=
                """
                <p>… and \((total - problems.count).grouped) more problems (<code>incidents import --skip-invalid \
                REJECTS.csv</code> writes every rejected row with its reasons).</p>
                """
        }
        return out
    }

    static func report(_ check: Check, name: String, storing: Bool) -> String {
        var out = "<h1>\(check.refusedImport ? "Import" : "Check") of \(HTML.escape(name))</h1>"
        let rowsRead = check.refusedImport ? "" : " of \(check.rows.grouped) row\(check.rows == 1 ? "" : "s") read"
        if check.total == 0 {
            let next =
                storing
                ? "choose the file again and press <strong>Import the file</strong>"
                : "import the file with <code>incidents import \(HTML.escape(name))</code> on the research machine"
            out +=
                """
                <p class="notice" role="status">No problems: \(check.rows.grouped) \
                row\(check.rows == 1 ? "" : "s") read, all valid. Nothing was stored; \(next).</p>
                """
        } else {
            let rows =
                check.invalidRows > 0 ? " in \(check.invalidRows.grouped) row\(check.invalidRows == 1 ? "" : "s")" : ""
            let refused = check.refusedImport ? "Import refused: " : ""
            out +=
                """
                <p class="error" role="alert">\(refused)\(check.total.grouped) \
                problem\(check.total == 1 ? "" : "s")\(rows)\(rowsRead). Nothing was stored and the database is \
                unchanged.</p>
                """
            out += problemList(check.problems, total: check.total)
            if check.refusedImport && check.invalidRows > 0 {
                out +=
                    """
                    <p class="hint">Fix the rows listed, or import only the valid rows: tick <em>Import the valid \
                    rows even if some rows are invalid</em>.</p>
                    """
            }
        }
        for warning in check.warnings { out += "<p class=\"hint\">\(HTML.escape(warning))</p>" }
        if !check.checksum.isEmpty {
            out += "<p class=\"hint\">SHA-256 <code>\(HTML.escape(check.checksum))</code></p>"
        }
        return out
    }

    /// What a stored import did, as `incidents import` says it, with the rejected rows' problems.
    static func stored(_ imported: WebImported, name: String) -> String {
        let b = imported.batch
        var out = "<h1>Import of \(HTML.escape(name))</h1>"
        out += """
            <p class="notice" role="status">Imported \(HTML.escape(b.fileName)) as batch \(b.id): \
            \(b.rowsRead.grouped) rows read: \(b.rowsInserted.grouped) new, \(b.rowsUpdated.grouped) updated, \
            \(b.rowsUnchanged.grouped) unchanged, \(b.rowsRejected.grouped) rejected.</p>
            """
        if let earlier = imported.earlierIdentical.first {
            out +=
                """
                <p class="hint">The same file was imported before, as batch \(earlier.id) at \
                \(HTML.escape(earlier.importedAt)); nothing was counted twice.</p>
                """
        }
        let summary = imported.summary
        if summary.rowsInvalid > 0 {
            out += "<p>The rejected rows, not stored (fix them and import them again):</p>"
            out += problemList(summary.problems.map(shown), total: summary.totalProblems)
        }
        for warning in summary.warnings { out += "<p class=\"hint\">\(HTML.escape(shown(warning)))</p>" }
        for withdrawn in imported.withdrawnExamples {
            out += "<p class=\"hint\">Case example withdrawn: \(HTML.escape(withdrawn))</p>"
        }
        out +=
            """
            <p class="hint">SHA-256 <code>\(HTML.escape(b.checksum))</code>. <a href="/research/batches">Import \
            history</a></p>
            """
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
