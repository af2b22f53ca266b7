import Foundation
import Graphics
import TestSupport
import Testing
import Typesetting

/// The repository's bundled fonts (the same folder every test target registers).
let bundledFonts: Void = {
    let fonts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fonts").path
    try! FontLibrary.useBundledFonts(in: fonts)
}()

/// Pagination on its own: real PDFs from Cairo, read back with poppler.
@Suite(.serialized) struct PaginationTests {
    init() { _ = bundledFonts }

    func document(_ blocks: [Document.Block]) -> Document {
        Document(
            metadata: .init(title: "T", author: "A", subject: "S", keywords: "K", created: "2026-01-01T00:00:00Z"),
            cover: .init(title: "Cover", subtitle: "Sub", daily: [1, 2, 3], caption: "c"),
            insideCover: ["Inside"], runningHead: "Running head", blocks: blocks)
    }

    func pdf(_ document: Document) throws -> (path: String, result: TypesetResult, pages: [String]) {
        let path = (try TestScratch.newFolder("pages") as NSString).appendingPathComponent("t.pdf")
        let result = try Typesetter.write(document, to: path)
        let info = try tool("pdfinfo", [path])
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }!.split(separator: " ").last!)!
        #expect(pages == result.pageCount)
        let text = try tool("pdftotext", ["-layout", path, "-"])
        let perPage = text.components(separatedBy: "\u{0C}").dropLast().map { $0 }
        #expect(perPage.count == pages)
        #expect(!text.isEmpty)
        return (path, result, perPage)
    }

    func paragraph(_ words: Int, _ tag: String) -> Document.Block {
        .paragraph(.init(markup: (0..<words).map { "\(tag)\($0)" }.joined(separator: " ")))
    }

    @Test("a level-1 heading starts a new page; the contents lists every heading with the page it is on")
    func chaptersStartPages() throws {
        let made = try pdf(
            document([
                .heading(level: 1, text: "Chapter Alpha", id: "a"), paragraph(40, "alpha"),
                .heading(level: 1, text: "Chapter Beta", id: "b"), paragraph(40, "beta"),
            ]))
        let pages = made.result.sections.map(\.page)
        #expect(pages.count == 2 && pages[1] == pages[0] + 1)
        for (section, page) in zip(["Chapter Alpha", "Chapter Beta"], pages) {
            #expect(made.pages[page - 1].contains(section), "\(section) on page \(page)")
        }
        #expect(!made.pages[pages[0] - 1].contains("beta0"))
        // The contents page (third) lists both with their page numbers.
        let contents = made.pages[2]
        #expect(contents.contains("Chapter Alpha") && contents.contains("Chapter Beta"))
        #expect(contents.contains("\(pages[1])"))
    }

    @Test("a table longer than a page continues on the next with its header row repeated, and loses no row")
    func longTableSplits() throws {
        let rows = (1...150).map { ["Row \($0)", "\($0 * 7)"] }
        let made = try pdf(
            document([
                .heading(level: 1, text: "Tables", id: "t"),
                .table(.init(title: "A long table", columns: ["Force", "Incidents"], rows: rows)),
            ]))
        let tablePages = made.pages.enumerated().filter { $0.element.contains("Row ") }
        #expect(tablePages.count >= 2)
        for page in tablePages {
            #expect(
                page.element.contains("Force") && page.element.contains("Incidents"),
                "header repeated on page \(page.offset + 1)")
        }
        for page in tablePages.dropFirst() { #expect(page.element.contains("A long table (continued)")) }
        let all = tablePages.map(\.element).joined(separator: "\n")
        for n in [1, 75, 150] { #expect(all.contains("Row \(n) ") || all.contains("Row \(n)\n"), "row \(n)") }
    }

    @Test(
        "a level-2 heading is never left at the foot of a page without the text that follows it",
        arguments: Array(25...75))
    func headingKeptWithNext(_ before: Int) throws {
        var blocks: [Document.Block] = [.heading(level: 1, text: "Start", id: "s")]
        // One-line paragraphs: the heading moves down the page a line at a time, so some case
        // puts it where it fits and the line after it does not.
        for i in 0..<before { blocks.append(paragraph(3, "f\(i)x")) }
        blocks.append(.heading(level: 2, text: "Kept Heading", id: "k"))
        blocks.append(paragraph(30, "follow"))
        let made = try pdf(document(blocks))
        // (After the cover, inside cover and contents, which lists the heading too.)
        let page = try #require(made.pages.indices.dropFirst(3).first { made.pages[$0].contains("Kept Heading") })
        #expect(made.pages[page].contains("follow0"), "the heading's page also holds the first words after it")
    }
}
