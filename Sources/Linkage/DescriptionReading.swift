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

    /// What a text says it reached, read in one pass over its words (this runs for every record).
    struct Reach {
        /// Several people or homes: a number of two or more, or a word for several (not after
        /// "no"), before a plural word for people, homes or their doors, within a sentence and
        /// four words; or a plural of homes with no owner (`barePlaceReceivers`).
        var several = false
        /// Several homes or places, read so (`placeReceivers`), or a plural of homes or households
        /// with nothing that makes it one owner's (`barePlaceReceivers`).
        var severalPlaces = false
        /// Things put up by the dozen spread over a place in one sentence ("stickers … along
        /// Northcote Avenue").
        var spreadAlong = false
        /// A word that means several people on its own ("a couple", "congregants").
        var severalPeople = false
        /// A police log's second victim ("V2 also abused").
        var secondVictim = false
        /// Several people counted as the incident's victims: a count, then a word that marks them
        /// as the community targeted, then people ("two Jewish teenagers", "three visibly Jewish
        /// women"; not "two white men").
        var severalVictims = false
    }

    /// The words `reach` reads, as flags by word hash.
    struct ReachWord: OptionSet {
        let rawValue: UInt16
        static let several = ReachWord(rawValue: 1), receiver = ReachWord(rawValue: 2)
        static let placeReceiver = ReachWord(rawValue: 4), spreadThing = ReachWord(rawValue: 8)
        static let spreadWord = ReachWord(rawValue: 16), severalPeople = ReachWord(rawValue: 32)
        static let barePlace = ReachWord(rawValue: 64), definite = ReachWord(rawValue: 128)
        static let secondVictim = ReachWord(rawValue: 256), negation = ReachWord(rawValue: 512)
        static let people = ReachWord(rawValue: 1024), targeted = ReachWord(rawValue: 2048)
        static let kin = ReachWord(rawValue: 4096)
    }

    /// The reach vocabulary: its words' hashes, looked up without SipHash, and each one's flags.
    static let reachWords: (set: HashSet32, flags: [ReachWord]) = {
        var flags: [UInt32: ReachWord] = [:]
        let lists: [(Set<String>, ReachWord)] = [
            (severalWords, .several), (receivers, .receiver), (placeReceivers, .placeReceiver),
            (spreadThings, .spreadThing), (spreadWords, .spreadWord), (severalPeople, .severalPeople),
            (barePlaceReceivers, .barePlace), (definiteWords, .definite), (secondVictimWords, .secondVictim),
            (negationWords, .negation), (peoplePlurals, .people), (targetedWords, .targeted), (kinPlurals, .kin),
        ]
        for (words, flag) in lists {
            for word in words { flags[FNV1a.hash(word.utf8), default: []].insert(flag) }
        }
        let hashes = flags.keys.sorted()
        return (HashSet32(hashes), hashes.map { flags[$0]! })
    }()

    /// What a text says it reached (`Reach`), from its words.
    static func reach(_ words: [HashedWord]) -> Reach {
        var reach = Reach()
        let (set, flags) = reachWords
        func flagsOf(_ word: HashedWord) -> ReachWord { set.index(of: word.hash).map { flags[$0] } ?? [] }
        var things = false, spread = false
        for (k, word) in words.enumerated() {
            let flag = flagsOf(word)
            if !flag.isEmpty {
                reach.severalPeople = reach.severalPeople || flag.contains(.severalPeople)
                reach.secondVictim = reach.secondVictim || flag.contains(.secondVictim)
                if flag.contains(.people) && !reach.severalVictims {
                    reach.severalVictims = countedAsTargeted(
                        words, before: k, kin: flag.contains(.kin), flagsOf: flagsOf)
                }
                things = things || flag.contains(.spreadThing)
                spread = spread || flag.contains(.spreadWord)
                if things && spread { reach.spreadAlong = true }
                let receiver = flag.contains(.receiver), place = flag.contains(.placeReceiver)
                if (receiver && !reach.several) || (place && !reach.severalPlaces) {
                    // Within the sentence: "…at about 3.25pm. Parents said…" is a time, not three parents.
                    var counted = false, owned = false
                    for b in stride(from: k - 1, through: max(0, k - 4), by: -1) {
                        let back = words[b]
                        if back.endsSentence { break }
                        let backFlags = flagsOf(back)
                        if back.number >= 2 || backFlags.contains(.several) {
                            // "no other victims" counts none.
                            counted = b == 0 || !flagsOf(words[b - 1]).contains(.negation)
                            break
                        }
                        if backFlags.contains(.definite) { owned = true }
                    }
                    // A plural of homes with no count and no owner ("through letterboxes in Hale").
                    let bare = !counted && !owned && flag.contains(.barePlace)
                    if counted || bare {
                        reach.several = reach.several || receiver
                        reach.severalPlaces = reach.severalPlaces || place
                    }
                }
            }
            if word.endsSentence { things = false; spread = false }
        }
        return reach
    }

    /// Whether the people at `k` are counted and marked as the community targeted, in the four
    /// words before them within the sentence: "two Jewish teenagers", "three visibly Jewish
    /// women", not "two white men" or "no Jewish pupils". Family (`kin`: "two brothers", "a
    /// father and his two sons") need no mark: a family is who an incident is done to.
    static func countedAsTargeted(
        _ words: [HashedWord], before k: Int, kin: Bool = false, flagsOf: (HashedWord) -> ReachWord
    ) -> Bool {
        var targeted = kin
        for b in stride(from: k - 1, through: max(0, k - 4), by: -1) {
            let back = words[b]
            if back.endsSentence { return false }
            let flags = flagsOf(back)
            if flags.contains(.targeted) {
                targeted = true
            } else if targeted && (back.number >= 2 || flags.contains(.several)) {
                return b == 0 || !flagsOf(words[b - 1]).contains(.negation)
            }
        }
        return false
    }

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
