/// The personal columns of one record (victim name, victim contact, offender description), as
/// the redactor and the export's fail-closed check use them.
public struct RecordPersonalValues: Sendable, Hashable {
    public var victimName: String?
    public var victimContact: String?
    public var offenderDescription: String?

    public init(victimName: String? = nil, victimContact: String? = nil, offenderDescription: String? = nil) {
        self.victimName = victimName
        self.victimContact = victimContact
        self.offenderDescription = offenderDescription
    }

    public var isEmpty: Bool {
        (victimName ?? "").isEmpty && (victimContact ?? "").isEmpty && (offenderDescription ?? "").isEmpty
    }

    /// Words people put in a personal column when there is nothing to put: never a value to look for.
    static let placeholders: Set<String> = [
        "unknown", "anonymous", "anon", "n/a", "na", "none", "nil", "not given", "not known", "not provided",
        "withheld",
        "refused", "declined", "no", "yes", "tbc", "tba", "-", "--", "?", "x", "n.a.", "not stated", "not recorded",
        "no contact", "no details", "victim", "the victim", "ip", "redacted", "private", "confidential", "see notes",
    ]

    /// Whether an offender description says more than what kind of person it was: six words or
    /// more ("IC1 male approx 30, 6ft, slim build, grey hoodie"), or personal data of its own (a
    /// name, a registration). "A man in his 20s", "a group of teenagers", "a man wearing a
    /// balaclava" describe many people: they are the nature of the incident, kept in its account,
    /// and many records share them.
    public static func distinctive(offender: String) -> Bool {
        offender.split(whereSeparator: \.isWhitespace).count >= 6 || !Redactor().spans(in: offender).isEmpty
    }

    /// Whether a victim's name is worth looking for: not a placeholder, and not a one-word place
    /// ("Hale"). A name of two words or more is the person's even when a place is called so ("Eden
    /// Bridge", "Milton Keynes"): the record's own name never leaves, whatever it also names.
    static func meaningfulName(_ value: String) -> Bool {
        let trimmed = Substring(value).trimmingCharacters(in: " \t\n")
        guard !trimmed.isEmpty, !placeholders.contains(trimmed.lowercased()) else { return false }
        return trimmed.split(whereSeparator: \.isWhitespace).count > 1 || meaningful(trimmed)
    }

    /// Whether `value` is worth looking for: not a placeholder, not a place on its own (a contact
    /// "London" or a name "Hale" would otherwise take the town from every description).
    static func meaningful(_ value: String) -> Bool {
        let trimmed = Substring(value).trimmingCharacters(in: " \t\n")
        guard !trimmed.isEmpty, !placeholders.contains(trimmed.lowercased()) else { return false }
        if !trimmed.contains(where: \.isNumber), !trimmed.contains("@"), Names.isPlace(trimmed) { return false }
        return true
    }
}

/// Finds the values of a record's own personal columns in its description, in every common
/// spelling: a name whole, each of its parts, its initials ("J. Smith", "J.S."), possessives,
/// any case and spacing, with or without accents; a phone number in any grouping (07700 900123,
/// 07700-900-123, +44 (0)7700 900123, 447700900123); an e-mail address in any case or written
/// out ("jo at example dot com"); an address or an offender description in any case or spacing.
public struct KnownValueMatcher: Sendable {
    /// Folded needles, each with the kind its placeholder shows.
    var needles: [(folded: [Unicode.Scalar], kind: PersonalDataKind)] = []
    /// Parts of the name that are also ordinary words or name places ("Green", "Hill", "Church",
    /// "Israel"): taken alone only where written as a name (`asName`), so that the victim Daniel
    /// Green does not take "Golders Green", "Green Lane" or "a green van" from the account.
    var weakNeedles: [(folded: [Unicode.Scalar], kind: PersonalDataKind)] = []
    /// National significant numbers (the digits after the 0 or 44) of phone values.
    var phoneNumbers: Set<String> = []
    /// The name's initials, matched only when written with full stops ("D.C.", "D. C."), as
    /// "DC" alone is as often a rank or a place.
    var initials: [Unicode.Scalar] = []

