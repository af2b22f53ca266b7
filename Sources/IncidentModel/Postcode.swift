/// A UK postcode ("NW11 7AB"), or only its outward code, the district ("NW11"), or its sector
/// ("N16 5", as some forces record a place).
///
/// A full postcode can identify a home, so it is personal data; its district is not and is what
/// exports and the report may show.
public struct Postcode: Hashable, Sendable, CustomStringConvertible {
    /// The outward code, e.g. `NW11`, `M7`, `EC1A`.
    public let district: String
    /// The inward code, e.g. `7AB`; its sector digit alone (`5`) for a sector; nil when only the
    /// district was given.
    public let inward: String?

    /// Parses a postcode in any case and spacing ("nw117ab", "NW11 7AB", "NW11"), or a sector
    /// written with its space ("N16 5"); nil when it is not shaped like one.
    public init?(parsing text: String) {
        // ASCII bytes only: a postcode has no other characters, and this runs once per imported row.
        var chars: [UInt8] = []
        chars.reserveCapacity(8)
        // How many characters came before the last space (a sector's digit follows one).
        var beforeLastSpace = -1
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x09:
                if !chars.isEmpty { beforeLastSpace = chars.count }
                continue
            case UInt8(ascii: "a")...UInt8(ascii: "z"): chars.append(byte - 32)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): chars.append(byte)
            default: return nil
            }
            if chars.count > 7 { return nil }
        }
        guard chars.count >= 2 else { return nil }
        if beforeLastSpace == chars.count - 1, Postcode.isDigit(chars[chars.count - 1]),
            Postcode.isOutward(chars[..<(chars.count - 1)])
        {
            district = String(decoding: chars[..<(chars.count - 1)], as: UTF8.self)
            inward = String(decoding: chars[(chars.count - 1)...], as: UTF8.self)
            return
        }
        if Postcode.isOutward(chars[...]) {
            district = String(decoding: chars, as: UTF8.self)
            inward = nil
            return
        }
        guard chars.count >= 5 else { return nil }
        let outward = chars[..<(chars.count - 3)]
        let inwardPart = chars[(chars.count - 3)...]
        guard Postcode.isOutward(outward), Postcode.isDigit(inwardPart.first!),
            inwardPart.dropFirst().allSatisfy(Postcode.isLetter)
        else { return nil }
        district = String(decoding: outward, as: UTF8.self)
        inward = String(decoding: inwardPart, as: UTF8.self)
    }

    /// Whether this is a full postcode (district and inward code).
    public var isFull: Bool { inward?.count == 3 }

    /// The sector ("NW11 7" of "NW11 7AB", or a sector given as one); nil for a district alone.
    public var sector: String? { inward.map { district + " " + $0.prefix(1) } }

    /// The normal spelling: district, a space, inward code.
    public var description: String { inward.map { "\(district) \($0)" } ?? district }

    /// Outward codes: A9, A99, AA9, AA99, A9A, AA9A.
    private static func isOutward(_ c: ArraySlice<UInt8>) -> Bool {
        let s = Array(c)
        guard (2...4).contains(s.count), isLetter(s[0]) else { return false }
        switch s.count {
        case 2: return isDigit(s[1])
        case 3: return (isDigit(s[1]) && (isDigit(s[2]) || isLetter(s[2]))) || (isLetter(s[1]) && isDigit(s[2]))
        default: return isLetter(s[1]) && isDigit(s[2]) && (isDigit(s[3]) || isLetter(s[3]))
        }
    }

    private static func isDigit(_ b: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) }
    private static func isLetter(_ b: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b) }
}
