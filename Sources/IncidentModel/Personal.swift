/// A value that is personal data: a victim's name or contact, an offender's description, a full
/// postcode, a free-text description.
///
/// It prints as `‹personal›`, is not `Encodable`, and its contents are reached only through
/// ``revealed``, so that no export, figure or page can pick it up by accident: code that reveals
/// it says so in the source, where a reviewer will see it.
public struct Personal<Value: Sendable & Hashable>: Sendable, Hashable, CustomStringConvertible,
    CustomDebugStringConvertible
{
    private let value: Value

    /// Wraps `value` as personal data.
    public init(_ value: Value) { self.value = value }

    /// The personal data itself; every use is a deliberate disclosure.
    public var revealed: Value { value }

    public var description: String { "‹personal›" }
    public var debugDescription: String { "‹personal›" }
}

/// The personal data of one incident, kept apart from the facts that statistics use.
public struct PersonalDetails: Hashable, Sendable {
    /// The full postcode, when one was given (its district is also kept, as a non-personal fact).
    public var postcode: Personal<Postcode>?
    /// The free-text account of what happened.
    public var description: Personal<String>?
    /// The victim's name.
    public var victimName: Personal<String>?
    /// The victim's phone number, email or address.
    public var victimContact: Personal<String>?
    /// How the victim or a witness described the offender.
    public var offenderDescription: Personal<String>?

    /// Details with every field given (each may be nil).
    public init(
        postcode: Personal<Postcode>? = nil, description: Personal<String>? = nil,
        victimName: Personal<String>? = nil, victimContact: Personal<String>? = nil,
        offenderDescription: Personal<String>? = nil
    ) {
        self.postcode = postcode
        self.description = description
        self.victimName = victimName
        self.victimContact = victimContact
        self.offenderDescription = offenderDescription
    }

    /// Whether an offender description was given (a fact the report may count).
    public var hasOffenderDescription: Bool { offenderDescription != nil }
}
