/// Who a record came from: `cst` (the research team's own records), `police` (the information
/// exchange) or another partner's short name.
public struct Source: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The short name as written in the interchange format, lower case.
    public let name: String

    /// The research team's own records.
    public static let own = Source(validated: "cst")
    /// The police information-sharing exchange.
    public static let police = Source(validated: "police")

    /// A source from its short name: letters, digits, `-` and `_`, up to 32 characters, any case.
    public init?(_ text: String) {
        // The two everyday sources skip the checks below: this runs for every imported row.
        if text == "cst" { self = .own; return }
        if text == "police" { self = .police; return }
        let name = text.trimmingSpaces.lowercased()
        guard (1...32).contains(name.count),
            name.unicodeScalars.allSatisfy({
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
            })
        else { return nil }
        self.name = name
    }

    private init(validated name: String) { self.name = name }

    /// Whether this is the police exchange.
    public var isPolice: Bool { self == .police }
    /// Whether this is the research team's own records.
    public var isOwn: Bool { self == .own }

    public var description: String { name }

    public static func < (lhs: Source, rhs: Source) -> Bool { lhs.name < rhs.name }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    public var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
