// Phone numbers: the UK's (with an extension written after them) and numbers abroad.
extension Patterns {
    /// UK phone numbers: 0 or +44 then 9–10 more digits, grouped by spaces, dashes, dots or brackets.
    static func phones(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < s.count {
            let startsPlus = s[i] == "+" && i + 2 < s.count && s[i + 1] == "4" && s[i + 2] == "4"
            // "(020) 7946 0018": the bracket belongs to the number only when it closes within the area code.
            let startsBracket =
                s[i] == "(" && i + 1 < s.count && s[i + 1] == "0" && s[(i + 1)..<min(i + 8, s.count)].contains(")")
            // A mobile number written without its trunk 0 ("7700 900555"): 7, then nine more digits.
            let startsMobile = s[i] == "7" && i + 1 < s.count && isDigit(s[i + 1])
            guard s[i] == "0" || startsPlus || startsBracket || startsMobile, i == 0 || !isAlnum(s[i - 1]) else {
                i += 1
                continue
            }
            var j = i, digits = 0, lastDigit = i
            while j < s.count {
                let c = s[j]
                if isDigit(c) {
                    digits += 1; lastDigit = j
                } else if c == " " || c == "-" || c == "." || c == "(" || c == ")" || (c == "+" && j == i)
                    || (c == "/" && digits >= 4 && j + 1 < s.count && isDigit(s[j + 1]))  // "07700/900/821"
                {
                    if c == " " && j + 1 < s.count && s[j + 1] == " " { break }
                    if c == "." && (j + 1 >= s.count || !isDigit(s[j + 1])) { break }
                } else {
                    break
                }
                if digits > 13 { break }
                j += 1
            }
            // "0044 7700 900123": the international prefix written with zeros.
            let startsZeros = s[i] == "0" && i + 3 < s.count && s[i + 1] == "0" && s[i + 2] == "4" && s[i + 3] == "4"
            let needed = startsPlus ? (11...12) : startsZeros ? (13...14) : startsMobile ? (10...10) : (10...11)
            if needed.contains(digits), lastDigit + 1 >= s.count || !isAlnum(s[lastDigit + 1]) {
                let end = extensionEnd(after: lastDigit + 1, s)
                out.append(i..<end)
                i = end
            } else {
                i += 1
            }
        }
        return out
    }

    /// The end of a phone number's extension written after it (" ext. 459", " x81", " (ext 22)",
    /// " extension 3"), or `end` when none follows.
    static func extensionEnd(after end: Int, _ s: [Unicode.Scalar]) -> Int {
        var k = end
        while k < s.count, s[k] == " " || s[k] == "(" || s[k] == "," { k += 1 }
        guard k < s.count, k > end || s[k] == "x" else { return end }
        var letters = ""
        while k < s.count, isLetter(s[k]), letters.count < 9 { letters.unicodeScalars.append(s[k]); k += 1 }
        guard ["x", "ext", "extn", "extension"].contains(letters.lowercased()) else { return end }
        while k < s.count, s[k] == "." || s[k] == " " || s[k] == ":" { k += 1 }
        let digitsStart = k
        while k < s.count, isDigit(s[k]), k - digitsStart < 6 { k += 1 }
        guard k > digitsStart, k >= s.count || !isAlnum(s[k]) else { return end }
        if k < s.count, s[k] == ")", s[end..<digitsStart].contains("(") { k += 1 }
        return k
    }

    /// Numbers abroad: "+" and a country code other than the UK's, then 7 to 13 more digits grouped
    /// by spaces, dashes, dots or brackets ("+972 52 123 4567", "+1 (212) 555-0147").
    static func internationalPhones(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard s[i] == "+", i + 1 < s.count, isDigit(s[i + 1]), s[i + 1] != "0", i == 0 || !isAlnum(s[i - 1]),
                !(i + 2 < s.count && s[i + 1] == "4" && s[i + 2] == "4")
            else { i += 1; continue }
            var j = i + 1, digits = 0, lastDigit = i
            while j < s.count {
                let c = s[j]
                if isDigit(c) {
                    digits += 1; lastDigit = j
                } else if c == " " || c == "-" || c == "." || c == "(" || c == ")" {
                    if j + 1 >= s.count || !(isDigit(s[j + 1]) || s[j + 1] == "(" || (c == ")" && s[j + 1] == " ")) {
                        break
                    }
                } else {
                    break
                }
                if digits > 15 { break }
                j += 1
            }
            if (8...15).contains(digits), lastDigit + 1 >= s.count || !isAlnum(s[lastDigit + 1]) {
                out.append(i..<(lastDigit + 1))
                i = lastDigit + 1
            } else {
                i += 1
            }
        }
        return out
    }
}
