/// The export's last line of defence: whether a cell about to be written holds the value of a
/// personal column of any exported record, whatever the detector made of it. Values compare
/// folded (case, spacing and punctuation aside, accents optional); phone numbers by their digits
/// (07700 900123 = +44 7700 900123 = 07700-900-123).
///
/// Checked: each victim name whole, each victim contact whole and each of its comma-separated
/// parts (an address line, a postcode, an e-mail address, a phone number), and each offender
/// description that is distinctive (`RecordPersonalValues.distinctive(offender:)`) and given by
/// one record only (shorter ones, "white male", "a man in his 20s", and those several records
/// give, describe many people and are not a record's own). A name's single parts are not
/// checked across records (a surname shared with another victim is no leak); the redactor
/// removes them from the record's own text.
public struct LeakCheck: Sendable {
    /// The personal column a hit came from.
    public enum Column: String, Sendable {
        case victimName = "victim_name", victimContact = "victim_contact", offenderDescription = "offender_description"
    }

    /// Folded needles by their first word: the remaining words and the column.
    private var byFirstWord: [String: [(rest: [String], column: Column)]] = [:]
    private var phones: [String: Column] = [:]

    public init(_ records: [RecordPersonalValues]) {
        // An offender description that several records give describes many people, not one.
        var offenders: [[String]: Int] = [:]
        for r in records {
            if let offender = r.offenderDescription { offenders[LeakCheck.words(offender), default: 0] += 1 }
        }
        for r in records {
            if let name = r.victimName, RecordPersonalValues.meaningfulName(name) {
                // A one-word name that is also an ordinary word ("Rose") is no evidence on its own.
                let words = LeakCheck.words(name)
                if words.count > 1
                    || !(Names.englishWords.contains(words[0]) || Names.commonLower.contains(words[0])
                        || Redactor.stopWords.contains(words[0]))
                {
                    add(name, .victimName, minimumLetters: 3)
                }
            }
            if let contact = r.victimContact, RecordPersonalValues.meaningful(contact) {
                if let phone = KnownValueMatcher.phoneDigits(contact) {
                    phones[phone] = .victimContact
                } else {
                    add(contact, .victimContact, minimumLetters: 5)
                }
                for piece in contact.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "/" || $0 == "|" }) {
                    let p = String(piece)
                    if let phone = KnownValueMatcher.phoneDigits(p) { phones[phone] = .victimContact; continue }
                    // An address line or a postcode, never a town alone.
                    guard RecordPersonalValues.meaningful(p),
                        p.contains(where: \.isNumber) || p.contains("@") || LeakCheck.words(p).count >= 2
                    else { continue }
                    add(p, .victimContact, minimumLetters: 5)
                }
            }
            if let offender = r.offenderDescription, RecordPersonalValues.meaningful(offender),
                case let folded = LeakCheck.words(offender), folded.count >= 3, offenders[folded, default: 0] < 2,
                RecordPersonalValues.distinctive(offender: offender)
            {
                add(offender, .offenderDescription, minimumLetters: 15)
            }
        }
    }

    private mutating func add(_ value: String, _ column: Column, minimumLetters: Int) {
        for variant in Set([value, withoutAccents(value)]) {
            let words = LeakCheck.words(variant)
            guard words.first != nil, words.joined().count >= minimumLetters else { continue }
            // As written, and run together ("NW4 2SU" = "nw42su", "Cohen Levy" = "cohenlevy").
            for form in words.count > 1 ? [words, [words.joined()]] : [words] {
                let first = form[0], rest = Array(form.dropFirst())
                if byFirstWord[first, default: []].contains(where: { $0.rest == rest }) { continue }
                byFirstWord[first, default: []].append((rest, column))
            }
        }
    }

    /// The folded words of a text: lower case, letters and digits, apostrophes inside words dropped.
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        var previous: Unicode.Scalar = " "
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let c = scalars[index]
            index = scalars.index(after: index)
            if Identifiers.isAlnum(c) {
                current.append(FoldedText.fold(c))
            } else if (c == "'" || c == "’") && Identifiers.isAlnum(previous) && index != scalars.endIndex
                && Identifiers.isAlnum(scalars[index])
            {
                // inside a word: dropped
            } else if !current.isEmpty {
                out.append(String(current)); current = String.UnicodeScalarView()
            }
            previous = c
        }
        if !current.isEmpty { out.append(String(current)) }
        return out
    }

    /// The column whose value `cell` holds, if any.
    public func hit(in cell: String) -> Column? {
        if cell.isEmpty { return nil }
        if !byFirstWord.isEmpty {
            let words = LeakCheck.words(cell)
            // A value's last word may carry a possessive or plural s ("Okonkwo Chukwuemeka's house",
            // "the Chukwuemekas"): the words fold "'s" into "s".
            func same(_ word: String, _ needle: String, last: Bool) -> Bool {
                word == needle
                    || (last && word.count == needle.count + 1 && word.hasSuffix("s") && word.hasPrefix(needle))
            }
            for (k, w) in words.enumerated() {
                var candidates = byFirstWord[w] ?? []
                if w.count > 3, w.hasSuffix("s") {
                    candidates += (byFirstWord[String(w.dropLast())] ?? []).filter { $0.rest.isEmpty }
                }
                for (rest, column) in candidates where k + rest.count < words.count || rest.isEmpty {
                    if rest.isEmpty { return column }
                    var ok = true
                    for (m, r) in rest.enumerated() where !same(words[k + 1 + m], r, last: m == rest.count - 1) {
                        ok = false
                        break
                    }
                    if ok { return column }
                }
            }
        }
        if !phones.isEmpty {
            for (_, national) in KnownValueMatcher.phoneRuns(Array(cell.unicodeScalars)) {
                if let column = phones[national] { return column }
                for length in [10, 9] where national.count > length {
                    if let column = phones[String(national.suffix(length))] { return column }
                }
            }
        }
        return nil
    }
}
