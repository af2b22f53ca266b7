/// How a time of day is written among a description's words, so that the two accounts' times
/// compare whatever their voice ("8pm", "8.30 pm", "20:30", "2030hrs"): `marked` replaces it with
/// two words, "time20 at2030" (the hour, then the hour and minute), which the word reader keeps
/// whole and `DescriptionTerm(reading:)` reads back.
enum TimeMark {
    /// The word of the hour alone ("time20"), and of the hour and minute ("at2030").
    static let hourPrefix = "time", timePrefix = "at"

    /// The words that stand for `hour`:`minute` in the text (spaced off from their neighbours).
    static func words(hour: Int, minute: Int) -> String {
        " \(hourPrefix)\(hour) \(timePrefix)\(hour * 100 + minute) "
    }

    /// The time of day, in minutes after midnight, of an "at2030" word; nil for any other word,
    /// or a number too large to be a time. (A text's own "at2030", run together, reads the same.)
    static func minutes(in word: String) -> Int16? {
        let digits = word.utf8.dropFirst(timePrefix.utf8.count)
        guard word.hasPrefix(timePrefix), !digits.isEmpty, DescriptionText.allDigits(digits),
            let hhmm = Int(Substring(digits))
        else { return nil }
        return Int16(exactly: hhmm / 100 * 60 + hhmm % 100)
    }

    /// Whether a word is the mark of a time's hour alone ("time20").
    static func isHour(_ word: String) -> Bool {
        let digits = word.utf8.dropFirst(hourPrefix.utf8.count)
        return word.hasPrefix(hourPrefix) && !digits.isEmpty && DescriptionText.allDigits(digits)
    }

    /// `text` (lowered) with its times of day as `words(hour:minute:)`: "8pm", "8.30 p.m.",
    /// "20:30", "2030hrs", "2030 hours"; a number that is no time ("2 men", "1.5", "2030") is
    /// left as it is.
    static func marked(_ text: String) -> String {
        // Most of the work is copying; a text without a digit has no time to mark.
        guard text.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return text }
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ i: Int) -> Bool { i < scalars.count && ("0"..."9").contains(scalars[i]) }
        func isWordCharacter(_ i: Int) -> Bool {
            i >= 0 && i < scalars.count && (("a"..."z").contains(scalars[i]) || ("0"..."9").contains(scalars[i]))
        }
        /// Whether the word `word` is written at `i` (and ends there: "h" is not read in "hrs").
        func isWord(_ word: String, at i: Int) -> Bool {
            let wordScalars = Array(word.unicodeScalars)
            guard i + wordScalars.count <= scalars.count,
                Array(scalars[i..<(i + wordScalars.count)]) == wordScalars
            else { return false }
            return !isWordCharacter(i + wordScalars.count)
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        func append(_ scalar: Unicode.Scalar) { UTF8.encode(scalar) { out.append($0) } }
        var i = 0
        while i < scalars.count {
            guard isDigit(i), !isWordCharacter(i - 1) else {
                append(scalars[i])
                i += 1
                continue
            }
            // The number starting here, then what may follow it: ".30" or ":30", spaces, and a
            // word saying it is a time ("pm", "hrs").
            // (Added up wrapping: a run of twenty digits is no time, and must not stop the run.)
            var afterNumber = i, number = 0, digits = 0
            while isDigit(afterNumber) {
                number = number &* 10 &+ Int(scalars[afterNumber].value - 48)
                digits += 1
                afterNumber += 1
            }
            var hour: Int?, minute = 0, end = afterNumber
            var afterMinutes = afterNumber
            var colon = false
            if afterMinutes + 2 < scalars.count, scalars[afterMinutes] == "." || scalars[afterMinutes] == ":",
                isDigit(afterMinutes + 1), isDigit(afterMinutes + 2), !isDigit(afterMinutes + 3), digits <= 2
            {
                minute = Int(scalars[afterMinutes + 1].value - 48) * 10 + Int(scalars[afterMinutes + 2].value - 48)
                colon = scalars[afterMinutes] == ":"
                afterMinutes += 3
            }
            var unit = afterMinutes
            while unit < scalars.count && scalars[unit] == " " { unit += 1 }
            if digits <= 2,
                isWord("am", at: unit) || isWord("pm", at: unit) || isWord("a.m", at: unit)
                    || isWord("p.m", at: unit)
            {
                // "8pm", "8.30 p.m"
                let pm = scalars[unit] == "p"
                if (1...12).contains(number) {
                    hour = number % 12 + (pm ? 12 : 0)
                    end = unit + (scalars[unit + 1] == "." ? 3 : 2)
                }
            } else if digits == 4,
                isWord("hrs", at: unit) || isWord("hours", at: unit) || isWord("h", at: unit)
                    || isWord("hr", at: unit)
            {
                // "2030hrs", "2030 hours"
                if number / 100 < 24 && number % 100 < 60 {
                    hour = number / 100
                    minute = number % 100
                    let unitLength =
                        isWord("hours", at: unit)
                        ? 5
                        : isWord("hrs", at: unit)
                            ? 3
                            : isWord("hr", at: unit) ? 2 : 1
                    end = unit + unitLength
                }
            } else if colon, number < 24 {
                // "20:30"
                hour = number
                end = afterMinutes
            }
            if let hour {
                out.append(contentsOf: words(hour: hour, minute: minute).utf8)
                i = end
            } else {
                for x in i..<afterNumber { append(scalars[x]) }
                i = afterNumber
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
