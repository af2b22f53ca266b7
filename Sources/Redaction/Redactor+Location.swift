import IncidentModel
import Places

// A location field redacted: what would identify a home taken out, the street and the town kept.
extension Redactor {
    /// A location field with what would identify a home taken out: the record's own values, house
    /// numbers with their street, full postcodes, phone numbers and e-mail addresses. The street
    /// without a number, the district and the town stay ("Whitehall Road, Bensham").
    public func redactLocation(_ text: String, knowing values: RecordPersonalValues) -> String {
        let s = Array(text.unicodeScalars)
        let words = Redactor.words(s)
        var claims = Claims()
        func claim(_ kind: PersonalDataKind, _ range: Range<Int>) { claims.claim(kind, range) }
        for r in Patterns.emails(s) { claim(.email, r) }
        if !values.isEmpty {
            // Only the name and contact: a place the record names is the place, not its person.
            for span in KnownValueMatcher(
                RecordPersonalValues(victimName: values.victimName, victimContact: values.victimContact)
            ).spans(in: s) {
                claim(span.kind, span.range)
            }
        }
        for r in Identifiers.profileURLs(s) { claim(.profileURL, r) }
        for r in Patterns.handles(s) { claim(.handle, r) }
        for r in Identifiers.cardNumbers(s) { claim(.bankCard, r) }
        for (kind, r) in Redactor.numbersAndDates(words, s) { claim(kind, r) }
        // The house number goes, the street stays ("[ADDRESS] Hendon Lane, Finchley"): the span up
        // to its last word with a digit.
        for r in Patterns.addresses(words, s) where !Identifiers.isPublicAddress(r, s) {
            let numbered = words.last {
                $0.range.upperBound <= r.upperBound && $0.range.lowerBound >= r.lowerBound
                    && $0.text.contains(where: \.isNumber)
            }
            claim(.address, r.lowerBound..<(numbered?.range.upperBound ?? r.upperBound))
        }
        for r in Patterns.vehicles(words, s) { claim(.vehicle, r) }
        // Names, except a street's or a place's: "David Levy's front garden", "home of Mrs
        // Levinson", "rachel levy's flat", "the Klein family" go; "Albert Road", "Chase Side",
        // "Lord St", "Lord Nelson pub" stay.
        var places: [Range<Int>] = []
        for r in Names.find(words, s, places: &places) where Redactor.namesPerson(r, words) { claim(.name, r) }
        for r in Names.households(words, s) { claim(.name, r) }
        return Redactor.replacing(claims.found.sorted { $0.range.lowerBound < $1.range.lowerBound }, in: s, text: text)
    }

    /// Whether a name found in a location is a person's rather than a street's or a place's (see
    /// `redactLocation`): not a street's kind itself, not after "St" or "Lord", not before a kind
    /// of street or place ("Albert Road", "Lord Nelson pub").
    static func namesPerson(_ range: Range<Int>, _ words: [Word]) -> Bool {
        guard let i = words.firstIndex(where: { $0.range.lowerBound >= range.lowerBound }),
            !Patterns.streetTypes.contains(words[i].lower)
        else { return false }
        if !words[i].isCapitalised { return true }
        if i > 0 {
            let before = words[i - 1].bare
            if ["st", "saint", "lord", "lady", "king", "queen", "prince"].contains(before) { return false }
            if Names.titles.contains(before) || (Names.cues.contains(before) && !Names.weakCues.contains(before)) {
                return true
            }
        }
        // Ending in, or before, a kind of street or place, misspelt too ("Vivian Aeenue"), or "area"
        // ("Whitefeld area").
        func placeKind(_ w: Word) -> Bool {
            Patterns.streetTypes.contains(w.lower) || Names.namedPlaces.contains(w.lower)
                || Gazetteer.vagueEnds.contains(w.lower)
                || (w.lower.count >= 5
                    && Names.streetKinds.contains { $0.count >= 4 && EditDistance.between($0, w.lower, limit: 2) <= 1 })
        }
        if let last = words.last(where: { $0.range.upperBound <= range.upperBound }),
            last.range.lowerBound > words[i].range.lowerBound, placeKind(last)
        {
            return false
        }
        if let next = words.first(where: { $0.range.lowerBound >= range.upperBound }), placeKind(next) { return false }
        return true
    }
}

extension Redactor {
    /// The numbers and dates that identify a person in any field, in the order they are claimed:
    /// National Insurance numbers, full postcodes, phone numbers (written, international, spoken)
    /// and dates of birth (written or spelled out). Shared by the description and the location.
    static func numbersAndDates(_ words: [Word], _ s: [Unicode.Scalar]) -> [(PersonalDataKind, Range<Int>)] {
        var found: [(PersonalDataKind, Range<Int>)] = []
        func add(_ kind: PersonalDataKind, _ ranges: [Range<Int>]) { found += ranges.map { (kind, $0) } }
        add(.nationalInsurance, Patterns.nationalInsurance(words, s))
        add(.postcode, Patterns.postcodes(words, s))
        add(.phone, Patterns.phones(s))
        add(.phone, Patterns.internationalPhones(s))
        add(.phone, Identifiers.spokenPhones(words, s))
        add(.dateOfBirth, Identifiers.datesOfBirth(s))
        add(.dateOfBirth, Identifiers.spelledBirthDates(words, s))
        return found
    }
}
