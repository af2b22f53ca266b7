import ArgumentParser
import Figures
import Foundation
import IncidentModel
import IncidentStore
import Intake
import Linkage
import SafeOutput

/// `incidents review`: the queue of uncertain pairs, for a person to decide.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Decide the pairs `incidents link` was unsure of: accept, reject or skip.",
        discussion: """
            On a terminal, shows each queued pair side by side with what each field contributed to \
            its score and asks: [a]ccept, [r]eject, [s]kip, [q]uit. For scripts: --accept ID, \
            --reject ID, --skip ID (repeatable), or --list. Decisions are kept by source and \
            reference, so they survive re-running `incidents link`, re-imports and new exchange files.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "Link this pair (its ID from --list).") var accept: [Int64] = []
    @Option(help: "Mark this pair as two different incidents.") var reject: [Int64] = []
    @Option(help: "Leave this pair for later.") var skip: [Int64] = []
    @Flag(help: "List the queue without asking.") var list = false
    @Option(
        help: """
            List only the automatic links less likely than this (0–1) to confirm (accept) or undo (reject); by \
            default any: they share the queue's budget with the queued pairs, the decisions that would change the \
            figures most first; skipping one leaves it linked.
            """)
    var confirmBelow: Double = LinkOptions.confirmBelow
    @Option(
        help:
            """
            With --list: text (side by side, with reasons) or csv (columns \
            pair_id,cst_reference,police_reference,score,priority,to_confirm; most useful decisions first; \
            to_confirm is "yes" for an automatic link to confirm or undo).
            """
    )
    var format: String = "text"
    @Option(help: "With --list --format csv: write to this file instead of standard output.") var out: String?
    @OptionGroup var output: ForceOption
    @Option(help: "A note for the audit trail (who decides is the operating-system account).") var note: String?

    mutating func validate() throws {
        guard ["text", "csv"].contains(format) else { throw ValidationError("--format must be text or csv") }
        guard format == "text" || list else { throw ValidationError("--format csv lists the queue: add --list") }
        guard out == nil || format == "csv" else {
            throw ValidationError("--out writes the csv list: add --format csv")
        }
        guard (0...1).contains(confirmBelow) else { throw ValidationError("--confirm-below is between 0 and 1") }
        let decided = accept + reject + skip
        guard !list || decided.isEmpty else {
            throw ValidationError(
                "--list lists the queue and decides nothing: give --accept, --reject or --skip in a command of its own")
        }
        if let twice = decided.first(where: { id in decided.filter { $0 == id }.count > 1 }) {
            throw ValidationError(
                "pair \(twice) is given more than one decision (--accept, --reject or --skip): give it one")
        }
    }

    mutating func run() throws {
        // The output path is checked before anything is read (a wrong path changes nothing).
        let protection = global.protection(force: output.force)
        if let out { do { try OutputFile.check(out, protection: protection) } catch { throw error.cli } }
        let store = try global.openStoreWithKeys()
        let person = IncidentStore.operatingSystemUser
        let decisions =
            accept.map { ($0, LinkDecision.accept) } + reject.map { ($0, .reject) } + skip.map { ($0, .skip) }
        if !decisions.isEmpty {
            for (id, decision) in decisions {
                let pair = try store.decide(pair: id, decision, by: person, at: Clock.timestamp(), note: note)
                print("Pair \(id) (\(pair.police) ↔ \(pair.own)): \(decision.done); now \(pair.state.rawValue).")
            }
            return
        }
        let queue = try store.reviewQueue(confirmBelow: confirmBelow)
        if format == "csv" {
            let text = ReviewCommand.csv(queue)
            if let out {
                do { try OutputFile.write(Data(text.utf8), to: out, protection: protection) } catch { throw error.cli }
                print("Wrote \(out): \(queue.count.grouped) pairs.")
            } else {
                print(text, terminator: "")
            }
            return
        }
        guard !queue.isEmpty else {
            print("The review queue is empty. (`incidents link` fills it with pairs it is unsure of.)")
            return
        }
        let interactive = !list && isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0
        let waiting = try store.waitingBeyond(queue)
        let more =
            waiting > 0
            ? "; \(waiting.grouped) more queued pair\(waiting == 1 ? "" : "s"), less useful, "
                + "wait\(waiting == 1 ? "s" : "") until decisions make room"
            : ""
        print(
            """
            \(queue.count.grouped) pairs wait for \
            review\(interactive ? "" : " (decide with --accept ID / --reject ID / --skip ID)")\
            \(more).\n
            """
        )
        for (n, pair) in queue.enumerated() {
            print(try ReviewCommand.sideBySide(pair, store: store, position: "\(n + 1) of \(queue.count)"))
            guard interactive else { print(""); continue }
            answer: while true {
                print("[a]ccept, [r]eject, [s]kip, [q]uit? ", terminator: "")
                guard let line = readLine()?.lowercased().trimmingSpaces else { return }
                let decision: LinkDecision
                switch line {
                case "a", "accept": decision = .accept
                case "r", "reject": decision = .reject
                case "s", "skip", "": decision = .skip
                case "q", "quit": return
                default: continue answer
                }
                let updated = try store.decide(pair: pair.id, decision, by: person, at: Clock.timestamp(), note: note)
                print("→ \(decision.rawValue): now \(updated.state.rawValue)\n")
                break
            }
        }
    }

    /// The queue as CSV, one row per pair, in the queue's order (the decisions that would change
    /// the figures most first): the team's and the police reference, the match probability, and
    /// the priority (the expected number of counted incidents a correct decision would change).
    static func csv(_ queue: [StoredPair]) -> String {
        var lines = [
            CSVFormat.line(["pair_id", "cst_reference", "police_reference", "score", "priority", "to_confirm"])
        ]
        for pair in queue {
            lines.append(
                CSVFormat.line([
                    String(pair.id), pair.own.reference, pair.police.reference,
                    String(format: "%.3f", pair.probability), String(format: "%.3f", pair.priority),
                    pair.isToConfirm ? "yes" : "no",
                ]))
        }
        return lines.joined()
    }

    /// A pair side by side, with the reasons for its score.
    static func sideBySide(_ pair: StoredPair, store: IncidentStore, position: String) throws -> String {
        let left = try store.reviewRecord(pair.police), right = try store.reviewRecord(pair.own)
        var lines = [
            """
            Pair \(pair.id) (\(position)): match probability \(String(format: "%.2f", pair.probability)), weight \
            \(String(format: "%+.1f", pair.weight)) bits
            """
                + (pair.decision.map { "; earlier decision: \($0.rawValue)" } ?? "")
                + (pair.isToConfirm ? "; linked automatically: accept to confirm, reject to undo" : "")
        ]
        var table = TextTable(columns: ["", "police exchange", "research team"])
        for (a, b) in zip(left, right) { table.add([a.0, ReviewCommand.clip(a.1), ReviewCommand.clip(b.1)]) }
        lines.append(table.render())
        var reasons = TextTable(columns: ["field", "agreement", "bits"], rightAligned: [2])
        for reason in pair.reasons {
            reasons.add([reason.field, reason.level, String(format: "%+.2f", reason.weight)])
        }
        // The rest of the weight is the prior: how rare a match is among compared pairs.
        let prior = pair.weight - pair.reasons.reduce(0) { $0 + $1.weight }
        reasons.add(["(prior)", "matches among compared pairs", String(format: "%+.2f", prior)])
        lines.append(reasons.render())
        // The competing candidates of either record: what else a decision here affects.
        let competing = try store.competingPairs(of: pair)
        if !competing.isEmpty {
            var others = TextTable(
                columns: ["competing pair", "police exchange", "research team", "probability", "state"],
                rightAligned: [3])
            for other in competing.prefix(8) {
                others.add([
                    "\(other.id)", other.police.reference, other.own.reference,
                    String(format: "%.2f", other.probability), other.state.rawValue,
                ])
            }
            lines.append(others.render())
        }
        return lines.joined(separator: "\n")
    }

    /// A cell of the side-by-side view: on one line, without control or escape characters, cut to 60.
    static func clip(_ text: String) -> String {
        let clean = TerminalText.clean(text)
        return clean.count > 60 ? String(clean.prefix(59)) + "…" : clean
    }
}
