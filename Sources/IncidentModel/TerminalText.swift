/// Text made safe for a terminal: what a record or a file says reaches a person's screen as
/// letters, never as commands to the terminal.
public enum TerminalText {
    /// `text` without escape sequences (ESC [ … final byte, ESC ] … BEL/ST, and any other ESC
    /// pair), C0 and C1 control characters (tab and, when `keepNewlines`, line feeds become or stay
    /// spacing), DEL, and the bidirectional overrides that can make text read other than it is.
    public static func clean(_ text: String, keepNewlines: Bool = false) -> String {
        let s = Array(text.unicodeScalars)
        // Fast path: nothing to remove.
        if !s.contains(where: needsCleaning) { return text }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "\u{1B}" || c == "\u{9B}" || c == "\u{9D}" {
                // CSI: parameters and intermediates up to a final byte 0x40–0x7E.
                var j = i + 1
                if c == "\u{1B}", j < s.count, s[j] == "[" { j += 1 }
                if c == "\u{9B}" || (c == "\u{1B}" && i + 1 < s.count && s[i + 1] == "[") {
                    while j < s.count, (0x20...0x3F).contains(s[j].value) { j += 1 }
                    if j < s.count, (0x40...0x7E).contains(s[j].value) { j += 1 }
                } else if c == "\u{9D}"
                    || (c == "\u{1B}" && j < s.count
                        && (s[j] == "]" || s[j] == "P" || s[j] == "_" || s[j] == "^" || s[j] == "X"))
                {
                    // OSC / DCS / APC / PM / SOS: up to BEL or ST (ESC \).
                    if c == "\u{1B}" { j += 1 }
                    while j < s.count, s[j] != "\u{07}", !(s[j] == "\u{1B}" && j + 1 < s.count && s[j + 1] == "\\"),
                        s[j] != "\u{9C}"
                    { j += 1 }
                    if j < s.count { j += s[j] == "\u{1B}" ? 2 : 1 }
                } else if j < s.count {
                    j += 1  // a two-character escape
                }
                i = min(j, s.count)
                continue
            }
            if c == "\n" {
                out.append(keepNewlines ? "\n" : " ")
            } else if c == "\t" || c == "\r" {
                out.append(" ")
            } else if needsCleaning(c) { /* dropped */
            } else {
                out.append(c)
            }
            i += 1
        }
        return String(out)
    }

    static func needsCleaning(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v)
    }
}
