import Linkage
import Testing

/// EM on counts made from known parameters: what it estimates is what the counts were made with.
@Suite struct MatchModelTests {
    /// m and u of five compared fields (the others not comparable), and the share of matches.
    static let fields: [(field: LinkField, m: [Double], u: [Double])] = [
        (.date, [0.55, 0.20, 0.12, 0.06, 0.03, 0.03, 0.01], [0.02, 0.02, 0.04, 0.08, 0.60, 0.02, 0.22]),
        (.place, [0.30, 0.35, 0.10, 0.15, 0.04, 0.04, 0.02], [0.0005, 0.01, 0.03, 0.05, 0.10, 0.25, 0.5595]),
        (.category, [0.92, 0.08], [0.30, 0.70]),
        (.victimType, [0.85, 0.15], [0.40, 0.60]),
        (.method, [0.80, 0.12, 0.08], [0.35, 0.25, 0.40]),
    ]
    static let prior = 0.01, pairs = 2_000_000.0

    /// The expected number of pairs with each pattern (whole numbers), all fields crossed.
    static func counts() -> [Int] {
        var counts = [Int](repeating: 0, count: ComparisonPattern.count)
        func visit(_ k: Int, _ levels: [Int?], _ pm: Double, _ pu: Double) {
            if k == fields.count {
                var all = [Int?](repeating: nil, count: LinkField.allCases.count)
                for (i, f) in fields.enumerated() { all[f.field.rawValue] = levels[i] }
                let n = (pairs * (prior * pm + (1 - prior) * pu)).rounded()
                counts[ComparisonPattern(levels: all).code] += Int(n)
                return
            }
            for level in fields[k].m.indices {
                visit(k + 1, levels + [level], pm * fields[k].m[level], pu * fields[k].u[level])
            }
        }
        visit(0, [], 1, 1)
        return counts
    }

    @Test("recovers the share of matches and each field's m from counts made with them")
    func recoversKnownParameters() {
        let model = MatchModel.estimate(patternCounts: MatchModelTests.counts())
        // (u is taken from all pairs, matches included, which biases the share a little.)
        #expect(abs(model.prior - MatchModelTests.prior) / MatchModelTests.prior < 0.2, "prior \(model.prior)")
        for (field, m, _) in MatchModelTests.fields {
            for level in m.indices {
                let estimated = model.m[field.rawValue][level]
                #expect(
                    abs(estimated - m[level]) < 0.05, "\(field) level \(level): m \(estimated), made with \(m[level])")
            }
        }
        // Agreement on a field is evidence for a match, disagreement against it.
        #expect(model.weight(.category, level: 0) > 0 && model.weight(.category, level: 1) < 0)
        #expect(model.weight(.date, level: 0) > model.weight(.date, level: 4))
    }

    @Test("with no matches among the pairs, the share estimated stays near zero")
    func noMatches() {
        // The same fields, drawn from u alone.
        var uOnly = [Int](repeating: 0, count: ComparisonPattern.count)
        func visit(_ k: Int, _ levels: [Int?], _ pu: Double) {
            if k == MatchModelTests.fields.count {
                var all = [Int?](repeating: nil, count: LinkField.allCases.count)
                for (i, f) in MatchModelTests.fields.enumerated() { all[f.field.rawValue] = levels[i] }
                uOnly[ComparisonPattern(levels: all).code] += Int((MatchModelTests.pairs * pu).rounded())
                return
            }
            for level in MatchModelTests.fields[k].u.indices {
                visit(k + 1, levels + [level], pu * MatchModelTests.fields[k].u[level])
            }
        }
        visit(0, [], 1)
        let model = MatchModel.estimate(patternCounts: uOnly)
        #expect(model.prior < 0.003, "prior \(model.prior)")
    }
}
