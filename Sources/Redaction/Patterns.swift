/// The pattern rules of `Redactor` (everything but names), over unicode scalars.
enum Patterns {
    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
    static func isUpper(_ c: Unicode.Scalar) -> Bool { ("A"..."Z").contains(c) }
    static func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
    static func isAlnum(_ c: Unicode.Scalar) -> Bool { isDigit(c) || isLetter(c) }

    static func emails(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for (at, c) in s.enumerated() where c == "@" {
            var a = at
            while a > 0 && (isAlnum(s[a - 1]) || "._%+-".unicodeScalars.contains(s[a - 1])) { a -= 1 }
            var b = at + 1
            while b < s.count && (isAlnum(s[b]) || s[b] == "." || s[b] == "-") { b += 1 }
            while b > at + 1 && s[b - 1] == "." { b -= 1 }
            guard a < at, b > at + 1, s[(at + 1)..<b].contains(".") else { continue }
            out.append(a..<b)
        }
        return out
    }

    static func handles(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        /// Whether `c` may stand in an account name.
        func inHandle(_ c: Unicode.Scalar) -> Bool { isAlnum(c) || c == "_" || c == "." }
        /// Whether the name at `range` looks like an account's rather than a word: an underscore, a
        /// dot inside it, or letters and digits together.
        func handleLike(_ range: Range<Int>) -> Bool {
            let name = s[range]
            return name.contains("_") || name.dropLast().dropFirst().contains(".")
                || (name.contains(where: isDigit) && name.contains(where: isLetter))
        }
        for (at, c) in s.enumerated() {
            // Discord's "name#1234": the name and its four digits.
            if c == "#", at > 0, isAlnum(s[at - 1]), at + 4 < s.count, s[(at + 1)...(at + 4)].allSatisfy(isDigit),
                at + 5 >= s.count || !isAlnum(s[at + 5])
            {
                var a = at
                while a > 0, inHandle(s[a - 1]) { a -= 1 }
                out.append(a..<(at + 5))
            }
            // A chat log's "<nick_name>" and a message's "nick.name:" at the start of a line.
            if c == "<" {
                var b = at + 1
                while b < s.count, inHandle(s[b]) { b += 1 }
                if b < s.count, s[b] == ">", b - at - 1 >= 3, handleLike((at + 1)..<b) { out.append(at..<(b + 1)) }
            }
            if c == ":", at > 0, inHandle(s[at - 1]) {
                var a = at
                while a > 0, inHandle(s[a - 1]) { a -= 1 }
                var before = a
                while before > 0, s[before - 1] == " " { before -= 1 }
                if before == 0 || s[before - 1] == "\n", at - a >= 3, handleLike(a..<at) { out.append(a..<at) }
            }
        }
        // Reddit's "u/name" (and "r/" is a forum, not a person).
        for (at, c) in s.enumerated() where c == "u" && at + 1 < s.count && s[at + 1] == "/" {
            if at > 0 && (isAlnum(s[at - 1]) || s[at - 1] == "/") { continue }
            var b = at + 2
            while b < s.count && (isAlnum(s[b]) || s[b] == "_" || s[b] == "-") { b += 1 }
            if b - at >= 5 { out.append(at..<b) }
        }
        for (at, c) in s.enumerated() where c == "@" || c == "＠" {
            if at > 0 && (isAlnum(s[at - 1]) || s[at - 1] == ".") { continue }  // part of an e-mail address
            var b = at + 1
            // "@ hope.bishop.writes": a space after the @ before a name with a dot or underscore.
            if b + 1 < s.count, s[b] == " ", isAlnum(s[b + 1]) {
                var e = b + 1
                while e < s.count
                    && (isAlnum(s[e]) || s[e] == "_" || (s[e] == "." && e + 1 < s.count && isAlnum(s[e + 1])))
                { e += 1 }
                if s[(b + 1)..<e].contains(where: { $0 == "." || $0 == "_" }) { out.append(at..<e); continue }
            }
            while b < s.count && (isAlnum(s[b]) || s[b] == "_" || (s[b] == "." && b + 1 < s.count && isAlnum(s[b + 1])))
            { b += 1 }
            if b - at >= 3 { out.append(at..<b) }
        }
        return out
    }

