// `--diagnose`: why linkage goes wrong on the demo's surge (or the dense set), a development aid.
import Foundation
import IncidentModel
import Linkage

/// `--diagnose`: the fitted model and, beside it, each level's share among the true pairs (what
/// m should be); how each wrong or missed pair ranks among its records' candidates; then up to
/// `limit` wrongly linked (FP) and missed (FN) pairs, each with its terms. The levels shown come from comparing the
/// pair alone (`Linker.compare`, without the run's term weights), so the description level can differ from the run's.
func diagnose(own: [Incident], police: [Incident], truth: [String: String], limit: Int) {
    let p = police.enumerated().map { LinkRecord($1, id: Int64($0)) },
        o = own.enumerated().map { LinkRecord($1, id: Int64(1_000_000 + $0)) }
    let (linker, scored, states) = scoredAndAssigned(police: p, own: o)
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
