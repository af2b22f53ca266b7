import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The one-partner rule: each record has at most one partner, so a pair's probability depends on
// its records' other candidates. Used by the last EM steps and by the keeping of pairs.
extension Linker {
    /// A model's odds for each pattern, and each record's odds summed over all its candidates.
    struct Odds: Sendable {
        /// By pattern number (`Candidates.patterns`).
        var ofPattern: [Double]
        /// By police record, and by team record.
        var police: [Double], own: [Double]

        /// The odds of every candidate pair under `model`. The sums are made by a few workers,
        /// each over every `workers`-th part with its own sums, added up in worker order: the same
        /// result in every run. `lookAlikeBits`: bits each pattern loses to look-alikes (by number).
        init(
            _ model: MatchModel, levels: [[Int?]], candidates: Candidates, policeCount: Int, ownCount: Int,
            lookAlikeBits: [Double]? = nil
        ) {
            let weights = model.weights, prior = log2(model.prior / (1 - model.prior))
            let ofPattern = levels.enumerated().map { number, levels in
                var weight = prior - (lookAlikeBits?[number] ?? 0)
                for (field, level) in levels.enumerated() { if let level { weight += weights[field][level] } }
                return pow(2, weight)
            }
            let parts = candidates.parts, workers = Linker.workers(parts)
            let sums = Mutex<[(police: [Double], own: [Double])]>(Array(repeating: ([], []), count: workers))
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var police = [Double](repeating: 0, count: policeCount), own = [Double](repeating: 0, count: ownCount)
                for part in stride(from: worker, to: parts.count, by: workers) {
                    for packed in parts[part].pairs {
                        let odds = ofPattern[Pack.pattern(packed)]
                        police[Pack.police(packed)] += odds
                        own[Pack.own(packed)] += odds
                    }
                }
                sums.withLock { $0[worker] = (police, own) }
            }
            var police = [Double](repeating: 0, count: policeCount), own = [Double](repeating: 0, count: ownCount)
            for sum in sums.withLock({ $0 }) {
                for i in sum.police.indices { police[i] += sum.police[i] }
                for j in sum.own.indices { own[j] += sum.own[j] }
            }
            self.ofPattern = ofPattern
            self.police = police
            self.own = own
        }
    }

    /// The number of workers that share the passes over the candidate pairs.
    static func workers(_ parts: [CandidatePart]) -> Int { min(parts.count, 4) }

    /// The model after `structuredSteps` EM steps under the one-partner rule: each pair's
    /// probability with its records' other candidates considered, summed by pattern,
    /// re-estimates m and the prior.
    static func refinedOnePartner(
        _ model: MatchModel, candidates: Candidates, levels: [[Int?]],
        policeCount: Int, ownCount: Int
    ) -> MatchModel {
        var model = model
        let counts = candidates.patterns.map(\.count), maxMatches = min(policeCount, ownCount)
        for _ in 0..<structuredSteps {
            let odds = Odds(model, levels: levels, candidates: candidates, policeCount: policeCount, ownCount: ownCount)
            let matchShare = matchShareByPattern(candidates, odds)
            let fields =
                model.firstBlock == "same full postcode"
                ? structuredFields : LinkField.allCases.map(\.rawValue)
            model = model.refined(
                patterns: levels, counts: counts, matchShare: matchShare, maxMatches: maxMatches,
                fields: fields)
        }
        return model
    }

    /// The summed one-partner probability of the pairs of each pattern (by the same workers as
    /// `Odds`, each with its own sums, added up in worker order).
    static func matchShareByPattern(_ candidates: Candidates, _ odds: Odds) -> [Double] {
        let parts = candidates.parts, workers = workers(parts), patternCount = candidates.patterns.count
        let shares = Mutex<[[Double]]>(Array(repeating: [], count: workers))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var share = [Double](repeating: 0, count: patternCount)
            for part in stride(from: worker, to: parts.count, by: workers) {
                for packed in parts[part].pairs {
                    let pattern = Pack.pattern(packed)
                    share[pattern] +=
                        Linker.exclusive(
                            odds: odds.ofPattern[pattern],
                            policeOdds: odds.police[Pack.police(packed)],
                            ownOdds: odds.own[Pack.own(packed)]
                        ).probability
                }
            }
            shares.withLock { $0[worker] = share }
        }
        var share = [Double](repeating: 0, count: patternCount)
        for part in shares.withLock({ $0 }) { for k in part.indices { share[k] += part[k] } }
        return share
    }

    /// The fields whose m the one-partner EM steps re-estimate when the first training block was
    /// the pairs sharing a full postcode (nearly all matches: the other fields' m are kept from
    /// it); with the same-day-and-place block, which holds look-alikes too, every field's.
    static let structuredFields = [LinkField.date.rawValue, LinkField.place.rawValue]

    /// EM steps under the one-partner rule after the pattern-level EM (`score`).
    static let structuredSteps = 3

    /// A pair's probability when each record has at most one partner: the pair's odds against
    /// the alternatives that neither record has a partner (1) or that either has another one (the
    /// odds of its other candidates), o / (1 + Σ police's other odds + Σ own's other odds + o).
    /// Alone, that is o / (1 + o), the pair's own probability; two equally good candidates for one
    /// police record share it, so neither links without a person. Returns the bits this takes off
    /// the pair's weight (its odds become o / (1 + others)) and the probability.
    static func exclusive(
        odds: Double, policeOdds: Double,
        ownOdds: Double
    ) -> (competition: Double, probability: Double) {
        let others = max(policeOdds - odds, 0) + max(ownOdds - odds, 0)
        let probability = odds / (1 + others + odds)
        return (-log2(1 + others), probability)
    }
}
