#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a description says, reduced to comparable terms: the victim's wording and the police's
/// shorthand ("IP", "IC1", "NFA", "malicious communications", "s.5 public order") are mapped to
/// the same concepts, outcome and boilerplate words are dropped, places become their local
/// authority, and the rest is lightly stemmed. Compared as sets of terms and of letter trigrams
/// (which survives typos and paraphrase that keeps word stems).
public struct DescriptionText: Sendable, Hashable {
    /// Hashes of the distinct terms, sorted.
    public let terms: [UInt32]
    /// Hashes of the distinct letter trigrams of the terms, sorted.
    public private(set) var trigrams: [UInt32]
    /// Each term's weight (its inverse document frequency among the records compared, once
    /// `weigh` has run; 1 before), aligned with `terms`, and their sum.
    public private(set) var weights: [Float]
    public private(set) var weightSum: Float

    /// The times of day the account gives, in minutes after midnight (sorted, distinct). Compared
    /// as a field of their own (`LinkField.time`), not as terms.
    public let times: [Int16]
    /// The online platforms named (a bit for each of `DescriptionText.platformNames`). Compared as
    /// a field of their own (`LinkField.platform`), not as terms.
    public let platforms: UInt8
    /// The kinds of place named (a bit for each of `DescriptionText.venueNames`: a bus, a park,
    /// outside a home…). Compared as a field of their own (`LinkField.venue`), not as terms.
    public let venues: UInt32
    /// The victim's sex, when the account's first sentence names it in its subject ("A Jewish
    /// woman was…", "IP (IC1 male) assaulted by…"): bit 0 male, bit 1 female, 0 when not said.
    /// Compared as a field of its own (`LinkField.victimSex`).
    public let victimSex: UInt8
    /// The streets named ("Brent Street", "Ballards Ln"), as their name's last word and their
    /// kind written in full ("brent street", "ballards lane"), sorted.
    public let streetNames: [String]
    /// The streets' keys for comparison (`streetKeys`), sorted: two streets agree when they share
    /// a key, or when one is an abbreviation whose key is the other's skeleton (`streetSkeletons`).
    public let streets: [UInt32]
    /// The consonant skeletons of the streets written in full ("hill road" → "hl road"), which an
    /// abbreviation ("Hl Rd") matches.
    public let streetSkeletons: [UInt32]
    /// Whether the account says the incident reached several people or homes ("leaflets through
    /// the doors of five homes", "several residents", "two Jewish families"): only such an
    /// incident can have several police records, one per household or victim.
    public let reachedSeveral: Bool
    /// The ages the account gives anyone (victim or offender), as decades (bit k: 10k to 10k+9):
    /// "in his 20s", "(male, 50s)", "aged 34", "approx 30", "20-30 yrs", "teenagers". Compared
    /// as a field of their own (`LinkField.ages`).
    public let ages: UInt16

    /// Whether anything in it can be compared (a term the other side also uses).
    public var isComparable: Bool { weightSum > 0 && !trigrams.isEmpty }

    /// The platforms a description can name, as their concept terms.
    static let platformNames = ["twitter", "instagram", "tiktok", "facebook", "whatsapp", "telegram"]
    /// The kinds of place a description can name, as their concept terms.
    static let venueNames = ["supermarket", "transport", "tube", "park", "carpark", "school", "library", "petrolstation",
                             "home", "playground", "junction", "synagogue", "postoffice", "pharmacy", "launderette",
                             "butcher", "bridge", "highstreet"]
    /// Each platform's and venue's bit, looked up by name (a term is checked against both).
    static let platformIndex = firstPositions(platformNames), venueIndex = firstPositions(venueNames)

    static func firstPositions(_ names: [String]) -> [String: Int] {
        var table: [String: Int] = [:]
        for (i, name) in names.enumerated() where table[name] == nil { table[name] = i }
        return table
    }

