import DemoData
import Foundation
import IncidentModel
import IncidentStore
import Intake
import Linkage
import TestSupport
import Testing

/// The police exchange's review queue: doubtful automatic links to confirm or undo, and queued pairs
/// that wait behind them when the budget is short.
extension PoliceExchangeTests {
    @Test(
        """
        the least certain automatic links are in the queue to confirm or undo, ranked with the queued pairs by the \
        change a decision makes: skip leaves one linked, reject undoes it for good
        """
    )
    func automaticLinksToConfirm() throws {
        let cli = try Self.linkedFeeds()
        defer { cli.cleanUp() }
        func queue(_ extra: [String] = []) throws -> [[String]] {
            try cli.run(["review", "--list", "--format", "csv"] + extra).out.split(separator: "\n").dropFirst().map {
                $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            }
        }
        // Linked pairs by police reference (the team's record it joined).
        func linkedTo() throws -> [String: String] {
            var out: [String: String] = [:]
            for row in try Self.linksCSV(cli) where row[1] == "police" && row[0].hasPrefix("cst:") {
                out[row[2]] = String(row[0].dropFirst(4))
            }
            return out
        }
        let before = try linkedTo()
        let wide = try queue(["--confirm-below", "0.9"])
        let toConfirm = wide.filter { before[$0[2]] == $0[1] }
        #expect(!toConfirm.isEmpty, "some automatic links of the half-year are under 0.9")
        for row in wide {
            let score = Double(row[3])!, priority = Double(row[4])!
            // An automatic link's decision changes the figures with the chance it is wrong; a queued pair's
            // with the chance it is right.
            #expect(abs(priority - (before[row[2]] == row[1] ? 1 - score : score)) < 0.002, "\(row)")
            #expect(row[5] == (before[row[2]] == row[1] ? "yes" : "no"), "\(row)")
        }
        #expect(wide.map { Double($0[4])! } == wide.map { Double($0[4])! }.sorted(by: >))
        // Within the queue's budget: the links to confirm fill what the queued pairs leave of 5% of the
        // police records, the least certain first.
        let policeCount = Self.history.police.count, queued = wide.count - toConfirm.count
        #expect(toConfirm.count <= max(0, Int(LinkOptions.reviewBudget * Double(policeCount)) - queued))
        let unlisted = try Self.linksCSV(cli).filter {
            $0[1] == "police" && $0[0].hasPrefix("cst:") && $0[5] == "linked" && Double($0[4])! < 0.9
                && !toConfirm.map { $0[2] }.contains($0[2])
        }
        for row in unlisted {
            #expect(toConfirm.allSatisfy { Double($0[3])! <= Double(row[4])! + 0.0005 }, "\(row)")
        }
        // By default any automatic link may be listed: the least certain fill the whole budget the queued
        // pairs leave, where those under 0.6 (the default until 2026-12-02) left some of it unused.
        let standard = try queue(), budget = Int(LinkOptions.reviewBudget * Double(policeCount))
        #expect(budget < queued + before.count)
        #expect(standard.count == budget, "\(standard.count) of \(budget)")
        #expect(try queue(["--confirm-below", "0.6"]).count < budget)
        let (id, own, police) = (toConfirm[0][0], toConfirm[0][1], toConfirm[0][2])
        let skipped = try cli.run(["review", "--skip", id])
        #expect(
            skipped.status == 0 && skipped.out.contains("skipped; now linked"), "\(skipped.out)\(skipped.err)")
        // A threshold that is no probability is refused, not read as "every link" or "none".
        for bad in ["1.5", "-0.1", "nan"] {
            #expect(try cli.run(["review", "--list", "--confirm-below", bad]).status != 0)
        }
        // Two decisions on one pair, or a decision with --list, are refused before anything is decided
        // (a stranger's attack: both were applied in turn, or the list was silently not printed).
        for contradictory in [
            ["--accept", id, "--reject", id], ["--skip", id, "--skip", id], ["--list", "--reject", id],
        ] {
            let refused = try cli.run(["review"] + contradictory)
            #expect(refused.status != 0, "\(contradictory)")
            #expect(refused.err.contains("pair \(id) is given more than one") || refused.err.contains("--list lists"))
            #expect(try linkedTo()[police] == own, "\(contradictory) decided nothing")
        }
        #expect(try linkedTo()[police] == own)
        let undone = try cli.run(["review", "--reject", id, "--note", "tester"])
        #expect(undone.status == 0 && undone.out.contains("now rejected"), "\(undone.out)\(undone.err)")
        #expect(try linkedTo()[police] != own)
        // The decision corrected the summaries (the daily one by the two records whose standing changed).
        let check = try cli.run(["check"])
        #expect(check.status == 0, "\(check.out)\(check.err)")
        #expect(try !queue(["--confirm-below", "0.9"]).contains { $0[0] == id })
        #expect(try cli.run(["link"]).status == 0)
        #expect(try linkedTo()[police] != own, "the decision survives a new run")
    }

    /// A surge (13× the daily rate): more doubtful pairs than 5% of the police records.
    static let surge = DemoHistory(seed: 11, first: CivilDate(iso: "2023-10-07")!, last: CivilDate(iso: "2023-12-31")!)

    /// A fresh database with the surge's feeds imported and linked, and what `link` printed.
    static func surgeLinked() throws -> (CLI, CLI.Result) {
        let cli = try CLI()
        do {
            for (name, records) in [("cst.csv", surge.own), ("police.csv", surge.police)] {
                var writer = try IncidentCSVWriter(path: cli.path(name), personalData: .include)
                for record in records { try writer.write(record) }
                try writer.close()
            }
            #expect(try cli.run(["import", "cst.csv"]).status == 0)
            #expect(try cli.run(["import", "police.csv"]).status == 0)
            return (cli, try cli.run(["link"]))
        } catch {
            cli.cleanUp()
            throw error
        }
    }

    @Test(
        """
        when the budget is short, the queued pairs least likely to be matches wait behind doubtful automatic links, \
        link and review say how many wait, and a decision makes room for the next
        """
    )
    func queuedPairsWaitBehindDoubtfulLinks() throws {
        let (cli, linked) = try Self.surgeLinked()
        defer { cli.cleanUp() }
        func queue(_ extra: [String] = []) throws -> [[String]] {
            try cli.run(["review", "--list", "--format", "csv"] + extra).out.split(separator: "\n").dropFirst().map {
                $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            }
        }
        // With no links to confirm, every queued pair is listed.
        let allQueued = try queue(["--confirm-below", "0"]), listed = try queue()
        let budget = Int(LinkOptions.reviewBudget * Double(Self.surge.police.count))
        #expect(listed.count == max(budget, allQueued.count))
        let waiting = allQueued.filter { row in !listed.contains { $0[0] == row[0] } }
        try #require(!waiting.isEmpty, "the surge has more doubtful pairs than the budget")
        let least = listed.map { Double($0[4])! }.min()!
        #expect(waiting.allSatisfy { Double($0[4])! <= least + 0.0005 }, "\(waiting) against \(least)")
        #expect(listed.contains { $0[5] == "yes" && Double($0[4])! > Double(waiting[0][4])! + 0.0005 })
        #expect(linked.out.contains("the others wait until decisions make room"), "\(linked.out)")
        let text = try cli.run(["review", "--list"]).out
        #expect(text.contains("\(waiting.count) more queued pairs, less useful, wait until decisions make room"))
        // A decision makes room: accepting a listed queued pair whose records have no other stored pair (so
        // that nothing else is superseded, and no record's next candidate comes in) lets the next most useful
        // decision join the queue: the most useful of the waiting pairs, or a link to confirm more useful still.
        let best = waiting.max { Double($0[4])! < Double($1[4])! }!
        let stored = try cli.store(writes: false).linkPairs()
        func alone(_ row: [String]) -> Bool {
            stored.filter { $0.own.reference == row[1] || $0.police.reference == row[2] }.count == 1
        }
        let decided = try #require(
            listed.first { $0[5] == "no" && $0[1] != best[1] && $0[2] != best[2] && alone($0) })
        #expect(try cli.run(["review", "--accept", decided[0]]).status == 0)
        let after = try queue()
        #expect(!after.contains { $0[0] == decided[0] })
        #expect(after.count == listed.count)
        let joined = after.filter { row in !listed.contains { $0[0] == row[0] } }
        #expect(joined.count == 1, "\(joined)")
        if let next = joined.first, next[0] != best[0] {
            #expect(next[5] == "yes" && Double(next[4])! >= Double(best[4])!, "\(next) against \(best)")
        }
    }
}