    /// Words that are never needles on their own (titles, particles, linking words).
    static let notParts: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "revd", "rabbi", "sir", "dame", "lord", "lady", "the",
        "and",
        "of", "van", "von", "de", "der", "den", "da", "di", "del", "della", "du", "le", "la", "al", "el", "bin", "bint",
        "ibn", "abu", "st", "o", "mc", "mac", "y", "e", "ap", "ter", "ten", "dos", "das", "do", "jr", "sr", "jnr",
        "snr",
        "ii", "iii", "family", "flat", "road", "street", "lane", "avenue", "close", "london", "uk",
    ]

    public init(_ values: RecordPersonalValues) {
        if let name = values.victimName, RecordPersonalValues.meaningfulName(name) { addName(name) }
        if let contact = values.victimContact, RecordPersonalValues.meaningful(contact) { addContact(contact) }
        if let offender = values.offenderDescription, RecordPersonalValues.meaningful(offender),
            RecordPersonalValues.distinctive(offender: offender)
        {
            let f = Array(FoldedText.folded(offender).unicodeScalars)
            if f.count >= 4 { needles.append((f, .name)) }
        }
        needles.sort { $0.folded.count > $1.folded.count }
    }

    mutating func add(_ text: String, _ kind: PersonalDataKind, minimum: Int = 2) {
        for variant in Set([text, withoutAccents(text)]) {
            let f = Array(FoldedText.folded(variant).unicodeScalars)
            if f.count >= minimum, !needles.contains(where: { $0.folded == f }) { needles.append((f, kind)) }
        }
    }

    mutating func addName(_ name: String) {
        // "Cohen, David" and "David Cohen" alike: the whole, then each part.
        add(name, .name)
        let parts = name.split(whereSeparator: { !($0.isLetter || $0 == "'" || $0 == "’" || $0 == "-") }).map(
            String.init)
        let meaningful = parts.filter {
            !KnownValueMatcher.notParts.contains($0.lowercased()) && $0.count >= 2
                && RecordPersonalValues.meaningful($0)
        }
        for part in meaningful {
            addPart(part)
            // Each half of a double-barrelled or hyphenated name too.
            for half in part.split(whereSeparator: { $0 == "-" })
            where half.count >= 2 && !KnownValueMatcher.notParts.contains(half.lowercased()) {
                addPart(String(half))
            }
            // A surname after a particle: "van der Berg" → "Berg" is a part already; "O'Brien" → "Brien" is not useful.
        }
        // Initials: "D.C.", "D. C.", and initial + surname "D. Cohen" (the surname goes anyway).
        if meaningful.count >= 2 {
            initials = meaningful.compactMap { $0.unicodeScalars.first }.map(FoldedText.fold)
        }
    }

    /// One part of the name: a needle, or a weak one when it is also an ordinary word.
    mutating func addPart(_ part: String) {
        let lower = withoutAccents(part).lowercased()
        // The community's and the incident's own words ("Israel", "Jewish", "Shul") are never taken
        // alone: the whole name, a title before it and the detectors take the person.
        if Names.notNames.contains(lower) || KnownValueMatcher.neverAlone.contains(lower) { return }
        guard KnownValueMatcher.isOrdinary(part) else { return add(part, .name) }
        for variant in Set([part, withoutAccents(part)]) {
            let f = Array(FoldedText.folded(variant).unicodeScalars)
            if f.count >= 2, !weakNeedles.contains(where: { $0.folded == f }) { weakNeedles.append((f, .name)) }
        }
    }

    /// Whether a part of a name is also an ordinary word, a place's or a street's word, or one of
    /// the community's and the incident's words ("green", "hill", "church", "israel", "shul").
    static func isOrdinary(_ part: String) -> Bool {
        let lower = withoutAccents(part).lowercased()
        return Names.englishWords.contains(lower) || Names.commonLower.contains(lower) || Names.notNames.contains(lower)
            || Redactor.stopWords.contains(lower) || Names.namedPlaces.contains(lower)
            || Names.streetKinds.contains(lower) || ordinaryParts.contains(lower)
    }

    /// Words of the account that people are also named ("Temple", "King"), beside those of the
    /// name lists' ordinary words.
    static let ordinaryParts: Set<String> = [
        "temple", "jude", "moses", "abraham", "david", "sharon", "eden", "solomon",
    ]

    /// Words never taken alone as a part of a name (beside `Names.notNames`).
    static let neverAlone: Set<String> = ["hebrew", "yiddish", "shul", "zion", "torah", "rabbi"]

    /// Whether the weak part found at `range` of `s` stands as a name: capitalised, with no
    /// capitalised word beside it (a place's or a street's other word: "Golders Green", "Green
    /// Lane", "King David") other than a title ("Mr Green"), and no street's kind after it.
    static func asName(_ range: Range<Int>, in s: [Unicode.Scalar]) -> Bool {
        guard s[range.lowerBound].properties.isUppercase else { return false }
        func word(from start: Int, step: Int) -> String? {
            var i = start
            while i >= 0 && i < s.count && (s[i] == " " || s[i] == "-") { i += step }
            guard i >= 0 && i < s.count, s[i].properties.isAlphabetic, i != start else { return nil }
            var j = i
            while j + step >= 0 && j + step < s.count && s[j + step].properties.isAlphabetic { j += step }
            return makeString(s[min(i, j)...max(i, j)])
        }
        if let before = word(from: range.lowerBound - 1, step: -1), before.first?.isUppercase == true,
            !Names.titles.contains(before.lowercased())
        {
            return false
        }
        if let after = word(from: range.upperBound, step: 1),
            after.first?.isUppercase == true || Names.streetKinds.contains(after.lowercased())
        {
            return false
        }
        // The end of a proper name with "of" in it: "Star of David", "City of David", "Isle of Man".
        var i = range.lowerBound - 1
        while i >= 0 && s[i] == " " { i -= 1 }
        if i >= 1, s[i] == "f", s[i - 1] == "o", i < 2 || s[i - 2] == " " {
            if let before = word(from: i - 2, step: -1), before.first?.isUppercase == true { return false }
        }
        return true
    }

    mutating func addContact(_ contact: String) {
        // An address written over several lines is found line by line (below), so that the town
        // between its street and its postcode stays readable ("…, Borehamwood, WD6 …").
        let isAddressOverLines = !contact.contains("@") && contact.contains(",")
        if KnownValueMatcher.phoneDigits(contact) == nil, !isAddressOverLines {
            add(contact, contact.contains("@") ? .email : .address, minimum: 4)
        }
        // Each comma- or semicolon-separated piece of an address or a list of contacts.
        for piece in contact.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "/" || $0 == "|" }) {
            let p = piece.trimmingCharacters(in: " ")
            if let phone = KnownValueMatcher.phoneDigits(p) { phoneNumbers.insert(phone); continue }
            if p.contains("@") {
                add(p, .email, minimum: 4)
                // Written out: "jo.bloggs at example dot com".
                let spoken = p.replacingAll("@", with: " at ").replacingAll(".", with: " dot ")
                add(spoken, .email, minimum: 4)
                continue
            }
            // "Gateshead NE8 1LN": the town stays, the postcode goes.
            if isAddressOverLines, let (town, postcode) = KnownValueMatcher.townAndPostcode(p) {
                if !Names.isPlace(town) { add(p, .address, minimum: 4) }
                add(postcode, .postcode, minimum: 4)
                continue
            }
            if isAddressOverLines, !p.contains(where: \.isNumber), Names.isPlace(p) { continue }
            let folded = FoldedText.folded(p)
            // A piece of an address: a line with a number or of two words or more ("14 Wykeham
            // Road", "NW4 2SU", "Flat 3"), never a town alone ("London").
            let pieceWords = p.split(separator: " ").count
            if folded.count >= 4, p.contains(where: \.isNumber) || pieceWords >= 2, RecordPersonalValues.meaningful(p) {
                add(p, .address, minimum: 4)
            }
        }
        if let phone = KnownValueMatcher.phoneDigits(contact) { phoneNumbers.insert(phone) }
    }

    /// A line of an address that is a town and a full postcode ("Gateshead NE8 1LN"), split.
    static func townAndPostcode(_ line: String) -> (String, String)? {
        let s = Array(line.unicodeScalars)
        let words = Redactor.words(s)
        guard words.count >= 2, let last = Patterns.postcodes(words, s).last,
            last.upperBound == words[words.count - 1].range.upperBound,
            let firstOfPostcode = words.firstIndex(where: { $0.range.lowerBound == last.lowerBound }),
            firstOfPostcode > 0
        else { return nil }
        return (makeString(s[0..<words[firstOfPostcode - 1].range.upperBound]), makeString(s[last]))
    }

    /// The spans of the record's values in `s` (scalar offsets), each whole words.
    func spans(in s: [Unicode.Scalar]) -> [PersonalSpan] {
        var out: [PersonalSpan] = []
        if !needles.isEmpty || !weakNeedles.isEmpty {
            let text = FoldedText(s)
            // A name's possessive goes with it ("Naomi Hebrew's lesson" → "[NAME] lesson").
            out += KnownValueMatcher.find(needles, in: text).map { span in
                let end = span.range.upperBound
                guard span.kind == .name, end + 1 < s.count, s[end] == "'" || s[end] == "’", s[end + 1] == "s",
                    end + 2 >= s.count || !Identifiers.isAlnum(s[end + 2])
                else { return span }
                return PersonalSpan(kind: span.kind, range: span.range.lowerBound..<(end + 2))
            }
            for span in KnownValueMatcher.find(weakNeedles, in: text)
            where KnownValueMatcher.asName(span.range, in: s) && !out.contains(where: { $0.range.overlaps(span.range) })
            {
                out.append(span)
            }
        }
        if initials.count >= 2 {
            var i = 0
            while i < s.count {
                guard i == 0 || !Identifiers.isAlnum(s[i - 1]) else { i += 1; continue }
                var j = i, k = 0
                while k < initials.count, j + 1 < s.count, FoldedText.fold(s[j]) == initials[k], s[j + 1] == "." {
                    j += 2; k += 1
                    if k < initials.count, j < s.count, s[j] == " " { j += 1 }
                }
                if k == initials.count { out.append(PersonalSpan(kind: .name, range: i..<j)); i = j } else { i += 1 }
            }
        }
        if !phoneNumbers.isEmpty {
            for (range, national) in KnownValueMatcher.phoneRuns(s)
            where phoneNumbers.contains(where: {
                national.hasSuffix($0) || (national.count >= 9 && $0.hasSuffix(national))
            }) {
                out.append(
                    PersonalSpan(
                        kind: .phone, range: range.lowerBound..<Patterns.extensionEnd(after: range.upperBound, s)))
            }
        }
        return out
    }

    static func find(_ needles: [(folded: [Unicode.Scalar], kind: PersonalDataKind)], in text: FoldedText)
        -> [PersonalSpan]
    {
        var out: [PersonalSpan] = []
        let t = text.scalars
        var p = 0
        while p < t.count {
            guard text.wordStart[p] else { p += 1; continue }
            var matched = false
            for (needle, kind) in needles where needle.count <= t.count - p && needle[0] == t[p] {
                var k = 1
                while k < needle.count && needle[k] == t[p + k] { k += 1 }
                guard k == needle.count else { continue }
                var last = p + k - 1
                // Possessive and plural endings stay with the name ("Cohen's", "the Cohens").
                if !text.wordEnd[last] {
                    let rest = String(String.UnicodeScalarView(t[(last + 1)...].prefix(2)))
                    if rest.hasPrefix("s") && (last + 1 < t.count && text.wordEnd[last + 1]) {
                        last += 1
                    } else {
                        continue
                    }
                }
                out.append(PersonalSpan(kind: kind, range: text.origin[p]..<(text.origin[last] + 1)))
                p = last + 1
                matched = true
                break
            }
            if !matched { p += 1 }
        }
        return out
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var t = self
        while let f = t.first, set.contains(f) { t = t.dropFirst() }
        while let l = t.last, set.contains(l) { t = t.dropLast() }
        return String(t)
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
