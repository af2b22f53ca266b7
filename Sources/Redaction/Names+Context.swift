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
                !["I", "A"].contains(w.text) || s[w.range.upperBound] == "."
            else { break }
            let gap = s[w.range.upperBound..<words[k].range.lowerBound]
            guard gap.count <= 3, gap.allSatisfy({ $0 == " " || $0 == "." }), gap.count >= 1 else { break }
            k -= 1
        }
        return words[k].range.lowerBound
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
        return out
    }
}
