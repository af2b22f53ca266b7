import Places

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a description says, reduced to comparable terms: the victim's wording and the police's
/// shorthand ("IP", "IC1", "NFA", "malicious communications", "s.5 public order") are mapped to
/// the same concepts, outcome and boilerplate words are dropped, places become their local
/// authority, and the rest is lightly stemmed. Compared as sets of terms and of letter trigrams
/// (which survives typos and paraphrase that keeps word stems).
public struct DescriptionText: Sendable, Hashable {
    /// Hashes of the distinct terms, sorted.
    public let terms: [UInt32]
    /// Hashes of the distinct letter trigrams of the terms, sorted.
    public private(set) var trigrams: [UInt32]
    /// Each term's weight (its inverse document frequency among the records compared, once
    /// `weigh` has run; 1 before), aligned with `terms`, and their sum.
    public private(set) var weights: [Float]
    public private(set) var weightSum: Float

    /// The times of day the account gives, in minutes after midnight (sorted, distinct). Compared
    /// as a field of their own (`LinkField.time`), not as terms.
    public let times: [Int16]
    /// The online platforms named (a bit for each of `DescriptionText.platformNames`). Compared as
    /// a field of their own (`LinkField.platform`), not as terms.
    public let platforms: UInt8
    /// The kinds of place named (a bit for each of `DescriptionText.venueNames`: a bus, a park,
    /// outside a home…). Compared as a field of their own (`LinkField.venue`), not as terms.
    public let venues: UInt32
    /// The victim's sex, when the account's first sentence names it in its subject ("A Jewish
    /// woman was…", "IP (IC1 male) assaulted by…"): bit 0 male, bit 1 female, 0 when not said.
    /// Compared as a field of its own (`LinkField.victimSex`).
    public let victimSex: UInt8
    /// The streets named ("Brent Street", "Ballards Ln"), as their name's last word and their
    /// kind written in full ("brent street", "ballards lane"), sorted.
    public let streetNames: [String]
    /// The streets' keys for comparison (`streetKeys`), sorted: two streets agree when they share
    /// a key, or when one is an abbreviation whose key is the other's skeleton (`streetSkeletons`).
    public let streets: [UInt32]
    /// The consonant skeletons of the streets written in full ("hill road" → "hl road"), which an
    /// abbreviation ("Hl Rd") matches.
    public let streetSkeletons: [UInt32]
    /// Whether the account says the incident reached several people or homes ("leaflets through
    /// the doors of five homes", "several residents", "two Jewish families"): only such an
    /// incident can have several police records, one per household or victim.
    public let reachedSeveral: Bool
    /// The ages the account gives anyone (victim or offender), as decades (bit k: 10k to 10k+9):
    /// "in his 20s", "(male, 50s)", "aged 34", "approx 30", "20-30 yrs", "teenagers". Compared
    /// as a field of their own (`LinkField.ages`).
    public let ages: UInt16

    /// Whether anything in it can be compared (a term the other side also uses).
    public var isComparable: Bool { weightSum > 0 && !trigrams.isEmpty }

    /// The platforms a description can name, as their concept terms.
    static let platformNames = ["twitter", "instagram", "tiktok", "facebook", "whatsapp", "telegram"]
    /// The kinds of place a description can name, as their concept terms.
    static let venueNames = [
        "supermarket", "transport", "tube", "park", "carpark", "school", "library", "petrolstation",
        "home", "playground", "junction", "synagogue", "postoffice", "pharmacy", "launderette",
        "butcher", "bridge", "highstreet",
    ]
    /// Each platform's and venue's bit, looked up by name (a term is checked against both).
    static let platformIndex = firstPositions(platformNames), venueIndex = firstPositions(venueNames)

    static func firstPositions(_ names: [String]) -> [String: Int] {
        var table: [String: Int] = [:]
        for (i, name) in names.enumerated() where table[name] == nil { table[name] = i }
        return table
    }

