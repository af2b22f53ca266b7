import DemoData
import Foundation
import IncidentModel
import IncidentStore
import Intake
import Linkage
import Redaction
import Statistics

#if canImport(Glibc)
import Glibc
#endif

// Linkage: the exchange histories, quality against known pairs, labelled sets, speed.

/// The exchange benchmark's data: the research team's records (`own` of them, the demo's model
/// scaled up over 2019–2025) and `police` police records: the police copies of some of those
/// (with the truth kept), topped up with police records of incidents the team never heard of.
func exchangeHistory(own: Int, police: Int, firstYear: Int = 2019) -> (
    own: [Incident], police: [Incident], truth: [String: String]
) {
    let first = CivilDate(year: firstYear, month: 1, day: 1)!, last = CivilDate(iso: "2025-12-31")!
    // The demo's model gives about 22,700 records of the team in 2019–2025 at scale 1; the years
    // before 2019 are quieter, so a longer history is scaled up more to reach the same count.
    let scale = Double(own) / 22_700 * (firstYear == 2019 ? 1 : 2.2 * 7 / Double(2026 - firstYear))
    let history = DemoHistory(seed: 3, first: first, last: last, scale: scale)
    let ownRecords = Array(history.own.prefix(own))
    let kept = Set(ownRecords.map(\.reference))
    var policeRecords = history.police.filter { history.truth[$0.reference].map(kept.contains) ?? true }
    let extra = DemoHistory(seed: 4, first: first, last: last, scale: scale)
    for var record in extra.police where policeRecords.count < police {
        record.reference = "PX-ONLY-" + record.reference
        policeRecords.append(record)
    }
    return (ownRecords, Array(policeRecords.prefix(police)), history.truth.filter { kept.contains($0.value) })
}

/// Precision and recall of linkage at the default thresholds, against a known truth (police
/// reference → the team's reference), with the review queue and the reliability of the probabilities.
@discardableResult
func linkageQuality(_ label: String, own: [Incident], police: [Incident], truth: [String: String], quiet: Bool = false)
    -> LinkQuality
{
    let p = police.enumerated().map { LinkRecord($1, id: Int64($0)) },
        o = own.enumerated().map { LinkRecord($1, id: Int64(1_000_000 + $0)) }
    return linkageQuality(label, police: p, own: o, truth: truth, quiet: quiet)
}

/// What one linkage run got right and wrong at the default thresholds.
struct LinkQuality {
    var tp = 0, fp = 0, matches = 0, queued = 0, queuedTrue = 0
    /// Kept pairs by predicted probability band: (pairs, summed probability, true pairs).
    var bands = [(n: Int, p: Double, t: Int)](repeating: (0, 0, 0), count: LinkQuality.cuts.count)
    static let cuts = [0.15, 0.3, 0.5, 0.7, 0.9, 0.99]

    static func + (a: LinkQuality, b: LinkQuality) -> LinkQuality {
        var c = a
        c.tp += b.tp; c.fp += b.fp; c.matches += b.matches; c.queued += b.queued; c.queuedTrue += b.queuedTrue
        for k in c.bands.indices {
            c.bands[k] = (a.bands[k].n + b.bands[k].n, a.bands[k].p + b.bands[k].p, a.bands[k].t + b.bands[k].t)
        }
        return c
    }
    var precision: Double { Double(tp) / Double(max(tp + fp, 1)) }
    var recall: Double { Double(tp) / Double(max(matches, 1)) }
    var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
    /// After a person decides every queued pair correctly: the true ones link, the others do not.
    var f1AfterReview: Double {
        let tp2 = tp + queuedTrue, p2 = Double(tp2) / Double(max(tp + fp + queuedTrue, 1)),
            r2 = Double(tp2) / Double(max(matches, 1))
        return p2 + r2 > 0 ? 2 * p2 * r2 / (p2 + r2) : 0
    }
    /// The reliability table: each band of predicted probability, its pairs, mean prediction and observed share of true
    /// pairs.
    var reliability: String {
        LinkQuality.cuts.indices.compactMap { k in
            let b = bands[k]
            guard b.n > 0 else { return nil }
            let upper = k + 1 < LinkQuality.cuts.count ? String(format: "%.2f", LinkQuality.cuts[k + 1]) : "1"
            return String(
                format: "[%.2f, %@): %d pairs, predicted %.2f, observed %.2f", LinkQuality.cuts[k], upper as NSString,
                b.n, b.p / Double(b.n), Double(b.t) / Double(b.n))
        }.joined(separator: "; ")
    }
}

