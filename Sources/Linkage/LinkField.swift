/// The fields a pair is compared on, each with ordered agreement levels (best first). A field
/// not recorded on either side has no level and contributes nothing.
public enum LinkField: Int, CaseIterable, Sendable, Codable {
    case date, place, category, victimType, method, description, time, platform, venue, victimSex, street, ages

    /// The field's name as the review shows it.
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
                "same full postcode (or sector, where one side gives only its sector)", "same place",
                "same postcode district, different full postcodes or sectors",
                "same local authority", "same force area (place not comparable)",
                "same force area, different local authority or postcode district", "different force areas",
            ]
        case .category: ["same category", "different category"]
        case .victimType: ["same victim type", "different victim type"]
        case .method: ["same method", "both online or both offline", "different method"]
        case .description:
            [
                "descriptions almost identical", "descriptions nearly the same",
                "descriptions very similar",
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
    /// Place levels that differ: a different local authority, postcode district or force area.
    static let placesDiffer = 5...6

    /// Description similarity (0…1) at or above which each of the first five levels applies.
    static let descriptionCuts = [0.75, 0.6, 0.45, 0.32, 0.2]
}
