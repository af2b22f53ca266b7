import IncidentModel

/// A record as linkage sees it: the fields compared and nothing else.
public struct LinkRecord: Sendable, Hashable {
    public var id: Int64
    public var source: Source
    public var reference: String
    public var date: CivilDate
    public var category: Category?
    public var policeForce: PoliceForce?
    public var location: String?
    public var postcodeDistrict: String?
    public var victimType: VictimType?
    public var method: Method?
    /// The free-text description (personal: read for comparison only, never written out).
    public var description: String?

    public init(id: Int64, source: Source, reference: String, date: CivilDate, category: Category? = nil,
                policeForce: PoliceForce? = nil, location: String? = nil, postcodeDistrict: String? = nil,
                victimType: VictimType? = nil, method: Method? = nil, description: String? = nil) {
        self.id = id; self.source = source; self.reference = reference; self.date = date; self.category = category
        self.policeForce = policeForce; self.location = location; self.postcodeDistrict = postcodeDistrict
        self.victimType = victimType; self.method = method; self.description = description
    }

    /// The compared fields of `incident` (its description read for comparison only).
    public init(_ incident: Incident, id: Int64) {
        self.init(id: id, source: incident.source, reference: incident.reference, date: incident.date, category: incident.category,
                  policeForce: incident.policeForce, location: incident.location, postcodeDistrict: incident.postcodeDistrict,
                  victimType: incident.victimType, method: incident.method, description: incident.personal.description?.revealed)
    }
}

/// The fields a pair is compared on, each with ordered agreement levels (best first). A field
/// not recorded on either side has no level and contributes nothing.
public enum LinkField: Int, CaseIterable, Sendable, Codable {
    case date, place, category, victimType, method, description, time, platform, venue, victimSex, street

    public var name: String {
        switch self {
        case .date: "date"
        case .place: "place"
        case .category: "category"
        case .victimType: "victim type"
        case .method: "method"
        case .description: "description"
        case .time: "time of day"
        case .platform: "platform"
        case .venue: "where exactly"
        case .victimSex: "victim's sex"
        case .street: "street"
        }
    }

    /// What each level means, best agreement first.
    public var levels: [String] {
        switch self {
        case .date: ["same day", "1 day apart", "2 days apart", "3 or more days apart"]
        case .place: ["same place", "same local authority", "same force area (place not comparable)",
                      "same force area, different local authority", "different force areas"]
        case .category: ["same category", "different category"]
        case .victimType: ["same victim type", "different victim type"]
        case .method: ["same method", "both online or both offline", "different method"]
        case .description: ["descriptions almost identical", "descriptions nearly the same", "descriptions very similar",
                            "descriptions similar", "descriptions somewhat similar", "descriptions dissimilar"]
        case .time: ["same time (within 10 minutes)", "within an hour", "different times of day"]
        case .platform: ["same platform", "different platforms"]
        case .venue: ["same kind of place", "different kinds of place"]
        case .victimSex: ["same sex", "different sex"]
        case .street: ["same street", "different streets"]
        }
    }

    /// Description similarity (0…1) at or above which each of the first five levels applies.
    static let descriptionCuts = [0.75, 0.6, 0.45, 0.32, 0.2]
}

/// One comparison: the agreement level of each field (nil when not comparable), packed in one integer.
public struct ComparisonPattern: Hashable, Sendable, Comparable {
    public let code: Int

    /// Each field's radix: its levels plus "not comparable".
    static let radices = LinkField.allCases.map { $0.levels.count + 1 }
    /// The number of distinct patterns.
    public static let count = radices.reduce(1, *)

    public init(code: Int) { self.code = code }

    public init(levels: [Int?]) {
        var code = 0
        for (field, level) in zip(LinkField.allCases, levels) {
            code = code * ComparisonPattern.radices[field.rawValue] + (level ?? field.levels.count)
        }
        self.code = code
    }

    /// The level of each field, nil when not comparable.
    public var levels: [Int?] {
        var rest = code
        var out = [Int?](repeating: nil, count: LinkField.allCases.count)
        for field in LinkField.allCases.reversed() {
            let radix = ComparisonPattern.radices[field.rawValue]
            let level = rest % radix
            rest /= radix
            out[field.rawValue] = level == field.levels.count ? nil : level
        }
        return out
    }

