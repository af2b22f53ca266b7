// Linkage quality on labelled folders from another generator (`--labelled`, `--labelled-pairs`).
import ArgumentParser
import Foundation
import IncidentModel
import IncidentStore
import Linkage

/// Linkage quality on a labelled folder (cst.csv, police.csv, truth.csv with cst_reference,police_reference),
/// imported with `incidents` into a scratch database.
func labelledQuality(_ folder: String, scratch: String, incidents: String) throws {
    let (police, own, truth) = try labelledRecords(folder, scratch: scratch, incidents: incidents)
    _ = linkageQuality(folder, police: police, own: own, truth: truth)
}

/// A labelled folder's records, imported with `incidents` into a database in `scratch` (kept
/// there and reused when `reuse`), and its truth (police reference → the team's reference).
func labelledRecords(_ folder: String, scratch: String, incidents: String, reuse: Bool = false) throws -> (
    police: [LinkRecord], own: [LinkRecord], truth: [String: String]
) {
    let database = (scratch as NSString).appendingPathComponent(
        "labelled-\((folder as NSString).lastPathComponent).sqlite")
    if !(reuse && FileManager.default.fileExists(atPath: database)) {
        for suffix in ["", ".key", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        ensureKey(incidents, database)
        for (name, source) in [("cst.csv", "cst"), ("police.csv", "police")] {
            let file = (folder as NSString).appendingPathComponent(name)
            let arguments = ["import", file, "--source", source, "--today", "2099-12-31", "--database", database]
            // A file the import refuses would be measured as an empty set (F1 0.000): stop instead,
            // and leave no half-imported database to be reused.
            guard measure(incidents, arguments).status == 0 else {
                for suffix in ["", ".key", "-wal", "-shm"] {
                    try? FileManager.default.removeItem(atPath: database + suffix)
                }
                throw ValidationError(
                    "\(file): `incidents import` refused it; run `\(incidents) \(arguments.joined(separator: " "))` "
                        + "to see the rows and fields at fault, fix them, and run again.")
            }
        }
    }
    let store = try IncidentStore(
        path: database, options: .init(writes: false, keys: try KeyRing.load(path: database + ".key")))
    let (police, own) = try store.linkRecords()
    let text = try String(contentsOfFile: (folder as NSString).appendingPathComponent("truth.csv"), encoding: .utf8)
    var truth: [String: String] = [:]
    for line in text.split(whereSeparator: \.isNewline).dropFirst() {
        let cells = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        if cells.count >= 2 { truth[cells[1]] = cells[0] }
    }
    return (police, own, truth)
}

/// `--labelled-pairs DIR --cache FOLDER --out FILE`: every kept pair and every true pair of a
/// labelled folder, with its state, probability and each field's level (a development aid: the
/// failures are read beside the records with a script). Prints the quality line too, and with
/// `showModel` (`--show-model`) the fitted model beside the true pairs' levels. With `compared`
/// (`--compared-out`), every compared pair is written there too, in the same columns, to study the
/// whole set of candidates (a supervised model's ceiling, say) rather than only the kept pairs.
func writeLabelledPairs(
    _ folder: String, cache: String, out: String, compared: String?, incidents: String, showModel: Bool
) throws {
    try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
    let (p, o, truth) = try labelledRecords(folder, scratch: cache, incidents: incidents, reuse: true)
    let clock = ContinuousClock(), start = clock.now
    let (linker, scored, states) = scoredAndAssigned(police: p, own: o)
    let seconds = clock.now - start
    var lines = [
        "police_reference,cst_reference,state,probability,weight,competition,campaign,truth,"
            + LinkField.allCases.map {
                $0.name.replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "'", with: "")
            }.joined(separator: ",")
    ]
    var seen = Set<String>()
    func row(
        _ i: Int, _ j: Int, _ state: String, _ probability: Double, _ weight: Double, _ competition: Double,
        _ campaign: Int?, _ pattern: ComparisonPattern
    ) -> String {
        let isTrue = truth[p[i].reference] == o[j].reference
        return [
            p[i].reference, o[j].reference, state, String(format: "%.4f", probability),
            String(format: "%.2f", weight), String(format: "%.2f", competition),
            campaign.map(String.init) ?? "", isTrue ? "1" : "0",
        ].joined(separator: ",") + "," + pattern.levels.map { $0.map(String.init) ?? "" }.joined(separator: ",")
    }
    func line(
        _ i: Int, _ j: Int, _ state: String, _ probability: Double, _ weight: Double, _ competition: Double,
        _ campaign: Int?, _ pattern: ComparisonPattern
    ) {
        seen.insert(p[i].reference + "|" + o[j].reference)
        lines.append(row(i, j, state, probability, weight, competition, campaign, pattern))
    }
    for (pair, state) in zip(scored.pairs, states) {
        line(
            pair.police, pair.own, state.rawValue, pair.probability, pair.weight, pair.competition, pair.campaign,
            pair.pattern)
    }
    let ownIndex = Dictionary(uniqueKeysWithValues: o.enumerated().map { ($1.reference, $0) })
    // The true pairs not kept, as the run compared them (every pair kept at review threshold 0).
    var everyPair = linker.options
    everyPair.reviewAbove = 0
    let all = Linker(options: everyPair).score(police: p, own: o)
    if let compared {
        let rows =
            [lines[0]]
            + all.pairs.map {
                row($0.police, $0.own, "compared", $0.probability, $0.weight, $0.competition, nil, $0.pattern)
            }
        try (rows.joined(separator: "\n") + "\n").write(toFile: compared, atomically: true, encoding: .utf8)
    }
    var allPairs: [Int: ScoredPair] = [:]
    for pair in all.pairs where truth[p[pair.police].reference] == o[pair.own].reference {
        allPairs[pair.police] = pair
    }
    for (i, record) in p.enumerated() {
        guard let partner = truth[record.reference], let j = ownIndex[partner],
            !seen.contains(record.reference + "|" + partner)
        else { continue }
        if let pair = allPairs[i], pair.own == j {
            line(i, j, "dropped", pair.probability, pair.weight, pair.competition, pair.campaign, pair.pattern)
        } else {
            let pattern = linker.compare(record, o[j])
            line(
                i, j, "uncompared", scored.model.probability(pattern.levels), scored.model.weight(pattern.levels), 0,
                nil, pattern)
        }
    }
    try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
    if showModel {
        // Each level's m (estimated), the share among the true pairs compared (what m should be), u and the weight.
        // The true pairs' levels as the run compared them (a description's terms are weighed over
        // the whole run: compared alone, its similarity differs); uncompared ones compared alone.
        var trueLevels = LinkField.allCases.map { [Int](repeating: 0, count: $0.levels.count) }
        for (i, record) in p.enumerated() {
            guard let partner = truth[record.reference], let j = ownIndex[partner] else { continue }
            let pattern = allPairs[i].flatMap { $0.own == j ? $0.pattern : nil } ?? linker.compare(record, o[j])
            for (f, level) in pattern.levels.enumerated() {
                if let level { trueLevels[f][level] += 1 }
            }
        }
        for field in LinkField.allCases {
            let n = Double(max(trueLevels[field.rawValue].reduce(0, +), 1))
            print(
                "  " + field.name + ": "
                    + field.levels.indices.map {
                        String(
                            format: "[%d] m %.3f (true %.3f) u %.4f w %+.2f", $0, scored.model.m[field.rawValue][$0],
                            Double(trueLevels[field.rawValue][$0]) / n, scored.model.u[field.rawValue][$0],
                            scored.model.weight(field, level: $0))
                    }.joined(separator: "; "))
        }
        print(String(format: "  prior %.5f, compared %d", scored.model.prior, scored.compared))
    }
    let q = linkageQuality(folder, police: p, own: o, truth: truth)
    print(
        String(
            format: "  score %.2f s; phases: ",
            Double(seconds.components.seconds) + Double(seconds.components.attoseconds) / 1e18)
            + scored.phases.map { "\($0.name) \($0.duration)" }.joined(separator: ", "))
    _ = q
}
