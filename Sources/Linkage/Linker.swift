import Dispatch
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
        /// The reporting delay compared: `reportedWithinDays`, or `reportedWithinWhenLate` when the
        /// records showed the police dating by report.
        public var reportedWithinDays: Int
        /// The share of matches estimated 8 or more days late that widened the delay (nil: not widened).
        public var reportedLate: Double?
        /// How long each phase took (a diagnostic).
        public var phases: [(name: String, duration: Duration)] = []
        /// The police records (by index) compared on the incident's date their account writes
        /// rather than the record's own date (`WrittenDate`): that day's number.
        public var accountDays: [Int: Int] = [:]
    }

    /// Prepares records (in parallel) for comparison.
    func prepare(_ records: [LinkRecord]) -> [PreparedRecord] {
        let gazetteer = self.gazetteer
        // Each distinct location's place (under its record's force) and what it says beyond its
        // place, found once, on every core: a misspelt name is looked for among the gazetteer's.
        // The first record's spelling of each is the one resolved: strings that Swift holds equal
        // (an accent written as one character or as two) can read differently in the gazetteer.
        var keys: [String: (String, PoliceForce?)] = [:], named = Set<String>()
        for record in records {
            guard let location = record.location else { continue }
            let key = PreparedRecord.placeKey(location, record.policeForce)
            if keys[key] == nil { keys[key] = (location, record.policeForce) }
            named.insert(location)  // (which keeps the first of equal strings)
        }
        let placeKeys = Array(keys), locationNames = Array(named)
        let placeParts = Linker.chunks(placeKeys.count, smallest: 16)
        let foundPlaces = inParallel(placeParts.count) { part in
            placeParts[part].map { placeKeys[$0].value }.map { gazetteer.place(named: $0.0, force: $0.1) }
        }.flatMap { $0 }
        let nameParts = Linker.chunks(locationNames.count, smallest: 16)
        let foundReadings = inParallel(nameParts.count) { part in
            nameParts[part].map { PreparedRecord.LocationReading(locationNames[$0], gazetteer: gazetteer) }
        }.flatMap { $0 }
        var places: [String: GazetteerPlace?] = [:], readings: [String: PreparedRecord.LocationReading] = [:]
        for (i, key) in placeKeys.enumerated() { places[key.key] = .some(foundPlaces[i]) }
        for (i, name) in locationNames.enumerated() { readings[name] = foundReadings[i] }
        let resolved = places, locations = readings
        let chunks = Linker.chunks(records.count)
        return inParallel(chunks.count) { c in
            chunks[c].map { PreparedRecord(records[$0], gazetteer: gazetteer, places: resolved, locations: locations) }
        }.flatMap { $0 }
    }

    /// Weighs every description's terms by their inverse document frequency over both sides, and
    /// numbers the trigrams both sides use (`DescriptionText.weigh`); returns how many there are.
    @discardableResult
    static func weighTerms(_ a: inout [PreparedRecord], _ b: inout [PreparedRecord]) -> Int {
        // Each part's vocabulary (the terms and trigrams its descriptions use) and how many of
        // its descriptions use each term, gathered on every core, then added up side by side.
        struct Vocabulary: Sendable {
            var df: [UInt32: Int] = [:]
            var terms = Set<UInt32>(), trigrams = Set<UInt32>()

            init(_ records: ArraySlice<PreparedRecord>) {
                df.reserveCapacity(1 << 14)
                for record in records {
                    for term in record.text.terms { df[term, default: 0] += 1 }
                    terms.formUnion(record.text.terms)
                    trigrams.formUnion(record.text.trigrams)
                }
            }

            mutating func add(_ other: Vocabulary) {
                df.merge(other.df, uniquingKeysWith: +)
                terms.formUnion(other.terms)
                trigrams.formUnion(other.trigrams)
            }
        }
        /// Both sides' vocabularies, each gathered in two halves on every core.
        func vocabularies(_ a: [PreparedRecord], _ b: [PreparedRecord]) -> (Vocabulary, Vocabulary) {
            let halves = [a[..<(a.count / 2)], a[(a.count / 2)...], b[..<(b.count / 2)], b[(b.count / 2)...]]
            var found = inParallel(halves.count) { Vocabulary(halves[$0]) }
            found[0].add(found[1])
            found[2].add(found[3])
            return (found[0], found[2])
        }
        let (inA, inB) = vocabularies(a, b)
        var df = inA.df
        df.merge(inB.df, uniquingKeysWith: +)
        let n = a.count + b.count
        // The trigrams both sides use, numbered in their hashes' order.
        let sharedTrigrams = inA.trigrams.intersection(inB.trigrams).sorted()
        let shared = HashSet32(sharedTrigrams)
        /// Weighs `records` against the other side's vocabulary in place, on every core.
        func weigh(_ records: inout [PreparedRecord], against other: Vocabulary) {
            let terms = HashSet32(other.terms), counts = df
            let chunks = Linker.chunks(records.count)
            records.withUnsafeMutableBufferPointer { buffer in
                // Each chunk writes only its own records.
                nonisolated(unsafe) let buffer = buffer
                DispatchQueue.concurrentPerform(iterations: chunks.count) { c in
                    for i in chunks[c] {
                        buffer[i].text.weigh(
                            documentFrequency: counts, documents: n, otherSide: terms, sharedTrigrams: shared)
                    }
                }
            }
        }
        weigh(&a, against: inB)
        weigh(&b, against: inA)
        return sharedTrigrams.count
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
        let trigramCount = Linker.weighTerms(&preparedPolice, &preparedOwn)
        phases.end("weigh terms")
        let matches = min(police.count, own.count)
        var reportedWithin = options.reportedWithinDays
        var (candidates, levels, model) = estimated(
            preparedPolice, preparedOwn, trigrams: trigramCount, late: reportedWithin, matches: matches, &phases)
        // Where the police date many records by when they were reported, some reports come later
        // than the usual delay: compare again over the longer one. Repeat incidents at one place
        // look late too, but as often early: only the excess of late over early pairs counts.
        var reportedLate: Double?
        let expected = model.prior * Double(candidates.count), rule = LinkOptions.lateReporting
        if let longer = options.reportedWithinWhenLate, longer > reportedWithin, reportedWithin >= 8,
            model.shareReportedLate >= rule.share, model.shareReportedLate * expected >= rule.pairs
        {
            let seen = matchLike(police: preparedPolice, own: preparedOwn, days: 8...reportedWithin, model: model)
            phases.end("late against early")
            let excess = seen.later - seen.earlier
            if excess >= rule.pairs && excess >= rule.share * expected {
                reportedWithin = longer
                reportedLate = excess / expected
                (candidates, levels, model) = estimated(
                    preparedPolice, preparedOwn, trigrams: trigramCount, late: longer, matches: matches, &phases)
            }
        }
        // With look-alikes, patterns that different incidents often share lose the bits their
        // fields counted twice.
        let lookAlikeBits =
            options.lookAlikes
            ? Linker.lookAlikeBits(levels: levels, coincidences: ownCoincidences(preparedOwn, late: reportedWithin))
            : levels.map { _ in 0 }
        phases.end("look-alikes")
        let odds = Odds(
            model, levels: levels, candidates: candidates, policeCount: police.count, ownCount: own.count,
            lookAlikeBits: lookAlikeBits)
        let kept = self.kept(
            candidates, model: model, odds: odds, lookAlikeBits: lookAlikeBits, police: preparedPolice,
            own: preparedOwn)
        phases.end("keep")
        var accountDays: [Int: Int] = [:]
        for (i, record) in preparedPolice.enumerated() where record.day != police[i].date.dayNumber {
            accountDays[i] = record.day
        }
        return Scored(
            pairs: kept, model: model, compared: candidates.count, reportedWithinDays: reportedWithin,
            reportedLate: reportedLate, phases: phases.phases, accountDays: accountDays)
    }

    /// Compares the candidate pairs up to `late` days' reporting delay, and estimates the model
    /// from them by EM, then under the one-partner rule.
    private func estimated(
        _ police: [PreparedRecord], _ own: [PreparedRecord], trigrams: Int, late: Int, matches: Int,
        _ phases: inout PhaseClock
    ) -> (Candidates, [[Int?]], MatchModel) {
        let candidates = self.candidates(police: police, own: own, trigrams: trigrams, late: late)
        phases.end("compare")
        let estimated = MatchModel.estimate(candidates, maxMatches: matches)
        phases.end("estimate")
        let levels = candidates.patterns.map { ComparisonPattern(code: $0.code).levels }
        let model = Linker.refinedOnePartner(
            estimated, candidates: candidates, levels: levels, policeCount: police.count, ownCount: own.count)
        phases.end("one-partner EM")
        return (candidates, levels, model)
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
