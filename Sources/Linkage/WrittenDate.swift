import IncidentModel

/// The day an incident happened, as a police account writes it. A police record's date is often
/// the day it was reported, days after the incident; its officer usually writes the incident's
/// own date in the account ("On 05/09/2025 at 1800hrs…", "Time: between 1800 and 1830 080625",
/// "on 3rd March"). Read as the British write dates: day, then month.
enum WrittenDate {
    /// How many days before the record's date a written date may be and still be its incident's
    /// (an older date is another event; the delay a run compares when the police date by report,
    /// `LinkOptions.standardReportedWithin.whenLate`).
    static let daysBefore = LinkOptions.standardReportedWithin.whenLate

    /// Words that make the date after them (within three words) another event's: a previous
    /// incident, a court or bail date, a birth date, the day it was reported.
    static let otherEventWords: Set<[UInt8]> = Set(
        [
            "previous", "previously", "prior", "since", "last", "earlier", "before", "bail", "bailed", "court",
            "hearing", "dob", "born", "until", "till", "next", "reported", "report", "recorded", "expires",
        ].map { Array($0.utf8) })

    /// Month names that are also ordinary words ("Suspect 1 may have been drinking"): read as a
    /// month only with an ordinal, "of" or a year beside the day.
    static let ambiguousMonths: Set<Int> = [3, 5]

