import Foundation

/// Changes to a finished PDF, written as one incremental update (ISO 32000-1, 7.5.6): new objects
/// and new versions of existing ones are appended after `%%EOF` with a cross-reference table for
/// them and a trailer pointing back at the file's own (`/Prev`). The original bytes stay as they
/// are, and the same changes give the same bytes.
///
/// It reads files with a plain cross-reference table, as cairo writes them.
struct PDFUpdate {
    enum Failure: Error, CustomStringConvertible {
        case unreadable(String)
        var description: String {
            switch self {
            case .unreadable(let what): "cannot update this PDF: \(what)"
            }
        }
    }

    private var data: Data
    private let file: PDFFile
    private let offsets: [Int: Int]
    private let startxref: Int
    private let trailer: String
    /// The catalog's object number.
    let root: Int
    /// The page objects, in order.
    let pages: [Int]
    /// The next free object number.
    private var next: Int
    /// Objects written by this update, by number.
    private var changed: [Int: String] = [:]

    /// Reads the PDF at `path`.
    init(path: String) throws {
        data = try Data(contentsOf: URL(fileURLWithPath: path))
        file = PDFFile(data)
        (startxref, trailer) = try file.trailer()
        offsets = try file.crossReference(at: startxref)
        guard let size = PDFFile.integer(after: "/Size", in: trailer),
            let root = PDFFile.integer(after: "/Root", in: trailer)
        else { throw Failure.unreadable("no /Size or /Root in the trailer") }
        self.root = root
        next = size
        let catalog = try file.object(root, offsets)
        guard let pagesRoot = PDFFile.integer(after: "/Pages", in: catalog) else {
            throw Failure.unreadable("no page tree")
        }
        pages = try file.pageObjects(pagesRoot, offsets)
    }

    /// The text of object `number` as this update leaves it.
    func text(_ number: Int) throws -> String {
        if let text = changed[number] { return text }
        return try file.object(number, offsets)
    }

    /// Object `number` (a dictionary or array, not a stream) as this update leaves it.
    func object(_ number: Int) throws -> PDFValue {
        try PDFParser.parse(try text(number))
    }

    /// The dictionary of object `number`.
    func dictionary(_ number: Int) throws -> PDFDictionary {
        guard let dictionary = try object(number).dictionary else {
            throw Failure.unreadable("object \(number) is not a dictionary")
        }
        return dictionary
    }

    /// Replaces object `number` with `text`.
    mutating func replace(_ number: Int, with text: String) {
        changed[number] = text
    }

    /// Replaces object `number` with `value`.
    mutating func replace(_ number: Int, with value: PDFValue) {
        changed[number] = value.written
    }

    /// Adds a new object; its number.
    mutating func add(_ text: String) -> Int {
        let number = next
        next += 1
        changed[number] = text
        return number
    }

    /// Adds a new object; its number.
    mutating func add(_ value: PDFValue) -> Int { add(value.written) }

    /// The number of the object the next `add` makes.
    var nextNumber: Int { next }

    /// Appends the update to the file's bytes and writes them to `path`; nothing when nothing changed.
    func write(to path: String) throws {
        guard !changed.isEmpty else { return }
        var update = "\n"
        var written: [(number: Int, offset: Int)] = []
        for number in changed.keys.sorted() {
            written.append((number, data.count + update.utf8.count))
            update += "\(number) 0 obj\n\(changed[number]!)\nendobj\n"
        }
        let xref = data.count + update.utf8.count
        update += "xref\n"
        // One subsection per run of consecutive numbers.
        var index = 0
        while index < written.count {
            var end = index + 1
            while end < written.count && written[end].number == written[end - 1].number + 1 { end += 1 }
            update += "\(written[index].number) \(end - index)\n"
            for entry in written[index..<end] {
                let digits = String(entry.offset)
                update += String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n"
            }
            index = end
        }
        var newTrailer = "<< /Size \(next) /Root \(root) 0 R /Prev \(startxref)"
        if let info = PDFFile.integer(after: "/Info", in: trailer) { newTrailer += " /Info \(info) 0 R" }
        if let id = trailer.range(of: "/ID") {
            let rest = trailer[id.upperBound...]
            if let close = rest.firstIndex(of: "]") { newTrailer += " /ID" + rest[..<rest.index(after: close)] }
        }
        update += "trailer\n\(newTrailer) >>\nstartxref\n\(xref)\n%%EOF\n"
        var out = data
        // The update's text is ASCII (names, numbers, hex strings), so its bytes are its characters.
        out.append(Data(update.utf8))
        try out.write(to: URL(fileURLWithPath: path))
    }
}

