/// One comparison: the agreement level of each field (nil when not comparable), packed in one integer.
public struct ComparisonPattern: Hashable, Sendable, Comparable {
    public let code: Int

    /// Each field's radix: its levels plus "not comparable".
    static let radices = LinkField.allCases.map { $0.levels.count + 1 }
    /// The number of distinct patterns.
    public static let count = radices.reduce(1, *)

    public init(code: Int) { self.code = code }

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

    public static func < (a: ComparisonPattern, b: ComparisonPattern) -> Bool { a.code < b.code }
}
