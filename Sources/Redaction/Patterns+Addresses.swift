// Street addresses: a house or flat number with its street, a flat or a house's name after a cue
// ("lives at", "address:"), and the words of streets they are read with.
extension Patterns {
    static let streetTypes: Set<String> = commonStreetTypes.union([
        // and the rest of the suffixes Royal Mail addresses use
        "villas", "villa", "mount", "approach", "boulevard", "chase", "croft", "fields", "glade", "heights",
        "meadow", "meadows", "orchard", "passage", "quay", "ridge", "circus", "embankment", "broadway", "buildings",
        "cottages", "mansions", "wynd", "brae", "loan", "path", "hollow", "nook", "paddock", "pastures", "dene",
        "garth", "leys", "spur", "copse", "grange", "lawn", "lawns", "mead", "precinct", "promenade", "quadrant",
        "terr", "crt", "cl", "gr", "cresc", "pde", "hts", "common", "lanes",
    ])
    /// Welsh kinds of street, written before the street's name ("Heol y Coed", "Ffordd Glyndwr").
    static let welshStreetKinds: Set<String> = [
        "heol", "ffordd", "stryd", "lon", "lôn", "rhodfa", "cilgant", "teras", "clos", "llwyn", "maes",
    ]
    /// The last words of named blocks of flats ("Arkwright Mansions", "Hillside Court").
    static let buildingTypes: Set<String> = [
        "mansions", "house", "court", "lodge", "heights", "tower", "towers", "buildings", "apartments", "point",
        "block", "hall",
    ]
    /// Street types that are no ordinary words of a description, so find an address in lower case too.
    static let lowerCaseSuffixes: Set<String> = [
        "villas", "mansions", "heights", "cottages", "boulevard", "embankment",
    ]
    /// The street types common enough to find an address written all in lower case.
    static let commonStreetTypes: Set<String> = [
        "road", "rd", "street", "st", "lane", "ln", "avenue", "ave", "close", "gardens", "gdns", "drive", "dr", "way",
        "crescent", "cres", "grove", "place", "pl", "terrace", "court", "ct", "hill", "park", "rise", "mews", "square",
        "sq", "walk", "row", "vale", "view", "parade", "green", "end", "gate", "wharf", "yard",
    ]

