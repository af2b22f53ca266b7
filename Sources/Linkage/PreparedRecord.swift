import IncidentModel
import Places

/// A record's fields prepared for fast comparison.
struct PreparedRecord: Sendable {
    var day: Int
    var force: Int  // PoliceForce index, or -1 (for blocking)
    var area: Int  // the force whose area the record is in, or -1: British Transport Police records take their place's
    var authority: Int  // gazetteer authority, or -1
    var place: Int  // gazetteer place (negative for a postcode-only authority), or Int.min
    var district: UInt32  // hash of the postcode district, 0 when none
    var fullPostcode: UInt32  // hash of the full postcode, 0 when only the district (or nothing) was given
    /// The streets named in the description or the location field (`DescriptionText.streetKeys`).
    var streets: [UInt32]
    var streetSkeletons: [UInt32]
    var category: Int
    var victim: Int
    var method: Int
    var online: Int  // 1 online, 0 offline, -1 unknown
    var text: DescriptionText
    var offender: OffenderSketch

    static let forces = PoliceForce.allCases

    init(
        _ record: LinkRecord, gazetteer: Gazetteer, places: [String: GazetteerPlace?],
        locationStreets: [String: [String]] = [:]
    ) {
        day = record.date.dayNumber
        var force = record.policeForce
        var located: GazetteerPlace?
        if let location = record.location {
            located = places[PreparedRecord.placeKey(location, record.policeForce)] ?? nil
        }
        let postcodePlace = record.postcodeDistrict.flatMap { gazetteer.place(postcode: $0) }
        if force == nil { force = located?.force ?? postcodePlace?.force }
        // A place named in another force's area than the record's is a misreading; keep the force.
        if let l = located, let f = record.policeForce, let lf = l.force, lf != f, !gazetteer.neighbouring(lf, f) {
            located = nil
        }
        self.force = force.flatMap { PreparedRecord.forces.firstIndex(of: $0) } ?? -1
        let chosen = located ?? postcodePlace
        // British Transport Police police the railways everywhere: their force says nothing of the area.
        let areaForce = force == .britishTransport ? chosen?.force : force
        area = areaForce.flatMap { PreparedRecord.forces.firstIndex(of: $0) } ?? -1
        authority = chosen?.authorityIndex ?? -1
        place = located?.placeIndex ?? Int.min
        district = record.postcodeDistrict.map { DescriptionText.hash($0.uppercased().utf8) } ?? 0
        fullPostcode = 0
        if let full = record.postcode.flatMap(Postcode.init(parsing:)), full.inward != nil {
            fullPostcode = DescriptionText.hash(full.description.utf8) | 1
        }
        category = record.category.flatMap { Category.allCases.firstIndex(of: $0) } ?? -1
        victim = record.victimType.flatMap { VictimType.allCases.firstIndex(of: $0) } ?? -1
        method = record.method.flatMap { Method.allCases.firstIndex(of: $0) } ?? -1
        online = record.method.map { $0.isOnline ? 1 : 0 } ?? -1
        text = DescriptionText(record.description, gazetteer: gazetteer)
        // The offender as described in their own field, else as the account describes them.
        if let given = record.offenderDescription, !given.isEmpty {
            offender = OffenderSketch(given)
        } else {
            offender = OffenderSketch(DescriptionText.offenderPhrases(of: record.description ?? ""))
        }
        streets = text.streets
        streetSkeletons = text.streetSkeletons
        if let location = record.location {
            let named = locationStreets[location] ?? DescriptionText.streets(of: location, gazetteer: gazetteer)
            if !named.isEmpty {
                (streets, streetSkeletons) = DescriptionText.streetKeys(
                    Array(Set(text.streetNames).union(named)).sorted())
            }
        }
    }

    static func placeKey(_ location: String, _ force: PoliceForce?) -> String {
        location + "\u{1F}" + (force?.rawValue ?? "")
    }

    /// The comparison of two prepared records (the hot loop of linkage: no allocation).
    static func compare(_ a: PreparedRecord, _ b: PreparedRecord) -> ComparisonPattern {
        compare(a, b, place: placeLevel(a, b))
    }

    /// The place level of two prepared records (`LinkField.place`), or its "not comparable" value.
    @inline(__always)
    static func placeLevel(_ a: PreparedRecord, _ b: PreparedRecord) -> Int {
        if a.fullPostcode != 0 && a.fullPostcode == b.fullPostcode { return 0 }
        // The same place named, but in different postcode districts: a place name can cover a
        // whole borough or town ("Haringey", "Belfast"), so the districts say more; no better
        // than the same local authority.
        let districtsDiffer = a.district != 0 && b.district != 0 && a.district != b.district
        if a.place != Int.min && a.place == b.place && !districtsDiffer { return 1 }
        if a.district != 0 && a.district == b.district { return a.fullPostcode != 0 && b.fullPostcode != 0 ? 2 : 1 }
        if a.authority >= 0 && b.authority >= 0 { return a.authority == b.authority ? 3 : a.area == b.area ? 5 : 6 }
        if a.area >= 0 && b.area >= 0 { return a.area == b.area ? 4 : 6 }
        return LinkField.place.levels.count
    }