    /// Whether every byte is an ASCII digit (terms are ASCII, so this is `allSatisfy(\.isNumber)`
    /// without the Unicode look-ups).
    static func allDigits(_ bytes: some Sequence<UInt8>) -> Bool {
        bytes.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// The comparable terms of `text`.
    public init(_ text: String?, gazetteer: Gazetteer = .bundled) {
        let words = DescriptionText.terms(of: text ?? "", gazetteer: gazetteer)
        var terms = Set<UInt32>(), grams = Set<UInt32>()
        var times = Set<Int16>()
        var platforms: UInt8 = 0
        var venues: UInt32 = 0
        var streets = Set<String>()
        for word in words {
            if word.hasPrefix(DescriptionText.streetMark) {
                streets.insert(String(word.dropFirst(DescriptionText.streetMark.count)))
                continue
            }
            // Times ("at2030"; "time20" is the hour alone) and platforms are fields of their own.
            if word.hasPrefix("at"), word.utf8.count > 2, let hhmm = Int(word.dropFirst(2)), DescriptionText.allDigits(word.utf8.dropFirst(2)) {
                times.insert(Int16(hhmm / 100 * 60 + hhmm % 100))
                continue
            }
            if word.hasPrefix("time"), word.utf8.count > 4, DescriptionText.allDigits(word.utf8.dropFirst(4)) { continue }
            if let platform = DescriptionText.platformIndex[word] {
                platforms |= 1 << platform
                continue
            }
            if let venue = DescriptionText.venueIndex[word] {
                venues |= 1 << venue
                continue
            }
            terms.insert(DescriptionText.hash(word.utf8))
            let bytes = Array(("#" + word + "#").utf8)
            if bytes.count >= 3 {
                for i in 0...(bytes.count - 3) { grams.insert(DescriptionText.hash(bytes[i..<(i + 3)])) }
            }
        }
        self.terms = terms.sorted()
        self.trigrams = grams.sorted()
        self.times = times.sorted()
        self.platforms = platforms
        self.venues = venues
        self.victimSex = DescriptionText.victimSex(of: text ?? "")
        let raw = DescriptionText.words(text ?? "")
        self.reachedSeveral = DescriptionText.reachedSeveral(raw)
        self.ages = DescriptionText.ages(raw)
        self.streetNames = streets.sorted()
        (self.streets, self.streetSkeletons) = DescriptionText.streetKeys(self.streetNames)
        self.weights = [Float](repeating: 1, count: self.terms.count)
        self.weightSum = Float(self.terms.count)
    }

    /// The victim's sex (bit 0 male, bit 1 female) from the subject of the first sentence: the
    /// words before its verb ("was", "received", "assaulted"…) or "by", so neither an offender
    /// described later ("by IC3 male suspect", "A woman spat…" in a second sentence) nor a witness
    /// is taken for the victim.
    static func victimSex(of text: String) -> UInt8 {
        // A first sentence whose subject acts ("A man in his 30s shouted at…") names the offender.
        if firstSubject(of: text).acts { return 0 }
        var sex: UInt8 = 0
        var bytes: [UInt8] = [], count = 0
        func end() -> Bool {
            defer { bytes.removeAll(keepingCapacity: true) }
            guard !bytes.isEmpty else { return false }
            let word = String(decoding: bytes, as: UTF8.self)
            count += 1
            if DescriptionText.subjectEnds.contains(word) { return true }
            if let bit = DescriptionText.sexWords[word] { sex |= bit }
            return count >= 12
        }
        // Only the first sentence is read, so letters are lowered one by one (not the whole text).
        for original in text.unicodeScalars {
            let scalar = ("A"..."Z").contains(original) ? Unicode.Scalar(original.value + 32)! : original
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) { bytes.append(UInt8(scalar.value)); continue }
            if end() || scalar == "." || scalar == "!" || scalar == "?" || scalar == "\n" { return sex }
        }
        _ = end()
        return sex
    }

    /// A text's words, lowered, with "," "." ";" ":" "(" ")" "!" "?" "-" kept as words of their own
    /// (for reading phrases).
    static func phraseWords(_ text: some StringProtocol) -> [String] {
        // Bytes: every byte of a non-ASCII character ends a word, as the character itself would.
        var out: [String] = [], word: [UInt8] = []
        for original in text.utf8 {
            let byte = original >= UInt8(ascii: "A") && original <= UInt8(ascii: "Z") ? original + 32 : original
            if (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                word.append(byte)
                continue
            }
            if !word.isEmpty { out.append(String(decoding: word, as: UTF8.self)); word.removeAll(keepingCapacity: true) }
            if byte < 0x80, let mark = DescriptionText.phraseMarks[Int(byte)] { out.append(mark) }
        }
        if !word.isEmpty { out.append(String(decoding: word, as: UTF8.self)) }
        return out
    }

    /// The punctuation `phraseWords` keeps as words of their own, by ASCII code.
    static let phraseMarks: [Int: String] = Dictionary(uniqueKeysWithValues: ",.;:()!?-".utf8.map { (Int($0), String(UnicodeScalar($0))) })

