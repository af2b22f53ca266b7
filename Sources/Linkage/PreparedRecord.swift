import IncidentModel
import Places

/// A record's fields prepared for fast comparison.
struct PreparedRecord: Sendable {
    /// The incident's day: the record's date, or for a police record the date its account writes
    /// (`WrittenDate`).
    var day: Int
    /// The `forces` index of the record's force, or -1 (for blocking).
    var force: Int
    /// The force whose area the record is in, or -1: British Transport Police records take their
    /// place's.
    var area: Int
    /// The gazetteer authority, or -1.
    var authority: Int
    /// The gazetteer place (negative for a postcode-only authority), or Int.min.
    var place: Int
    /// The hash of the postcode district, 0 when none.
    var district: UInt32
    /// The hash of the full postcode, 0 when only the district or sector (or nothing) was given.
    var fullPostcode: UInt32
    /// The hash of the postcode sector ("N16 5"), of a full postcode or given as one; 0 when none.
    var sector: UInt32
    /// The streets named in the description or the location field (`DescriptionText.streetKeys`).
    var streets: [UInt32]
    var streetSkeletons: [UInt32]
    var category: Int
    var victim: Int
    var method: Int
    /// 1 online, 0 offline, -1 unknown.
    var online: Int
    var text: DescriptionText
    var offender: OffenderSketch

    static let forces = PoliceForce.allCases

    /// What a location field says beyond its place: the streets it names, and a postcode district
    /// ("Lea Bridge Road, E5") or a full postcode ("Stamford Hill (N16 5AB)") written in it. Read
    /// once per distinct location.
    struct LocationReading: Sendable {
        var streets: [String]
        var district: String?
        /// The full postcode, when the location writes one.
        var postcode: Postcode?

        init(_ location: String, gazetteer: Gazetteer) {
            streets = DescriptionText.streets(of: location, gazetteer: gazetteer)
            let written = gazetteer.postcode(in: location)
            district = written?.district
            postcode = written?.isFull == true ? written : nil
        }
    }

    init(
        _ record: LinkRecord, gazetteer: Gazetteer, places: [String: GazetteerPlace?],
        locations: [String: LocationReading] = [:]
    ) {
        let reading = record.location.map { locations[$0] ?? LocationReading($0, gazetteer: gazetteer) }
        day = record.date.dayNumber
        // A police record is often dated the day it was reported; its account may write the
        // incident's own date, which is compared instead.
        if record.source == .police, let description = record.description,
            let written = WrittenDate.incidentDay(in: description, recordedOn: day)
        {
            day = written
        }
        var force = record.policeForce
        var located: GazetteerPlace?
        if let location = record.location {
            located = places[PreparedRecord.placeKey(location, record.policeForce)] ?? nil
        }
        // The district the postcode column gives, else one the location names ("Lea Bridge Road, E5").
        let districtGiven = record.postcodeDistrict ?? reading?.district
        let postcodePlace = districtGiven.flatMap { gazetteer.place(postcode: $0) }
        if force == nil { force = located?.force ?? postcodePlace?.force }
        // A place named in another force's area than the record's is a misreading; keep the force.
        if let placeForce = located?.force, let recordForce = record.policeForce, placeForce != recordForce,
            !gazetteer.neighbouring(placeForce, recordForce)
        {
            located = nil
        }
        self.force = force.flatMap { PreparedRecord.forces.firstIndex(of: $0) } ?? -1
        let chosen = located ?? postcodePlace
        // British Transport Police police the railways everywhere: their force says nothing of the area.
        let areaForce = force == .britishTransport ? chosen?.force : force
        area = areaForce.flatMap { PreparedRecord.forces.firstIndex(of: $0) } ?? -1
        authority = chosen?.authorityIndex ?? -1
        place = located?.placeIndex ?? Int.min
        district = districtGiven.map { FNV1a.hash($0.uppercased().utf8) } ?? 0
        fullPostcode = 0
        sector = 0
        // The postcode column; a full postcode the location writes where the column is empty or
        // gives only the same district.
        var postcodeGiven = record.postcode.flatMap(Postcode.init(parsing:))
        if let written = reading?.postcode,
            postcodeGiven.map({ $0.inward == nil && $0.district == written.district }) ?? true
        {
            postcodeGiven = written
        }
        if let given = postcodeGiven {
            if given.isFull { fullPostcode = FNV1a.hash(given.description.utf8) | 1 }
            if let sector = given.sector { self.sector = FNV1a.hash(sector.utf8) | 1 }
        }
        category = record.category.flatMap { Category.allCases.firstIndex(of: $0) } ?? -1
        victim = record.victimType.flatMap { VictimType.allCases.firstIndex(of: $0) } ?? -1
        method = record.method.flatMap { Method.allCases.firstIndex(of: $0) } ?? -1
        // The first sentence's subject, read once for the victim's sex and the offender.
        let subject = DescriptionText.firstSubject(of: record.description ?? "")
        text = DescriptionText(
            record.description, gazetteer: gazetteer, subject: subject, locationStreets: reading?.streets ?? [])
        // A record without a method is online when its account names a platform.
        online = record.method.map { $0.isOnline ? 1 : 0 } ?? (text.platforms.isEmpty ? -1 : 1)
        // The offender as described in their own field, else as the account describes them.
        if let given = record.offenderDescription, !given.isEmpty {
            offender = OffenderSketch(given)
        } else {
            offender = OffenderSketch(DescriptionText.offenderPhrases(of: record.description ?? "", subject: subject))
        }
        // The account's streets and the location's, keyed together.
        streets = text.streets
        streetSkeletons = text.streetSkeletons
    }

