// Linkage quality: precision, recall and F1 at the default thresholds against a known truth, the
// review queue, and the reliability of the probabilities, on the demo's histories and the dense set.
import DemoData
import Foundation
import IncidentModel
import Linkage

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
    var tp = 0, fp = 0, matches = 0
    /// Queued pairs listed in the review queue, and the true ones; all the queued pairs (some may wait beyond
    /// the queue's budget).
    var queued = 0, queuedTrue = 0, waiting = 0
    /// Automatic links listed in the queue to confirm or undo, and the wrong ones.
    var toConfirm = 0, toConfirmWrong = 0
    /// Kept pairs by predicted probability band: (pairs, summed probability, true pairs).
    var bands = [(n: Int, p: Double, t: Int)](repeating: (0, 0, 0), count: LinkQuality.cuts.count)
    static let cuts = [0.15, 0.3, 0.5, 0.7, 0.9, 0.99]

    static func + (a: LinkQuality, b: LinkQuality) -> LinkQuality {
        var c = a
        c.tp += b.tp; c.fp += b.fp; c.matches += b.matches; c.queued += b.queued; c.queuedTrue += b.queuedTrue
        c.waiting += b.waiting
        c.toConfirm += b.toConfirm; c.toConfirmWrong += b.toConfirmWrong
        for k in c.bands.indices {
            c.bands[k] = (a.bands[k].n + b.bands[k].n, a.bands[k].p + b.bands[k].p, a.bands[k].t + b.bands[k].t)
        }
        return c
    }
    var precision: Double { Double(tp) / Double(max(tp + fp, 1)) }
    var recall: Double { Double(tp) / Double(max(matches, 1)) }
    var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
    /// The review queue: the queued pairs and the automatic links to confirm.
    var queue: Int { queued + toConfirm }
    /// After a person decides every pair of the queue correctly: the true ones link, the others do not (an
    /// automatic link to confirm that is wrong is undone).
    var f1AfterReview: Double {
        let tp2 = tp + queuedTrue, p2 = Double(tp2) / Double(max(tp + fp - toConfirmWrong + queuedTrue, 1)),
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
    let (_, scored, states) = scoredAndAssigned(police: p, own: o)
    var q = LinkQuality()
    for (pair, state) in zip(scored.pairs, states) {
        let isTrue = truth[p[pair.police].reference] == o[pair.own].reference
        if state == .linked { if isTrue { q.tp += 1 } else { q.fp += 1 } }
        if let k = LinkQuality.cuts.lastIndex(where: { pair.probability >= $0 }) {
            q.bands[k].n += 1; q.bands[k].p += pair.probability; if isTrue { q.bands[k].t += 1 }
        }
    }
    // The queue as the store lists it: of the queued pairs and the automatic links, the budget's worth.
    let queued = zip(scored.pairs, states).filter { $1 == .queued }.map(\.0)
    let unsure = zip(scored.pairs, states).filter { $1 == .linked && $0.probability < LinkOptions.confirmBelow }
        .map(\.0)
    let listed = LinkOptions.reviewList(
        queued: queued.map(\.probability), linked: unsure.map(\.probability), policeRecords: p.count)
    q.waiting = queued.count
    for k in listed.queued {
        q.queued += 1
        if truth[p[queued[k].police].reference] == o[queued[k].own].reference { q.queuedTrue += 1 }
    }
    for k in listed.linked {
        q.toConfirm += 1
        if truth[p[unsure[k].police].reference] != o[unsure[k].own].reference { q.toConfirmWrong += 1 }
    }
    q.matches = p.filter { truth[$0.reference] != nil }.count
    if !quiet { printQuality(label, q, police: p.count) }
    return q
}

/// One line of linkage quality: precision, recall, F1 and the review queue, then the reliability table.
func printQuality(_ label: String, _ q: LinkQuality, police: Int) {
    print(
        String(
            format:
                """
                  %-58@ precision %.3f, recall %.3f, F1 %.3f (%d true matches; %d linked, %d wrongly); review queue %d \
                pairs (%d of %d queued, %d true; %d automatic links to confirm, %d wrong; %.1f%% of %d police \
                records); F1 after review %.3f
                """,
            label as NSString, q.precision, q.recall, q.f1, q.matches, q.tp + q.fp, q.fp, q.queue, q.queued,
            q.waiting, q.queuedTrue, q.toConfirm, q.toConfirmWrong, 100 * Double(q.queue) / Double(max(police, 1)),
            police,
            q.f1AfterReview))
    print("      reliability (kept pairs by predicted probability → observed share true): " + q.reliability)
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
            each.append(String(format: "P %.3f R %.3f F1 %.3f queue %d", r.precision, r.recall, r.f1, r.queue))
        }
        printQuality(label, pooled, police: policeCount)
        print("      each history: " + each.joined(separator: "; "))
    }
}

/// Linkage quality on the exchange's dense 100,000 × 50,000 set.
func denseLinkageQuality() {
    let data = exchangeHistory(own: 100_000, police: 50_000)
    linkageQuality(
        "the same 100,000 × 50,000 (dense: every year at 4.4× the demo's rate)", own: data.own, police: data.police,
        truth: data.truth)
}

/// The options of the quality benchmarks' runs: the defaults, with look-alikes when the command
/// line asks for them (`--look-alikes`).
let benchmarkLinkOptions = {
    var options = LinkOptions.standard
    options.lookAlikes = CommandLine.arguments.contains("--look-alikes")
    return options
}()

/// One run at the default thresholds: the linker, its scored pairs and each pair's state after
/// assignment (no decisions).
func scoredAndAssigned(police p: [LinkRecord], own o: [LinkRecord]) -> (
    linker: Linker, scored: Linker.Scored, states: [PairState]
) {
    let linker = Linker(options: benchmarkLinkOptions)
    let scored = linker.score(police: p, own: o)
    let states = scored.states(linkAbove: linker.options.linkAbove)
    return (linker, scored, states)
}
