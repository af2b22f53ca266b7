/// Numbers and addresses that identify a person on their own: NHS numbers, passport numbers,
/// driving licence numbers, bank card numbers, IP addresses and URLs of personal profiles; and
/// dates of birth. Each rule works on the text's unicode scalars and accepts the spellings people
/// use: digits grouped by spaces or dashes or run together, upper or lower case.
enum Identifiers {
    typealias S = [Unicode.Scalar]
    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
    static func isAlnum(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) }
        return c.properties.isAlphabetic
    }
    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }

    /// Whether the lower-cased text just before `at` (up to `window` scalars) holds one of `cues`
    /// as a whole word.
    static func cued(_ s: S, before at: Int, window: Int = 40, _ cues: [String]) -> Bool {
        let from = max(0, at - window)
        let text = makeString(s[from..<at]).lowercased()
        let words = text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == ".") }).map { $0.trimmingDots }
        return words.contains { cues.contains($0) }
    }

    /// A run of digits with single separators (space, dash, dot when `dots`) between groups,
    /// starting at `i` (which must not continue a word): its end and its digits.
    static func digitRun(_ s: S, from i: Int, dots: Bool = false, maxDigits: Int = 20) -> (end: Int, digits: [UInt8])? {
        guard i < s.count, isDigit(s[i]), i == 0 || !isAlnum(s[i - 1]) else { return nil }
        var j = i, digits: [UInt8] = [], end = i
        while j < s.count, digits.count <= maxDigits {
            let c = s[j]
            if isDigit(c) { digits.append(UInt8(c.value - 48)); end = j + 1; j += 1; continue }
            if (c == " " || c == "-" || (dots && c == ".")) && j + 1 < s.count && isDigit(s[j + 1]) { j += 1; continue }
            break
        }
        if end < s.count && isAlnum(s[end]) { return nil }
        return (end, digits)
    }

    /// NHS numbers: ten digits (3-3-4 or run together) whose last digit is the modulus-11 check;
    /// or ten digits after "NHS".
    static func nhsNumbers(_ s: S) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < s.count {
            if let run = digitRun(s, from: i), run.digits.count == 10 {
                let d = run.digits.map(Int.init)
                let sum = (0..<9).reduce(0) { $0 + d[$1] * (10 - $1) }
                let check = (11 - sum % 11) % 11
                let valid = check != 10 && check == d[9]
                if valid || cued(s, before: i, ["nhs", "chi", "hcn"]) {
                    out.append(i..<run.end); i = run.end; continue
                }
            }
            i += 1
        }
        return out
    }

    /// Bank card numbers: 13–19 digits (grouped in fours, or run together) that pass the Luhn check.
    static func cardNumbers(_ s: S) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < s.count {
            // A number that fails the checksum still counts after "card" ("card number on form: 4929 …").
            if let run = digitRun(s, from: i), (13...19).contains(run.digits.count),
                luhn(run.digits) || cued(s, before: i, window: 24, ["card", "visa", "mastercard", "debit", "credit"])
            {
                out.append(i..<run.end); i = run.end; continue
            }
            i += 1
        }
        return out
    }

    /// Bank details: a sort code after "sort code" (20-00-00), an account number of eight digits
    /// after "account" or "a/c", and an IBAN (two letters, two digits, eleven to thirty letters
    /// and digits: GB33BUKB20201555555555).
    static func bankDetails(_ words: [Redactor.Word], _ s: S) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for (i, w) in words.enumerated() {
            let t = Array(w.text.unicodeScalars)
            if (15...34).contains(t.count), t[0...1].allSatisfy({ ("A"..."Z").contains($0) }),
                t[2...3].allSatisfy(isDigit), t[4...].allSatisfy({ isDigit($0) || ("A"..."Z").contains($0) })
            {
                out.append(w.range)
                continue
            }
            guard let run = digitRun(s, from: w.range.lowerBound) else { continue }
            if run.digits.count == 6, cued(s, before: w.range.lowerBound, window: 14, ["sort", "code"]) {
                out.append(w.range.lowerBound..<run.end)
            } else if run.digits.count == 8,
                cued(s, before: w.range.lowerBound, window: 16, ["account", "acc", "acct", "a/c", "c"])
            {
                out.append(w.range.lowerBound..<run.end)
            }
        }
        return out
    }

    static func luhn(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (k, d) in digits.reversed().enumerated() {
            var v = Int(d)
            if k % 2 == 1 { v *= 2; if v > 9 { v -= 9 } }
            sum += v
        }
        return sum % 10 == 0
    }

    /// Passport numbers after a cue ("passport", "passport no."): nine digits (UK), or one or two
    /// letters and six to eight digits (other countries), any case, spaces allowed between groups.
    static func passports(_ words: [Redactor.Word], _ s: S) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for (i, w) in words.enumerated() {
            guard w.lower.hasPrefix("passport") else { continue }
            // The number: within the next four words, skipping "no", "number", "is", ":".
            var j = i + 1
            while j < words.count, j <= i + 4,
                ["no", "number", "num", "is", "was", "nr", "no.", "uk", "british", "gb"].contains(words[j].lower)
            { j += 1 }
            guard j < words.count else { continue }
            // Join up to three groups separated by single spaces.
            var joined = "", end = j
            for k in j..<min(j + 3, words.count) {
                if k > j && words[k].range.lowerBound != words[k - 1].range.upperBound + 1 { break }
                joined += words[k].text
                let c = Array(joined.unicodeScalars)
                let letters = c.prefix { isASCIILetter($0) }.count
                if (6...10).contains(c.count), letters <= 2, c.dropFirst(letters).allSatisfy(isDigit),
                    c.count - letters >= 6
                {
                    end = k
                }
                if c.count >= 10 { break }
            }
            let c = Array(words[j...end].map(\.text).joined().unicodeScalars)
            let letters = c.prefix { isASCIILetter($0) }.count
            if (6...10).contains(c.count), letters <= 2, c.count - letters >= 6,
                c.dropFirst(letters).allSatisfy(isDigit)
            {
                out.append(words[j].range.lowerBound..<words[end].range.upperBound)
            }
        }
        return out
    }

    /// UK driving licence numbers: five letters of the surname (padded with 9s), six digits of the
    /// date of birth (the month's tens digit 5 or 6 for women), two initials (9 padding), a digit
    /// and two check letters, with or without spaces, any case: MORGA 753116 SM9 IJ.
    static func drivingLicences(_ s: S) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i + 16 <= s.count {
            guard i == 0 || !isAlnum(s[i - 1]), isASCIILetter(s[i]),
                isDigit(s[i + 5]) || (s[i + 5] == " " && isDigit(s[i + 6]))
            else { i += 1; continue }
            // Read up to 16 significant characters, allowing single spaces.
            var chars: [Unicode.Scalar] = [], j = i, end = i
            while j < s.count, chars.count < 16 {
                let c = s[j]
                if isASCIILetter(c) || isDigit(c) {
                    chars.append(c); end = j + 1; j += 1
                } else if c == " " && j + 1 < s.count && isAlnum(s[j + 1]) && !chars.isEmpty {
                    j += 1
                } else {
                    break
                }
            }
            if chars.count == 16, end >= s.count || !isAlnum(s[end]),
                licenceShape(chars)
                    || (cued(s, before: i, window: 24, ["licence", "license", "dl"]) && looseLicence(chars))
            {
                out.append(i..<end); i = end; continue
            }
            i += 1
        }
        return out
    }

    /// A licence number's letters and digits in their places, the date not checked: five letters
    /// (or 9s), six digits, two letters (or 9s), a digit, two letters or digits.
    static func looseLicence(_ c: [Unicode.Scalar]) -> Bool {
        let u = c.map { Unicode.Scalar(String($0).uppercased())! }
        func letterOr9(_ x: Unicode.Scalar) -> Bool { ("A"..."Z").contains(x) || x == "9" }
        return ("A"..."Z").contains(u[0]) && u[1..<5].allSatisfy(letterOr9) && u[5..<11].allSatisfy(isDigit)
            && u[11..<13].allSatisfy(letterOr9) && isDigit(u[13]) && u[14..<16].allSatisfy(isAlnum)
    }

    /// A licence number as the DVLA issues it: the loose shape, a month digit that can be one (0,
    /// 1, 5 or 6), a letter first among the initials, and 9s padding the surname at its end only.
    static func licenceShape(_ c: [Unicode.Scalar]) -> Bool {
        guard looseLicence(c) else { return false }
        let u = c.map { Unicode.Scalar(String($0).uppercased())! }
        guard ["0", "1", "5", "6"].contains(u[6]), ("A"..."Z").contains(u[11]) else { return false }
        let name = u[0..<5]
        if let firstNine = name.firstIndex(of: "9"), name[firstNine...].contains(where: { $0 != "9" }) { return false }
        return true
    }

    /// IPv4 addresses (four numbers 0–255 joined by dots) and IPv6 addresses (hex groups joined
    /// by colons, at least three colons, "::" allowed).
    static func ipAddresses(_ s: S) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard i == 0 || !(isAlnum(s[i - 1]) || s[i - 1] == "." || s[i - 1] == ":") else { i += 1; continue }
            // IPv4
            if isDigit(s[i]) {
                var j = i, parts = 0, ok = true
                while parts < 4 {
                    var k = j, v = 0
                    while k < s.count, isDigit(s[k]), k - j < 3 { v = v * 10 + Int(s[k].value - 48); k += 1 }
                    if k == j || v > 255 { ok = false; break }
                    parts += 1; j = k
                    if parts < 4 {
                        if j < s.count, s[j] == ".", j + 1 < s.count, isDigit(s[j + 1]) {
                            j += 1
                        } else {
                            ok = false; break
                        }
                    }
                }
                if ok, parts == 4,
                    j >= s.count || !(isAlnum(s[j]) || (s[j] == "." && j + 1 < s.count && isDigit(s[j + 1])))
                {
                    out.append(i..<j); i = j; continue
                }
            }
            // IPv6
            if isHex(s[i]) || (s[i] == ":" && i + 1 < s.count && s[i + 1] == ":") {
                var j = i, colons = 0, groupLength = 0, ok = true, doubleColon = false
                while j < s.count {
                    if isHex(s[j]) {
                        groupLength += 1; if groupLength > 4 { ok = false; break }
                    } else if s[j] == ":" {
                        if j > i, s[j - 1] == ":" { if doubleColon { ok = false; break }; doubleColon = true }
                        colons += 1; groupLength = 0
                    } else {
                        break
                    }
                    j += 1
                }
                var end = j
                while end > i, s[end - 1] == ":", !(end >= 2 && s[end - 2] == ":") { end -= 1; colons -= 1 }
                if ok, colons >= 3, colons <= 7, end >= s.count || !isAlnum(s[end]),
                    s[i..<end].contains(where: isDigit) || doubleColon
                {
                    out.append(i..<end); i = end; continue
                }
            }
            i += 1
        }
        return out
    }

    static func isHex(_ c: Unicode.Scalar) -> Bool { isDigit(c) || ("a"..."f").contains(c) || ("A"..."F").contains(c) }

    /// Sites whose paths name a person's own account or page.
    static let profileHosts: [String] = [
        "facebook.com", "fb.com", "instagram.com", "twitter.com", "x.com", "tiktok.com", "linkedin.com", "youtube.com",
        "t.me", "telegram.me", "reddit.com", "threads.net", "bsky.app", "snapchat.com", "pinterest.com", "tumblr.com",
        "medium.com", "github.com", "vk.com", "gab.com", "truthsocial.com", "rumble.com", "bitchute.com", "patreon.com",
        "onlyfans.com", "twitch.tv", "discord.com", "discord.gg", "wa.me", "linktr.ee", "substack.com",
        "mastodon.social",
        "gettr.com", "parler.com", "ok.ru", "soundcloud.com", "flickr.com", "vimeo.com", "quora.com", "strava.com",
    ]

    /// URLs of personal profiles: on a social site (facebook.com/…, x.com/…, t.me/…), or any site
    /// with a path that names a user (/@…, /user/…, /u/…, /in/…, /profile…, ~name). The scheme and
    /// site stay (the police need the platform); the path becomes the placeholder. The returned
    /// range is the path's.
    static func profileURLs(_ s: S) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < s.count {
            guard i == 0 || !(isAlnum(s[i - 1]) || s[i - 1] == "." || s[i - 1] == "@"), isAlnum(s[i]) else {
                i += 1; continue
            }
            // A URL: letters, digits and URL punctuation up to a space.
            var j = i
            while j < s.count,
                !(s[j] == " " || s[j] == "\n" || s[j] == "\t" || s[j] == "\"" || s[j] == "<" || s[j] == ">"
                    || s[j] == "," || s[j] == ")")
            { j += 1 }
            guard s[i..<j].contains("/"), s[i..<j].contains(".") else { i = max(j, i + 1); continue }
            var end = j
            while end > i, ".!?;:'’".unicodeScalars.contains(s[end - 1]) { end -= 1 }
            let token = makeString(s[i..<end])
            let lower = token.lowercased()
            var rest = Substring(lower)
            for scheme in ["https://", "http://"] where rest.hasPrefix(scheme) { rest = rest.dropFirst(scheme.count) }
            if rest.hasPrefix("www.") { rest = rest.dropFirst(4) }
            if rest.hasPrefix("m.") { rest = rest.dropFirst(2) }
            guard let slash = rest.firstIndex(of: "/") else { i = max(j, i + 1); continue }
            let host = String(rest[..<slash])
            let path = rest[rest.index(after: slash)...]
            let hostOK = host.contains(".") && host.unicodeScalars.allSatisfy { isAlnum($0) || $0 == "." || $0 == "-" }
            let social = profileHosts.contains { host == $0 || host.hasSuffix("." + $0) }
            let userPath =
                path.hasPrefix("@") || path.hasPrefix("~")
                || ["user/", "users/", "u/", "in/", "profile", "people/", "member/", "members/", "c/", "channel/"]
                    .contains { path.hasPrefix($0) }
            if hostOK, !path.isEmpty, path.contains(where: { $0.isLetter || $0.isNumber }), social || userPath {
                // The path starts after the host's slash.
                let pathStart = end - path.unicodeScalars.count
                out.append(pathStart..<end)
            }
            i = max(j, i + 1)
        }
        return out
    }

    static let topLevelDomains: Set<String> = [
        "com", "org", "net", "uk", "co", "io", "info", "edu", "gov", "me", "biz", "eu", "de", "fr", "il", "ie", "us",
        "ac",
        "nhs", "sch", "ltd", "plc", "app", "online", "email", "mail",
    ]

    /// E-mail addresses written out to dodge filters: "sara dot cohen at gmail dot com",
    /// "sara.cohen (at) gmail (dot) com", "sara [at] gmail [dot] co [dot] uk", and half written out:
    /// "sara[at]gmail.co.uk", "sara@gmail dot co dot uk".
    static func spelledEmails(_ words: [Redactor.Word], _ s: S) -> [Range<Int>] {
        var out: [Range<Int>] = []
        /// Whether words `a` and `a + 1` are joined by one character of `marks` alone.
        func joined(_ a: Int, by marks: String) -> Bool {
            guard a >= 0, a + 1 < words.count else { return false }
            let gap = words[a].range.upperBound..<words[a + 1].range.lowerBound
            return gap.count == 1 && marks.unicodeScalars.contains(s[gap.lowerBound])
        }
        /// The address whose local part ends at word `left` and whose domain starts at `right`.
        func address(left: Int, right: Int) -> Range<Int>? {
            // Right: DOMAIN (dot PART)+ ending in a top-level domain, "dot" written or not.
            var j = right, parts = 1
            while true {
                if joined(j, by: ".") {
                    j += 1
                } else if j + 2 < words.count, words[j + 1].lower == "dot" {
                    j += 2
                } else {
                    break
                }
                parts += 1
            }
            guard parts >= 2, topLevelDomains.contains(words[j].lower) else { return nil }
            // Left: LOCAL (dot LOCAL)*, or words joined by dots and underscores.
            var k = left
            while true {
                if k >= 2, words[k - 1].lower == "dot" {
                    k -= 2
                } else if joined(k - 1, by: "._") {
                    k -= 1
                } else {
                    break
                }
            }
            if k == left, Redactor.stopWords.contains(words[k].lower) { return nil }
            return words[k].range.lowerBound..<words[j].range.upperBound
        }
        for (i, w) in words.enumerated() where i > 0 && i + 1 < words.count {
            if w.lower == "at", i + 3 < words.count, let r = address(left: i - 1, right: i + 1) { out.append(r) }
            // "sara@gmail dot com": the @ written, the dots not.
            if joined(i - 1, by: "@"), let r = address(left: i - 1, right: i) { out.append(r) }
        }
        return out
    }
}

