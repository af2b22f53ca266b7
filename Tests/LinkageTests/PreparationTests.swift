import Foundation
import IncidentModel
import Places
import Testing

@testable import Linkage

/// The preparation's shortcuts (a hash set of its own, words made into strings only when read,
/// terms weighed in parallel) give what the plain ways give.
@Suite struct PreparationTests {
    @Test("the 32-bit hash set holds exactly its values, zero and the largest included")
    func hashSet() {
        var generator = SystemRandomNumberGenerator()
        let values = Set((0..<5_000).map { _ in UInt32.random(in: 0...UInt32.max, using: &generator) } + [0, .max])
        let set = HashSet32(values)
        for value in values { #expect(set.contains(value)) }
        var absent = 0
        for _ in 0..<20_000 {
            let value = UInt32.random(in: 0...UInt32.max, using: &generator)
            #expect(set.contains(value) == values.contains(value))
            if !values.contains(value) { absent += 1 }
        }
        #expect(absent > 19_000)
        // Values that all fall on one slot of a 64-slot table (the set's multiplicative hash, its
        // top six bits) are found by probing past each other; values on that slot not in the set
        // are not found.
        let sameSlot = (0..<2_000_000).map(UInt32.init).filter { (UInt64($0) &* 0x9E37_79B9_7F4A_7C15) >> 58 == 5 }
        let crowded = Array(sameSlot.prefix(20)), crowdedSet = HashSet32(crowded)
        #expect(crowded.count == 20)
        #expect(crowded.indices.allSatisfy { crowdedSet.index(of: crowded[$0]) == $0 })
        #expect(sameSlot.dropFirst(20).prefix(200).allSatisfy { !crowdedSet.contains($0) })
        #expect(HashSet32([7, 3, 7, 9]).index(of: 7) == 0)
        #expect(HashSet32([7, 3, 7, 9]).index(of: 9) == 3)
        #expect(!HashSet32([UInt32]()).contains(0))
    }

    /// `phraseWords` as it was written before it read bytes in place: words and marks as strings.
    static func plainPhraseWords(_ text: some StringProtocol) -> [String] {
        var out: [String] = [], word: [UInt8] = []
        for original in text.utf8 {
            let byte = (65...90).contains(original) ? original + 32 : original
            if (97...122).contains(byte) || (48...57).contains(byte) {
                word.append(byte)
                continue
            }
            if !word.isEmpty { out.append(String(decoding: word, as: UTF8.self)) }
            word.removeAll()
            if ",.;:()!?-".utf8.contains(byte) { out.append(String(UnicodeScalar(byte))) }
        }
        if !word.isEmpty { out.append(String(decoding: word, as: UTF8.self)) }
        return out
    }

    static let accounts = [
        "IP subjected to a Nazi salute by a female, face covered. NFA.",
        "Reported by: PC 1234 — victim (IC1 male, 40s) abused by 2 x youths when leaving shul; suspect fled.",
        "A man in his 30s shouted at a Jewish family outside the synagogue on Brent Street. Police called",
        "Swastika daubed on bus shelter; reported by when",
        "ÉCOLE: graffiti «Juden raus» found by caretaker (Mr O'Brien) — 23:15hrs!",
        "by", "when the", "", "....", "Emails received by the school, by the rabbi and by   staff members",
        String(repeating: "Leaflets pushed through doors by a group of men in a van. ", count: 9),
        // Neither "by" nor "when" as a word (read without being split: `mayHave`), in capitals, inside words.
        "IP ABUSED BY IC1 MALE WHEN LEAVING SHUL", "Two men shouted at worshippers outside, then left",
        "Graffiti found nearby; Whenever reported", "A man spat at a rabbi.", "Wh en b y",
    ]

    /// The first sentence's subject as it was read before: from every word made a string.
    static func plainFirstSubject(_ text: String) -> (words: [String], acts: Bool) {
        let words = text.utf8.count <= 240 ? plainPhraseWords(text) : plainPhraseWords(text.prefix(240))
        var subject: [String] = []
        for (k, word) in words.enumerated() {
            if word == "." || word == ";" || word == "!" || word == "?" { return (subject, false) }
            let next = k + 1 < words.count ? words[k + 1] : ""
            if DescriptionText.subjectEnds.contains(word) { return (subject, false) }
            let verb = DescriptionText.activeVerbs.contains(word) || (word.count > 4 && word.hasSuffix("ed") && k > 0)
            if verb { return (subject, next != "by" && next != ".") }
            subject.append(word)
            if subject.count >= 12 { return (subject, false) }
        }
        return (subject, false)
    }

    /// The offender's phrases as they were read before.
    static func plainOffenderPhrases(_ text: String) -> String {
        let first = plainFirstSubject(text)
        var out = first.acts ? first.words : []
        let words = plainPhraseWords(text)
        for (k, word) in words.enumerated() where word == "by" || word == "when" {
            var taken = 0
            for next in words[(k + 1)...].prefix(8) {
                if next.count == 1 && ",.;:()!?-".contains(next) { break }
                if word == "by" && taken == 0 && DescriptionText.meansAfterBy.contains(next) { break }
                out.append(next)
                taken += 1
            }
        }
        return out.joined(separator: " ")
    }

    @Test("words read in place, the first subject and the offender's phrases are what the plain reading gave")
    func phraseWords() {
        for text in Self.accounts {
            #expect(DescriptionText.phraseWords(text) == Self.plainPhraseWords(text), "\(text)")
            #expect(DescriptionText.phraseWords(text.prefix(40)) == Self.plainPhraseWords(text.prefix(40)))
            let subject = DescriptionText.firstSubject(of: text), plain = Self.plainFirstSubject(text)
            #expect(subject.words == plain.words && subject.acts == plain.acts, "\(text)")
            #expect(DescriptionText.offenderPhrases(of: text) == Self.plainOffenderPhrases(text), "\(text)")
        }
        // What they read, for the eye: the words after "by" and "when", up to punctuation.
        #expect(DescriptionText.offenderPhrases(of: Self.accounts[0]) == "a female")
        #expect(DescriptionText.offenderPhrases(of: Self.accounts[1]).contains("2 x youths when leaving shul"))
        #expect(DescriptionText.firstSubject(of: Self.accounts[2]).acts)
        #expect(DescriptionText.offenderPhrases(of: "A man spat at a rabbi.") == "a man")
        #expect(
            DescriptionText.offenderPhrases(of: "IP ABUSED BY IC1 MALE WHEN LEAVING SHUL")
                == "ic1 male when leaving shul leaving shul")
        // The quick test in front of the reading: the letters in a row, in either case, anywhere.
        #expect(DescriptionText.mayHave("ABUSED BY", "by") && DescriptionText.mayHave("xWhEn", "when"))
        #expect(DescriptionText.mayHave("nearby", "by") && DescriptionText.mayHave("by", "by"))
        #expect(!DescriptionText.mayHave("abused", "by") && !DescriptionText.mayHave("wh en", "when"))
        #expect(!DescriptionText.mayHave("", "by") && !DescriptionText.mayHave("b", "by"))
    }

