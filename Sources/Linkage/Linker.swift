import IncidentModel
import Places

/// Compares police records with the research team's records and scores every candidate pair.
///
/// Blocking: a police record is compared with every own record dated within the window whose
/// force is the same, a neighbouring one, or unknown (online reports often have none). Each
/// candidate pair gets an agreement pattern over the fields; the match model is estimated from
/// all patterns by EM; pairs with a probability at or above `reviewAbove` are kept.
public struct Linker: Sendable {
    /// The places, authorities and forces that place names resolve to.
    public let gazetteer: Gazetteer
    /// The thresholds and window of the run.
    public let options: LinkOptions

    /// A linker with these places and options.
    public init(gazetteer: Gazetteer = .bundled, options: LinkOptions = .standard) {
        self.gazetteer = gazetteer
        self.options = options
    }

    /// The result of scoring.
    public struct Scored: Sendable {
        /// Pairs at or above the review threshold, best first.
        public var pairs: [ScoredPair]
        /// The match model estimated from the compared pairs.
        public var model: MatchModel
        /// Candidate pairs compared.
        public var compared: Int
        /// How long each phase took (a diagnostic).
        public var phases: [(name: String, duration: Duration)] = []
    }

    /// Prepares records (in parallel) for comparison.
    func prepare(_ records: [LinkRecord]) -> [PreparedRecord] {
        var places: [String: GazetteerPlace?] = [:]
        for record in records {
            guard let location = record.location else { continue }
            let key = PreparedRecord.placeKey(location, record.policeForce)
            if places[key] == nil { places[key] = .some(gazetteer.place(named: location, force: record.policeForce)) }
        }
        // What each distinct location says beyond its place, once.
        var readings: [String: PreparedRecord.LocationReading] = [:]
        for record in records {
            guard let location = record.location, readings[location] == nil else { continue }
            readings[location] = PreparedRecord.LocationReading(location, gazetteer: gazetteer)
        }
        let resolved = places, locations = readings
        let chunks = Linker.chunks(records.count)
        let gazetteer = self.gazetteer
        return inParallel(chunks.count) { c in
            chunks[c].map { PreparedRecord(records[$0], gazetteer: gazetteer, places: resolved, locations: locations) }
        }.flatMap { $0 }
    }

    /// Weighs every description's terms by their inverse document frequency over both sides.
    static func weighTerms(_ a: inout [PreparedRecord], _ b: inout [PreparedRecord]) {
        var df: [UInt32: Int] = [:]
        // Each side's vocabulary: the terms and trigrams any of its descriptions uses.
        func vocabulary(_ records: [PreparedRecord]) -> (terms: Set<UInt32>, trigrams: Set<UInt32>) {
            var terms = Set<UInt32>(), trigrams = Set<UInt32>()
            for record in records {
                for term in record.text.terms { df[term, default: 0] += 1 }
                terms.formUnion(record.text.terms)
                trigrams.formUnion(record.text.trigrams)
            }
            return (terms, trigrams)
        }
        let inA = vocabulary(a), inB = vocabulary(b)
        let n = a.count + b.count
        for i in a.indices {
            a[i].text.weigh(documentFrequency: df, documents: n, otherSide: inB.terms, otherTrigrams: inB.trigrams)
        }
        for i in b.indices {
            b[i].text.weigh(documentFrequency: df, documents: n, otherSide: inA.terms, otherTrigrams: inA.trigrams)
        }
    }

    /// Compares and scores: prepares both sides' records, compares every candidate pair
    /// (`candidates`), estimates the model from the patterns by EM, refines it under the
    /// one-partner rule, and keeps the pairs at or above the review threshold (`kept`).
    public func score(police: [LinkRecord], own: [LinkRecord]) -> Scored {
        precondition(
            police.count < 1 << Pack.policeBits && own.count < 1 << Pack.ownBits
                && ComparisonPattern.count <= 1 << Pack.patternBits,
            "linkage packs a pair in 64 bits: at most 1,048,575 police records and 1,048,575 own records")
        var phases = PhaseClock()
        var preparedPolice = prepare(police), preparedOwn = prepare(own)
        phases.end("prepare")
        Linker.weighTerms(&preparedPolice, &preparedOwn)
        phases.end("weigh terms")
        let candidates = self.candidates(police: preparedPolice, own: preparedOwn)
        phases.end("compare")
        let estimated = MatchModel.estimate(
            observed: candidates.patterns, maxMatches: min(police.count, own.count),
            filteredDateLevels: LinkField.lateDateLevels,
            filterPassShare: candidates.passShare)
        phases.end("estimate")
        let levels = candidates.patterns.map { ComparisonPattern(code: $0.code).levels }
        let model = Linker.refinedOnePartner(
            estimated, candidates: candidates, levels: levels,
            policeCount: police.count, ownCount: own.count)
        phases.end("one-partner EM")
        let odds = Odds(model, levels: levels, candidates: candidates, policeCount: police.count, ownCount: own.count)
        let kept = self.kept(candidates, model: model, odds: odds, police: preparedPolice, own: preparedOwn)
        phases.end("keep")
        return Scored(pairs: kept, model: model, compared: candidates.count, phases: phases.phases)
    }

    /// How long each phase of a run took, one after the other (a diagnostic).
    struct PhaseClock {
        private let clock = ContinuousClock()
        private var start: ContinuousClock.Instant
        private(set) var phases: [(name: String, duration: Duration)] = []

        init() { start = clock.now }

        /// Ends the phase `name`, begun when the last one ended.
        mutating func end(_ name: String) {
            let now = clock.now
            phases.append((name, now - start))
            start = now
        }
    }

    /// The pattern of one pair compared directly (for a pair a person linked that the run did not keep).
    public func compare(_ police: LinkRecord, _ own: LinkRecord) -> ComparisonPattern {
        let prepared = prepare([police, own])
        return PreparedRecord.compare(prepared[0], prepared[1])
    }
}
