import Testing

@testable import Linkage

/// The reading of one description: its vocabulary, its typed terms and the kinds it names.
@Suite struct DescriptionReadingTests {
    @Test("no word is given two meanings in the word map or the words for a person's sex")
    func vocabularyHasNoRepeatedWords() {
        #expect(DescriptionText.repeatedWords(DescriptionText.wordEntries) == [])
        #expect(DescriptionText.repeatedWords(DescriptionText.sexEntries) == [])
        // The check finds a word given twice, and the table keeps its first meaning.
        let entries: [(words: [String], meaning: [String])] = [
            (["stabbed", "knife"], ["assault"]), (["stabbed"], ["kill"]),
        ]
        #expect(DescriptionText.repeatedWords(entries) == ["stabbed"])
        #expect(DescriptionText.table(entries)["stabbed"] == ["assault"])
    }

    @Test("the words once given two meanings keep the one that won: stabbed is kill, comments abuse, tube the tube")
    func formerlyRepeatedWordsKeepTheirMeaning() {
        let expected: [String: [String]] = [
            "stabbed": ["kill"], "knife": ["knife", "assault", "injury", "serious"], "ripped": ["damage"],
            "lecturer": ["university", "staff"], "comments": ["abuse"], "stickers": ["sticker"], "sticker": ["sticker"],
            "tube": ["tube"],
        ]
        for (word, concepts) in expected { #expect(DescriptionText.wordMap[word] == concepts, "\(word)") }
    }

    @Test(
        """
        an account reached several people or homes when a number or a word for several comes before them in \
        the same sentence: a time at the end of the sentence before is not a number of parents
        """
    )
    func severalWithinTheSentence() {
        let several = [
            "Leaflets were pushed through the doors of five homes on Ashbourne Avenue.",
            "Two families were abused outside the synagogue.",
            "Stickers were left on the cars of several neighbours overnight.",
        ]
        for text in several { #expect(DescriptionText.reach(DescriptionText.words(text)).several, "\(text)") }
        let one = [
            "A man shouted at the school gates at about 3.25pm. Parents said he had been there before.",
            "It happened on 12 May! Neighbours called the police.",
            "A man was abused at the bus stop at 10.30am.\nWitnesses gave a description.",
        ]
        for text in one {
            let reach = DescriptionText.reach(DescriptionText.words(text))
            #expect(!reach.several && !reach.severalPlaces, "\(text)")
        }
    }

    @Test("times of day are typed terms: 8.30pm reads as 20:30 in minutes; the hour mark is no term")
    func timesAreTypedTerms() {
        let terms = DescriptionText.readTerms(of: "Abused at 8.30pm.", gazetteer: .bundled)
        #expect(terms.contains(.time(minutes: 20 * 60 + 30)))
        #expect(!terms.contains { if case .word(let word) = $0 { word.hasPrefix(TimeMark.hourPrefix) } else { false } })
        #expect(TimeMark.minutes(in: "at2030") == 1230)
        #expect(TimeMark.minutes(in: "attack") == nil)
        #expect(TimeMark.isHour("time20") && !TimeMark.isHour("times"))
        // What `marked` writes reads back as the same time.
        let written = TimeMark.words(hour: 7, minute: 5).split(separator: " ").map(String.init)
        #expect(written.compactMap(TimeMark.minutes(in:)) == [7 * 60 + 5])
    }

    @Test("a police log's bare four-digit times after approx, between or time; not a year, a count or an amount")
    func bareFourDigitTimes() {
        #expect(DescriptionText("Stickers put up in area. Time approx 1620.").times == [980])
        #expect(DescriptionText("Time: 2039, a brick was thrown.").times == [1239])
        let between: [Int16] = [1080, 1110]
        #expect(DescriptionText("Time: between 1800 and 1830 050925.").times == between)
        #expect(DescriptionText("Leaflets first seen in 2024; about 1500 were delivered.").times.isEmpty)
        #expect(DescriptionText("Approx 1500 leaflets; approximately 2000 people saw them.").times.isEmpty)
        #expect(DescriptionText("Abuse between 2019 and 2023. Damage valued at 1200.").times.isEmpty)
        #expect(DescriptionText("Call IP at 0207 946 0000.").times.isEmpty)
        #expect(DescriptionText("Stickers found approx. 1620.").times == [980])
        #expect(DescriptionText("Reported at 2399 and 1800.").times.isEmpty)
    }

    @Test("a number too long to be a time is a word, not a crash: at99999999, twenty digits")
    func longNumbersAreNoTimes() {
        #expect(DescriptionText("Abused at99999999 by a man.").times.isEmpty)
        #expect(DescriptionText("Card 12345678901234567890123 read out at 2030hrs.").times == [20 * 60 + 30])
    }

    @Test("platforms, kinds of place, sexes and ages are named sets")
    func kindsAreNamedSets() {
        #expect(DescriptionText("She was sent abuse on X and Instagram.").platforms == [.twitter, .instagram])
        #expect(DescriptionText("Shouted at in the car park outside the pharmacy.").venues == [.carPark, .pharmacy])
        #expect(DescriptionText("A Jewish woman was shouted at.").victimSex == .female)
        #expect(
            DescriptionText.ages(of: "a man aged 34 and teenagers, 20-30 yrs") == [
                .teens, AgeDecades(age: 20),
                AgeDecades(age: 30),
            ])
        #expect(DescriptionText.ages(of: "aged 34").contains(age: 39))
        #expect(!DescriptionText.ages(of: "aged 34").contains(age: 40))
        #expect(DescriptionText.ages(of: "aged 7, 104 yrs").isEmpty)
    }

    @Test("an offender sketch says how many: one, two, a group")
    func offenderHeadcount() {
        #expect(OffenderSketch("a man in his 20s").number == .one)
        #expect(OffenderSketch("a man in his 20s").sex == .male)
        #expect(OffenderSketch("2 x males").number == .two)
        #expect(OffenderSketch("a gang of youths").number == .group)
        #expect(OffenderSketch("a group of men and women").sex == [.male, .female])
        #expect(OffenderSketch("").number.isEmpty)
    }

    @Test("the FNV-1a hash is the standard 32-bit one")
    func fnv1a() {
        #expect(FNV1a.hash("".utf8) == 0x811C_9DC5)
        #expect(FNV1a.hash("a".utf8) == 0xE40C_292C)
        #expect(FNV1a.hash("foobar".utf8) == 0xBF9C_F968)
        var hasher = FNV1a()
        for byte in "foobar".utf8 { hasher.add(byte) }
        #expect(hasher.value == FNV1a.hash("foobar".utf8))
    }

    @Test("words and times are read the same beside characters other than ASCII: accents, ’, dashes, emoji")
    func wordsBesideOtherCharacters() {
        // The reading goes by UTF-8 bytes; these are what reading by characters gave.
        #expect(
            DescriptionText.words(of: "Café owner O’Brien abused at 8pm—then 20:30 🙂 hrs; 2030hrs é1") == [
                "cafe", "owner", "obrien", "abused", "at", "time20", "at2000", "then", "time20", "at2030", "hrs",
                "time20", "at2030", "e1",
            ])
        #expect(TimeMark.marked("à 8pm") == "à  time20 at2000 ")
        #expect(TimeMark.marked("é8pm") == "é time20 at2000 ")
        #expect(TimeMark.marked("no time 1.5 men") == "no time 1.5 men")
        #expect(DescriptionText.victimSex(of: "Une femme—a Jewish woman was abused. A man shouted.") == .female)
        #expect(DescriptionText.victimSex(of: "Une femme—a Jewish man was abused. A man shouted.") == .male)
        // A word's trigrams, its ends marked; a word of one letter has one; each value once, sorted.
        var trigrams: [UInt32] = []
        DescriptionText.appendTrigrams(of: "abc", to: &trigrams)
        #expect(trigrams == ["#ab", "abc", "bc#"].map { FNV1a.hash($0.utf8) })
        trigrams = []
        DescriptionText.appendTrigrams(of: "a", to: &trigrams)
        #expect(trigrams == [FNV1a.hash("#a#".utf8)])
        #expect(DescriptionText.sortedOnce([5, 1, 5, 3, 1]) == [1, 3, 5])
        #expect(DescriptionText.sortedOnce([]) == [])
        // The light stem, read on bytes.
        let stems = [
            "referred": "refer", "referring": "refer", "filled": "fill", "class": "class", "bus": "bus",
            "stickers": "sticker", "shouting": "shout", "sadly": "sadly", "quickly": "quick",
        ]
        for (word, stem) in stems {
            #expect(DescriptionText.stem(word) == stem, "\(word)")
        }
    }

