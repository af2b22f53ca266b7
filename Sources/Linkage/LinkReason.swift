/// What one field contributed to a pair's weight.
public struct LinkReason: Sendable, Codable, Equatable {
    /// The field's name (`LinkField.name`), or "other candidates".
    public var field: String
    /// The agreement level's description, or "not recorded on both".
    public var level: String
    /// Bits added to (or taken from) the weight.
    public var weight: Double
}