    @Test("a record's streets are its account's and its location's, keyed together")
    func streetsOfAccountAndLocation() {
        let record = LinkRecord(
            id: 1, source: .police, reference: "P1", date: CivilDate(iso: "2025-03-02")!,
            location: "Brent Street, Hendon", description: "Leaflets pushed through doors on Bell Lane and Brent St.")
        let prepared = PreparedRecord(record, gazetteer: .bundled, places: [:])
        let account = DescriptionText(record.description, gazetteer: .bundled)
        let location = DescriptionText.streets(of: "Brent Street, Hendon", gazetteer: .bundled)
        #expect(!account.streetNames.isEmpty && !location.isEmpty)
        let both = Array(Set(account.streetNames).union(location)).sorted()
        #expect(both.count > account.streetNames.count || both.count > location.count)
        let keys = DescriptionText.streetKeys(both)
        #expect(prepared.streets == keys.keys && prepared.streetSkeletons == keys.skeletons)
        // The account's own names stay its own.
        #expect(prepared.text.streetNames == account.streetNames)
    }

    /// The similarity of two weighed texts with their trigrams' hashes (`plainA`, `plainB`: the
    /// texts before weighing) rather than their numbers.
    static func hashSimilarity(
        _ plainA: DescriptionText, _ plainB: DescriptionText, _ a: DescriptionText, _ b: DescriptionText
    ) -> Double {
        let bTrigrams = Set(plainB.trigrams)
        let aShared = plainA.trigrams.filter(bTrigrams.contains)
        var sharedWeight: Float = 0
        for (term, weight) in zip(a.terms, a.weights) where b.terms.contains(term) { sharedWeight += weight }
        let termDice = Double(2 * sharedWeight) / Double(a.weightSum + b.weightSum)
        let trigramDice = Double(2 * aShared.count) / Double(a.trigrams.count + b.trigrams.count)
        return (termDice + trigramDice) / 2
    }