    /// Account names written without their @ after "user", "account", "username", "handle":
    /// a word with an underscore, or letters and digits together ("jew_hater_88", "zionwatch1").
    static func bareHandles(_ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let cues: Set<String> = [
            "user", "username", "account", "handle", "profile", "channel", "gamertag", "alias", "id", "screenname",
            "usernames", "accounts", "insta", "instagram", "tiktok", "snapchat", "snap", "skype", "telegram", "twitter",
            "threads", "bluesky", "discord", "reddit",
        ]
        for (i, w) in words.enumerated() where i + 1 < words.count && cues.contains(w.lower) {
            var j = i + 1
            if ["name", "called", "named", "is", "was", "as"].contains(words[j].lower), j + 1 < words.count { j += 1 }
            // The account name may carry underscores and dots, which split words: take the run.
            let start = words[j].range.lowerBound
            var end = start
            while end < s.count,
                isAlnum(s[end]) || s[end] == "_" || (s[end] == "." && end + 1 < s.count && isAlnum(s[end + 1]))
            { end += 1 }
            let token = s[start..<end]
            // "Profile: https://…": the address's scheme, not an account's name.
            guard token.count >= 3, !(end + 2 < s.count && s[end] == ":" && s[end + 1] == "/" && s[end + 2] == "/")
            else { continue }
            let hasUnderscore = token.contains("_")
            let hasDigit = token.contains(where: isDigit), hasLetter = token.contains(where: isLetter)
            let lowerMixed = token.dropFirst().contains(where: isUpper) && token.contains { ("a"..."z").contains($0) }
            // "shloime.vlogs": a dot inside a lower-case name (not "Mr. Cohen", not a sentence's end).
            let dotted = token.contains(".") && !token.contains(where: isUpper)
            // "Instagram: yitzchokklei", "snap: oferpint": after a platform and a colon, a lower-case name.
            let labelled =
                s[w.range.upperBound..<words[j].range.lowerBound].contains(":") && token.count >= 4
                && !token.contains(where: isUpper) && !Redactor.stopWords.contains(words[j].lower)
                && !Names.commonLower.contains(words[j].lower) && !Names.commonOpeners.contains(words[j].lower)
                && !platformContent.contains(words[j].lower) && !Names.narrativeVerbs.contains(words[j].lower)
                && !["ing", "ed", "ic", "ive", "ous", "tion", "ment", "ful", "ly"].contains(where: {
                    words[j].lower.hasSuffix($0)
                })
            if labelled { out.append(start..<end); continue }
            if hasUnderscore || (hasDigit && hasLetter) || lowerMixed || dotted { out.append(start..<end) }
        }
        return out
    }

    /// What follows a platform's name and a colon when it is the account's content, not its name
    /// ("Twitter: abuse was posted", "Instagram: comments under her photo").
    static let platformContent: Set<String> = [
        "abuse", "antisemitic", "comments", "comment", "posts", "post", "messages", "message", "threats", "threat",
        "images", "image", "videos", "video", "photos", "photo", "tweets", "tweet", "replies", "reply", "dms", "dm",
        "account", "accounts", "user", "users", "hate", "content", "slurs", "memes", "meme", "stories", "story",
        "live", "group", "channel", "page", "profile", "swastika", "swastikas", "nazi", "jews", "jewish",
    ]

    /// Two letters, six digits (in pairs, spaces allowed), one letter A–D.
    /// The groups an NI number is written in (AB 12 34 56 C): separators other than spaces count
    /// only between them.
    static let nationalInsuranceGroups = [2, 2, 2, 2, 1]

