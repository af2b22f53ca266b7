/// The six categories of the publication; every counted incident is in exactly one.
public enum Category: String, Vocabulary {
    /// An attack potentially causing loss of life or grievous bodily harm.
    case extremeViolence = "extreme_violence"
    /// A physical attack below that threshold (common assault to actual bodily harm).
    case assault = "assault"
    /// Damage to, or desecration of, Jewish property, including graffiti on it.
    case damageAndDesecration = "damage_and_desecration"
    /// Direct threats to people, families or organisations.
    case threats = "threats"
    /// Verbal abuse, one-off hate mail, abuse online, graffiti on non-Jewish property.
    case abusiveBehaviour = "abusive_behaviour"
    /// Mass-produced or mass-mailed antisemitic leaflets, literature or emails.
    case literature = "literature"

    public static let fieldName = "category"
    public static let lookup = makeLookup()

    public var publishedName: String {
        switch self {
        case .extremeViolence: "Extreme Violence"
        case .assault: "Assault"
        case .damageAndDesecration: "Damage and Desecration to Jewish Property"
        case .threats: "Threats"
        case .abusiveBehaviour: "Abusive Behaviour"
        case .literature: "Literature"
        }
    }

    public var aliases: [String] {
        switch self {
        case .damageAndDesecration: ["Damage and Desecration", "Damage", "Desecration"]
        case .abusiveBehaviour: ["Abusive Behavior", "Abuse"]
        case .threats: ["Threat"]
        default: []
        }
    }

    /// Whether news copy counts it among "violent assaults" (Extreme Violence + Assault).
    public var isViolent: Bool { self == .extremeViolence || self == .assault }
}

/// Whether a report was judged antisemitic; only antisemitic reports are counted.
public enum Status: String, Vocabulary {
    /// Investigated and found antisemitic: counted in every statistic.
    case antisemitic = "antisemitic"
    /// Investigated and not deemed antisemitic: excluded, but their number is published.
    case notAntisemitic = "not_antisemitic"
    /// Not yet decided: neither counted nor published.
    case pending = "pending"

    public static let fieldName = "status"
    public static let lookup = makeLookup()

    public var publishedName: String {
        switch self {
        case .antisemitic: "Antisemitic"
        case .notAntisemitic: "Not antisemitic"
        case .pending: "Pending"
        }
    }

    public var aliases: [String] {
        switch self {
        case .notAntisemitic: ["not deemed antisemitic", "excluded", "non antisemitic"]
        case .pending: ["under review", "open"]
        default: []
        }
    }
}
