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
    /// Hashes of the distinct letter trigrams of the terms, sorted; once `weigh` has run, the
    /// numbers of those the other side uses too (in the same order).
    public private(set) var trigrams: [UInt32]
    /// Each term's weight (its inverse document frequency among the records compared, once
    /// `weigh` has run; 1 before), aligned with `terms`.
    public private(set) var weights: [Float]
    /// The sum of `weights`.
    public private(set) var weightSum: Float

    /// The times of day the account gives, in minutes after midnight (sorted, distinct). Compared
    /// as a field of their own (`LinkField.time`), not as terms.
    public let times: [Int16]
    /// The online platforms named. Compared as a field of their own (`LinkField.platform`), not as
    /// terms.
    public let platforms: Platforms
    /// The kinds of place named (a bus, a park, outside a home…). Compared as a field of their
    /// own (`LinkField.venue`), not as terms.
    public let venues: Venues
    /// The victim's sex, when the account's first sentence names it in its subject ("A Jewish
    /// woman was…", "IP (IC1 male) assaulted by…"); empty when not said. Compared as a field of
    /// its own (`LinkField.victimSex`).
    public let victimSex: Sexes
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
    /// the doors of five homes", "several residents", "two Jewish students", or a plural of homes
    /// with no owner, `barePlaceReceivers`): only such an
    /// incident can have several police records, one per household or victim (families and
    /// homes also make it spread, `reachedSeveralPlaces`).
    public let reachedSeveral: Bool
    /// Whether what it reached was several homes or places ("through the doors of five homes",
    /// "several households", "dozens of stickers"), not only several people: the act was spread
    /// out (a campaign), over streets the account need not name.
    public let reachedSeveralPlaces: Bool
    /// Whether it says things put up by the dozen were spread along or across a place ("stickers
    /// on lamp posts along North Street"): a campaign, on the street the account names.
    public let spreadAlong: Bool
    /// Whether the account names its victims with a word that means several people on its own
    /// ("a Jewish couple", "a family", "congregants"): each may be a police record of their own.
    public let namesSeveralPeople: Bool
    /// Whether a police log numbers a second victim ("V2 also abused - separate crime").
    public let secondVictim: Bool
    /// Whether the text counts several people as the incident's victims ("two Jewish teenagers":
    /// `Reach.severalVictims`).
    public let countsSeveralVictims: Bool
    /// Whether the act was spread over several homes or places, by either reading.
    public var spread: Bool { reachedSeveralPlaces || spreadAlong }
    /// The ages the account gives anyone (victim or offender), as decades: "in his 20s", "(male,
    /// 50s)", "aged 34", "approx 30", "20-30 yrs", "teenagers". Compared as a field of their own
    /// (`LinkField.ages`).
    public let ages: AgeDecades

    /// Whether anything in it can be compared (a term the other side also uses).
    public var isComparable: Bool { weightSum > 0 && !trigrams.isEmpty }

    /// Whether every byte is an ASCII digit (terms are ASCII, so this is `allSatisfy(\.isNumber)`
    /// without the Unicode look-ups).
    static func allDigits(_ bytes: some Sequence<UInt8>) -> Bool {
        bytes.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// The comparable terms of `text`.
    public init(_ text: String?, gazetteer: Gazetteer = .bundled) {
        self.init(text, gazetteer: gazetteer, subject: nil)
    }

    /// The same, given the first sentence's subject (`firstSubject`) when it was read already;
    /// `locationStreets`: the streets the record's location names, keyed with the account's (its
    /// `streetNames` stay the account's own).
    init(
        _ text: String?, gazetteer: Gazetteer, subject: (words: [String], acts: Bool)?,
        locationStreets: [String] = []
    ) {
        let text = text ?? ""
        // Terms and trigrams gathered with repeats, then sorted and each kept once.
        var terms: [UInt32] = [], trigrams: [UInt32] = [], times = Set<Int16>(), streets = Set<String>()
        var platforms = Platforms(), venues = Venues()
        for term in DescriptionText.readTerms(of: text, gazetteer: gazetteer) {
            switch term {
            case .word(let word):
                terms.append(FNV1a.hash(word.utf8))
                DescriptionText.appendTrigrams(of: word, to: &trigrams)
            case .street(let name): streets.insert(name)
            case .time(let minutes): times.insert(minutes)
            case .platform(let platform): platforms.insert(platform)
            case .venue(let venue): venues.insert(venue)
            }
        }
        // What the account quotes, as one term per quotation (DescriptionText+Quotes).
        terms += DescriptionText.quotationHashes(in: text)
        self.terms = DescriptionText.sortedOnce(terms)
        self.trigrams = DescriptionText.sortedOnce(trigrams)
        self.times = times.sorted()
        self.platforms = platforms
        self.venues = venues
        // A sex named beside a word for the victim or the community is read first: a long first
        // subject ("On a bus in Golders Green, a woman with a child shouted at a Jewish schoolboy")
        // may be cut before its verb and hold the offender.
        let namedSex = DescriptionText.victimSexNamed(in: text)
        self.victimSex = namedSex.isEmpty ? DescriptionText.victimSex(of: text, subject: subject) : namedSex
        let words = DescriptionText.words(text)
        let reach = DescriptionText.reach(words)
        self.reachedSeveral = reach.several
        self.reachedSeveralPlaces = reach.severalPlaces
        self.spreadAlong = reach.spreadAlong
        self.namesSeveralPeople = reach.severalPeople
        self.secondVictim = reach.secondVictim
        self.countsSeveralVictims = reach.severalVictims
        self.ages = DescriptionText.ages(words)
        self.streetNames = streets.sorted()
        let keyed = locationStreets.isEmpty ? streetNames : Array(streets.union(locationStreets)).sorted()
        (self.streets, self.streetSkeletons) = DescriptionText.streetKeys(keyed)
        self.weights = [Float](repeating: 1, count: self.terms.count)
        self.weightSum = Float(self.terms.count)
    }

    /// Appends the hashes of a word's letter trigrams, the word's ends marked ("#ab", "abc",
    /// "bc#"), read from its bytes with the marks around them (no string made).
    static func appendTrigrams(of word: String, to trigrams: inout [UInt32]) {
        let mark = UInt8(ascii: "#")
        var utf8 = word.utf8.makeIterator()
        // The two bytes before the next: the start mark, then the word's first byte.
        guard var first = utf8.next() else { return }
        var before = mark
        while let byte = utf8.next() {
            trigrams.append(FNV1a.hash3(before, first, byte))
            before = first
            first = byte
        }
        trigrams.append(FNV1a.hash3(before, first, mark))
    }

    /// `values` sorted, each value once.
    static func sortedOnce(_ values: [UInt32]) -> [UInt32] {
        var sorted = values.sorted(), kept = 0
        for value in sorted where kept == 0 || sorted[kept - 1] != value {
            sorted[kept] = value
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    /// Weighs each term by its inverse document frequency, log(N / df): a street name, a time or
    /// a detail shared by two accounts counts for more than "victim" or "abuse". A term (or
    /// trigram) the other side never uses weighs nothing: it cannot be shared, so it is no sign
    /// of a difference either (the victim's own name, a caseworker's phrase, the police's "IP").
    /// The trigrams kept are numbered by their place in `sharedTrigrams` (the trigrams both sides
    /// use, sorted), so that they stay sorted and the comparison can look them up in a table of
    /// bits (`similarity(to:trigramBits:)`); the counts shared, and so every similarity, are the
    /// same as with the hashes.
    mutating func weigh(
        documentFrequency: [UInt32: Int], documents: Int, otherSide: HashSet32, sharedTrigrams: HashSet32
    ) {
        let documents = Float(max(documents, 1))
        weights = terms.map { term in
            guard otherSide.contains(term) else { return 0 }
            return log(documents / Float(max(documentFrequency[term] ?? 1, 1))) + 0.1
        }
        weightSum = weights.reduce(0, +)
        trigrams = trigrams.compactMap { sharedTrigrams.index(of: $0).map(UInt32.init) }
    }

    /// Similarity in 0…1: the mean of the weighted Dice coefficient of the term sets and the
    /// Dice coefficient of the trigram sets (which forgives typos and word endings).
    public func similarity(to other: DescriptionText) -> Double {
        guard isComparable, other.isComparable else { return 0 }
        return similarity(to: other, sharedTrigrams: DescriptionText.common(trigrams, other.trigrams))
    }

    /// The same, this text's trigrams (as numbered by `weigh`) set in `trigramBits`: the other's
    /// trigrams are looked up there, one bit each, instead of merging two sorted arrays (the
    /// comparison's hot loop sets the bits once for a police record and compares it with every
    /// candidate).
    func similarity(to other: DescriptionText, trigramBits: UnsafeBufferPointer<UInt64>) -> Double {
        guard isComparable, other.isComparable else { return 0 }
        var shared = 0
        other.trigrams.withUnsafeBufferPointer { trigrams in
            for code in trigrams where Int(code >> 6) < trigramBits.count {
                shared &+= Int(truncatingIfNeeded: trigramBits[Int(code >> 6)] >> (code & 63) & 1)
            }
        }
        return similarity(to: other, sharedTrigrams: shared)
    }

    private func similarity(to other: DescriptionText, sharedTrigrams: Int) -> Double {
        let sharedWeight = DescriptionText.commonWeight(terms, weights, other.terms)
        let termDice = Double(2 * sharedWeight) / Double(weightSum + other.weightSum)
        let trigramDice = Double(2 * sharedTrigrams) / Double(trigrams.count + other.trigrams.count)
        return (termDice + trigramDice) / 2
    }
}
