/// SplitMix64: a small, fast, seedable generator, so the demo is the same on every machine.
///
/// Hand-written (the standard library has no seedable generator, and the listed packages offer
/// none); its uniform helpers avoid `random(in:using:)` so that output does not depend on the
/// standard library's choice of algorithm.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator starting from `seed`.
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A double in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// An integer in 0..<n.
    public mutating func below(_ n: Int) -> Int {
        precondition(n > 0)
        return Int((UInt128(next()) * UInt128(n)) >> 64)
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// One of `items`, uniformly.
    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// One of `items`, with probability proportional to its weight.
    public mutating func weighted<T>(_ items: [(T, Double)]) -> T {
        let total = items.reduce(0) { $0 + $1.1 }
        var x = unit() * total
        for (item, weight) in items {
            if x < weight { return item }
            x -= weight
        }
        return items[items.count - 1].0
    }

    /// A Poisson-distributed count with mean `lambda` (inversion; fine for the rates used here).
    public mutating func poisson(_ lambda: Double) -> Int {
        guard lambda > 0 else { return 0 }
        if lambda > 500 { return max(0, Int((lambda + lambda.squareRoot() * normal()).rounded())) }
        var k = 0
        var p = 1.0
        let limit = exp(-lambda)
        repeat {
            k += 1
            p *= unit()
        } while p > limit
        return k - 1
    }

    /// A standard normal deviate (Box–Muller).
    public mutating func normal() -> Double {
        let u1 = max(unit(), 0x1p-53), u2 = unit()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