    /// A house or flat number (12, 12a, Flat 3) followed by one to four capitalised words ending
    /// in a street type ("14 Wykeham Road", "Flat 2, 31 Brent Street").
    static func addresses(_ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for (i, word) in words.enumerated() {
            let t = word.text
            // After "address:" or "home:", a flat, room or unit ("Flat C, 19 Bury New Road",
            // "Room 12, Kingsley Hall"), or a house's name up to the comma ("The Old Rectory,
            // Church Lane", "Rosemount Cottage, Hill Lane").
            if i + 1 < words.count, addressCue(before: i, words, s), !t.first!.isNumber,
                !["no", "number"].contains(word.lower)
            {
                if ["flat", "room", "unit", "apartment", "bungalow", "suite"].contains(word.lower),
                    words[i + 1].text.count <= 3, Names.adjacent(word, words[i + 1], s),
                    // "Flat 9, Arkwright Mansions" is read with its building below; "Unit 3, 14-20 …" here.
                    !words[i + 1].text.allSatisfy(\.isNumber)
                        || (i + 2 < words.count && words[i + 2].text.first?.isNumber == true)
                {
                    out.append(word.range.lowerBound..<words[i + 1].range.upperBound)
                } else if word.isCapitalised, !Names.isPlace(word.text) {
                    var j = i
                    while j + 1 < words.count, j < i + 4, words[j + 1].isCapitalised,
                        Names.adjacent(words[j], words[j + 1], s)
                    {
                        j += 1
                    }
                    if buildingTypes.contains(words[j].lower) || houseNames.contains(words[j].lower) {
                        out.append(word.range.lowerBound..<words[j].range.upperBound)
                    }
                }
            }
            // 12, 12a, 12A, 12-14 (a range of numbers)
            guard let first = t.unicodeScalars.first, isDigit(first), t.count <= 7,
                t.unicodeScalars.dropFirst().allSatisfy({ isDigit($0) || isLetter($0) || $0 == "-" }),
                t.unicodeScalars.filter({ isLetter($0) }).count <= 1,
                t.unicodeScalars.filter({ isDigit($0) }).count <= 4 + (t.contains("-") ? 4 : 0)
            else { continue }
            // "Leweston Place (no. 12)", "Leweston Place, no 12": the number after its street.
            if i >= 2, ["no", "number"].contains(words[i - 1].lower), streetTypes.contains(words[i - 2].lower),
                words[i - 2].isCapitalised,
                s[words[i - 2].range.upperBound..<words[i - 1].range.lowerBound].allSatisfy({
                    " (,".unicodeScalars.contains($0)
                })
            {
                out.append(words[i - 1].range.lowerBound..<word.range.upperBound)
                continue
            }
            // "PO Box 2146", "P.O. Box 12": a postal address of its own.
            if i >= 2, words[i - 1].lower == "box" {
                if words[i - 2].lower == "po" {
                    out.append(words[i - 2].range.lowerBound..<word.range.upperBound)
                    continue
                }
                if i >= 3, words[i - 2].lower == "o", words[i - 3].lower == "p" {
                    out.append(words[i - 3].range.lowerBound..<word.range.upperBound)
                    continue
                }
            }
            // Welsh streets put their kind first ("18 Heol Llanishen Fach", "68 Ffordd Glyndwr"):
            // the kind and the capitalised words after it (and "y", "yr", "a'r" inside them).
            if i + 2 < words.count, welshStreetKinds.contains(words[i + 1].lower), words[i + 1].isCapitalised,
                words[i + 2].isCapitalised || ["y", "yr"].contains(words[i + 2].lower)
            {
                var j = i + 2
                while j + 1 < words.count, j < i + 5, words[j + 1].range.lowerBound == words[j].range.upperBound + 1,
                    words[j + 1].isCapitalised || (["y", "yr"].contains(words[j + 1].lower) && j + 2 < words.count)
                { j += 1 }
                out.append(word.range.lowerBound..<words[j].range.upperBound)
                continue
            }
            // "number 73 on Dunstan Road": a house of a street named after "on".
            if i >= 1, i + 3 < words.count, ["no", "number"].contains(words[i - 1].lower),
                ["on", "in"].contains(words[i + 1].lower), words[i + 2].isCapitalised
            {
                var j = i + 2
                while j + 1 < words.count, j < i + 6, !streetTypes.contains(words[j].lower), words[j + 1].isCapitalised
                {
                    j += 1
                }
                if streetTypes.contains(words[j].lower) {
                    // "Cheetham Hill Rd": street words run on.
                    while j + 1 < words.count, words[j + 1].isCapitalised, streetTypes.contains(words[j + 1].lower),
                        Names.adjacent(words[j], words[j + 1], s)
                    { j += 1 }
                    out.append(words[i - 1].range.lowerBound..<words[j].range.upperBound)
                    continue
                }
            }
            // An age, a route, a platform: no house number ("approx 30", "bus 253", "aged 45").
            // ("o/s 14 Fairholt Rd" is outside a house: its "s" is no section.)
            if i >= 1, notHouseNumber.contains(words[i - 1].lower),
                !(words[i - 1].lower == "s" && i >= 2 && words[i - 2].lower == "o")
            {
                continue
            }
            var start = word.range.lowerBound
            // "No. 14 Princes Park Mansions", "number 9": the word before the number goes with it.
            var numbered = i
            if i >= 1, ["no", "number"].contains(words[i - 1].lower) {
                start = words[i - 1].range.lowerBound
                numbered = i - 1
            }
            // After "lives at", "address:", "c/o" the number and the words that run on from it
            // are the address, whatever they end in ("lives at 27 Clapton Common", "at no 12").
            if addressCue(before: numbered, words, s) {
                var j = i + 1
                while j < words.count, j <= i + 4,
                    s[words[j - 1].range.upperBound..<words[j].range.lowerBound].allSatisfy({ $0 == " " }),
                    !words[j].text.contains(where: \.isNumber),  // "… Avenue NW11 0DA": the postcode is its own
                    !Redactor.stopWords.contains(words[j].lower)
                        || (words[j].lower == "the" && j == i + 1 && j + 1 < words.count && words[j + 1].isCapitalised)
                { j += 1 }
                out.append(start..<words[j - 1].range.upperBound)
                continue
            }
            if numbered < i {
                // a numbered building or street is looked for below, from "No"
            } else if i >= 2, ["flat", "apartment", "unit", "no", "suite", "room"].contains(words[i - 2].lower),
                words[i - 1].text.first?.isNumber == true
                    // "Flat B, 12 Leicester Road"
                    || (words[i - 1].text.count == 1 && words[i - 1].isCapitalised && words[i - 2].lower != "no")
            {
                start = words[i - 2].range.lowerBound
            } else if i >= 1, ["flat", "apartment", "unit", "room"].contains(words[i - 1].lower),
                // "Basement flat, 61 Lordship Park": after a comma the number is the street's.
                !s[words[i - 1].range.upperBound..<word.range.lowerBound].contains(",")
            {
                // "Flat 9, Arkwright Mansions": a flat in a named building is an address too.
                if ["flat", "apartment", "unit", "room"].contains(words[i - 1].lower),
                    i + 1 < words.count,
                    words[i + 1].isCapitalised,
                    s[word.range.upperBound..<words[i + 1].range.lowerBound].allSatisfy({ $0 == "," || $0 == " " })
                {
                    var j = i + 1
                    while j < words.count, j <= i + 4, words[j].isCapitalised,
                        j == i + 1 || words[j].range.lowerBound == words[j - 1].range.upperBound + 1
                    {
                        if buildingTypes.contains(words[j].lower), j > i + 1 {
                            out.append(words[i - 1].range.lowerBound..<words[j].range.upperBound); break
                        }
                        j += 1
                    }
                }
                continue  // "Flat 3" alone is claimed with the street number that follows
            }
            var j = i + 1
            while j < words.count && j <= i + 4 && words[j].isCapitalised {
                // A street of one word that ends in "way" ("6 Kingsway", "90 Broadway", "12 The Ridgeway").
                let wayStreet = words[j].lower.hasSuffix("way") && words[j].lower.count >= 6
                if (streetTypes.contains(words[j].lower) && j > i + 1) || wayStreet {
                    // "Hollins Park Crescent", "Green Lane Villas": street words run on, joined by one space.
                    while j + 1 < words.count, j + 1 <= i + 5, words[j + 1].isCapitalised,
                        streetTypes.contains(words[j + 1].lower),
                        words[j + 1].range.lowerBound == words[j].range.upperBound + 1,
                        s[words[j].range.upperBound] == " "
                    { j += 1 }
                    out.append(start..<words[j].range.upperBound)
                    break
                }
                j += 1
            }
            // Written in lower case: one or two words then a street type ("14 wykeham road"),
            // none of them an ordinary function word.
            if (out.last?.upperBound ?? -1) < word.range.upperBound, j == i + 1, i + 2 < words.count {
                for k in (i + 2)...min(i + 3, words.count - 1)
                where (commonStreetTypes.contains(words[k].lower) || lowerCaseSuffixes.contains(words[k].lower))
                    && words[k].lower.count > 2
                {
                    let between = words[(i + 1)..<k]
                    if between.allSatisfy({
                        !Redactor.stopWords.contains($0.lower) && !$0.text.contains(where: \.isNumber)
                            && !prepositions.contains($0.lower)
                            && !streetTypes.contains($0.lower)
                    }),
                        ((i + 1)...k).allSatisfy({
                            words[$0].range.lowerBound == words[$0 - 1].range.upperBound + 1
                                && s[words[$0 - 1].range.upperBound] == " "
                        })
                    {
                        out.append(start..<words[k].range.upperBound)
                        break
                    }
                }
            }
        }
        // Readings that overlap are one address: "Flat 3" read after "Home:" and "Flat 3, 47 Bury
        // Old Road" read from its house number (the first alone left the house and the street).
        var merged: [Range<Int>] = []
        for r in out.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, r.lowerBound < last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        return merged
    }

