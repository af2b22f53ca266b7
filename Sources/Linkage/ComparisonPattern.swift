/// One comparison: the agreement level of each field (nil when not comparable), packed in one integer.
public struct ComparisonPattern: Hashable, Sendable, Comparable {
    /// The levels packed in mixed radix, in `LinkField` order (each field's radix is its levels plus one).
    public let code: Int

    /// Each field's radix: its levels plus "not comparable".
    static let radices = LinkField.allCases.map { $0.levels.count + 1 }
    /// The number of distinct patterns.
    public static let count = radices.reduce(1, *)

    /// The pattern packed as `code`.
    public init(code: Int) { self.code = code }

    /// The pattern of each field's level (nil: not comparable), in `LinkField` order.
    public init(levels: [Int?]) {
        var code = 0
        for (field, level) in zip(LinkField.allCases, levels) {
            code = code * ComparisonPattern.radices[field.rawValue] + (level ?? field.levels.count)
        }
        self.code = code
    }

    /// The level of each field, nil when not comparable.
    public var levels: [Int?] {
        var rest = code
        var out = [Int?](repeating: nil, count: LinkField.allCases.count)
        for field in LinkField.allCases.reversed() {
            let radix = ComparisonPattern.radices[field.rawValue]
            let level = rest % radix
            rest /= radix
            out[field.rawValue] = level == field.levels.count ? nil : level
        }
        return out
    }

    /// Patterns ordered by their code.
    public static func < (a: ComparisonPattern, b: ComparisonPattern) -> Bool { a.code < b.code }
}
