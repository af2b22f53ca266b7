import IncidentModel
import Places

// What a word or run of words looks like to name detection: a place, a particle name, a
// surname after a given name, a word in capitals, a sentence opening.
extension Names {
    /// The last word of the longest gazetteer place (up to five words, "and", "upon", "on", "under",
    /// "in", "the", "de", "le" allowed inside) starting at capitalised word `i`.
    static func place(startingAt i: Int, _ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> Int? {
        var candidates: [Int] = [i]
        var j = i + 1
        while j < words.count, j - i < 5,
            adjacent(words[j - 1], words[j], s) || s[words[j - 1].range.upperBound] == "-",
            words[j].isCapitalised
                || ["and", "upon", "on", "under", "in", "the", "de", "le", "by", "next", "super", "with"].contains(
                    words[j].lower)
        {
            candidates.append(j); j += 1
        }
        for last in candidates.reversed() where words[last].isCapitalised {
            // One word is a place only when it is no known name (Hale, Sale, Bury are places;
            // "Chester" or "Florence" beside a surname is a person, handled by the name rules).
            if last == i && (firstNames.contains(words[i].bare) || surnames.contains(words[i].bare)) { continue }
            // "Tyrone WALLACE", "Kent Brockman": a one-word place right before a surname is a given name.
            if last == i, i + 1 < words.count, adjacent(words[i], words[i + 1], s), words[i + 1].isCapitalised,
                isSurname(words[i + 1]) || isFamily(words[i + 1].bare)
                    || (words[i + 1].text.unicodeScalars.count > 2
                        && words[i + 1].text.unicodeScalars.allSatisfy { $0.properties.isUppercase })
            {
                continue
            }
            let text = makeString(s[words[i].range.lowerBound..<words[last].range.upperBound])
            if isPlace(text) { return last }
        }
        return nil
    }

    /// "al-hashimi", "bin-yusuf", "el-masri": a lower-case particle joined to a lower-case name.
    static func lowerParticleName(_ w: Redactor.Word) -> Bool {
        let parts = w.lower.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, particlePrefixes.contains(String(parts[0])), parts[0].count >= 2, parts[1].count >= 3
        else { return false }
        return !Redactor.stopWords.contains(String(parts[1]))
            && parts[1].unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
    }

    /// "adeyemi-bello", "cohen-levy": a lower-case double-barrelled surname, one half a known
    /// surname and neither an ordinary function word.
    static func lowerDoubleBarrelled(_ w: Redactor.Word) -> Bool {
        let parts = w.lower.split(separator: "-").map(String.init)
        guard parts.count == 2,
            parts.allSatisfy({
                $0.count >= 2 && $0.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
                    && !Redactor.stopWords.contains($0)
            })
        else { return false }
        return parts.contains { isFamily($0) && !commonLower.contains($0) }
    }

    /// A lower-case surname right after a lower-case given name that a cue introduced ("occupant
    /// sharon king", "caller tom preston"): surnames that are ordinary words count there, but not
    /// the words that follow a name in a sentence ("caller sarah said", "occupant tom was").
    static func surnameAfterGiven(_ w: Redactor.Word) -> Bool {
        guard !w.isCapitalised, !Redactor.stopWords.contains(w.bare), !narrativeVerbs.contains(w.bare),
            !notKinNames.contains(w.bare),
            ![
                "man", "men", "son", "van", "car", "bus", "can", "day", "way", "may", "said", "long", "job", "rang",
                "also",
            ].contains(w.bare)
        else { return false }
        return isFamily(w.bare) || townSurname(w) || lowerParticleName(w) || lowerDoubleBarrelled(w)
    }

    /// A lower-case word that is a town's name ("preston", "lincoln"): after a given name, a surname.
    static func townSurname(_ w: Redactor.Word) -> Bool {
        guard !w.isCapitalised, w.bare.count >= 4, !Redactor.stopWords.contains(w.bare),
            !narrativeVerbs.contains(w.bare),
            w.bare.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic })
        else { return false }
        return isPlace(w.bare.prefix(1).uppercased() + w.bare.dropFirst())
    }

    /// A word of two letters or more, all in capitals.
    static func upperCaseWord(_ w: Redactor.Word) -> Bool {
        w.text.unicodeScalars.count >= 2
            && w.text.unicodeScalars.allSatisfy { $0.properties.isUppercase || $0 == "'" || $0 == "-" }
    }

    /// Whether word `i` starts the text or a sentence.
    static func opensSentence(_ i: Int, _ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> Bool {
        guard i > 0 else { return true }
        let gap = s[words[i - 1].range.upperBound..<words[i].range.lowerBound]
        return gap.contains { $0 == "." || $0 == "!" || $0 == "?" || $0 == "\n" }
    }

    /// Whether the words name a place in the bundled gazetteer (Golders Green, Stamford Hill).
    static func isPlace(_ text: String) -> Bool {
        if let known = placeCache.withLock({ $0[text] }) { return known }
        let answer = Gazetteer.bundled.isPlaceName(text) || areas.contains(text.lowercased()) || isPublicPlace(text)
        placeCache.withLock { cache in
            if cache.count > 200_000 { cache.removeAll() }
            cache[text] = answer
        }
        return answer
    }

    /// Whether the words are a historic place, or two or more capitalised words ending in a
    /// public place's word.
    static func isPublicPlace(_ text: String) -> Bool {
        let lower = text.lowercased()
        if historicPlaces.contains(lower) { return true }
        let parts = text.split(separator: " ")
        guard parts.count >= 2, parts.allSatisfy({ $0.first?.isUppercase == true }), let last = parts.last?.lowercased()
        else { return false }
        if publicPlaceHeads.contains(last) { return true }
        if landmarkHeads.contains(last) {
            return !isGiven(parts[0].lowercased()) && !ambiguous.contains(parts[0].lowercased())
        }
        return false
    }

    /// Whether two words are separated by spaces only (a name does not run across punctuation).
    /// The last word of a street's name that starts at word `start`: its capitalised words run on,
    /// one space apart, to a street's kind within three words ("Albert Road", "Lea Bridge Road",
    /// "Chase Side"); nil when they do not. Not after a title ("Mr Albert Road" is no street).
    static func streetEnd(after start: Int, _ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> Int? {
        if start > 0, titles.contains(words[start - 1].bare) { return nil }
        var j = start + 1
        while j < words.count, j <= start + 3, words[j].isCapitalised, adjacent(words[j - 1], words[j], s) {
            if streetKinds.contains(words[j].lower) { return j }
            j += 1
        }
        return nil
    }

    /// The spans of the public figures the text names (`publicNames`, one to three words), not
    /// after a plain title.
    static func publicFigures(_ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        // Members of the House of Lords by their title ("Lord Mann", "Baroness Hodge"): public.
        for (i, w) in words.enumerated()
        where ["lord", "baroness", "baron", "viscount"].contains(w.lower) && w.isCapitalised && i + 1 < words.count
            && words[i + 1].isCapitalised && adjacent(w, words[i + 1], s)
            && !Redactor.stopWords.contains(words[i + 1].lower)
        {
            out.append(w.range.lowerBound..<words[i + 1].range.upperBound)
        }
        for (i, w) in words.enumerated() where w.isCapitalised && publicNameStarts.contains(w.bare) {
            // "Mr Soros was abused outside his home": a person of the incident who bears the name.
            // ("MS" in capitals is a Member of the Senedd.)
            if i > 0, ["mr", "mrs", "ms", "miss", "mx"].contains(words[i - 1].bare),
                words[i - 1].text != words[i - 1].text.uppercased()
            {
                continue
            }
            if let last = publicNameEnd(startingAt: i, words, s) {
                out.append(w.range.lowerBound..<words[last].range.upperBound)
            }
        }
        return out
    }

    /// The last word of a public figure's or a trope's name (`publicNames`, one to three words
    /// one space apart) at `start`, or nil.
    static func publicNameEnd(startingAt start: Int, _ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> Int? {
        guard publicNameStarts.contains(words[start].bare) else { return nil }
        for length in stride(from: min(3, words.count - start), through: 1, by: -1) {
            let run = words[start..<(start + length)]
            guard zip(run, run.dropFirst()).allSatisfy({ adjacent($0, $1, s) }) else { continue }
            if publicNames.contains(run.map(\.bare).joined(separator: " ")) { return start + length - 1 }
        }
        return nil
    }

    /// The last word of a name at `start` that is no person of the incident (see `Names.find`).
    static func notOfTheIncident(startingAt start: Int, _ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> Int? {
        let w = words[start]
        // A public figure or a trope's name, one to three words.
        if let last = publicNameEnd(startingAt: start, words, s) { return last }
        // "Marks & Spencer", "Marks and Spencer": the shop.
        if w.bare == "marks", start + 1 < words.count {
            if words[start + 1].bare == "spencer",
                s[w.range.upperBound..<words[start + 1].range.lowerBound].contains("&")
            {
                return start + 1
            }
            if words[start + 1].lower == "and", start + 2 < words.count, words[start + 2].bare == "spencer" {
                return start + 2
            }
        }
        // "Adath Yisroel", "Beis Yaakov", "Ohel Moshe": a name after an institution's Hebrew opener.
        if start > 0, Organisations.institutionOpeners.contains(words[start - 1].bare), adjacent(words[start - 1], w, s)
        {
            var j = start
            while j + 1 < words.count, j < start + 2, words[j + 1].isCapitalised, adjacent(words[j], words[j + 1], s) {
                j += 1
            }
            return j
        }
        // "Grodzinski's bakery": a business named by its owner's name.
        if w.lower.hasSuffix("'s") || w.lower.hasSuffix("’s"), start + 1 < words.count,
            ["bakery", "deli", "shop", "store", "stores", "butchers", "butcher", "restaurant", "cafe", "café", "pub"]
                .contains(words[start + 1].lower)
        {
            return start
        }
        // "Lord Nelson pub", "Rabbi Sacks Way", "Queen Elizabeth Hall": a title and a name, then a
        // kind of place (not a possessive: "Mrs Cohen's house" is hers).
        if titles.contains(w.bare) || ["queen", "king", "prince", "princess", "saint"].contains(w.bare) {
            var j = start + 1
            while j < words.count, j <= start + 3, words[j].isCapitalised, adjacent(words[j - 1], words[j], s),
                !words[j].lower.hasSuffix("'s"), !words[j].lower.hasSuffix("’s")
            {
                if j > start + 1, namedPlaces.contains(words[j].lower) { return j }
                j += 1
            }
            if j > start + 1, j < words.count, adjacent(words[j - 1], words[j], s), namedPlaces.contains(words[j].lower)
            {
                return j
            }
        }
        return nil
    }

    /// The first words of `publicNames` (a quick test before joining words).
    static let publicNameStarts: Set<String> = Set(publicNames.map { String($0.prefix { $0 != " " }) })

    /// Kinds of place named after people ("Lord Nelson pub", "Queen Elizabeth Hall").
    static let namedPlaces: Set<String> = Set(streetKinds).union([
        "hall", "pub", "inn", "arms", "church", "chapel", "school", "college", "hospital", "centre", "center", "museum",
        "library", "theatre", "bridge", "park", "square", "gardens", "castle", "station", "court", "memorial",
        "institute", "academy", "building", "house", "tower", "estate",
    ])

    /// Public figures and the names of antisemitic tropes, as they appear in the abuse itself:
    /// the nature of the incident, never a victim's name. From general knowledge: heads of
    /// government and party leaders, the figures of conspiracy theories, Nazi leaders, and names
    /// of faith. A victim who shares one is still found through the record's own columns.
    static let publicNames: Set<String> = [
        "magen david", "mogen dovid", "magen dovid", "mogen david", "soros", "george soros", "rothschild",
        "rothschilds", "jacob rothschild", "netanyahu", "benjamin netanyahu",
        "bibi netanyahu", "anne frank", "jesus christ", "christ", "eichmann", "adolf eichmann", "goebbels",
        "himmler", "heydrich", "mengele", "oswald mosley", "adolf hitler", "kissinger", "henry kissinger",
        "jeffrey epstein", "zuckerberg", "mark zuckerberg", "elon musk", "donald trump", "trump",
        "joe biden", "biden", "putin", "vladimir putin", "zelensky", "zelenskyy", "volodymyr zelensky", "starmer",
        "keir starmer", "sunak", "rishi sunak", "corbyn", "jeremy corbyn", "sadiq khan", "boris johnson",
        "tommy robinson", "david icke", "icke", "ben shapiro", "michael gove", "kanye west", "nick griffin",
        "theresa may", "liz truss", "nigel farage", "farage", "greta thunberg", "ilhan omar", "bernie sanders",
        "abraham lincoln", "winston churchill", "king charles", "prince harry", "elizabeth line", "star of david",
        // the country's politicians and communal leaders of these years
        "ephraim mirvis", "mirvis", "jonathan sacks", "rabbi sacks", "lord sacks", "kemi badenoch", "badenoch",
        "ed davey", "john swinney",
        "swinney", "nicola sturgeon", "sturgeon", "humza yousaf", "anas sarwar", "eluned morgan", "vaughan gething",
        "mark drakeford", "rhun ap iorwerth", "michelle o'neill", "emma little-pengelly", "angela rayner",
        "rachel reeves", "yvette cooper", "david lammy", "wes streeting", "shabana mahmood", "andy burnham",
        "suella braverman", "priti patel", "robert jenrick", "george galloway", "zarah sultana", "ken livingstone",
        "prince william", "king charles iii", "keir hardie", "jacob rees-mogg", "lee anderson", "carla denyer",
    ]

    /// Kinds of street that are no one's surname ("Green", "Hill", "Park" are left out: "Pat Green").
    static let streetKinds: Set<String> = [
        "road", "rd", "street", "st", "lane", "ln", "avenue", "ave", "close", "drive", "way", "crescent", "cres",
        "terrace", "place", "square", "sq", "gardens", "gdns", "mews", "parade", "side", "grove",
    ]

    /// Whether a sentence ends between two words (a full stop, "!" or "?" between them).
    static func sentenceEnds(between a: Redactor.Word, _ b: Redactor.Word, _ s: [Unicode.Scalar]) -> Bool {
        s[a.range.upperBound..<b.range.lowerBound].contains { $0 == "." || $0 == "!" || $0 == "?" }
    }

    static func adjacent(_ a: Redactor.Word, _ b: Redactor.Word, _ s: [Unicode.Scalar]) -> Bool {
        let gap = s[a.range.upperBound..<b.range.lowerBound]
        return !gap.isEmpty && gap.count <= 2 && gap.allSatisfy { $0 == " " }
    }
}