    /// Whether every byte is an ASCII digit (terms are ASCII, so this is `allSatisfy(\.isNumber)`
    /// without the Unicode look-ups).
    static func allDigits(_ bytes: some Sequence<UInt8>) -> Bool {
        bytes.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// The comparable terms of `text`.
    public init(_ text: String?, gazetteer: Gazetteer = .bundled) {
        let words = DescriptionText.terms(of: text ?? "", gazetteer: gazetteer)
        var terms = Set<UInt32>(), grams = Set<UInt32>()
        var times = Set<Int16>()
        var platforms: UInt8 = 0
        var venues: UInt32 = 0
        var streets = Set<String>()
        for word in words {
            if word.hasPrefix(DescriptionText.streetMark) {
                streets.insert(String(word.dropFirst(DescriptionText.streetMark.count)))
                continue
            }
            // Times ("at2030"; "time20" is the hour alone) and platforms are fields of their own.
            if word.hasPrefix("at"), word.utf8.count > 2, let hhmm = Int(word.dropFirst(2)),
                DescriptionText.allDigits(word.utf8.dropFirst(2))
            {
                times.insert(Int16(hhmm / 100 * 60 + hhmm % 100))
                continue
            }
            if word.hasPrefix("time"), word.utf8.count > 4, DescriptionText.allDigits(word.utf8.dropFirst(4)) {
                continue
            }
            if let platform = DescriptionText.platformIndex[word] {
                platforms |= 1 << platform
                continue
            }
            if let venue = DescriptionText.venueIndex[word] {
                venues |= 1 << venue
                continue
            }
            terms.insert(DescriptionText.hash(word.utf8))
            let bytes = Array(("#" + word + "#").utf8)
            if bytes.count >= 3 {
                for i in 0...(bytes.count - 3) { grams.insert(DescriptionText.hash(bytes[i..<(i + 3)])) }
            }
        }
        self.terms = terms.sorted()
        self.trigrams = grams.sorted()
        self.times = times.sorted()
        self.platforms = platforms
        self.venues = venues
        self.victimSex = DescriptionText.victimSex(of: text ?? "")
        let raw = DescriptionText.words(text ?? "")
        self.reachedSeveral = DescriptionText.reachedSeveral(raw)
        self.ages = DescriptionText.ages(raw)
        self.streetNames = streets.sorted()
        (self.streets, self.streetSkeletons) = DescriptionText.streetKeys(self.streetNames)
        self.weights = [Float](repeating: 1, count: self.terms.count)
        self.weightSum = Float(self.terms.count)
    }

    /// Weighs each term by its inverse document frequency, log(N / df): a street name, a time or
    /// a detail shared by two accounts counts for more than "victim" or "abuse". A term (or
    /// trigram) the other side never uses weighs nothing: it cannot be shared, so it is no sign
    /// of a difference either (the victim's own name, a caseworker's phrase, the police's "IP").
    public mutating func weigh(
        documentFrequency: [UInt32: Int], documents: Int, otherSide: Set<UInt32>, otherTrigrams: Set<UInt32>
    ) {
        let n = Float(max(documents, 1))
        weights = terms.map { otherSide.contains($0) ? log(n / Float(max(documentFrequency[$0] ?? 1, 1))) + 0.1 : 0 }
        weightSum = weights.reduce(0, +)
        trigrams = trigrams.filter(otherTrigrams.contains)
    }

    /// Similarity in 0…1: the mean of the weighted Dice coefficient of the term sets and the
    /// Dice coefficient of the trigram sets (which forgives typos and word endings).
    public func similarity(to other: DescriptionText) -> Double {
        guard isComparable, other.isComparable else { return 0 }
        let t =
            Double(2 * DescriptionText.commonWeight(terms, weights, other.terms)) / Double(weightSum + other.weightSum)
        let g =
            Double(2 * DescriptionText.common(trigrams, other.trigrams)) / Double(trigrams.count + other.trigrams.count)
        return (t + g) / 2
    }

    /// The number of values two sorted arrays share (a merge: the hot loop of linkage).
    static func common(_ a: [UInt32], _ b: [UInt32]) -> Int {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var i = 0, j = 0, n = 0
                while i < a.count && j < b.count {
                    let x = a[i], y = b[j]
                    if x == y { n &+= 1; i &+= 1; j &+= 1 } else if x < y { i &+= 1 } else { j &+= 1 }
                }
                return n
            }
        }
    }

    /// The summed weight (from `weights`, aligned with `a`) of the values two sorted arrays share.
    static func commonWeight(_ a: [UInt32], _ weights: [Float], _ b: [UInt32]) -> Float {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                weights.withUnsafeBufferPointer { w in
                    var i = 0, j = 0
                    var sum: Float = 0
                    while i < a.count && j < b.count {
                        let x = a[i], y = b[j]
                        if x == y { sum += w[i]; i &+= 1; j &+= 1 } else if x < y { i &+= 1 } else { j &+= 1 }
                    }
                    return sum
                }
            }
        }
    }

    static func hash(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in bytes { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    /// The streets a location field names ("LOOM LN, Hertsmere", "near Abbey Road"), as
    /// `streetNames` are.
    static func streets(of location: String, gazetteer: Gazetteer) -> [String] {
        terms(of: location, gazetteer: gazetteer).compactMap { word in
            word.hasPrefix(streetMark) ? String(word.dropFirst(streetMark.count)) : nil
        }
    }

    /// The comparison keys of streets ("name kind"): the name itself and, for names of six letters
    /// or more, the name with any one letter dropped (so "Portiwood Road" and "Portswood Road",
    /// one letter apart, share "portwood road"); a name without vowels is an abbreviation ("Hl
    /// Rd") and is keyed as a skeleton. Second, what only the other side's keys may match: the
    /// skeletons of the names written in full (their consonants, repeats once, "hill" → "hl", or
    /// their first and last letters, "park" → "pk") for abbreviations, and a five-letter name's
    /// four-letter spellings.
    static func streetKeys(_ names: [String]) -> (keys: [UInt32], skeletons: [UInt32]) {
        var keys = Set<UInt32>(), skeletons = Set<UInt32>()
        for full in names {
            guard let space = full.lastIndex(of: " ") else { continue }
            let name = Array(full[..<space]), kind = String(full[space...])
            let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
            if !name.contains(where: vowels.contains) {
                keys.insert(hash(("~" + String(name) + kind).utf8))
                continue
            }
            keys.insert(hash(full.utf8))
            let nameBytes = Array(String(name).utf8), kindBytes = Array(kind.utf8)
            /// The hash of the name without its k-th letter, and the kind (no string made).
            func dropped(_ k: Int) -> UInt32 {
                var h: UInt32 = 2_166_136_261
                for (i, b) in nameBytes.enumerated() where i != k { h = (h ^ UInt32(b)) &* 16_777_619 }
                for b in kindBytes { h = (h ^ UInt32(b)) &* 16_777_619 }
                return h
            }
            if name.count >= 6, nameBytes.count == name.count {
                for k in nameBytes.indices { keys.insert(dropped(k)) }
            }
            // What an abbreviation of it may be: its consonants ("hill" → "hl") or its first and
            // last letters ("park" → "pk").
            var skeleton = ""
            for c in name where !vowels.contains(c) || skeleton.isEmpty {
                if skeleton.last != c { skeleton.append(c) }
            }
            if skeleton.count >= 2 { skeletons.insert(hash(("~" + skeleton + kind).utf8)) }
            if name.count >= 3 { skeletons.insert(hash(("~" + String([name[0], name[name.count - 1]]) + kind).utf8)) }
            // A five-letter name with a letter missing matches the four-letter spelling ("Hath"
            // for "Heath"), one way only, so two different four-letter names never match.
            if name.count == 5, nameBytes.count == 5 {
                for k in nameBytes.indices { skeletons.insert(dropped(k)) }
            }
        }
        return (keys.sorted(), skeletons.sorted())
    }

    /// Whether two records' streets agree (see `streetKeys`).
    static func sameStreet(_ aKeys: [UInt32], _ aSkeletons: [UInt32], _ bKeys: [UInt32], _ bSkeletons: [UInt32]) -> Bool
    {
        common(aKeys, bKeys) > 0 || common(aKeys, bSkeletons) > 0 || common(aSkeletons, bKeys) > 0
    }
}
