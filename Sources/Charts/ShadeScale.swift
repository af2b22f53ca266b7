import Graphics
import IncidentModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One class of a binned colour scale: the counts from `lower` to `upper` (both included) and
/// the shade they are drawn in.
public struct ShadeClass: Sendable, Hashable {
    public let lower: Int
    public let upper: Int
    public let color: Color

    /// Whether `value` falls in the class.
    public func contains(_ value: Int) -> Bool { (lower...upper).contains(value) }

    /// The range as a legend prints it: "10–19", "500–1,518", or "7" for a class of one value.
    public var label: String { lower == upper ? lower.grouped : "\(lower.grouped)–\(upper.grouped)" }
}

/// A sequential colour scale in classes, for shading areas by their counts.
///
/// Counts of places are skewed (one capital city has more than the next ten areas together), so
/// the class breaks are spaced evenly on a logarithmic scale between the smallest and the largest
/// count, then moved to the nearest round number (1, 2 or 5 times a power of ten): a legend of
/// "10–19, 20–99, 100–499" rather than "13–37". The classes run without gap from the smallest
/// count to the largest, so every value falls in exactly one.
public enum ShadeScale {
    /// Light to dark blue: each step clearly darker than the last, so the order survives
    /// greyscale printing, and readable for colour-blind readers (one hue).
    public static let ramp: [Color] = [
        Color(hex: 0xDEEBF7), Color(hex: 0x9ECAE1), Color(hex: 0x4A98C9), Color(hex: 0x1D62A6), Color(hex: 0x0A2F5C),
    ]

    /// At most `limit` (≤ 5) classes covering every count of `values`, from the smallest to the largest.
    public static func classes(for values: [Int], limit: Int = 5) -> [ShadeClass] {
        guard let low = values.min(), let high = values.max() else { return [] }
        let count = min(max(limit, 1), ramp.count)
        let breaks = self.breaks(low: low, high: high, classes: count)
        let lowers = [low] + breaks
        let uppers = breaks.map { $0 - 1 } + [high]
        let shades = shadesFor(lowers.count)
        return zip(lowers, uppers).enumerated().map { i, bounds in
            ShadeClass(lower: bounds.0, upper: bounds.1, color: shades[i])
        }
    }

    /// The class `value` falls in (the first or last class for a value outside them all).
    public static func shade(of value: Int, in classes: [ShadeClass]) -> ShadeClass? {
        classes.first { $0.contains(value) } ?? (value < (classes.first?.lower ?? 0) ? classes.first : classes.last)
    }

    /// The lower bounds of every class after the first: round numbers between `low` (excluded) and
    /// `high` (included), nearest to evenly spaced logarithmic steps.
    static func breaks(low: Int, high: Int, classes: Int) -> [Int] {
        guard high > low, classes > 1 else { return [] }
        var candidates: [Int] = []
        var magnitude = 1
        while magnitude <= high {
            for step in [1, 2, 5] where step * magnitude > low && step * magnitude <= high {
                candidates.append(step * magnitude)
            }
            magnitude *= 10
        }
        let from = log10(Double(max(low, 1)))
        let to = log10(Double(high))
        var chosen: [Int] = []
        for i in 1..<classes {
            let target = from + (to - from) * Double(i) / Double(classes)
            guard let best = candidates.min(by: { abs(log10(Double($0)) - target) < abs(log10(Double($1)) - target) })
            else { continue }
            if !chosen.contains(best) { chosen.append(best) }
        }
        return chosen.sorted()
    }

    /// `n` shades spread over the ramp, lightest to darkest.
    static func shadesFor(_ n: Int) -> [Color] {
        guard n > 1 else { return [ramp[ramp.count / 2]] }
        return (0..<n).map { ramp[Int((Double($0) * Double(ramp.count - 1) / Double(n - 1)).rounded())] }
    }

    /// The text colour readable on `fill`: the chart's near-black or white, whichever contrasts more.
    public static func textColor(on fill: Color) -> Color {
        contrast(Palette.text, fill) >= contrast(.white, fill) ? Palette.text : .white
    }

    /// The WCAG contrast ratio of two colours, 1 (none) to 21 (black on white).
    public static func contrast(_ a: Color, _ b: Color) -> Double {
        let (x, y) = (a.luminance, b.luminance)
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }
}
