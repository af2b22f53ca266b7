import Places
import Synchronization

/// A quick "certainly not" in front of a set of words: one bit for each value of the low 16 bits
/// of a word's FNV-1a hash, set for the set's words. A word whose bit is clear is not in the set;
/// only a word whose bit is set is looked up in it. Reading a description looks each of its
/// words up in several tables, nearly always in vain, and hashing a `String` for each look-up
/// was a fifth of the preparation of a record; the answers are the tables' own.
struct WordFilter: Sendable {
    private let bits: [UInt64]

    /// A filter for `words`.
    init(_ words: some Sequence<String>) {
        var bits = [UInt64](repeating: 0, count: 1 << 10)
        for word in words {
            let slot = Int(FNV1a.hash(word.utf8) & 0xFFFF)
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        self.bits = bits
    }

    /// Whether a word with the hash `hash` (`FNV1a.hash` of its UTF-8) may be in the set.
    @inline(__always)
    func mayContain(_ hash: UInt32) -> Bool {
        let slot = Int(hash & 0xFFFF)
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }
}

extension DescriptionText {
    /// The filters in front of a gazetteer's first words of place names and of its place names
    /// whole ("golders green"), made once per gazetteer (kept with it, so that its identity is
    /// never another's) and taken together, under one lock, once per account read.
    private static let nameFilterTable =
        Mutex<[ObjectIdentifier: (Gazetteer, starts: WordFilter, names: WordFilter)]>([:])

    static func nameFilters(_ gazetteer: Gazetteer) -> (starts: WordFilter, names: WordFilter) {
        nameFilterTable.withLock { filters in
            if let (_, starts, names) = filters[ObjectIdentifier(gazetteer)] { return (starts, names) }
            let made = (WordFilter(gazetteer.nameStarts), WordFilter(gazetteer.nameKeys))
            filters[ObjectIdentifier(gazetteer)] = (gazetteer, made.0, made.1)
            return made
        }
    }

    /// Filters in front of the reading's word tables (see `WordFilter`).
    static let phraseStartFilter = WordFilter(phraseStarts), wordMapFilter = WordFilter(wordMap.keys)
    static let phraseFilter = WordFilter(phrases.keys)
    static let stopWordFilter = WordFilter(stopWords)
    static let streetKindFilter = WordFilter(Array(streetKinds.keys) + Array(ordinaryStreetKinds.keys))
}
