// Dates of birth in free text (see `Identifiers`).
extension Identifiers {
    static let monthNames: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9,
        "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
        "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    static let monthInitials: Set<Unicode.Scalar> = Set("jfmasondJFMASOND".unicodeScalars)
    static let birthCues = [
        "born", "dob", "d.o.b", "d.o.b.", "birth", "birthday", "b", "b.", "née", "nee", "birthdate", "bday",
    ]

    /// Dates of birth: a full date (day, month and year in any common form) after a birth cue
    /// ("born", "DOB", "date of birth", "b."), or any full date whose year is before 2000.
    /// Forms: 24/10/1946, 24-10-46, 24.10.1946, 24 10 1946, 1946-10-24, 24th October 1946,
    /// 24 Oct. '46, the 24th of October 1946, October 24th, 1946.
    static func datesOfBirth(_ s: S) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard i == 0 || !isAlnum(s[i - 1]), isDigit(s[i]) || monthInitials.contains(s[i]) else { i += 1; continue }
            var found = numericDate(s, i) ?? wordDate(s, i)
            // "DOB 12031985", "dob 120385": the digits run together, only after a birth cue.
            // Eight digits after a colon may have the cue further back ("DOB of Ann Smith: 12011962").
            if found == nil, isDigit(s[i]), let compact = compactDate(s, i),
                cued(s, before: i, window: 10, birthCues)
                    || (compact.0 - i == 8 && s[..<i].last(where: { $0 != " " }) == ":"
                        && cued(s, before: i, window: 40, birthCues))
            {
                found = compact
            }
            var isCued: Bool?
            if found == nil, let short = wordDate(s, i, shortYears: true) {
                isCued = cued(s, before: i, window: 48, birthCues)
                if isCued == true { found = short }
            }
            // A year of birth alone, or a month and year, just after "born" or "DOB" ("born 1979",
            // "(born 1937)", "born in March 1981", "DOB 1981"): it narrows down who the victim is.
            if found == nil, let year = yearOfBirth(s, i),
                cued(s, before: i, window: 10, ["born", "dob", "d.o.b", "b"])
            {
                found = year
            }
            if let (end, year) = found {
                if year < 2000 || (isCued ?? cued(s, before: i, window: 48, birthCues)) {
                    out.append(i..<end); i = end; continue
                }
                i = end; continue
            }
            i += 1
        }
        return out
    }

    /// A year from 1900 to 2029 at `i`, or a month's name and such a year ("March 1981"): its
    /// end and the year.
    static func yearOfBirth(_ s: S, _ i: Int) -> (Int, Int)? {
        var j = i
        if !isDigit(s[i]) {
            while j < s.count, j < i + 10, ("a"..."z").contains(s[j]) || ("A"..."Z").contains(s[j]) { j += 1 }
            guard j + 1 < s.count, s[j] == " ", isDigit(s[j + 1]), monthNames[makeString(s[i..<j]).lowercased()] != nil
            else { return nil }
            j += 1
        }
        guard let (value, digits, end) = number(s, j, maxDigits: 4), digits == 4, (1900...2029).contains(value),
            end >= s.count || !isAlnum(s[end])
        else { return nil }
        return (end, value)
    }

    static func number(_ s: S, _ i: Int, maxDigits: Int) -> (value: Int, digits: Int, end: Int)? {
        var j = i, v = 0
        while j < s.count, isDigit(s[j]), j - i < maxDigits + 1 { v = v * 10 + Int(s[j].value - 48); j += 1 }
        let n = j - i
        guard n >= 1, n <= maxDigits else { return nil }
        return (v, n, j)
    }

    static func fullYear(_ value: Int, digits: Int) -> Int? {
        if digits == 4 { return (1880...2030).contains(value) ? value : nil }
        if digits == 2 { return value > 30 ? 1900 + value : 2000 + value }
        return nil
    }

    /// ddmmyyyy or ddmmyy written as one number.
    static func compactDate(_ s: S, _ i: Int) -> (Int, Int)? {
        guard let n = number(s, i, maxDigits: 8), n.digits == 8 || n.digits == 6, n.end >= s.count || !isAlnum(s[n.end])
        else { return nil }
        let digits = s[i..<n.end].map { Int($0.value - 48) }
        let day = digits[0] * 10 + digits[1], month = digits[2] * 10 + digits[3]
        let yearValue = digits[4...].reduce(0) { $0 * 10 + $1 }
        guard (1...31).contains(day), (1...12).contains(month), let y = fullYear(yearValue, digits: n.digits - 4) else {
            return nil
        }
        return (n.end, y)
    }

    /// d/m/y, m/d/y and y-m-d with one separator used twice (/, -, ., space).
    static func numericDate(_ s: S, _ i: Int) -> (Int, Int)? {
        guard let a = number(s, i, maxDigits: 4) else { return nil }
        guard a.end < s.count else { return nil }
        let sep = s[a.end]
        guard "/-. ".unicodeScalars.contains(sep), let b = number(s, a.end + 1, maxDigits: 2), b.end < s.count,
            s[b.end] == sep
        else { return nil }
        guard let c = number(s, b.end + 1, maxDigits: 4) else { return nil }
        if c.end < s.count, isAlnum(s[c.end]) || (s[c.end] == sep && c.end + 1 < s.count && isDigit(s[c.end + 1])) {
            return nil
        }
        if a.digits == 4 {  // ISO
            guard sep != " ", c.digits <= 2, (1...12).contains(b.value), (1...31).contains(c.value),
                let y = fullYear(a.value, digits: 4)
            else { return nil }
            return (c.end, y)
        }
        guard a.digits <= 2, let y = fullYear(c.value, digits: c.digits) else { return nil }
        // Spaces separate only the 2-2-4 shape (24 10 1946), so as not to read counts or times.
        if sep == " " && !(a.digits == 2 && b.digits == 2 && c.digits == 4) { return nil }
        guard (1...31).contains(a.value), (1...31).contains(b.value), a.value <= 12 || b.value <= 12 else { return nil }
        return (c.end, y)
    }

    /// The month word at `i`, if any: its number and end (a full stop after an abbreviation included).
    static func month(_ s: S, _ i: Int) -> (Int, Int)? {
        var j = i
        while j < s.count, isASCIILetter(s[j]) { j += 1 }
        guard j - i >= 3, j - i <= 9, let m = monthNames[makeString(s[i..<j]).lowercased()] else { return nil }
        if j < s.count, s[j] == "." { j += 1 }
        return (m, j)
    }

    static func skipSpaces(_ s: S, _ i: Int, comma: Bool = true) -> Int {
        var j = i
        while j < s.count, s[j] == " " || (comma && s[j] == ",") { j += 1 }
        return j
    }

    /// A year after a day and month: 1946, '46, 46 (after a comma or space).
    static func year(_ s: S, _ i: Int, shortYears: Bool = false) -> (Int, Int)? {
        var j = i
        if j < s.count, s[j] == "'" || s[j] == "’" { j += 1 }
        guard let y = number(s, j, maxDigits: 4), y.end >= s.count || !isAlnum(s[y.end]),
            let full = fullYear(y.value, digits: y.digits)
        else { return nil }
        // "3 March 46": only with an apostrophe or a birth cue
        if y.digits == 2 && j == i && !shortYears { return nil }
        return (y.end, full)
    }

    /// "24th October 1946", "24 Oct 46", "the 24th of October, 1946", "October 24th, 1946".
    static func wordDate(_ s: S, _ i: Int, shortYears: Bool = false) -> (Int, Int)? {
        if isDigit(s[i]) {
            guard let d = number(s, i, maxDigits: 2), (1...31).contains(d.value) else { return nil }
            var j = d.end
            let suffix = makeString(s[j..<min(j + 2, s.count)]).lowercased()
            if ["st", "nd", "rd", "th"].contains(suffix) { j += 2 }
            if j < s.count, s[j] == "-" || s[j] == "/" { j += 1 }  // 24-Oct-1946
            j = skipSpaces(s, j, comma: false)
            if s.count - j > 3, makeString(s[j..<j + 3]).lowercased() == "of " { j += 3 }
            guard let (_, afterMonth) = month(s, j) else { return nil }
            var k = afterMonth
            if k < s.count, s[k] == "-" || s[k] == "/" { k += 1 } else { k = skipSpaces(s, k) }
            guard let (end, y) = year(s, k, shortYears: shortYears) else { return nil }
            return (end, y)
        }
        guard let (_, afterMonth) = month(s, i) else { return nil }
        let j = skipSpaces(s, afterMonth, comma: false)
        guard let d = number(s, j, maxDigits: 2), (1...31).contains(d.value) else { return nil }
        var k = d.end
        let suffix = makeString(s[k..<min(k + 2, s.count)]).lowercased()
        if ["st", "nd", "rd", "th"].contains(suffix) { k += 2 }
        guard k < s.count, s[k] == "," || s[k] == " " else { return nil }
        k = skipSpaces(s, k)
        guard let (end, y) = year(s, k), y >= 1000 else { return nil }
        return (end, y)
    }
}