extension Substring {
    var trimmingDots: String {
        var t = self
        while t.last == "." && t.count > 1 && !t.dropLast().contains(".") { t = t.dropLast() }
        return String(t)
    }
}

extension Identifiers {
    /// Phone numbers read out and noted in words, digits among them or not ("oh seven seven double
    /// four, nine one two three eight five six", "0161 four nine six…", "plus four four seven…"):
    /// a run of digit words with spaces, commas, dots or dashes between, that makes 10 or 11 digits
    /// from a leading zero, or 11 to 13 after "plus". The whole run is taken (up to 16 digits, a
    /// number begun again), else its longest such prefix.
    static func spokenPhones(_ words: [Redactor.Word], _ s: S) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < words.count {
            let plus = words[i].lower == "plus"
            var j = plus ? i + 1 : i
            var digits = 0, spoken = false, first: Character? = nil, repeats = 1, counting = true
            var last: Int?
            // (end of the word, digits so far) after each word of the run
            var ends: [(end: Int, digits: Int)] = []
            run: while j < words.count {
                if j > i {
                    let gap = s[words[j - 1].range.upperBound..<words[j].range.lowerBound]
                    guard gap.count <= 4, gap.allSatisfy({ spokenGaps.contains($0) }) else { break }
                }
                for part in words[j].lower.split(separator: "-") {
                    if let d = spokenDigits[String(part)] {
                        first = first ?? d
                        // One, two, three… counted aloud is not a number.
                        let value = d.wholeNumberValue!
                        // (Up or down: a countdown is no number either.)
                        if repeats > 1 || last.map({ abs($0 - value) != 1 }) ?? false { counting = false }
                        last = value
                        digits += repeats; repeats = 1; spoken = true
                    } else if part == "double" || part == "triple" || part == "treble", repeats == 1 {
                        repeats = part == "double" ? 2 : 3
                    } else if part.allSatisfy(\.isASCII), part.allSatisfy(\.isNumber), repeats == 1 || part.count == 1 {
                        first = first ?? part.first
                        counting = false
                        digits += part.count * repeats; repeats = 1
                    } else {
                        break run
                    }
                }
                if repeats == 1 { ends.append((words[j].range.upperBound, digits)) }
                if digits > 15 { break }
                j += 1
            }
            // With "plus", a country code; from "oh", a national number; else the number without
            // its trunk 0 ("seven seven oh oh nine oh oh five five five"): nine or ten digits said
            // one by one are a phone number (or some other number no less personal).
            let needed = plus ? 11...13 : first == "0" ? 10...11 : 9...10
            if spoken, plus || first == "0" || !counting, var end = ends.last(where: { needed.contains($0.digits) }) {
                // A number said twice or begun again ("oh seven seven... oh seven seven, oh oh nine,
                // oh oh five one two") goes whole: no digits of it are left after the placeholder.
                if let whole = ends.last, whole.digits <= 16 { end = whole }
                out.append(words[i].range.lowerBound..<end.end)
                while i < words.count, words[i].range.lowerBound < end.end { i += 1 }
            } else {
                i += 1
            }
        }
        return out
    }

    /// What may stand between the digits of a number read out (a line break included).
    static let spokenGaps: Set<Unicode.Scalar> = [" ", ",", ".", "-", "…", "/", "(", ")", ":", "\n"]

    /// Digits as they are read out: "oh" and "nought" for zero.
    static let spokenDigits: [String: Character] = [
        "zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
        "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    ]
}
