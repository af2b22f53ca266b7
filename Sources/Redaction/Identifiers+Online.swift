// Identifiers online: IP addresses, URLs of personal profiles, and e-mail addresses written out.
extension Identifiers {
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
