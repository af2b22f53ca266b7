import IncidentModel
import Places

/// The kinds of personal data found in free text, each with its placeholder.
public enum PersonalDataKind: String, CaseIterable, Sendable, Hashable {
    case name = "NAME", phone = "PHONE", email = "EMAIL", postcode = "POSTCODE", address = "ADDRESS"
    case vehicle = "VEHICLE", dateOfBirth = "DOB", handle = "HANDLE", nationalInsurance = "NINO"
    case organisation = "ORGANISATION", nhsNumber = "NHS_NUMBER", passport = "PASSPORT", drivingLicence =
        "DRIVING_LICENCE"
    case bankCard = "CARD", ipAddress = "IP_ADDRESS", profileURL = "URL", personalNumber = "ID"

    /// The typed placeholder written in place of the data: `[NAME]`, `[PHONE]`, …
    public var placeholder: String { "[\(rawValue)]" }
}

/// A stretch of personal data in a text: UTF-16-free, as offsets into the text's unicode scalars.
public struct PersonalSpan: Sendable, Hashable {
    public var kind: PersonalDataKind
    public var range: Range<Int>
}

/// Finds personal data in incident descriptions and replaces it with typed placeholders, keeping
/// every other word (what happened, the town, the time) for the police to match on.
///
/// Rules, in order of precedence (a later rule never overlaps an earlier one's span): e-mail
/// addresses; URLs of personal profiles (the path; the site stays); social-media handles; the
/// record's own personal columns when given (`redact(_:knowing:)`: the victim's name whole and
/// in parts, initials and possessives, the contact in any spelling, the offender description);
/// IP addresses; bank card numbers (Luhn); NHS numbers (modulus 11, or after "NHS"); passport
/// numbers (after "passport"); driving licence numbers (the DVLA's 16-character shape); National
/// Insurance numbers; full postcodes; UK phone numbers (07…, 01…/02…/03…, +44, with spaces,
/// dashes or brackets); dates of birth (a full date in any common form after a birth cue, or any
/// full date before 2000); street addresses with a house or flat number; vehicle registrations;
/// organisations tied to a person ("a teacher at …", "works at …", "Rabbi X of …"); and names:
/// after a title (Mr, Rabbi, Dr, DC, Cllr, …), after a cue ("named", "known locally as", "IP",
/// "my son", …), before "(the victim)" or ", a teacher at", known first names with the name
/// words after them (particles and hyphens included), known surnames, lower-case known names,
/// sentence subjects before a narrative verb; and then every later mention of a name found
/// (the first name or surname alone, in any case, possessive).
public struct Redactor: Sendable {
    public init() {}

    /// The text with every personal span replaced by its placeholder.
    public func redact(_ text: String) -> String {
        redact(text, knowing: RecordPersonalValues())
    }

    /// The text with every personal span replaced, the record's own personal columns included.
    public func redact(_ text: String, knowing values: RecordPersonalValues) -> String {
        let scalars = Array(text.unicodeScalars)
        return Redactor.replacing(
            spans(in: scalars, knowing: values.isEmpty ? nil : KnownValueMatcher(values)), in: scalars, text: text)
    }