func linkageQuality(
    _ label: String, police p: [LinkRecord], own o: [LinkRecord], truth: [String: String], quiet: Bool = false
) -> LinkQuality {
    let linker = Linker()
    let scored = linker.score(police: p, own: o)
    let states = LinkAssignment.assign(
        scored.pairs.map { (key: $0.police << 32 | $0.own, probability: $0.probability, decision: nil) },
        linkAbove: linker.options.linkAbove, police: { scored.pairs[$0].police }, own: { scored.pairs[$0].own },
        campaign: { scored.pairs[$0].campaign })
    var q = LinkQuality()
    for (pair, state) in zip(scored.pairs, states) {
        let isTrue = truth[p[pair.police].reference] == o[pair.own].reference
        if state == .linked { if isTrue { q.tp += 1 } else { q.fp += 1 } }
        if state == .queued { q.queued += 1; if isTrue { q.queuedTrue += 1 } }
        if let k = LinkQuality.cuts.lastIndex(where: { pair.probability >= $0 }) {
            q.bands[k].n += 1; q.bands[k].p += pair.probability; if isTrue { q.bands[k].t += 1 }
        }
    }
    q.matches = p.filter { truth[$0.reference] != nil }.count
    if !quiet { printQuality(label, q, police: p.count) }
    return q
}

