/// A column of the interchange CSV: the contract other tools rely on.
///
/// The order is the order `incidents` writes; readers accept any order.
public enum IncidentField: String, CaseIterable, Sendable {
    case reference, source, date, status, category
    case policeForce = "police_force"
    case location, postcode
    case victimType = "victim_type"
    case method, discourse, description
    case victimName = "victim_name"
    case victimContact = "victim_contact"
    case consentToShare = "consent_to_share"
    case offenderDescription = "offender_description"
    case offenderAppearance = "offender_appearance"
    case offenderGender = "offender_gender"
    case offenderAge = "offender_age"
    case typology
    case caseExample = "case_example"
    case caseExampleSection = "case_example_section"

    /// The field's position in `allCases`, for array-indexed look-ups on hot paths.
    public var ordinal: Int {
        switch self {
        case .reference: 0
        case .source: 1
        case .date: 2
        case .status: 3
        case .category: 4
        case .policeForce: 5
        case .location: 6
        case .postcode: 7
        case .victimType: 8
        case .method: 9
        case .discourse: 10
        case .description: 11
        case .victimName: 12
        case .victimContact: 13
        case .consentToShare: 14
        case .offenderDescription: 15
        case .offenderAppearance: 16
        case .offenderGender: 17
        case .offenderAge: 18
        case .typology: 19
        case .caseExample: 20
        case .caseExampleSection: 21
        }
    }

    /// Whether the column holds personal data, which leaves the tool only when asked for and
    /// consented to. A case example's text is meant for publication, but only once it has been
    /// checked: as written in a file it is treated as personal (never quoted in messages).
    public var isPersonal: Bool {
        switch self {
        case .postcode, .description, .victimName, .victimContact, .offenderDescription, .caseExample: true
        default: false
        }
    }

    /// Columns every file must have.
    public static let requiredColumns: [IncidentField] = [.reference, .date, .category]

    /// Whether "Unknown", "N/K", "None" and the like in this column read as an empty cell (as police
    /// systems write an unrecorded value): the optional coded columns, the discourse and the
    /// postcode. Not the status or category, which every incident needs.
    public var notKnownIsEmpty: Bool {
        switch self {
        case .policeForce, .postcode, .victimType, .method, .discourse, .offenderAppearance, .offenderGender,
            .offenderAge, .typology:
            true
        default: false
        }
    }

    /// What a value in the column looks like, for error messages.
    public var accepted: String {
        switch self {
        case .reference: "a non-empty reference, unique within its source"
        case .source: "cst, police, or a partner's short name (letters, digits, - and _)"
        case .date: "a date written YYYY-MM-DD, not in the future"
        case .status: "one of " + Status.acceptedCodes.joined(separator: ", ")
        case .category: "one of " + Category.acceptedCodes.joined(separator: ", ")
        case .policeForce: "a UK police force, e.g. metropolitan, greater_manchester, west_yorkshire, \"Met\", \"GMP\""
        case .location: "a town, borough or neighbourhood"
        case .postcode: "a UK postcode (NW11 7AB) or its district (NW11)"
        case .victimType: "one of " + VictimType.acceptedCodes.joined(separator: ", ")
        case .method: "one of " + Method.acceptedCodes.joined(separator: ", ")
        case .discourse: "zero or more of " + Discourse.acceptedCodes.joined(separator: ", ") + ", separated by ;"
        case .description, .victimName, .victimContact, .offenderDescription: "free text"
        case .consentToShare: "yes or no"
        case .offenderAppearance:
            "one of " + OffenderAppearance.acceptedCodes.joined(separator: ", ") + " (or IC1–IC6, IC9)"
        case .offenderGender: "one of " + OffenderGender.acceptedCodes.joined(separator: ", ")
        case .offenderAge: "one of " + OffenderAge.acceptedCodes.joined(separator: ", ")
        case .typology: "one of " + Typology.acceptedCodes.joined(separator: ", ")
        case .caseExample: "an anonymised account for the report, at most \(CaseExample.maxLength) characters"
        case .caseExampleSection: "one of " + ExampleSection.names.joined(separator: ", ")
        }
    }
}
