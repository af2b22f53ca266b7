/// Numbers and addresses that identify a person on their own: NHS numbers, passport numbers,
/// driving licence numbers, bank card numbers, IP addresses and URLs of personal profiles; and
/// dates of birth. Each rule works on the text's unicode scalars and accepts the spellings people
/// use: digits grouped by spaces or dashes or run together, upper or lower case.
enum Identifiers {
    typealias S = [Unicode.Scalar]
    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
    static func isAlnum(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) }
        return c.properties.isAlphabetic
    }
    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }

    /// Whether the lower-cased text just before `at` (up to `window` scalars) holds one of `cues`
    /// as a whole word.
    static func cued(_ s: S, before at: Int, window: Int = 40, _ cues: [String]) -> Bool {
        let from = max(0, at - window)
        let text = makeString(s[from..<at]).lowercased()
        let words = text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == ".") }).map { $0.trimmingDots }
        return words.contains { cues.contains($0) }
    }

    /// A run of digits with single separators (space, dash, dot when `dots`) between groups,
    /// starting at `i` (which must not continue a word): its end and its digits.
    static func digitRun(_ s: S, from i: Int, dots: Bool = false, maxDigits: Int = 20) -> (end: Int, digits: [UInt8])? {
        guard i < s.count, isDigit(s[i]), i == 0 || !isAlnum(s[i - 1]) else { return nil }
        var j = i, digits: [UInt8] = [], end = i
        while j < s.count, digits.count <= maxDigits {
            let c = s[j]
            if isDigit(c) { digits.append(UInt8(c.value - 48)); end = j + 1; j += 1; continue }
            if (c == " " || c == "-" || (dots && c == ".")) && j + 1 < s.count && isDigit(s[j + 1]) { j += 1; continue }
            break
        }
        if end < s.count && isAlnum(s[end]) { return nil }
        return (end, digits)
    }

    /// NHS numbers: ten digits (3-3-4 or run together) whose last digit is the modulus-11 check;
    /// or ten digits after "NHS".
    static func nhsNumbers(_ s: S) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < s.count {
            if let run = digitRun(s, from: i), run.digits.count == 10 {
                let d = run.digits.map(Int.init)
                let sum = (0..<9).reduce(0) { $0 + d[$1] * (10 - $1) }
                let check = (11 - sum % 11) % 11
                let valid = check != 10 && check == d[9]
                if valid || cued(s, before: i, ["nhs", "chi", "hcn"]) {
                    out.append(i..<run.end); i = run.end; continue
                }
            }
            i += 1
        }
        return out
    }

    /// Bank card numbers: 13–19 digits (grouped in fours, or run together) that pass the Luhn check.
    static func cardNumbers(_ s: S) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < s.count {
            // A number that fails the checksum still counts after "card" ("card number on form: 4929 …").
            if let run = digitRun(s, from: i), (13...19).contains(run.digits.count),
                luhn(run.digits) || cued(s, before: i, window: 24, ["card", "visa", "mastercard", "debit", "credit"])
            {
                out.append(i..<run.end); i = run.end; continue
            }
            i += 1
        }
        return out
    }

    /// Bank details: a sort code after "sort code" (20-00-00), an account number of eight digits
    /// after "account" or "a/c", and an IBAN (two letters, two digits, eleven to thirty letters
    /// and digits: GB33BUKB20201555555555).
    static func bankDetails(_ words: [Redactor.Word], _ s: S) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for (i, w) in words.enumerated() {
            let t = Array(w.text.unicodeScalars)
            if (15...34).contains(t.count), t[0...1].allSatisfy({ ("A"..."Z").contains($0) }),
                t[2...3].allSatisfy(isDigit), t[4...].allSatisfy({ isDigit($0) || ("A"..."Z").contains($0) })
            {
                out.append(w.range)
                continue
            }
            guard let run = digitRun(s, from: w.range.lowerBound) else { continue }
            if run.digits.count == 6, cued(s, before: w.range.lowerBound, window: 14, ["sort", "code"]) {
                out.append(w.range.lowerBound..<run.end)
            } else if run.digits.count == 8,
                cued(s, before: w.range.lowerBound, window: 16, ["account", "acc", "acct", "a/c", "c"])
            {
                out.append(w.range.lowerBound..<run.end)
            }
        }
        return out
    }

    static func luhn(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (k, d) in digits.reversed().enumerated() {
            var v = Int(d)
            if k % 2 == 1 { v *= 2; if v > 9 { v -= 9 } }
            sum += v
        }
        return sum % 10 == 0
    }

    /// Passport numbers after a cue ("passport", "passport no."): nine digits (UK), or one or two
    /// letters and six to eight digits (other countries), any case, spaces allowed between groups.
    static func passports(_ words: [Redactor.Word], _ s: S) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for (i, w) in words.enumerated() {
            guard w.lower.hasPrefix("passport") else { continue }
            // The number: within the next four words, skipping "no", "number", "is", ":".
            var j = i + 1
            while j < words.count, j <= i + 4,
                ["no", "number", "num", "is", "was", "nr", "no.", "uk", "british", "gb"].contains(words[j].lower)
            { j += 1 }
            guard j < words.count else { continue }
            // Join up to three groups separated by single spaces.
            var joined = "", end = j
            for k in j..<min(j + 3, words.count) {
                if k > j && words[k].range.lowerBound != words[k - 1].range.upperBound + 1 { break }
                joined += words[k].text
                let c = Array(joined.unicodeScalars)
                let letters = c.prefix { isASCIILetter($0) }.count
                if (6...10).contains(c.count), letters <= 2, c.dropFirst(letters).allSatisfy(isDigit),
                    c.count - letters >= 6
                {
                    end = k
                }
                if c.count >= 10 { break }
            }
            let c = Array(words[j...end].map(\.text).joined().unicodeScalars)
            let letters = c.prefix { isASCIILetter($0) }.count
            if (6...10).contains(c.count), letters <= 2, c.count - letters >= 6,
                c.dropFirst(letters).allSatisfy(isDigit)
            {
                out.append(words[j].range.lowerBound..<words[end].range.upperBound)
            }
        }
        return out
    }

    /// UK driving licence numbers: five letters of the surname (padded with 9s), six digits of the
    /// date of birth (the month's tens digit 5 or 6 for women), two initials (9 padding), a digit
    /// and two check letters, with or without spaces, any case: MORGA 753116 SM9 IJ.
    static func drivingLicences(_ s: S) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i + 16 <= s.count {
            guard i == 0 || !isAlnum(s[i - 1]), isASCIILetter(s[i]),
                isDigit(s[i + 5]) || (s[i + 5] == " " && isDigit(s[i + 6]))
            else { i += 1; continue }
            // Read up to 16 significant characters, allowing single spaces.
            var chars: [Unicode.Scalar] = [], j = i, end = i
            while j < s.count, chars.count < 16 {
                let c = s[j]
                if isASCIILetter(c) || isDigit(c) {
                    chars.append(c); end = j + 1; j += 1
                } else if c == " " && j + 1 < s.count && isAlnum(s[j + 1]) && !chars.isEmpty {
                    j += 1
                } else {
                    break
                }
            }
            if chars.count == 16, end >= s.count || !isAlnum(s[end]),
                licenceShape(chars)
                    || (cued(s, before: i, window: 24, ["licence", "license", "dl"]) && looseLicence(chars))
            {
                out.append(i..<end); i = end; continue
            }
            i += 1
        }
        return out
    }

    /// A licence number's letters and digits in their places, the date not checked: five letters
    /// (or 9s), six digits, two letters (or 9s), a digit, two letters or digits.
    static func looseLicence(_ c: [Unicode.Scalar]) -> Bool {
        let u = c.map { Unicode.Scalar(String($0).uppercased())! }
        func letterOr9(_ x: Unicode.Scalar) -> Bool { ("A"..."Z").contains(x) || x == "9" }
        return ("A"..."Z").contains(u[0]) && u[1..<5].allSatisfy(letterOr9) && u[5..<11].allSatisfy(isDigit)
            && u[11..<13].allSatisfy(letterOr9) && isDigit(u[13]) && u[14..<16].allSatisfy(isAlnum)
    }

    /// A licence number as the DVLA issues it: the loose shape, a month digit that can be one (0,
    /// 1, 5 or 6), a letter first among the initials, and 9s padding the surname at its end only.
    static func licenceShape(_ c: [Unicode.Scalar]) -> Bool {
        guard looseLicence(c) else { return false }
        let u = c.map { Unicode.Scalar(String($0).uppercased())! }
        guard ["0", "1", "5", "6"].contains(u[6]), ("A"..."Z").contains(u[11]) else { return false }
        let name = u[0..<5]
        if let firstNine = name.firstIndex(of: "9"), name[firstNine...].contains(where: { $0 != "9" }) { return false }
        return true
    }
}

extension Substring {
    var trimmingDots: String {
        var t = self
        while t.last == "." && t.count > 1 && !t.dropLast().contains(".") { t = t.dropLast() }
        return String(t)
    }
}