    /// The first sentence's subject: its words before the verb, and whether it acts (an active
    /// verb: "A man in his 30s shouted…", "Two men followed…"; the subject is then the offender)
    /// rather than undergoes or reports ("A Jewish woman was…", "IP assaulted by…", "A synagogue
    /// received…"; the subject is then the victim).
    static func firstSubject(of text: String) -> (words: [String], acts: Bool) {
        // (Most accounts are shorter: then there is nothing to cut.)
        let words = text.utf8.count <= 240 ? phraseWords(text) : phraseWords(text.prefix(240))
        var subject: [String] = []
        for (k, word) in words.enumerated() {
            if word == "." || word == ";" || word == "!" || word == "?" { return (subject, false) }
            let next = k + 1 < words.count ? words[k + 1] : ""
            if subjectEnds.contains(word) { return (subject, false) }
            let verb = activeVerbs.contains(word) || (word.count > 4 && word.hasSuffix("ed") && k > 0)
            if verb { return (subject, next != "by" && next != ".") }
            subject.append(word)
            if subject.count >= 12 { return (subject, false) }
        }
        return (subject, false)
    }

    /// Common irregular verbs of what an offender does (a past tense not ending in "-ed").
    static let activeVerbs: Set<String> = ["made", "gave", "threw", "spat", "hit", "took", "stole", "broke", "drew", "wrote", "sent",
                                           "shot", "struck", "ran", "drove", "rode", "stood", "put", "left", "tore", "began", "kept"]

    /// What an account says of the offender, when the record has no offender description: the
    /// subject of a first sentence that acts ("A group of youths shouted…"), and the words after
    /// "by" or "when" up to the next punctuation ("…subjected to a Nazi salute by IC1 female
    /// approx 40 at…", "…when a man in his 30s made…"), at most eight words each.
    static func offenderPhrases(of text: String) -> String {
        var out: [String] = []
        let first = firstSubject(of: text)
        if first.acts { out += first.words }
        let words = phraseWords(text)
        for (k, word) in words.enumerated() where word == "by" || word == "when" {
            var taken = 0
            for next in words[(k + 1)...].prefix(8) {
                if next.count == 1 && ",.;:()!?-".contains(next) { break }
                if word == "by" && taken == 0 && ["post", "phone", "email", "letter", "hand", "car", "bus", "train"].contains(next) { break }
                out.append(next)
                taken += 1
            }
        }
        return out.joined(separator: " ")
    }

    /// Whether a text says several people or homes were reached: a number of two or more, or a
    /// word for several, before a plural word for people, homes or their doors (ordinary English,
    /// not any one data set's wording).
    static func reachedSeveral(_ words: [Word]) -> Bool {
        for (k, word) in words.enumerated() where DescriptionText.receiverHashes.contains(word.hash) {
            for back in words[max(0, k - 4)..<k] {
                if back.number >= 2 || DescriptionText.severalHashes.contains(back.hash) { return true }
            }
        }
        return false
    }

    /// A word of a text, as `words` reads it: its hash, its value when it is a number (else -1)
    /// and its decade when it is one ("20s" → 20; else -1).
    struct Word {
        var hash: UInt32
        var number: Int32
        var decade: Int32
    }

