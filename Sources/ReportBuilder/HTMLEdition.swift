import Charts
import Foundation
import Graphics
import Typesetting

/// The report as one self-contained, accessible web page: the very document the PDF is typeset
/// from (the template's text, the engine's figures, the same tables and chart definitions), in
/// HTML. Sections with their headings, a contents list of links, tables with header cells and
/// their scope, charts as inline SVG (drawn by the same cairo code) named by a text alternative
/// that states their numbers, footnotes as notes at the end. Nothing is fetched: no script, no
/// style sheet, font or image from elsewhere.
public enum HTMLEdition {
    /// The page for `document`. Cairo writes SVG to files: the charts go through files in
    /// `scratch`, removed at once.
    public static func render(_ document: Document, scratch: String) throws -> String {
        var writer = HTMLWriter(document: document, scratch: scratch)
        return try writer.page()
    }
}

/// Writes one ``Document`` as HTML; numbers its notes, tables and charts as it goes.
struct HTMLWriter {
    let document: Document
    let scratch: String
    private var svg = InlineSVGPage()
    private var notes: [String] = []
    private var noteNumbers: [String: Int] = [:]
    private var tables = 0
    private var charts = 0

    init(document: Document, scratch: String) {
        self.document = document
        self.scratch = scratch
    }

    static func escape(_ text: String) -> String { TextLayout.escapeMarkup(text) }

    mutating func page() throws -> String {
        let main = try body()
        let m = document.metadata
        var out = """
            <!DOCTYPE html>
            <html lang="\(HTMLWriter.escape(m.language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLWriter.escape(m.title))</title>
            <meta name="author" content="\(HTMLWriter.escape(m.author))">
            <meta name="description" content="\(HTMLWriter.escape(m.subject))">
            <meta name="keywords" content="\(HTMLWriter.escape(m.keywords))">
            <meta name="generator" content="incidents">
            <meta name="dcterms.created" content="\(HTMLWriter.escape(String(m.created.prefix(10))))">
            <style>
            \(HTMLStyle.css)
            </style>
            </head>
            <body>
            <a class="skip" href="#main">Skip to the report</a>

            """
        out += svg.definitions + "\n"
        out += cover() + contents() + "<main id=\"main\" tabindex=\"-1\">\n" + main + notesSection() + "</main>\n"
        out +=
            "<footer class=\"imprint\">\n"
            + document.insideCover.map { "<p>\(HTMLWriter.escape($0))</p>\n" }.joined()
            + "</footer>\n</body>\n</html>\n"
        return out
    }

    // MARK: front matter

    private func cover() -> String {
        let c = document.cover
        var out = "<header class=\"cover\">\n"
        if let stamp = document.draftStamp { out += "<p class=\"draft\">\(HTMLWriter.escape(stamp))</p>\n" }
        out += "<h1>\(HTMLWriter.escape(c.title)) <span class=\"period\">\(HTMLWriter.escape(c.subtitle))</span></h1>\n"
        // The graphic: a bar for each day, as in print; two paths (the ordinary and the highest days).
        let width = 560.0, height = 160.0
        let maximum = c.daily.max() ?? 0
        var paths = ["", ""]
        if maximum > 0 {
            let step = width / Double(c.daily.count), high = c.highlightThreshold
            for (i, value) in c.daily.enumerated() where value > 0 {
                let h = value / maximum * height
                let bar = max(step * 0.72, 0.3)
                let x = Double(i) * step, top = height - h
                paths[value >= high ? 1 : 0] += "M\(fixed(x)) \(fixed(top))h\(fixed(bar))v\(fixed(h))h\(fixed(-bar))z"
            }
        }
        let alternative = c.alternative.isEmpty ? c.caption : c.alternative
        out += """
            <figure class="cover-graphic">
            <svg role="img" aria-labelledby="cover-text" focusable="false" viewBox="0 0 \(Int(width)) \(Int(height))" \
            preserveAspectRatio="none" xmlns="http://www.w3.org/2000/svg"><path fill="#56B4E9" d="\(paths[0])"/>\
            <path fill="#E69F00" d="\(paths[1])"/></svg>
            <figcaption id="cover-text">\(HTMLWriter.escape(alternative))</figcaption>
            </figure>
            </header>

            """
        return out
    }

    /// `value` with two decimals at most ("12.5", "-3.25"), without printf's cost for each of a
    /// year's days.
    private func fixed(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = String(abs(hundredths) / 100), part = abs(hundredths) % 100
        let sign = hundredths < 0 ? "-" : ""
        guard part > 0 else { return sign + whole }
        return sign + whole + (part % 10 == 0 ? ".\(part / 10)" : part < 10 ? ".0\(part)" : ".\(part)")
    }

    private func contents() -> String {
        var out =
            "<nav class=\"contents\" aria-labelledby=\"contents-title\">\n"
            + "<h2 id=\"contents-title\">Contents</h2>\n<ol>\n"
        var inSub = false
        var first = true
        for case .heading(let level, let text, let id) in document.blocks {
            let link = "<a href=\"#\(HTMLWriter.escape(id))\">\(HTMLWriter.escape(text))</a>"
            if level == 1 {
                if inSub { out += "</ol>" }
                if !first { out += "</li>\n" }
                out += "<li>" + link
                inSub = false
            } else {
                if !inSub { out += "\n<ol>" }
                out += "<li>" + link + "</li>"
                inSub = true
            }
            first = false
        }
        if inSub { out += "</ol>" }
        if !first { out += "</li>\n" }
        return out + "</ol>\n</nav>\n"
    }