    /// Record `i` of `source`, saying `text` on the first of January 2025 plus `day` days.
    static func record(_ i: Int, _ source: Source, _ text: String, day: Int = 0, force: PoliceForce? = nil)
        -> LinkRecord
    {
        LinkRecord(
            id: Int64(i), source: source, reference: "\(source.name)-\(i)",
            date: CivilDate(year: 2025, month: 1, day: 1 + day)!, category: nil, policeForce: force, location: nil,
            victimType: nil, method: nil, description: text)
    }

    /// Words the generated accounts are made of.
    static let words = [
        "synagogue", "swastika", "leaflet", "brent", "street", "shouted", "abuse", "car", "school", "bus",
        "hendon", "stamford", "hill", "egg", "thrown", "window", "graffiti", "online", "tweet", "rabbi",
        "spat", "kippah", "stickers", "lamppost", "threat", "letter",
    ]

    /// Account `i` of a generated side: `words` of `PreparationTests.words`, picked by `seed`.
    static func text(_ i: Int, seed: Int, words count: Int) -> String {
        (0..<count).map { words[($0 * seed + i * 3) % words.count] }.joined(separator: " ")
    }

    @Test("terms weighed on every core weigh what one pass over both sides gives")
    func weighedInParallel() {
        let linker = Linker()
        func records(_ count: Int, _ source: Source, seed: Int) -> [LinkRecord] {
            (0..<count).map { i in
                let text = Self.text(i, seed: seed, words: i % 9 + 2)
                return Self.record(i, source, source == .police ? text + " ip nfa crime\(i % 5)" : text + " caseworker")
            }
        }
        // Sides of odd sizes, several chunks each.
        var police = linker.prepare(records(1_537, .police, seed: 3))
        var own = linker.prepare(records(2_311, .own, seed: 5))
        let plainPolice = police, plainOwn = own
        let count = Linker.weighTerms(&police, &own)
        // One pass: document frequencies over both sides, a term weighing nothing unless the other side uses it.
        var df: [UInt32: Int] = [:]
        for record in plainPolice + plainOwn { for term in record.text.terms { df[term, default: 0] += 1 } }
        let policeTerms = Set(plainPolice.flatMap(\.text.terms)), ownTerms = Set(plainOwn.flatMap(\.text.terms))
        let policeTrigrams = Set(plainPolice.flatMap(\.text.trigrams))
        let ownTrigrams = Set(plainOwn.flatMap(\.text.trigrams))
        let n = Float(plainPolice.count + plainOwn.count)
        // The trigrams both sides use, numbered in their hashes' order.
        let shared = policeTrigrams.intersection(ownTrigrams).sorted()
        let number = Dictionary(uniqueKeysWithValues: shared.enumerated().map { ($1, UInt32($0)) })
        func expected(_ text: DescriptionText, other: Set<UInt32>) -> ([Float], [UInt32]) {
            (
                text.terms.map { other.contains($0) ? log(n / Float(df[$0]!)) + 0.1 : 0 },
                text.trigrams.compactMap { number[$0] }
            )
        }
        #expect(count == shared.count)
        for (weighed, plain) in zip(police, plainPolice) {
            let (weights, trigrams) = expected(plain.text, other: ownTerms)
            #expect(weighed.text.weights == weights)
            #expect(weighed.text.weightSum == weights.reduce(0, +))
            #expect(weighed.text.trigrams == trigrams)
        }
        for (weighed, plain) in zip(own, plainOwn) {
            let (weights, trigrams) = expected(plain.text, other: policeTerms)
            #expect(weighed.text.weights == weights)
            #expect(weighed.text.trigrams == trigrams)
        }
        // Numbered, the trigrams give the similarities the hashes gave, merged or looked up as bits.
        for k in stride(from: 0, to: min(police.count, own.count), by: 37) {
            let a = police[k], b = own[(k * 7) % own.count]
            let hashed = Self.hashSimilarity(plainPolice[k].text, plainOwn[(k * 7) % own.count].text, a.text, b.text)
            #expect(abs(a.text.similarity(to: b.text) - hashed) < 1e-12)
            var bits = [UInt64](repeating: 0, count: count / 64 + 1)
            for code in a.text.trigrams { bits[Int(code >> 6)] |= 1 << (code & 63) }
            let looked = bits.withUnsafeBufferPointer { a.text.similarity(to: b.text, trigramBits: $0) }
            #expect(looked == a.text.similarity(to: b.text))
        }
        // The police's own words ("ip", "nfa", "crime0") weigh nothing: the team never uses them.
        #expect(police.allSatisfy { $0.text.weights.contains(0) })
        #expect(own.allSatisfy { $0.text.weights.contains(0) })
    }