    /// A text's words: runs of ASCII letters and digits, lowered, hashed as they are read (no
    /// string is made: this runs for every record).
    static func words(_ text: String) -> [Word] {
        var words: [Word] = []
        var h: UInt32 = 2_166_136_261, length = 0, value: Int32 = 0, digits = 0, last: UInt8 = 0
        func end() {
            guard length > 0 else { return }
            let number: Int32 = digits == length && length <= 6 ? value : -1
            let decade: Int32 = digits == 2 && length == 3 && last == UInt8(ascii: "s") && value % 10 == 0 ? value : -1
            words.append(Word(hash: h, number: number, decade: decade))
            h = 2_166_136_261; length = 0; value = 0; digits = 0
        }
        for byte in text.utf8 {
            var b = byte
            if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b) { b += 32 }
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) {
                h = (h ^ UInt32(b)) &* 16_777_619
                if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b), digits == length, digits < 6 { value = value * 10 + Int32(b - 48); digits += 1 }
                length += 1
                last = b
            } else {
                end()
            }
        }
        end()
        return words
    }

    /// The decades of the ages a text gives (see `ages`).
    static func ages(of text: String) -> UInt16 { ages(words(text)) }

    /// The decades of the ages in a text's words (`words`).
    static func ages(_ words: [Word]) -> UInt16 {
        var decades: UInt16 = 0
        func add(_ years: Int32) { if (10...99).contains(years) { decades |= 1 << UInt16(years / 10) } }
        for (k, word) in words.enumerated() {
            // "20s", "40s": a decade.
            if word.decade >= 0 { add(word.decade); continue }
            if word.number >= 0 {
                let ageBefore = k > 0 && DescriptionText.ageBeforeHashes.contains(words[k - 1].hash)
                let ageAfter = k + 1 < words.count && DescriptionText.ageAfterHashes.contains(words[k + 1].hash)
                // "20-30 yrs": both ends.
                let rangeEnd = k + 2 < words.count && words[k + 1].number >= 0 && DescriptionText.ageAfterHashes.contains(words[k + 2].hash)
                if ageBefore || ageAfter || rangeEnd { add(word.number) }
                if rangeEnd { add(words[k + 1].number) }
                continue
            }
            if DescriptionText.teenHashes.contains(word.hash) { decades |= 1 << 1 }
        }
        return decades
    }

    static func hashes(_ words: Set<String>) -> Set<UInt32> { Set(words.map { hash($0.utf8) }) }
    static let ageBeforeHashes = hashes(ageBefore), ageAfterHashes = hashes(ageAfter), teenHashes = hashes(teenWords)
    static let severalHashes = hashes(severalWords), receiverHashes = hashes(receivers)

    /// Words before an age ("aged 34") and after one ("34 yrs").
    static let ageBefore: Set<String> = ["aged", "age", "approx", "approximately", "about", "around", "ages", "roughly"]
    static let ageAfter: Set<String> = ["yrs", "years", "yr", "year", "yo", "yoa"]
    /// Words for someone in their teens.
    static let teenWords: Set<String> = ["teenager", "teenagers", "teen", "teens", "teenage", "juvenile", "juveniles", "youths", "youth",
                                         "schoolboy", "schoolgirl", "schoolboys", "schoolgirls"]

    /// Words for more than one.
    static let severalWords: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens",
                                            "several", "many", "multiple", "numerous", "various", "all", "neighbouring", "hundreds", "scores"]
    /// Plural words for people, homes and their doors: who a campaign reaches.
    static let receivers: Set<String> = ["homes", "houses", "households", "residents", "doors", "letterboxes", "flats", "families",
                                         "people", "neighbours", "victims", "cars", "vehicles", "properties", "addresses", "shops",
                                         "businesses", "members", "congregants", "pupils", "students", "parents", "worshippers"]

    /// Words that name a person's sex.
    static let sexWords: [String: UInt8] = {
        var map: [String: UInt8] = [:]
        for w in ["male", "males", "man", "men", "boy", "boys", "gentleman", "father", "husband", "son", "grandfather", "brother", "mr"] { map[w] = 1 }
        for w in ["female", "females", "woman", "women", "girl", "girls", "lady", "mother", "wife", "daughter", "grandmother", "sister", "mrs", "ms", "miss"] { map[w] = 2 }
        return map
    }()

    /// Words that end a sentence's subject (its verb, or "by" before an agent).
    static let subjectEnds: Set<String> = [
        "was", "were", "is", "are", "had", "has", "have", "received", "receives", "reported", "reports", "sustained",
        "subject", "subjected", "assaulted", "attacked", "suffered", "got", "by", "who", "said", "says", "told", "called",
        "being", "been", "did", "came", "went", "walked", "found",
    ]

    /// Weighs each term by its inverse document frequency, log(N / df): a street name, a time or
    /// a detail shared by two accounts counts for more than "victim" or "abuse". A term (or
    /// trigram) the other side never uses weighs nothing: it cannot be shared, so it is no sign
    /// of a difference either (the victim's own name, a caseworker's phrase, the police's "IP").
    public mutating func weigh(documentFrequency: [UInt32: Int], documents: Int, otherSide: Set<UInt32>, otherTrigrams: Set<UInt32>) {
        let n = Float(max(documents, 1))
        weights = terms.map { otherSide.contains($0) ? log(n / Float(max(documentFrequency[$0] ?? 1, 1))) + 0.1 : 0 }
        weightSum = weights.reduce(0, +)
        trigrams = trigrams.filter(otherTrigrams.contains)
    }

    /// Similarity in 0…1: the mean of the weighted Dice coefficient of the term sets and the
    /// Dice coefficient of the trigram sets (which forgives typos and word endings).
    public func similarity(to other: DescriptionText) -> Double {
        guard isComparable, other.isComparable else { return 0 }
        let t = Double(2 * DescriptionText.commonWeight(terms, weights, other.terms)) / Double(weightSum + other.weightSum)
        let g = Double(2 * DescriptionText.common(trigrams, other.trigrams)) / Double(trigrams.count + other.trigrams.count)
        return (t + g) / 2
    }

    /// The number of values two sorted arrays share (a merge: the hot loop of linkage).
    static func common(_ a: [UInt32], _ b: [UInt32]) -> Int {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var i = 0, j = 0, n = 0
                while i < a.count && j < b.count {
                    let x = a[i], y = b[j]
                    if x == y { n &+= 1; i &+= 1; j &+= 1 } else if x < y { i &+= 1 } else { j &+= 1 }
                }
                return n
            }
        }
    }

    /// The summed weight (from `weights`, aligned with `a`) of the values two sorted arrays share.
    static func commonWeight(_ a: [UInt32], _ weights: [Float], _ b: [UInt32]) -> Float {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                weights.withUnsafeBufferPointer { w in
                    var i = 0, j = 0
                    var sum: Float = 0
                    while i < a.count && j < b.count {
                        let x = a[i], y = b[j]
                        if x == y { sum += w[i]; i &+= 1; j &+= 1 } else if x < y { i &+= 1 } else { j &+= 1 }
                    }
                    return sum
                }
            }
        }
    }

    static func hash(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in bytes { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    /// The streets a location field names ("LOOM LN, Hertsmere", "near Abbey Road"), as
    /// `streetNames` are.
    static func streets(of location: String, gazetteer: Gazetteer) -> [String] {
        terms(of: location, gazetteer: gazetteer).compactMap { word in
            word.hasPrefix(streetMark) ? String(word.dropFirst(streetMark.count)) : nil
        }
    }

    /// The comparison keys of streets ("name kind"): the name itself and, for names of six letters
    /// or more, the name with any one letter dropped (so "Portiwood Road" and "Portswood Road",
    /// one letter apart, share "portwood road"); a name without vowels is an abbreviation ("Hl
    /// Rd") and is keyed as a skeleton. Second, what only the other side's keys may match: the
    /// skeletons of the names written in full (their consonants, repeats once, "hill" → "hl", or
    /// their first and last letters, "park" → "pk") for abbreviations, and a five-letter name's
    /// four-letter spellings.
    static func streetKeys(_ names: [String]) -> (keys: [UInt32], skeletons: [UInt32]) {
        var keys = Set<UInt32>(), skeletons = Set<UInt32>()
        for full in names {
            guard let space = full.lastIndex(of: " ") else { continue }
            let name = Array(full[..<space]), kind = String(full[space...])
            let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
            if !name.contains(where: vowels.contains) {
                keys.insert(hash(("~" + String(name) + kind).utf8))
                continue
            }
            keys.insert(hash(full.utf8))
            let nameBytes = Array(String(name).utf8), kindBytes = Array(kind.utf8)
            /// The hash of the name without its k-th letter, and the kind (no string made).
            func dropped(_ k: Int) -> UInt32 {
                var h: UInt32 = 2_166_136_261
                for (i, b) in nameBytes.enumerated() where i != k { h = (h ^ UInt32(b)) &* 16_777_619 }
                for b in kindBytes { h = (h ^ UInt32(b)) &* 16_777_619 }
                return h
            }
            if name.count >= 6, nameBytes.count == name.count {
                for k in nameBytes.indices { keys.insert(dropped(k)) }
            }
            // What an abbreviation of it may be: its consonants ("hill" → "hl") or its first and
            // last letters ("park" → "pk").
            var skeleton = ""
            for c in name where !vowels.contains(c) || skeleton.isEmpty {
                if skeleton.last != c { skeleton.append(c) }
            }
            if skeleton.count >= 2 { skeletons.insert(hash(("~" + skeleton + kind).utf8)) }
            if name.count >= 3 { skeletons.insert(hash(("~" + String([name[0], name[name.count - 1]]) + kind).utf8)) }
            // A five-letter name with a letter missing matches the four-letter spelling ("Hath"
            // for "Heath"), one way only, so two different four-letter names never match.
            if name.count == 5, nameBytes.count == 5 {
                for k in nameBytes.indices { skeletons.insert(dropped(k)) }
            }
        }
        return (keys.sorted(), skeletons.sorted())
    }

    /// Whether two records' streets agree (see `streetKeys`).
    static func sameStreet(_ aKeys: [UInt32], _ aSkeletons: [UInt32], _ bKeys: [UInt32], _ bSkeletons: [UInt32]) -> Bool {
        common(aKeys, bKeys) > 0 || common(aKeys, bSkeletons) > 0 || common(aSkeletons, bKeys) > 0
    }

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
            if DescriptionText.stopWords.contains(name) || DescriptionText.allDigits(name.utf8) || DescriptionText.streetKinds[name] != nil { continue }
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
            let isPhraseStart = DescriptionText.phraseStarts.contains(words[i]), isNameStart = gazetteer.nameStarts.contains(words[i])
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
            for length in stride(from: min(gazetteer.longestName, words.count - i), through: 1, by: -1) where isNameStart {
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
        func isLetter(_ i: Int) -> Bool { i >= 0 && i < s.count && (("a"..."z").contains(s[i]) || ("0"..."9").contains(s[i])) }
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
            if k + 2 < s.count, s[k] == "." || s[k] == ":", isDigit(k + 1), isDigit(k + 2), !isDigit(k + 3), digits <= 2 {
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
                if number / 100 < 24 && number % 100 < 60 { hour = number / 100; minute = number % 100; end = m + (word(m, "hours") ? 5 : word(m, "hrs") ? 3 : word(m, "hr") ? 2 : 1) }
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
        for suffix in ["ences", "ence", "ing", "ed", "ly", "es", "s"] where w.utf8.count > suffix.utf8.count + 3 && w.hasSuffix(suffix) {
            if suffix == "s" && w.hasSuffix("ss") { break }
            w = w.dropLast(suffix.count)
            // "referred", "referring" → "refer"
            if suffix == "ed" || suffix == "ing", let last = w.last, w.dropLast().last == last, !"lsz".contains(last) { w = w.dropLast() }
            break
        }
        return String(w)
    }

    /// What marks a street among the terms of `terms(of:)` (not a letter or digit, so no word has it).
    static let streetMark = "§"

    /// The words for a street's kind, and how each is written in full ("Rd" → "road").
    static let streetKinds: [String: String] = [
        "road": "road", "rd": "road", "street": "street", "st": "street", "lane": "lane", "ln": "lane", "lanes": "lanes",
        "avenue": "avenue", "ave": "avenue", "gardens": "gardens", "gdns": "gardens", "drive": "drive", "dr": "drive",
        "way": "way", "grove": "grove", "square": "square", "sq": "square", "crescent": "crescent", "cres": "crescent",
        "terrace": "terrace", "parade": "parade",
    ]

    /// Police and caseworker phrases → concepts ([] drops the phrase: outcomes, legal boilerplate).
    static let phrases: [String: [String]] = [
        "injured party": ["victim"], "malicious communications": ["message"], "malicious comms": ["message"],
        "mal comms": ["message"], "criminal damage": ["damage"], "public order": ["abuse"], "verbal abuse": ["abuse"],
        "verbally abused": ["abuse"], "no further action": [], "enquiries ongoing": [], "cctv requested": [],
        "suspect identified": [], "suspect arrested": ["arrest"], "no suspects": [], "no suspect": [],
        "racially religiously aggravated": [], "racially or religiously aggravated": [], "religiously aggravated": [],
        "racially aggravated": [], "hate crime": [], "threats to kill": ["threat", "kill"], "threat to kill": ["threat", "kill"],
        "social media": ["online"], "common assault": ["assault"], "actual bodily harm": ["assault", "injury"],
        "grievous bodily harm": ["assault", "injury", "serious"], "section 5": ["abuse"], "s 5": ["abuse"],
        "spat at": ["spit"], "spat on": ["spit"], "hand written": ["letter"], "phone call": ["phone"],
        "dirty jew": ["slur"], "bus stop": ["bus"], "bus shelter": ["bus", "shelter"], "front door": ["door"],
        "nazi salute": ["nazi", "salute"], "heil hitler": ["nazi"], "kosher shop": ["premises", "kosher"],
        "place of worship": ["synagogue"], "jewish school": ["school"], "jewish student": ["university", "student"],
        "online messages": ["online", "message"], "direct messages": ["online", "message"], "eggs thrown": ["egg", "throw"],
        "taken to hospital": ["injury", "hospital"], "knocked unconscious": ["injury", "serious"],
        "beaten unconscious": ["assault", "injury", "serious"], "hot drink": ["drink"], "head covering": ["kippah"],
        "religious clothing": ["tzitzit"], "traffic lights": ["junction"], "play area": ["playground"],
        "bladed article": ["knife", "assault", "injury", "serious"], "free palestine": ["israel", "free"],
        "child killer": ["childkiller"], "child killers": ["childkiller"], "car park": ["carpark"],
        "petrol station": ["petrolstation"], "post office": ["postoffice"], "high street": ["highstreet"],
        "railway bridge": ["bridge"], "railway arch": ["bridge"],
        "public figure": ["publicfigure"], "staff member": ["staff"],
    ]

    /// The first word of every phrase.
    static let phraseStarts = Set(phrases.keys.map { String($0.prefix { $0 != " " }) })

    /// Single words → concepts ([] drops the word).
    static let wordMap: [String: [String]] = {
        var map: [String: [String]] = [:]
        func add(_ words: [String], _ concepts: [String]) { for w in words { map[w] = concepts } }
        add(["ip", "ips", "victim", "victims", "complainant", "aggrieved", "vic"], ["victim"])
        add(["ic1", "ic2", "ic3", "ic4", "ic5", "ic6", "ic9", "ic0", "nfa", "enquiries", "ongoing", "cctv", "requested",
             "identified", "suspect", "suspects", "offender", "offenders", "perpetrator", "unknown", "male", "males",
             "female", "females", "man", "men", "woman", "women", "person", "persons", "subject", "reported", "report",
             "reports", "raised", "crime", "incident", "aggravated", "racially", "religiously", "s5", "sec", "logged",
             "recorded", "ref", "officers", "attended", "police", "premises", "location", "loc"], [])
        add(["punched", "punch", "hit", "struck", "kicked", "kick", "beaten", "beat", "attacked", "attack", "assaulted",
             "assault", "pushed", "shoved", "push", "headbutted", "slapped", "grabbed", "tripped", "abh"], ["assault"])
        add(["gbh", "wounding", "stabbed", "stab", "knife", "slashed", "bottle"], ["assault", "injury", "serious"])
        add(["injured", "injury", "injuries", "hospital", "bleeding", "hospitalised"], ["injury"])
        add(["spat", "spit", "spitting", "spitted"], ["spit"])
        add(["threatened", "threat", "threats", "threatening", "menaced", "intimidated"], ["threat"])
        add(["kill", "killed", "murder", "stabbed", "shoot", "shot", "finish"], ["kill"])
        add(["graffiti", "daubed", "sprayed", "painted", "scrawled", "etched", "tagged", "symbols", "symbol", "daubing"], ["graffiti"])
        add(["swastika", "swastikas"], ["graffiti", "swastika"])
        add(["smashed", "broken", "damaged", "vandalised", "vandalized", "damage", "vandalism", "torn", "ripped",
             "desecrated", "desecration", "overturned", "toppled"], ["damage"])
        add(["headstone", "headstones", "gravestone", "gravestones", "graves", "grave", "tombstones", "cemetery"], ["cemetery"])
        add(["synagogue", "shul", "congregants", "congregation", "rabbi", "worshippers"], ["synagogue"])
        add(["school", "pupils", "pupil", "schoolchildren", "schoolgirl", "schoolboy", "children", "primary"], ["school"])
        add(["student", "students", "campus", "university", "uni", "lecturer", "soc"], ["university"])
        add(["shop", "restaurant", "bakery", "business", "store", "cafe", "deli", "owned", "kosher"], ["premises"])
        add(["email", "emailed", "emails"], ["email", "message"])
        add(["message", "messages", "messaged", "dm", "dms", "text", "texts", "communication", "communications"], ["message"])
        add(["online", "internet", "post", "posts", "posted", "replies", "reply", "comment", "comments", "social", "media"], ["online"])
        add(["shouted", "shouting", "yelled", "abuse", "abused", "abusive", "verbal", "verbally", "called", "insulted",
             "insults", "remarks", "slurs", "slur", "taunted", "chanted", "screamed", "comments", "harassed"], ["abuse"])
        add(["leaflet", "leaflets", "flyer", "flyers", "literature", "pamphlet", "stickers", "sticker", "posters", "poster"], ["leaflet"])
        add(["letter", "letters", "mailed", "envelope", "card"], ["letter"])
        add(["phone", "phoned", "telephone", "call", "voicemail", "rang"], ["phone"])
        add(["window", "windows", "glass"], ["window"])
        add(["mezuzah", "mezuzot"], ["mezuzah"])
        add(["egg", "eggs", "egged"], ["egg"])
        add(["bus", "buses", "tube", "train", "station", "platform"], ["transport"])
        add(["car", "vehicle", "van"], ["car"])
        add(["hitler", "nazi", "nazis", "holocaust", "salute"], ["nazi"])
        add(["israel", "israeli", "gaza", "zionist", "zionists", "palestine", "idf"], ["israel"])
        add(["kippah", "kippa", "yarmulke", "skullcap"], ["kippah"])
        add(["arrested", "arrest", "charged"], ["arrest"])
        add(["threw", "thrown", "throw", "throwing", "hurled", "lobbed"], ["throw"])
        add(["coffee", "tea", "drink", "drinks", "milkshake"], ["drink"])
        add(["knife", "blade", "bladed", "machete"], ["knife", "assault", "injury", "serious"])
        add(["tesco", "sainsburys", "sainsbury", "supermarket", "lidl", "aldi", "waitrose"], ["supermarket"])
        add(["tube", "underground"], ["tube"])
        add(["playground", "play"], ["playground"])
        add(["pharmacy", "chemist", "chemists"], ["pharmacy"])
        add(["junction", "crossing", "lights"], ["junction"])
        add(["home", "house", "address", "flat"], ["home"])
        add(["tzitzit", "tallit"], ["tzitzit"])
        add(["youths", "youth", "teenagers", "teenager", "teens", "boys", "lads", "juvenile", "juveniles"], ["youth"])
        add(["mp", "politician", "councillor"], ["publicfigure", "politician"])
        add(["journalist", "broadcaster", "presenter", "reporter", "columnist"], ["publicfigure", "journalist"])
        add(["lecturer", "professor", "academic"], ["university", "staff"])
        add(["stickers", "sticker", "affixed", "stuck"], ["sticker"])
        add(["removed", "ripped"], ["damage"])
        add(["burn", "fire", "arson", "petrol"], ["fire"])
        add(["denial", "hoax", "denying", "denied"], ["denial"])
        add(["letterbox", "letterboxes", "door"], ["door"])
        add(["gas", "hissed", "hissing"], ["gas"])
        add(["x", "twitter", "tweet", "tweets", "tweeted"], ["twitter", "online"])
        add(["instagram", "insta"], ["instagram", "online"])
        add(["tiktok"], ["tiktok", "online"])
        add(["facebook", "fb"], ["facebook", "online"])
        add(["whatsapp"], ["whatsapp", "message"])
        add(["telegram"], ["telegram", "online"])
        add(["floor", "ground", "pavement"], ["ground"])
        return map
    }()

    static let stopWords: Set<String> = [
        "a", "an", "the", "was", "were", "by", "of", "to", "on", "in", "at", "and", "or", "who", "with", "from",
        "for", "their", "them", "they", "it", "its", "as", "that", "this", "had", "has", "have", "been", "be", "is",
        "are", "his", "her", "he", "she", "him", "we", "our", "us", "i", "me", "my", "you", "your", "jewish", "jew",
        "jews", "antisemitic", "anti", "semitic", "antisemitism", "visibly", "which", "while", "when", "after",
        "into", "outside", "near", "inside", "over", "up", "out", "about", "then", "there", "not", "no", "also",
        "being", "some", "several", "two", "three", "one", "would", "will", "could", "did", "do", "said", "told",
        "made", "received", "subject", "subjected", "sustained", "passing", "passer", "other", "another", "same",
        "repeated", "repeatedly", "mass", "well", "known", "named", "via", "re", "st", "road", "street", "rd", "ln",
        "lane", "ave", "avenue", "gdns", "gardens", "dr", "drive", "way", "happened", "approx", "approximately",
        "around", "whilst", "forecourt", "gates", "under", "top", "deck", "every", "each", "someone",
    ]

    /// Short common words that are also place names somewhere; not read as places in free text.
    static let notPlaces: Set<String> = ["sale", "hale", "bank", "bow", "borough", "victoria", "hatfield", "angel", "kew", "hyde"]
}
