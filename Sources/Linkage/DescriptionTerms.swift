import IncidentModel
import Places

// A description's words as comparable terms: accents folded, times of day marked, streets,
// police phrases and places recognised, the rest stopped or stemmed.
extension DescriptionText {
    /// The comparable terms of a description, in order (public for the benchmark's diagnostic).
    public static func terms(of text: String, gazetteer: Gazetteer) -> [String] {
        // Words: letters and digits; "s.5" and "s5" alike; apostrophes joined.
        var words: [String] = []
        // The word being read, as ASCII bytes (a String grown a scalar at a time costs more than
        // the rest of the record's preparation).
        var current: [UInt8] = []
        current.reserveCapacity(32)
        for scalar in DescriptionText.markTimes(DescriptionText.fold(text.lowercased())).unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                current.append(UInt8(scalar.value))
            } else if scalar == "'" || scalar == "’" || (scalar == "." && current == [UInt8(ascii: "s")]) {
                continue
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }

        // Streets: a name word before a street's kind ("Brent Street", "Ballards Ln"), not after
        // "the" or "a" ("the high street" is a kind of place) and not a run of kinds ("Hill Road"
        // is read at "Road"). Marked before places, so "Finchley Road" is a street, not Finchley.
        var streetAt: [Int: String] = [:]
        for k in words.indices.dropFirst() {
            guard let kind = DescriptionText.streetKinds[words[k]] else { continue }
            let name = words[k - 1]
            if DescriptionText.stopWords.contains(name) || DescriptionText.allDigits(name.utf8)
                || DescriptionText.streetKinds[name] != nil
            {
                continue
            }
            if k >= 2 && ["the", "a", "an"].contains(words[k - 2]) { continue }
            if streetAt[k - 2] != nil { continue }
            streetAt[k - 1] = name + " " + kind
        }

