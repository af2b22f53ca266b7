import Foundation
import Hummingbird
import IncidentModel
import IncidentStore
import Intake
import Linkage
import NIOCore

/// The research team's working pages (research role only): the review queue of `incidents link`
/// and drafts (the import page is ``ImportRoutes``).
///
/// Decisions go through the store's `decide`, the function `incidents review` calls, on the
/// server's audit-key-only store: deciding a pair writes the decision, the pairs' states, the
/// groups and the counts, and never opens a personal column, so the server needs no data key for
/// it. The pair is shown without its personal columns (description, full postcode): the
/// non-personal fields, what each field contributed to the score, and the competing candidates.
enum ReviewRoutes {
    /// The fields of `reviewRecord` that are shown; the description (personal) is not.
    static let shownFields: Set<String> = [
        "reference", "source", "date", "category", "police force", "location", "postcode district", "victim type",
        "method",
    ]

    static func add(to router: Router<WebContext>, state: WebState) {
        router.guarded("/research/review", roles: Role.researchOnly) { request, _, session in
            let store = state.reader()
            let queue = (try? store.reviewQueue()) ?? []
            let shown = Array(queue.prefix(50))
            // The pair in hand, whose buttons have the access keys: after a decision, the pair
            // after the one decided (a skipped pair keeps its place in the queue: with the keys back
            // on the first pair, a keyboard would skip the same pairs again after every decision);
            // else the first.
            let done = request.uri.queryParameters.get("done")
            let decision = request.uri.queryParameters.get("decision").flatMap(LinkDecision.init(rawValue:))
            let at = request.uri.queryParameters.get("at").flatMap { Int($0) }.map { max($0, 0) }
            var inHand = 0
            if decision != nil {
                if let stays = shown.firstIndex(where: { String($0.id) == done }) {
                    inHand = stays + 1  // (skipped, or still queued)
                } else if let at {
                    inHand = at  // the decided pair has left: the next one has taken its place
                }
            }
            // Past the last pair shown, back to the first (said, as it is not the next).
            let wrapped = inHand >= shown.count && !shown.isEmpty
            if inHand >= shown.count { inHand = 0 }
            var body = "<h1>Review queue</h1>"
            if let done, let decision {
                let moved =
                    inHand > 0
                    ? " The access keys are on pair \(shown[inHand].id) now."
                    : wrapped ? " The access keys are back on the first pair." : ""
                body +=
                    "<p class=\"notice\" role=\"status\">Pair \(HTML.escape(done)): \(decision.done).\(moved)</p>"
            }
            body += """
                <p>The pairs <code>incidents link</code> was unsure of, and the automatic links it was least sure \
                of (to confirm or undo), the decisions that would change the figures most first. Each decision is \
                applied at once, exactly as <code>incidents review</code> applies it, and recorded in the audit trail \
                under your account. Keyboard: the pair in hand (the first, or after a decision the next one) has the \
                access keys <kbd>a</kbd> (accept), <kbd>r</kbd> (reject) and <kbd>s</kbd> (skip), pressed with your \
                browser's access-key modifier (Alt, or Alt+Shift, or Control+Option). Descriptions and other \
                personal details are not shown here.</p>
                """
            if state.auditStore == nil {
                body +=
                    """
                    <p class="error">The server was started without the key file, so decisions cannot be signed in \
                    the audit trail and are refused. Restart it with the key file (its audit key is all it reads).</p>
                    """
            }
            guard !queue.isEmpty else {
                body +=
                    """
                    <p>The review queue is empty. (<code>incidents link</code> fills it with pairs it is unsure of.)</p>
                    """
                return Responses.html(
                    HTML.page(title: "Review queue", session: session, current: "/research", body: body))
            }
            let waiting = (try? store.waitingBeyond(queue)) ?? 0
            let more =
                waiting > 0
                ? "; \(waiting.grouped) more queued pair\(waiting == 1 ? "" : "s"), less useful, "
                    + "wait\(waiting == 1 ? "s" : "") until decisions make room"
                : ""
            body += "<p>\(queue.count.grouped) pair\(queue.count == 1 ? "" : "s") wait for review\(more).</p>"
            for (n, pair) in shown.enumerated() {
                body +=
                    (try? pairSection(
                        pair, store: store, position: n, total: queue.count, keys: n == inHand, session: session))
                    ?? "<p class=\"error\">Pair \(pair.id) could not be read.</p>"
            }
            if queue.count > 50 { body += "<p>The first 50 are shown; decide them to see the rest.</p>" }
            return Responses.html(HTML.page(title: "Review queue", session: session, current: "/research", body: body))
        }

        router.guardedForm("/research/review/:pair", roles: Role.researchOnly) { _, context, session, form in
            guard let id = context.parameters.get("pair").flatMap({ Int64($0) }),
                let choice = FormData.value(form, "decision"), let decision = LinkDecision(rawValue: choice)
            else {
                return Responses.problem(
                    "Request refused", "A decision is accept, reject or skip, on a pair of the queue.",
                    status: .badRequest, session: session)
            }
            guard let store = state.auditStore else {
                return Responses.problem(
                    "Decisions are off",
                    """
                    The server was started without the key file: decisions could not be signed in the audit \
                    trail. Restart it with the key file.
                    """,
                    status: .serviceUnavailable, session: session)
            }
            let person = "web:" + session.account
            do {
                _ = try store.decide(
                    pair: id, decision, by: person, at: Date().ISO8601Format(), actor: person, onlyQueued: true)
            } catch let error as StoreError where error.kind == .conflict {
                return Responses.problem(
                    "Decision not made",
                    "Pair \(id) has left the review queue: someone decided it since this page was made. Reload it.",
                    status: .conflict, session: session)
            } catch {
                return Responses.problem("Decision not made", "\(error)", status: .badRequest, session: session)
            }
            // Where the pair was on the page, for the access keys to go on to the next one.
            let at = FormData.value(form, "at").flatMap { Int($0) }.map { "&at=\($0)" } ?? ""
            return Responses.redirect("/research/review?done=\(id)&decision=\(decision.rawValue)\(at)")
        }

        router.guardedForm("/research/draft", roles: Role.researchOnly) { _, _, session, form in
            let period = (FormData.value(form, "period") ?? "").trimmingCharacters(in: .whitespaces)
            guard period.range(of: #"^[0-9]{4}(-H1)?$"#, options: .regularExpression) != nil else {
                return Responses.problem(
                    "Request refused", "A report covers a year (2025) or January–June (2025-H1).", status: .badRequest,
                    session: session)
            }
            guard let makeDraft = state.options.makeDraft else {
                return Responses.problem(
                    "Drafts are made on the command line",
                    "Make a draft with `incidents report --period \(period) --draft`.", status: .serviceUnavailable,
                    session: session)
            }
            let outcome: Result<String, any Error> = await withCheckedContinuation { done in
                DispatchQueue.global().async { done.resume(returning: Result { try makeDraft(period) }) }
            }
            switch outcome {
            case .success(let message):
                let draft = ((try? state.reader().drafts(period: period)) ?? []).last
                state.audit(
                    "report-draft",
                    details: [
                        "period": period, "draft": draft.map { String($0.id) } ?? "",
                        "number": draft.map { String($0.number) } ?? "",
                    ],
                    actor: "web:" + session.account)
                let link =
                    draft.map {
                        "<p><a href=\"/drafts/\($0.id)\">Open draft \($0.number) of \(HTML.escape(period))</a></p>"
                    } ?? ""
                return Responses.html(
                    HTML.page(
                        title: "Draft made", session: session, current: "/drafts",
                        body: "<h1>Draft made</h1><p class=\"notice\" role=\"status\">\(HTML.escape(message))</p>"
                            + link))
            case .failure(let error):
                return Responses.problem("No draft made", "\(error)", status: .badRequest, session: session)
            }
        }
    }