    /// Whether the account says others were reached too: a count of people or homes ("two
    /// victims", "other victims present"; not "no other victims") or a second victim's number
    /// ("V2 also abused"). A word for several people on its own ("a couple of youths", "her
    /// children") is not enough.
    var saysOthers: Bool { text.reachedSeveral || text.secondVictim }

    static func placeKey(_ location: String, _ force: PoliceForce?) -> String {
        location + "\u{1F}" + (force?.rawValue ?? "")
    }

    /// The comparison of two prepared records (the hot loop of linkage: no allocation).
    static func compare(_ a: PreparedRecord, _ b: PreparedRecord) -> ComparisonPattern {
        compare(a, b, place: placeLevel(a, b))
    }

    /// The place level of two prepared records (`LinkField.place`), or its "not comparable" value.
    @inline(__always)
    static func placeLevel(_ a: borrowing PreparedRecord, _ b: borrowing PreparedRecord) -> Int {
        Whereabouts.level(Whereabouts(a), Whereabouts(b))
    }

    /// What the place level reads of a record, small enough to keep in an array of its own (the
    /// look-alikes' pass reads it for every pair of the team's records near in time).
    struct Whereabouts: Sendable {
        var area: Int, authority: Int, place: Int
        var district: UInt32, fullPostcode: UInt32, sector: UInt32

        @inline(__always)
        init(_ record: borrowing PreparedRecord) {
            area = record.area
            authority = record.authority
            place = record.place
            district = record.district
            fullPostcode = record.fullPostcode
            sector = record.sector
        }

        /// The place level of two records' whereabouts (`LinkField.place`), or its "not comparable" value.
        @inline(__always)
        static func level(_ a: Whereabouts, _ b: Whereabouts) -> Int {
            if a.fullPostcode != 0 && a.fullPostcode == b.fullPostcode { return 0 }
            // A sector given on one side agrees with the other's full postcode or sector as far as it goes.
            if a.sector != 0 && a.sector == b.sector && (a.fullPostcode == 0 || b.fullPostcode == 0) { return 0 }
            // The same place named, but in different postcode districts: a place name can cover a
            // whole borough or town ("Haringey", "Belfast"), so the districts say more. Two full
            // postcodes, or sectors, that differ say more than a shared place name too.
            let districtsDiffer = a.district != 0 && b.district != 0 && a.district != b.district
            let postcodesDiffer =
                (a.fullPostcode != 0 && b.fullPostcode != 0) || (a.sector != 0 && b.sector != 0 && a.sector != b.sector)
            if a.place != Int.min && a.place == b.place && !districtsDiffer && !postcodesDiffer { return 1 }
            if a.district != 0 && a.district == b.district { return postcodesDiffer ? 2 : 1 }
            // Different postcode districts: different places, whatever the authority says.
            if districtsDiffer { return a.area >= 0 && b.area >= 0 && a.area != b.area ? 6 : 5 }
            if a.authority >= 0 && b.authority >= 0 { return a.authority == b.authority ? 3 : a.area == b.area ? 5 : 6 }
            if a.area >= 0 && b.area >= 0 { return a.area == b.area ? 4 : 6 }
            return LinkField.place.levels.count
        }
    }

    /// The comparison of a police record `a` with one of the team's `b`, the place level known.
    static func compare(_ a: PreparedRecord, _ b: PreparedRecord, place: Int) -> ComparisonPattern {
        withUnsafePointer(to: b) { compare(a, $0, place: place) }
    }

