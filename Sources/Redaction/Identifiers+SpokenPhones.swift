extension Identifiers {
    /// Phone numbers read out and noted in words, digits among them or not ("oh seven seven double
    /// four, nine one two three eight five six", "0161 four nine six…", "plus four four seven…"):
    /// a run of digit words with spaces, commas, dots or dashes between, that makes 10 or 11 digits
    /// from a leading zero, or 11 to 13 after "plus". The whole run is taken (up to 16 digits, a
    /// number begun again), else its longest such prefix.
    static func spokenPhones(_ words: [Redactor.Word], _ s: S) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < words.count {
            let plus = words[i].lower == "plus"
            var j = plus ? i + 1 : i
            var digits = 0, spoken = false, first: Character? = nil, repeats = 1, counting = true
            var last: Int?
            // (end of the word, digits so far) after each word of the run
            var ends: [(end: Int, digits: Int)] = []
            run: while j < words.count {
                if j > i {
                    let gap = s[words[j - 1].range.upperBound..<words[j].range.lowerBound]
                    guard gap.count <= 4, gap.allSatisfy({ spokenGaps.contains($0) }) else { break }
                }
                for part in words[j].lower.split(separator: "-") {
                    if let d = spokenDigits[String(part)] {
                        first = first ?? d
                        // One, two, three… counted aloud is not a number.
                        let value = d.wholeNumberValue!
                        // (Up or down: a countdown is no number either.)
                        if repeats > 1 || last.map({ abs($0 - value) != 1 }) ?? false { counting = false }
                        last = value
                        digits += repeats; repeats = 1; spoken = true
                    } else if part == "double" || part == "triple" || part == "treble", repeats == 1 {
                        repeats = part == "double" ? 2 : 3
                    } else if part.allSatisfy(\.isASCII), part.allSatisfy(\.isNumber), repeats == 1 || part.count == 1 {
                        first = first ?? part.first
                        counting = false
                        digits += part.count * repeats; repeats = 1
                    } else {
                        break run
                    }
                }
                if repeats == 1 { ends.append((words[j].range.upperBound, digits)) }
                if digits > 15 { break }
                j += 1
            }
            // With "plus", a country code; from "oh", a national number; else the number without
            // its trunk 0 ("seven seven oh oh nine oh oh five five five"): nine or ten digits said
            // one by one are a phone number (or some other number no less personal).
            let needed = plus ? 11...13 : first == "0" ? 10...11 : 9...10
            if spoken, plus || first == "0" || !counting, var end = ends.last(where: { needed.contains($0.digits) }) {
                // A number said twice or begun again ("oh seven seven... oh seven seven, oh oh nine,
                // oh oh five one two") goes whole: no digits of it are left after the placeholder.
                if let whole = ends.last, whole.digits <= 16 { end = whole }
                out.append(words[i].range.lowerBound..<end.end)
                while i < words.count, words[i].range.lowerBound < end.end { i += 1 }
            } else {
                i += 1
            }
        }
        return out
    }

    /// What may stand between the digits of a number read out (a line break included).
    static let spokenGaps: Set<Unicode.Scalar> = [" ", ",", ".", "-", "…", "/", "(", ")", ":", "\n"]

    /// Digits as they are read out: "oh" and "nought" for zero.
    static let spokenDigits: [String: Character] = [
        "zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
        "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    ]
}