/// Linkage quality on a labelled folder (cst.csv, police.csv, truth.csv with cst_reference,police_reference),
/// imported with `incidents` into a scratch database.
func labelledQuality(_ folder: String, scratch: String, incidents: String) throws {
    let (police, own, truth) = try labelledRecords(folder, scratch: scratch, incidents: incidents)
    linkageQuality(folder, police: police, own: own, truth: truth)
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
            _ = measure(
                incidents,
                [
                    "import", (folder as NSString).appendingPathComponent(name), "--source", source, "--today",
                    "2099-12-31", "--database", database,
                ])
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
/// failures are read beside the records with a script). Prints the quality line too.
func labelledPairs(_ folder: String, cache: String, out: String, incidents: String) throws {
    try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
    let (p, o, truth) = try labelledRecords(folder, scratch: cache, incidents: incidents, reuse: true)
    let linker = Linker()
    let clock = ContinuousClock(), start = clock.now
    let scored = linker.score(police: p, own: o)
    let seconds = clock.now - start
    let states = LinkAssignment.assign(
        scored.pairs.map { (key: $0.police << 32 | $0.own, probability: $0.probability, decision: nil) },
        linkAbove: linker.options.linkAbove, police: { scored.pairs[$0].police }, own: { scored.pairs[$0].own },
        campaign: { scored.pairs[$0].campaign })
    var lines = [
        "police_reference,cst_reference,state,probability,weight,competition,campaign,truth,"
            + LinkField.allCases.map {
                $0.name.replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "'", with: "")
            }.joined(separator: ",")
    ]
    var seen = Set<String>()
    func line(
        _ i: Int, _ j: Int, _ state: String, _ probability: Double, _ weight: Double, _ competition: Double,
        _ campaign: Int?, _ pattern: ComparisonPattern
    ) {
        let isTrue = truth[p[i].reference] == o[j].reference
        seen.insert(p[i].reference + "|" + o[j].reference)
        lines.append(
            [
                p[i].reference, o[j].reference, state, String(format: "%.4f", probability),
                String(format: "%.2f", weight), String(format: "%.2f", competition),
                campaign.map(String.init) ?? "", isTrue ? "1" : "0",
            ].joined(separator: ",") + "," + pattern.levels.map { $0.map(String.init) ?? "" }.joined(separator: ","))
    }
    for (pair, state) in zip(scored.pairs, states) {
        line(
            pair.police, pair.own, state.rawValue, pair.probability, pair.weight, pair.competition, pair.campaign,
            pair.pattern)
    }
    let ownIndex = Dictionary(uniqueKeysWithValues: o.enumerated().map { ($1.reference, $0) })
    // The true pairs not kept, as the run compared them (every pair kept at review threshold 0).
    let all = Linker(
        options: LinkOptions(
            linkAbove: linker.options.linkAbove, reviewAbove: 0, windowDays: linker.options.windowDays,
            reportedWithinDays: linker.options.reportedWithinDays)
    ).score(police: p, own: o)
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
    if CommandLine.arguments.contains("--show-model") {
        // Each level's m (estimated), the share among the true pairs compared (what m should be), u and the weight.
        var trueLevels = LinkField.allCases.map { [Int](repeating: 0, count: $0.levels.count) }
        for (i, record) in p.enumerated() {
            guard let partner = truth[record.reference], let j = ownIndex[partner] else { continue }
            for (f, level) in linker.compare(record, o[j]).levels.enumerated() {
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

/// One line of linkage quality: precision, recall, F1 and the review queue, then the reliability table.
func printQuality(_ label: String, _ q: LinkQuality, police: Int) {
    print(
        String(
            format:
                """
                  %-58@ precision %.3f, recall %.3f, F1 %.3f (%d true matches; %d linked, %d wrongly); review queue %d \
                pairs (%d true; %.1f%% of %d police records); F1 after review %.3f
                """,
            label as NSString, q.precision, q.recall, q.f1, q.matches, q.tp + q.fp, q.fp, q.queued, q.queuedTrue,
            100 * Double(q.queued) / Double(max(police, 1)), police, q.f1AfterReview))
    print("      reliability (kept pairs by predicted probability → observed share true): " + q.reliability)
}

func exchangeBenchmarks(folder: String, incidents: String, me: String) throws {
    redactionQuality(dev: option("--redaction-dev"))
    linkageQualityBenchmarks()

    // Speed: 100,000 own records against 50,000 police records, the whole `incidents link` as a process.
    let dataFolder = (folder as NSString).appendingPathComponent("exchange")
    try FileManager.default.createDirectory(atPath: dataFolder, withIntermediateDirectories: true)
    _ = measure(me, ["generate-exchange", "--out", dataFolder])
    let database = (dataFolder as NSString).appendingPathComponent("exchange.sqlite")
    ensureKey(incidents, database)
    for name in ["own.csv", "police.csv"] {
        _ = measure(
            incidents, ["import", (dataFolder as NSString).appendingPathComponent(name), "--database", database])
    }
    let store = try IncidentStore(
        path: database, options: .init(writes: false, keys: try KeyRing.load(path: database + ".key")))
    let (police, own) = try store.linkRecords()
    let run = measure(incidents, ["link", "--database", database])
    let rerun = measure(incidents, ["link", "--database", database])
    print(
        String(
            format:
                """
                linkage speed: `incidents link`, %@ own records against %@ police records: %.2f s wall, peak memory \
                %.0f MB, exit %d; again (pairs and decisions kept): %.2f s, %.0f MB (target ≤ 10 s, ≤ 1 GB)
                """,
            own.count.grouped as NSString, police.count.grouped as NSString, run.seconds, run.peakMB, run.status,
            rerun.seconds, rerun.peakMB))
    let data = exchangeHistory(own: 100_000, police: 50_000)
    linkageQuality(
        "the same 100,000 × 50,000 (dense: every year at 4.4× the demo's rate)", own: data.own, police: data.police,
        truth: data.truth)
}

/// Each scenario on three independently drawn histories (seeds 11, 12, 13): the pooled
/// precision and recall, then each history's.
func linkageQualityBenchmarks() {
    print(
        """
        linkage quality at the defaults (link ≥ \(LinkOptions.standard.linkAbove), review ≥ \
        \(LinkOptions.standard.reviewAbove), window \(LinkOptions.standard.windowDays) days) (target ≥ 0.95 both); \
        three histories each (seeds 11, 12, 13), pooled:
        """
    )
    for (label, first, last) in [
        ("an ordinary half-year (2025-H1)", "2025-01-01", "2025-06-30"),
        ("an ordinary year (2019)", "2019-01-01", "2019-12-31"),
        ("a surge: 13× the daily rate (2023-10-07..2023-12-31)", "2023-10-07", "2023-12-31"),
    ] {
        var pooled = LinkQuality(), policeCount = 0
        var each: [String] = []
        for seed: UInt64 in [11, 12, 13] {
            let h = DemoHistory(seed: seed, first: CivilDate(iso: first)!, last: CivilDate(iso: last)!)
            let r = linkageQuality(label, own: h.own, police: h.police, truth: h.truth, quiet: true)
            pooled = pooled + r
            policeCount += h.police.count
            each.append(String(format: "P %.3f R %.3f F1 %.3f queue %d", r.precision, r.recall, r.f1, r.queued))
        }
        printQuality(label, pooled, police: policeCount)
        print("      each history: " + each.joined(separator: "; "))
    }
}

/// `--diagnose`: the fitted model and, beside it, each level's share among the true pairs (what
/// m should be); how each wrong or missed pair ranks among its records' candidates; then up to
/// `limit` wrongly linked (FP) and missed (FN) pairs, each with its terms. The levels shown come from comparing the
/// pair alone (`Linker.compare`, without the run's term weights), so the description level can differ from the run's.
func diagnose(own: [Incident], police: [Incident], truth: [String: String], limit: Int) {
    let p = police.enumerated().map { LinkRecord($1, id: Int64($0)) },
        o = own.enumerated().map { LinkRecord($1, id: Int64(1_000_000 + $0)) }
    let linker = Linker()
    let scored = linker.score(police: p, own: o)
    let states = LinkAssignment.assign(
        scored.pairs.map { (key: $0.police << 32 | $0.own, probability: $0.probability, decision: nil) },
        linkAbove: linker.options.linkAbove, police: { scored.pairs[$0].police }, own: { scored.pairs[$0].own },
        campaign: { scored.pairs[$0].campaign })
    for field in LinkField.allCases {
        print(
            field.name + ": "
                + field.levels.indices.map {
                    String(
                        format: "%@ m %.3f u %.4f w %+.2f", field.levels[$0] as NSString,
                        scored.model.m[field.rawValue][$0], scored.model.u[field.rawValue][$0],
                        scored.model.weight(field, level: $0))
                }.joined(separator: "; "))
    }
    print(String(format: "prior %.5f", scored.model.prior))
    // The levels' frequencies among the true pairs (what m should be), from every compared pair.
    let all = Linker(options: LinkOptions(linkAbove: 0.5, reviewAbove: 0, windowDays: LinkOptions.standard.windowDays))
        .score(police: p, own: o)
    var trueLevels = LinkField.allCases.map { [Int](repeating: 0, count: $0.levels.count) }
    var trueCount = 0
    for pair in all.pairs where truth[p[pair.police].reference] == o[pair.own].reference {
        trueCount += 1
        for (f, level) in pair.pattern.levels.enumerated() { if let level { trueLevels[f][level] += 1 } }
    }
    print("true pairs compared: \(trueCount)")
    for field in LinkField.allCases {
        let row = trueLevels[field.rawValue], n = max(row.reduce(0, +), 1)
        print(
            "  empirical m " + field.name + ": "
                + row.map { String(format: "%.3f", Double($0) / Double(n)) }.joined(separator: " ") + " (n \(n))")
    }
    let ownIndex = Dictionary(uniqueKeysWithValues: o.enumerated().map { ($1.reference, $0) })
    func show(_ tag: String, _ pi: Int, _ oi: Int, _ prob: Double?) {
        let pattern = linker.compare(p[pi], o[oi])
        let levels = zip(LinkField.allCases, pattern.levels).map { "\($0.name)=\($1.map(String.init) ?? "-")" }.joined(
            separator: " ")
        print("\(tag) p=\(prob.map { String(format: "%.3f", $0) } ?? "n/a") \(levels)")
        print(
            """
               TERMS P: \
            \(DescriptionText.terms(of: p[pi].description ?? "", gazetteer: .bundled).joined(separator: " "))
            """
        )
        print(
            """
               TERMS O: \
            \(DescriptionText.terms(of: o[oi].description ?? "", gazetteer: .bundled).joined(separator: " "))
            """
        )
        print(
            """
               POLICE \(p[pi].date) \(p[pi].policeForce?.rawValue ?? "-") \(p[pi].location ?? "-") \
            \(p[pi].postcodeDistrict ?? "-") \(p[pi].category?.rawValue ?? "-"): \(p[pi].description ?? "")
            """
        )
        print(
            """
               OWN    \(o[oi].date) \(o[oi].policeForce?.rawValue ?? "-") \(o[oi].location ?? "-") \
            \(o[oi].postcodeDistrict ?? "-") \(o[oi].category?.rawValue ?? "-"): \(o[oi].description ?? "")
            """
        )
    }
    var fp = 0
    var linkedPolice = Set<Int>()
    for (pair, state) in zip(scored.pairs, states) where state == .linked {
        linkedPolice.insert(pair.police)
        let isTrue = truth[p[pair.police].reference] == o[pair.own].reference
        if !isTrue && fp < limit {
            fp += 1
            show("FP", pair.police, pair.own, pair.probability)
            if let t = truth[p[pair.police].reference], let ti = ownIndex[t] {
                show(
                    "   (truth)", pair.police, ti,
                    scored.pairs.first { $0.police == pair.police && $0.own == ti }?.probability)
            }
        }
    }
    // How the missed true pairs rank among their records' candidates by their own weight
    // (before the one-partner rule): mutual best, and the margin to the runner-up.
    var bestPolice: [Int: Double] = [:], bestOwn: [Int: Double] = [:]
    var secondPolice: [Int: Double] = [:], secondOwn: [Int: Double] = [:]
    for pair in scored.pairs {
        let w = pair.weight - pair.competition
        if w > bestPolice[pair.police, default: -.infinity] {
            secondPolice[pair.police] = bestPolice[pair.police]; bestPolice[pair.police] = w
        } else if w > secondPolice[pair.police, default: -.infinity] {
            secondPolice[pair.police] = w
        }
        if w > bestOwn[pair.own, default: -.infinity] {
            secondOwn[pair.own] = bestOwn[pair.own]; bestOwn[pair.own] = w
        } else if w > secondOwn[pair.own, default: -.infinity] {
            secondOwn[pair.own] = w
        }
    }
    var rankLines: [String] = []
    for (pair, state) in zip(scored.pairs, states) {
        let isTrue = truth[p[pair.police].reference] == o[pair.own].reference
        guard (isTrue && state != .linked) || (!isTrue && state == .linked) else { continue }
        let w = pair.weight - pair.competition
        let mutual = w >= bestPolice[pair.police]! && w >= bestOwn[pair.own]!
        let margin = min(w - (secondPolice[pair.police] ?? -30), w - (secondOwn[pair.own] ?? -30))
        rankLines.append(
            String(
                format: "%@ %@ w %.1f p %.2f mutual best %@ margin %.1f", isTrue ? "FN" : "FP", state.rawValue, w,
                pair.probability, mutual ? "yes" : "no ", mutual ? margin : 0))
    }
    print(rankLines.sorted().joined(separator: "\n"))
    var fn = 0
    for (pi, record) in p.enumerated() where fn < limit {
        guard let t = truth[record.reference], let ti = ownIndex[t] else { continue }
        let linkedRight = zip(scored.pairs, states).contains { $0.police == pi && $0.own == ti && $1 == .linked }
        if !linkedRight && !linkedPolice.contains(pi) {
            fn += 1
            let kept = scored.pairs.first { $0.police == pi && $0.own == ti }
            show(
                "FN competition \(kept.map { String(format: "%.2f", $0.competition) } ?? "-")", pi, ti,
                kept?.probability)
            if let kept, kept.competition < -5 {
                for other in scored.pairs
                where (other.police == pi) != (other.own == ti) && (other.police == pi || other.own == ti)
                    && other.weight > kept.weight - 6
                {
                    show(
                        """
                           competitor w=\(String(format: "%.1f", other.weight)) (this \
                        \(String(format: "%.1f", kept.weight)))
                        """,
                        other.police, other.own, other.probability)
                }
            }
        }
    }
}