    /// The same, the team's record read where it is (the hot loop passes a pointer into its array:
    /// passed as a value, each record was copied, every array it holds retained and released).
    /// `trigramBits`: `a`'s trigrams as bits (see `DescriptionText.similarity(to:trigramBits:)`).
    static func compare(
        _ a: borrowing PreparedRecord, _ b: UnsafePointer<PreparedRecord>, place: Int,
        trigramBits: UnsafeBufferPointer<UInt64>? = nil
    ) -> ComparisonPattern {
        let radices = ComparisonPattern.radices
        let date = LinkField.dateLevel(lag: a.day - b.pointee.day)
        let category = a.category < 0 || b.pointee.category < 0 ? 2 : a.category == b.pointee.category ? 0 : 1
        let victim = a.victim < 0 || b.pointee.victim < 0 ? 2 : a.victim == b.pointee.victim ? 0 : 1
        // A method known on one side only still differs when the other's account is online and it is not.
        let methodUnknown = a.online >= 0 && b.pointee.online >= 0 && a.online != b.pointee.online ? 2 : 3
        let method =
            a.method < 0 || b.pointee.method < 0
            ? methodUnknown : a.method == b.pointee.method ? 0 : a.online == b.pointee.online ? 1 : 2
        var description = LinkField.description.levels.count
        if a.text.isComparable && b.pointee.text.isComparable {
            let similarity =
                trigramBits.map { a.text.similarity(to: b.pointee.text, trigramBits: $0) }
                ?? a.text.similarity(to: b.pointee.text)
            description = LinkField.descriptionCuts.firstIndex { similarity >= $0 } ?? LinkField.descriptionCuts.count
        }
        var time = LinkField.time.levels.count
        if !a.text.times.isEmpty && !b.pointee.text.times.isEmpty {
            var closest = Int.max
            // Minutes apart, either way round the clock (23:55 and 00:05 are ten minutes apart).
            for x in a.text.times {
                for y in b.pointee.text.times {
                    let apart = abs(Int(x) - Int(y))
                    closest = min(closest, apart, 1440 - apart)
                }
            }
            time = closest <= 10 ? 0 : closest <= 60 ? 1 : 2
        }
        let platform = shared(a.text.platforms, b.pointee.text.platforms),
            venue = shared(a.text.venues, b.pointee.text.venues)
        let sex = shared(a.text.victimSex, b.pointee.text.victimSex)
        let street =
            a.streets.isEmpty || b.pointee.streets.isEmpty
            ? 2
            : DescriptionText.sameStreet(a.streets, a.streetSkeletons, b.pointee.streets, b.pointee.streetSkeletons)
                ? 0 : 1
        // Mixed radix in LinkField order, as ComparisonPattern(levels:) packs it.
        var code = date
        code = code * radices[1] + place
        code = code * radices[2] + category
        code = code * radices[3] + victim
        code = code * radices[4] + method
        code = code * radices[5] + description
        code = code * radices[6] + time
        code = code * radices[7] + platform
        code = code * radices[8] + venue
        code = code * radices[9] + sex
        code = code * radices[10] + street
        code = code * radices[11] + people(a, b)
        return ComparisonPattern(code: code)
    }

    /// The place's, category's, victim type's and street's levels against `other` (as `compare`
    /// gives them, nil when not comparable), the place level known, for the look-alikes' pass.
    /// (`compare` keeps its own reading: calling this on its borrowed record copied it, every
    /// array it holds retained and released, and comparing took a fifth longer.)
    @inline(__always)
    func agreement(_ other: UnsafePointer<PreparedRecord>, place: Int)
        -> (place: Int?, category: Int?, victim: Int?, street: Int?)
    {
        let theirs = other.pointee.category, victims = other.pointee.victim
        let category: Int? = self.category < 0 || theirs < 0 ? nil : self.category == theirs ? 0 : 1
        let victim: Int? = self.victim < 0 || victims < 0 ? nil : self.victim == victims ? 0 : 1
        let street: Int? =
            streets.isEmpty || other.pointee.streets.isEmpty
            ? nil
            : DescriptionText.sameStreet(
                streets, streetSkeletons, other.pointee.streets, other.pointee.streetSkeletons) ? 0 : 1
        return (place < LinkField.place.levels.count ? place : nil, category, victim, street)
    }

    /// The people described: the ages either account gives anyone, and the offender's sex, number
    /// and age as described. Any of these that differs makes the level "differ"; otherwise any
    /// that agrees makes it "agree"; otherwise not comparable.
    static func people(_ a: borrowing PreparedRecord, _ b: UnsafePointer<PreparedRecord>) -> Int {
        // (Four values, not an array: this runs for every candidate pair.)
        let ages = shared(a.text.ages, b.pointee.text.ages), sex = shared(a.offender.sex, b.pointee.offender.sex)
        let number = shared(a.offender.number, b.pointee.offender.number)
        let offenderAges = shared(a.offender.ages, b.pointee.offender.ages)
        if ages == 1 || sex == 1 || number == 1 || offenderAges == 1 { return 1 }
        return ages == 0 || sex == 0 || number == 0 || offenderAges == 0 ? 0 : 2
    }

    /// Two sets of kinds: 0 when they share one, 1 when they share none, 2 (not comparable) when
    /// either is empty.
    @inline(__always)
    static func shared<Kinds: OptionSet>(_ a: Kinds, _ b: Kinds) -> Int {
        a.isEmpty || b.isEmpty ? 2 : a.isDisjoint(with: b) ? 1 : 0
    }
}
