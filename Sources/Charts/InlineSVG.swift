import Foundation

/// Cairo's SVG, ready to sit inside an HTML page: without the XML prolog, marked as one image
/// named by the element `labelledBy` (the text alternative that states its numbers).
public enum InlineSVG {
    /// One chart's SVG as an element of a page.
    public static func make(_ data: Data, labelledBy: String) -> String {
        var svg = String(decoding: data, as: UTF8.self)
        if let start = svg.range(of: "<svg") { svg = String(svg[start.lowerBound...]) }
        return svg.replacingOccurrences(
            of: "<svg",
            with: "<svg role=\"img\" aria-labelledby=\"\(labelledBy)\" focusable=\"false\"",
            range: svg.range(of: "<svg"))
    }
}

/// Several of cairo's SVGs in one page. Cairo names its glyphs and surfaces the same way in every
/// file (`glyph0-1`, `surface1`), so two charts in one document would draw each other's letters:
/// each chart's names are its own (`c3-1`), and its glyphs, the same outlines from chart to chart,
/// move to one set of definitions the page holds once (``definitions``), which keeps the page a
/// fraction of the size. The names depend only on the charts, so the same charts give the same page.
public struct InlineSVGPage {
    private var glyphByOutline: [ArraySlice<UInt8>: String] = [:]
    private var glyphs: [String] = []
    private var charts = 0

    /// An empty page.
    public init() {}

    /// The chart's SVG (`data`, as cairo wrote it) as an element of this page.
    public mutating func add(_ data: Data, labelledBy: String) -> String {
        charts += 1
        // Bytes, not characters: a page has a few megabytes of cairo's SVG to go through. Without
        // the XML prolog, marked as one image named by `labelledBy`, as ``InlineSVG/make(_:labelledBy:)``.
        let file = [UInt8](data)
        let start = file.find("<svg", from: 0) ?? 0
        let head = min(start + 4, file.count)
        let role = " role=\"img\" aria-labelledby=\"\(labelledBy)\" focusable=\"false\""
        let svg = Array(file[start..<head]) + Array(role.utf8) + Array(file[head...])
        var names: [ArraySlice<UInt8>: String] = [:]
        // The glyphs: each outline once per page.
        var body: [UInt8] = []
        body.reserveCapacity(svg.count)
        var at = 0
        while let open = svg.find("<symbol ", from: at), let close = svg.find("</symbol>", from: open),
            let tagEnd = svg.find(">", from: open), tagEnd < close,
            let name = svg.attribute("id", in: open..<tagEnd)
        {
            body += svg[at..<open]
            let outline = svg[(tagEnd + 1)..<close]
            if let shared = glyphByOutline[outline] {
                names[name] = shared
            } else {
                let shared = "g\(glyphs.count)"
                glyphByOutline[outline] = shared
                let path = String(decoding: outline, as: UTF8.self)
                glyphs.append("<symbol overflow=\"visible\" id=\"\(shared)\">\(path)</symbol>")
                names[name] = shared
            }
            at = close + "</symbol>".utf8.count
        }
        body += svg[at...]
        // Every other name: this chart's own, numbered in order (cairo numbers surfaces across the
        // whole process, so its own names would change with what was drawn before).
        var count = 0
        at = 0
        while let found = body.find(" id=\"", from: at) {
            let start = found + 5
            let end = body.find("\"", from: start) ?? body.count
            count += 1
            names[body[start..<end]] = "c\(charts)-\(count)"
            at = end
        }
        return InlineSVGPage.rename(body, names)
    }

    /// The glyphs the page's charts use: one hidden SVG, placed before them.
    public var definitions: String {
        "<svg class=\"glyphs\" aria-hidden=\"true\" focusable=\"false\" width=\"0\" height=\"0\" "
            + "style=\"position:absolute;width:0;height:0;overflow:hidden\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<defs>" + glyphs.joined(separator: "\n") + "</defs></svg>"
    }

    /// `svg` with each `id="…"` and each reference `#…` (in `href="#…"` and `url(#…)`) renamed.
    private static func rename(_ svg: [UInt8], _ names: [ArraySlice<UInt8>: String]) -> String {
        let quote = UInt8(ascii: "\""), hash = UInt8(ascii: "#"), close = UInt8(ascii: ")")
        var out: [UInt8] = []
        out.reserveCapacity(svg.count)
        var i = 0
        while i < svg.count {
            let byte = svg[i]
            // A name starts after `id="` or after `#` in a reference.
            let isID = byte == quote && i >= 4 && svg[(i - 4)..<i].elementsEqual(" id=".utf8)
            guard isID || byte == hash else {
                out.append(byte)
                i += 1
                continue
            }
            out.append(byte)
            var end = i + 1
            while end < svg.count && svg[end] != quote && svg[end] != close { end += 1 }
            let name = svg[(i + 1)..<end]
            if let renamed = names[name] { out += renamed.utf8 } else { out += name }
            i = end
        }
        return String(decoding: out, as: UTF8.self)
    }
}

fileprivate extension Array where Element == UInt8 {
    /// Where `needle` next occurs at or after `start`.
    func find(_ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, count >= pattern.count else { return nil }
        var i = start
        while i <= count - pattern.count {
            if self[i] == first && self[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }

    /// The value of `name="…"` in the tag at `range`.
    func attribute(_ name: String, in range: Range<Int>) -> ArraySlice<UInt8>? {
        guard let start = find(" \(name)=\"", from: range.lowerBound), start < range.upperBound else { return nil }
        let valueStart = start + name.utf8.count + 3
        let end = find("\"", from: valueStart) ?? count
        return self[valueStart..<end]
    }
}