    public static func < (a: ComparisonPattern, b: ComparisonPattern) -> Bool { a.code < b.code }
}

/// A record's fields prepared for fast comparison.
struct PreparedRecord: Sendable {
    var day: Int
    var force: Int          // PoliceForce index, or -1 (for blocking)
    var area: Int           // the force whose area the record is in, or -1: British Transport Police records take their place's
    var authority: Int      // gazetteer authority, or -1
    var place: Int          // gazetteer place (negative for a postcode-only authority), or Int.min
    var postcode: String?
    var category: Int
    var victim: Int
    var method: Int
    var online: Int         // 1 online, 0 offline, -1 unknown
    var text: DescriptionText

    static let forces = PoliceForce.allCases

    init(_ record: LinkRecord, gazetteer: Gazetteer, places: [String: GazetteerPlace?]) {
        day = record.date.dayNumber
        var force = record.policeForce
        var located: GazetteerPlace?
        if let location = record.location { located = places[PreparedRecord.placeKey(location, record.policeForce)] ?? nil }
        let postcodePlace = record.postcodeDistrict.flatMap { gazetteer.place(postcode: $0) }
        if force == nil { force = located?.force ?? postcodePlace?.force }
        // A place named in another force's area than the record's is a misreading; keep the force.
        if let l = located, let f = record.policeForce, let lf = l.force, lf != f, !gazetteer.neighbouring(lf, f) { located = nil }
        self.force = force.flatMap { PreparedRecord.forces.firstIndex(of: $0) } ?? -1
        let chosen = located ?? postcodePlace
        // British Transport Police police the railways everywhere: their force says nothing of the area.
        let areaForce = force == .britishTransport ? chosen?.force : force
        area = areaForce.flatMap { PreparedRecord.forces.firstIndex(of: $0) } ?? -1
        authority = chosen?.authorityIndex ?? -1
        place = located?.placeIndex ?? Int.min
        postcode = record.postcodeDistrict?.uppercased()
        category = record.category.flatMap { Category.allCases.firstIndex(of: $0) } ?? -1
        victim = record.victimType.flatMap { VictimType.allCases.firstIndex(of: $0) } ?? -1
        method = record.method.flatMap { Method.allCases.firstIndex(of: $0) } ?? -1
        online = record.method.map { $0.isOnline ? 1 : 0 } ?? -1
        text = DescriptionText(record.description, gazetteer: gazetteer)
    }

    static func placeKey(_ location: String, _ force: PoliceForce?) -> String { location + "\u{1F}" + (force?.rawValue ?? "") }

    /// The comparison of two prepared records (the hot loop of linkage: no allocation).
    static func compare(_ a: PreparedRecord, _ b: PreparedRecord) -> ComparisonPattern {
        let r = ComparisonPattern.radices
        let date = min(abs(a.day - b.day), 3)
        var place = LinkField.place.levels.count
        if a.place != Int.min && a.place == b.place { place = 0 }
        else if a.postcode != nil && a.postcode == b.postcode { place = 0 }
        else if a.authority >= 0 && b.authority >= 0 {
            place = a.authority == b.authority ? 1 : a.area == b.area ? 3 : 4
        } else if a.area >= 0 && b.area >= 0 {
            place = a.area == b.area ? 2 : 4
        }
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
            for x in a.text.times { for y in b.text.times { let d = abs(Int(x) - Int(y)); closest = min(closest, d, 1440 - d) } }
            time = closest <= 10 ? 0 : closest <= 60 ? 1 : 2
        }
        let platform = shared(a.text.platforms, b.text.platforms), venue = shared(a.text.venues, b.text.venues)
        let sex = shared(a.text.victimSex, b.text.victimSex)
        let street = a.text.streets.isEmpty || b.text.streets.isEmpty ? 2 : DescriptionText.common(a.text.streets, b.text.streets) > 0 ? 0 : 1
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
        return ComparisonPattern(code: code)
    }

    /// Two sets of kinds (bits): 0 when they share one, 1 when they share none, 2 (not
    /// comparable) when either is empty.
    static func shared<Bits: FixedWidthInteger>(_ a: Bits, _ b: Bits) -> Int {
        a == 0 || b == 0 ? 2 : a & b != 0 ? 0 : 1
    }
}
