#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fellegi–Sunter match weights: for each field and agreement level, the probability of that
/// level among true matches (m) and among non-matches (u), and the share of compared pairs that
/// are matches (the prior). A pair's weight is the prior's log-odds plus log2(m/u) of each
/// comparable field; its probability follows from the weight.
///
/// The parameters are estimated from the compared pairs themselves, as record-linkage tools such
/// as Splink do: u from the level frequencies among all compared pairs (nearly all of which are
/// non-matches: a police record has dozens to hundreds of candidates and at most one match), then
/// m and the prior by expectation–maximisation, assuming fields agree independently given match
/// status. Fixing u keeps EM from settling on some other cluster (pairs whose descriptions share
/// a template, say) instead of the matches; nothing is tuned by hand beyond the starting values.
public struct MatchModel: Sendable, Codable, Equatable {
    /// m[field][level]
    public var m: [[Double]]
    /// u[field][level]
    public var u: [[Double]]
    /// The share of compared pairs that are matches.
    public var prior: Double
    /// EM iterations run.
    public var iterations: Int
    /// The first training block used: "same full postcode" or "same day and place" (nil before
    /// estimation).
    public var firstBlock: String? = nil

    /// The starting values: matches agree well, non-matches like the observed level frequencies.
    static func start(frequencies: [[Double]]) -> MatchModel {
        let m = LinkField.allCases.map { field -> [Double] in
            let n = field.levels.count
            let raw = (0..<n).map { pow(0.25, Double($0)) }
            let sum = raw.reduce(0, +)
            return raw.map { $0 / sum }
        }
        return MatchModel(m: m, u: frequencies, prior: 0.01, iterations: 0)
    }

    /// Estimates the model from how often each comparison pattern occurred among compared pairs.
    ///
    /// The fields are not independent among non-matches (two reports of the same category have
    /// more alike descriptions), which can lead a single EM over all fields to a cluster that is
    /// not the matches. So, as Splink does, m is estimated in two sessions: first on the pairs
    /// that already agree on day and place (a "training block"), for every other field; then on
    /// all pairs, for date and place, with the other fields' m fixed. The prior is then
    /// estimated over all pairs with m and u fixed, and capped at one match per record of the
    /// smaller side (`maxMatches`).
    ///
    /// `filteredDateLevels`: date levels whose pairs were compared only when they passed a test
    /// that a share `filterPassShare` of the other pairs pass (the late-reported pairs, compared
    /// only when their places agree): their frequency among all pairs, as u needs it, is the
    /// counted one divided by that share.
    public static func estimate(
        patternCounts: [Int], maxMatches: Int? = nil, maxIterations: Int = 200,
        filteredDateLevels: ClosedRange<Int>? = nil,
        filterPassShare: Double = 1
    ) -> MatchModel {
        let observed: [(code: Int, count: Int)] = patternCounts.indices.filter { patternCounts[$0] > 0 }
            .map { ($0, patternCounts[$0]) }
        return estimate(
            observed: observed, maxMatches: maxMatches, maxIterations: maxIterations,
            filteredDateLevels: filteredDateLevels, filterPassShare: filterPassShare)
    }

