/// The kinds of personal data found in free text, each with its placeholder.
public enum PersonalDataKind: String, CaseIterable, Sendable, Hashable {
    case name = "NAME", phone = "PHONE", email = "EMAIL", postcode = "POSTCODE", address = "ADDRESS"
    case vehicle = "VEHICLE", dateOfBirth = "DOB", handle = "HANDLE", nationalInsurance = "NINO"

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
/// addresses; social-media handles; National Insurance numbers; full postcodes; UK phone numbers
/// (07…, 01…/02…/03…, +44, with spaces, dashes or brackets); dates of birth (a date after "born",
/// "DOB", "date of birth", or any full date before 2000); street addresses with a house or flat
/// number; vehicle registrations (current and older formats); and names: after a title (Mr, Mrs,
/// Rabbi, Dr, …), after a cue ("named", "called", "reported by", "my son", "victim", …), a known
/// first name followed by a capitalised surname, or a known first name on its own when it cannot
/// be an ordinary word.
public struct Redactor: Sendable {
    public init() {}

    /// The text with every personal span replaced by its placeholder.
    public func redact(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        for span in spans(in: text) {
            out.append(contentsOf: scalars[i..<span.range.lowerBound])
            out.append(contentsOf: span.kind.placeholder.unicodeScalars)
            i = span.range.upperBound
        }
        out.append(contentsOf: scalars[i...])
        return String(out)
    }

    /// The personal spans of `text`, in order, without overlaps.
    public func spans(in text: String) -> [PersonalSpan] {
        let s = Array(text.unicodeScalars)
        let words = Redactor.words(s)
        var found: [PersonalSpan] = []
        func claim(_ kind: PersonalDataKind, _ range: Range<Int>) {
            guard !range.isEmpty, !found.contains(where: { $0.range.overlaps(range) }) else { return }
            found.append(PersonalSpan(kind: kind, range: range))
        }
        for r in Patterns.emails(s) { claim(.email, r) }
        for r in Patterns.handles(s) { claim(.handle, r) }
        for r in Patterns.nationalInsurance(words, s) { claim(.nationalInsurance, r) }
        for r in Patterns.postcodes(words, s) { claim(.postcode, r) }
        for r in Patterns.phones(s) { claim(.phone, r) }
        for r in Patterns.datesOfBirth(words, s) { claim(.dateOfBirth, r) }
        for r in Patterns.addresses(words, s) { claim(.address, r) }
        for r in Patterns.vehicles(words, s) { claim(.vehicle, r) }
        for r in Names.find(words, s) { claim(.name, r) }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// A word: a run of letters, digits, apostrophes and hyphens inside a word.
    struct Word {
        var range: Range<Int>
        var text: String
        var isCapitalised: Bool { text.unicodeScalars.first.map { ("A"..."Z").contains($0) } ?? false }
        var lower: String { text.lowercased() }
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || ("0"..."9").contains(c)
    }

    static func words(_ s: [Unicode.Scalar]) -> [Word] {
        var out: [Word] = []
        var i = 0
        while i < s.count {
            guard isWordScalar(s[i]) else { i += 1; continue }
            var j = i
            while j < s.count && (isWordScalar(s[j]) || ((s[j] == "'" || s[j] == "’" || s[j] == "-") && j + 1 < s.count && isWordScalar(s[j + 1]))) { j += 1 }
            out.append(Word(range: i..<j, text: String(String.UnicodeScalarView(s[i..<j]))))
            i = j
        }
        return out
    }
}