    /// `text` (as `scalars`) with each of `spans` (in order, not overlapping) replaced by its placeholder.
    static func replacing(_ spans: [PersonalSpan], in scalars: [Unicode.Scalar], text: String) -> String {
        if spans.isEmpty { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var i = 0
        for span in spans {
            out += makeString(scalars[i..<span.range.lowerBound])
            out += span.kind.placeholder
            i = span.range.upperBound
        }
        out += makeString(scalars[i...])
        return out
    }

    /// Spans found so far; a later finding that overlaps an earlier one is dropped (the
    /// detectors run in order of precedence).
    struct Claims {
        private(set) var found: [PersonalSpan] = []
        mutating func claim(_ kind: PersonalDataKind, _ range: Range<Int>) {
            guard !range.isEmpty, !found.contains(where: { $0.range.overlaps(range) }) else { return }
            found.append(PersonalSpan(kind: kind, range: range))
        }

        /// A name's second half after a hyphen goes with it ("[NAME]-Hughes" for "Tamar
        /// Bloom-Hughes", whose first half the record's own name took).
        mutating func extendNamesOverHyphens(_ s: [Unicode.Scalar]) {
            for (n, span) in found.enumerated() where span.kind == .name {
                var end = span.range.upperBound
                guard end + 2 < s.count, s[end] == "-", s[end + 1].properties.isUppercase else { continue }
                end += 1
                while end < s.count, s[end].properties.isAlphabetic || s[end] == "'" || s[end] == "’" { end += 1 }
                let grown = span.range.lowerBound..<end
                guard !found.contains(where: { $0.range != span.range && $0.range.overlaps(grown) }) else { continue }
                found[n] = PersonalSpan(kind: .name, range: grown)
            }
        }
    }

    /// The personal spans of `text`, in order, without overlaps.
    public func spans(in text: String) -> [PersonalSpan] {
        spans(in: Array(text.unicodeScalars), knowing: nil)
    }

    func spans(in s: [Unicode.Scalar], knowing known: KnownValueMatcher?) -> [PersonalSpan] {
        let words = Redactor.words(s)
        var claims = Claims()
        // Public figures ("Keir Starmer", "Chief Rabbi Sir Ephraim Mirvis"), once known: no rule
        // after the record's own values takes them as a name ("called Keir Starmer").
        var publicFigures: [Range<Int>] = []
        func claim(_ kind: PersonalDataKind, _ range: Range<Int>) {
            if kind == .name || kind == .organisation, publicFigures.contains(where: { $0.overlaps(range) }) { return }
            claims.claim(kind, range)
        }
        // Addresses on the net first, whole (a name inside "miriam@example.invalid" goes with it).
        for r in Patterns.emails(s) { claim(.email, r) }
        for r in Identifiers.spelledEmails(words, s) { claim(.email, r) }
        for r in Identifiers.profileURLs(s) { claim(.profileURL, r) }
        for r in Patterns.handles(s) { claim(.handle, r) }
        for r in Patterns.bareHandles(words, s) { claim(.handle, r) }
        for sender in Identifiers.chatSenders(s) { claim(sender.isHandle ? .handle : .name, sender.range) }
        if let known { for span in known.spans(in: s) { claim(span.kind, span.range) } }
        for r in Identifiers.ipAddresses(s) { claim(.ipAddress, r) }
        for r in Identifiers.cardNumbers(s) { claim(.bankCard, r) }
        for r in Identifiers.bankDetails(words, s) { claim(.bankCard, r) }
        for r in Identifiers.nhsNumbers(s) { claim(.nhsNumber, r) }
        for r in Identifiers.passports(words, s) { claim(.passport, r) }
        for r in Identifiers.cuedNumbers(words, s) { claim(.personalNumber, r) }
        for r in Identifiers.drivingLicences(s) { claim(.drivingLicence, r) }
        for (kind, r) in Redactor.numbersAndDates(words, s) { claim(kind, r) }
        for r in Patterns.addresses(words, s) where !Identifiers.isPublicAddress(r, s) { claim(.address, r) }
        for r in Identifiers.spokenAddresses(words, s) { claim(.address, r) }
        for r in Identifiers.bareHouseNumbers(words, s) { claim(.address, r) }
        for r in Patterns.vehicles(words, s) { claim(.vehicle, r) }
        for r in Identifiers.spacedVehicles(words, s) { claim(.vehicle, r) }
        var places: [Range<Int>] = []
        publicFigures = Names.publicFigures(words, s)
        let names = Names.find(words, s, places: &places)
        for r in Names.households(words, s) { claim(.name, r) }
        for r in Names.initialled(words, s) { claim(.name, r) }
        for r in Names.formFields(words, s) { claim(.name, r) }
        for r in Names.otherScripts(words, s) { claim(.name, r) }
        for r in Organisations.find(words, s, names: names) { claim(.organisation, r) }
        for r in Names.marked(words, s) { claim(.name, r) }
        for r in names {
            // A name whose start overlaps an earlier span (initials taken for the end of a
            // National Insurance number, "… 24 A. Daniel Jacobs") keeps its own words.
            var range = r
            while let blocking = claims.found.first(where: { $0.range.overlaps(range) }),
                blocking.range.lowerBound <= range.lowerBound, blocking.range.upperBound < range.upperBound
            {
                var start = blocking.range.upperBound
                // After a possessive the rest is the thing owned, not more of the name ("[NAME]'s
                // Hebrew lesson" read as "Naomi Cohen's Hebrew").
                if start >= 2, s[start - 1] == "s", s[start - 2] == "'" || s[start - 2] == "’" {
                    range = start..<start
                    break
                }
                while start < range.upperBound, !Redactor.isWordScalar(s[start]) { start += 1 }
                range = start..<range.upperBound
            }
            // A name whose end is a name already taken (the record's own "P. Gorodetsky" takes
            // "Gorodetsky" first) keeps its words before it: "Pauline" goes too.
            if let later = claims.found.first(where: {
                $0.kind == .name && $0.range.overlaps(range) && $0.range.lowerBound > range.lowerBound
            }) {
                var end = later.range.lowerBound
                while end > range.lowerBound, !Redactor.isWordScalar(s[end - 1]) { end -= 1 }
                range = range.lowerBound..<end
            }
            // A name that begins an institution's ("Sullivan Upper School", "Kasztner Build Ltd") is
            // the institution's: it goes whole, and no "[NAME] Upper School" is left.
            if let end = Organisations.institutionAfter(range, words, s) {
                claim(.organisation, range.lowerBound..<end)
                continue
            }
            // … or follows a Welsh, Gaelic or Irish word for a school ("Ysgol Bryn Onnen").
            if let k = words.lastIndex(where: { $0.range.upperBound <= range.lowerBound }),
                ["ysgol", "sgoil", "scoil", "gaelscoil", "coleg"].contains(words[k].lower),
                words[k].range.upperBound + 1 == range.lowerBound
            {
                claim(.organisation, words[k].range.lowerBound..<range.upperBound)
                continue
            }
            claim(.name, range)
        }
        for r in Organisations.tiedBySentence(
            words, s, people: claims.found.filter { $0.kind == .name }.map(\.range),
            claimed: claims.found.map(\.range))
        {
            claim(.organisation, r)
        }
        for r in Names.besideNames(claims.found.filter { $0.kind == .name }.map(\.range), words, s) {
            claim(.name, r)
        }
        claims.extendNamesOverHyphens(s)
        // A nickname in brackets after a name: "[NAME] (Nechi)", "[NAME] (Gavi), 19".
        for r in Names.bracketedNicknames(claims.found.filter { $0.kind == .name }.map(\.range), words, s) {
            claim(.name, r)
        }
        // Later mentions of every name found: its parts alone, in any case.
        let nameSpans = claims.found.filter { $0.kind == .name }
        if !nameSpans.isEmpty {
            var parts: Set<String> = []
            for span in nameSpans {
                for w in words
                where w.range.lowerBound >= span.range.lowerBound && w.range.upperBound <= span.range.upperBound {
                    let b = Names.bare(w)
                    guard b.unicodeScalars.count >= 2, !Names.particles.contains(b), !Names.titles.contains(b),
                        !Names.notNames.contains(b), !Redactor.stopWords.contains(b),
                        !KnownValueMatcher.neverAlone.contains(b)
                    else { continue }
                    parts.insert(b)
                    // Each part of a hyphenated name too ("Cohen-Levy" → "Levy" alone later).
                    if b.contains("-") {
                        for piece in b.split(separator: "-")
                        where piece.count >= 3 && !Redactor.stopWords.contains(String(piece))
                            && !Names.particles.contains(String(piece))
                        { parts.insert(String(piece)) }
                    }
                }
            }
            for w in words where parts.contains(Names.bare(w)) && !places.contains(where: { $0.overlaps(w.range) }) {
                // A part that is also an ordinary word or a place's counts again only where it stands
                // as a name: not "Golders Green", "Green Lane" or "King David" for Daniel Green.
                if w.isCapitalised, KnownValueMatcher.isOrdinary(Names.bare(w)),
                    !KnownValueMatcher.asName(w.range, in: s)
                {
                    continue
                }
                // A part that is also an ordinary word counts again only where it is capitalised.
                // ("the jew king", "dear king" address the person named before: they count.)
                if !w.isCapitalised && KnownValueMatcher.isOrdinary(Names.bare(w)),
                    !(words.firstIndex(where: { $0.range == w.range }).map {
                        $0 > 0
                            && ["jew", "jewess", "yid", "dear", "mr", "mrs", "ms", "miss", "dr"].contains(
                                words[$0 - 1].lower)
                    } ?? false)
                {
                    continue
                }
                claim(.name, w.range)
            }
        }
        return Redactor.joiningNames(claims.found.sorted { $0.range.lowerBound < $1.range.lowerBound }, s)
    }

    /// Names found in pieces written side by side ("Pauline" and "Gorodetsky", "Avi" and "Levy"
    /// in "Avi Cohen-Levy", "Sarah ap" and "Rhys") made one: one placeholder for one person, and
    /// no particle or hyphen left between two.
    static func joiningNames(_ spans: [PersonalSpan], _ s: [Unicode.Scalar]) -> [PersonalSpan] {
        var out: [PersonalSpan] = []
        for span in spans {
            if let last = out.last, last.kind == .name, span.kind == .name,
                last.range.upperBound <= span.range.lowerBound
            {
                let gap = s[last.range.upperBound..<span.range.lowerBound]
                let text = String(String.UnicodeScalarView(gap)).lowercased()
                let words = text.split(whereSeparator: { $0 == " " || $0 == "-" })
                if gap.count <= 5, gap.allSatisfy({ $0 == " " || $0 == "-" || Identifiers.isAlnum($0) }),
                    words.allSatisfy({ Names.particles.contains(String($0)) }), words.count <= 1
                {
                    out[out.count - 1] = PersonalSpan(kind: .name, range: last.range.lowerBound..<span.range.upperBound)
                    continue
                }
            }
            out.append(span)
        }
        return out
    }

    /// Function words and common words of descriptions: never a name's part on their own.
    static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "was", "were",
        "is", "are", "be", "been", "has", "had", "have", "he", "she", "they", "it", "his", "her", "their", "its", "who",
        "which", "that", "this", "there", "then", "when", "where", "not", "no", "yes", "as", "so", "if", "up", "out",
        "about", "after", "before", "into", "over", "said", "says", "also", "both", "all", "any", "some", "one", "two",
        "upset", "shaken", "informed", "reported", "asked", "contacted", "called", "named", "told", "victim", "police",
        "witness", "man", "woman", "men", "women", "boy", "girl", "male", "female", "jewish", "family", "son",
        "daughter",
        "wife", "husband", "friend", "neighbour", "teacher", "pupil", "student", "rabbi", "someone", "person", "people",
        "him", "them", "me", "my", "our", "your", "we", "you", "i", "would", "could", "should", "will", "can", "did",
        "do", "does", "just", "only", "very", "still", "again", "here", "now", "being", "while", "during", "because",
    ]

