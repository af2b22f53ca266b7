import Foundation

/// Cairo's SVG, ready to sit inside an HTML page: without the XML prolog, marked as one image
/// named by the element `labelledBy` (the text alternative that states its numbers).
public enum InlineSVG {
    /// One chart's SVG as an element of a page.
    public static func make(_ data: Data, labelledBy: String) -> String {
        var svg = String(decoding: data, as: UTF8.self)
        if let start = svg.range(of: "<svg") { svg = String(svg[start.lowerBound...]) }
        return svg.replacingOccurrences(of: "<svg", with: "<svg role=\"img\" aria-labelledby=\"\(labelledBy)\" focusable=\"false\"",
                                        range: svg.range(of: "<svg"))
    }
}

/// Several of cairo's SVGs in one page. Cairo names its glyphs and surfaces the same way in every
/// file (`glyph0-1`, `surface1`), so two charts in one document would draw each other's letters:
/// each chart's names are its own (`c3-1`), and its glyphs, the same outlines from chart to chart,
/// move to one set of definitions the page holds once (``definitions``), which keeps the page a
/// fraction of the size. The names depend only on the charts, so the same charts give the same page.
public struct InlineSVGPage {
    private var glyphByOutline: [Substring: String] = [:]
    private var glyphs: [String] = []
    private var charts = 0

    /// An empty page.
    public init() {}

    /// The chart's SVG (`data`, as cairo wrote it) as an element of this page.
    public mutating func add(_ data: Data, labelledBy: String) -> String {
        charts += 1
        let svg = InlineSVG.make(data, labelledBy: labelledBy)
        var names: [String: String] = [:]
        // The glyphs: each outline once per page.
        var body = ""
        body.reserveCapacity(svg.utf8.count)
        var rest = svg[...]
        while let open = rest.range(of: "<symbol "), let close = rest[open.upperBound...].range(of: "</symbol>"),
              let tagEnd = rest[open.upperBound..<close.lowerBound].firstIndex(of: ">"),
              let name = InlineSVGPage.attribute("id", in: rest[open.lowerBound..<tagEnd]) {
            body += rest[..<open.lowerBound]
            let outline = rest[rest.index(after: tagEnd)..<close.lowerBound]
            if let shared = glyphByOutline[outline] {
                names[name] = shared
            } else {
                let shared = "g\(glyphs.count)"
                glyphByOutline[outline] = shared
                glyphs.append("<symbol overflow=\"visible\" id=\"\(shared)\">\(outline)</symbol>")
                names[name] = shared
            }
            rest = rest[close.upperBound...]
        }
        body += rest
        // Every other name: this chart's own, numbered in order (cairo numbers surfaces across the
        // whole process, so its own names would change with what was drawn before).
        var scan = body[...]
        var count = 0
        while let found = scan.range(of: " id=\"") {
            let value = scan[found.upperBound...].prefix { $0 != "\"" }
            count += 1
            names[String(value)] = "c\(charts)-\(count)"
            scan = scan[found.upperBound...]
        }
        return InlineSVGPage.rename(body, names)
    }

    /// The glyphs the page's charts use: one hidden SVG, placed before them.
    public var definitions: String {
        "<svg class=\"glyphs\" aria-hidden=\"true\" focusable=\"false\" width=\"0\" height=\"0\" "
            + "style=\"position:absolute;width:0;height:0;overflow:hidden\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<defs>" + glyphs.joined(separator: "\n") + "</defs></svg>"
    }

    /// The value of `name="…"` in a tag's text.
    private static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        return String(tag[start.upperBound...].prefix { $0 != "\"" })
    }

    /// `svg` with each `id="…"` and each reference `#…` (in `href="#…"` and `url(#…)`) renamed.
    private static func rename(_ svg: String, _ names: [String: String]) -> String {
        var out = ""
        out.reserveCapacity(svg.utf8.count)
        var rest = svg[...]
        while let mark = rest.firstIndex(where: { $0 == "#" || $0 == "=" }) {
            let after = rest.index(after: mark)
            if rest[mark] == "=" {
                // id="name"
                let isID = rest[..<mark].hasSuffix(" id") && rest[after...].hasPrefix("\"")
                out += rest[...mark]
                rest = rest[after...]
                guard isID else { continue }
                let value = rest.dropFirst().prefix { $0 != "\"" }
                out += "\"" + (names[String(value)] ?? String(value))
                rest = rest[value.endIndex...]
            } else {
                let value = rest[after...].prefix { $0 != "\"" && $0 != ")" }
                out += rest[..<mark] + "#" + (names[String(value)] ?? String(value))
                rest = rest[value.endIndex...]
            }
        }
        out += rest
        return out
    }
}