// Dates of birth written out after a birth cue, in words or in calendars the numeric forms do
// not read: "born on the twenty-seventh of July 1998", "Date of birth – Sixteenth of November
// nineteen ninety-seven", "born 23 Kislev 5746", "26.V.1987", "birthday 9 December".
extension Identifiers {
    /// The spelled dates of birth of `words`: after "born", "DOB", "d.o.b", "birthday" or "birth"
    /// ("date of birth", "birth date") and a few linking words, the run of date words that
    /// follows (numbers, ordinals and numbers in words, months of the civil and Hebrew calendars,
    /// Roman numerals between dots), when it holds a month or a year in words.
    static func spelledBirthDates(_ words: [Redactor.Word], _ s: S) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for (i, cue) in words.enumerated() where spelledDateCues.contains(cue.lower) && i + 1 < words.count {
            var j = i + 1
            while j < words.count, j <= i + 4, dateLinks.contains(words[j].lower) { j += 1 }
            // The date's words, each joined to the last by spaces, commas, dots, slashes, dashes
            // or an apostrophe only, and not across a sentence's end.
            var end = j - 1, hasMonth = false, hasWordYear = false, count = 0
            var k = j
            while k < words.count, k <= j + 8 {
                if k > j {
                    let gap = s[words[k - 1].range.upperBound..<words[k].range.lowerBound]
                    guard gap.count <= 3, gap.allSatisfy({ " ,./-'’".unicodeScalars.contains($0) }),
                        !(gap.contains(".") && gap.contains(" "))
                    else { break }
                }
                let w = words[k].lower
                if monthNames[w] != nil || hebrewMonths.contains(w) {
                    hasMonth = true
                } else if romanMonths.contains(w), k > j,
                    s[words[k].range.lowerBound - 1] == ".", words[k].range.upperBound < s.count,
                    s[words[k].range.upperBound] == "."
                {
                    hasMonth = true
                } else if numberWords.contains(w) || isOrdinalWord(w) {
                    if w.contains("-") || tens.contains(w) || w == "nineteen" || w == "hundred" { hasWordYear = true }
                } else if isNumberOrOrdinal(w) {
                } else if ["of", "the"].contains(w), k > j {
                } else {
                    break
                }
                if !["of", "the"].contains(w) { end = k }
                count += 1
                k += 1
            }
            guard end >= j, hasMonth || hasWordYear, count >= 2 else { continue }
            out.append(words[j].range.lowerBound..<words[end].range.upperBound)
        }
        return out
    }

    /// Cues of a date of birth written out.
    static let spelledDateCues: Set<String> = ["born", "dob", "birthday", "birth", "birthdate", "bday"]
    /// Words between a cue and its date ("born on the …", "Date of birth – …", "birth date: …").
    static let dateLinks: Set<String> = ["on", "the", "is", "was", "date", "in", "of", "d", "o", "b"]
    /// The months of the Hebrew calendar, as commonly transliterated.
    static let hebrewMonths: Set<String> = [
        "tishrei", "tishri", "cheshvan", "heshvan", "marcheshvan", "kislev", "kislew", "tevet", "teves", "shevat",
        "shvat", "adar", "nisan", "nissan", "iyar", "iyyar", "sivan", "tammuz", "tamuz", "elul",
    ]
    /// Roman numerals of the months, read only between dots ("26.V.1987").
    static let romanMonths: Set<String> = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
    /// Numbers in words, as days and years are written out.
    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "oh",
    ]
    static let tens: Set<String> = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    static let ordinalWords: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth", "thirtieth",
    ]

    /// "third", "twenty-seventh", "thirty-first", "ninety-seven".
    static func isOrdinalWord(_ w: String) -> Bool {
        if ordinalWords.contains(w) { return true }
        let parts = w.split(separator: "-").map(String.init)
        return parts.count == 2 && tens.contains(parts[0])
            && (ordinalWords.contains(parts[1]) || numberWords.contains(parts[1]))
    }

    /// "9", "1998", "'87", "3rd", "27th".
    static func isNumberOrOrdinal(_ w: String) -> Bool {
        let digits = w.prefix { $0.isASCII && $0.isNumber }
        guard (1...4).contains(digits.count) else { return false }
        let rest = w.dropFirst(digits.count)
        return rest.isEmpty || ["st", "nd", "rd", "th"].contains(String(rest))
    }
}
