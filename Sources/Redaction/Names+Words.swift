import IncidentModel

// What single words are: given names, surnames, capitalised names, particles (split from Names.swift).
extension Names {
    /// Whether an age follows word `k`: ", 9," "(9)", "(aged 12)", ", aged 12".
    static func kinAgeFollows(_ k: Int, _ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> Bool {
        guard k + 1 < words.count else { return false }
        let gap = s[words[k].range.upperBound..<words[k + 1].range.lowerBound]
        guard gap.count <= 3, gap.contains(where: { $0 == "," || $0 == "(" }) else { return false }
        let next = words[k + 1]
        return next.text.allSatisfy(\.isNumber) && next.text.count <= 2 || ["aged", "age"].contains(next.lower)
    }

    /// Whether `bare` (lower case) is a known given name, or surname, with or without its accents.
    static func isGiven(_ bare: String) -> Bool {
        firstNames.contains(bare) || (!bare.utf8.allSatisfy { $0 < 128 } && firstNames.contains(withoutAccents(bare)))
    }
    static func isFamily(_ bare: String) -> Bool {
        surnames.contains(bare) || (!bare.utf8.allSatisfy { $0 < 128 } && surnames.contains(withoutAccents(bare)))
    }

    static func isSurname(_ word: Redactor.Word) -> Bool {
        guard word.isCapitalised else { return false }
        let b = bare(word)
        if surnames.contains(b) { return !wordSurnames.contains(b) && !isPlace(word.text) }
        if b.count >= 6, surnameEndings.contains(where: { b.hasSuffix($0) }) { return true }
        // Double-barrelled and O'/Mc names: Cohen-Levy, O'Donnell.
        let scalars = Array(word.text.unicodeScalars)
        // "McGillycuddy", "MacAllister": Mc or Mac and a capital (a chain's name aside).
        for prefix in ["Mc", "Mac"] where word.text.hasPrefix(prefix) && scalars.count > prefix.count + 2 {
            if scalars[prefix.count].properties.isUppercase,
                scalars[(prefix.count + 1)...].contains(where: { $0.properties.isLowercase }),
                !platforms.contains(b), !platforms.contains(b + "s")
            {
                return true
            }
        }
        // Every part of a double-barrelled name is capitalised ("Weston-super-Mare" is a town).
        let hyphenParts = word.text.split(separator: "-")
        if hyphenParts.count > 1, hyphenParts.contains(where: { $0.first?.isLowercase == true }) { return false }
        for k in 1..<max(scalars.count - 1, 1) where scalars[k] == "-" || scalars[k] == "'" || scalars[k] == "’" {
            if scalars[k + 1].properties.isUppercase, !isPlace(word.text), !joinsPeoples(word) { return true }
        }
        return false
    }

    /// "Iraqi-Jewish", "Chinese-British": a people's words joined, no double-barrelled name.
    static func joinsPeoples(_ word: Redactor.Word) -> Bool {
        word.lower.contains("-")
            && word.bare.split(separator: "-").contains { $0.count >= 3 && notNames.contains(String($0)) }
    }

    static func bare(_ word: Redactor.Word) -> String { word.bare }

    static func isCapitalisedName(_ word: Redactor.Word) -> Bool {
        (word.isCapitalised || particlePrefixed(word)) && !notNames.contains(bare(word))
            && !joinsPeoples(word)
            && !Patterns.commonStreetTypes.contains(word.lower)
            && word.text.unicodeScalars.allSatisfy {
                Redactor.isWordScalar($0) && !("0"..."9").contains($0) || $0 == "'" || $0 == "’" || $0 == "-"
            }
            && !(word.text.unicodeScalars.allSatisfy { $0.properties.isUppercase }
                && word.text.unicodeScalars.count <= 4 && !firstNames.contains(word.lower)
                && !surnames.contains(word.lower))
            // In capitals, a log's verbs and headings are no name words ("IP X Y STATES …").
            && !(upperCaseWord(word) && (logWords.contains(word.bare) || narrativeVerbs.contains(word.bare))
                && !isGiven(word.bare) && !isFamily(word.bare))
    }

    /// "al-Hassan", "el-Masri", "d'Souza", "ben-David", "bin-Laden": a lower-case particle joined
    /// to a capitalised name.
    static func particlePrefixed(_ word: Redactor.Word) -> Bool {
        guard !word.isCapitalised,
            let mark = word.text.unicodeScalars.firstIndex(where: { $0 == "-" || $0 == "'" || $0 == "’" })
        else { return false }
        let prefix = String(word.text.unicodeScalars[..<mark])
        guard particlePrefixes.contains(prefix) else { return false }
        let next = word.text.unicodeScalars.index(after: mark)
        return next < word.text.unicodeScalars.endIndex && word.text.unicodeScalars[next].properties.isUppercase
    }

    /// Whether the words from `j` on continue a name: a capitalised name word, or particles
    /// followed by one. Returns the index of the last word taken.
    static func continueName(_ words: [Redactor.Word], _ s: [Unicode.Scalar], from j: Int) -> Int? {
        guard j < words.count, adjacent(words[j - 1], words[j], s) else { return nil }
        if isCapitalisedName(words[j]) { return j }
        // "Rachel Green", "David Hall": a surname that is also a street word, after a given name.
        if words[j].isCapitalised, Patterns.commonStreetTypes.contains(words[j].bare), surnames.contains(words[j].bare),
            isGiven(words[j - 1].bare),
            !(j + 1 < words.count && adjacent(words[j], words[j + 1], s)
                && Patterns.commonStreetTypes.contains(words[j + 1].lower))
        {
            return j
        }
        var k = j
        while k < words.count, k < j + 3, particles.contains(words[k].lower),
            k == j || adjacent(words[k - 1], words[k], s)
        { k += 1 }
        if k > j, k < words.count, adjacent(words[k - 1], words[k], s), isCapitalisedName(words[k]) { return k }
        return nil
    }

    /// A lower-case word that is a known name and no ordinary word.
    static func isLowerName(_ word: Redactor.Word) -> Bool {
        let b = bare(word)
        guard !word.isCapitalised, b.count >= 3, !englishWords.contains(b), !notNames.contains(b),
            !commonLower.contains(b)
        else { return false }
        return firstNames.contains(b) || surnames.contains(b)
            || (b.count >= 6 && surnameEndings.contains { b.hasSuffix($0) })
    }

    /// Extends a name from word `i` over the name words after it (up to `limit` more).
    static func extend(_ words: [Redactor.Word], _ s: [Unicode.Scalar], from i: Int, limit: Int) -> Int {
        var end = i
        while end - i < limit, let k = continueName(words, s, from: end + 1) { end = k }
        return end
    }
}
