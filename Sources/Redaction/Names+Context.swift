import IncidentModel

// What surrounds a name: initials before it, proper nouns, organisations and appositives after it.
extension Names {
    /// Where a name starting at word `start` really starts: initials before it go with it
    /// ("J. R. Goldberg", "D Cohen", "J.R.Goldberg").
    static func initialsBefore(_ start: Int, _ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> Int {
        var k = start
        while k > 0, k > start - 3 {
            let w = words[k - 1]
            guard w.text.unicodeScalars.count == 1, w.isCapitalised,
                !["I", "A"].contains(w.text) || s[w.range.upperBound] == ".",
                !isPlatformX(k - 1, words)
            else { break }
            let gap = s[w.range.upperBound..<words[k].range.lowerBound]
            guard gap.count <= 3, gap.allSatisfy({ $0 == " " || $0 == "." }), gap.count >= 1 else { break }
            k -= 1
        }
        return words[k].range.lowerBound
    }

    /// Whether word `i` is the platform X after "on", "via"… ("posted on X. Emre …"), not an initial.
    static func isPlatformX(_ i: Int, _ words: [Redactor.Word]) -> Bool {
        words[i].text == "X" && i > 0 && ["on", "via", "to", "from", "at", "using"].contains(words[i - 1].lower)
    }

    /// A lone given name inside a proper noun: "Star of David", "Marks and Spencer", "Sons of
    /// Abraham" (a capitalised word that is no name, then "of", "and" or "&", then the name).
    static func partOfProperNoun(_ i: Int, _ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> Bool {
        guard i >= 1 else { return false }
        let gap = s[words[i - 1].range.upperBound..<words[i].range.lowerBound]
        var before = i - 1
        if !(gap.contains("&") && gap.allSatisfy { $0 == " " || $0 == "&" }) {
            guard i >= 2, ["of", "and"].contains(words[i - 1].lower) else { return false }
            before = i - 2
        }
        let b = words[before]
        return b.isCapitalised && !isGiven(b.bare) && !isFamily(b.bare) && !titles.contains(b.bare)
            && !cues.contains(b.bare)
            && !b.text.unicodeScalars.allSatisfy { $0.properties.isUppercase }
    }

    /// "Samplewood of Kol Emet Primary School", "Nachum Samplewood of Northgate Rugby Club": a
    /// capitalised run followed by "of" and an organisation's name (ending in School, Club,
    /// Synagogue, Ltd …) is the person who belongs to it.
    static func organisationOfFollows(_ last: Int, _ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> Bool {
        guard last + 2 < words.count, words[last + 1].lower == "of", adjacent(words[last], words[last + 1], s),
            let org = Organisations.name(after: last + 2, words, s)
        else { return false }
        return Organisations.heads.contains(words[org.end].bare)
    }

    /// Whether what follows word `last` marks the words before it as a person: "(the victim)",
    /// "(IP)", "(aged 34)", "(34)", ", the victim,", ", aged 34", ", a teacher at …".
    static func appositiveFollows(_ last: Int, _ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> Bool {
        let after = words[last].range.upperBound
        guard after < s.count, last + 1 < words.count else { return false }
        let gap = makeString(s[after..<words[last + 1].range.lowerBound])
        let next = words[last + 1].lower
        let next2 = last + 2 < words.count ? next + " " + words[last + 2].lower : next
        if gap.hasSuffix("(") || gap == " (" {
            if appositives.contains(next) || appositives.contains(next2) || next == "aged" || next == "age"
                || next == "dob" || next == "born"
            {
                return true
            }
            if next.allSatisfy(\.isNumber), next.count <= 2 { return true }
            return false
        }
        if gap == ", " || gap == "," {
            if next == "aged" || next == "age" { return true }
            if next.allSatisfy(\.isNumber), next.count <= 2, last + 2 < words.count,
                s[words[last + 1].range.upperBound] == ","
            {
                return true
            }
            if ["the", "a", "an", "our", "their", "his", "her"].contains(next), last + 2 < words.count {
                let role = words[last + 2].lower
                if appositives.contains(role) || Organisations.roles.contains(role)
                    || cues.contains(role) && !weakCues.contains(role)
                {
                    return true
                }
            }
            if appositives.contains(next) { return true }
        }
        return false
    }

    /// Whether an address begins at word `index`, after a comma or "at" ("at number 29", ", number
    /// 67 Upper Park Road", "at 106a Leicester Road", "next door at no 4").
    static func addressFollows(_ index: Int, _ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> Bool {
        var k = index
        if k < words.count, ["at", "of", "from"].contains(words[k].lower) { k += 1 }
        if k < words.count, ["number", "no"].contains(words[k].lower) { k += 1 }
        guard k > index || (index < words.count && index > 0 && s[words[index - 1].range.upperBound] == ","),
            k < words.count, let first = words[k].text.unicodeScalars.first
        else { return false }
        return Patterns.isDigit(first) && words[k].text.count <= 5
    }

    /// A family's or household's surname: "the Klein family", "the Cohen-Levi household", "the
    /// Goldfarb residence" (not "the Jewish family", "the Royal family", a place's name).
    static func households(_ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        guard words.count >= 3 else { return out }
        for i in 0..<(words.count - 2) where words[i].lower == "the" {
            let name = words[i + 1]
            guard name.isCapitalised, ["family", "families", "household", "residence"].contains(words[i + 2].lower),
                !englishWords.contains(name.bare), !commonLower.contains(name.bare), !notNames.contains(name.bare),
                !Redactor.stopWords.contains(name.bare), !titles.contains(name.bare), !isPlace(name.text),
                place(startingAt: i + 1, words, s) == nil
            else { continue }
            out.append(name.range)
        }
        // A family by its surname in the plural: "the Benjamins", "the Cohens' front door", "the
        // Evanses". Not an ordinary word's plural ("the Greens", "the Browns"), a people's or a
        // public family's ("the Rothschilds"), unless an address follows it ("the Hislops at number
        // 29", "the Marshs, number 67 …"): a household, whatever its name.
        for i in 0..<(words.count - 1) where words[i].lower == "the" {
            let name = words[i + 1], lower = name.lower
            guard name.isCapitalised, lower.count >= 4, lower.hasSuffix("s"), !lower.hasSuffix("ss"),
                !lower.contains("'"), !lower.contains("’"), !out.contains(name.range)
            else { continue }
            var stems = [String(lower.dropLast())]
            if ["ses", "zes", "xes", "shes", "ches"].contains(where: { lower.hasSuffix($0) }) {
                stems.append(String(lower.dropLast(2)))
            }
            let notAName =
                englishWords.contains(lower) || notNames.contains(lower) || publicNames.contains(lower)
                || isPlace(name.text) || stems.contains { isPlace(String(name.text.prefix($0.count))) }
            guard !notAName else { continue }
            let known = stems.contains {
                surnames.contains($0) && !englishWords.contains($0) && !notNames.contains($0)
                    && !publicNames.contains($0)
            }
            let unknown = stems.allSatisfy {
                !englishWords.contains($0) && !commonLower.contains($0) && !notNames.contains($0)
                    && !publicNames.contains($0) && !placeWords.contains($0)
            }
            guard known || (unknown && addressFollows(i + 2, words, s)) else { continue }
            out.append(name.range)
        }
        return out
    }

    /// A surname after initials: written with full stops anywhere ("S. Ozer", "T.J. Mahoney",
    /// "Rabbi M. Y. Gutnick", "2) L. Mbeki"), or without them after a strong cue ("Victim: J
    /// Kaufman"). Not "the U.S. Embassy", not a place, an institution or an ordinary word, not a
    /// longer proper noun's start ("A. B. Smith Ltd" is left to the organisations).
    static func initialled(_ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        func isInitial(_ w: Redactor.Word) -> Bool {
            w.text.unicodeScalars.count == 1 && ("A"..."Z").contains(w.text.unicodeScalars.first!)
        }
        var i = 0
        while i < words.count {
            guard isInitial(words[i]), i == 0 || (words[i - 1].lower != "the" && !isInitial(words[i - 1])),
                !isPlatformX(i, words)
            else {
                i += 1
                continue
            }
            var j = i, dotted = false
            while j < words.count, j < i + 3, isInitial(words[j]), j + 1 < words.count {
                let gap = s[words[j].range.upperBound..<words[j + 1].range.lowerBound]
                guard (1...2).contains(gap.count), gap.allSatisfy({ $0 == "." || $0 == " " }) else { break }
                if gap.contains(".") { dotted = true }
                j += 1
            }
            guard j > i, j < words.count, !isInitial(words[j]) else { i += 1; continue }
            let surname = words[j], b = surname.bare
            let cue =
                i > 0
                && (titles.contains(words[i - 1].bare)
                    || (cues.contains(words[i - 1].bare) && !weakCues.contains(words[i - 1].bare)))
            let followedByProperNoun =
                j + 1 < words.count && words[j + 1].isCapitalised && adjacent(surname, words[j + 1], s)
            if dotted || cue, surname.isCapitalised, isCapitalisedName(surname), b.unicodeScalars.count >= 2,
                !Redactor.stopWords.contains(b), !englishWords.contains(b) || isSurname(surname),
                !commonLower.contains(b), !titles.contains(b), !Organisations.heads.contains(b), !isPlace(surname.text),
                !followedByProperNoun || isSurname(words[j + 1])
            {
                out.append(words[i].range.lowerBound..<surname.range.upperBound)
                i = j + 1
                continue
            }
            i += 1
        }
        return out
    }

    /// The value of a form's name field, in any case: "VIC: okonkwo chukwuemeka / M / 45",
    /// "name: li xiaoming;", "Victim: MCGREGOR-LEVI, HAMISH." (surname first). The words after the
    /// field's name and a colon or "=", up to other punctuation, unless they describe rather than
    /// name ("Victim: male, 40s", "IP: Jewish student", "Witness: declined").
    static func formFields(_ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let fields: Set<String> = [
            "victim", "vic", "name", "complainant", "ip", "witness", "reporter", "informant", "caller", "aggrieved",
        ]
        for (i, w) in words.enumerated() where fields.contains(w.lower) && i + 1 < words.count {
            let gap = s[w.range.upperBound..<words[i + 1].range.lowerBound]
            guard gap.contains(where: { $0 == ":" || $0 == "=" }), gap.allSatisfy({ " :=".unicodeScalars.contains($0) })
            else { continue }
            var j = i + 1
            while j + 1 < words.count, j < i + 4, adjacent(words[j], words[j + 1], s) { j += 1 }
            // "MCGREGOR-LEVI, HAMISH": a comma, then one word that ends the field.
            if j + 1 < words.count,
                s[words[j].range.upperBound..<words[j + 1].range.lowerBound].elementsEqual([",", " "]),
                j + 2 >= words.count || !adjacent(words[j + 1], words[j + 2], s)
            {
                j += 1
            }
            let run = words[(i + 1)...j]
            guard
                run.allSatisfy({ r in
                    r.text.unicodeScalars.allSatisfy {
                        $0.properties.isAlphabetic || $0 == "-" || $0 == "'" || $0 == "’"
                    }
                        && r.text.unicodeScalars.count >= 2 && !Redactor.stopWords.contains(r.bare)
                        && !notNames.contains(r.bare) && !commonLower.contains(r.bare)
                        && !narrativeVerbs.contains(r.bare)
                        && !logWords.contains(r.bare) && !describers.contains(r.bare) && !titles.contains(r.bare)
                        && !isPlace(r.text)
                })
            else { continue }
            out.append(words[i + 1].range.lowerBound..<words[j].range.upperBound)
        }
        return out
    }

    /// Words that describe a person rather than name them.
    static let describers: Set<String> = [
        "anonymous", "declined", "withheld", "refused", "adult", "juvenile", "minor", "elderly", "young", "old",
        "teenager", "teenagers", "teen", "youth", "youths", "child", "children", "pupil", "student", "students",
        "resident", "member", "members", "public", "unknown", "unnamed", "not", "given", "stated", "provided",
    ]

    /// Names written in a script other than the Latin alphabet ("יוסף לוי", "محمد علي", "张伟",
    /// "Олена Шевченко"): in an English account, a run of such words is a name or words the
    /// police could not read; either way it does not go.
    static func otherScripts(_ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> [Range<Int>] {
        func otherScript(_ w: Redactor.Word) -> Bool {
            // Cyrillic, Armenian and Greek have capitals: a lower-case word there is no name ("ты
            // жидовка" is the abuse itself).
            if let first = w.text.unicodeScalars.first, (0x0370...0x058F).contains(first.value),
                first.properties.isLowercase
            {
                return false
            }
            return w.text.unicodeScalars.contains { c in
                c.value >= 0x0400 && !(0x1E00...0x1EFF).contains(c.value) && c.properties.isAlphabetic
            }
        }
        var out: [Range<Int>] = []
        var i = 0
        while i < words.count {
            guard otherScript(words[i]) else { i += 1; continue }
            var j = i
            while j + 1 < words.count, otherScript(words[j + 1]), adjacent(words[j], words[j + 1], s) { j += 1 }
            out.append(words[i].range.lowerBound..<words[j].range.upperBound)
            i = j + 1
        }
        return out
    }

    /// Names marked by letters English does not use but other languages' names do ("Gülşen
    /// Aydoğan", "Zdeněk Dvořák", "Jurgita Petrauskienė", "Ó Súilleabháin"): a capitalised word
    /// with such a letter that is no place in the gazetteer, with the capitalised words written
    /// next to it (up to two before and two after). Letters common in English loanwords (é, è, ê,
    /// à, ç, ï, ô) mark nothing ("café", "née", "façade").
    static func marked(_ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> [Range<Int>] {
        func isMarked(_ w: Redactor.Word) -> Bool {
            w.isCapitalised && w.text.unicodeScalars.contains { nameMarks.contains($0) }
                && !notNames.contains(w.bare) && !isPlace(w.text)
        }
        func joins(_ w: Redactor.Word) -> Bool {
            (w.isCapitalised || particles.contains(w.lower)) && !notNames.contains(w.bare)
                && !Redactor.stopWords.contains(w.lower) && !Patterns.streetTypes.contains(w.lower)
                && !titles.contains(w.lower)
        }
        var out: [Range<Int>] = []
        var i = 0
        while i < words.count {
            guard isMarked(words[i]) else { i += 1; continue }
            var first = i, last = i
            while first > 0, first > i - 2, joins(words[first - 1]), adjacent(words[first - 1], words[first], s) {
                first -= 1
            }
            while last + 1 < words.count, last < i + 2, joins(words[last + 1]) || isMarked(words[last + 1]),
                adjacent(words[last], words[last + 1], s)
            {
                last += 1
            }
            // A particle never ends the name ("Ó Súilleabháin of …" keeps "of").
            while last > i, particles.contains(words[last].lower) { last -= 1 }
            out.append(words[first].range.lowerBound..<words[last].range.upperBound)
            i = last + 1
        }
        return out
    }

    /// Letters that mark a word as a name from another language in an English account.
    static let nameMarks: Set<Unicode.Scalar> = Set(
        "ąćęłńśźżĄĆĘŁŃŚŹŻčďěňřšťůžČĎĚŇŘŠŤŮŽğışİŞĞőűŐŰėįųūĖĮŲŪāēīōĀĒĪŌñÑãõÃÕøØåÅæÆßđĐăâțșĂȚȘáíóúýÁÍÓÚÝ"
            .unicodeScalars)

    /// Words that go with names already found: a nickname in quotes or brackets between a given
    /// name and a surname ("Jonathan 'Yoni' Abrahams", "Shimmy (Shimon) Katzenellenbogen"), and
    /// the given names listed before a shared surname ("Sam, Dan & Ben Rosenthal", "Grace, Faith
    /// and Joy Adeyemi").
    static func besideNames(_ names: [Range<Int>], _ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let sorted = names.sorted { $0.lowerBound < $1.lowerBound }
        let quotes: Set<Unicode.Scalar> = ["'", "\"", "‘", "’", "“", "”", "(", ")"]
        for (a, b) in zip(sorted, sorted.dropFirst()) where b.lowerBound - a.upperBound <= 40 {
            let inner = words.filter { $0.range.lowerBound >= a.upperBound && $0.range.upperBound <= b.lowerBound }
            guard inner.count == 1, let w = inner.first, w.isCapitalised else { continue }
            let before = s[a.upperBound..<w.range.lowerBound], after = s[w.range.upperBound..<b.lowerBound]
            if before.contains(where: { quotes.contains($0) }), after.contains(where: { quotes.contains($0) }),
                (before + after).allSatisfy({ quotes.contains($0) || $0 == " " }), before.count <= 2, after.count <= 2
            {
                out.append(w.range)
            }
        }
        for name in sorted {
            guard var k = words.firstIndex(where: { $0.range.lowerBound == name.lowerBound }) else { continue }
            // Walk back over "X, " / "X and " / "X & " while X is a given name.
            while k >= 1 {
                let gapStart = k - 1
                var prev = gapStart
                if words[prev].lower == "and", prev >= 1 { prev -= 1 }
                let w = words[prev]
                let gap = s[w.range.upperBound..<words[k].range.lowerBound]
                let joined =
                    (prev == gapStart && (gap.elementsEqual([",", " "]) || gap.elementsEqual([" ", "&", " "])))
                    || (prev == gapStart - 1
                        && s[w.range.upperBound..<words[gapStart].range.lowerBound].allSatisfy {
                            $0 == " " || $0 == ","
                        })
                guard joined, w.isCapitalised, isGiven(w.bare) || ambiguous.contains(w.bare),
                    // "go back to Israel, [NAME]": a country, a faith or a trope is nobody's name.
                    !commonLower.contains(w.bare), !notNames.contains(w.bare),
                    !out.contains(where: { $0.overlaps(w.range) }), !names.contains(where: { $0.overlaps(w.range) })
                else { break }
                out.append(w.range)
                k = prev
                if k == 0 { break }
            }
        }
        return out
    }
}

extension Names {
    /// A nickname in brackets just after a name: "Nechama Dina (Nechi)", "Gavriel Amsel (Gavi),
    /// 19": one or two capitalised words that are no ordinary word, people, faith or place ("(Muslim,
    /// a witness)", "(Jamaican-Jewish)", "(Kinloss)" after a synagogue stay).
    static func bracketedNicknames(_ names: [Range<Int>], _ words: [Redactor.Word], _ s: [Unicode.Scalar])
        -> [Range<Int>]
    {
        var out: [Range<Int>] = []
        for name in names {
            var i = name.upperBound
            if i + 1 < s.count, s[i] == "'" || s[i] == "’", s[i + 1] == "s" { continue }
            while i < s.count, s[i] == " " { i += 1 }
            guard i < s.count, s[i] == "(", i - name.upperBound <= 1,
                let first = words.firstIndex(where: { $0.range.lowerBound == i + 1 })
            else { continue }
            var last = first
            if last + 1 < words.count, adjacent(words[last], words[last + 1], s) { last += 1 }
            let close = words[last].range.upperBound
            guard close < s.count, s[close] == ")" else {
                // one word only, then ")"
                let end = words[first].range.upperBound
                guard end < s.count, s[end] == ")", nickname(words[first]) else { continue }
                out.append(words[first].range)
                continue
            }
            guard (first...last).allSatisfy({ nickname(words[$0]) }) else { continue }
            out.append(words[first].range.lowerBound..<close)
        }
        return out
    }

    static func nickname(_ w: Redactor.Word) -> Bool {
        w.isCapitalised && w.text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "'" || $0 == "’" }
            && w.text.unicodeScalars.count >= 2 && !englishWords.contains(w.bare) && !commonLower.contains(w.bare)
            && !notNames.contains(w.bare) && !Redactor.stopWords.contains(w.bare) && !placeWords.contains(w.bare)
            && !titles.contains(w.bare) && !Organisations.roles.contains(w.bare) && !isPlace(w.text)
            && !w.text.unicodeScalars.dropFirst().allSatisfy { $0.properties.isUppercase }
    }
}
