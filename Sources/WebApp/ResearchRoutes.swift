import Foundation
import Hummingbird
import IncidentStore

/// The research team's pages: the import history, the audit trail and the accounts. None reads a
/// personal column (the stores here hold no data key); the audit trail's details never hold a
/// personal value by design.
enum ResearchRoutes {
    static func add(to router: Router<WebContext>, state: WebState) {
        router.guarded("/research", roles: Role.researchOnly) { _, _, session in
            let importing = state.options.importUpload != nil
            let importItem =
                importing
                ? """
                <a href="/research/import">Import a file</a> (checked first; every problem located; stored \
                as one batch under your account)
                """
                : "<a href=\"/research/import\">Check an import file</a> (every problem located; nothing stored)"
            let body = """
                <h1>Research</h1>
                <ul>
                <li><a href="/research/review">Review queue</a> (the pairs <code>incidents link</code> was unsure \
                of)</li>
                <li>\(importItem)</li>
                <li><a href="/research/batches">Import history</a></li>
                <li><a href="/research/audit">Audit trail</a> (sign-ins and failures included)</li>
                <li><a href="/research/accounts">Accounts</a></li>
                </ul>
                <p>Personal data is never shown here: it stays on the command line (<code>incidents export</code>, and \
                <code>review</code> to see descriptions), which needs the key file.</p>
                """
            return Responses.html(
                HTML.page(
                    title: "Research", session: session, current: "/research",
                    body: body + ReviewRoutes.draftForm(session)))
        }
        router.guarded("/research/batches", roles: Role.researchOnly) { _, _, session in
            let batches = (try? state.reader().batches()) ?? []
            let rows = batches.map { b in
                [
                    "\(b.id)", String(b.importedAt.prefix(19)), b.fileName, String(b.checksum.prefix(12)),
                    "\(b.rowsRead)", "\(b.rowsInserted)", "\(b.rowsUpdated)", "\(b.rowsRejected)",
                ]
            }
            let body =
                "<h1>Import history</h1>"
                + HTML.table(
                    caption: "Import batches",
                    columns: ["Batch", "Imported at", "File", "SHA-256", "Read", "New", "Updated", "Rejected"],
                    rows: rows, numeric: [4, 5, 6, 7])
            return Responses.html(
                HTML.page(title: "Import history", session: session, current: "/research", body: body))
        }
        router.guarded("/research/audit", roles: Role.researchOnly) { _, _, session in
            let entries = ((try? state.reader().auditEntries()) ?? []).suffix(500).reversed()
            let rows = entries.map { ["\($0.id)", $0.at, $0.actor, $0.action, $0.details, $0.note ?? ""] }
            let body =
                """
                <h1>Audit trail</h1><p>The latest 500 entries, newest first. <code>incidents audit \
                verify</code> checks the signatures.</p>
                """
                + HTML.table(
                    caption: "Audit trail", columns: ["Entry", "At", "Who", "What", "Details", "Note"],
                    rows: Array(rows), numeric: [])
            return Responses.html(HTML.page(title: "Audit trail", session: session, current: "/research", body: body))
        }
        router.guarded("/research/accounts", roles: Role.researchOnly) { _, _, session in
            let accounts = (try? state.reader().accounts()) ?? []
            let body =
                "<h1>Accounts</h1><p>Made and removed with <code>incidents users</code> on the server.</p>"
                + HTML.table(
                    caption: "Accounts", columns: ["Name", "Role", "Made", "Password last set"],
                    rows: accounts.map {
                        [$0.name, $0.role, String($0.createdAt.prefix(10)), String($0.changedAt.prefix(10))]
                    }, numeric: [])
            return Responses.html(HTML.page(title: "Accounts", session: session, current: "/research", body: body))
        }
    }
}
