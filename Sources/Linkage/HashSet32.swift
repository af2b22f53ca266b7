/// A set of distinct 32-bit hashes (terms', trigrams'), each with its place in the array it was
/// made from, answering `contains` and `index(of:)` exactly and quickly: open addressing in a
/// table of a power of two slots, each value placed by a multiplicative hash of itself (the
/// values are FNV-1a hashes already, so no stronger mixing is needed), with linear probing.
/// Weighing the descriptions looks up every term and trigram of every record in the other side's
/// vocabulary, about twenty million look-ups over 25 years; `Set<UInt32>` hashes each with
/// SipHash, which was most of that phase. Built once, then only read.
struct HashSet32: Sendable {
    /// The slots: a value plus one (so that zero marks an empty slot) in the low 33 bits, its
    /// index above them.
    private let slots: [UInt64]
    private let shift: UInt64

    /// The set of `values` (repeats are kept once, at their first index).
    init(_ values: some Collection<UInt32>) {
        // At most half full: probes stay short.
        var bits = 4
        while 1 << bits < values.count * 2 { bits += 1 }
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        let shift = UInt64(64 - bits), mask = (1 << bits) - 1
        for (index, value) in values.enumerated() {
            var slot = HashSet32.slot(of: value, shift: shift)
            while slots[slot] != 0 && slots[slot] & HashSet32.valueMask != UInt64(value) + 1 {
                slot = (slot + 1) & mask
            }
            if slots[slot] == 0 { slots[slot] = UInt64(index) << 33 | (UInt64(value) + 1) }
        }
        self.slots = slots
        self.shift = shift
    }

    private static let valueMask: UInt64 = 1 << 33 - 1

    @inline(__always)
    private static func slot(of value: UInt32, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (UInt64(value) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The index `value` had in the values the set was made from, or nil when it is not in it.
    @inline(__always)
    func index(of value: UInt32) -> Int? {
        let wanted = UInt64(value) + 1, mask = slots.count - 1
        var slot = HashSet32.slot(of: value, shift: shift)
        while true {
            let found = slots[slot]
            if found & HashSet32.valueMask == wanted { return Int(found >> 33) }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Whether `value` is in the set.
    @inline(__always)
    func contains(_ value: UInt32) -> Bool { index(of: value) != nil }
}