    /// The same, from the patterns observed and how often each was (pattern code, count).
    public static func estimate(
        observed: [(code: Int, count: Int)], maxMatches: Int? = nil, maxIterations: Int = 200,
        filteredDateLevels: ClosedRange<Int>? = nil,
        filterPassShare: Double = 1
    ) -> MatchModel {
        let patterns = observed.map { (ComparisonPattern(code: $0.code).levels, Double($0.count)) }
        var frequencies = LinkField.allCases.map { [Double](repeating: 1e-3, count: $0.levels.count) }
        for (levels, n) in patterns {
            for (f, level) in levels.enumerated() { if let level { frequencies[f][level] += n } }
        }
        if let filtered = filteredDateLevels {
            for level in filtered { frequencies[LinkField.date.rawValue][level] /= filterPassShare }
        }
        frequencies = frequencies.map { row in
            let s = row.reduce(0, +); return row.map { $0 / s }
        }
        var model = start(frequencies: frequencies)
        guard !patterns.isEmpty else { return model }
        let total = patterns.reduce(0) { $0 + $1.1 }
        let cap = maxMatches.map { min(Double($0) / total, 1 - 1e-6) } ?? (1 - 1e-6)
        model.prior = min(model.prior, cap / 2)

        let d = LinkField.date.rawValue, p = LinkField.place.rawValue
        // Arrays, not sets: the same order of summation in every run (identical results).
        let all = LinkField.allCases.map(\.rawValue)
        let comparedInBlock = all.filter { $0 != d && $0 != p }
        // The first block: pairs with the same full postcode, a day apart at most, when there are
        // enough of them (a full postcode shared by chance is rare, so the block is nearly all
        // matches, and look-alikes of the same day and district do not teach EM that a match's
        // details may differ); otherwise the same day and place.
        let samePostcode: ([Int?]) -> Bool = { ($0[d] ?? 9) <= 1 && $0[p] == 0 }
        let postcodePairs = patterns.reduce(0.0) { $0 + (samePostcode($1.0) ? $1.1 : 0) }
        let byPostcode = postcodePairs >= MatchModel.minimumBlock
        let firstBlock: ([Int?]) -> Bool = byPostcode ? samePostcode : { $0[d] == 0 && ($0[p] ?? 9) <= 1 }
        model.firstBlock = byPostcode ? "same full postcode" : "same day and place"
        let sessions: [(block: ([Int?]) -> Bool, fields: [Int], evidence: [Int])] = [
            (firstBlock, comparedInBlock, comparedInBlock),
            ({ _ in true }, [d, p], all),
        ]
        var iterations = 0
        // Levels flattened (field after field, -1 where not compared) and weights addressed by
        // field offset + level: the same sums in the same order as over the nested arrays, at a
        // fraction of the cost (this runs for every distinct pattern, up to 200 times).
        let fieldCount = LinkField.allCases.count
        let offsets = LinkField.allCases.reduce(into: [0]) { $0.append($0.last! + $1.levels.count) }
        for session in sessions {
            let block = patterns.filter { session.block($0.0) }
            guard !block.isEmpty else { continue }
            let flat = block.flatMap { $0.0.map { Int32($0 ?? -1) } }, counts = block.map(\.1)
            var local = model
            local.prior = session.evidence == all ? model.prior : 0.5
            let evidence = session.evidence, fields = session.fields
            for _ in 1...maxIterations {
                iterations += 1
                let weights = local.weights.flatMap { $0 }
                let priorWeight = log2(local.prior / (1 - local.prior))
                // The sums over the patterns, in two fixed halves on two threads, added in order
                // (the same result in every run); m counts flattened like the weights.
                let sums = MatchModel.expectation(
                    flat: flat, counts: counts, weights: weights, priorWeight: priorWeight,
                    layout: (evidence, fields, offsets, fieldCount))
                let matches = sums.matches, count = sums.count
                let mCount = sums.m.map { 1e-6 + $0 }
                var change = 0.0
                for f in session.fields {
                    let counted = mCount[offsets[f]..<offsets[f + 1]]
                    let sum = counted.reduce(0, +)
                    let row = counted.map { $0 / sum }
                    change = max(change, zip(row, local.m[f]).map { abs($0 - $1) }.max() ?? 0)
                    local.m[f] = row
                }
                local.prior = min(max(matches / count, 1e-6), session.evidence == all ? cap : 1 - 1e-6)
                if change < 1e-7 { break }
            }
            for f in session.fields { model.m[f] = local.m[f] }
            if session.evidence == all { model.prior = local.prior }
        }
        // The prior over all compared pairs, m and u fixed.
        let weights = model.weights
        // Each pattern's weights in field order, flattened (the same additions, in the same order).
        var terms: [Double] = [], ends: [Int] = []
        for (levels, _) in patterns {
            for (f, level) in levels.enumerated() { if let level { terms.append(weights[f][level]) } }
            ends.append(terms.count)
        }
        for _ in 1...maxIterations {
            iterations += 1
            var matches = 0.0
            let priorWeight = log2(model.prior / (1 - model.prior))
            var start = 0
            for k in patterns.indices {
                var w = priorWeight
                for t in start..<ends[k] { w += terms[t] }
                start = ends[k]
                matches += patterns[k].1 / (1 + pow(2, -w))
            }
            let next = min(max(matches / total, 1e-6), cap)
            if abs(next - model.prior) < 1e-9 { model.prior = next; break }
            model.prior = next
        }
        model.iterations = iterations
        return model
    }

