/// The publication's typology of incidents: whether the offender set out to target Jewish people
/// or property, seized a chance that came their way, or turned another dispute antisemitic.
///
/// Coded by the research team where the account allows it; an incident without a code (most
/// police exchange records, which do not carry the team's coding) is counted as "not coded".
public enum Typology: String, Vocabulary {
    /// The offender went out of their way to target Jewish people or property.
    case mission = "mission"
    /// The offender took a chance that presented itself (a visibly Jewish person passing by).
    case opportunistic = "opportunistic"
    /// Another dispute (between neighbours, in traffic, in a shop) turned antisemitic.
    case aggravated = "aggravated"

    public static let fieldName = "typology"
    public static let lookup = makeLookup()

    public var publishedName: String {
        switch self {
        case .mission: "Mission"
        case .opportunistic: "Opportunistic"
        case .aggravated: "Aggravated"
        }
    }

    public var aliases: [String] {
        switch self {
        case .mission: ["mission incident", "targeted", "premeditated"]
        case .opportunistic: ["opportunist", "opportunistic incident"]
        case .aggravated: ["aggravated incident", "dispute"]
        }
    }

    /// The label of an incident without a code, in tables and charts.
    public static let notCodedLabel = "Not coded"
}