    @Test("a pair's reasons are stored with their keys in one order, so the same run stores the same text")
    func reasonsHaveOneKeyOrder() {
        let reasons = [LinkReason(field: "date", level: "same day", weight: 1.5)]
        let other = LinkReason(field: "other candidates", level: "either record has other likely partners", weight: -2)
        #expect(Linker.encode(reasons) == #"[{"field":"date","level":"same day","weight":1.5}]"#)
        #expect(
            Linker.appending(other, to: Linker.encode(reasons))
                == #"[{"field":"date","level":"same day","weight":1.5},{"field":"other candidates","#
                + #""level":"either record has other likely partners","weight":-2}]"#)
    }

    @Test("the filters in front of the word tables let every word of their table through")
    func filtersHaveNoFalseNegatives() {
        let tables: [(WordFilter, [String])] = [
            (DescriptionText.phraseStartFilter, Array(DescriptionText.phraseStarts)),
            (DescriptionText.wordMapFilter, Array(DescriptionText.wordMap.keys)),
            (DescriptionText.stopWordFilter, Array(DescriptionText.stopWords)),
            (
                DescriptionText.streetKindFilter,
                Array(DescriptionText.streetKinds.keys) + Array(DescriptionText.ordinaryStreetKinds.keys)
            ),
        ]
        for (filter, words) in tables {
            #expect(!words.isEmpty)
            for word in words { #expect(filter.mayContain(FNV1a.hash(word.utf8)), "\(word)") }
        }
        // A filter says no to most words outside its set (else it saves nothing).
        let small = WordFilter(["road", "street"])
        let others = (0..<1000).map { "word\($0)" }
        #expect(others.filter { small.mayContain(FNV1a.hash($0.utf8)) }.count < 10)
        #expect(small.mayContain(FNV1a.hash("road".utf8)))
    }
}

private typealias AgeDecades = DescriptionText.AgeDecades

/// What an account quotes is one term of its description, as both sides often give it word for word.
@Suite struct QuotationTests {
    @Test("quotations between double or single quotes, straight or curly; an apostrophe opens none")
    func quotations() {
        #expect(DescriptionText.quotations(in: #"A boy said "Jews out" and ran."#) == ["jews out"])
        #expect(DescriptionText.quotations(in: "Unknown male shouted 'JEWS OUT' at him/her in street.") == ["jews out"])
        #expect(DescriptionText.quotations(in: "He shouted \u{201C}Heil Hitler!\u{201D} twice.") == ["heil hitler"])
        #expect(
            DescriptionText.quotations(in: "Called IP a \u{2018}dirty Jew\u{2019}. IP's hat taken.") == ["dirty jew"])
        #expect(DescriptionText.quotations(in: "IP's religion/clothing. Suspect's car left.").isEmpty)
        #expect(DescriptionText.quotations(in: #"An unclosed "quote runs on and on."#).isEmpty)
        #expect(
            DescriptionText.quotations(in: #"Shouted "Free Palestine, you Jews are all murderers!""#) == [
                "free palestine you jews are all murderers"
            ])
        #expect(DescriptionText.quotations(in: "No quotes here at all.").isEmpty)
    }

    @Test("the same words quoted on both sides are a term both share; other words quoted are not")
    func sharedTerm() {
        let police = DescriptionText("Injured party states unknown male shouted 'GAS THE JEWS' at him in street.")
        let own = DescriptionText(#"A man shouted "gas the Jews" at a visibly Jewish man near the station."#)
        let other = DescriptionText(#"A man shouted "Jews out" at a visibly Jewish man near the station."#)
        let quoted = DescriptionText.quotationHashes(in: "'gas the jews'")
        #expect(quoted.count == 1)
        #expect(police.terms.contains(quoted[0]) && own.terms.contains(quoted[0]))
        #expect(!other.terms.contains(quoted[0]))
    }
}