    static func nationalInsurance(_ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for i in words.indices {
            // The number starts with its two letters: alone ("AB 12 34 56 C") or joined ("AB123456C").
            // "ab-12-34-56-c" is one word, its dashes inside it.
            let dashed = Array(words[i].text.uppercased().unicodeScalars.filter { $0 != "-" })
            if words[i].text.contains("-"), dashed.count == 9, isUpper(dashed[0]), isUpper(dashed[1]),
                dashed[2...7].allSatisfy(isDigit), "ABCD".unicodeScalars.contains(dashed[8]),
                Identifiers.cued(s, before: words[i].range.lowerBound, window: 24, ["ni", "nino", "insurance"])
                    // or dashed in its own groups: "JG-10-37-89-A"
                    || words[i].text.split(separator: "-").map(\.count) == nationalInsuranceGroups
            {
                out.append(words[i].range)
                continue
            }
            let first = words[i].text.utf8
            guard first.count <= 4 || first.count == 8 || first.count == 9, let c0 = first.first,
                (0x41...0x5A).contains(c0) || (0x61...0x7A).contains(c0)
            else { continue }
            // Join up to nine consecutive words separated by single spaces, dashes, dots or slashes,
            // wherever they fall ("ab-12-34-56-c", "A B 1 2 3 4 5 6 C", "KB4 114 48B", "CC07 2630D",
            // "EA/45/47/36/D", "XM.14.37.25.A"). After "NI" or "NINO" a prefix HMRC never issues
            // counts too ("QQ").
            // Dots and slashes separate only the number's own groups ("XM.14.37.25.A"), never a
            // date's ("on 3.4.2024 a").
            var joined = "", lengths: [Int] = [], dotted = false
            for j in i..<min(i + 9, words.count) {
                if j > i
                    && (words[j].range.lowerBound != words[j - 1].range.upperBound + 1
                        || !" -./".unicodeScalars.contains(s[words[j - 1].range.upperBound]))
                {
                    break
                }
                if j > i, "./".unicodeScalars.contains(s[words[j - 1].range.upperBound]) { dotted = true }
                joined += words[j].text.uppercased()
                lengths.append(words[j].text.count)
                let c = Array(joined.unicodeScalars)
                if c.count == 9, !dotted || lengths == nationalInsuranceGroups, isUpper(c[0]), isUpper(c[1]),
                    c[2...7].allSatisfy(isDigit),
                    "ABCD".unicodeScalars.contains(c[8]),
                    (!"DFIQUV".unicodeScalars.contains(c[0]) && !"DFIQUVO".unicodeScalars.contains(c[1]))
                        || Identifiers.cued(
                            s, before: words[i].range.lowerBound, window: 24, ["ni", "nino", "insurance"])
                {
                    out.append(words[i].range.lowerBound..<words[j].range.upperBound)
                    break
                }
                if c.count >= 9 { break }
            }
        }
        return out
    }

    /// Full UK postcodes: outward code (A9, A99, AA9, AA99, A9A, AA9A), a space (or none), inward 9AA.
    static func postcodes(_ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        func outward(_ w: String) -> Bool {
            let c = Array(w.uppercased().unicodeScalars)
            guard (2...4).contains(c.count), isUpper(c[0]) else { return false }
            let rest = c.dropFirst(isUpper(c[1]) ? 2 : 1)
            guard let first = rest.first, isDigit(first) else { return false }
            return rest.dropFirst().allSatisfy { isDigit($0) || isUpper($0) } && rest.count <= 2
        }
        func inward(_ w: String) -> Bool {
            let c = Array(w.uppercased().unicodeScalars)
            return c.count == 3 && isDigit(c[0]) && isUpper(c[1]) && isUpper(c[2])
        }
        for (i, word) in words.enumerated() {
            if i + 1 < words.count, outward(word.text), inward(words[i + 1].text),
                words[i + 1].range.lowerBound - word.range.upperBound <= 2
            {
                out.append(word.range.lowerBound..<words[i + 1].range.upperBound)
            } else if (5...7).contains(word.text.count), inward(String(word.text.suffix(3))),
                outward(String(word.text.dropLast(3))),
                word.text.unicodeScalars.contains(where: isDigit),
                word.text == word.text.uppercased() || word.text == word.text.lowercased()
            {
                out.append(word.range)
            }
        }
        return out
    }

