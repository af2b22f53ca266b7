// Vehicle registrations: Great Britain's current and older formats, Northern Ireland's and Ireland's.
extension Patterns {
    /// The two-letter codes of Northern Ireland's registrations (the last two of its three
    /// letters) that no British code shares: those with Z, and OI, UI, XI.
    static let northernIrishCodes: Set<String> = Set(
        "AZ BZ CZ DZ EZ FZ GZ HZ JZ KZ LZ MZ NZ OZ PZ RZ SZ TZ UZ VZ WZ XZ YZ OI UI XI".split(separator: " ").map(
            String.init))

    /// Whether "ab12" and "cde" (any case) make a registration of the current (2001) format.
    static func currentFormat(_ front: String, _ back: String) -> Bool {
        let f = Array(front.uppercased().unicodeScalars), b = Array(back.uppercased().unicodeScalars)
        guard f.count == 4, b.count == 3, !"IQZ".unicodeScalars.contains(f[0]), !"IQ".unicodeScalars.contains(f[1]),
            !b.contains(where: { "IQ".unicodeScalars.contains($0) }),
            let age = Int(String(String.UnicodeScalarView(f[2...3])))
        else { return false }
        return (2...29).contains(age) || (51...79).contains(age)
    }

    /// Vehicle registrations: AB12 CDE (2001 on), A123 BCD (1983–2001), ABC 123D (1963–1983).
    static func vehicles(_ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        func shape(_ w: String) -> String {
            String(w.unicodeScalars.map { isDigit($0) ? "9" : isUpper($0) ? "A" : isLetter($0) ? "a" : "?" })
        }
        let pairs: Set<String> = ["AA99 AAA", "A999 AAA", "A99 AAA", "A9 AAA", "AAA 999A", "AAA 99A", "AAA 9A"]
        let joined: Set<String> = ["AA99AAA", "A999AAA", "AAA999A"]
        for (i, word) in words.enumerated() {
            // Irish registrations: year, county and number joined by dashes ("162-G-98521", "12-D-3").
            let dashed = word.text.split(separator: "-", omittingEmptySubsequences: false)
            if dashed.count == 3, (2...3).contains(dashed[0].count),
                dashed[0].allSatisfy({ $0.isASCII && $0.isNumber }),
                (1...2).contains(dashed[1].count), dashed[1].allSatisfy({ $0.isASCII && $0.isUppercase }),
                (1...6).contains(dashed[2].count), dashed[2].allSatisfy({ $0.isASCII && $0.isNumber })
            {
                out.append(word.range)
                continue
            }
            // Northern Ireland's ("FFZ 9047", "AXI 123"): three capitals ending in one of its
            // codes with Z or I, then up to four digits that are not a year, with no cue needed.
            if i + 1 < words.count, words[i + 1].range.lowerBound == word.range.upperBound + 1,
                shape(word.text) == "AAA", (1...4).contains(words[i + 1].text.count),
                words[i + 1].text.allSatisfy({ $0.isASCII && $0.isNumber }),
                northernIrishCodes.contains(String(word.text.suffix(2))),
                !(words[i + 1].text.count == 4 && ["19", "20"].contains(String(words[i + 1].text.prefix(2))))
            {
                out.append(word.range.lowerBound..<words[i + 1].range.upperBound)
                continue
            }
            // Two to seven letters and digits, starting with a capital: the only words worth shaping;
            // in lower case too right after "reg", "registration", "VRM", "plate" ("reg ab12 cde").
            guard word.text.utf8.count <= 7, let f = word.text.unicodeScalars.first else { continue }
            let cued =
                i > 0
                && [
                    "reg", "registration", "vrm", "plate", "plates", "numberplate", "index", "reg.", "registered",
                    "vehicle", "no",
                ]
                .contains(words[i - 1].lower)
            // The current format in lower case without a cue ("wg23 uut"): two letters of the
            // memory tag (never I, Q or Z first), a real age identifier (02–29 March, 51–79
            // September) and three letters without I or Q.
            if !isUpper(f), !cued, i + 1 < words.count, words[i + 1].range.lowerBound == word.range.upperBound + 1,
                shape(word.text) + " " + shape(words[i + 1].text) == "aa99 aaa",
                currentFormat(word.text, words[i + 1].text)
            {
                out.append(word.range.lowerBound..<words[i + 1].range.upperBound)
                continue
            }
            if !isUpper(f), !cued, shape(word.text) == "aa99aaa",
                currentFormat(String(word.text.prefix(4)), String(word.text.suffix(3)))
            {
                out.append(word.range)
                continue
            }
            guard isUpper(f) || (cued && isLetter(f)) else { continue }
            if cued && !isUpper(f) {
                let upper = word.text.uppercased(), next = i + 1 < words.count ? words[i + 1].text.uppercased() : ""
                if joined.contains(shape(upper)) { out.append(word.range); continue }
                if i + 1 < words.count, words[i + 1].range.lowerBound == word.range.upperBound + 1,
                    pairs.contains(shape(upper) + " " + shape(next))
                {
                    out.append(word.range.lowerBound..<words[i + 1].range.upperBound)
                }
                continue
            }
            let a = shape(word.text)
            if joined.contains(a) { out.append(word.range); continue }
            // The current format in three parts ("YA 17 BCD", "MM 63 XYZ"); after a cue, the older
            // formats spaced ("L 123 ABC") and Northern Ireland's ("AXZ 1234").
            if i + 2 < words.count, words[i + 1].range.lowerBound == word.range.upperBound + 1,
                words[i + 2].range.lowerBound == words[i + 1].range.upperBound + 1
            {
                let three = a + " " + shape(words[i + 1].text) + " " + shape(words[i + 2].text)
                if (three == "AA 99 AAA" && currentFormat(word.text + words[i + 1].text, words[i + 2].text))
                    || (cued && three == "A 999 AAA")
                {
                    out.append(word.range.lowerBound..<words[i + 2].range.upperBound)
                    continue
                }
            }
            if cued, i + 1 < words.count, words[i + 1].range.lowerBound == word.range.upperBound + 1,
                ["AAA 9999", "AAA 999"].contains(a + " " + shape(words[i + 1].text))
            {
                out.append(word.range.lowerBound..<words[i + 1].range.upperBound)
                continue
            }
            if i + 1 < words.count, words[i + 1].range.lowerBound == word.range.upperBound + 1,
                pairs.contains(a + " " + shape(words[i + 1].text))
            {
                out.append(word.range.lowerBound..<words[i + 1].range.upperBound)
            }
        }
        return out
    }
}
