import Charts
import Foundation
import Graphics
import TestSupport
import Testing
import Typesetting

/// The tagged PDF on its own: real PDFs from cairo, their structure read back with poppler and qpdf.
@Suite(.serialized) struct TaggingTests {
    init() { _ = bundledFonts }

    static let chart = Chart(
        kind: .horizontalBars, title: "Incidents by category",
        categories: ["Threats", "Assault", "Literature"],
        series: [.init(name: "Incidents", values: [299, 363, 122])])

    func document(_ blocks: [Document.Block]) -> Document {
        Document(
            metadata: .init(
                title: "Tagged Report 2025", author: "A", subject: "S", keywords: "K",
                created: "2026-01-01T00:00:00Z"),
            cover: .init(
                title: "Tagged Report", subtitle: "2025", daily: [1, 5, 3], caption: "Days",
                alternative: "Three days. Largest: day two, 5."),
            insideCover: ["Inside"], runningHead: "Running head words", blocks: blocks)
    }

    func write(_ document: Document) throws -> String {
        let path = (try TestScratch.newFolder("tags") as NSString).appendingPathComponent("t.pdf")
        _ = try Typesetter.write(document, to: path)
        return path
    }

    func words(_ count: Int, _ tag: String) -> Document.Inline {
        .init(markup: (0..<count).map { "\(tag)\($0)" }.joined(separator: " "))
    }

    var sample: [Document.Block] {
        [
            .heading(level: 1, text: "First chapter", id: "a"), .paragraph(words(30, "intro")),
            .bullets([words(5, "one"), words(5, "two")]),
            .heading(level: 2, text: "A subsection", id: "b"), .chart(Self.chart, height: 200),
            .table(
                .init(
                    title: "Incidents by category", columns: ["Category", "Incidents"],
                    rows: [["Threats", "299"], ["Assault", "363"], ["Total", "662"]], totalRows: [2])),
            .heading(level: 1, text: "Second chapter", id: "c"), .paragraph(words(10, "end")),
        ]
    }

    @Test("the PDF is tagged, in English (UK), shows its title, and qpdf finds no damage")
    func taggedAndSound() throws {
        let path = try write(document(sample))
        let info = try tool("pdfinfo", [path])
        #expect(info.contains("Tagged:          yes"), "\(info)")
        let objects = try PDFObjects(path)
        #expect(PDFObjects.text(objects.catalog["/Lang"]) == "en-GB")
        #expect((objects.catalog["/ViewerPreferences"] as? [String: Any])?["/DisplayDocTitle"] as? Bool == true)
        #expect(try tool("qpdf", ["--check", path]).contains("No syntax or stream encoding errors found"))
        // The tree's root is one Document element.
        let tree = try StructureNode.read(path)
        #expect(tree.children.map(\.type) == ["Document"])
    }