    /// UK phone numbers: 0 or +44 then 9–10 more digits, grouped by spaces, dashes, dots or brackets.
    static func phones(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < s.count {
            let startsPlus = s[i] == "+" && i + 2 < s.count && s[i + 1] == "4" && s[i + 2] == "4"
            // "(020) 7946 0018": the bracket belongs to the number only when it closes within the area code.
            let startsBracket =
                s[i] == "(" && i + 1 < s.count && s[i + 1] == "0" && s[(i + 1)..<min(i + 8, s.count)].contains(")")
            // A mobile number written without its trunk 0 ("7700 900555"): 7, then nine more digits.
            let startsMobile = s[i] == "7" && i + 1 < s.count && isDigit(s[i + 1])
            guard s[i] == "0" || startsPlus || startsBracket || startsMobile, i == 0 || !isAlnum(s[i - 1]) else {
                i += 1
                continue
            }
            var j = i, digits = 0, lastDigit = i
            while j < s.count {
                let c = s[j]
                if isDigit(c) {
                    digits += 1; lastDigit = j
                } else if c == " " || c == "-" || c == "." || c == "(" || c == ")" || (c == "+" && j == i)
                    || (c == "/" && digits >= 4 && j + 1 < s.count && isDigit(s[j + 1]))  // "07700/900/821"
                {
                    if c == " " && j + 1 < s.count && s[j + 1] == " " { break }
                    if c == "." && (j + 1 >= s.count || !isDigit(s[j + 1])) { break }
                } else {
                    break
                }
                if digits > 13 { break }
                j += 1
            }
            // "0044 7700 900123": the international prefix written with zeros.
            let startsZeros = s[i] == "0" && i + 3 < s.count && s[i + 1] == "0" && s[i + 2] == "4" && s[i + 3] == "4"
            let needed = startsPlus ? (11...12) : startsZeros ? (13...14) : startsMobile ? (10...10) : (10...11)
            if needed.contains(digits), lastDigit + 1 >= s.count || !isAlnum(s[lastDigit + 1]) {
                let end = extensionEnd(after: lastDigit + 1, s)
                out.append(i..<end)
                i = end
            } else {
                i += 1
            }
        }
        return out
    }

    /// The end of a phone number's extension written after it (" ext. 459", " x81", " (ext 22)",
    /// " extension 3"), or `end` when none follows.
    static func extensionEnd(after end: Int, _ s: [Unicode.Scalar]) -> Int {
        var k = end
        while k < s.count, s[k] == " " || s[k] == "(" || s[k] == "," { k += 1 }
        guard k < s.count, k > end || s[k] == "x" else { return end }
        var letters = ""
        while k < s.count, isLetter(s[k]), letters.count < 9 { letters.unicodeScalars.append(s[k]); k += 1 }
        guard ["x", "ext", "extn", "extension"].contains(letters.lowercased()) else { return end }
        while k < s.count, s[k] == "." || s[k] == " " || s[k] == ":" { k += 1 }
        let digitsStart = k
        while k < s.count, isDigit(s[k]), k - digitsStart < 6 { k += 1 }
        guard k > digitsStart, k >= s.count || !isAlnum(s[k]) else { return end }
        if k < s.count, s[k] == ")", s[end..<digitsStart].contains("(") { k += 1 }
        return k
    }

