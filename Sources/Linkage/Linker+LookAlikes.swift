import Foundation

// How often two different incidents look alike, learnt from the team's own records
// (`LinkOptions.lookAlikes`, `incidents link --look-alikes`; off by default).
//
// The match weights add one field's evidence to the next as if they were independent. Among
// different incidents they are not: a template of incident (a nuisance call to a shop, a swastika
// on a bus shelter) brings the same category, victim type, place and street on the same day more
// often than the product of the fields' chances says, so the fields count one coincidence several
// times and a look-alike scores like a match. The team's records are different incidents of one
// another (the team counts each once), so how often two of them coincide on the day, place,
// category, victim type and street, against what the product of the same pairs' frequencies of
// each field's level expects, measures that dependence on the data being linked, with no
// answers. Where they coincide more often than expected, a compared pair of that class loses the
// difference (`lookAlikeBits`), so a pattern that look-alikes share is less certain than its
// fields' sum. (Off by default: the README gives a stranger's files on which it cost more true
// pairs than it saved false ones.)
extension Linker {
    /// The fields whose agreement together a look-alike shares (the description is left out: the
    /// team's records are written in one voice, so their accounts agree more than the two sides'
    /// do). The date is taken either way round, as the team's pairs have no direction.
    static let lookAlikeFields: [LinkField] = [.place, .category, .victimType, .street]

    /// The class of a pattern's levels for `lookAlikeFields`: the days apart (0, 1, 2–3, 4–7, 8+,
    /// either way) and each field's level (its count of levels when not comparable).
    @inline(__always)
    static func lookAlikeClass(dateLevel: Int?, _ levels: (place: Int?, category: Int?, victim: Int?, street: Int?))
        -> Int
    {
        var key = dateLevel.map { daysApart[$0] } ?? dateSlots - 1
        key = key * (LinkField.place.levels.count + 1) + (levels.place ?? LinkField.place.levels.count)
        key = key * (LinkField.category.levels.count + 1) + (levels.category ?? LinkField.category.levels.count)
        key = key * (LinkField.victimType.levels.count + 1) + (levels.victim ?? LinkField.victimType.levels.count)
        key = key * (LinkField.street.levels.count + 1) + (levels.street ?? LinkField.street.levels.count)
        return key
    }

    /// The days apart, either way, of each date level (same day, police 1, 2–3, 4–7, 8+ days
    /// later, 1 day earlier, 2+ earlier): 0, 1, 2–3, 4–7, 8+ days.
    static let daysApart = [0, 1, 2, 3, 4, 1, 2]

    /// The date's slots in a class: each of `daysApart`'s, and not comparable.
    static let dateSlots = daysApart.max()! + 2

    /// The number of look-alike classes.
    static let lookAlikeClasses = dateSlots * lookAlikeFields.reduce(1) { $0 * ($1.levels.count + 1) }

    /// The class of a compared pattern's levels.
    static func lookAlikeClass(_ levels: [Int?]) -> Int {
        lookAlikeClass(
            dateLevel: levels[LinkField.date.rawValue],
            (
                levels[LinkField.place.rawValue], levels[LinkField.category.rawValue],
                levels[LinkField.victimType.rawValue], levels[LinkField.street.rawValue]
            ))
    }

