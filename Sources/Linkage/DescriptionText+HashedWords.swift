// A text's words as hashes, read once for every record, and the ages they give.
extension DescriptionText {
    /// A word of a text, as `words` reads it: its hash, its value when it is a number (else -1),
    /// its decade when it is one ("20s" → 20; else -1), and whether it ends a sentence (a full
    /// stop, "!" or "?" after it, then a space).
    struct HashedWord {
        var hash: UInt32
        var number: Int32
        var decade: Int32
        var endsSentence = false
    }

    /// A text's words: runs of ASCII letters and digits, lowered, hashed as they are read (no
    /// string is made: this runs for every record).
    static func words(_ text: String) -> [HashedWord] {
        var words: [HashedWord] = []
        var hasher = FNV1a(), length = 0, value: Int32 = 0, digits = 0, last: UInt8 = 0
        func end() {
            guard length > 0 else { return }
            // A number of up to six digits; a decade written "20s".
            let number: Int32 = digits == length && length <= 6 ? value : -1
            let isDecade = digits == 2 && length == 3 && last == UInt8(ascii: "s") && value % 10 == 0
            words.append(HashedWord(hash: hasher.value, number: number, decade: isDecade ? value : -1))
            hasher = FNV1a(); length = 0; value = 0; digits = 0
        }
        let digit = UInt8(ascii: "0")...UInt8(ascii: "9")
        var previous: UInt8 = 0
        for byte in text.utf8 {
            defer { previous = byte }
            // A full stop, "!" or "?" and then a space or a line's end: the word before ends a sentence.
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n"),
                previous == UInt8(ascii: ".") || previous == UInt8(ascii: "!") || previous == UInt8(ascii: "?"),
                !words.isEmpty
            {
                words[words.count - 1].endsSentence = true
            }
            let lowered = DescriptionText.lowered(byte)
            guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lowered) || digit.contains(lowered) else {
                end()
                continue
            }
            hasher.add(lowered)
            // The leading digits' value (a word that is all digits is a number).
            if digit.contains(lowered), digits == length, digits < 6 {
                value = value * 10 + Int32(lowered - digit.lowerBound)
                digits += 1
            }
            length += 1
            last = lowered
        }
        end()
        return words
    }

    /// The decades of the ages a text gives (see `ages`).
    static func ages(of text: String) -> AgeDecades { ages(words(text)) }

    /// The decades of the ages in a text's words (`words`): a decade ("20s"), a number after a
    /// word for an age ("aged 34") or before one ("34 yrs"), both ends of a range ("20-30 yrs"),
    /// and the teens for a word for a teenager.
    static func ages(_ words: [HashedWord]) -> AgeDecades {
        var decades = AgeDecades()
        for (k, word) in words.enumerated() {
            if word.decade >= 0 {
                decades.formUnion(AgeDecades(age: word.decade))
                continue
            }
            if word.number >= 0 {
                let ageBefore = k > 0 && DescriptionText.ageBeforeHashes.contains(words[k - 1].hash)
                let ageAfter = k + 1 < words.count && DescriptionText.ageAfterHashes.contains(words[k + 1].hash)
                let rangeEnd =
                    k + 2 < words.count && words[k + 1].number >= 0
                    && DescriptionText.ageAfterHashes.contains(words[k + 2].hash)
                if ageBefore || ageAfter || rangeEnd { decades.formUnion(AgeDecades(age: word.number)) }
                if rangeEnd { decades.formUnion(AgeDecades(age: words[k + 1].number)) }
                continue
            }
            if DescriptionText.teenHashes.contains(word.hash) { decades.formUnion(.teens) }
        }
        return decades
    }

    /// The hashes of a set of words, to look up `HashedWord`s.
    static func hashes(_ words: Set<String>) -> Set<UInt32> { Set(words.map { FNV1a.hash($0.utf8) }) }
    static let ageBeforeHashes = hashes(ageBefore), ageAfterHashes = hashes(ageAfter), teenHashes = hashes(teenWords)
}
