// What an account says it reached: several people or homes, things spread along a place, a second
// victim (read from its words; compared as fields).
extension DescriptionText {
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
}