    /// The earliest date written in `text` that falls within `daysBefore` days before `day` (a
    /// day number) and at most a day after it, as a day number, not another event's
    /// (`otherEventWords` before it: "previous incident on 20/08/2025"); nil when none does. Written as
    /// "05/09/2025", "5.9.25", "05-09-25", "05/09", "050925" (six digits standing alone),
    /// "2025-09-05", "5 September", "5th Sept 2025" or "September 5th"; a date without a year
    /// takes the year that puts it within the window.
    static func incidentDay(in text: String, recordedOn day: Int) -> Int? {
        // Most accounts are short; one without a digit writes no date.
        guard text.utf8.contains(where: isDigit) else { return nil }
        let bytes = Array(text.utf8)
        let recorded = CivilDate(dayNumber: day)
        var earliest: Int?
        let count = bytes.count
        /// Whether one of the three words before `start`, within its sentence, makes the date
        /// another event's.
        func anotherEvent(before start: Int) -> Bool {
            var i = start - 1, words = 0
            while i >= 0 && words < 3 {
                // A full stop ends the sentence (one inside a date, "5.9.25", does not), as do ";"
                // and a line's end.
                if bytes[i] == UInt8(ascii: ";") || bytes[i] == UInt8(ascii: "\n") { return false }
                if bytes[i] == dot && !(i > 0 && isDigit(bytes[i - 1])) { return false }
                guard isLetter(bytes[i]) else {
                    i -= 1
                    continue
                }
                var first = i
                while first > 0 && isLetter(bytes[first - 1]) { first -= 1 }
                if otherEventWords.contains(bytes[first...i].map { $0 | 0x20 }) { return true }
                words += 1
                i = first - 1
            }
            return false
        }
        func consider(day dayOfMonth: Int, month: Int, year: Int?, at start: Int) {
            guard !anotherEvent(before: start) else { return }
            let years: [Int]
            if let year {
                years = [year < 100 ? 2000 + year : year]
            } else {
                years = [recorded.year, recorded.year - 1]
            }
            for year in years {
                guard let date = CivilDate(year: year, month: month, day: dayOfMonth) else { continue }
                let number = date.dayNumber
                if number >= day - daysBefore && number <= day + 1 {
                    earliest = min(earliest ?? number, number)
                    return
                }
            }
        }
        func isAlphanumeric(_ i: Int) -> Bool {
            i >= 0 && i < count && (isDigit(bytes[i]) || isLetter(bytes[i]))
        }
        /// The digits from `i`: their value and where they end.
        func digits(from i: Int) -> (value: Int, end: Int) {
            var value = 0, end = i
            while end < count, isDigit(bytes[end]), end - i < 9 {
                value = value * 10 + Int(bytes[end] - 48)
                end += 1
            }
            return (value, end)
        }
        /// The lowered letters of the word from `i`, and where it ends.
        func word(from i: Int) -> (letters: [UInt8], end: Int) {
            var end = i, letters: [UInt8] = []
            while end < count, isLetter(bytes[end]) {
                letters.append(bytes[end] | 0x20)
                end += 1
            }
            return (letters, end)
        }
        func skipSpaces(_ i: Int) -> Int {
            var i = i
            while i < count, bytes[i] == space || bytes[i] == comma { i += 1 }
            return i
        }
        /// A day of the month from `i` ("5", "05", "5th"), and where it ends.
        func dayOfMonth(at i: Int) -> (day: Int, end: Int)? {
            guard i < count, isDigit(bytes[i]), !isAlphanumeric(i - 1) else { return nil }
            let (value, end) = digits(from: i)
            guard end - i <= 2, (1...31).contains(value) else { return nil }
            let suffix = word(from: end)
            guard suffix.letters.isEmpty || ordinalSuffixes.contains(suffix.letters) else { return nil }
            return (value, suffix.end)
        }
        /// Whether a phone number's first group comes just before `i`, past spaces ("0161 040925":
        /// a leading 0, or five digits or more; "between 1800 and 1830 050925" is a time).
        func digitsBefore(_ i: Int) -> Bool {
            var k = i - 1
            while k >= 0 && bytes[k] == space { k -= 1 }
            guard k < i - 1, k >= 0, isDigit(bytes[k]) else { return false }
            var first = k
            while first > 0 && isDigit(bytes[first - 1]) { first -= 1 }
            return bytes[first] == UInt8(ascii: "0") || k - first + 1 >= 5
        }
        /// A year from `i` ("2025"), standing alone.
        func year(at i: Int) -> Int? {
            guard i < count, isDigit(bytes[i]) else { return nil }
            let (value, end) = digits(from: i)
            guard end - i == 4, !isAlphanumeric(end), (1990...2100).contains(value) else { return nil }
            return value
        }
        var i = 0
        while i < count {
            if isDigit(bytes[i]) && !isAlphanumeric(i - 1) {
                let (first, end) = digits(from: i)
                let length = end - i
                // "2025-09-05", "2025/09/05": the year first.
                if length == 4, end + 1 < count, bytes[end] == dash || bytes[end] == slash, isDigit(bytes[end + 1]) {
                    let separator = bytes[end]
                    let (month, monthEnd) = digits(from: end + 1)
                    if monthEnd - end - 1 <= 2, monthEnd + 1 < count, bytes[monthEnd] == separator,
                        isDigit(bytes[monthEnd + 1])
                    {
                        let (dayValue, dayEnd) = digits(from: monthEnd + 1)
                        if dayEnd - monthEnd - 1 <= 2 && !isAlphanumeric(dayEnd) {
                            consider(day: dayValue, month: month, year: first, at: i)
                        }
                        i = dayEnd
                        continue
                    }
                }
                // "05/09/2025", "5.9.25", "05-09-25", "05/09"
                if length <= 2, end + 1 < count, separators.contains(bytes[end]), isDigit(bytes[end + 1]) {
                    let separator = bytes[end]
                    let (second, secondEnd) = digits(from: end + 1)
                    if secondEnd - end - 1 <= 2 {
                        var year: Int?, last = secondEnd, valid = true
                        if secondEnd + 1 < count, bytes[secondEnd] == separator, isDigit(bytes[secondEnd + 1]) {
                            let (third, thirdEnd) = digits(from: secondEnd + 1)
                            let thirdLength = thirdEnd - secondEnd - 1
                            valid = thirdLength == 2 || thirdLength == 4
                            year = third
                            last = thirdEnd
                        } else {
                            // Without a year only "05/09", two digits each: "5.30" is a time, "4-5
                            // youths" and "4/5 males" are counts.
                            valid = separator == slash && length == 2 && secondEnd - end - 1 == 2
                        }
                        // Not part of a longer run ("55/13471/25", "1/2/3/4").
                        let runsOn =
                            last + 1 < count && separators.contains(bytes[last]) && isDigit(bytes[last + 1])
                        if valid && !isAlphanumeric(last) && !runsOn {
                            consider(day: first, month: second, year: year, at: i)
                        }
                        i = last
                        continue
                    }
                    i = secondEnd
                    continue
                }
                // "050925": six digits standing alone (not a reference's "ESSEX-050925", not a
                // phone number's second group "0161 040925").
                if length == 6, !isAlphanumeric(end),
                    !(end + 1 < count && separators.contains(bytes[end]) && isDigit(bytes[end + 1])),
                    !(i > 0 && separators.contains(bytes[i - 1])), !digitsBefore(i)
                {
                    consider(day: first / 10_000, month: first / 100 % 100, year: first % 100, at: i)
                    i = end
                    continue
                }
                // "5 September", "5th of Sept 2025"
                if let (dayValue, dayEnd) = dayOfMonth(at: i) {
                    var at = skipSpaces(dayEnd)
                    let next = word(from: at)
                    if next.letters == Array("of".utf8) { at = skipSpaces(next.end) }
                    let monthWord = word(from: at)
                    if let month = month(monthWord.letters) {
                        let afterMonth =
                            monthWord.end < count && bytes[monthWord.end] == dot ? monthWord.end + 1 : monthWord.end
                        let yearAfter = year(at: skipSpaces(afterMonth))
                        // "1 may" in "Suspect 1 may have…" is no date; "1st May", "1 of May", "1 May 2025" are.
                        let marked = dayEnd > end || next.letters == Array("of".utf8) || yearAfter != nil
                        if marked || !ambiguousMonths.contains(month) {
                            consider(day: dayValue, month: month, year: yearAfter, at: i)
                        }
                        i = monthWord.end
                        continue
                    }
                }
                i = end
                continue
            }
            if isLetter(bytes[i]) && !isAlphanumeric(i - 1) {
                let read = word(from: i)
                // "September 5th", "Sept 5, 2025"
                if let month = month(read.letters) {
                    let afterMonth = read.end < count && bytes[read.end] == dot ? read.end + 1 : read.end
                    // Only spaces between a month and its day: "In September, 3 youths" is no date.
                    var dayStart = afterMonth
                    while dayStart < count && bytes[dayStart] == space { dayStart += 1 }
                    if let (dayValue, dayEnd) = dayOfMonth(at: dayStart) {
                        let yearAfter = year(at: skipSpaces(dayEnd))
                        let marked = isLetter(bytes[dayEnd - 1]) || yearAfter != nil
                        if marked || !ambiguousMonths.contains(month) {
                            consider(day: dayValue, month: month, year: yearAfter, at: i)
                        }
                        i = dayEnd
                        continue
                    }
                }
                i = read.end
                continue
            }
            i += 1
        }
        return earliest
    }

    /// The month a word names ("september", "sept", "sep"), 1–12; nil for any other word (the
    /// reader takes it as a month only beside a day of the month; "may" and "march" only with an
    /// ordinal, "of" or a year, `ambiguousMonths`).
    static func month(_ letters: [UInt8]) -> Int? {
        guard letters.count >= 3 else { return nil }
        for (index, name) in monthNames.enumerated() {
            if letters == name || (letters.count <= 4 && name.starts(with: letters)) { return index + 1 }
        }
        return nil
    }

    private static let monthNames: [[UInt8]] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ].map { Array($0.utf8) }
    private static let ordinalSuffixes: Set<[UInt8]> = Set(["st", "nd", "rd", "th"].map { Array($0.utf8) })
    private static let slash = UInt8(ascii: "/"), dot = UInt8(ascii: "."), space = UInt8(ascii: " ")
    private static let comma = UInt8(ascii: ","), dash = UInt8(ascii: "-")
    private static let separators: Set<UInt8> = [UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "-")]

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
