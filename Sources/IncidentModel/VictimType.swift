/// Who or what an incident was aimed at.
public enum VictimType: String, Vocabulary {
    /// A person, usually in public and often visibly Jewish.
    case individual = "individual"
    /// A synagogue and its congregants.
    case synagogue = "synagogue"
    /// A Jewish school, its pupils or staff.
    case school = "school"
    /// A university: Jewish students, academics, societies.
    case university = "university"
    /// A communal organisation or event.
    case communalOrganisation = "communal_organisation"
    /// A Jewish-owned or Jewish-run business.
    case business = "business"
    /// A high-profile public figure.
    case publicFigure = "public_figure"
    /// A Jewish cemetery.
    case cemetery = "cemetery"
    /// Anything else (homes are recorded here unless a better type applies).
    case other = "other"

    public static let fieldName = "victim_type"
    public static let lookup = makeLookup()

    public var publishedName: String {
        switch self {
        case .individual: "Individuals"
        case .synagogue: "Synagogues and congregants"
        case .school: "Schools, schoolchildren and staff"
        case .university: "Universities, students and academics"
        case .communalOrganisation: "Communal organisations and events"
        case .business: "Businesses"
        case .publicFigure: "High-profile public figures"
        case .cemetery: "Cemeteries"
        case .other: "Other"
        }
    }

    public var aliases: [String] {
        switch self {
        case .individual: ["person", "member of the public"]
        case .communalOrganisation: ["communal organisation", "communal", "organisation", "organization"]
        case .publicFigure: ["public figure", "high profile"]
        case .school: ["schools", "schoolchildren"]
        default: []
        }
    }
}

/// How an incident was carried out.
public enum Method: String, Vocabulary {
    /// Face to face.
    case inPerson = "in_person"
    /// On a social-media platform.
    case socialMedia = "social_media"
    /// By email.
    case email = "email"
    /// By post.
    case letter = "letter"
    /// By telephone.
    case phone = "phone"
    /// Graffiti.
    case graffiti = "graffiti"
    /// Anything else (physical damage, objects thrown, …).
    case other = "other"

    public static let fieldName = "method"
    public static let lookup = makeLookup()

    public var publishedName: String {
        switch self {
        case .inPerson: "Face to face"
        case .socialMedia: "Social media"
        case .email: "Email"
        case .letter: "Letter"
        case .phone: "Phone"
        case .graffiti: "Graffiti"
        case .other: "Other"
        }
    }

    public var aliases: [String] {
        switch self {
        case .inPerson: ["in person", "verbal", "physical"]
        case .socialMedia: ["online", "social"]
        case .email: ["e-mail"]
        case .letter: ["post", "mail"]
        case .phone: ["telephone", "call"]
        default: []
        }
    }

    /// Whether the report counts it as an online incident.
    public var isOnline: Bool { self == .socialMedia || self == .email }
}
