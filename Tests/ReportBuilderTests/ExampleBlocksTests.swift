import Charts
import Testing
import Typesetting

@testable import ReportBuilder

/// `{{examples SECTION}}`: the section's case examples where the template asks, nothing when it has none.
@Suite struct ExampleBlocksTests {
    @Test("an examples line becomes its section's blocks; a section without examples prints nothing")
    func blocks() {
        let examples: [String: [Document.Block]] = [
            "assault": [
                .paragraph(LightMarkup.inline("*Examples:*")),
                .bullets([LightMarkup.inline("One."), LightMarkup.inline("Two.")]),
            ]
        ]
        let blocks = LightMarkup.blocks(
            "## Assault\nText.\n@@examples assault@@\n@@examples threats@@\nAfter.", charts: [:], tables: [:],
            examples: examples)
        let kinds = blocks.map { block -> String in
            switch block {
            case .heading: "h"
            case .paragraph(let inline): "p " + inline.markup
            case .bullets(let items): "ul \(items.count)"
            default: "other"
            }
        }
        #expect(kinds == ["h", "p Text.", "p <i>Examples:</i>", "ul 2", "p After."])
    }

    @Test("an example's text is set as written: asterisks and brackets are not markup, and it is escaped for Pango")
    func literalText() {
        let inline = LightMarkup.inline(
            ReportContext.escapedMarkup("He shouted \"f*** the Jews\" [^not a note] & left <quickly>."))
        #expect(
            !inline.markup.contains("<i>") && !inline.markup.contains("<b>") && inline.footnotes.isEmpty,
            "\(inline.markup)")
        #expect(inline.markup.contains("&amp;") && inline.markup.contains("&lt;quickly&gt;"))
    }
}