    @Test(
        "headings, paragraphs, a list, a table with scoped header cells and a figure with its numbers, in reading order"
    )
    func structure() throws {
        let path = try write(document(sample))
        let tree = try StructureNode.read(path)
        let headings = tree.all.filter { $0.type == "H1" || $0.type == "H2" }.map { "\($0.type) \($0.fullText)" }
        #expect(
            headings == [
                "H1 Tagged Report", "H1 Contents", "H1 First chapter", "H2 A subsection",
                "H1 Second chapter",
            ])
        // Each contents entry is a link: a Link element with the entry's text and the annotation.
        let entries = tree.all("TOCI")
        #expect(entries.count == 3)
        for entry in entries {
            let link = entry.all("Link")
            #expect(link.count == 1 && link.first?.text.isEmpty == false)
            #expect(link.first?.children.contains { $0.type == "Object" } == true)
        }
        let list = try #require(tree.all("L").first)
        #expect(list.all("LI").count == 2 && list.all("Lbl").count == 2)
        #expect(list.all("LBody").first?.fullText.hasPrefix("one0") == true)
        let table = try #require(tree.all("Table").first)
        #expect(table.all("Caption").first?.fullText == "Incidents by category")
        let rows = table.children.filter { $0.type == "TR" }
        #expect(rows.count == 4)
        #expect(rows[0].children.allSatisfy { $0.type == "TH" && $0.attributes.contains("/Scope /Column") })
        #expect(rows[1].children.map(\.type) == ["TH", "TD"] && rows[1].children[0].attributes.contains("/Scope /Row"))
        #expect(rows[3].fullText == "Total 662")
        // Figures: the cover's graphic and the chart, each with its alternative text.
        let figures = try PDFObjects(path).structureElements.filter { $0["/S"] as? String == "/Figure" }
        let alternatives = figures.map { PDFObjects.text($0["/Alt"]) ?? "" }
        #expect(alternatives.count == 2)
        #expect(alternatives[0] == "Three days. Largest: day two, 5.")
        #expect(alternatives[1].contains("Threats 299; Assault 363; Literature 122"), "\(alternatives[1])")
        #expect(alternatives[1].hasSuffix("Largest: Assault, 363."), "\(alternatives[1])")
    }

    @Test(
        """
        a paragraph that runs onto the next page is one paragraph; running heads, page numbers and section names stay \
        out of the structure
        """
    )
    func furnitureOutside() throws {
        var blocks: [Document.Block] = [.heading(level: 1, text: "Long chapter", id: "l")]
        for i in 0..<14 { blocks.append(.paragraph(words(70, "p\(i)w"))) }
        let path = try write(document(blocks))
        let tree = try StructureNode.read(path)
        let paragraphs = tree.all("P").filter { $0.fullText.hasPrefix("p") }
        // Some paragraphs cross a page (a run of text on each), and none is split in two elements.
        // (Poppler prints the first line of each run.)
        #expect(paragraphs.count == 14)
        #expect(paragraphs.filter { $0.text.count == 2 }.count >= 2, "no paragraph crossed a page")
        for (i, p) in paragraphs.enumerated() {
            #expect(p.text.first?.hasPrefix("p\(i)w0 ") == true, "paragraph \(i): \(p.text)")
            for run in p.text.dropFirst() {
                #expect(run.hasPrefix("p\(i)w"), "paragraph \(i) goes on with \(run.prefix(40))")
            }
        }
        let text = tree.fullText
        #expect(!text.contains("Running head words"))
        // The section name in the head of each body page is the heading's text: only the heading and
        // the contents entry hold it.
        #expect(text.components(separatedBy: "Long chapter").count - 1 == 2, "\(text.prefix(300))")
        // Page numbers: the body pages' numbers are not runs of their own.
        let info = try tool("pdfinfo", [path]).split(separator: "\n")
        let pages = info.first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last!) } ?? 0
        #expect(pages >= 6)
        let runs = Set(tree.all.flatMap(\.text))
        for number in 4...pages { #expect(!runs.contains(String(number)), "page number \(number) is in the structure") }
    }

    @Test("a table longer than a page is a table on each page, each with its header row")
    func longTable() throws {
        let rows = (1...150).map { ["Row \($0)", "\($0 * 7)"] }
        let table = Document.Table(title: "A long table", columns: ["Force", "Incidents"], rows: rows)
        let path = try write(document([.heading(level: 1, text: "Tables", id: "t"), .table(table)]))
        let tables = try StructureNode.read(path).all("Table")
        #expect(tables.count >= 2)
        var bodyRows = 0
        for (i, table) in tables.enumerated() {
            let trs = table.children.filter { $0.type == "TR" }
            #expect(trs.first?.fullText == "Force Incidents", "table part \(i)")
            #expect(table.all("Caption").first?.fullText == (i == 0 ? "A long table" : "A long table (continued)"))
            bodyRows += trs.count - 1
        }
        #expect(bodyRows == 150)
    }

    @Test("the same document gives the same bytes")
    func deterministic() throws {
        let one = try Data(contentsOf: URL(fileURLWithPath: try write(document(sample))))
        let two = try Data(contentsOf: URL(fileURLWithPath: try write(document(sample))))
        #expect(one == two)
    }
}
