import Charts
import Graphics
import Typesetting

/// The templates' light markup, turned into document blocks with Pango inline markup.
enum LightMarkup {
    static func blocks(
        _ text: String, charts: [String: Chart], tables: [String: Document.Table],
        examples: [String: [Document.Block]] = [:]
    ) -> [Document.Block] {
        var blocks: [Document.Block] = []
        var paragraph: [String] = []
        var bullets: [Document.Inline] = []
        var headingCount = 0
        func flush() {
            if !paragraph.isEmpty {
                blocks.append(.paragraph(inline(paragraph.joined(separator: " "))))
                paragraph = []
            }
            if !bullets.isEmpty {
                blocks.append(.bullets(bullets))
                bullets = []
            }
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { flush(); continue }
            if line.hasPrefix("@@") && line.hasSuffix("@@") {
                flush()
                let words = line.dropFirst(2).dropLast(2).split(separator: " ")
                if words.first == "chart", let chart = charts[String(words[1])] {
                    let small = words[1].hasPrefix("trend-")
                    blocks.append(
                        .chart(
                            chart,
                            height: small
                                ? 170
                                : chart.kind == .horizontalBars
                                    ? 250
                                    : chart.kind == .share
                                        ? 150
                                        : chart.kind == .tileMap ? 480 : 212))
                } else if words.first == "table", let table = tables[String(words[1])] {
                    blocks.append(.table(table))
                } else if words.first == "examples" {
                    blocks += examples[String(words[1])] ?? []
                }
            } else if line == "\\pagebreak" {
                flush()
                blocks.append(.pageBreak)
            } else if line.hasPrefix("#") {
                flush()
                let level = line.prefix { $0 == "#" }.count
                headingCount += 1
                blocks.append(
                    .heading(
                        level: min(level, 2), text: line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces),
                        id: "section-\(headingCount)"))
            } else if line.hasPrefix("- ") {
                if !paragraph.isEmpty { flush() }
                bullets.append(inline(String(line.dropFirst(2))))
            } else if !bullets.isEmpty && raw.hasPrefix("  ") {
                let last = bullets.removeLast()
                let more = inline(line)
                bullets.append(
                    Document.Inline(markup: last.markup + " " + more.markup, footnotes: last.footnotes + more.footnotes)
                )
            } else {
                if !bullets.isEmpty { flush() }
                paragraph.append(line)
            }
        }
        flush()
        return blocks
    }

    /// Inline markup: text escaped for Pango, `**bold**`, `*italic*`, footnotes `[^text]`
    /// replaced by a mark (U+E000) the typesetter numbers.
    static func inline(_ text: String) -> Document.Inline {
        var footnotes: [String] = []
        var out = ""
        var chars = Array(text)[...]
        // Open tags, innermost last. Closing one that is not innermost (crossed emphasis,
        // `**bold *italic** still*`) closes the inner ones and opens them again after it, so the
        // markup always nests.
        var open: [String] = []
        func toggle(_ tag: String) {
            guard let index = open.lastIndex(of: tag) else {
                out += "<\(tag)>"
                open.append(tag)
                return
            }
            let inner = open[(index + 1)...]
            for t in inner.reversed() { out += "</\(t)>" }
            out += "</\(tag)>"
            for t in inner { out += "<\(t)>" }
            open.remove(at: index)
        }
        while let ch = chars.first {
            if ch == "[", chars.dropFirst().first == "^", let close = chars.firstIndex(of: "]") {
                footnotes.append(inline(String(chars[(chars.startIndex + 2)..<close])).markup)
                while out.last == " " { out.removeLast() }
                out.append("\u{E000}")
                chars = chars[(close + 1)...]
            } else if ch == "*", chars.dropFirst().first == "*" {
                toggle("b")
                chars = chars.dropFirst(2)
            } else if ch == "*" {
                toggle("i")
                chars = chars.dropFirst()
            } else if ch == ReportContext.changedStart || ch == ReportContext.changedEnd {
                // A figure that changed since the previous draft: highlighted.
                if ch == ReportContext.changedStart {
                    out += "<span background=\"#FCE38A\">"
                    open.append("span")
                } else if open.contains("span") {
                    toggle("span")
                }
                chars = chars.dropFirst()
            } else {
                out += TextLayout.escapeMarkup(String(ch))
                chars = chars.dropFirst()
            }
        }
        for tag in open.reversed() { out += "</\(tag)>" }
        return Document.Inline(markup: out, footnotes: footnotes)
    }
}