    /// One E-step's sums over the patterns of a block (`flat`: their levels, field after field,
    /// -1 where not compared; `counts`: their pairs): the expected matches, the pairs, and the
    /// expected matches at each level of `fields` (flattened at `offsets`). Large blocks are
    /// summed in two fixed halves on two threads and the halves added in order.
    static func expectation(
        flat: [Int32], counts: [Double], weights: [Double], priorWeight: Double,
        layout: (evidence: [Int], fields: [Int], offsets: [Int], fieldCount: Int)
    ) -> (matches: Double, count: Double, m: [Double]) {
        let (evidence, fields, offsets, fieldCount) = layout
        let levelCount = offsets.last!
        @Sendable func sums(_ range: Range<Int>) -> (matches: Double, count: Double, m: [Double]) {
            var mCount = [Double](repeating: 0, count: levelCount)
            var matches = 0.0, count = 0.0
            // Through buffer pointers: this runs for every distinct pattern up to 200 times.
            flat.withUnsafeBufferPointer { flat in
                weights.withUnsafeBufferPointer { weights in
                    mCount.withUnsafeMutableBufferPointer { mCount in
                        for k in range {
                            let n = counts[k], base = k &* fieldCount
                            var w = priorWeight
                            for f in evidence {
                                let level = flat[base &+ f]
                                if level >= 0 { w += weights[offsets[f] &+ Int(level)] }
                            }
                            let q = 1 / (1 + pow(2, -w))
                            matches += n * q
                            count += n
                            for f in fields {
                                let level = flat[base &+ f]
                                if level >= 0 { mCount[offsets[f] &+ Int(level)] += n * q }
                            }
                        }
                    }
                }
            }
            return (matches, count, mCount)
        }
        guard counts.count >= 8192 else { return sums(counts.indices) }
        let middle = counts.count / 2, halves = [0..<middle, middle..<counts.count]
        let parts = inParallel(halves.count) { sums(halves[$0]) }
        let (first, second) = (parts[0], parts[1])
        return (
            first.matches + second.matches, first.count + second.count,
            zip(first.m, second.m).map { $0 + $1 }
        )
    }

    /// m and the prior again, from the probability of each pattern's pairs under the one-partner
    /// rule (`matchShare[k]`: the summed probability of the pairs with pattern `patterns[k]`,
    /// `count[k]` of them): an EM step under the structure of the problem, where a pair whose
    /// records have better candidates counts for less, instead of as an independent pair.
    func refined(
        patterns: [[Int?]], counts: [Int], matchShare: [Double], maxMatches: Int,
        fields: [Int] = LinkField.allCases.map(\.rawValue)
    ) -> MatchModel {
        var next = self
        var mCount = LinkField.allCases.map { [Double](repeating: 1e-6, count: $0.levels.count) }
        var matches = 0.0, total = 0.0
        for k in patterns.indices {
            matches += matchShare[k]
            total += Double(counts[k])
            for (f, level) in patterns[k].enumerated() { if let level { mCount[f][level] += matchShare[k] } }
        }
        for f in fields { let sum = mCount[f].reduce(0, +); next.m[f] = mCount[f].map { $0 / sum } }
        next.prior = min(max(matches / max(total, 1), 1e-6), min(Double(maxMatches) / max(total, 1), 1 - 1e-6))
        return next
    }

    /// Estimates the model from compared candidates (see `estimate(observed:…)`).
    static func estimate(_ candidates: Linker.Candidates, maxMatches: Int) -> MatchModel {
        estimate(
            observed: candidates.patterns, maxMatches: maxMatches, filteredDateLevels: LinkField.lateDateLevels,
            filterPassShare: candidates.passShare)
    }

    /// The share of matches whose police record is dated 8 or more days after the team's.
    public var shareReportedLate: Double {
        let levels = m[LinkField.date.rawValue]
        return levels[LinkField.dateLevel(lag: 8)...LinkField.lateDateLevels.upperBound].reduce(0, +)
    }

    /// The fewest pairs sharing a full postcode for them to be the first training block.
    static let minimumBlock = 200.0

    /// log2(m/u) of every field's levels: weights[field][level].
    var weights: [[Double]] { zip(m, u).map { m, u in zip(m, u).map { log2(max($0, MatchModel.mFloor) / $1) } } }

    /// The least m any level is given: however rarely a match was seen to disagree on one field
    /// in the data at hand, one field alone never rules a pair out (another force may judge a
    /// method or a category differently).
    static let mFloor = 0.002

    /// log2(m/u) of a field's level: what agreeing (or disagreeing) that way is worth, in bits.
    public func weight(_ field: LinkField, level: Int) -> Double {
        log2(max(m[field.rawValue][level], MatchModel.mFloor) / u[field.rawValue][level])
    }

    /// The match weight of a pattern: prior log-odds plus each comparable field's weight.
    public func weight(_ levels: [Int?]) -> Double {
        var w = log2(prior / (1 - prior))
        for (f, level) in levels.enumerated() { if let level { w += weight(LinkField(rawValue: f)!, level: level) } }
        return w
    }

    /// The probability that a pair with these levels is a match.
    public func probability(_ levels: [Int?]) -> Double {
        1 / (1 + pow(2, -weight(levels)))
    }
}
