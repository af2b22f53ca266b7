import Dispatch
import IncidentModel
import Places
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Compares police records with the research team's records and scores every candidate pair.
///
/// Blocking: a police record is compared with every own record dated within the window whose
/// force is the same, a neighbouring one, or unknown (online reports often have none). Each
/// candidate pair gets an agreement pattern over the fields; the match model is estimated from
/// all patterns by EM; pairs with a probability at or above `reviewAbove` are kept.
public struct Linker: Sendable {
    public let gazetteer: Gazetteer
    public let options: LinkOptions

    public init(gazetteer: Gazetteer = .bundled, options: LinkOptions = .standard) {
        self.gazetteer = gazetteer
        self.options = options
    }

    /// The result of scoring.
    public struct Scored: Sendable {
        /// Pairs at or above the review threshold, best first.
        public var pairs: [ScoredPair]
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
        // The streets each distinct location names, once.
        var streets: [String: [String]] = [:]
        for record in records {
            guard let location = record.location, streets[location] == nil else { continue }
            streets[location] = DescriptionText.streets(of: location, gazetteer: gazetteer)
        }
        let resolved = places, locationStreets = streets
        let chunks = Linker.chunks(records.count)
        let out = Mutex<[[PreparedRecord]]>(Array(repeating: [], count: chunks.count))
        let gazetteer = self.gazetteer
        DispatchQueue.concurrentPerform(iterations: chunks.count) { c in
            let part = chunks[c].map {
                PreparedRecord(records[$0], gazetteer: gazetteer, places: resolved, locationStreets: locationStreets)
            }
            out.withLock { $0[c] = part }
        }
        return out.withLock { $0.flatMap { $0 } }
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

    static func chunks(_ count: Int) -> [Range<Int>] {
        let size = max(256, count / 64 + 1)
        return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }

    /// Compares and scores.
    public func score(police: [LinkRecord], own: [LinkRecord]) -> Scored {
        precondition(
            police.count < 1 << Pack.policeBits && own.count < 1 << Pack.ownBits
                && ComparisonPattern.count <= 1 << Pack.patternBits,
            "linkage packs a pair in 64 bits: at most 1,048,575 police records and 1,048,575 own records")
        let clock = ContinuousClock(), t0 = clock.now
        var preparedPolice = prepare(police), preparedOwn = prepare(own)
        let t1 = clock.now
        Linker.weighTerms(&preparedPolice, &preparedOwn)
        let t2 = clock.now
        let p = preparedPolice, o = preparedOwn
        // Own records by day, for the window search.
        let ownOrder = o.indices.sorted { o[$0].day < o[$1].day }
        let ownDays = ownOrder.map { o[$0].day }
        let forceCount = PreparedRecord.forces.count
        var compatible = [Bool](repeating: true, count: (forceCount + 1) * (forceCount + 1))
        for a in 0..<forceCount {
            for b in 0..<forceCount {
                compatible[a * (forceCount + 1) + b] = gazetteer.neighbouring(
                    PreparedRecord.forces[a], PreparedRecord.forces[b])
            }
        }
        let window = options.windowDays, late = options.reportedWithinDays
        let forcesCompatible = compatible
        // Pass 1: every candidate pair's pattern. Pairs whose police record is dated more than
        // `window` days after the team's are compared only when their places agree (same
        // postcode, place or local authority): a reporting delay is common, but a week's records elsewhere are not
        // worth comparing. `near` counts, among pairs within the window, how many would pass that test,
        // so the model can correct the late levels' frequencies for it.
        let chunks = Linker.chunks(p.count)
        let found = Mutex<[(Int, [UInt64], Int, Int)]>([])
        DispatchQueue.concurrentPerform(iterations: chunks.count) { c in
            var pairs: [UInt64] = []
            var inWindow = 0, wouldPass = 0
            for i in chunks[c] {
                let police = p[i]
                let low = Linker.firstIndex(ownDays, atLeast: police.day - late)
                var k = low
                let pf = police.force < 0 ? forceCount : police.force
                while k < ownDays.count && ownDays[k] <= police.day + window {
                    let j = ownOrder[k]
                    k += 1
                    let of = o[j].force < 0 ? forceCount : o[j].force
                    guard forcesCompatible[pf * (forceCount + 1) + of] else { continue }
                    let place = PreparedRecord.placeLevel(police, o[j])
                    let agrees = place <= LinkField.placeAgrees.upperBound
                    if police.day - o[j].day > window {
                        guard agrees else { continue }
                    } else {
                        inWindow += 1
                        if agrees { wouldPass += 1 }
                    }
                    let pattern = PreparedRecord.compare(police, o[j], place: place)
                    pairs.append(Pack.pair(i, j, pattern.code))
                }
            }
            found.withLock { $0.append((c, pairs, inWindow, wouldPass)) }
        }
        var repacked = found.withLock { $0 }.sorted { $0.0 < $1.0 }
        // The patterns seen, numbered densely, with their counts; each pair then carries its
        // pattern's number in place of the code (`Pack.pattern` reads the number from here on),
        // so the passes below index small arrays.
        var observed: [(code: Int, count: Int)] = []
        do {
            var slot = [Int32](repeating: -1, count: ComparisonPattern.count)
            for c in repacked.indices {
                for n in repacked[c].1.indices {
                    let packed = repacked[c].1[n]
                    let code = Pack.pattern(packed)
                    if slot[code] < 0 { slot[code] = Int32(observed.count); observed.append((code, 0)) }
                    let k = Int(slot[code])
                    observed[k].count += 1
                    repacked[c].1[n] = Pack.pair(Pack.police(packed), Pack.own(packed), k)
                }
            }
        }
        let parts = repacked
        let inWindow = parts.reduce(0) { $0 + $1.2 }, wouldPass = parts.reduce(0) { $0 + $1.3 }
        let passShare = inWindow > 0 ? max(Double(wouldPass) / Double(inWindow), 1e-3) : 1
        let t3 = clock.now
        var model = MatchModel.estimate(
            observed: observed, maxMatches: min(police.count, own.count),
            filteredDateLevels: LinkField.lateDateLevels, filterPassShare: passShare)
        let t3b = clock.now
        // EM steps under the one-partner rule: each pair's probability with its records' other
        // candidates considered, summed by pattern, re-estimates m and the prior.
        let levels = observed.map { ComparisonPattern(code: $0.code).levels }
        var odds = [Double](repeating: 0, count: observed.count)
        var policeOdds = [Double](repeating: 0, count: p.count), ownOdds = [Double](repeating: 0, count: o.count)
        let workers = min(parts.count, 4)
        func sumOdds() {
            let weights = model.weights, prior = log2(model.prior / (1 - model.prior))
            for k in observed.indices {
                var w = prior
                for (f, level) in levels[k].enumerated() { if let level { w += weights[f][level] } }
                odds[k] = pow(2, w)
            }
            // A few workers, each over every `workers`-th part with its own sums, added up in order.
            let sums = Mutex<[([Double], [Double])]>(Array(repeating: ([], []), count: workers))
            let o1 = odds, policeCount = p.count, ownCount = o.count
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                var po = [Double](repeating: 0, count: policeCount), oo = [Double](repeating: 0, count: ownCount)
                for c in stride(from: w, to: parts.count, by: workers) {
                    for packed in parts[c].1 {
                        let x = o1[Pack.pattern(packed)]
                        po[Pack.police(packed)] += x
                        oo[Pack.own(packed)] += x
                    }
                }
                sums.withLock { $0[w] = (po, oo) }
            }
            for i in policeOdds.indices { policeOdds[i] = 0 }
            for j in ownOdds.indices { ownOdds[j] = 0 }
            for (po, oo) in sums.withLock({ $0 }) {
                for i in po.indices { policeOdds[i] += po[i] }
                for j in oo.indices { ownOdds[j] += oo[j] }
            }
        }
        for _ in 0..<Linker.structuredSteps {
            sumOdds()
            // The same workers, each with its own sums.
            let shares = Mutex<[[Double]]>(Array(repeating: [], count: workers))
            let o1 = odds, po = policeOdds, oo = ownOdds, observedCount = observed.count
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                var share = [Double](repeating: 0, count: observedCount)
                for c in stride(from: w, to: parts.count, by: workers) {
                    for packed in parts[c].1 {
                        let k = Pack.pattern(packed)
                        share[k] +=
                            Linker.exclusive(
                                odds: o1[k], policeOdds: po[Pack.police(packed)], ownOdds: oo[Pack.own(packed)]
                            ).probability
                    }
                }
                shares.withLock { $0[w] = share }
            }
            var share = [Double](repeating: 0, count: observed.count)
            // Summed in part order: the same result in every run.
            for part in shares.withLock({ $0 }) { for k in part.indices { share[k] += part[k] } }
            model = model.refined(
                patterns: levels, counts: observed.map(\.count), matchShare: share,
                maxMatches: min(police.count, own.count),
                fields: model.firstBlock == "same full postcode"
                    ? Linker.structuredFields : LinkField.allCases.map(\.rawValue))
        }
        let t4 = clock.now
        // Pass 2: score each pattern once; sum each record's odds over all its candidates.
        sumOdds()
        let table = observed.indices.map { model.weight(levels[$0]) }
        let compared = parts.reduce(0) { $0 + $1.1.count }
        // Campaigns: police records of one incident reported by several households (the same
        // leaflet through many doors) or several victims. They compete for nothing: a team
        // record takes them all, and the odds of a record's siblings are not counted against it.
        let reviewOdds = options.reviewAbove / (1 - options.reviewAbove)
        var strong: [Int: [(police: Int, odds: Double)]] = [:]
        for part in parts {
            for packed in part.1 where odds[Pack.pattern(packed)] >= reviewOdds * Linker.campaignReach {
                strong[Pack.own(packed), default: []].append((Pack.police(packed), odds[Pack.pattern(packed)]))
            }
        }
        let campaigns = Linker.campaigns(strong, police: p, own: o)
        var siblingOdds: [Int: Double] = [:]  // own << 20 | campaign → the campaign's summed odds for that record
        var campaignBest: [Int: Double] = [:]  // own << 20 | campaign → its best member's odds for that record
        for (j, candidates) in strong {
            for c in candidates {
                guard let r = campaigns[c.police] else { continue }
                siblingOdds[j << 20 | r, default: 0] += c.odds
                campaignBest[j << 20 | r] = max(campaignBest[j << 20 | r] ?? 0, c.odds)
            }
        }
        // Pass 3: keep the pairs above the review threshold, other candidates considered.
        var kept: [ScoredPair] = []
        for part in parts {
            for packed in part.1 {
                let k = Pack.pattern(packed), code = observed[k].code
                let i = Pack.police(packed), j = Pack.own(packed)
                let campaign = campaigns[i]
                // A copy in a campaign is kept when its best member is likely enough: it joins it.
                let joins = campaign.map { (campaignBest[j << 20 | $0] ?? 0) >= reviewOdds } ?? false
                guard odds[k] >= reviewOdds || joins else { continue }
                let siblings = campaign.map { max((siblingOdds[j << 20 | $0] ?? 0) - odds[k], 0) } ?? 0
                let (competition, probability) = Linker.exclusive(
                    odds: odds[k], policeOdds: policeOdds[i], ownOdds: ownOdds[j] - siblings)
                guard probability >= options.reviewAbove || joins else { continue }
                kept.append(
                    ScoredPair(
                        police: i, own: j, pattern: ComparisonPattern(code: code), weight: table[k] + competition,
                        competition: competition, probability: probability, campaign: campaign))
            }
        }
        kept.sort { ($0.weight, $1.police, $1.own) > ($1.weight, $0.police, $0.own) }
        let phases = [
            ("prepare", t1 - t0), ("weigh terms", t2 - t1), ("compare", t3 - t2), ("estimate", t3b - t3),
            ("one-partner EM", t4 - t3b), ("keep", clock.now - t4),
        ]
        return Scored(pairs: kept, model: model, compared: compared, phases: phases)
    }

    /// Police records that are copies of one incident: two police records that are both likely
    /// partners of the same team record whose account says it reached several people or homes, dated at most a day
    /// apart, in the same place (postcode, place or local authority), with descriptions nearly the same and no field
    /// that differs (method, category, victim type). Returns each such record's campaign (the smallest police
    /// index among its copies, transitively).
    static func campaigns(
        _ strong: [Int: [(police: Int, odds: Double)]], police p: [PreparedRecord], own o: [PreparedRecord]
    ) -> [Int: Int] {
        var parent: [Int: Int] = [:]
        func find(_ x: Int) -> Int {
            var x = x
            while let up = parent[x], up != x { x = up }
            return x
        }
        for j in strong.keys.sorted() where o[j].text.reachedSeveral {
            let candidates = strong[j]!.map(\.police).sorted()
            guard candidates.count >= 2, candidates.count <= 64 else { continue }
            for x in candidates.indices {
                for y in candidates.indices where y > x {
                    let a = p[candidates[x]], b = p[candidates[y]]
                    guard Linker.copies(a, b) else { continue }
                    let ra = find(candidates[x]), rb = find(candidates[y])
                    if parent[ra] == nil { parent[ra] = ra }
                    if parent[rb] == nil { parent[rb] = rb }
                    if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
                }
            }
        }
        var out: [Int: Int] = [:]
        for i in parent.keys { out[i] = find(i) }
        return out
    }

    /// Whether two police records read as copies of one incident (see `campaigns`).
    static func copies(_ a: PreparedRecord, _ b: PreparedRecord) -> Bool {
        guard abs(a.day - b.day) <= 1 else { return false }
        guard LinkField.placeAgrees.contains(PreparedRecord.placeLevel(a, b)) else { return false }
        for (x, y) in [(a.method, b.method), (a.category, b.category), (a.victim, b.victim)]
        where x >= 0 && y >= 0 && x != y { return false }
        guard a.text.isComparable, b.text.isComparable else { return false }
        return a.text.similarity(to: b.text) >= LinkField.descriptionCuts[1]
    }

    /// How much less likely than the review threshold a team record's candidate may be and still
    /// count as a copy in a campaign (it then joins the campaign's best member).
    static let campaignReach = 1.0 / 16

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
    static func exclusive(odds o: Double, policeOdds: Double, ownOdds: Double) -> (
        competition: Double, probability: Double
    ) {
        let others = max(policeOdds - o, 0) + max(ownOdds - o, 0)
        let probability = o / (1 + others + o)
        return (-log2(1 + others), probability)
    }

    /// The pattern of one pair compared directly (for a pair a person linked that the run did not keep).
    public func compare(_ police: LinkRecord, _ own: LinkRecord) -> ComparisonPattern {
        let prepared = prepare([police, own])
        return PreparedRecord.compare(prepared[0], prepared[1])
    }

    /// A candidate pair in 64 bits: police index | own index | pattern code.
    enum Pack {
        static let policeBits = 20, ownBits = 20, patternBits = 24
        static func pair(_ police: Int, _ own: Int, _ pattern: Int) -> UInt64 {
            UInt64(police) << UInt64(ownBits + patternBits) | UInt64(own) << UInt64(patternBits) | UInt64(pattern)
        }
        static func police(_ packed: UInt64) -> Int { Int(packed >> UInt64(ownBits + patternBits)) }
        static func own(_ packed: UInt64) -> Int { Int(packed >> UInt64(patternBits) & (1 << UInt64(ownBits) - 1)) }
        static func pattern(_ packed: UInt64) -> Int { Int(packed & (1 << UInt64(patternBits) - 1)) }
    }

    static func firstIndex(_ sorted: [Int], atLeast value: Int) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The reason that says a pair's records have other likely partners (nil when they have none).
    public static func competitionReason(_ competition: Double) -> LinkReason? {
        competition < -0.005
            ? LinkReason(
                field: "other candidates", level: "either record has other likely partners", weight: competition) : nil
    }

    /// Each field's level and contribution to the weight of `pattern` under `model`.
    /// With `competition` (bits, from `ScoredPair`), a last reason: the records' other candidates.
    public static func reasons(_ pattern: ComparisonPattern, model: MatchModel, competition: Double = 0) -> [LinkReason]
    {
        var reasons = zip(LinkField.allCases, pattern.levels).map { field, level in
            guard let level else { return LinkReason(field: field.name, level: "not recorded on both", weight: 0) }
            return LinkReason(field: field.name, level: field.levels[level], weight: model.weight(field, level: level))
        }
        if let competing = competitionReason(competition) { reasons.append(competing) }
        return reasons
    }
}
