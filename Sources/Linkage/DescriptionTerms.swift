import Places

// A description's words as comparable terms: accents folded, times of day marked, streets,
// police phrases and places recognised, the rest stopped or stemmed.
extension DescriptionText {
    /// The comparable terms of a description, spelled out (the benchmark's diagnostic): words and
    /// concepts as they are, streets marked "§", times as "at2030" (see `DescriptionTerm.spelling`).
    public static func terms(of text: String, gazetteer: Gazetteer) -> [String] {
        readTerms(of: text, gazetteer: gazetteer).map(\.spelling)
    }

    /// The comparable terms of a description, in order.
    static func readTerms(of text: String, gazetteer: Gazetteer) -> [DescriptionTerm] {
        let words = DescriptionText.words(of: text)
        // Each word hashed once, for the filters in front of the tables (`WordFilter`).
        let hashes = words.map { FNV1a.hash($0.utf8) }
        let phraseStarts = DescriptionText.phraseStartFilter, wordMap = DescriptionText.wordMapFilter
        let stopWords = DescriptionText.stopWordFilter, phraseKeys = DescriptionText.phraseFilter
        let (nameStarts, nameKeys) = DescriptionText.nameFilters(gazetteer)
        let streetAt = DescriptionText.streetsNamed(in: words, hashes: hashes, text: text, gazetteer: gazetteer)
        var out: [DescriptionTerm] = []
        /// Appends what a word or concept reads as (nothing for a time's hour mark).
        func read(_ word: String) { if let term = DescriptionTerm(reading: word) { out.append(term) } }
        // The hashes of the runs of words starting at a word ("a b", "a b c", …), for the phrase
        // and place look-ups: a run's string is made only when its hash may be a phrase's or a
        // place's (most runs are neither).
        var runHashes = [UInt32](repeating: 0, count: max(DescriptionText.longestPhrase, gazetteer.longestName, 1))
        var i = 0
        scan: while i < words.count {
            if !streetAt.isEmpty, let street = streetAt[i] {
                out.append(.street(street.name))
                i += street.words
                continue
            }
            let isPhraseStart = phraseStarts.mayContain(hashes[i]) && DescriptionText.phraseStarts.contains(words[i])
            let isNameStart = nameStarts.mayContain(hashes[i]) && gazetteer.nameStarts.contains(words[i])
            if isPhraseStart || isNameStart {
                let longestPhrase = isPhraseStart ? DescriptionText.longestPhrase : 1
                let longest = min(max(longestPhrase, isNameStart ? gazetteer.longestName : 1), words.count - i)
                var hasher = FNV1a()
                for k in 0..<max(longest, 0) {
                    if k > 0 { hasher.add(UInt8(ascii: " ")) }
                    hasher.add(words[i + k].utf8)
                    runHashes[k] = hasher.value
                }
            }
            // Police phrases first (longest first).
            for length in stride(from: DescriptionText.longestPhrase, through: 2, by: -1)
            where i + length <= words.count && isPhraseStart && phraseKeys.mayContain(runHashes[length - 1]) {
                if let mapped = DescriptionText.phrases[words[i..<(i + length)].joined(separator: " ")] {
                    mapped.forEach(read)
                    i += length
                    continue scan
                }
            }
            // Places: the longest run of words the gazetteer knows, as its authority.
            let longestName = min(gazetteer.longestName, words.count - i)
            for length in stride(from: longestName, through: 1, by: -1)
            where isNameStart && nameKeys.mayContain(runHashes[length - 1]) {
                let key = words[i..<(i + length)].joined(separator: " ")
                if length == 1 && (key.count < 4 || DescriptionText.notPlaces.contains(key)) { continue }
                // A place ending where a street's name begins is part of the street's name ("Cheetham
                // Hill Road" is a street, not Cheetham Hill and a road).
                if !streetAt.isEmpty && (i + 1..<i + length).contains(where: { streetAt[$0] != nil }) { continue }
                if let place = gazetteer.place(exactly: key) {
                    out.append(.place(authority: place.authorityIndex))
                    i += length
                    continue scan
                }
            }
            let word = words[i], hash = hashes[i]
            i += 1
            // "2 x males", "two x males": a count, not the platform X.
            if word == "x" && i >= 2
                && (DescriptionText.allDigits(words[i - 2].utf8) || DescriptionText.countWords.contains(words[i - 2]))
            {
                continue
            }
            if wordMap.mayContain(hash), let mapped = DescriptionText.wordMap[word] {
                mapped.forEach(read)
                continue
            }
            if (stopWords.mayContain(hash) && DescriptionText.stopWords.contains(word))
                || DescriptionText.allDigits(word.utf8)
            {
                continue
            }
            read(DescriptionText.stem(word))
        }
        return out
    }

