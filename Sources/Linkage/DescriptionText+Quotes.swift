// The words an account quotes: what was shouted or written, as both sides often give it word for
// word ("JEWS OUT" and "said "Jews out""). Each quotation is one more term of the description,
// weighed by its rarity like any other, so a shared slogan that many incidents repeat says little
// and a shared rare one says much.
extension DescriptionText {
    /// The hash of a quotation's term: its words, lowered, marked so that no word's hash is one.
    static func quotationHashes(in text: String) -> [UInt32] {
        quotations(in: text).map { FNV1a.hash(("\u{201C}" + $0).utf8) }
    }

    /// The quotations of `text`, lowered, letters and digits only, one space between words:
    /// between double quotes (straight or curly), or single ones that open after no letter and
    /// close before none (so that "IP's … Suspect's" is not read as one); 3 to 100 bytes long,
    /// with two letters at least.
    static func quotations(in text: String) -> [String] {
        // A quick "certainly none": most police accounts quote nothing.
        guard text.utf8.contains(where: { $0 == 0x22 || $0 == 0x27 || $0 == 0xE2 }) else { return [] }
        let bytes = Array(text.utf8)
        var out: [String] = []
        var k = 0
        /// The quote mark at `at`: its kind (double or single), its length in bytes; nil if none.
        func mark(_ at: Int) -> (double: Bool, length: Int)? {
            switch bytes[at] {
            case 0x22: return (true, 1)
            case 0x27: return (false, 1)
            case 0xE2 where at + 2 < bytes.count && bytes[at + 1] == 0x80:
                switch bytes[at + 2] {
                case 0x9C, 0x9D: return (true, 3)
                case 0x98, 0x99: return (false, 3)
                default: return nil
                }
            default: return nil
            }
        }
        func isAlphanumeric(_ at: Int) -> Bool {
            guard at >= 0 && at < bytes.count else { return false }
            let b = DescriptionText.lowered(bytes[at])
            return (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
        }
        while k < bytes.count {
            guard let open = mark(k), open.double || !isAlphanumeric(k - 1) else {
                k += 1
                continue
            }
            let start = k + open.length
            var end = start, closed = false
            while end < bytes.count && end - start <= 100 {
                if let close = mark(end), close.double == open.double,
                    open.double || !isAlphanumeric(end + close.length)
                {
                    closed = true
                    break
                }
                end += 1
            }
            guard closed, end - start >= 3 else {
                k = start
                continue
            }
            var words: [UInt8] = [], letters = 0
            for b in bytes[start..<end] {
                let lower = DescriptionText.lowered(b)
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                    if lower >= 0x61 { letters += 1 }
                    words.append(lower)
                } else if words.last.map({ $0 != 0x20 }) ?? false {
                    words.append(0x20)
                }
            }
            if words.last == 0x20 { words.removeLast() }
            if letters >= 2 { out.append(String(decoding: words, as: UTF8.self)) }
            k = end + (mark(end)?.length ?? 1)
        }
        return out
    }
}