    /// The comparison of a police record `a` with one of the team's `b`, the place level known.
    static func compare(_ a: PreparedRecord, _ b: PreparedRecord, place: Int) -> ComparisonPattern {
        let r = ComparisonPattern.radices
        let date = LinkField.dateLevel(lag: a.day - b.day)
        let category = a.category < 0 || b.category < 0 ? 2 : a.category == b.category ? 0 : 1
        let victim = a.victim < 0 || b.victim < 0 ? 2 : a.victim == b.victim ? 0 : 1
        let method = a.method < 0 || b.method < 0 ? 3 : a.method == b.method ? 0 : a.online == b.online ? 1 : 2
        var description = LinkField.description.levels.count
        if a.text.isComparable && b.text.isComparable {
            let s = a.text.similarity(to: b.text)
            description = LinkField.descriptionCuts.firstIndex { s >= $0 } ?? LinkField.descriptionCuts.count
        }
        var time = LinkField.time.levels.count
        if !a.text.times.isEmpty && !b.text.times.isEmpty {
            var closest = Int.max
            for x in a.text.times {
                for y in b.text.times { let d = abs(Int(x) - Int(y)); closest = min(closest, d, 1440 - d) }
            }
            time = closest <= 10 ? 0 : closest <= 60 ? 1 : 2
        }
        let platform = shared(a.text.platforms, b.text.platforms), venue = shared(a.text.venues, b.text.venues)
        let sex = shared(a.text.victimSex, b.text.victimSex)
        let street =
            a.streets.isEmpty || b.streets.isEmpty
            ? 2
            : DescriptionText.sameStreet(a.streets, a.streetSkeletons, b.streets, b.streetSkeletons) ? 0 : 1
        // Mixed radix in LinkField order, as ComparisonPattern(levels:) packs it.
        var code = date
        code = code * r[1] + place
        code = code * r[2] + category
        code = code * r[3] + victim
        code = code * r[4] + method
        code = code * r[5] + description
        code = code * r[6] + time
        code = code * r[7] + platform
        code = code * r[8] + venue
        code = code * r[9] + sex
        code = code * r[10] + street
        code = code * r[11] + people(a, b)
        return ComparisonPattern(code: code)
    }

    /// The people described: the ages either account gives anyone, and the offender's sex, number
    /// and age as described. Any of these that differs makes the level "differ"; otherwise any
    /// that agrees makes it "agree"; otherwise not comparable.
    static func people(_ a: PreparedRecord, _ b: PreparedRecord) -> Int {
        let parts = [
            shared(a.text.ages, b.text.ages), shared(a.offender.sex, b.offender.sex),
            shared(a.offender.number, b.offender.number), shared(a.offender.ages, b.offender.ages),
        ]
        if parts.contains(1) { return 1 }
        return parts.contains(0) ? 0 : 2
    }

    /// Two sets of kinds (bits): 0 when they share one, 1 when they share none, 2 (not
    /// comparable) when either is empty.
    static func shared<Bits: FixedWidthInteger>(_ a: Bits, _ b: Bits) -> Int {
        a == 0 || b == 0 ? 2 : a & b != 0 ? 0 : 1
    }
}

/// An offender as described, reduced to what two accounts can agree or differ on: sex (bit 0
/// male, bit 1 female), number (bit 0 one, bit 1 two, bit 2 a group) and age (decades, as
/// `DescriptionText.ages`); 0 where not said.
struct OffenderSketch: Sendable {
    var sex: UInt8 = 0
    var number: UInt8 = 0
    var ages: UInt16 = 0

    init(_ text: String) {
        guard !text.isEmpty else { return }
        let words = DescriptionText.words(text)
        var singular = false, plural = false, two = false
        for (k, word) in words.enumerated() {
            if let bit = OffenderSketch.sexHashes[word.hash] { sex |= bit }
            if OffenderSketch.oneHashes.contains(word.hash) { singular = true }
            if OffenderSketch.groupHashes.contains(word.hash) { plural = true }
            if word.number == 2 || OffenderSketch.twoHashes.contains(word.hash) { two = true }
            if word.number >= 3, word.number < 20, k + 1 < words.count,
                !DescriptionText.ageAfterHashes.contains(words[k + 1].hash)
            {
                plural = true
            }
            if OffenderSketch.pluralHashes.contains(word.hash) { plural = plural || !two }
        }
        if two { number = 2 } else if plural { number = 4 } else if singular || sex != 0 { number = 1 }
        // A group of men and women names both sexes; a single person one.
        ages = DescriptionText.ages(words)
    }

    /// Words for one person.
    static let oneWords: Set<String> = [
        "a", "an", "one", "man", "woman", "male", "female", "boy", "girl", "lone", "single",
    ]
    static let sexHashes = Dictionary(
        uniqueKeysWithValues: DescriptionText.sexWords.map { (DescriptionText.hash($0.key.utf8), $0.value) })
    static let oneHashes = DescriptionText.hashes(oneWords), groupHashes = DescriptionText.hashes(groupWords)
    static let pluralHashes = DescriptionText.hashes(pluralWords),
        twoHashes = DescriptionText.hashes(["two", "pair", "couple"])

    /// Plural words for people.
    static let pluralWords: Set<String> = [
        "males", "females", "men", "women", "boys", "girls", "youths", "teenagers", "people", "persons",
    ]
    /// Words for a group.
    static let groupWords: Set<String> = ["group", "gang", "crowd", "several", "three", "four", "five", "many", "mob"]
}