        var out: [String] = []
        var i = 0
        scan: while i < words.count {
            if let street = streetAt[i] {
                out.append(DescriptionText.streetMark + street)
                i += 2
                continue
            }
            // The runs of words starting here, joined once ("a b", "a b c", …), for the
            // phrase and place look-ups below.
            let isPhraseStart = DescriptionText.phraseStarts.contains(words[i]),
                isNameStart = gazetteer.nameStarts.contains(words[i])
            var runs: [String] = []
            if isPhraseStart || isNameStart {
                let longest = min(max(isPhraseStart ? 4 : 1, isNameStart ? gazetteer.longestName : 1), words.count - i)
                var run = ""
                for k in 0..<max(longest, 0) {
                    if k > 0 { run += " " }
                    run += words[i + k]
                    runs.append(run)
                }
            }
            // Police phrases first (longest first).
            for length in stride(from: 4, through: 2, by: -1) where i + length <= words.count && isPhraseStart {
                let phrase = runs[length - 1]
                if let mapped = DescriptionText.phrases[phrase] {
                    out.append(contentsOf: mapped)
                    i += length
                    continue scan
                }
            }
            // Places: the longest run of words the gazetteer knows, as its authority.
            for length in stride(from: min(gazetteer.longestName, words.count - i), through: 1, by: -1)
            where isNameStart {
                let key = runs[length - 1]
                if length == 1 && (key.count < 4 || DescriptionText.notPlaces.contains(key)) { continue }
                if let place = gazetteer.place(exactly: key) {
                    out.append("place\(place.authorityIndex)")
                    i += length
                    continue scan
                }
            }
            let word = words[i]
            i += 1
            if let mapped = DescriptionText.wordMap[word] {
                out.append(contentsOf: mapped)
                continue
            }
            if DescriptionText.stopWords.contains(word) || DescriptionText.allDigits(word.utf8) { continue }
            out.append(DescriptionText.stem(word))
        }
        return out
    }

    /// Accented letters as their plain letter ("café" → "cafe").
    static func fold(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy(\.isASCII) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "é", "è", "ê", "ë": out.append("e")
            case "á", "à", "â", "ä": out.append("a")
            case "í", "ì", "î", "ï": out.append("i")
            case "ó", "ò", "ô", "ö": out.append("o")
            case "ú", "ù", "û", "ü": out.append("u")
            case "ç": out.append("c")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Times of day in either voice ("8pm", "8.30 pm", "20:30", "2030hrs") become the terms
    /// `timeHH` (the hour) and `atHHMM` (hour and minute), so the two accounts' times compare.
    static func markTimes(_ text: String) -> String {
        // Most of the work is copying; a text without a digit has no time to mark.
        guard text.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return text }
        let s = Array(text.unicodeScalars)
        func isDigit(_ i: Int) -> Bool { i < s.count && ("0"..."9").contains(s[i]) }
        func isLetter(_ i: Int) -> Bool {
            i >= 0 && i < s.count && (("a"..."z").contains(s[i]) || ("0"..."9").contains(s[i]))
        }
        func word(_ i: Int, _ w: String) -> Bool {
            let ws = Array(w.unicodeScalars)
            guard i + ws.count <= s.count, Array(s[i..<(i + ws.count)]) == ws else { return false }
            return !isLetter(i + ws.count)
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        func append(_ scalar: Unicode.Scalar) { UTF8.encode(scalar) { out.append($0) } }
        var i = 0
        while i < s.count {
            guard isDigit(i), !isLetter(i - 1) else { append(s[i]); i += 1; continue }
            var j = i, number = 0, digits = 0
            while isDigit(j) { number = number * 10 + Int(s[j].value - 48); digits += 1; j += 1 }
            var hour: Int?, minute = 0, end = j
            var k = j
            var separated = false
            if k + 2 < s.count, s[k] == "." || s[k] == ":", isDigit(k + 1), isDigit(k + 2), !isDigit(k + 3), digits <= 2
            {
                minute = Int(s[k + 1].value - 48) * 10 + Int(s[k + 2].value - 48)
                separated = s[k] == ":"
                k += 3
            }
            var m = k
            while m < s.count && s[m] == " " { m += 1 }
            if digits <= 2, word(m, "am") || word(m, "pm") || word(m, "a.m") || word(m, "p.m") {
                let pm = s[m] == "p"
                if (1...12).contains(number) { hour = number % 12 + (pm ? 12 : 0); end = m + (s[m + 1] == "." ? 3 : 2) }
            } else if digits == 4, word(m, "hrs") || word(m, "hours") || word(m, "h") || word(m, "hr") {
                if number / 100 < 24 && number % 100 < 60 {
                    hour = number / 100; minute = number % 100;
                    end = m + (word(m, "hours") ? 5 : word(m, "hrs") ? 3 : word(m, "hr") ? 2 : 1)
                }
            } else if separated, number < 24 {
                hour = number; end = k
            }
            if let hour {
                out.append(contentsOf: " time\(hour) at\(hour * 100 + minute) ".utf8)
                i = end
            } else {
                for x in i..<j { append(s[x]) }
                i = j
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A light stem: plural -s, -es, -ed, -ing, -ly removed from words long enough to keep a root.
    static func stem(_ word: String) -> String {
        var w = Substring(word)
        // (Terms are ASCII letters and digits: their UTF-8 length is their length.)
        for suffix in ["ences", "ence", "ing", "ed", "ly", "es", "s"]
        where w.utf8.count > suffix.utf8.count + 3 && w.hasSuffix(suffix) {
            if suffix == "s" && w.hasSuffix("ss") { break }
            w = w.dropLast(suffix.count)
            // "referred", "referring" → "refer"
            if suffix == "ed" || suffix == "ing", let last = w.last, w.dropLast().last == last, !"lsz".contains(last) {
                w = w.dropLast()
            }
            break
        }
        return String(w)
    }
}
