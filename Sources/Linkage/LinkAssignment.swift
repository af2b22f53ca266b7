/// Which kept pairs link, wait for a person or are superseded, and the incidents linked records form.
public enum LinkAssignment {
    /// Decides each pair's state: a person's decisions first; then, best first, a pair links
    /// automatically at or above `linkAbove` when neither record is linked yet (one police record
    /// to one of the team's records), is queued between the thresholds, and is superseded when a
    /// record of it is already linked. A campaign (`campaign` gives a pair's: the campaign of its
    /// team record that its police record belongs to, nil when alone; numbers are compared only
    /// among one team record's pairs) is the exception: a team record linked to one of its police
    /// records takes the others too, as each household's report of the one incident.
    public static func assign(
        _ pairs: [(key: Int, probability: Double, decision: LinkDecision?)], linkAbove: Double,
        police: (Int) -> Int, own: (Int) -> Int,
        campaign: (Int) -> Int? = { _ in nil }
    ) -> [PairState] {
        var states = [PairState](repeating: .queued, count: pairs.count)
        var usedPolice = Set<Int>()
        var usedOwn: [Int: Int?] = [:]  // own record → the campaign of the police record(s) it took
        func take(_ i: Int) {
            usedPolice.insert(police(i))
            let c = campaign(i)
            if let existing = usedOwn[own(i)] {
                if existing != c { usedOwn[own(i)] = .some(nil) }
            } else {
                usedOwn[own(i)] = c
            }
        }
        /// Whether pair i's team record is free for it: untaken, or taken by its own campaign.
        func ownFree(_ i: Int) -> Bool {
            guard let taken = usedOwn[own(i)] else { return true }
            guard let c = campaign(i), let t = taken else { return false }
            return c == t
        }
        for (i, pair) in pairs.enumerated() where pair.decision == .accept {
            states[i] = .accepted
            take(i)
        }
        let order = pairs.indices.sorted {
            (pairs[$0].probability, pairs[$1].key) > (pairs[$1].probability, pairs[$0].key)
        }
        /// Whether pair i's team record is already linked to a copy of its police record.
        func joinsCampaign(_ i: Int) -> Bool {
            guard let c = campaign(i), let taken = usedOwn[own(i)], let t = taken else { return false }
            return c == t
        }
        for i in order where pairs[i].decision != .accept {
            if pairs[i].decision == .reject { states[i] = .rejected; continue }
            if usedPolice.contains(police(i)) || !ownFree(i) { states[i] = .superseded; continue }
            if (pairs[i].probability >= linkAbove || joinsCampaign(i)) && pairs[i].decision != .skip {
                states[i] = .linked
                take(i)
            } else {
                states[i] = .queued
            }
        }
        // A copy queued before its campaign's first link joins it now.
        var joined = true
        while joined {
            joined = false
            for i in order
            where states[i] == .queued && pairs[i].decision != .skip && !usedPolice.contains(police(i))
                && joinsCampaign(i)
            {
                states[i] = .linked
                take(i)
                joined = true
            }
        }
        // A queued pair whose police record has since linked elsewhere is superseded.
        for i in order where states[i] == .queued && usedPolice.contains(police(i)) && pairs[i].decision == nil {
            states[i] = .superseded
        }
        return states
    }

    /// Transitive groups of linked records: each record's group representative (itself when alone).
    public static func groups(count: Int, links: [(Int, Int)]) -> [Int] {
        var parent = Array(0..<count)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for (a, b) in links {
            let ra = find(a), rb = find(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        return (0..<count).map(find)
    }
}

extension Linker.Scored {
    /// The state each pair takes with no decisions yet, linking at `linkAbove` (`LinkAssignment.assign`
    /// over the pairs, their campaigns included).
    public func states(linkAbove: Double) -> [PairState] {
        let pairs = self.pairs
        return LinkAssignment.assign(
            pairs.map { (key: $0.police << 32 | $0.own, probability: $0.probability, decision: nil) },
            linkAbove: linkAbove, police: { pairs[$0].police }, own: { pairs[$0].own },
            campaign: { pairs[$0].campaign })
    }
}
