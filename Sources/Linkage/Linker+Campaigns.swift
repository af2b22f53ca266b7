// The last pass of scoring: the pairs kept, with campaigns (police records of one incident
// reported by several households, the same leaflet through many doors, or by several victims).
// Copies in a campaign compete for nothing: a team record takes them all, and the odds of a
// record's siblings are not counted against it.
extension Linker {
    /// The pairs at or above the review threshold, other candidates considered, best first.
    func kept(
        _ candidates: Candidates, model: MatchModel, odds: Odds, lookAlikeBits: [Double], police: [PreparedRecord],
        own: [PreparedRecord]
    ) -> [ScoredPair] {
        let weightOfPattern = candidates.patterns.enumerated().map { number, pattern in
            model.weight(ComparisonPattern(code: pattern.code).levels) - lookAlikeBits[number]
        }
        let reviewOdds = options.reviewAbove / (1 - options.reviewAbove)
        let strong = Linker.strongCandidates(candidates, odds: odds, reviewOdds: reviewOdds)
        let campaigns = Linker.campaigns(strong, police: police, own: own)
        let campaignOdds = CampaignOdds(strong, campaigns: campaigns)
        var kept: [ScoredPair] = []
        for part in candidates.parts {
            for packed in part.pairs {
                let pattern = Pack.pattern(packed), i = Pack.police(packed), j = Pack.own(packed)
                let pairOdds = odds.ofPattern[pattern]
                let campaign = campaigns[i]
                // A copy in a campaign is kept when its best member is likely enough: it joins it.
                let joins = campaign.map { campaignOdds.best(own: j, campaign: $0) >= reviewOdds } ?? false
                guard pairOdds >= reviewOdds || joins else { continue }
                let siblings = campaign.map { max(campaignOdds.summed(own: j, campaign: $0) - pairOdds, 0) } ?? 0
                let (competition, probability) = Linker.exclusive(
                    odds: pairOdds, policeOdds: odds.police[i],
                    ownOdds: odds.own[j] - siblings)
                guard probability >= options.reviewAbove || joins else { continue }
                let code = candidates.patterns[pattern].code
                kept.append(
                    ScoredPair(
                        police: i, own: j, pattern: ComparisonPattern(code: code),
                        weight: weightOfPattern[pattern] + competition, competition: competition,
                        probability: probability, campaign: campaign, lookAlike: lookAlikeBits[pattern]))
            }
        }
        kept.sort { ($0.weight, $1.police, $1.own) > ($1.weight, $0.police, $0.own) }
        return kept
    }

    /// The candidates within `campaignReach` of the review threshold, by team record: the police
    /// records that may be its copies.
    static func strongCandidates(
        _ candidates: Candidates, odds: Odds,
        reviewOdds: Double
    ) -> [Int: [(police: Int, odds: Double)]] {
        var strong: [Int: [(police: Int, odds: Double)]] = [:]
        for part in candidates.parts {
            for packed in part.pairs where odds.ofPattern[Pack.pattern(packed)] >= reviewOdds * campaignReach {
                let pairOdds = odds.ofPattern[Pack.pattern(packed)]
                strong[Pack.own(packed), default: []].append((Pack.police(packed), pairOdds))
            }
        }
        return strong
    }

    /// The odds of a campaign's members for each team record: summed, and its best member's.
    struct CampaignOdds {
        private var summedOdds: [Int: Double] = [:], bestOdds: [Int: Double] = [:]

        init(_ strong: [Int: [(police: Int, odds: Double)]], campaigns: [Int: Int]) {
            for (own, candidates) in strong {
                for candidate in candidates {
                    guard let campaign = campaigns[candidate.police] else { continue }
                    let key = CampaignOdds.key(own: own, campaign: campaign)
                    summedOdds[key, default: 0] += candidate.odds
                    bestOdds[key] = max(bestOdds[key] ?? 0, candidate.odds)
                }
            }
        }

        /// The campaign's members' odds for team record `own`, summed.
        func summed(own: Int, campaign: Int) -> Double {
            summedOdds[CampaignOdds.key(own: own, campaign: campaign)] ?? 0
        }
        /// The odds of the campaign's best member for team record `own`.
        func best(own: Int, campaign: Int) -> Double { bestOdds[CampaignOdds.key(own: own, campaign: campaign)] ?? 0 }

        /// One key for a team record and a campaign (a police index, under 2^20).
        private static func key(own: Int, campaign: Int) -> Int { own << Pack.policeBits | campaign }
    }

    /// Police records that are copies of one incident: two police records that are both likely
    /// partners of the same team record whose account says it reached several people or homes,
    /// dated at most a day apart, in the same place (postcode, place or local authority), with
    /// descriptions nearly the same and no field that differs (method, category, victim type);
    /// or, when the account names its victims as several people ("a couple"), one record per
    /// victim, closer still (`copies(victims:)`). Returns each such record's campaign (the
    /// smallest police index among its copies, transitively).
    static func campaigns(
        _ strong: [Int: [(police: Int, odds: Double)]], police: [PreparedRecord],
        own: [PreparedRecord]
    ) -> [Int: Int] {
        var parent: [Int: Int] = [:]
        func find(_ x: Int) -> Int {
            var x = x
            while let up = parent[x], up != x { x = up }
            return x
        }
        for j in strong.keys.sorted() where own[j].text.reachedSeveral || own[j].text.namesSeveralPeople {
            let candidates = strong[j]!.map(\.police).sorted()
            guard candidates.count >= 2, candidates.count <= 64 else { continue }
            // Victims named as several people ("a couple") are one police record each, written
            // alike: their records must be almost the same (`copies(victims:)`).
            let victims = !own[j].text.reachedSeveral
            for x in candidates.indices {
                for y in candidates.indices where y > x {
                    guard Linker.copies(police[candidates[x]], police[candidates[y]], victims: victims) else {
                        continue
                    }
                    let rootX = find(candidates[x]), rootY = find(candidates[y])
                    if parent[rootX] == nil { parent[rootX] = rootX }
                    if parent[rootY] == nil { parent[rootY] = rootY }
                    if rootX != rootY { parent[max(rootX, rootY)] = min(rootX, rootY) }
                }
            }
        }
        var campaignOf: [Int: Int] = [:]
        for i in parent.keys { campaignOf[i] = find(i) }
        return campaignOf
    }

    /// Whether two police records read as copies of one incident (see `campaigns`). The records
    /// of several `victims` of one incident must be closer still: the same day, the same full
    /// postcode or place, and descriptions almost identical.
    static func copies(_ a: PreparedRecord, _ b: PreparedRecord, victims: Bool = false) -> Bool {
        guard abs(a.day - b.day) <= (victims ? 0 : 1) else { return false }
        let place = PreparedRecord.placeLevel(a, b)
        guard place <= (victims ? 1 : LinkField.placeAgrees.upperBound) else { return false }
        let fields = [(a.method, b.method), (a.category, b.category), (a.victim, b.victim)]
        for (x, y) in fields where x >= 0 && y >= 0 && x != y { return false }
        guard a.text.isComparable, b.text.isComparable else { return false }
        return a.text.similarity(to: b.text) >= LinkField.descriptionCuts[victims ? 0 : 1]
    }

    /// How much less likely than the review threshold a team record's candidate may be and still
    /// count as a copy in a campaign (it then joins the campaign's best member).
    static let campaignReach = 1.0 / 16
}