    /// A word: a run of letters, digits, apostrophes and hyphens inside a word.
    struct Word {
        let range: Range<Int>
        let text: String
        /// Lower case, and lower case without a possessive 's.
        let lower: String
        let bare: String
        let isCapitalised: Bool

        init(range: Range<Int>, text: String) {
            self.range = range
            self.text = text
            lower = text.lowercased()
            bare = lower.hasSuffix("'s") || lower.hasSuffix("’s") ? String(lower.dropLast(2)) : lower
            isCapitalised =
                text.unicodeScalars.first.map {
                    ("A"..."Z").contains($0) || ($0.value > 127 && $0.properties.isUppercase)
                } ?? false
        }
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) }
        return c.properties.isAlphabetic
    }

    static func words(_ s: [Unicode.Scalar]) -> [Word] {
        var out: [Word] = []
        var i = 0
        while i < s.count {
            guard isWordScalar(s[i]) else { i += 1; continue }
            var j = i
            while j < s.count
                && (isWordScalar(s[j])
                    || ((s[j] == "'" || s[j] == "’" || s[j] == "-") && j + 1 < s.count && isWordScalar(s[j + 1])))
            { j += 1 }
            out.append(Word(range: i..<j, text: makeString(s[i..<j])))
            i = j
        }
        return out
    }
}

/// A string of scalars, built through UTF-8 (much faster than appending scalars one by one).
func makeString(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count)
    for c in scalars {
        if c.value < 128 { bytes.append(UInt8(c.value)) } else { bytes.append(contentsOf: UTF8.encode(c)!) }
    }
    return String(decoding: bytes, as: UTF8.self)
}
