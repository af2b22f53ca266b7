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
    /// The full postcode when one was given ("NW11 7AB"; personal: read for comparison only).
    public var postcode: String?
    public var victimType: VictimType?
    public var method: Method?
    /// The free-text description (personal: read for comparison only, never written out).
    public var description: String?
    /// How the victim or a witness described the offender ("a man in his 20s", "2 x males";
    /// personal: read for comparison only).
    public var offenderDescription: String?

    public init(
        id: Int64, source: Source, reference: String, date: CivilDate, category: Category? = nil,
        policeForce: PoliceForce? = nil, location: String? = nil, postcodeDistrict: String? = nil,
        postcode: String? = nil,
        victimType: VictimType? = nil, method: Method? = nil, description: String? = nil,
        offenderDescription: String? = nil
    ) {
        self.id = id; self.source = source; self.reference = reference; self.date = date; self.category = category
        self.policeForce = policeForce; self.location = location; self.postcodeDistrict = postcodeDistrict
        self.postcode = postcode
        self.victimType = victimType; self.method = method; self.description = description
        self.offenderDescription = offenderDescription
    }

    /// The compared fields of `incident` (its description read for comparison only).
    public init(_ incident: Incident, id: Int64) {
        self.init(
            id: id, source: incident.source, reference: incident.reference, date: incident.date,
            category: incident.category,
            policeForce: incident.policeForce, location: incident.location, postcodeDistrict: incident.postcodeDistrict,
            postcode: incident.personal.postcode?.revealed.description,
            victimType: incident.victimType, method: incident.method,
            description: incident.personal.description?.revealed,
            offenderDescription: incident.personal.offenderDescription?.revealed)
    }
}

/// The fields a pair is compared on, each with ordered agreement levels (best first). A field
/// not recorded on either side has no level and contributes nothing.
public enum LinkField: Int, CaseIterable, Sendable, Codable {
    case date, place, category, victimType, method, description, time, platform, venue, victimSex, street, ages

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
        case .ages: "the people described"
        }
    }

    /// What each level means, best agreement first.
    public var levels: [String] {
        switch self {
        // The police often date a record by when it was reported, days after the incident: the
        // comparison is asymmetric (police date minus the team's date).
        case .date:
            [
                "same day", "police 1 day later", "police 2–3 days later", "police 4–7 days later",
                "police 8 or more days later", "police 1 day earlier", "police 2 or more days earlier",
            ]
        case .place:
            [
                "same full postcode", "same place", "same postcode district, different full postcodes",
                "same local authority",
                "same force area (place not comparable)", "same force area, different local authority",
                "different force areas",
            ]
        case .category: ["same category", "different category"]
        case .victimType: ["same victim type", "different victim type"]
        case .method: ["same method", "both online or both offline", "different method"]
        case .description:
            [
                "descriptions almost identical", "descriptions nearly the same", "descriptions very similar",
                "descriptions similar", "descriptions somewhat similar", "descriptions dissimilar",
            ]
        case .time: ["same time (within 10 minutes)", "within an hour", "different times of day"]
        case .platform: ["same platform", "different platforms"]
        case .venue: ["same kind of place", "different kinds of place"]
        case .victimSex: ["same sex", "different sex"]
        case .street: ["same street", "different streets"]
        case .ages: ["the people described agree (sex, number, age)", "the people described differ"]
        }
    }

    /// The date level of a police record dated `lag` days after the team's (negative: before).
    public static func dateLevel(lag: Int) -> Int {
        switch lag {
        case 0: 0
        case 1: 1
        case 2...3: 2
        case 4...7: 3
        case 8...: 4
        case -1: 5
        default: 6
        }
    }

    /// Date levels at which a pair is compared only when its places agree (`Linker` explains why).
    static let lateDateLevels = 3...4

    /// Place levels at least as good as "same local authority".
    static let placeAgrees = 0...3

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
