// Reading an organisation's name: its capitalised words, and what may stand between them.
extension Organisations {
    /// The last word of a firm's name that begins at word `e` ("a branch of Smith & Co"): name
    /// words joined by spaces, "&" or a connector, fewer than `limit` words after `start`.
    static func firmNameEnd(
        from e: Int, start: Int, limit: Int, _ words: [Redactor.Word], _ s: [Unicode.Scalar]
    ) -> Int {
        var e = e
        while e + 1 < words.count, e - start < limit,
            Names.adjacent(words[e], words[e + 1], s) || gapIsAmpersand(words[e], words[e + 1], s)
        {
            if isNameWord(words[e + 1]) { e += 1; continue }
            if connectors.contains(words[e + 1].lower), e + 2 < words.count,
                Names.adjacent(words[e + 1], words[e + 2], s), isNameWord(words[e + 2])
            {
                e += 2; continue
            }
            break
        }
        return e
    }

    /// A capitalised name starting at word `f` ("the" allowed before it): its range and last word.
    static func name(
        after f: Int, _ words: [Redactor.Word], _ s: [Unicode.Scalar], acrossGap: Bool = false
    ) -> (range: Range<Int>, end: Int)? {
        var start = f
        if f > 0, !acrossGap, !Names.adjacent(words[f - 1], words[f], s) { return nil }
        if start < words.count,
            ["the", "a", "an", "its", "their", "his", "her", "our", "my"].contains(words[start].lower),
            start + 1 < words.count, Names.adjacent(words[start], words[start + 1], s)
        {
            start += 1
        }
        // "a branch of Halifax", "the local office of Smith & Co": the firm is the name.
        if start + 2 < words.count, ["branch", "office", "depot", "store", "site"].contains(words[start].lower),
            words[start + 1].lower == "of",
            Names.adjacent(words[start], words[start + 1], s), Names.adjacent(words[start + 1], words[start + 2], s),
            isNameWord(words[start + 2])
        {
            let e = firmNameEnd(from: start + 2, start: start, limit: 8, words, s)
            return (words[start].range.lowerBound..<words[e].range.upperBound, e)
        }
        guard start < words.count, isNameWord(words[start]) else { return nil }
        var end = start
        var j = start + 1
        while j < words.count, j - start < 8,
            Names.adjacent(words[j - 1], words[j], s) || s[words[j - 1].range.upperBound] == "&"
                || gapIsAmpersand(words[j - 1], words[j], s)
                || possessiveGap(words[j - 1], words[j], s)
        {
            if isNameWord(words[j]) { end = j; j += 1; continue }
            if connectors.contains(words[j].lower), j + 1 < words.count, Names.adjacent(words[j], words[j + 1], s),
                isNameWord(words[j + 1])
            {
                j += 1; continue
            }
            break
        }
        // "the Hagley Road branch of Halifax": a branch of a firm, named by its street.
        if end + 3 < words.count, ["branch", "office", "depot", "store", "site"].contains(words[end + 1].lower),
            words[end + 2].lower == "of",
            Names.adjacent(words[end], words[end + 1], s), Names.adjacent(words[end + 1], words[end + 2], s),
            Names.adjacent(words[end + 2], words[end + 3], s), isNameWord(words[end + 3])
        {
            let e = firmNameEnd(from: end + 3, start: start, limit: 10, words, s)
            return (words[start].range.lowerBound..<words[e].range.upperBound, e)
        }
        // "the Bevis Marks congregation": an institution's word in lower case after its name.
        if end + 1 < words.count, lowerInstitutionHeads.contains(words[end + 1].text),
            Names.adjacent(words[end], words[end + 1], s),
            !words[start...end].contains(where: { Names.notNames.contains($0.bare) })
        {
            end += 1
        }
        // "a Jewish school", "an Orthodox School": a description, not a name.
        if start > f, ["a", "an"].contains(words[f].lower), Names.notNames.contains(words[start].bare) { return nil }
        let last = words[end].lower
        let institution = institutionHeads.contains(last)
        // A town at the front stays readable: "Leeds [ORGANISATION]" for "Leeds General Infirmary";
        // but not in a school's or a synagogue's name, which is one name ("Moortown Shul").
        if start < end, !institution, let town = Names.place(startingAt: start, words, s), town < end {
            start = town + 1
        }
        let text = words[start...end].map(\.text).joined(separator: " ")
        // A town, a district, a public place: not an organisation.
        if Names.isPlace(text) { return nil }
        if publicHeads.contains(last) && !heads.contains(last) { return nil }
        if Names.notNames.contains(Names.bare(words[start])) && start == end { return nil }
        // Platforms and chains are named without identifying anyone: "works at Tesco" stays
        // readable only when the name is a known chain or platform.
        if start == end, Names.platforms.contains(words[start].lower) { return nil }
        // Public bodies (the police, a council, the NHS, a court) identify nobody.
        if words[start...end].contains(where: {
            publicWords.contains($0.lower) && !(institution && placeLikePublicWords.contains($0.lower))
        }) {
            return nil
        }
        return (words[start].range.lowerBound..<words[end].range.upperBound, end)
    }

    /// "St Thomas' Hospital": a plural possessive's apostrophe between two words of a name.
    static func possessiveGap(_ a: Redactor.Word, _ b: Redactor.Word, _ s: [Unicode.Scalar]) -> Bool {
        let gap = s[a.range.upperBound..<b.range.lowerBound]
        return gap.count == 2 && (gap.first == "'" || gap.first == "’") && gap.last == " "
    }

    static func gapIsAmpersand(_ a: Redactor.Word, _ b: Redactor.Word, _ s: [Unicode.Scalar]) -> Bool {
        let gap = s[a.range.upperBound..<b.range.lowerBound]
        return gap.count <= 3 && gap.contains("&") && gap.allSatisfy { $0 == " " || $0 == "&" }
    }

    /// A word that can be part of an organisation's name: capitalised, or digits ("Year 7" no; "JW3" yes).
    static func isNameWord(_ w: Redactor.Word) -> Bool {
        guard let first = w.text.unicodeScalars.first else { return false }
        if first.properties.isUppercase { return true }
        return false
    }
}