    /// A description's words: lowered, accents folded, times of day marked (`markTimes`); runs of
    /// letters and digits, "s.5" and "s5" alike, apostrophes joined ("o'brien" → "obrien").
    static func words(of text: String) -> [String] {
        var words: [String] = []
        // The word being read, as ASCII bytes (a String grown a scalar at a time costs more than
        // the rest of the record's preparation). The text is read as UTF-8 bytes: a character
        // other than ASCII ends a word at its first byte (its other bytes are not letters), as
        // the character itself would; only the apostrophe "’" (E2 80 99) is looked for whole.
        var current: [UInt8] = []
        current.reserveCapacity(32)
        // ASCII text (most is) lowered byte by byte: the same as `lowercased()` then `fold`.
        let lowered =
            DescriptionText.isASCII(text)
            ? text.utf8.map(DescriptionText.lowered)
            : Array(DescriptionText.fold(text.lowercased()).utf8)
        let bytes = TimeMark.marked(utf8: lowered)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            i += 1
            if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) {
                current.append(byte)
            } else if byte == UInt8(ascii: "'") || (byte == UInt8(ascii: ".") && current == [UInt8(ascii: "s")]) {
                continue
            } else if byte == 0xE2 && i + 1 < bytes.count && bytes[i] == 0x80 && bytes[i + 1] == 0x99 {
                i += 2
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// The streets named among `words`, by the index of their name word ("brent street" at the
    /// index of "brent"): a name word before a street's kind ("Brent Street", "Ballards Ln"), not
    /// after "the" or "a" ("the high street" is a kind of place) and not a run of kinds ("Hill
    /// Road" is read at "Road"). Read before places, so "Finchley Road" is a street, not Finchley.
    /// A kind that is also an ordinary word ("hill", "park", "place", "common") makes a street
    /// only after a capitalised name ("Stanmore Hill", not "took place") that is not itself a
    /// place the gazetteer knows ("Mill Hill", "Golders Green" are places); `text` is the
    /// description the words were read from, for its capitals.
    static func streetsNamed(
        in words: [String], hashes: [UInt32], text: String, gazetteer: Gazetteer
    ) -> [Int: (name: String, words: Int)] {
        var streetAt: [Int: (name: String, words: Int)] = [:]
        let kinds = DescriptionText.streetKindFilter
        // The capitalised words of `text`, read when a kind that is also an ordinary word is met.
        var capitalised: Set<String>?
        for k in words.indices.dropFirst() where kinds.mayContain(hashes[k]) {
            let ordinary = DescriptionText.ordinaryStreetKinds[words[k]]
            guard let kind = DescriptionText.streetKinds[words[k]] ?? ordinary else { continue }
            // A station is named before the railway's word, if any ("EUSTON RLY STN", "Golders
            // Green tube station"); a police or petrol station is not a place on the railway.
            var at = k - 1
            if kind == "station" {
                if DescriptionText.notStations.contains(words[at]) { continue }
                if DescriptionText.stationWords.contains(words[at]) { at -= 1 }
                guard at >= 0 else { continue }
            }
            let name = words[at]
            if DescriptionText.stopWords.contains(name) || DescriptionText.allDigits(name.utf8)
                || DescriptionText.streetKinds[name] != nil
            {
                continue
            }
            if at >= 1 && DescriptionText.articles.contains(words[at - 1]) { continue }
            if at >= 1 && streetAt[at - 1] != nil { continue }
            if ordinary != nil {
                if capitalised == nil { capitalised = DescriptionText.capitalisedWords(of: text) }
                guard capitalised?.contains(name) == true else { continue }
                // (A station the gazetteer knows, "Euston station", is still a station.)
                if kind != "station",
                    gazetteer.place(exactly: name + " " + words[k]) != nil
                        || gazetteer.place(exactly: name + " " + kind) != nil
                {
                    continue
                }
            }
            // A station's name of two words keeps both ("Hendon Central", "Kings Cross": not every
            // "central" or "cross" station); `streetKeys` lets its last word alone meet a name of one.
            var start = at, full = name
            if kind == "station", at >= 1, streetAt[at - 1] == nil, at < 2 || streetAt[at - 2] == nil,
                capitalised?.contains(words[at - 1]) == true, DescriptionText.mayNameStation(words[at - 1])
            {
                start = at - 1
                full = words[at - 1] + " " + name
            }
            streetAt[start] = (full + " " + kind, k - start + 1)
        }
        return streetAt
    }

    /// Whether `word` may be the first of a station's two-word name: not a stop word, a number, an
    /// article, a street's kind or a railway's word ("at EUSTON", "the 10:12 from Hendon Central").
    static func mayNameStation(_ word: String) -> Bool {
        !stopWords.contains(word) && !allDigits(word.utf8) && !articles.contains(word) && streetKinds[word] == nil
            && ordinaryStreetKinds[word] == nil && !stationWords.contains(word) && !notStations.contains(word)
    }

    /// The words of `text` written with a capital first letter, lowered as `words(of:)` lowers
    /// them (apostrophes joined).
    static func capitalisedWords(of text: String) -> Set<String> {
        var out = Set<String>(), current: [UInt8] = [], capital = false
        func end() {
            if capital && !current.isEmpty { out.insert(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if current.isEmpty { capital = true }
                current.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if current.isEmpty { capital = false }
                current.append(byte)
            case UInt8(ascii: "'"): continue
            default: end()
            }
        }
        end()
        return out
    }

    /// Whether every byte of `text` is ASCII (read from its contiguous UTF-8 where it has it).
    static func isASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { $0 >= 0x80 } }
            ?? text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Accented letters as their plain letter ("café" → "cafe").
    static func fold(_ text: String) -> String {
        // (ASCII text, as most is, read as bytes: no Unicode scalar decoded.)
        guard !DescriptionText.isASCII(text) else { return text }
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

    /// A light stem: plural -s, -es, -ed, -ing, -ly removed from words long enough to keep a root.
    static func stem(_ word: String) -> String {
        // Terms are ASCII letters and digits: read as bytes, their UTF-8 length is their length.
        var word = word
        let stemmed: String? = word.withUTF8 { bytes in
            var end = bytes.count
            for suffix in DescriptionText.stemSuffixBytes
            where end > suffix.count + 3 && bytes[(end - suffix.count)..<end].elementsEqual(suffix) {
                if suffix.count == 1 && bytes[end - 2] == UInt8(ascii: "s") { break }  // "-ss" is no plural
                end -= suffix.count
                // "referred", "referring" → "refer"
                if suffix == DescriptionText.edBytes || suffix == DescriptionText.ingBytes,
                    bytes[end - 1] == bytes[end - 2], !DescriptionText.doubledKept.contains(bytes[end - 1])
                {
                    end -= 1
                }
                break
            }
            return end == bytes.count ? nil : String(decoding: bytes[..<end], as: UTF8.self)
        }
        return stemmed ?? word
    }

    static let stemSuffixBytes = DescriptionText.stemSuffixes.map { Array($0.utf8) }
    static let edBytes = Array("ed".utf8), ingBytes = Array("ing".utf8), doubledKept = Array("lsz".utf8)
}