    // MARK: the body

    private mutating func body() throws -> String {
        var out = ""
        var open = false
        for block in document.blocks {
            switch block {
            case .heading(let level, let text, let id):
                // One h1 (the title); the report's sections are h2, their subsections h3.
                if level == 1 {
                    if open { out += "</section>\n" }
                    out += "<section aria-labelledby=\"\(HTMLWriter.escape(id))\">\n"
                    open = true
                }
                let tag = level == 1 ? "h2" : "h3"
                out += "<\(tag) id=\"\(HTMLWriter.escape(id))\">\(HTMLWriter.escape(text))</\(tag)>\n"
            case .paragraph(let inline):
                out += "<p>\(html(inline))</p>\n"
            case .bullets(let items):
                out += "<ul>\n" + items.map { "<li>\(html($0))</li>\n" }.joined() + "</ul>\n"
            case .table(let table):
                out += self.table(table)
            case .chart(let chart, let height):
                out += try self.chart(chart, height: height)
            case .pageBreak:
                break
            }
        }
        if open { out += "</section>\n" }
        return out
    }

    /// Inline text: the typesetter's Pango markup as HTML, each footnote mark as a link to its
    /// note (a note cited again keeps its number, as in print).
    private mutating func html(_ inline: Document.Inline) -> String {
        var out = ""
        var remaining = inline.footnotes[...]
        for ch in HTMLWriter.convert(inline.markup) {
            guard ch == "\u{E000}", let note = remaining.first else {
                out.append(ch)
                continue
            }
            remaining = remaining.dropFirst()
            let number: Int
            if let known = noteNumbers[note] {
                number = known
            } else {
                notes.append(note)
                number = notes.count
                noteNumbers[note] = number
            }
            out +=
                "<sup class=\"note-ref\"><a href=\"#note-\(number)\">"
                + "<span class=\"hidden\">Note </span>\(number)</a></sup>"
        }
        return out
    }

    /// Pango's inline markup, as the light markup writes it, in HTML: bold, italic, and the
    /// highlight of a figure that changed since the last draft. Its escapes are HTML's too.
    static func convert(_ markup: String) -> String {
        markup.replacingOccurrences(of: "<b>", with: "<strong>").replacingOccurrences(of: "</b>", with: "</strong>")
            .replacingOccurrences(of: "<i>", with: "<em>").replacingOccurrences(of: "</i>", with: "</em>")
            .replacingOccurrences(of: "<span background=\"#FCE38A\">", with: "<mark>")
            .replacingOccurrences(of: "</span>", with: "</mark>")
    }

    private mutating func table(_ table: Document.Table) -> String {
        tables += 1
        let id = "table-\(tables)"
        var out = ""
        if table.rows.isEmpty {
            out += "<p class=\"table-title\">\(HTMLWriter.escape(table.title))</p>\n"
        } else {
            out += "<div class=\"table\" role=\"region\" aria-labelledby=\"\(id)\" tabindex=\"0\">\n<table>\n"
            out += "<caption id=\"\(id)\">\(HTMLWriter.escape(table.title))</caption>\n<thead><tr>"
            out += table.columns.map { "<th scope=\"col\">\(HTMLWriter.escape($0))</th>" }.joined()
            out += "</tr></thead>\n<tbody>\n"
            for (r, row) in table.rows.enumerated() {
                out += table.totalRows.contains(r) ? "<tr class=\"total\">" : "<tr>"
                for (i, cell) in row.enumerated() {
                    let text = HTMLWriter.escape(cell)
                    out += i == 0 ? "<th scope=\"row\">\(text)</th>" : "<td>\(text)</td>"
                }
                out += "</tr>\n"
            }
            out += "</tbody>\n</table>\n</div>\n"
        }
        if let note = table.note { out += "<p class=\"table-note\">\(HTMLWriter.escape(note))</p>\n" }
        return out
    }

    private mutating func chart(_ chart: Chart, height: Double) throws -> String {
        charts += 1
        let id = "chart-\(charts)-text"
        // The size it has in print (the text column, 471 points), with the margins ChartFile keeps.
        let (width, fullHeight) = (519, Int(height.rounded()) + 40)
        let data = try ChartFile.data(
            chart, format: .svg, folder: scratch, created: document.metadata.created,
            width: Double(width), height: Double(fullHeight))
        // Without most of the file's margins, so the chart lines up with the text.
        let inline = svg.add(data, labelledBy: id).replacingOccurrences(
            of: "viewBox=\"0 0 \(width) \(fullHeight)\"", with: "viewBox=\"20 8 \(width - 40) \(fullHeight - 16)\"")
        return "<figure class=\"chart\">\n" + inline
            + "\n<figcaption><details><summary>The chart in words</summary><p id=\"\(id)\">"
            + HTMLWriter.escape(chart.figureAlternative) + "</p></details></figcaption>\n</figure>\n"
    }

    private func notesSection() -> String {
        guard !notes.isEmpty else { return "" }
        return "<section class=\"notes\" aria-labelledby=\"notes-title\">\n<h2 id=\"notes-title\">Notes</h2>\n<ol>\n"
            + notes.enumerated().map { "<li id=\"note-\($0.offset + 1)\">\(HTMLWriter.convert($0.element))</li>\n" }
            .joined()
            + "</ol>\n</section>\n"
    }
}
