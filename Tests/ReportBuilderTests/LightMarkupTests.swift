import Charts
import Testing
import Typesetting

@testable import ReportBuilder

/// The templates' light markup on its own: blocks and inline Pango markup.
@Suite struct LightMarkupTests {
    func describe(_ blocks: [Document.Block]) -> [String] {
        blocks.map { block in
            switch block {
            case .heading(let level, let text, let id): "h\(level) \(text) #\(id)"
            case .paragraph(let inline): "p " + inline.markup
            case .bullets(let items): "ul " + items.map(\.markup).joined(separator: " | ")
            case .table(let table): "table " + table.title
            case .chart(let chart, let height): "chart \(chart.title) \(Int(height))"
            case .pageBreak: "break"
            }
        }
    }

    @Test(
        """
        headings, paragraphs joined across lines, bullets with continuation lines, page breaks, charts and tables by \
        name
        """
    )
    func blocks() {
        let table = Document.Table(title: "By category", columns: ["Category", "2025"], rows: [["Assault", "3"]])
        let chart = Chart(
            kind: .verticalBars, title: "By month", subtitle: "", categories: ["Jan"],
            series: [.init(name: "n", values: [1])])
        let text = """
            # Summary
            First line of a paragraph
            and its second line.

            ## Details
            - one item
              continued here
            - two
            After the list.
            \\pagebreak
            @@table categories@@
            @@chart months@@
            @@chart unknown@@
            ### Deeper heading
            """
        let got = describe(LightMarkup.blocks(text, charts: ["months": chart], tables: ["categories": table]))
        #expect(
            got == [
                "h1 Summary #section-1",
                "p First line of a paragraph and its second line.",
                "h2 Details #section-2",
                "ul one item continued here | two",
                "p After the list.",
                "break",
                "table By category",
                "chart By month 212",
                "h2 Deeper heading #section-3",
            ])
    }

    @Test("inline: text escaped for Pango, bold and italic, crossed emphasis nested, footnotes taken out")
    func inline() {
        #expect(LightMarkup.inline("a < b & c > d").markup == "a &lt; b &amp; c &gt; d")
        #expect(LightMarkup.inline("**bold** and *italic*").markup == "<b>bold</b> and <i>italic</i>")
        // Crossed emphasis closes the inner tag and opens it again, so the markup always nests.
        #expect(LightMarkup.inline("**bold *both** italic*").markup == "<b>bold <i>both</i></b><i> italic</i>")
        // An unclosed tag is closed at the end.
        #expect(LightMarkup.inline("*open").markup == "<i>open</i>")
        let noted = LightMarkup.inline("Total rose [^Revised since the *last* report.] sharply.")
        #expect(noted.markup == "Total rose\u{E000} sharply.")
        #expect(noted.footnotes == ["Revised since the <i>last</i> report."])
    }
}
