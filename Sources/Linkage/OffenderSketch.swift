/// An offender as described, reduced to what two accounts can agree or differ on: their sex, how
/// many they were and their ages; each empty where not said.
struct OffenderSketch: Sendable {
    /// How many offenders an account describes.
    struct Headcount: OptionSet, Sendable {
        let rawValue: UInt8

        /// One person ("a man", "a lone female").
        static let one = Headcount(rawValue: 1 << 0)
        /// Two ("2 x males", "a couple").
        static let two = Headcount(rawValue: 1 << 1)
        /// A group of three or more ("a gang of youths", "5 men").
        static let group = Headcount(rawValue: 1 << 2)
    }

    /// The sexes named: a group of men and women names both, a single person one.
    var sex = DescriptionText.Sexes()
    var number = Headcount()
    var ages = DescriptionText.AgeDecades()

    init(_ text: String) {
        guard !text.isEmpty else { return }
        let words = DescriptionText.words(text)
        var singular = false, plural = false, two = false
        for (k, word) in words.enumerated() {
            if let named = OffenderSketch.sexHashes[word.hash] { sex.formUnion(named) }
            if OffenderSketch.oneHashes.contains(word.hash) { singular = true }
            if OffenderSketch.groupHashes.contains(word.hash) { plural = true }
            if word.number == 2 || OffenderSketch.twoHashes.contains(word.hash) { two = true }
            // "3 men", not "34 yrs".
            if word.number >= 3, word.number < 20, k + 1 < words.count,
                !DescriptionText.ageAfterHashes.contains(words[k + 1].hash)
            {
                plural = true
            }
            if OffenderSketch.pluralHashes.contains(word.hash) { plural = plural || !two }
        }
        if two {
            number = .two
        } else if plural {
            number = .group
        } else if singular || !sex.isEmpty {
            number = .one
        }
        ages = DescriptionText.ages(words)
    }

    /// Words for one person.
    static let oneWords: Set<String> = [
        "a", "an", "one", "man", "woman", "male", "female", "boy", "girl", "lone", "single",
    ]
    /// Words for two.
    static let twoWords: Set<String> = ["two", "pair", "couple"]
    /// Plural words for people.
    static let pluralWords: Set<String> = [
        "males", "females", "men", "women", "boys", "girls", "youths", "teenagers", "people", "persons",
    ]
    /// Words for a group.
    static let groupWords: Set<String> = ["group", "gang", "crowd", "several", "three", "four", "five", "many", "mob"]

    static let sexHashes = Dictionary(
        uniqueKeysWithValues: DescriptionText.sexWords.map { (FNV1a.hash($0.key.utf8), $0.value) })
    static let oneHashes = DescriptionText.hashes(oneWords), twoHashes = DescriptionText.hashes(twoWords)
    static let groupHashes = DescriptionText.hashes(groupWords), pluralHashes = DescriptionText.hashes(pluralWords)
}
