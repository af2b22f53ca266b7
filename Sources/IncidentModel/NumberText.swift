/// How the publication writes numbers: thousands separators, whole-number percentages.
extension BinaryInteger {
    /// The number with thousands separators: 4103 → "4,103", -12345 → "-12,345".
    public var grouped: String {
        let digits = String(self.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return self < 0 ? "-" + out : out
    }
}
