// A phone value's national significant number, and the runs of digits in a text that may be one.
extension KnownValueMatcher {
    /// The national significant number of a phone value: its digits without the trunk 0 or the
    /// country code 44 (and the "(0)" some write after it); nil when it is not a phone number.
    static func phoneDigits(_ text: String) -> String? {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }.count
        guard letters <= 3 else { return nil }  // "tel", "mob", "ext"
        var digits = String(text.unicodeScalars.filter { Identifiers.isDigit($0) }.map(Character.init))
        guard digits.count >= 9 else { return nil }
        return nationalNumber(&digits)
    }

    static func nationalNumber(_ digits: inout String) -> String {
        if digits.hasPrefix("0044") {
            digits.removeFirst(4)
        } else if digits.hasPrefix("44") && digits.count >= 12 {
            digits.removeFirst(2)
        }
        while digits.hasPrefix("0") { digits.removeFirst() }
        return digits
    }

    /// Runs of digits that could be a phone number (digits, spaces, dashes, dots, brackets, a
    /// leading +), with their national significant numbers.
    static func phoneRuns(_ s: [Unicode.Scalar]) -> [(Range<Int>, String)] {
        var out: [(Range<Int>, String)] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            guard
                Identifiers.isDigit(c) || ((c == "+" || c == "(") && i + 1 < s.count && Identifiers.isDigit(s[i + 1])),
                i == 0 || !Identifiers.isAlnum(s[i - 1])
            else { i += 1; continue }
            var j = i, digits = "", lastDigit = i
            while j < s.count {
                let d = s[j]
                if Identifiers.isDigit(d) {
                    digits.unicodeScalars.append(d); lastDigit = j
                } else if d == " " || d == "-" || d == "." || d == "(" || d == ")" || (d == "+" && j == i) {
                    // "born 22 October 2006. 07424 …": a sentence ends; the year is no part of the number.
                    if d == ".", j + 1 < s.count, s[j + 1] == " " { break }
                    if j + 1 < s.count,
                        !(Identifiers.isDigit(s[j + 1]) || s[j + 1] == "(" || s[j + 1] == " " || s[j + 1] == "0")
                    {
                        break
                    }
                } else {
                    break
                }
                j += 1
            }
            if digits.count >= 9 {
                var d = digits
                out.append((i..<(lastDigit + 1), nationalNumber(&d)))
            }
            i = max(lastDigit + 1, i + 1)
        }
        return out
    }
}
