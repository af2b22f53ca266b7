import Places

// Streets as linkage compares them: keys that survive a misspelt letter, and skeletons that an
// abbreviation ("Hl Rd" for "Hill Road") matches.
extension DescriptionText {
    /// The streets a location field names ("LOOM LN, Hertsmere", "near Abbey Road"), as
    /// `streetNames` are.
    static func streets(of location: String, gazetteer: Gazetteer) -> [String] {
        readTerms(of: location, gazetteer: gazetteer).compactMap { term in
            if case .street(let name) = term { name } else { nil }
        }
    }

    /// The letters read as vowels when telling an abbreviation ("Hl", "Pk") from a name.
    static let streetVowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

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
            // The kind keeps its leading space (" road"), as the full name has it.
            let name = Array(full[..<space]), kind = String(full[space...])
            if !name.contains(where: streetVowels.contains) {
                keys.insert(skeletonKey(String(name), kind: kind))
                continue
            }
            keys.insert(FNV1a.hash(full.utf8))
            // A station named in two words ("london euston station") meets one named by its last
            // word alone ("euston station"), not another station of the same last word.
            if kind == " station", let inner = name.lastIndex(of: " ") {
                skeletons.insert(FNV1a.hash((String(name[(inner + 1)...]) + kind).utf8))
            }
            let nameBytes = Array(String(name).utf8), kindBytes = Array(kind.utf8)
            // (A name with a letter outside ASCII has more bytes than letters: no dropped letters.)
            let isASCII = nameBytes.count == name.count
            if name.count >= 6, isASCII {
                for letter in nameBytes.indices { keys.insert(key(nameBytes, without: letter, kind: kindBytes)) }
            }
            // What an abbreviation of it may be: its consonants ("hill" → "hl") or its first and
            // last letters ("park" → "pk").
            let consonants = consonantSkeleton(name)
            if consonants.count >= 2 { skeletons.insert(skeletonKey(consonants, kind: kind)) }
            if name.count >= 3 { skeletons.insert(skeletonKey(String([name[0], name[name.count - 1]]), kind: kind)) }
            // A five-letter name with a letter missing matches the four-letter spelling ("Hath"
            // for "Heath"), one way only, so two different four-letter names never match.
            if name.count == 5, isASCII {
                for letter in nameBytes.indices { skeletons.insert(key(nameBytes, without: letter, kind: kindBytes)) }
            }
        }
        return (keys.sorted(), skeletons.sorted())
    }

    /// The key of an abbreviation or skeleton, marked "~" so that it never equals a full name's.
    static func skeletonKey(_ letters: String, kind: String) -> UInt32 {
        FNV1a.hash(("~" + letters + kind).utf8)
    }

    /// The key of a name without its letter at `dropped`, and the kind (no string made).
    static func key(_ name: [UInt8], without dropped: Int, kind: [UInt8]) -> UInt32 {
        var hasher = FNV1a()
        for (index, byte) in name.enumerated() where index != dropped { hasher.add(byte) }
        hasher.add(kind)
        return hasher.value
    }

    /// A name's consonants, each run of one letter once, after its first letter (which is kept
    /// even when a vowel): "hill" → "hl", "abbey" → "ab".
    static func consonantSkeleton(_ name: [Character]) -> String {
        var skeleton = ""
        for letter in name where !streetVowels.contains(letter) || skeleton.isEmpty {
            if skeleton.last != letter { skeleton.append(letter) }
        }
        return skeleton
    }

    /// Whether two records' streets agree (see `streetKeys`).
    static func sameStreet(
        _ aKeys: [UInt32], _ aSkeletons: [UInt32],
        _ bKeys: [UInt32], _ bSkeletons: [UInt32]
    ) -> Bool {
        common(aKeys, bKeys) > 0 || common(aKeys, bSkeletons) > 0 || common(aSkeletons, bKeys) > 0
    }
}
