extension Identifiers {
    /// House numbers said in words before their street, as a call handler types what a caller
    /// says ("forty-one Ravensdale Road", "a hundred and three Furzehill Road", "flat nine,
    /// twenty-two B Bewick Road", "twelve Stryd Fawr"): from the number (and the flat before it) to
    /// the street's kind. Not a count of things named after a street ("three High Street shops"):
    /// after the street comes punctuation, the end, a capitalised word or a linking word.
    static func spokenAddresses(_ words: [Redactor.Word], _ s: S) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < words.count {
            guard let numberEnd = spokenNumber(words, at: i), numberEnd + 1 < words.count else {
                i += 1
                continue
            }
            // A capitalised number is a street's own word ("Seven Sisters Road", "Nine Elms Lane")
            // unless it opens a sentence or a line, and then not a place's ("Seven Sisters").
            if words[i].isCapitalised {
                let gap = i == 0 ? [] : s[words[i - 1].range.upperBound..<words[i].range.lowerBound]
                let opens = i == 0 || gap.contains { ".!?:\n\"(".unicodeScalars.contains($0) }
                let place = Names.isPlace(
                    String(String.UnicodeScalarView(s[words[i].range.lowerBound..<words[i + 1].range.upperBound])))
                if !opens || place {
                    i += 1
                    continue
                }
            }
            var j = numberEnd + 1
            // The house's letter: "twenty-two B Bewick Road".
            if words[j].text.count == 1, words[j].isCapitalised, j + 1 < words.count, words[j + 1].isCapitalised {
                j += 1
            }
            guard let streetEnd = street(from: j, words, s), afterStreetEndsIt(streetEnd, words, s) else {
                i += 1
                continue
            }
            var start = words[i].range.lowerBound
            // "flat nine, twenty-two …", "flat 2, seven Hoop Lane".
            if i >= 2, ["flat", "apartment", "unit", "room"].contains(words[i - 2].lower),
                spokenNumber(words, at: i - 1) != nil || words[i - 1].text.count <= 3
            {
                start = words[i - 2].range.lowerBound
            } else if i >= 1, ["number", "no"].contains(words[i - 1].lower) {
                start = words[i - 1].range.lowerBound
            }
            out.append(start..<words[streetEnd].range.upperBound)
            i = streetEnd + 1
        }
        return out
    }

    /// The last word of a number said in words at `i` ("twelve", "forty-one", "forty one", "a
    /// hundred and three", "two hundred"), or nil.
    static func spokenNumber(_ words: [Redactor.Word], at i: Int) -> Int? {
        func simple(_ w: String) -> Bool {
            let parts = w.split(separator: "-")
            if parts.count == 2 {
                return tens.contains(String(parts[0])) && numberUnits.contains(String(parts[1]))
            }
            return numberUnits.contains(w) || numberTeens.contains(w) || tens.contains(w)
        }
        var end: Int
        if words[i].lower == "a", i + 1 < words.count, words[i + 1].lower == "hundred" {
            end = i + 1
        } else if simple(words[i].lower) {
            end = i
            // "forty one"
            if tens.contains(words[i].lower), i + 1 < words.count, numberUnits.contains(words[i + 1].lower) {
                end = i + 1
            }
            if end + 1 < words.count, words[end + 1].lower == "hundred", numberUnits.contains(words[i].lower) {
                end += 1
            }
        } else {
            return nil
        }
        // "… hundred and three", "… hundred and forty-one"
        if words[end].lower == "hundred", end + 2 < words.count, words[end + 1].lower == "and",
            simple(words[end + 2].lower)
        {
            end += 2
            if tens.contains(words[end].lower), end + 1 < words.count, numberUnits.contains(words[end + 1].lower) {
                end += 1
            }
        }
        return end
    }

    static let numberUnits: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    static let numberTeens: Set<String> = [
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]

    /// The last word of a street named from word `j`: capitalised words (one to four, one space
    /// apart) up to a street's kind ("Ravensdale Road", "Warrender Park Road"), or a Welsh kind and
    /// the words after it ("Stryd Fawr", "Heol y Coed").
    static func street(from j: Int, _ words: [Redactor.Word], _ s: S) -> Int? {
        guard j < words.count, words[j].isCapitalised else { return nil }
        if Patterns.welshStreetKinds.contains(words[j].lower) {
            var k = j
            while k + 1 < words.count, k < j + 3, Names.adjacent(words[k], words[k + 1], s),
                words[k + 1].isCapitalised || (["y", "yr"].contains(words[k + 1].lower) && k + 2 < words.count)
            { k += 1 }
            return k > j ? k : nil
        }
        var k = j + 1
        while k < words.count, k <= j + 3, words[k].isCapitalised, Names.adjacent(words[k - 1], words[k], s) {
            if Patterns.streetTypes.contains(words[k].lower) {
                // "Hollins Park Crescent": street words run on.
                while k + 1 < words.count, words[k + 1].isCapitalised,
                    Patterns.streetTypes.contains(words[k + 1].lower),
                    Names.adjacent(words[k], words[k + 1], s)
                { k += 1 }
                return k
            }
            k += 1
        }
        return nil
    }

    /// Whether what follows the street at `k` ends the address: the text's end, punctuation, a
    /// capitalised word (the town) or a linking word, not a noun the street describes.
    static func afterStreetEndsIt(_ k: Int, _ words: [Redactor.Word], _ s: S) -> Bool {
        guard k + 1 < words.count else { return true }
        let gap = s[words[k].range.upperBound..<words[k + 1].range.lowerBound]
        if gap.contains(where: { !$0.properties.isWhitespace }) { return true }
        let next = words[k + 1]
        return next.isCapitalised || Redactor.stopWords.contains(next.lower)
            || Patterns.prepositions.contains(next.lower)
            || ["that's", "thats", "in", "near", "by"].contains(next.lower)
    }

    /// A house given by its number alone after a word of place: "the neighbours at number 25",
    /// "mrs Mizrahi from no 43", "outside No. 7". Not "Number 10" (Downing Street), nor a bus, a
    /// route or a platform of that number.
    static func bareHouseNumbers(_ words: [Redactor.Word], _ s: S) -> [Range<Int>] {
        var out: [Range<Int>] = []
        guard words.count >= 3 else { return out }
        for i in 1..<(words.count - 1)
        where ["number", "no", "flat", "apartment", "apt", "room"].contains(words[i].lower) {
            let n = words[i + 1]
            let flat = !["number", "no"].contains(words[i].lower)
            // "(no. 28)": a house in brackets.
            let bracketed = !flat && s[words[i].range.lowerBound - 1] == "("
            guard
                ["at", "from", "outside", "opposite", "to", "of", "near", "beside"].contains(words[i - 1].lower)
                    || (flat && ["is", "in"].contains(words[i - 1].lower)) || bracketed,
                let first = n.text.unicodeScalars.first, isDigit(first), n.text.count <= 4,
                n.text.unicodeScalars.dropFirst().allSatisfy({ isDigit($0) || Patterns.isLetter($0) }),
                !(n.text == "10" && words[i].isCapitalised)
            else { continue }
            if i + 2 < words.count,
                ["bus", "buses", "tram", "route", "platform", "train", "downing"].contains(words[i + 2].lower)
            {
                continue
            }
            out.append(words[i].range.lowerBound..<n.range.upperBound)
        }
        return out
    }

    /// Addresses everyone knows, which are no one's home to keep from the police.
    static func isPublicAddress(_ range: Range<Int>, _ s: S) -> Bool {
        let text = String(String.UnicodeScalarView(s[range])).lowercased()
        return (text.hasSuffix(" downing street") || text.hasSuffix(" downing st")) && text.contains("1")
            && text.filter(\.isNumber).count == 2 && ["10", "11"].contains { text.contains($0) }
    }
}
