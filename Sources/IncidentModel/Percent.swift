/// Percentages as the publication writes them: whole numbers, rounded half up, computed exactly
/// in integers (no floating point between the counts and the printed figure).
public enum Percent {
    /// The change from `previous` to `current` in whole per cent, nil when `previous` is zero.
    ///
    /// The size of the change is rounded half up and then signed, so a fall of 17.5% is
    /// "a decrease of 18%", the same words as a rise of 17.5% ("an increase of 18%").
    public static func change(from previous: Int, to current: Int) -> Int? {
        guard previous > 0 else { return nil }
        let magnitude = roundedRatio(abs(current - previous) * 100, previous)
        return current < previous ? -magnitude : magnitude
    }

    /// `part` as a whole-number percentage of `whole`, rounded half up; nil when `whole` is zero.
    public static func share(_ part: Int, of whole: Int) -> Int? {
        guard whole > 0 else { return nil }
        return roundedRatio(part * 100, whole)
    }

    /// `numerator / denominator` rounded half up, for non-negative numerators.
    public static func roundedRatio(_ numerator: Int, _ denominator: Int) -> Int {
        (2 * numerator + denominator) / (2 * denominator)
    }

    /// `numerator / denominator` to one decimal place, rounded half up, as text ("9.7").
    public static func oneDecimal(_ numerator: Int, _ denominator: Int) -> String {
        let tenths = roundedRatio(numerator * 10, denominator)
        return "\((tenths / 10).grouped).\(tenths % 10)"
    }

    /// "18%"; "n/a" for nil.
    public static func text(_ value: Int?) -> String { value.map { "\($0)%" } ?? "n/a" }

    /// "+18%", "-5%", "0%"; "n/a" for nil.
    public static func signedText(_ value: Int?) -> String {
        guard let value else { return "n/a" }
        return value > 0 ? "+\(value)%" : "\(value)%"
    }
}
