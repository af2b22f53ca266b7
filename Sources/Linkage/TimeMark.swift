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
    /// "20:30", "2030hrs", "2030 hours", and a bare "2030" after "approx", "at", "between" or
    /// "time" (or "and" after such a time); a number that is no time ("2 men", "1.5", "in
    /// 2030") is left as it is.
    static func marked(_ text: String) -> String {
        String(decoding: marked(utf8: Array(text.utf8)), as: UTF8.self)
    }

    /// The same over a text's UTF-8 bytes. Every byte a time is read from is ASCII, and no byte
    /// of a longer character is, so the bytes give the same marks as the characters; read as
    /// bytes, without a closure that writes, this costs a fraction of reading characters.
    static func marked(utf8 text: [UInt8]) -> [UInt8] {
        // Most of the work is copying; a text without a digit has no time to mark.
        guard text.contains(where: TimeMark.isDigit) else { return text }
        let count = text.count
        func isDigit(_ i: Int) -> Bool { i < count && TimeMark.isDigit(text[i]) }
        func isWordCharacter(_ i: Int) -> Bool {
            i >= 0 && i < count && (TimeMark.isDigit(text[i]) || (text[i] >= 0x61 && text[i] <= 0x7A))
        }
        /// Whether `word` is written at `i` (and ends there: "h" is not read in "hrs").
        func isWord(_ word: [UInt8], at i: Int) -> Bool {
            guard i + word.count <= count, text[i..<(i + word.count)].elementsEqual(word) else { return false }
            return !isWordCharacter(i + word.count)
        }
        /// Whether the word before `i` (past spaces and a colon) says a bare four-digit number is
        /// a time ("approx", "at", "between", "time").
        func saysTimeBefore(_ i: Int) -> Bool {
            var end = i
            while end > 0 && (text[end - 1] == space || text[end - 1] == colonMark || text[end - 1] == dot) { end -= 1 }
            var start = end
            while start > 0 && text[start - 1] >= 0x61 && text[start - 1] <= 0x7A { start -= 1 }
            guard start < end, !isWordCharacter(start - 1) else { return false }
            return timeWords.contains { $0.elementsEqual(text[start..<end]) }
        }
        /// Whether the word after a number says what it counts ("approx 1500 leaflets", "2000
        /// people"): a plural, or "people".
        func countsSomething(after end: Int) -> Bool {
            var start = end
            while start < count && text[start] == space { start += 1 }
            var stop = start
            while stop < count && text[stop] >= 0x61 && text[stop] <= 0x7A { stop += 1 }
            guard stop - start >= 3 else { return false }
            let word = text[start..<stop]
            return word.last == UInt8(ascii: "s") || word.elementsEqual(people)
        }
        /// Whether "between" a number and another both read as years ("between 2019 and 2023").
        func yearsBetween(_ i: Int, _ number: Int) -> Bool {
            guard (1990...2059).contains(number) else { return false }
            var k = i + 4
            while k < count && text[k] == space { k += 1 }
            // (The second of the two follows no time read, so it is not read either.)
            guard isWord(and, at: k) else { return false }
            k += 3
            while k < count && text[k] == space { k += 1 }
            var other = 0, digitsRead = 0
            while k < count && isDigit(k) && digitsRead < 5 {
                other = other * 10 + Int(text[k] - 48)
                digitsRead += 1
                k += 1
            }
            return digitsRead == 4 && (1990...2059).contains(other) && other > number
        }
        var out: [UInt8] = []
        out.reserveCapacity(count + 16)
        // Where the last time read ended ("between 1800 and 1830": the second follows " and ").
        var lastTimeEnd = -1
        var i = 0
        while i < count {
            guard isDigit(i), !isWordCharacter(i - 1) else {
                out.append(text[i])
                i += 1
                continue
            }
            // The number starting here, then what may follow it: ".30" or ":30", spaces, and a
            // word saying it is a time ("pm", "hrs").
            // (Added up wrapping: a run of twenty digits is no time, and must not stop the run.)
            var afterNumber = i, number = 0, digits = 0
            while isDigit(afterNumber) {
                number = number &* 10 &+ Int(text[afterNumber] - 48)
                digits += 1
                afterNumber += 1
            }
            var hour: Int?, minute = 0, end = afterNumber
            var afterMinutes = afterNumber
            var colon = false
            if afterMinutes + 2 < count, text[afterMinutes] == dot || text[afterMinutes] == colonMark,
                isDigit(afterMinutes + 1), isDigit(afterMinutes + 2), !isDigit(afterMinutes + 3), digits <= 2
            {
                minute = Int(text[afterMinutes + 1] - 48) * 10 + Int(text[afterMinutes + 2] - 48)
                colon = text[afterMinutes] == colonMark
                afterMinutes += 3
            }
            var unit = afterMinutes
            while unit < count && text[unit] == space { unit += 1 }
            if digits <= 2,
                isWord(am, at: unit) || isWord(pm, at: unit) || isWord(aDotM, at: unit) || isWord(pDotM, at: unit)
            {
                // "8pm", "8.30 p.m"
                let afternoon = text[unit] == UInt8(ascii: "p")
                if (1...12).contains(number) {
                    hour = number % 12 + (afternoon ? 12 : 0)
                    end = unit + (text[unit + 1] == dot ? 3 : 2)
                }
            } else if digits == 4,
                isWord(hrs, at: unit) || isWord(hours, at: unit) || isWord(h, at: unit) || isWord(hr, at: unit)
            {
                // "2030hrs", "2030 hours"
                if number / 100 < 24 && number % 100 < 60 {
                    hour = number / 100
                    minute = number % 100
                    let unitLength =
                        isWord(hours, at: unit)
                        ? 5
                        : isWord(hrs, at: unit)
                            ? 3
                            : isWord(hr, at: unit) ? 2 : 1
                    end = unit + unitLength
                }
            } else if digits == 4, number / 100 < 24, number % 100 < 60, !isWordCharacter(afterNumber),
                saysTimeBefore(i) || (lastTimeEnd >= 0 && text[lastTimeEnd..<i].elementsEqual(andBetween)),
                !countsSomething(after: afterNumber), !yearsBetween(i, number)
            {
                // "approx 1620", "at 2039", "between 1800 and 1830", "Time: 1127" (a police log's time)
                hour = number / 100
                minute = number % 100
                end = afterNumber
            } else if colon, number < 24 {
                // "20:30"
                hour = number
                end = afterMinutes
            }
            if let hour {
                out.append(contentsOf: words(hour: hour, minute: minute).utf8)
                i = end
                lastTimeEnd = end
            } else {
                out.append(contentsOf: text[i..<afterNumber])
                i = afterNumber
            }
        }
        return out
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static let dot = UInt8(ascii: "."), colonMark = UInt8(ascii: ":"), space = UInt8(ascii: " ")
    private static let am = Array("am".utf8), pm = Array("pm".utf8), aDotM = Array("a.m".utf8)
    private static let pDotM = Array("p.m".utf8), hrs = Array("hrs".utf8), hours = Array("hours".utf8)
    private static let h = Array("h".utf8), hr = Array("hr".utf8), andBetween = Array(" and ".utf8)
    /// The words before a bare four-digit number that make it a time of day in a police log.
    /// ("at" is not: "valued at 1200", "call IP at 0207 946 0000".)
    private static let timeWords = ["approx", "approximately", "between", "time", "circa"].map { Array($0.utf8) }
    private static let people = Array("people".utf8), and = Array("and".utf8)
}
