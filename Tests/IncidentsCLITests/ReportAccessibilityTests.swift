import Foundation
import TestSupport
import Testing

/// The demo's annual report as a tagged PDF, read back through poppler and qpdf.
@Suite(.serialized) struct ReportAccessibilityTests {
    let demo = DemoReports.shared

    @Test("the annual report is tagged, in English (UK), shows its title, and qpdf finds no damage")
    func tagged() throws {
        let info = try tool("pdfinfo", [demo.annual])
        #expect(info.contains("Tagged:          yes"))
        let objects = try PDFObjects(demo.annual)
        #expect(PDFObjects.text(objects.catalog["/Lang"]) == "en-GB")
        #expect((objects.catalog["/ViewerPreferences"] as? [String: Any])?["/DisplayDocTitle"] as? Bool == true)
        #expect(try tool("qpdf", ["--check", demo.annual]).contains("No syntax or stream encoding errors found"))
    }

    @Test(
        """
        the structure lists the title, the contents, then every section as H1 and subsection as H2, in the order of \
        the contents
        """
    )
    func headings() throws {
        let tree = try StructureNode.read(demo.annual)
        let headings = tree.all.filter { $0.type == "H1" || $0.type == "H2" }
        let outline = try ReportTestFiles.outline(demo.annual)
        let expected = [(1, "Antisemitic Incidents Report"), (1, "Contents")] + outline
        #expect(headings.count == expected.count, "\(headings.map(\.fullText))")
        for (heading, (level, title)) in zip(headings, expected) {
            #expect(heading.type == "H\(level)", "\(title) is \(heading.type)")
            // Poppler prints a heading's first line only: a long title is checked as far as it goes.
            #expect(!heading.fullText.isEmpty && title.hasPrefix(heading.fullText), "\(heading.fullText) for \(title)")
        }
        #expect(expected.count >= 20)
        // The contents page: one entry with its link for each heading of the outline.
        let entries = tree.all("TOCI")
        #expect(entries.count == expected.count - 2)
        #expect(entries.allSatisfy { $0.all("Link").count == 1 })
    }

    @Test(
        """
        every figure has alternative text with its numbers; each chart names its largest value as the figures command \
        counts it
        """
    )
    func figures() throws {
        let alternatives = try PDFObjects(demo.annual).structureElements.filter { $0["/S"] as? String == "/Figure" }
            .map { PDFObjects.text($0["/Alt"]) ?? "" }
        let template = try String(contentsOfFile: ReportTestFiles.template("annual.md"), encoding: .utf8)
        // The cover's graphic, then every chart of the template.
        #expect(alternatives.count == template.components(separatedBy: "{{chart ").count)
        for alternative in alternatives { #expect(alternative.contains("Largest: "), "\(alternative)") }
        // The categories chart and the monthly chart: each names its largest bar as `incidents figures` counts it.
        func largest(_ by: String) throws -> (label: String, count: Int) {
            let json = try demo.cli.run(["figures", "--period", "2025", "--by", by, "--format", "json"]).out
            let answer = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            let rows = try #require(answer?["rows"] as? [[String: Any]])
            let top = try #require(rows.max { ($0["incidents"] as? Int ?? 0) < ($1["incidents"] as? Int ?? 0) })
            return (((top["labels"] as? [String: String])?[by]) ?? "?", top["incidents"] as? Int ?? -1)
        }
        let category = try largest("category")
        let chart = try #require(alternatives.first { $0.contains("Antisemitic incidents by category") })
        #expect(chart.hasSuffix("Largest: \(category.label), \(formatted(category.count))."), "\(chart)")
        let month = try largest("month")
        let monthly = try #require(alternatives.first { $0.contains("Antisemitic incidents by month, 2025") })
        let label = String(month.label.prefix(3))
        #expect(monthly.hasSuffix("Largest: \(label), \(formatted(month.count))."), "\(monthly) for \(month)")
        #expect(monthly.contains("\(label) \(formatted(month.count))"))
    }

    @Test(
        """
        every table has a header row of column headers and a row header in each row; the running heads are not in the \
        structure
        """
    )
    func tablesAndFurniture() throws {
        let tree = try StructureNode.read(demo.annual)
        let tables = tree.all("Table")
        #expect(tables.count >= 8)
        for table in tables {
            let rows = table.children.filter { $0.type == "TR" }
            #expect(rows.count >= 2)
            #expect(rows[0].children.allSatisfy { $0.type == "TH" && $0.attributes.contains("/Scope /Column") })
            for row in rows.dropFirst() { #expect(row.children.first?.attributes.contains("/Scope /Row") == true) }
        }
        #expect(tree.all("L").count >= 1 && tree.all("LI").count >= 6)
        // The running head (the title and year) is printed on every body page; in the structure it
        // is only the inside cover's first line.
        let runs = tree.all.flatMap(\.text)
        let titled = runs.filter { $0.contains("Antisemitic Incidents Report 2025") }
        #expect(titled.count == 1, "\(titled)")
    }
}

/// Files of the repository the tests read, and what the tests read from a report.
enum ReportTestFiles {
    /// The outline (bookmarks) of the PDF at `path`, which lists every section and subsection as
    /// the contents page does: (level, title) in order.
    static func outline(_ path: String) throws -> [(level: Int, title: String)] {
        let json = try tool("qpdf", ["--json", "--json-key=outlines", path])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        var out: [(Int, String)] = []
        func walk(_ items: [[String: Any]], _ level: Int) {
            for item in items {
                out.append((level, item["title"] as? String ?? ""))
                walk(item["kids"] as? [[String: Any]] ?? [], level + 1)
            }
        }
        walk(try #require(root["outlines"] as? [[String: Any]]), 1)
        return out
    }

    static func template(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates").appendingPathComponent(name).path
    }
}
