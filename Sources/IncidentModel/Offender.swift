/// How an offender appeared to the victim or a witness, in the publication's coding.
public enum OffenderAppearance: String, Vocabulary {
    case whiteNorthEuropean = "white_north_european"
    case whiteSouthEuropean = "white_south_european"
    case black = "black"
    case southAsian = "south_asian"
    case eastAsian = "east_asian"
    case arabNorthAfrican = "arab_north_african"
    case other = "other"

    public static let fieldName = "offender_appearance"
    public static let lookup = makeLookup()

    public var publishedName: String {
        switch self {
        case .whiteNorthEuropean: "White – north European"
        case .whiteSouthEuropean: "White – south European"
        case .black: "Black"
        case .southAsian: "South Asian"
        case .eastAsian: "East or south-east Asian"
        case .arabNorthAfrican: "Arab or north African"
        case .other: "Other or mixed"
        }
    }

    public var aliases: [String] {
        switch self {
        case .whiteNorthEuropean: ["white", "ic1", "white north european"]
        case .whiteSouthEuropean: ["ic2", "white south european", "mediterranean"]
        case .black: ["ic3"]
        case .southAsian: ["ic4", "asian"]
        case .eastAsian: ["ic5", "east asian", "south east asian", "oriental"]
        case .arabNorthAfrican: ["ic6", "arab", "north african"]
        case .other: ["mixed", "ic9", "unknown appearance"]
        }
    }
}

/// The offender's gender as described (a group of several can be mixed).
public enum OffenderGender: String, Vocabulary {
    case male, female, mixed

    public static let fieldName = "offender_gender"
    public static let lookup = makeLookup()

    public var publishedName: String {
        switch self {
        case .male: "Male"
        case .female: "Female"
        case .mixed: "Mixed group"
        }
    }

    public var aliases: [String] {
        switch self {
        case .male: ["m", "man", "men", "boy", "boys"]
        case .female: ["f", "woman", "women", "girl", "girls"]
        case .mixed: ["mixed group", "both"]
        }
    }
}

/// Whether the offender was described as an adult or a minor.
public enum OffenderAge: String, Vocabulary {
    case adult, minor

    public static let fieldName = "offender_age"
    public static let lookup = makeLookup()

    public var publishedName: String {
        switch self {
        case .adult: "Adult"
        case .minor: "Minor (under 18)"
        }
    }

    public var aliases: [String] {
        switch self {
        case .adult: ["adults", "18+"]
        case .minor: ["minors", "child", "children", "juvenile", "teenager", "under 18"]
        }
    }
}

/// The coded, non-personal summary of an offender description: what the publication counts.
/// Present only where a victim or witness described the offender; each part may be missing
/// from a description that did not say.
public struct OffenderProfile: Hashable, Sendable {
    public var appearance: OffenderAppearance?
    public var gender: OffenderGender?
    public var age: OffenderAge?

    public init(appearance: OffenderAppearance? = nil, gender: OffenderGender? = nil, age: OffenderAge? = nil) {
        self.appearance = appearance
        self.gender = gender
        self.age = age
    }

    /// The stored form: the three codes joined by `/`, each empty when not stated
    /// (`black/male/`).
    public var code: String {
        [appearance?.rawValue ?? "", gender?.rawValue ?? "", age?.rawValue ?? ""].joined(separator: "/")
    }

    /// Reads ``code``; nil for anything else.
    public init?(code: String) {
        let parts = code.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 else { return nil }
        appearance = parts[0].isEmpty ? nil : OffenderAppearance(rawValue: parts[0])
        gender = parts[1].isEmpty ? nil : OffenderGender(rawValue: parts[1])
        age = parts[2].isEmpty ? nil : OffenderAge(rawValue: parts[2])
    }

    /// The code of a part the description did not state.
    public static let notStatedCode = "not_stated"
}
