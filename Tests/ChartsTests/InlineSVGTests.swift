import Charts
import Foundation
import Testing

/// Several of cairo's SVG charts in one page.
@Suite(.serialized) struct InlineSVGTests {
    init() { _ = fontsReady }

    static let categories = Chart(
        kind: .horizontalBars, title: "Incidents by category",
        categories: ["Threats", "Assault"],
        series: [.init(name: "Incidents", values: [299, 363])])

    func svg(_ chart: Chart) throws -> Data {
        try ChartFile.data(
            chart, format: .svg, folder: FileManager.default.temporaryDirectory.path,
            created: "2026-01-01T00:00:00Z")
    }

    /// Each match of `pattern`'s first group.
    func values(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    @Test(
        """
        two charts in one page: every name once, every reference to a name of the page, each glyph outline once, and \
        the same charts give the same page
        """
    )
    func twoCharts() throws {
        var page = InlineSVGPage()
        let first = page.add(try svg(monthly), labelledBy: "one")
        let second = page.add(try svg(Self.categories), labelledBy: "two")
        let whole = page.definitions + first + second
        let ids = values(#" id="([^"]+)""#, in: whole)
        #expect(Set(ids).count == ids.count, "names used twice: \(ids.sorted())")
        let references = values(##"href="#([^"]+)""##, in: whole) + values(#"url\(#([^)]+)\)"#, in: whole)
        #expect(!references.isEmpty)
        for reference in references { #expect(ids.contains(reference), "\(reference) is not a name of the page") }
        // The glyphs are in the definitions only, each outline once ("a" of both charts' titles is one symbol).
        #expect(!first.contains("<symbol") && !second.contains("<symbol"))
        let definitions = page.definitions.replacingOccurrences(of: "\n", with: " ")
        let outlines = values(#"<symbol overflow="visible" id="[^"]+">(.*?)</symbol>"#, in: definitions)
        #expect(Set(outlines).count == outlines.count && outlines.count > 10)
        #expect(first.hasPrefix("<svg role=\"img\" aria-labelledby=\"one\""))
        // Cairo numbers its surfaces across the process: the page's names do not depend on what was drawn before.
        _ = try svg(monthly)
        var again = InlineSVGPage()
        let redrawn =
            again.add(try svg(monthly), labelledBy: "one")
            + again.add(try svg(Self.categories), labelledBy: "two")
        #expect(redrawn == first + second)
    }
}