/// Just enough reading of a PDF with a plain cross-reference table to find objects. It works on
/// the file's bytes: a tagged report has a thousand structure elements to read, and searching a
/// Swift string by offset would cost more than typesetting the report.
struct PDFFile {
    let bytes: [UInt8]

    init(_ data: Data) {
        bytes = [UInt8](data)
    }

    /// Where `needle` next occurs at or after `start` (and before `end`).
    func find(_ needle: String, from start: Int, before end: Int? = nil) -> Int? {
        let pattern = Array(needle.utf8)
        let last = (end ?? bytes.count) - pattern.count
        guard let first = pattern.first, start <= last else { return nil }
        var i = start
        while i <= last {
            if bytes[i] == first && bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }

    /// Where `needle` last occurs before `end`.
    func findLast(_ needle: String, before end: Int) -> Int? {
        let pattern = Array(needle.utf8)
        var i = end - pattern.count
        while i >= 0 {
            if bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i -= 1
        }
        return nil
    }

    /// The bytes of `range` as text, one character per byte (Latin-1).
    func text(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(bytes[range].map { Unicode.Scalar($0) }))
    }

    /// The last `startxref` offset and the trailer dictionary before it.
    func trailer() throws -> (Int, String) {
        guard let start = findLast("startxref", before: bytes.count),
            let offset = Int(
                text((start + 9)..<(find("%%EOF", from: start) ?? bytes.count))
                    .trimmingCharacters(in: .whitespacesAndNewlines)),
            let trailer = findLast("trailer", before: start)
        else { throw PDFUpdate.Failure.unreadable("no trailer (a cross-reference stream?)") }
        return (offset, text((trailer + 7)..<start))
    }

    /// Object offsets from the plain cross-reference table at `offset`.
    func crossReference(at offset: Int) throws -> [Int: Int] {
        guard offset < bytes.count, find("xref", from: offset, before: offset + 4) == offset else {
            throw PDFUpdate.Failure.unreadable("no plain cross-reference table at \(offset)")
        }
        let end = find("trailer", from: offset) ?? bytes.count
        var offsets: [Int: Int] = [:]
        var lines = text(offset..<end).split(whereSeparator: \.isNewline).dropFirst().makeIterator()
        while let header = lines.next() {
            let parts = header.split(separator: " ")
            guard parts.count == 2, let first = Int(parts[0]), let count = Int(parts[1]) else { break }
            for n in 0..<count {
                guard let entry = lines.next() else { break }
                let fields = entry.split(separator: " ")
                if fields.count >= 3, fields[2] == "n", let at = Int(fields[0]) { offsets[first + n] = at }
            }
        }
        return offsets
    }

    /// The text between `N 0 obj` and `endobj` (for a stream, its dictionary and data).
    func object(_ number: Int, _ offsets: [Int: Int]) throws -> String {
        let head = "\(number) 0 obj"
        guard let offset = offsets[number], offset < bytes.count else {
            throw PDFUpdate.Failure.unreadable("object \(number) is not in the cross-reference table")
        }
        guard find(head, from: offset, before: offset + head.utf8.count) == offset,
            let end = find("endobj", from: offset)
        else {
            throw PDFUpdate.Failure.unreadable("object \(number) is not where the table says")
        }
        return text((offset + head.utf8.count)..<end)
    }

    /// The page objects under the page-tree node `node`, in order.
    func pageObjects(_ node: Int, _ offsets: [Int: Int]) throws -> [Int] {
        guard let dictionary = try PDFParser.parse(try object(node, offsets)).dictionary else {
            throw PDFUpdate.Failure.unreadable("page-tree node \(node) is not a dictionary")
        }
        if case .name("Page")? = dictionary["Type"] { return [node] }
        guard let kids = dictionary["Kids"] else {
            throw PDFUpdate.Failure.unreadable("page-tree node \(node) has no /Kids")
        }
        var result: [Int] = []
        for kid in kids.items {
            guard let number = kid.reference else { throw PDFUpdate.Failure.unreadable("unexpected /Kids in \(node)") }
            result += try pageObjects(number, offsets)
        }
        return result
    }

    /// The number after `key` (`/Size 27`), or the object number of a reference (`/Root 26 0 R`).
    static func integer(after key: String, in text: String) -> Int? {
        guard let range = text.range(of: key + " ") ?? text.range(of: key + "\n") else { return nil }
        return Int(text[range.upperBound...].prefix(while: \.isNumber))
    }
}
