extension Sequence<UInt8> {
    /// The bytes as lower-case hexadecimal, two digits each (how checksums are written).
    public var lowercaseHex: String {
        var out = ""
        for byte in self {
            if byte < 16 { out += "0" }
            out += String(byte, radix: 16)
        }
        return out
    }
}
