import Foundation

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
        let spread = SpreadOdds(candidates, model: model, odds: odds, own: own)
        let strong = Linker.strongCandidates(candidates, odds: spread, reviewOdds: reviewOdds)
        let campaigns = Linker.campaigns(strong, police: police, own: own, policeOdds: spread.police)
        let campaignOdds = CampaignOdds(strong, campaigns: campaigns)
        var kept: [ScoredPair] = []
        for part in candidates.parts {
            for packed in part.pairs {
                let pattern = Pack.pattern(packed), i = Pack.police(packed), j = Pack.own(packed)
                let pairOdds = spread.odds(pattern: pattern, own: j)
                let campaign = campaigns[Linker.campaignKey(own: j, police: i)]
                // A copy in a campaign is kept when its best member is likely enough: it joins it.
                let joins = campaign.map { campaignOdds.best(own: j, campaign: $0) >= reviewOdds } ?? false
                guard pairOdds >= reviewOdds || joins else { continue }
                let siblings = campaign.map { max(campaignOdds.summed(own: j, campaign: $0) - pairOdds, 0) } ?? 0
                let (competition, probability) = Linker.exclusive(
                    odds: pairOdds, policeOdds: spread.police[i],
                    ownOdds: spread.own[j] - siblings)
                guard probability >= options.reviewAbove || joins else { continue }
                let code = candidates.patterns[pattern].code
                kept.append(
                    ScoredPair(
                        police: i, own: j, pattern: ComparisonPattern(code: code),
                        weight: weightOfPattern[pattern] + spread.bits(pattern: pattern, own: j) + competition,
                        competition: competition,
                        probability: probability, campaign: campaign, lookAlike: lookAlikeBits[pattern],
                        spreadStreets: spread.bits(pattern: pattern, own: j)))
            }
        }
        kept.sort { ($0.weight, $1.police, $1.own) > ($1.weight, $0.police, $0.own) }
        return kept
    }

    /// The reason that says a different street was not counted against a pair (nil when it was).
    public static func spreadStreetsReason(_ bits: Double) -> LinkReason? {
        guard bits > 0.005 else { return nil }
        return LinkReason(
            field: "campaign", level: "the act reached several homes: a different street does not count", weight: bits)
    }

    /// The candidates within `campaignReach` of the review threshold, by team record: the police
    /// records that may be its copies.
    static func strongCandidates(
        _ candidates: Candidates, odds: SpreadOdds,
        reviewOdds: Double
    ) -> [Int: [(police: Int, odds: Double)]] {
        var strong: [Int: [(police: Int, odds: Double)]] = [:]
        for part in candidates.parts {
            for packed in part.pairs {
                let pairOdds = odds.odds(pattern: Pack.pattern(packed), own: Pack.own(packed))
                guard pairOdds >= reviewOdds * campaignReach else { continue }
                strong[Pack.own(packed), default: []].append((Pack.police(packed), pairOdds))
            }
        }
        return strong
    }

    /// A pair's odds, read as a campaign reads them: when the team's account says the act was
    /// spread over several homes or places, its households' police records name other streets
    /// of the place, so different streets count for nothing against the pair.
    struct SpreadOdds {
        private let ofPattern: [Double], spreadOfPattern: [Double], streetBits: [Double], spread: [Bool]
        /// Each police record's and each team record's candidates' odds, summed as read here (the
        /// pairs' competition, `Odds.police` and `Odds.own` with the streets given back).
        let police: [Double], own: [Double]

        init(_ candidates: Candidates, model: MatchModel, odds: Odds, own: [PreparedRecord]) {
            let street = LinkField.street.rawValue
            let differ = model.weights[street].count > 1 ? max(-model.weights[street][1], 0) : 0
            ofPattern = odds.ofPattern
            streetBits = candidates.patterns.map { ComparisonPattern(code: $0.code).levels[street] == 1 ? differ : 0 }
            spreadOfPattern = zip(ofPattern, streetBits).map { $0 * pow(2, $1) }
            let spread = own.map(\.text.reachedSeveralPlaces)
            self.spread = spread
            var policeSums = odds.police, ownSums = odds.own
            if differ > 0 && spread.contains(true) {
                for part in candidates.parts {
                    for packed in part.pairs where spread[Pack.own(packed)] {
                        let pattern = Pack.pattern(packed)
                        guard streetBits[pattern] > 0 else { continue }
                        let more = spreadOfPattern[pattern] - ofPattern[pattern]
                        policeSums[Pack.police(packed)] += more
                        ownSums[Pack.own(packed)] += more
                    }
                }
            }
            police = policeSums
            self.own = ownSums
        }

        /// The bits a different street takes from `pattern`, given back when team record `own` was spread.
        func bits(pattern: Int, own: Int) -> Double { spread[own] ? streetBits[pattern] : 0 }
        /// The odds of `pattern` for team record `own`.
        func odds(pattern: Int, own: Int) -> Double { spread[own] ? spreadOfPattern[pattern] : ofPattern[pattern] }
    }

    /// The odds of a campaign's members for each team record: summed, and its best member's.
    struct CampaignOdds {
        private var summedOdds: [Int: Double] = [:], bestOdds: [Int: Double] = [:]

        init(_ strong: [Int: [(police: Int, odds: Double)]], campaigns: [Int: Int]) {
            for (own, candidates) in strong {
                for candidate in candidates {
                    guard let campaign = campaigns[Linker.campaignKey(own: own, police: candidate.police)] else {
                        continue
                    }
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

    /// Each team record's campaign: the police records that are copies of one incident (each
    /// household's or victim's report of it). For a team record whose account says it reached
    /// several people or homes, its likely partners that are copies of another of them (see
    /// `copies`) form one campaign, however many groups of copies they fall into (officers write
    /// the same leaflet drop in several ways); when the act was spread over homes or places, any
    /// other likely partner within its days and local authority joins (`near`). When the account
    /// names its victims as several people ("a couple"), one record per victim, closer still
    /// (`copies(kind: .victims)`), each group its own. When the account says nothing of its reach,
    /// `unwordedCopies` or more likely partners that are copies of one another, each having this
    /// team record as a third of its odds (`policeOdds`, its candidates' summed) at least, show
    /// one. Whatever the account says, when it is of people (or says nothing) two likely partners
    /// that each say there were other victims ("V2 also abused", `PreparedRecord.saysOthers`) and
    /// are `Copies.others` of each other are one incident's records, however few. Keyed by
    /// `campaignKey(own:police:)`; a campaign is named by its smallest police index, so the same
    /// number under two team records may name different campaigns: only a team record's own
    /// pairs are compared by it (`LinkAssignment.assign`).
    static func campaigns(
        _ strong: [Int: [(police: Int, odds: Double)]], police: [PreparedRecord],
        own: [PreparedRecord], policeOdds: [Double]
    ) -> [Int: Int] {
        var campaignOf: [Int: Int] = [:]
        for j in strong.keys.sorted() {
            let text = own[j].text
            // An account that says nothing of its reach: the police records alone can show a
            // spread act, `unwordedCopies` or more copies of one another among its likely partners.
            let worded = text.reachedSeveral || text.spread || text.namesSeveralPeople
            // Unworded, only police records whose likeliest partner this team record is (a third
            // of their odds at least) count: several look-alike incidents each have their own.
            var likely = strong[j]!.filter { worded || $0.odds * 3 >= policeOdds[$0.police] }
            // Unworded, two or more of them may say there were other victims ("V2 also abused"):
            // victims who each reported it (`Copies.others`).
            // Or the account counts its victims ("two Jewish teenagers"): each may have reported,
            // as the victims the team recorded (a police record of another kind of victim is
            // another incident).
            let victimsCounted = !worded && text.countsSeveralVictims
            if victimsCounted {
                let victim = own[j].victim
                likely.removeAll { victim >= 0 && police[$0.police].victim >= 0 && police[$0.police].victim != victim }
            }
            let othersSaid =
                !worded && (victimsCounted || likely.count(where: { police[$0.police].saysOthers }) >= 2)
            guard likely.count >= (worded || othersSaid ? 2 : unwordedCopies) else { continue }
            // A drop through hundreds of doors: its 64 likeliest records are compared.
            if likely.count > 64 {
                likely.sort { ($0.odds, $1.police) > ($1.odds, $0.police) }
                likely.removeLast(likely.count - 64)
            }
            let candidates = likely.map(\.police).sorted()
            // Victims named as several people ("a couple") are one police record each, written
            // alike: their records must be almost the same (`copies(kind: .victims)`).
            let victims = worded && !text.reachedSeveral && !text.spread
            let kind: Copies = victims ? .victims : !worded ? .unworded : text.spread ? .places : .people
            var parent = Array(candidates.indices)
            func find(_ x: Int) -> Int {
                var x = x
                while parent[x] != x { x = parent[x] }
                return x
            }
            var copied = [Bool](repeating: false, count: candidates.count)
            // Victims who each reported, to officers who wrote it their own way, and who each say
            // there were others ("V2 also abused", "other victims present"): copies however few.
            let people = kind == .victims || kind == .people || othersSaid
            var victimsSaid = [Bool](repeating: false, count: candidates.count)
            for x in candidates.indices {
                for y in candidates.indices where y > x {
                    let a = police[candidates[x]], b = police[candidates[y]]
                    let saidSo =
                        people && (victimsCounted || a.saysOthers && b.saysOthers)
                        && Linker.copies(a, b, kind: .others)
                    guard saidSo || Linker.copies(a, b, kind: kind) else { continue }
                    copied[x] = true
                    copied[y] = true
                    victimsSaid[x] = victimsSaid[x] || saidSo
                    victimsSaid[y] = victimsSaid[y] || saidSo
                    let rootX = find(x), rootY = find(y)
                    if rootX != rootY { parent[max(rootX, rootY)] = min(rootX, rootY) }
                }
            }
            if !worded {
                var size: [Int: Int] = [:]
                for x in candidates.indices where copied[x] { size[find(x), default: 0] += 1 }
                for x in candidates.indices where copied[x] {
                    copied[x] = size[find(x)]! >= unwordedCopies || victimsSaid[x]
                }
                guard copied.contains(true) else { continue }
            }
            // A spread act's household whose officer wrote it in other words still joins, when it
            // is within the campaign's days and local authority.
            if kind == .places && worded {
                let members = candidates.indices.filter { copied[$0] }
                for x in candidates.indices where !copied[x] {
                    copied[x] = members.contains { Linker.near(police[candidates[x]], police[candidates[$0]]) }
                }
            }
            for x in candidates.indices where copied[x] {
                // Sorted, so a group's (or the whole campaign's) first member is its smallest index.
                let name = victims ? candidates[find(x)] : candidates[copied.firstIndex(of: true)!]
                campaignOf[campaignKey(own: j, police: candidates[x])] = name
            }
        }
        return campaignOf
    }

    /// The key of a police record in a team record's campaign (police indices are under 2^20).
    static func campaignKey(own: Int, police: Int) -> Int { own << Pack.policeBits | police }

    /// How closely two police records must agree to read as copies of one incident.
    enum Copies {
        /// An act spread over several homes or places (a leaflet drop, a letter to every synagogue
        /// in a city): each household reports it when it finds it, to its own officer, so up to
        /// three days apart, anywhere in the force's area (a city's boroughs), worded alike only
        /// in part, classified as each officer judges.
        case places
        /// Like `places`, for an account that says nothing of its reach, but within the local
        /// authority, and the accounts must share more.
        case unworded
        /// Another likely partner of a spread act (`near`): its days and local authority, and
        /// something of the account shared.
        case nearby

        /// One incident that reached several people: a day apart at most, in the same place,
        /// nearly the same words, no field that differs.
        case people
        /// Several victims named as such ("a couple"): the same day, the same full postcode or
        /// place, descriptions almost identical, no field that differs.
        case victims
        /// Several victims, each police record saying there were others: a day apart at most (one
        /// reported the next day), in the local authority, sharing something of the account,
        /// classified as each officer judges.
        case others

        /// How many days apart the records may be.
        var days: Int {
            switch self {
            case .victims: 0
            case .people, .others: 1
            default: 3
            }
        }
        /// The worst place level they may be at (`LinkField.place`).
        var placeLevel: Int {
            switch self {
            case .victims: 1
            // "same force area, different local authority or postcode district"
            case .places: 5
            default: LinkField.placeAgrees.upperBound
            }
        }
        /// Whether method, category and victim type must not differ.
        var fieldsAgree: Bool { self == .victims || self == .people }
        /// The description cut (`LinkField.descriptionCuts`) their accounts must reach.
        var cut: Int {
            switch self {
            case .victims: 0
            case .people: 1
            case .unworded: 2
            case .places: 3
            case .nearby, .others: 4
            }
        }
    }

    /// Whether two police records read as copies of one incident (see `campaigns`), as closely as
    /// `kind` asks.
    static func copies(_ a: PreparedRecord, _ b: PreparedRecord, kind: Copies = .people) -> Bool {
        guard abs(a.day - b.day) <= kind.days else { return false }
        guard PreparedRecord.placeLevel(a, b) <= kind.placeLevel else { return false }
        if kind.fieldsAgree {
            let fields = [(a.method, b.method), (a.category, b.category), (a.victim, b.victim)]
            for (x, y) in fields where x >= 0 && y >= 0 && x != y { return false }
        }
        guard a.text.isComparable, b.text.isComparable else { return false }
        return a.text.similarity(to: b.text) >= LinkField.descriptionCuts[kind.cut]
    }

    /// Whether two police records are within a spread act's days (three apart) and local authority,
    /// and their accounts share something (`Copies.nearby`).
    static func near(_ a: PreparedRecord, _ b: PreparedRecord) -> Bool { copies(a, b, kind: .nearby) }

    /// How many copies of one another a team record's likely partners must be to show a campaign
    /// when its account says nothing of its reach.
    static let unwordedCopies = 4

    /// How much less likely than the review threshold a team record's candidate may be and still
    /// count as a copy in a campaign (it then joins the campaign's best member).
    static let campaignReach = 1.0 / 16
}