    /// How many ordered pairs of two different team records fall in each look-alike class, the
    /// team's records blocked as a police record's candidates are (`late` days' delay where
    /// places agree, `windowDays` either way otherwise), except pairs whose places differ (a
    /// different local authority, district or force: no look-alike, and most of the pairs).
    /// Counted on every core, by chunk.
    func ownCoincidences(_ own: [PreparedRecord], late: Int) -> [Int] {
        let forces = ForceNeighbours(gazetteer), window = options.windowDays
        let briefs = LookAlikeBriefs(own, forces: forces)
        let chunks = Linker.chunks(own.count)
        let counts = own.withUnsafeBufferPointer { records in
            nonisolated(unsafe) let records = records
            return inParallel(chunks.count) { c in
                var counts = [Int](repeating: 0, count: Linker.lookAlikeClasses)
                for b in chunks[c] {
                    let brief = briefs.all[b]
                    /// Counts the pair of this record and the `k`th brief if it is compared, `times` times.
                    func count(_ k: Int, times: Int) {
                        let other = briefs.all[k]
                        guard k != b, forces.mayBeSame(brief.slot, other.slot) else { return }
                        let place = PreparedRecord.Whereabouts.level(brief.whereabouts, other.whereabouts)
                        let lag = brief.day - other.day
                        if lag > window && !LinkField.placeAgrees.contains(place) { return }
                        // Places that differ make no look-alike: their classes are not counted.
                        guard !LinkField.placesDiffer.contains(place) else { return }
                        // (The other record read where it is: a copy would retain and release
                        // every array it holds.)
                        let levels = records[brief.record].agreement(records.baseAddress! + other.record, place: place)
                        counts[Linker.lookAlikeClass(dateLevel: LinkField.dateLevel(lag: lag), levels)] += times
                    }
                    // Within the window, the records whose places may not differ, each pair once
                    // for both its orders (the class is the same either way round: the records
                    // after this one, by day); reported later, those whose places may agree.
                    let at = brief.whereabouts, through = brief.day + window
                    for list in briefs.mayNotDiffer(at) {
                        briefs.each(in: list, after: b, through: through) { count($0, times: 2) }
                    }
                    let earlier = brief.day - late, before = brief.day - window - 1
                    guard earlier <= before else { continue }
                    for list in briefs.mayAgree(at) {
                        briefs.each(in: list, from: earlier, through: before) { count($0, times: 1) }
                    }
                }
                return counts
            }
        }
        return counts.reduce(into: [Int](repeating: 0, count: Linker.lookAlikeClasses)) { total, part in
            for k in part.indices { total[k] += part[k] }
        }
    }

    /// What the look-alikes' pass reads of each team record, by day, in an array of its own (the
    /// records themselves are large, and most pairs need only their days, forces and places), and
    /// the lists of records whose places may not differ from one's, or may agree with it (see
    /// `PreparedRecord.Whereabouts.level`: two records' places differ when both give a postcode
    /// district and the districts differ, or when both have a local authority and the
    /// authorities differ; they agree only in one district or, where either gives none, in one
    /// authority).
    struct LookAlikeBriefs: Sendable {
        struct Brief: Sendable {
            var day: Int, slot: Int, record: Int
            var whereabouts: PreparedRecord.Whereabouts
        }
        /// By day.
        let all: [Brief]
        /// Indexes into `all`, each list by day: every one; those with no district; with no
        /// authority; with neither.
        let everyBrief: [Int], noDistrict: [Int], noAuthority: [Int], neither: [Int]
        /// Indexes into `all`, by day: by district; by authority; by authority, with no district.
        let district: [UInt32: [Int]], authority: [Int: [Int]], undistricted: [Int: [Int]]

        init(_ own: [PreparedRecord], forces: ForceNeighbours) {
            all = own.indices.sorted { (own[$0].day, $0) < (own[$1].day, $1) }.map {
                Brief(
                    day: own[$0].day, slot: forces.slot(own[$0].force), record: $0,
                    whereabouts: PreparedRecord.Whereabouts(own[$0]))
            }
            everyBrief = Array(all.indices)
            var noDistrict: [Int] = [], noAuthority: [Int] = [], neither: [Int] = []
            var district: [UInt32: [Int]] = [:], authority: [Int: [Int]] = [:], undistricted: [Int: [Int]] = [:]
            for (k, brief) in all.enumerated() {
                let at = brief.whereabouts
                if at.district != 0 { district[at.district, default: []].append(k) } else { noDistrict.append(k) }
                if at.authority >= 0 {
                    authority[at.authority, default: []].append(k)
                    if at.district == 0 { undistricted[at.authority, default: []].append(k) }
                } else {
                    noAuthority.append(k)
                    if at.district == 0 { neither.append(k) }
                }
            }
            (self.noDistrict, self.noAuthority, self.neither) = (noDistrict, noAuthority, neither)
            (self.district, self.authority, self.undistricted) = (district, authority, undistricted)
        }

        /// The lists (no record in two) that hold every record whose place may not differ from
        /// one at `at`: the same district or none, and the same authority or none.
        func mayNotDiffer(_ at: PreparedRecord.Whereabouts) -> [[Int]?] {
            switch (at.district != 0, at.authority >= 0) {
            case (true, true): [district[at.district], undistricted[at.authority], neither]
            case (true, false): [district[at.district], noDistrict]
            case (false, true): [authority[at.authority], noAuthority]
            case (false, false): [everyBrief]
            }
        }