    /// One queued pair: its records side by side, the reasons for its score, its competitors, and the decision form
    /// (`keys`: with the access keys, on the pair in hand).
    static func pairSection(
        _ pair: StoredPair, store: IncidentStore, position: Int, total: Int, keys: Bool, session: Session
    ) throws -> String {
        let left = try store.reviewRecord(pair.police).filter { shownFields.contains($0.0) }
        let right = try store.reviewRecord(pair.own).filter { shownFields.contains($0.0) }
        var out =
            """
            <section class="pair" aria-labelledby="pair-\(pair.id)"><h2 id="pair-\(pair.id)">Pair \(pair.id) \
            (\(position + 1) of \(total)): match probability \(String(format: "%.2f", pair.probability))\
            \(pair.isToConfirm ? " — linked automatically, to confirm or undo" : "")</h2>
            """
        out +=
            """
            <p>Weight \(HTML.escape(String(format: "%+.1f", pair.weight))) \
            bits\(pair.decision.map { "; earlier decision: \($0.rawValue)" } ?? "")\
            \(pair.isToConfirm ? ". Linked automatically: accept confirms the link, reject undoes it" : "").</p>
            """
        out += HTML.table(
            caption: "Pair \(pair.id): the two records side by side (personal details not shown)",
            columns: ["Field", "Police exchange", "Research team"],
            rows: zip(left, right).map { [$0.0, $0.1, $1.1] }, numeric: [])
        var reasons = pair.reasons.map { [$0.field, $0.level, String(format: "%+.2f", $0.weight)] }
        let prior = pair.weight - pair.reasons.reduce(0) { $0 + $1.weight }
        reasons.append(["(prior)", "matches among compared pairs", String(format: "%+.2f", prior)])
        out += HTML.table(
            caption: "Pair \(pair.id): what each field contributed to the score",
            columns: ["Field", "Agreement", "Bits"], rows: reasons, numeric: [2])
        let competing = try store.competingPairs(of: pair)
        if competing.isEmpty {
            out += "<p>No other stored pair involves either record.</p>"
        } else {
            out += HTML.table(
                caption: "Pair \(pair.id): competing candidates of either record",
                columns: ["Competing pair", "Police exchange", "Research team", "Probability", "State"],
                rows: competing.prefix(8).map {
                    [
                        "\($0.id)", $0.police.reference, $0.own.reference, String(format: "%.2f", $0.probability),
                        $0.state.rawValue,
                    ]
                },
                numeric: [3])
        }
        out +=
            "<form method=\"post\" action=\"/research/review/\(pair.id)\" class=\"decide\">\(HTML.csrfField(session))"
            + "<input type=\"hidden\" name=\"at\" value=\"\(position)\">"
        for (value, label, key) in [
            ("accept", "Accept: the same incident", "a"), ("reject", "Reject: different incidents", "r"),
            ("skip", "Skip for now", "s"),
        ] {
            out += """
                <button type="submit" name="decision" value="\(value)"\(keys ? " accesskey=\"\(key)\"" : "") \
                aria-label="\(label.prefix { $0 != ":" }) pair \(pair.id)">\(HTML.escape(label))</button>\u{20}
                """
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
}
