import ArgumentParser
import Figures
import Foundation
import IncidentModel
import IncidentStore
import Intake
import Linkage
import SafeOutput

/// `incidents link`: compares the police exchange with the research team's records.
struct LinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Find the police exchange records that describe incidents already in the research team's records.",
        discussion: """
            Each police record is compared with the team's records dated within --window days \
            (and, when their places agree, up to --reported-within days before it: the police \
            often record the date an incident was reported) in the same or a neighbouring force area, on date, place \
            (through the bundled gazetteer), \
            category, victim type, method and description. Match weights (Fellegi–Sunter) are \
            estimated from the data by EM. Pairs at or above --link-above link; pairs between \
            --review-above and --link-above wait in `incidents review`. Linked records form groups \
            that count once. Decisions made in review are kept and applied on every run.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "Link pairs whose match probability is at least this (0–1).")
    var linkAbove: Double = LinkOptions.standard.linkAbove

    @Option(help: "Queue pairs for review whose match probability is at least this (0–1).")
    var reviewAbove: Double = LinkOptions.standard.reviewAbove

    @Option(help: "Compare records up to this many days apart (a slip of the date either way).")
    var window: Int = LinkOptions.standard.windowDays

    @Option(
        help:
            """
            Also compare police records dated up to this many days after the team's (the police often record the date \
            an incident was reported); beyond --window, only when their places agree. By default \
            \(LinkOptions.standardReportedWithin.days), widened to \(LinkOptions.standardReportedWithin.whenLate) when \
            the records show the police dating by report (over 3% of matches, and 20 pairs, 8 or more days late, \
            beyond those as many days early).
            """
    )
    var reportedWithin: Int?

    @Flag(
        help: """
            Weigh down the patterns that the team's own different incidents often share (same day, place, category, \
            victim type, street): better calibrated probabilities on independent data, at some cost in recall where \
            the team records one campaign or repeat incident by household (see the README).
            """
    )
    var lookAlikes = false

    @Flag(help: "Print the estimated match weights of every field and level.")
    var showModel = false

    mutating func validate() throws {
        guard (0...1).contains(linkAbove), (0...1).contains(reviewAbove) else {
            throw ValidationError("--link-above and --review-above are probabilities between 0 and 1")
        }
        guard reviewAbove <= linkAbove else {
            throw ValidationError("--review-above (\(reviewAbove)) must not be above --link-above (\(linkAbove))")
        }
        guard (0...14).contains(window) else { throw ValidationError("--window must be 0 to 14 days") }
        if let reportedWithin, !(window...60).contains(reportedWithin) {
            throw ValidationError("--reported-within must be --window (\(window)) to 60 days")
        }
    }

    mutating func run() throws {
        let started = ContinuousClock.now
        var store = try global.openStoreWithKeys()
        var (police, own, version, fingerprint) = try store.linkRecordsAndVersion()
        let loaded = ContinuousClock.now
        guard !police.isEmpty, !own.isEmpty else {
            print(
                """
                Nothing to link: \(police.count.grouped) police exchange records and \(own.count.grouped) of the \
                team's own. Import both first (`incidents import FILE.csv --source police`).
                """
            )
            return
        }
        var options = LinkOptions(
            linkAbove: linkAbove, reviewAbove: reviewAbove, windowDays: window, reportedWithinDays: reportedWithin)
        options.lookAlikes = lookAlikes
        // Another command may commit while this one scores (an import, an erasure): the run is
        // then not saved, and is made again from the records as they are now.
        var summary: LinkRunSummary?
        for attempt in 1...LinkCommand.attempts {
            do {
                summary = try LinkCommand.link(
                    store, police: police, own: own, options: options, read: (version, fingerprint))
                break
            } catch let error as StoreError
                where (error.kind == .stale || error.kind == .rekeyed) && attempt < LinkCommand.attempts
            {
                FileHandle.standardError.write(
                    Data("The records changed while they were being linked; linking again.\n".utf8))
                // Opened again, with the key file as it is now (a rotation may have re-sealed them).
                store = try global.openStoreWithKeys()
                (police, own, version, fingerprint) = try store.linkRecordsAndVersion()
            }
        }
        guard let summary else { throw CLIError("the records kept changing while they were being linked") }
        let linked = ContinuousClock.now
        // (Counted only: the summary needs no pair's reasons.)
        let queue = try store.reviewQueue(reasons: false)
        if PhaseTiming.isEnabled {
            FileHandle.standardError.write(
                Data("load \(loaded - started), queue \(ContinuousClock.now - linked)\n".utf8))
        }
        print(
            LinkCommand.describe(
                summary, police: police.count, own: own.count, options: options, queue: queue))
        if showModel {
            print("")
            print(LinkCommand.describe(summary.model))
        }
    }

    /// How many times a run is made when other commands keep changing the records meanwhile.
    static let attempts = 3

    /// Scores, stores and regroups: one run. With `read` (the database's version and the rows'
    /// fingerprint when the records were read), nothing is saved if another command has changed
    /// them since (a `stale` `StoreError`).
    static func link(
        _ store: IncidentStore, police: [LinkRecord], own: [LinkRecord], options: LinkOptions,
        read: (version: Int, fingerprint: UInt64)? = nil
    ) throws -> LinkRunSummary {
        let linker = Linker(options: options)
        let t0 = ContinuousClock.now
        let scored = linker.score(police: police, own: own)
        let t1 = ContinuousClock.now
        let verdicts = linker.verdicts(scored)
        let t2 = ContinuousClock.now
        var summary = try store.saveLinkRun(
            verdicts, model: scored.model, compared: scored.compared, options: options,
            police: police, own: own, at: Clock.timestamp(), readVersion: read?.version,
            readFingerprint: read?.fingerprint
        ) { p, o in
            linker.verdict(police: police[p], at: p, own: own[o], at: o, model: scored.model)
        }
        summary.reportedWithinDays = scored.reportedWithinDays
        summary.reportedLate = scored.reportedLate
        if PhaseTiming.isEnabled {
            let phases = scored.phases.map { "\($0.name) \($0.duration)" }.joined(separator: ", ")
            FileHandle.standardError.write(
                Data(
                    """
                    score \(t1 - t0) (\(phases)), verdicts \(t2 - t1), save \(ContinuousClock.now - t2), \
                    pairs kept \(scored.pairs.count), EM iterations \(scored.model.iterations)\n
                    """
                    .utf8))
        }
        return summary
    }

    /// What a run did; `queue`: the review queue it leaves (`IncidentStore.reviewQueue`).
    static func describe(
        _ summary: LinkRunSummary, police: Int, own: Int, options: LinkOptions, queue: [StoredPair] = []
    ) -> String {
        let toConfirm = queue.filter(\.isToConfirm).count, listedQueued = queue.count - toConfirm
        let confirming =
            switch (toConfirm > 0, listedQueued < summary.queued) {
            case (false, false): ""
            case (true, false):
                toConfirm == 1
                    ? ", which also lists the least certain automatic link to confirm or undo"
                    : ", which also lists the \(toConfirm.grouped) least certain automatic links to confirm or undo"
            case (_, true):
                """
                , which lists the \(queue.count.grouped) decision\(queue.count == 1 ? "" : "s") that would change \
                the figures most: \(listedQueued.grouped) of these and \(toConfirm.grouped) automatic \
                link\(toConfirm == 1 ? "" : "s") to confirm or undo; the others wait until decisions make room
                """
            }
        return """
            Compared \(police.grouped) police records with \(own.grouped) of the team's own: \
            \(summary.compared.grouped) candidate pairs.
            Linked \(summary.linked.grouped) automatically (probability ≥ \(options.linkAbove)), \
            \(summary.accepted.grouped) by earlier decisions; \(summary.queued.grouped) wait for review \
            (`incidents review`\(confirming)); \
            \(summary.rejected.grouped) rejected earlier.
            \(summary.recordsGrouped.grouped) records form \(summary.groups.grouped) \
            incident\(summary.groups == 1 ? "" : "s") reported to both sources; each counts once.
            """ + widened(summary, options: options)
    }

    /// A line when the reporting delay compared was widened, else nothing.
    static func widened(_ summary: LinkRunSummary, options: LinkOptions) -> String {
        guard let days = summary.reportedWithinDays, let share = summary.reportedLate else { return "" }
        let late = String(format: "%.1f%%", 100 * share)
        return """
            \nThe police here date many records by when they were reported (\(late) of matches 8 or more days \
            late): police records up to \(days) days after the team's were compared, where places agree.
            """
    }

    static func describe(_ model: MatchModel) -> String {
        var table = TextTable(columns: ["field", "level", "m", "u", "weight (bits)"], rightAligned: [2, 3, 4])
        for field in LinkField.allCases {
            for (i, level) in field.levels.enumerated() {
                table.add([
                    i == 0 ? field.name : "", level, String(format: "%.3f", model.m[field.rawValue][i]),
                    String(format: "%.3f", model.u[field.rawValue][i]),
                    String(format: "%+.2f", model.weight(field, level: i)),
                ])
            }
        }
        return table.render()
            + """
            \nPrior share of compared pairs that match: \(String(format: "%.4f", model.prior)) \
            (\(String(format: "%+.2f", log2(model.prior / (1 - model.prior)))) bits)
            """
    }
}

/// `incidents links`: every record with the deduplicated incident it belongs to.
struct LinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: "List every record with the deduplicated incident it belongs to.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "text or csv (columns incident_id,source,reference,date,score,decision).")
    var format: String = "text"

    @Option(help: "Only records dated in this period.", transform: CommandSupport.period)
    var period: Period?

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    @OptionGroup var output: ForceOption

    mutating func run() throws {
        guard ["text", "csv"].contains(format) else { throw ValidationError("--format must be text or csv") }
        let protection = global.protection(force: output.force)
        if let out { do { try OutputFile.check(out, protection: protection) } catch { throw error.cli } }
        let store = try global.openExistingStore()
        let range = period.map { ($0.start, $0.end) }
        var lines: [String] = []
        if format == "csv" {
            lines.append(CSVFormat.line(["incident_id", "source", "reference", "date", "score", "decision"]))
        }
        var table = TextTable(
            columns: ["incident", "source", "reference", "date", "score", "decision"], rightAligned: [4])
        try store.linkMemberships(from: range?.0, to: range?.1) { m in
            let score = m.probability.map { String(format: "%.3f", $0) } ?? ""
            let decision = m.state.map { $0 == .accepted ? "accepted" : "linked" } ?? ""
            if format == "csv" {
                lines.append(
                    CSVFormat.line([
                        m.incident.description, m.record.source, m.record.reference, m.date, score, decision,
                    ]))
            } else {
                table.add([m.incident.description, m.record.source, m.record.reference, m.date, score, decision])
            }
        }
        let text = format == "csv" ? lines.joined() : table.render() + "\n"
        if let out {
            do { try OutputFile.write(Data(text.utf8), to: out, protection: protection) } catch { throw error.cli }
            print("Wrote \(out).")
        } else {
            print(text, terminator: "")
        }
    }
}
