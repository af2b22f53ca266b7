/// A set of 32-bit hashes (terms', trigrams'), answering `contains` exactly and quickly: open
/// addressing in a table of a power of two slots, each value placed by a multiplicative hash of
/// itself (the values are FNV-1a hashes already, so no stronger mixing is needed), with linear
/// probing. Weighing the descriptions looks up every term and trigram of every record in the
/// other side's vocabulary, about twenty million look-ups over 25 years; `Set<UInt32>` hashes
/// each with SipHash, which was most of that phase. Built once, then only read.
struct HashSet32: Sendable {
    /// The slots: a value plus one (so that zero marks an empty slot), as 64 bits.
    private let slots: [UInt64]
    private let shift: UInt64

    /// The set of `values`.
    init(_ values: some Collection<UInt32>) {
        // At most half full: probes stay short.
        var bits = 4
        while 1 << bits < values.count * 2 { bits += 1 }
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        let shift = UInt64(64 - bits), mask = (1 << bits) - 1
        for value in values {
            var slot = HashSet32.slot(of: value, shift: shift)
            while slots[slot] != 0 && slots[slot] != UInt64(value) + 1 { slot = (slot + 1) & mask }
            slots[slot] = UInt64(value) + 1
        }
        self.slots = slots
        self.shift = shift
    }

    @inline(__always)
    private static func slot(of value: UInt32, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (UInt64(value) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Whether `value` is in the set.
    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
        let wanted = UInt64(value) + 1, mask = slots.count - 1
        var slot = HashSet32.slot(of: value, shift: shift)
        while true {
            let found = slots[slot]
            if found == wanted { return true }
            if found == 0 { return false }
            slot = (slot + 1) & mask
        }
    }
}
