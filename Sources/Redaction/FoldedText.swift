/// Text folded for comparison: lower case, letters and digits only, each kept scalar remembering
/// where it was in the original and whether a word starts or ends there. "Cohen-Levy",
/// "COHEN LEVY" and "cohen levy" fold alike; so do "NW4 2SU" and "nw42su".
struct FoldedText {
    var scalars: [Unicode.Scalar] = []
    var origin: [Int] = []
    var wordStart: [Bool] = []
    var wordEnd: [Bool] = []

    init(_ s: [Unicode.Scalar]) {
        scalars.reserveCapacity(s.count)
        var previousAlnum = false
        for (k, c) in s.enumerated() {
            let alnum = Identifiers.isAlnum(c)
            if alnum {
                let lower = FoldedText.fold(c)
                scalars.append(lower)
                origin.append(k)
                wordStart.append(!previousAlnum)
                wordEnd.append(k + 1 >= s.count || !Identifiers.isAlnum(s[k + 1]))
            }
            // An apostrophe inside a word ("O'Brien") does not break it; other marks do.
            previousAlnum =
                alnum || ((c == "'" || c == "’") && previousAlnum && k + 1 < s.count && Identifiers.isAlnum(s[k + 1]))
        }
    }

    /// Lower case, and a Latin letter's accent dropped ("Yıldırım" and "Yildirim", "Zoë" and
    /// "Zoe" fold alike, whichever side wrote the accent); a letter that is two in ASCII (ß, æ)
    /// stays itself, lower case.
    static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
        if ("A"..."Z").contains(c) { return Unicode.Scalar(c.value + 32)! }
        if c.value < 128 { return c }
        // The Latin letters with accents, folded once (reading a scalar's Unicode name is slow).
        if c.value < 0x250 { return latinFolds[Int(c.value) - 128] }
        return foldSlowly(c)
    }

    /// `fold` of U+0080 to U+024F.
    private static let latinFolds: [Unicode.Scalar] = (0x80..<0x250).map { foldSlowly(Unicode.Scalar($0)!) }

    private static func foldSlowly(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let lower = c.properties.lowercaseMapping.unicodeScalars
        let l = lower.count == 1 ? lower.first! : c
        switch l {
        case "ı": return "i"
        case "ł": return "l"
        case "ø": return "o"
        case "đ": return "d"
        default: return asciiBase(l).map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 } ?? l
        }
    }

    static func folded(_ text: String) -> String {
        String(String.UnicodeScalarView(FoldedText(Array(text.unicodeScalars)).scalars))
    }
}

/// The ASCII spelling of a name written with accents ("Zoë" → "Zoe", "Łukasz" → "Lukasz").
func withoutAccents(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for c in text.unicodeScalars {
        if c.value < 128 { out.append(c); continue }
        switch c {
        case "ł": out.append("l");
        case "Ł": out.append("L");
        case "ø": out.append("o");
        case "Ø": out.append("O")
        case "đ": out.append("d");
        case "Đ": out.append("D");
        case "ß": out.append(contentsOf: "ss".unicodeScalars)
        case "æ": out.append(contentsOf: "ae".unicodeScalars);
        case "Æ": out.append(contentsOf: "AE".unicodeScalars)
        case "ı": out.append("i")
        default: out.append(asciiBase(c) ?? c)
        }
    }
    return String(out)
}

/// The ASCII letter a Latin letter with a diacritic is built on, read from its Unicode name
/// ("LATIN SMALL LETTER E WITH ACUTE" → "e").
func asciiBase(_ c: Unicode.Scalar) -> Unicode.Scalar? {
    guard let name = c.properties.name else { return nil }
    for (k, prefix) in ["LATIN SMALL LETTER ", "LATIN CAPITAL LETTER "].enumerated() where name.hasPrefix(prefix) {
        guard let letter = name.dropFirst(prefix.count).split(separator: " ").first, letter.count == 1,
            let ch = letter.unicodeScalars.first, ("A"..."Z").contains(ch)
        else { return nil }
        return k == 0 ? Unicode.Scalar(ch.value + 32)! : ch
    }
    return nil
}