    /// Numbers abroad: "+" and a country code other than the UK's, then 7 to 13 more digits grouped
    /// by spaces, dashes, dots or brackets ("+972 52 123 4567", "+1 (212) 555-0147").
    static func internationalPhones(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard s[i] == "+", i + 1 < s.count, isDigit(s[i + 1]), s[i + 1] != "0", i == 0 || !isAlnum(s[i - 1]),
                !(i + 2 < s.count && s[i + 1] == "4" && s[i + 2] == "4")
            else { i += 1; continue }
            var j = i + 1, digits = 0, lastDigit = i
            while j < s.count {
                let c = s[j]
                if isDigit(c) {
                    digits += 1; lastDigit = j
                } else if c == " " || c == "-" || c == "." || c == "(" || c == ")" {
                    if j + 1 >= s.count || !(isDigit(s[j + 1]) || s[j + 1] == "(" || (c == ")" && s[j + 1] == " ")) {
                        break
                    }
                } else {
                    break
                }
                if digits > 15 { break }
                j += 1
            }
            if (8...15).contains(digits), lastDigit + 1 >= s.count || !isAlnum(s[lastDigit + 1]) {
                out.append(i..<(lastDigit + 1))
                i = lastDigit + 1
            } else {
                i += 1
            }
        }
        return out
    }

    static let streetTypes: Set<String> = commonStreetTypes.union([
        // and the rest of the suffixes Royal Mail addresses use
        "villas", "villa", "mount", "approach", "boulevard", "chase", "croft", "fields", "glade", "heights",
        "meadow", "meadows", "orchard", "passage", "quay", "ridge", "circus", "embankment", "broadway", "buildings",
        "cottages", "mansions", "wynd", "brae", "loan", "path", "hollow", "nook", "paddock", "pastures", "dene",
        "garth", "leys", "spur", "copse", "grange", "lawn", "lawns", "mead", "precinct", "promenade", "quadrant",
        "terr", "crt", "cl", "gr", "cresc", "pde", "hts", "common", "lanes",
    ])
    /// The two-letter codes of Northern Ireland's registrations (the last two of its three
    /// letters) that no British code shares: those with Z, and OI, UI, XI.
    static let northernIrishCodes: Set<String> = Set(
        "AZ BZ CZ DZ EZ FZ GZ HZ JZ KZ LZ MZ NZ OZ PZ RZ SZ TZ UZ VZ WZ XZ YZ OI UI XI".split(separator: " ").map(
            String.init))
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

    /// Whether "ab12" and "cde" (any case) make a registration of the current (2001) format.
    static func currentFormat(_ front: String, _ back: String) -> Bool {
        let f = Array(front.uppercased().unicodeScalars), b = Array(back.uppercased().unicodeScalars)
        guard f.count == 4, b.count == 3, !"IQZ".unicodeScalars.contains(f[0]), !"IQ".unicodeScalars.contains(f[1]),
            !b.contains(where: { "IQ".unicodeScalars.contains($0) }),
            let age = Int(String(String.UnicodeScalarView(f[2...3])))
        else { return false }
        return (2...29).contains(age) || (51...79).contains(age)
    }

    /// Vehicle registrations: AB12 CDE (2001 on), A123 BCD (1983–2001), ABC 123D (1963–1983).
    static func vehicles(_ words: [Redactor.Word], _ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        func shape(_ w: String) -> String {
            String(w.unicodeScalars.map { isDigit($0) ? "9" : isUpper($0) ? "A" : isLetter($0) ? "a" : "?" })
        }
        let pairs: Set<String> = ["AA99 AAA", "A999 AAA", "A99 AAA", "A9 AAA", "AAA 999A", "AAA 99A", "AAA 9A"]
        let joined: Set<String> = ["AA99AAA", "A999AAA", "AAA999A"]
        for (i, word) in words.enumerated() {
            // Irish registrations: year, county and number joined by dashes ("162-G-98521", "12-D-3").
            let dashed = word.text.split(separator: "-", omittingEmptySubsequences: false)
            if dashed.count == 3, (2...3).contains(dashed[0].count),
                dashed[0].allSatisfy({ $0.isASCII && $0.isNumber }),
                (1...2).contains(dashed[1].count), dashed[1].allSatisfy({ $0.isASCII && $0.isUppercase }),
                (1...6).contains(dashed[2].count), dashed[2].allSatisfy({ $0.isASCII && $0.isNumber })
            {
                out.append(word.range)
                continue
            }
            // Northern Ireland's ("FFZ 9047", "AXI 123"): three capitals ending in one of its
            // codes with Z or I, then up to four digits that are not a year, with no cue needed.
            if i + 1 < words.count, words[i + 1].range.lowerBound == word.range.upperBound + 1,
                shape(word.text) == "AAA", (1...4).contains(words[i + 1].text.count),
                words[i + 1].text.allSatisfy({ $0.isASCII && $0.isNumber }),
                northernIrishCodes.contains(String(word.text.suffix(2))),
                !(words[i + 1].text.count == 4 && ["19", "20"].contains(String(words[i + 1].text.prefix(2))))
            {
                out.append(word.range.lowerBound..<words[i + 1].range.upperBound)
                continue
            }
            // Two to seven letters and digits, starting with a capital: the only words worth shaping;
            // in lower case too right after "reg", "registration", "VRM", "plate" ("reg ab12 cde").
            guard word.text.utf8.count <= 7, let f = word.text.unicodeScalars.first else { continue }
            let cued =
                i > 0
                && [
                    "reg", "registration", "vrm", "plate", "plates", "numberplate", "index", "reg.", "registered",
                    "vehicle", "no",
                ]
                .contains(words[i - 1].lower)
            // The current format in lower case without a cue ("wg23 uut"): two letters of the
            // memory tag (never I, Q or Z first), a real age identifier (02–29 March, 51–79
            // September) and three letters without I or Q.
            if !isUpper(f), !cued, i + 1 < words.count, words[i + 1].range.lowerBound == word.range.upperBound + 1,
                shape(word.text) + " " + shape(words[i + 1].text) == "aa99 aaa",
                currentFormat(word.text, words[i + 1].text)
            {
                out.append(word.range.lowerBound..<words[i + 1].range.upperBound)
                continue
            }
            if !isUpper(f), !cued, shape(word.text) == "aa99aaa",
                currentFormat(String(word.text.prefix(4)), String(word.text.suffix(3)))
            {
                out.append(word.range)
                continue
            }
            guard isUpper(f) || (cued && isLetter(f)) else { continue }
            if cued && !isUpper(f) {
                let upper = word.text.uppercased(), next = i + 1 < words.count ? words[i + 1].text.uppercased() : ""
                if joined.contains(shape(upper)) { out.append(word.range); continue }
                if i + 1 < words.count, words[i + 1].range.lowerBound == word.range.upperBound + 1,
                    pairs.contains(shape(upper) + " " + shape(next))
                {
                    out.append(word.range.lowerBound..<words[i + 1].range.upperBound)
                }
                continue
            }
            let a = shape(word.text)
            if joined.contains(a) { out.append(word.range); continue }
            // The current format in three parts ("YA 17 BCD", "MM 63 XYZ"); after a cue, the older
            // formats spaced ("L 123 ABC") and Northern Ireland's ("AXZ 1234").
            if i + 2 < words.count, words[i + 1].range.lowerBound == word.range.upperBound + 1,
                words[i + 2].range.lowerBound == words[i + 1].range.upperBound + 1
            {
                let three = a + " " + shape(words[i + 1].text) + " " + shape(words[i + 2].text)
                if (three == "AA 99 AAA" && currentFormat(word.text + words[i + 1].text, words[i + 2].text))
                    || (cued && three == "A 999 AAA")
                {
                    out.append(word.range.lowerBound..<words[i + 2].range.upperBound)
                    continue
                }
            }
            if cued, i + 1 < words.count, words[i + 1].range.lowerBound == word.range.upperBound + 1,
                ["AAA 9999", "AAA 999"].contains(a + " " + shape(words[i + 1].text))
            {
                out.append(word.range.lowerBound..<words[i + 1].range.upperBound)
                continue
            }
            if i + 1 < words.count, words[i + 1].range.lowerBound == word.range.upperBound + 1,
                pairs.contains(a + " " + shape(words[i + 1].text))
            {
                out.append(word.range.lowerBound..<words[i + 1].range.upperBound)
            }
        }
        return out
    }
}
