/// One comparable term of a description, as `DescriptionText.readTerms(of:gazetteer:)` reads it.
/// Most are words (compared as terms and by their letter trigrams); the rest are fields of their
/// own, each compared as a `LinkField`.
enum DescriptionTerm: Hashable, Sendable {
    /// A word, a concept ("assault", "message") or a place (`place(authority:)`).
    case word(String)
    /// A street: its name's last word and its kind written in full ("brent street").
    case street(String)
    /// A time of day, in minutes after midnight.
    case time(minutes: Int16)
    /// An online platform.
    case platform(DescriptionText.Platforms)
    /// A kind of place.
    case venue(DescriptionText.Venues)

    /// A word or concept of the text, read as the field it names, if any: a time of day written
    /// by `TimeMark`, a platform or a kind of place. Nil for the mark of a time's hour alone
    /// (`TimeMark`), which only holds the time's place among the words.
    init?(reading word: String) {
        if let minutes = TimeMark.minutes(in: word) {
            self = .time(minutes: minutes)
        } else if TimeMark.isHour(word) {
            return nil
        } else if DescriptionTerm.conceptFilter.mayContain(FNV1a.hash(word.utf8)),
            let field = DescriptionTerm.field(word)
        {
            self = field
        } else {
            self = .word(word)
        }
    }

    /// A platform's or a kind of place's concept read as its field, else nil.
    private static func field(_ word: String) -> DescriptionTerm? {
        if let platform = DescriptionText.Platforms.byConcept[word] { return .platform(platform) }
        if let venue = DescriptionText.Venues.byConcept[word] { return .venue(venue) }
        return nil
    }

    /// The filter in front of the platforms' and kinds of place's concepts (most words are neither:
    /// a hash of a few bytes instead of two dictionary look-ups).
    private static let conceptFilter = WordFilter(
        Array(DescriptionText.Platforms.byConcept.keys) + Array(DescriptionText.Venues.byConcept.keys))

    /// The term of a place the gazetteer knows: its local authority, compared as a word (so two
    /// accounts that name places of one authority, "Golders Green" and "Hendon", share it).
    static func place(authority: Int) -> DescriptionTerm { .word("place\(authority)") }

    /// The term as the benchmark's diagnostic prints it: the word; a street marked "§"; a time as
    /// "at" and its hour and minute ("at2030"); a platform's or kind of place's concept.
    var spelling: String {
        switch self {
        case .word(let word): word
        case .street(let street): "§" + street
        case .time(let minutes): "at\(Int(minutes) / 60 * 100 + Int(minutes) % 60)"
        case .platform(let platform):
            DescriptionText.Platforms.byConcept.first { $0.value == platform }?.key ?? "platform"
        case .venue(let venue):
            DescriptionText.Venues.byConcept.first { $0.value == venue }?.key ?? "venue"
        }
    }
}