        /// The lists (no record in two) that hold every record whose place may agree with one at
        /// `at` (the same full postcode, sector, place, district or authority).
        func mayAgree(_ at: PreparedRecord.Whereabouts) -> [[Int]?] {
            switch (at.district != 0, at.authority >= 0) {
            case (true, true): [district[at.district], undistricted[at.authority]]
            case (true, false): [district[at.district]]
            case (false, true): [authority[at.authority]]
            case (false, false): []
            }
        }

        /// Calls `body` with each of `list` (indexes into `all`, by day) dated `from` to `through`.
        @inline(__always)
        func each(in list: [Int]?, from: Int, through: Int, _ body: (Int) -> Void) {
            guard let list else { return }
            walk(list, from: Linker.firstIndex(in: list.count) { all[list[$0]].day >= from }, through: through, body)
        }

        /// Calls `body` with each of `list` (indexes into `all`, by day) after `after` and dated
        /// up to `through`.
        @inline(__always)
        func each(in list: [Int]?, after: Int, through: Int, _ body: (Int) -> Void) {
            guard let list else { return }
            walk(list, from: Linker.firstIndex(in: list.count) { list[$0] > after }, through: through, body)
        }

        /// Calls `body` with `list`'s indexes from position `start` while they are dated up to `through`.
        @inline(__always)
        private func walk(_ list: [Int], from start: Int, through: Int, _ body: (Int) -> Void) {
            var position = start
            while position < list.count && all[list[position]].day <= through {
                body(list[position])
                position += 1
            }
        }
    }

    /// The bits each compared pattern loses because look-alikes share it: log2 of the team's
    /// pairs in its class against what the product of the same pairs' frequencies of each field's
    /// level expects, each with one pair added (so a class that neither count fills loses
    /// nothing), when the first is the larger; by pattern number. Both counts are of the team's
    /// pairs, so what is measured is how much more often different incidents agree on the fields
    /// together than one by one, whatever share of either file is online, in one place or late.
    /// The pairs dated further apart than the window were counted only where places agree: their
    /// frequency is taken as if all had been (divided by the share of the pairs within the window
    /// whose places agree), as the model's u takes the police's late pairs.
    static func lookAlikeBits(levels: [[Int?]], coincidences: [Int]) -> [Double] {
        let fields = [LinkField.date] + lookAlikeFields
        let radices = [dateSlots] + lookAlikeFields.map { $0.levels.count + 1 }
        /// A class's slot of each field (the inverse of `lookAlikeClass`).
        func slots(_ key: Int) -> [Int] {
            var key = key, slots = [Int](repeating: 0, count: radices.count)
            for f in radices.indices.reversed() {
                slots[f] = key % radices[f]
                key /= radices[f]
            }
            return slots
        }
        var frequency = radices.map { [Double](repeating: 0, count: $0) }
        var inWindow = 0.0, agreeing = 0.0
        for (key, count) in coincidences.enumerated() where count > 0 {
            let slots = slots(key)
            for f in slots.indices { frequency[f][slots[f]] += Double(count) }
            if slots[0] <= daysApart[LinkField.dateLevel(lag: -3)] {
                inWindow += Double(count)
                if LinkField.placeAgrees.contains(slots[1]) { agreeing += Double(count) }
            }
        }
        let total = Double(coincidences.reduce(0, +))
        guard total > 0 else { return levels.map { _ in 0 } }
        if agreeing > 0 {
            for level in LinkField.lateDateLevels { frequency[0][daysApart[level]] *= inWindow / agreeing }
        }
        return levels.map { levels in
            // (Pairs whose places differ are not counted among the team's: see `ownCoincidences`.)
            if let place = levels[LinkField.place.rawValue], LinkField.placesDiffer.contains(place) { return 0 }
            let key = lookAlikeClass(levels), slots = slots(key)
            var expected = total
            for f in fields.indices { expected *= frequency[f][slots[f]] / total }
            let seen = Double(coincidences[key])
            return max(0, log2((seen + 1) / (expected + 1)))
        }
    }

    /// The reason that says a pair's pattern is one that different incidents often share (nil
    /// when it is not).
    public static func lookAlikeReason(_ bits: Double) -> LinkReason? {
        guard bits > 0.005 else { return nil }
        return LinkReason(
            field: "look-alikes", level: "the team's own different incidents often agree this way", weight: -bits)
    }
}