    @Test("the comparison's hot loop, a police record's trigrams as bits, gives each pair the pattern it gives alone")
    func hotLoopMatchesPairs() {
        let linker = Linker()
        func records(_ count: Int, _ source: Source, seed: Int) -> [LinkRecord] {
            (0..<count).map { i in
                Self.record(i, source, Self.text(i, seed: seed, words: i % 6 + 3), day: i % 3, force: .metropolitan)
            }
        }
        var police = linker.prepare(records(300, .police, seed: 7))
        var own = linker.prepare(records(120, .own, seed: 11))
        let count = Linker.weighTerms(&police, &own)
        let candidates = linker.candidates(police: police, own: own, trigrams: count)
        var compared = 0, levels = Set<Int?>()
        for part in candidates.parts {
            for packed in part.pairs {
                let p = Linker.Pack.police(packed), o = Linker.Pack.own(packed)
                let code = candidates.patterns[Linker.Pack.pattern(packed)].code
                let alone = PreparedRecord.compare(police[p], own[o])
                #expect(code == alone.code, "police \(p), own \(o)")
                levels.insert(alone.levels[LinkField.description.rawValue])
                compared += 1
            }
        }
        // Every police record against every team record within the window, several police
        // records to a chunk, at several levels of similarity.
        #expect(compared > 20_000)
        #expect(levels.count >= 3)
    }

    @Test(
        "a location spelt two ways that Swift holds equal (an accent as one character or two) resolves as first spelt"
    )
    func firstSpellingResolved() {
        let linker = Linker()
        func record(_ id: Int64, _ location: String) -> LinkRecord {
            LinkRecord(
                id: id, source: .police, reference: "p\(id)", date: CivilDate(year: 2025, month: 1, day: 1)!,
                category: nil, policeForce: .metropolitan, location: location, victimType: nil, method: nil,
                description: "Graffiti on a wall.")
        }
        let composed = record(1, "High Street, Barne\u{0165}"), decomposed = record(2, "High Street, Barnet\u{030C}")
        #expect(composed.location == decomposed.location)
        let alone = (linker.prepare([composed])[0], linker.prepare([decomposed])[0])
        #expect(alone.0.place != alone.1.place || alone.0.authority != alone.1.authority)
        let composedFirst = linker.prepare([composed, decomposed]),
            decomposedFirst = linker.prepare([decomposed, composed])
        #expect(composedFirst.allSatisfy { $0.place == alone.0.place && $0.authority == alone.0.authority })
        #expect(decomposedFirst.allSatisfy { $0.place == alone.1.place && $0.authority == alone.1.authority })
    }
}
