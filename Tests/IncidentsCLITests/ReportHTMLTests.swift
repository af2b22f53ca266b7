import Foundation
import TestSupport
import Testing

/// The report's web edition (`incidents report --format html`), beside the tagged PDF it must agree with.
@Suite(.serialized) struct ReportHTMLTests {
    let demo = DemoReports.shared
    var page: String { demo.cli.path("Reports/antisemitic-incidents-2025.html") }

    /// The page's text: tags removed, HTML's references decoded, white space collapsed.
    static func text(_ html: String) -> String {
        var out = html.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        for (entity, ch) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: ch)
        }
        return out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Each match of `pattern`'s group `group` as text (or, `raw`, as HTML).
    static func matches(_ pattern: String, in html: String, group: Int = 1, raw: Bool = false) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap {
            Range($0.range(at: group), in: html).map { raw ? String(html[$0]) : text(String(html[$0])) }
        }
    }

    @Test(
        "the demo writes the web edition beside the PDF: one page in English (UK), with nothing to fetch and no script")
    func selfContained() throws {
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
        #expect(html.contains("<title>Antisemitic Incidents Report 2025</title>"))
        let forbidden = ["<script", "<link", " src=", "@import", "<iframe", "<object", "<embed", "<img", "javascript:"]
        for forbidden in forbidden {
            #expect(!html.lowercased().contains(forbidden), "\(forbidden)")
        }
        // Every link and reference stays inside the page.
        for target in Self.matches(#"href="([^"]*)""#, in: html) { #expect(target.hasPrefix("#"), "\(target)") }
        for target in Self.matches(#"url\(([^)]*)\)"#, in: html) { #expect(target.hasPrefix("#"), "\(target)") }
        // Every id once: many charts from cairo would otherwise share their glyphs' names.
        let ids = Self.matches(#" id="([^"]*)""#, in: html)
        let twice = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys
        #expect(twice.isEmpty, "\(twice.prefix(5))")
        // And every reference to one is to an id of the page.
        let known = Set(ids)
        let targets =
            Self.matches(##"href="#([^"]*)""##, in: html)
            + Self.matches(#"aria-labelledby="([^"]*)""#, in: html)
        for target in targets {
            #expect(known.contains(target), "\(target)")
        }
    }

    @Test("the same headline sentence, sections, tables and chart descriptions as the PDF")
    func sameAsThePDF() throws {
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let text = Self.text(html)
        let headline = try demo.cli.run(["figures", "--period", "2025", "--headline"]).out.split(separator: "\n")[0]
        #expect(text.contains(headline), "\(headline)")
        let pdfText = try demo.text().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(pdfText.contains(String(headline.prefix(60))))
        // Sections (h2) and subsections (h3), as the PDF's outline lists them, each with the id the contents links to.
        let outline = try ReportTestFiles.outline(demo.annual)
        let headings = Self.matches(#"<h([23]) id="section-[0-9]+">(.*?)</h[23]>"#, in: html, group: 2)
        let levels = Self.matches(#"<h([23]) id="section-[0-9]+">"#, in: html).map { Int($0)! - 1 }
        #expect(headings == outline.map(\.title))
        #expect(levels == outline.map(\.level))
        let contents = Self.matches(#"<nav class="contents".*?</nav>"#, in: html, group: 0, raw: true).first ?? ""
        let linked = Self.matches(##"<a href="#(section-[0-9]+)">"##, in: contents)
        #expect(linked == (1...outline.count).map { "section-\($0)" })
        // Tables: the PDF's captions (a table split over pages once) and the same figures in each.
        let tree = try StructureNode.read(demo.annual)
        var pdfTables: [(caption: String, cells: [String])] = []
        for table in tree.all("Table") {
            let caption = table.all("Caption").first?.fullText ?? ""
            let cells = table.children.filter { $0.type == "TR" }.dropFirst().flatMap { $0.all("TD").map(\.fullText) }
            if caption.hasSuffix(" (continued)") {
                pdfTables[pdfTables.count - 1].cells += cells
            } else {
                pdfTables.append((caption, cells))
            }
        }
        let captions = Self.matches(#"<caption[^>]*>(.*?)</caption>"#, in: html)
        #expect(captions == pdfTables.map(\.caption))
        let bodies = Self.matches(#"<tbody>(.*?)</tbody>"#, in: html, raw: true)
        #expect(bodies.count == pdfTables.count)
        for (body, table) in zip(bodies, pdfTables) {
            #expect(Self.matches(#"<td>(.*?)</td>"#, in: body) == table.cells, "\(table.caption)")
        }
        // Each chart's words are the PDF figure's alternative text (after the cover's).
        let alternatives = try PDFObjects(demo.annual).structureElements.filter { $0["/S"] as? String == "/Figure" }
            .map { PDFObjects.text($0["/Alt"]) ?? "" }
        let words = Self.matches(#"<p id="chart-[0-9]+-text">(.*?)</p>"#, in: html)
        #expect(words == Array(alternatives.dropFirst()))
        #expect(Self.matches(#"<figcaption id="cover-text">(.*?)</figcaption>"#, in: html) == [alternatives[0]])
    }

    @Test("no personal value of any record in the web edition or the PDF (planted markers)")
    func noPersonalData() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("planted.csv", WebFixture.history())
        #expect(try cli.run(["import", "planted.csv"]).status == 0)
        let pdf = try cli.run(["report", "--period", "2023", "--out", "planted.pdf"])
        let html = try cli.run(["report", "--period", "2023", "--format", "html", "--out", "planted.html"])
        #expect(pdf.status == 0 && html.status == 0, "\(pdf.err) \(html.err)")
        let page = try cli.read("planted.html")
        #expect(page.contains("<table") && page.contains("role=\"img\""))
        let pdfText =
            try tool("pdftotext", [cli.path("planted.pdf"), "-"])
            + (try tool("pdfinfo", ["-struct-text", cli.path("planted.pdf")]))
        for marker in WebFixture.markers {
            #expect(!page.contains(marker), "\(marker) in the web edition")
            #expect(!pdfText.contains(marker), "\(marker) in the PDF")
        }
    }

    @Test(
        """
        written as the PDF is: the database and a file incidents did not write are refused, --force replaces the file; \
        same database, same bytes; a draft is a PDF
        """
    )
    func safeOutput() throws {
        let one = try demo.cli.run([
            "report", "--period", "2025", "--format", "html", "--mark", "2025-06-13=13 June",
            "--out", "one.html",
        ])
        #expect(one.status == 0 && one.out.contains("Wrote one.html: the web edition"), "\(one.err)")
        let made = try Data(contentsOf: URL(fileURLWithPath: demo.cli.path("one.html")))
        #expect(made == (try Data(contentsOf: URL(fileURLWithPath: page))))
        try demo.cli.write("theirs.html", "someone else's page\n")
        let refused = try demo.cli.run(["report", "--period", "2025", "--format", "html", "--out", "theirs.html"])
        #expect(refused.status != 0 && refused.err.contains("--force"), "\(refused.err)")
        #expect(try demo.cli.read("theirs.html") == "someone else's page\n")
        let database = try demo.cli.run(["report", "--period", "2025", "--format", "html", "--out", "incidents.sqlite"])
        #expect(database.status != 0 && database.err.contains("database"), "\(database.err)")
        let forced = try demo.cli.run([
            "report", "--period", "2025", "--format", "html", "--out", "theirs.html",
            "--force",
        ])
        let replaced = try demo.cli.read("theirs.html")
        #expect(forced.status == 0 && replaced.hasPrefix("<!DOCTYPE html>"))
        let draft = try demo.cli.run(["report", "--period", "2025", "--format", "html", "--draft"])
        #expect(draft.status != 0 && draft.err.contains("--draft makes a PDF"), "\(draft.err)")
    }

    @Test(
        """
        --format both writes the PDF and the web edition beside it from one build, the same bytes as each alone; a web \
        edition it may not replace stops both
        """
    )
    func both() throws {
        let both = try demo.cli.run([
            "report", "--period", "2025", "--format", "both", "--mark", "2025-06-13=13 June",
            "--out", "both.pdf",
        ])
        #expect(both.status == 0 && both.out.contains("Wrote both.html: the web edition"), "\(both.err)")
        func data(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }
        #expect(try data(demo.cli.path("both.pdf")) == (try data(demo.annual)))
        #expect(try data(demo.cli.path("both.html")) == (try data(page)))
        try demo.cli.write("kept.html", "a page of someone else's\n")
        let refused = try demo.cli.run(["report", "--period", "2025", "--format", "both", "--out", "kept.pdf"])
        #expect(refused.status != 0 && refused.err.contains("kept.html"), "\(refused.err)")
        #expect(!FileManager.default.fileExists(atPath: demo.cli.path("kept.pdf")))
        #expect(try demo.cli.read("kept.html") == "a page of someone else's\n")
    }
}
