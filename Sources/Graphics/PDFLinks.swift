import Foundation

/// Internal links (a rectangle on one page that jumps to a place on another) written into a
/// finished PDF as an incremental update, for cairo versions whose own links are broken.
///
/// Cairo before 1.17.2 (Debian bookworm has 1.16.0) writes link annotations without their
/// destination and refers to a structure object it never writes, so the file's cross-reference
/// table is damaged. Those versions write a plain cross-reference table, which this reads: it
/// finds each page object through the table and the page tree, then appends, after `%%EOF`, the
/// link annotations, new versions of the pages that carry them (with `/Annots`), a table for
/// these objects and a trailer pointing back at cairo's (`/Prev`), as the PDF format allows
/// (ISO 32000-1, 7.5.6). The output stays deterministic: same links, same bytes.
struct PDFLinks {
    struct Link {
        /// Page (0-based) holding the rectangle, and the rectangle in cairo's coordinates (points,
        /// y down from the top).
        let page: Int
        let x, y, width, height: Double
        /// Target page (0-based) and the y on it, in cairo's coordinates.
        let targetPage: Int
        let targetY: Double
    }

    enum Failure: Error, CustomStringConvertible {
        case unreadable(String)
        var description: String {
            switch self {
            case .unreadable(let what): "cannot add links to this PDF: \(what)"
            }
        }
    }

    /// Appends `links` to the PDF at `path`, whose pages are `pageHeight` points high.
    static func append(_ links: [Link], to path: String, pageHeight: Double) throws {
        guard !links.isEmpty else { return }
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        let file = PDFFile(data)
        let (startxref, trailer) = try file.trailer()
        let offsets = try file.crossReference(at: startxref)
        guard let size = PDFFile.integer(after: "/Size", in: trailer),
            let root = PDFFile.integer(after: "/Root", in: trailer)
        else { throw Failure.unreadable("no /Size or /Root in the trailer") }
        let catalog = try file.object(root, offsets)
        guard let pagesRoot = PDFFile.integer(after: "/Pages", in: catalog) else {
            throw Failure.unreadable("no page tree")
        }
        let pages = try file.pageObjects(pagesRoot, offsets)
        for link in links where !pages.indices.contains(link.page) || !pages.indices.contains(link.targetPage) {
            throw Failure.unreadable("a link on page \(link.page + 1) to page \(link.targetPage + 1) of \(pages.count)")
        }

        var next = size
        var update = "\n"
        var written: [(number: Int, offset: Int)] = []
        func write(_ number: Int, _ body: String) {
            written.append((number, data.count + update.utf8.count))
            update += "\(number) 0 obj\n\(body)\nendobj\n"
        }
        func number(_ value: Double) -> String { String(format: "%.2f", value) }
        var annotations: [Int: [Int]] = [:]
        for link in links {
            let top = pageHeight - link.y, bottom = pageHeight - link.y - link.height
            write(
                next,
                """
                << /Type /Annot /Subtype /Link /Rect [ \(number(link.x)) \(number(bottom)) \
                \(number(link.x + link.width)) \(number(top)) ] \
                /Border [ 0 0 0 ] /Dest [ \(pages[link.targetPage]) 0 R /XYZ 0 \(number(pageHeight - link.targetY)) \
                null ] >>
                """)
            annotations[link.page, default: []].append(next)
            next += 1
        }
        for page in annotations.keys.sorted() {
            let object = pages[page]
            let references = annotations[page]!.map { "\($0) 0 R" }.joined(separator: " ")
            var dictionary = try file.object(object, offsets).trimmingCharacters(in: .whitespacesAndNewlines)
            if let annots = dictionary.range(of: "/Annots [") {
                dictionary.insert(contentsOf: " " + references + " ", at: annots.upperBound)
            } else {
                guard dictionary.hasSuffix(">>") else {
                    throw Failure.unreadable("page object \(object) is not a dictionary")
                }
                dictionary.removeLast(2)
                dictionary += "/Annots [ \(references) ] >>"
            }
            write(object, dictionary)
        }
        let xref = data.count + update.utf8.count
        update += "xref\n"
        for entry in written.sorted(by: { $0.number < $1.number }) {
            update += "\(entry.number) 1\n" + String(format: "%010d 00000 n \n", entry.offset)
        }
        var newTrailer = "<< /Size \(next) /Root \(root) 0 R /Prev \(startxref)"
        if let info = PDFFile.integer(after: "/Info", in: trailer) { newTrailer += " /Info \(info) 0 R" }
        if let id = trailer.range(of: "/ID") {
            let rest = trailer[id.upperBound...]
            if let close = rest.firstIndex(of: "]") { newTrailer += " /ID" + rest[..<rest.index(after: close)] }
        }
        update += "trailer\n\(newTrailer) >>\nstartxref\n\(xref)\n%%EOF\n"
        data.append(Data(update.utf8))
        try data.write(to: URL(fileURLWithPath: path))
    }
}

