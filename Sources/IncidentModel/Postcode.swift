/// A UK postcode ("NW11 7AB"), or only its outward code, the district ("NW11").
///
/// A full postcode can identify a home, so it is personal data; its district is not and is what
/// exports and the report may show.
public struct Postcode: Hashable, Sendable, CustomStringConvertible {
    /// The outward code, e.g. `NW11`, `M7`, `EC1A`.
    public let district: String
    /// The inward code, e.g. `7AB`; nil when only the district was given.
    public let inward: String?

    /// Parses a postcode in any case and spacing ("nw117ab", "NW11 7AB", "NW11"); nil when it is
    /// not shaped like one.
    public init?(parsing text: String) {
        let compact = text.uppercased().filter { !$0.isWhitespace }
        let chars = Array(compact)
        guard (2...7).contains(chars.count), chars.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            return nil
        }
        if Postcode.isOutward(chars[...]) {
            district = compact
            inward = nil
            return
        }
        guard chars.count >= 5 else { return nil }
        let outward = chars[..<(chars.count - 3)]
        let inwardPart = chars[(chars.count - 3)...]
        guard Postcode.isOutward(outward), inwardPart.first!.isNumber,
              inwardPart.dropFirst().allSatisfy(\.isLetter) else { return nil }
        district = String(outward)
        inward = String(inwardPart)
    }

    /// Whether this is a full postcode (district and inward code).
    public var isFull: Bool { inward != nil }

    /// The normal spelling: district, a space, inward code.
    public var description: String { inward.map { "\(district) \($0)" } ?? district }

    /// Outward codes: A9, A99, AA9, AA99, A9A, AA9A.
    private static func isOutward(_ c: ArraySlice<Character>) -> Bool {
        let s = Array(c)
        guard (2...4).contains(s.count), s[0].isLetter else { return false }
        switch s.count {
        case 2: return s[1].isNumber
        case 3: return (s[1].isNumber && (s[2].isNumber || s[2].isLetter)) || (s[1].isLetter && s[2].isNumber)
        default: return s[1].isLetter && s[2].isNumber && (s[3].isNumber || s[3].isLetter)
        }
    }
}
