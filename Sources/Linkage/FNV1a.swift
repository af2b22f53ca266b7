/// The 32-bit FNV-1a hash (Fowler–Noll–Vo): each byte is xor-ed in, then the state multiplied by
/// the FNV prime. Terms, trigrams, streets and postcodes are compared as these hashes; a hash can
/// also be fed a byte at a time (`add`), so no string need be made for it.
///
/// The values are stored nowhere: a run hashes both sides afresh. They must still not change,
/// since the order of sorted hashes is the order in which term weights are summed.
struct FNV1a {
    /// The state before any byte (the FNV-1a offset basis for 32 bits).
    static let offsetBasis: UInt32 = 2_166_136_261
    /// The FNV prime for 32 bits (2^24 + 2^8 + 0x93).
    static let prime: UInt32 = 16_777_619

    /// The hash of the bytes added so far.
    private(set) var value: UInt32 = FNV1a.offsetBasis

    /// Adds one byte.
    @inline(__always)
    mutating func add(_ byte: UInt8) { value = (value ^ UInt32(byte)) &* FNV1a.prime }

    /// Adds every byte of `bytes`, in order.
    @inline(__always)
    mutating func add(_ bytes: some Sequence<UInt8>) { for byte in bytes { add(byte) } }

    /// The hash of three bytes (a trigram).
    @inline(__always)
    static func hash3(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt32 {
        var hasher = FNV1a()
        hasher.add(a)
        hasher.add(b)
        hasher.add(c)
        return hasher.value
    }

    /// The hash of `bytes`.
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var hasher = FNV1a()
        hasher.add(bytes)
        return hasher.value
    }
}