    /// The last words of houses' names ("The Old Rectory", "Rosemount Cottage").
    static let houseNames: Set<String> = [
        "rectory", "vicarage", "cottage", "farm", "farmhouse", "barn", "manor", "villa", "bungalow", "grange", "mill",
        "lodge", "house", "hall", "residence", "halls",
    ]

    /// Words before a number that make it no house number.
    static let notHouseNumber: Set<String> = [
        "approx", "approximately", "aged", "age", "about", "around", "bus", "route", "platform", "junction", "jct",
        "year", "years", "yr", "yrs", "gate", "ward", "page", "section", "s",
    ]
    /// Words of place that stand between a number and a street's kind without being the street's
    /// name ("approx 30 outside park").
    static let prepositions: Set<String> = [
        "outside", "near", "inside", "opposite", "behind", "beside", "along", "past", "towards", "toward", "around",
        "round", "into", "onto", "off", "through", "across", "via",
    ]

    /// Verbs of where someone lives, before "at" an address.
    static let dwelling: Set<String> = ["lives", "live", "living", "resides", "reside", "residing", "stays", "staying"]

    /// Whether the words before `index` say that an address follows: "lives at", "living @",
    /// "resides at", "address:", "address is", "home address", "home:", "c/o", "delivered to".
    static func addressCue(before index: Int, _ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> Bool {
        guard index >= 1 else { return false }
        let previous = words[index - 1], gap = s[previous.range.upperBound..<words[index].range.lowerBound]
        let twoBack = index >= 2 ? words[index - 2].lower : ""
        if dwelling.contains(previous.lower) && gap.contains("@") { return true }
        switch previous.lower {
        case "at": return dwelling.contains(twoBack)
        case "address": return true
        case "home": return gap.contains(":")
        case "is": return twoBack == "address" || twoBack == "number"
        case "o": return twoBack == "c" && s[words[index - 2].range.upperBound] == "/"
        case "to": return twoBack == "delivered"
        default: return false
        }
    }
}
