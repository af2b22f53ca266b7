/// A kind of discourse or motive an incident carries; an incident may carry several.
public enum Discourse: String, Vocabulary {
    /// Far right: Nazi references, Holocaust-related abuse.
    case farRight = "far_right"
    /// Related to Israel and the Middle East, anti-Zionist.
    case israelRelated = "israel_related"
    /// Islamist.
    case islamist = "islamist"
    /// Political left.
    case leftWing = "left_wing"
    /// Conspiracy theories.
    case conspiracy = "conspiracy"
    /// Anything else.
    case other = "other"

    public static let fieldName = "discourse"
    public static let lookup = makeLookup()

    public var publishedName: String {
        switch self {
        case .farRight: "Far right"
        case .israelRelated: "Israel and the Middle East"
        case .islamist: "Islamist"
        case .leftWing: "Left wing"
        case .conspiracy: "Conspiracy theories"
        case .other: "Other"
        }
    }

    public var aliases: [String] {
        switch self {
        case .farRight: ["nazi", "holocaust"]
        case .israelRelated: ["israel", "anti zionist", "anti-israel", "middle east"]
        case .leftWing: ["left", "political left"]
        case .conspiracy: ["conspiracy theory"]
        default: []
        }
    }

    /// The bit this value has in a ``DiscourseSet``; stable, stored in the database.
    public var bit: Int {
        switch self {
        case .farRight: 0
        case .israelRelated: 1
        case .islamist: 2
        case .leftWing: 3
        case .conspiracy: 4
        case .other: 5
        }
    }
}

/// The discourses an incident carries, as a set of bits (stored as one integer).
public struct DiscourseSet: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The set holding exactly `values`.
    public init(_ values: some Sequence<Discourse>) {
        self.init(rawValue: values.reduce(0) { $0 | (1 << $1.bit) })
    }

    /// Whether the set holds `discourse`.
    public func contains(_ discourse: Discourse) -> Bool { rawValue & (1 << discourse.bit) != 0 }

    /// The members, in declaration order.
    public var members: [Discourse] { Discourse.allCases.filter(contains) }

    /// The interchange spelling: codes joined by `;` ("far_right;conspiracy"), empty when none.
    public var code: String { members.map(\.rawValue).joined(separator: ";") }
}