/// Just enough reading of a PDF with a plain cross-reference table to find objects.
private struct PDFFile {
    let text: String

    init(_ data: Data) {
        // Latin-1 keeps one character per byte, so string offsets are byte offsets.
        text = String(data: data, encoding: .isoLatin1) ?? ""
    }

    private func byte(_ offset: Int) -> String.Index { text.utf16.index(text.startIndex, offsetBy: offset) }

    /// The last `startxref` offset and the trailer dictionary before it.
    func trailer() throws -> (Int, String) {
        guard let start = text.range(of: "startxref", options: .backwards),
            let offset = Int(
                text[start.upperBound...].prefix(while: { $0 != "%" }).trimmingCharacters(in: .whitespacesAndNewlines)),
            let trailer = text.range(of: "trailer", options: .backwards, range: text.startIndex..<start.lowerBound)
        else { throw PDFLinks.Failure.unreadable("no trailer (a cross-reference stream?)") }
        return (offset, String(text[trailer.upperBound..<start.lowerBound]))
    }

    /// Object offsets from the plain cross-reference table at `offset`.
    func crossReference(at offset: Int) throws -> [Int: Int] {
        guard offset < text.utf16.count, text[byte(offset)...].hasPrefix("xref") else {
            throw PDFLinks.Failure.unreadable("no plain cross-reference table at \(offset)")
        }
        var offsets: [Int: Int] = [:]
        var lines = text[byte(offset)...].split(whereSeparator: \.isNewline).dropFirst().makeIterator()
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

    /// The text between `N 0 obj` and `endobj`.
    func object(_ number: Int, _ offsets: [Int: Int]) throws -> String {
        guard let offset = offsets[number], offset < text.utf16.count else {
            throw PDFLinks.Failure.unreadable("object \(number) is not in the cross-reference table")
        }
        let rest = text[byte(offset)...]
        guard rest.hasPrefix("\(number) 0 obj"), let end = rest.range(of: "endobj") else {
            throw PDFLinks.Failure.unreadable("object \(number) is not where the table says")
        }
        return String(rest[rest.index(rest.startIndex, offsetBy: "\(number) 0 obj".count)..<end.lowerBound])
    }

    /// The page objects under the page-tree node `node`, in order.
    func pageObjects(_ node: Int, _ offsets: [Int: Int]) throws -> [Int] {
        let dictionary = try object(node, offsets)
        if dictionary.contains("/Type /Page") && !dictionary.contains("/Type /Pages") { return [node] }
        guard let kids = dictionary.range(of: "/Kids"), let open = dictionary[kids.upperBound...].firstIndex(of: "["),
            let close = dictionary[open...].firstIndex(of: "]")
        else { throw PDFLinks.Failure.unreadable("page-tree node \(node) has no /Kids") }
        let words = dictionary[dictionary.index(after: open)..<close].split(whereSeparator: \.isWhitespace)
        var result: [Int] = []
        var i = 0
        while words.count - i >= 3 {
            guard let number = Int(words[i]), words[i + 2] == "R" else {
                throw PDFLinks.Failure.unreadable("unexpected /Kids in \(node)")
            }
            result += try pageObjects(number, offsets)
            i += 3
        }
        return result
    }

    /// The number after `key` (`/Size 27`), or the object number of a reference (`/Root 26 0 R`).
    static func integer(after key: String, in text: String) -> Int? {
        guard let range = text.range(of: key + " ") ?? text.range(of: key + "\n") else { return nil }
        return Int(text[range.upperBound...].prefix(while: \.isNumber))
    }
}
