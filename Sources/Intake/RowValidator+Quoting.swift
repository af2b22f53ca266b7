import IncidentModel

// Whether a cell's value may be quoted in a message about its column (a name typed in the wrong
// column may not).
extension RowValidator {
    /// Whether a value has two or more capitalised words in a row ("Zelda Quorntwhistle"), none
    /// of them a word of a published name ("Abusive Behaviuor", "Greater Manchestr" are typos),
    /// as a person's name has and a code or a date does not.
    /// Used only for columns that hold codes: such a value there is a name typed in the wrong
    /// column more often than a code.
    public static func readsAsName(_ value: String) -> Bool {
        var run = 0
        for word in value.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" }) {
            let letters = word.filter(\.isLetter)
            let capitalised =
                letters.count >= 2 && letters.first!.isUppercase && letters.dropFirst().contains(where: \.isLowercase)
            run = capitalised && !publishedWords.contains(word.lowercased()) ? run + 1 : 0
            if run >= 2 { return true }
        }
        return false
    }

    /// Whether a cell's value (already redacted) may be quoted in a message about its column: a
    /// reference that is a code (no spaces, a digit in it, no capitalised name); a location the
    /// redactor left as it was; a value of another column with at most one word that is not
    /// close to the column's own words (its codes, published names, month names), and that one
    /// in lower case: "asault", "Abusive Behaviuor", "tall", "31/02/2024", "DOB [DOB]" are
    /// quoted; "Zelda", "ZELDA QUORNTWHISTLE", "zelda quorntwhistle" are not (a name typed in
    /// the wrong column).
    public static func quotable(_ value: String, field: IncidentField) -> Bool {
        if field.isPersonal { return false }
        if field == .location { return true }
        if field == .reference {
            return !value.contains(where: \.isWhitespace) && value.contains(where: \.isNumber)
                && !value.contains("@") && !readsAsName(value)
        }
        if readsAsName(value) { return false }
        // Placeholders the redactor wrote ("[DOB]") are not words of the value.
        var text = value
        while let open = text.firstIndex(of: "["), let close = text[open...].firstIndex(of: "]") {
            text.removeSubrange(open...close)
        }
        let vocabulary = quotableWords(field)
        var unknown = 0
        for word in text.split(whereSeparator: { !$0.isLetter }) where word.count >= 3 {
            let lower = word.lowercased()
            if vocabulary.contains(lower)
                || vocabulary.contains(where: { EditDistance.between($0, lower, limit: 2) <= 2 })
            {
                continue
            }
            unknown += 1
            if unknown > 1 || word.first!.isUppercase { return false }
        }
        return true
    }

    /// A column's own words: those its accepted values are written with, its published names'
    /// words, the months and the words police systems write for a value not known.
    static func quotableWords(_ field: IncidentField) -> Set<String> {
        var words = publishedWords.union(commonWords)
        for word in field.accepted.lowercased().split(whereSeparator: { !$0.isLetter }) { words.insert(String(word)) }
        return words
    }

    static let commonWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "unknown", "not", "known", "recorded", "none", "yes", "no", "true", "false", "dob", "antisemitic",
        "pending", "rejected", "cst", "police", "partner", "met", "gmp", "btp",
    ]

    /// The words of the coded columns' published names ("Greater Manchester Police", "Abusive
    /// Behaviour"), which are capitalised and are not names of people.
    static let publishedWords: Set<String> = {
        var words = Set<String>()
        let names =
            PoliceForce.allCases.flatMap { [$0.publishedName, $0.areaName] } + Category.allCases.map(\.publishedName)
            + VictimType.allCases.map(\.publishedName) + Method.allCases.map(\.publishedName)
            + Discourse.allCases.map(\.publishedName)
        for name in names {
            for word in name.split(whereSeparator: { !$0.isLetter }) { words.insert(word.lowercased()) }
        }
        return words
    }()
}
