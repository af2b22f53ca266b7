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
}
