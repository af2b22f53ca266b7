/// A PDF object as written in a file (ISO 32000-1, 7.3), for the post-steps that edit a finished
/// PDF: dictionaries keep their keys' order, numbers and strings keep their text, so an object read
/// and written again is the same object.
indirect enum PDFValue: Equatable {
    case null
    case boolean(Bool)
    /// A number as written ("12", "-0.5").
    case number(String)
    /// A name without its slash ("StructElem").
    case name(String)
    /// A string as written, with its delimiters ("(abc)", "<FEFF0041>").
    case string(String)
    case array([PDFValue])
    case dictionary(PDFDictionary)
    case reference(Int)

    /// The object number of a reference.
    var reference: Int? {
        if case .reference(let number) = self { return number }
        return nil
    }

    /// The value of an integer.
    var integer: Int? {
        if case .number(let text) = self { return Int(text) }
        return nil
    }

    /// The entries of a dictionary.
    var dictionary: PDFDictionary? {
        if case .dictionary(let dictionary) = self { return dictionary }
        return nil
    }

    /// The items of an array, or the value alone (PDF allows either where one or several may be).
    var items: [PDFValue] {
        if case .array(let items) = self { return items }
        return [self]
    }

    /// A text string: ASCII as a literal string, anything else as UTF-16BE with its byte-order
    /// mark, in hex (7.9.2.2), so any language and any punctuation survive.
    static func text(_ value: String) -> PDFValue {
        if value.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
            var escaped = ""
            for ch in value {
                if ch == "(" || ch == ")" || ch == "\\" { escaped.append("\\") }
                escaped.append(ch)
            }
            return .string("(" + escaped + ")")
        }
        let hex = value.utf16.map { unit -> String in
            let digits = String(unit, radix: 16, uppercase: true)
            return String(repeating: "0", count: 4 - digits.count) + digits
        }
        return .string("<FEFF" + hex.joined() + ">")
    }

    /// The value as PDF syntax.
    var written: String {
        switch self {
        case .null: "null"
        case .boolean(let value): value ? "true" : "false"
        case .number(let text): text
        case .name(let name): "/" + name
        case .string(let text): text
        case .array(let items): "[ " + items.map(\.written).joined(separator: " ") + " ]"
        case .dictionary(let dictionary): dictionary.written
        case .reference(let number): "\(number) 0 R"
        }
    }
}

/// A dictionary with its keys in the order they were written.
struct PDFDictionary: Equatable {
    private(set) var entries: [(key: String, value: PDFValue)] = []

    subscript(key: String) -> PDFValue? {
        get { entries.first { $0.key == key }?.value }
        set {
            if let index = entries.firstIndex(where: { $0.key == key }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((key, newValue))
            }
        }
    }

    /// The dictionary as PDF syntax.
    var written: String {
        "<< " + entries.map { "/\($0.key) \($0.value.written)" }.joined(separator: " ") + " >>"
    }

    static func == (a: PDFDictionary, b: PDFDictionary) -> Bool {
        a.entries.count == b.entries.count
            && zip(a.entries, b.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}

/// Reads one PDF object from its text (the part between `N 0 obj` and `endobj`, or a stream's
/// dictionary).
struct PDFParser {
    private let bytes: [UInt8]
    private var at = 0

    /// A parser of `text` (Latin-1: one character per byte).
    init(_ text: String) {
        bytes = Array(text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
    }

    /// The first object in the text.
    static func parse(_ text: String) throws(PDFParseError) -> PDFValue {
        var parser = PDFParser(text)
        return try parser.value()
    }

    private static func isWhite(_ byte: UInt8) -> Bool { [0, 9, 10, 12, 13, 32].contains(byte) }
    private static func isDelimiter(_ byte: UInt8) -> Bool { "()<>[]{}/%".utf8.contains(byte) }

    private mutating func skipWhite() {
        while at < bytes.count {
            if PDFParser.isWhite(bytes[at]) {
                at += 1
            } else if bytes[at] == UInt8(ascii: "%") {
                while at < bytes.count && bytes[at] != 10 && bytes[at] != 13 { at += 1 }
            } else {
                return
            }
        }
    }

    private mutating func word() -> String {
        let start = at
        while at < bytes.count && !PDFParser.isWhite(bytes[at]) && !PDFParser.isDelimiter(bytes[at]) { at += 1 }
        return String(decoding: bytes[start..<at], as: UTF8.self)
    }

    private func text(_ range: Range<Int>) -> String {
        String(bytes[range].map { Character(Unicode.Scalar($0)) })
    }

    mutating func value() throws(PDFParseError) -> PDFValue {
        skipWhite()
        guard at < bytes.count else { throw PDFParseError(offset: at, expected: "an object") }
        switch bytes[at] {
        case UInt8(ascii: "/"):
            at += 1
            return .name(word())
        case UInt8(ascii: "["):
            at += 1
            var items: [PDFValue] = []
            while true {
                skipWhite()
                guard at < bytes.count else { throw PDFParseError(offset: at, expected: "]") }
                if bytes[at] == UInt8(ascii: "]") { at += 1; return .array(items) }
                items.append(try value())
            }
        case UInt8(ascii: "<") where at + 1 < bytes.count && bytes[at + 1] == UInt8(ascii: "<"):
            at += 2
            var dictionary = PDFDictionary()
            while true {
                skipWhite()
                guard at < bytes.count else { throw PDFParseError(offset: at, expected: ">>") }
                if bytes[at] == UInt8(ascii: ">") { at += 2; return .dictionary(dictionary) }
                guard case .name(let key) = try value() else {
                    throw PDFParseError(offset: at, expected: "a name as a key")
                }
                dictionary[key] = try value()
            }
        case UInt8(ascii: "<"):
            let start = at
            while at < bytes.count && bytes[at] != UInt8(ascii: ">") { at += 1 }
            at += 1
            return .string(text(start..<min(at, bytes.count)))
        case UInt8(ascii: "("):
            let start = at
            var depth = 0
            while at < bytes.count {
                let byte = bytes[at]
                at += 1
                if byte == UInt8(ascii: "\\") {
                    at += 1
                } else if byte == UInt8(ascii: "(") {
                    depth += 1
                } else if byte == UInt8(ascii: ")") {
                    depth -= 1
                    if depth == 0 { return .string(text(start..<at)) }
                }
            }
            throw PDFParseError(offset: start, expected: "the end of a string")
        default:
            let first = word()
            switch first {
            case "null": return .null
            case "true": return .boolean(true)
            case "false": return .boolean(false)
            case "": throw PDFParseError(offset: at, expected: "an object")
            default: break
            }
            // "12 0 R" is a reference; look ahead without consuming anything else.
            if let number = Int(first) {
                let saved = at
                skipWhite()
                let generation = word()
                skipWhite()
                if Int(generation) != nil, at < bytes.count, bytes[at] == UInt8(ascii: "R"),
                    at + 1 >= bytes.count || PDFParser.isWhite(bytes[at + 1]) || PDFParser.isDelimiter(bytes[at + 1])
                {
                    at += 1
                    return .reference(number)
                }
                at = saved
            }
            return .number(first)
        }
    }
}

/// A PDF object that could not be read: where and what was expected.
struct PDFParseError: Error, CustomStringConvertible {
    let offset: Int
    let expected: String
    var description: String { "expected \(expected) at offset \(offset) of an object" }
}
