// What an account says beyond its terms: the victim's sex, the offender, the ages given, and
// whether several people or homes were reached (read from the text; compared as fields).
extension DescriptionText {
    /// The victim's sex from the subject of the first sentence: the
    /// words before its verb ("was", "received", "assaulted"…) or "by", so neither an offender
    /// described later ("by IC3 male suspect", "A woman spat…" in a second sentence) nor a witness
    /// is taken for the victim.
    static func victimSex(of text: String, subject: (words: [String], acts: Bool)? = nil) -> Sexes {
        // A first sentence whose subject acts ("A man in his 30s shouted at…") names the offender.
        if (subject ?? firstSubject(of: text)).acts { return [] }
        var sex = Sexes()
        var bytes: [UInt8] = [], count = 0
        // Only the first sentence is read, so letters are lowered one by one (not the whole
        // text), as UTF-8 bytes: a character other than ASCII ends a word as its bytes do.
        for original in text.utf8 {
            let byte = DescriptionText.lowered(original)
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                bytes.append(byte)
                continue
            }
            if !bytes.isEmpty {
                let word = String(decoding: bytes, as: UTF8.self)
                bytes.removeAll(keepingCapacity: true)
                count += 1
                if DescriptionText.subjectEnds.contains(word) { return sex }
                if let named = DescriptionText.sexWords[word] { sex.formUnion(named) }
                if count >= 12 { return sex }
            }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
                || byte == UInt8(ascii: "\n")
            {
                return sex
            }
        }
        if !bytes.isEmpty, let named = DescriptionText.sexWords[String(decoding: bytes, as: UTF8.self)] {
            // (The last word ends the text: a word ending the subject changes nothing then.)
            if !DescriptionText.subjectEnds.contains(String(decoding: bytes, as: UTF8.self)) { sex.formUnion(named) }
        }
        return sex
    }

    /// The victim's sex as an account names it outside its first sentence's subject: next to a word
    /// for the victim ("IP (male, 70s) on bus…", "victim, a woman in her 40s", "female IP"), or
    /// as someone of the community an act targets ("A man shouted at a visibly Jewish woman…").
    /// Read when the subject names no victim's sex (`victimSex`); a police log often opens with
    /// its offence ("Public order (religious).") and a team's account with its offender.
    static func victimSexNamed(in text: String) -> Sexes {
        // Words compared by their hashes (`NamedSexWords`): no string is made for any word, and
        // this runs for every record a run reads.
        let table = NamedSexWords.shared
        var sex = Sexes()
        let words = PhraseWords(text)
        /// The sex named by the first word after `k` (at most `within` words on) that names one,
        /// every word before it one that `passes`; empty when another word comes first.
        func sexNamed(after k: Int, within: Int, passes: (UInt32) -> Bool) -> Sexes {
            var j = k + 1
            while j < words.count && j <= k + within {
                let next = words.hash(j)
                if let named = table.sexes[next] { return named }
                guard passes(next) else { break }
                j += 1
            }
            return []
        }
        var previous: UInt32 = 0
        var k = 0
        while k < words.count {
            let word = words.hash(k)
            defer {
                previous = word
                k += 1
            }
            if words.isMark(k) { continue }
            if table.victims.contains(word) {
                if k > 0, let named = table.sexes[previous] {
                    sex.formUnion(named)
                    continue
                }
                // At most four words between: "IP (juvenile male)", "victim, a woman".
                sex.formUnion(
                    sexNamed(after: k, within: 5) { table.fillers.contains($0) || table.targeted.contains($0) })
            } else if table.targeted.contains(word) {
                // "a Jewish woman", "an Orthodox Jewish man", "a Jewish schoolboy".
                sex.formUnion(sexNamed(after: k, within: 2) { table.targeted.contains($0) })
            }
        }
        return sex
    }

    /// The words `victimSexNamed` reads, by their FNV-1a hashes.
    struct NamedSexWords: Sendable {
        let victims: Set<UInt32>, fillers: Set<UInt32>, targeted: Set<UInt32>
        let sexes: [UInt32: Sexes]

        static let shared = NamedSexWords(
            victims: Set(DescriptionText.victimWords.map { FNV1a.hash($0.utf8) }),
            fillers: Set(DescriptionText.victimFillers.map { FNV1a.hash($0.utf8) }),
            targeted: Set(DescriptionText.targetedWords.map { FNV1a.hash($0.utf8) }),
            sexes: Dictionary(
                uniqueKeysWithValues: DescriptionText.sexWords.map { (FNV1a.hash($0.key.utf8), $0.value) }))
    }

    /// A text's words, lowered, with "," "." ";" ":" "(" ")" "!" "?" "-" kept as words of their own
    /// (for reading phrases): where each is in the text's lowered bytes, made into a string only
    /// when read (a phrase is looked for after a few words; most words are never read).
    struct PhraseWords {
        /// The text's bytes, ASCII letters lowered.
        private let bytes: [UInt8]
        /// Each word's start and end in `bytes`.
        private var spans: [(start: Int32, end: Int32)] = []

        init(_ text: some StringProtocol) {
            // Bytes: every byte of a non-ASCII character ends a word, as the character itself would.
            bytes = text.utf8.map(DescriptionText.lowered)
            var start = -1
            for (at, byte) in bytes.enumerated() {
                let isLetter = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
                if isLetter || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                    if start < 0 { start = at }
                    continue
                }
                if start >= 0 {
                    spans.append((Int32(start), Int32(at)))
                    start = -1
                }
                if PhraseWords.isMark(byte) { spans.append((Int32(at), Int32(at + 1))) }
            }
            if start >= 0 { spans.append((Int32(start), Int32(bytes.count))) }
        }

        /// The punctuation kept as words of their own.
        @inline(__always)
        static func isMark(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("),
                UInt8(ascii: ")"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "-"):
                true
            default: false
            }
        }

        var count: Int { spans.count }

        /// Word `k`.
        subscript(k: Int) -> String {
            String(decoding: bytes[Int(spans[k].start)..<Int(spans[k].end)], as: UTF8.self)
        }

        /// Word `k`'s FNV-1a hash (no string made).
        @inline(__always)
        func hash(_ k: Int) -> UInt32 { FNV1a.hash(bytes[Int(spans[k].start)..<Int(spans[k].end)]) }

        /// Whether word `k` is a punctuation mark.
        func isMark(_ k: Int) -> Bool {
            spans[k].end - spans[k].start == 1 && PhraseWords.isMark(bytes[Int(spans[k].start)])
        }

        /// Whether word `k` is `word` (lowered ASCII).
        func isWord(_ k: Int, _ word: StaticString) -> Bool {
            let span = Int(spans[k].start)..<Int(spans[k].end)
            return span.count == word.utf8CodeUnitCount
                && word.withUTF8Buffer { bytes[span].elementsEqual($0) }
        }
    }

    /// A text's words, lowered, with "," "." ";" ":" "(" ")" "!" "?" "-" kept as words of their own.
    static func phraseWords(_ text: some StringProtocol) -> [String] {
        let words = PhraseWords(text)
        return (0..<words.count).map { words[$0] }
    }

    /// The first sentence's subject: its words before the verb, and whether it acts (an active
    /// verb: "A man in his 30s shouted…", "Two men followed…"; the subject is then the offender)
    /// rather than undergoes or reports ("A Jewish woman was…", "IP assaulted by…", "A synagogue
    /// received…"; the subject is then the victim).
    static func firstSubject(of text: String) -> (words: [String], acts: Bool) {
        // (Most accounts are shorter: then there is nothing to cut.)
        let words = text.utf8.count <= 240 ? PhraseWords(text) : PhraseWords(text.prefix(240))
        var subject: [String] = []
        var next = words.count > 0 ? words[0] : ""
        for k in 0..<words.count {
            let word = next
            next = k + 1 < words.count ? words[k + 1] : ""
            if word == "." || word == ";" || word == "!" || word == "?" { return (subject, false) }
            if subjectEnds.contains(word) { return (subject, false) }
            let verb = activeVerbs.contains(word) || (word.count > 4 && word.hasSuffix("ed") && k > 0)
            if verb { return (subject, next != "by" && next != ".") }
            subject.append(word)
            if subject.count >= 12 { return (subject, false) }
        }
        return (subject, false)
    }

    /// What an account says of the offender, when the record has no offender description: the
    /// subject of a first sentence that acts ("A group of youths shouted…"), and the words after
    /// "by" or "when" up to the next punctuation ("…subjected to a Nazi salute by IC1 female
    /// approx 40 at…", "…when a man in his 30s made…"), at most eight words each.
    static func offenderPhrases(of text: String, subject: (words: [String], acts: Bool)? = nil) -> String {
        var out: [String] = []
        let first = subject ?? firstSubject(of: text)
        if first.acts { out += first.words }
        // Only "by" or "when" begins a phrase: an account without either (as letters anywhere, in
        // any case) has none, and is not split into words for nothing.
        guard DescriptionText.mayHave(text, "by") || DescriptionText.mayHave(text, "when") else {
            return out.joined(separator: " ")
        }
        let words = PhraseWords(text)
        for k in 0..<words.count {
            let isBy = words.isWord(k, "by")
            guard isBy || words.isWord(k, "when") else { continue }
            var taken = 0
            for after in (k + 1)..<min(k + 9, words.count) {
                if words.isMark(after) { break }
                let next = words[after]
                if isBy && taken == 0 && DescriptionText.meansAfterBy.contains(next) { break }
                out.append(next)
                taken += 1
            }
        }
        return out.joined(separator: " ")
    }

    /// A byte with an ASCII capital letter lowered (every other byte as it is).
    @inline(__always)
    static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    /// Whether `text` holds the lower-case ASCII letters `word` in a row, in either case (a quick
    /// "certainly not" before reading its words).
    static func mayHave(_ text: String, _ word: StaticString) -> Bool {
        word.withUTF8Buffer { letters in
            func has(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
                guard bytes.count >= letters.count else { return false }
                for start in 0...(bytes.count - letters.count) {
                    var k = 0
                    while k < letters.count {
                        guard DescriptionText.lowered(bytes[start + k]) == letters[k] else { break }
                        k += 1
                    }
                    if k == letters.count { return true }
                }
                return false
            }
            return text.utf8.withContiguousStorageIfAvailable(has) ?? Array(text.utf8).withUnsafeBufferPointer(has)
        }
    }
}
