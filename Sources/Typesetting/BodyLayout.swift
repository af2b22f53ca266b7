import Charts
import Graphics

/// Places the body's blocks on pages: the first pass of the typesetter.
///
/// Each placed piece is kept as a drawing operation for its page, so the second pass only draws.
final class BodyLayout {
    struct Heading {
        let level: Int
        let text: String
        let id: String
        let page: Int
    }

    let canvas: Canvas
    private(set) var pages: [[() -> Void]] = []
    private(set) var sectionOfPage: [String] = []
    private(set) var headings: [Heading] = []
    private var footnotes: [[TextLayout]] = []
    /// The numbers of the notes at the foot of each page.
    private var footnoteNumbersOnPage: [Set<Int>] = []
    /// Each note's number by its text: a note cited again (the revision note on every figure that
    /// compares with earlier years) keeps its number and is printed once on each page citing it.
    private var footnoteNumbers: [String: Int] = [:]
    private var footnoteNumber = 0
    var y = PageStyle.top
    private var section = ""
    /// Whether anything has been placed on the current page.
    var pageIsEmpty = true
    /// Structure elements (a paragraph, a list) begun and not yet ended, as placed so far; the
    /// pages that end inside one, whose element continues on the next page.
    private var openElements = 0
    private(set) var pagesEndingInside: Set<Int> = []

    init(canvas: Canvas) {
        self.canvas = canvas
        newPage()
    }

    var page: Int { pages.count - 1 }

    func newPage() {
        if openElements > 0 && !pages.isEmpty { pagesEndingInside.insert(page) }
        pages.append([])
        footnotes.append([])
        footnoteNumbersOnPage.append([])
        sectionOfPage.append(section)
        y = PageStyle.top
        pageIsEmpty = true
    }

    /// The lowest y the body may use on the current page, above its footnotes.
    var bottom: Double { PageStyle.contentBottom - footnoteHeight(footnotes[page]) }

    private func footnoteHeight(_ notes: [TextLayout]) -> Double {
        notes.isEmpty ? 0 : notes.reduce(12) { $0 + $1.size.height + 2 }
    }

    func add(_ op: @escaping () -> Void) {
        pages[page].append(op)
        pageIsEmpty = false
    }

    func finish() {
        if pageIsEmpty && pages.count > 1 {
            pages.removeLast()
            footnotes.removeLast()
            footnoteNumbersOnPage.removeLast()
            sectionOfPage.removeLast()
        }
    }

    /// Places every block in order; a heading looks at what follows it.
    func place(_ blocks: [Document.Block]) {
        for (i, block) in blocks.enumerated() {
            if case .heading(let level, let text, let id) = block {
                var next = i + 1 < blocks.count ? minimumHeight(blocks[i + 1]) : 0
                // A heading, its short introduction and the chart it introduces stay on one page.
                if i + 2 < blocks.count, case .paragraph = blocks[i + 1], case .chart = blocks[i + 2] {
                    next += minimumHeight(blocks[i + 2])
                }
                heading(level, text, id, next: next)
            } else {
                // A paragraph that introduces a list ("Examples of Assault in 2025:") is not left
                // alone at a page's foot: it needs room for itself and the list's first item.
                if case .paragraph = block, i + 1 < blocks.count, case .bullets = blocks[i + 1], !pageIsEmpty,
                    y + minimumHeight(block) + minimumHeight(blocks[i + 1]) > bottom
                {
                    newPage()
                }
                place(block)
            }
        }
    }

    /// The least room a block needs at the top of where it starts: a whole chart, a table's title,
    /// header and three rows, three lines of a paragraph or a list's first item.
    private func minimumHeight(_ block: Document.Block) -> Double {
        switch block {
        case .chart(_, let height): return height + 8
        case .table: return 90
        case .paragraph, .bullets: return 3 * 13 + 4
        case .heading: return 60
        case .pageBreak: return 0
        }
    }

    func place(_ block: Document.Block) {
        switch block {
        case .heading(let level, let text, let id): heading(level, text, id, next: 60)
        case .paragraph(let inline): paragraph(inline)
        case .bullets(let items): bullets(items)
        case .table(let table): self.table(table)
        case .chart(let chart, let height): self.chart(chart, height: height)
        case .pageBreak: if !pageIsEmpty { newPage() }
        }
    }

    // MARK: headings

    private func heading(_ level: Int, _ text: String, _ id: String, next: Double) {
        let style = level == 1 ? PageStyle.heading1 : PageStyle.heading2
        let layout = TextLayout(text, style: style, on: canvas, width: PageStyle.contentWidth)
        if level == 1 {
            section = text
            if !pageIsEmpty { newPage() }
            sectionOfPage[page] = text
        } else {
            // Keep the heading with at least the first few lines of what follows.
            let before = pageIsEmpty ? 0 : 10.0
            if y + before + layout.size.height + 5 + next > bottom && !pageIsEmpty { newPage() } else { y += before }
        }
        let top = y, id = id, canvas = canvas
        add {
            canvas.addDestination(id, y: top)
            if level == 1 { canvas.fill(x: PageStyle.left, y: top - 12, width: 36, height: 3, color: PageStyle.accent) }
            canvas.structure(level == 1 ? .heading1 : .heading2) { layout.draw(x: PageStyle.left, y: top) }
        }
        headings.append(Heading(level: level, text: text, id: id, page: page))
        y += layout.size.height + (level == 1 ? 14 : 5)
    }

    // MARK: paragraphs

    /// Replaces the footnote marks (U+E000) with their numbers, and lays the notes out.
    private func numberFootnotes(_ inline: Document.Inline) -> (String, [(number: Int, layout: TextLayout)]) {
        var markup = ""
        var notes: [(number: Int, layout: TextLayout)] = []
        var remaining = inline.footnotes[...]
        for ch in inline.markup {
            if ch == "\u{E000}", let note = remaining.first {
                remaining = remaining.dropFirst()
                let number: Int
                if let known = footnoteNumbers[note] {
                    number = known
                } else {
                    footnoteNumber += 1
                    number = footnoteNumber
                    footnoteNumbers[note] = number
                }
                markup += "<sup><small>\(number)</small></sup>"
                if !notes.contains(where: { $0.number == number }) {
                    notes.append(
                        (
                            number,
                            TextLayout(
                                "<sup><small>\(number)</small></sup> " + note, style: PageStyle.footnote,
                                on: canvas, width: PageStyle.contentWidth, markup: true)
                        ))
                }
            } else {
                markup.append(ch)
            }
        }
        return (markup, notes)
    }

    /// What a paragraph is in the document's structure: a paragraph, or an item of a list (the
    /// first item begins the list, the last ends it).
    private enum Role {
        case paragraph
        case item(first: Bool, last: Bool)
    }

    /// Begins the structure of a paragraph's first piece (an item's bullet is its label).
    private static func begin(_ role: Role, on canvas: Canvas, bulletAt point: (x: Double, y: Double)) {
        switch role {
        case .paragraph:
            canvas.beginStructure(.paragraph)
        case .item(let first, _):
            if first { canvas.beginStructure(.list) }
            canvas.beginStructure(.listItem)
            let bullet = TextLayout("•", style: PageStyle.body, on: canvas)
            canvas.structure(.label) { bullet.draw(x: point.x - 12, y: point.y) }
            canvas.beginStructure(.listBody)
        }
    }

    /// Ends the structure of a paragraph's last piece.
    private static func end(_ role: Role, on canvas: Canvas) {
        switch role {
        case .paragraph:
            canvas.endStructure(.paragraph)
        case .item(_, let last):
            canvas.endStructure(.listBody)
            canvas.endStructure(.listItem)
            if last { canvas.endStructure(.list) }
        }
    }

    private func paragraph(
        _ inline: Document.Inline, x: Double = PageStyle.left, width: Double = PageStyle.contentWidth,
        role: Role = .paragraph
    ) {
        let (markup, cited) = numberFootnotes(inline)
        // The notes not yet at the foot of the page the paragraph starts on.
        var notes: [TextLayout] { cited.filter { !footnoteNumbersOnPage[page].contains($0.number) }.map(\.layout) }
        // Bullets are set ragged right: justified, their short lines open wide gaps between words.
        let bullet: Bool
        if case .item = role { bullet = true } else { bullet = false }
        let layout = TextLayout(
            markup, style: PageStyle.body, on: canvas, width: width,
            alignment: bullet ? .left : .justified, markup: true)
        let lines = layout.lineExtents
        var start = 0
        while start < lines.count {
            var available = bottom - y
            if start == 0 && !notes.isEmpty {
                available -= footnoteHeight(footnotes[page] + notes) - footnoteHeight(footnotes[page])
            }
            var fit = 0
            while start + fit < lines.count,
                lines[start + fit].top + lines[start + fit].height - lines[start].top <= available
            { fit += 1 }
            let remaining = lines.count - start
            if fit < remaining {
                // No orphan (one line at a page's foot) and no widow (one line at the next page's head).
                if remaining - fit < 2 { fit = remaining - 2 }
                if fit < 2 && !pageIsEmpty {
                    newPage()
                    continue
                }
                fit = max(fit, min(remaining, 1))
            }
            let range = start..<(start + fit)
            let top = y, all = range == 0..<lines.count, canvas = canvas
            let first = range.lowerBound == 0, last = range.upperBound == lines.count
            add {
                if first { BodyLayout.begin(role, on: canvas, bulletAt: (x, top)) }
                if all { layout.draw(x: x, y: top) } else { layout.drawLines(range, x: x, y: top) }
                if last { BodyLayout.end(role, on: canvas) }
            }
            // Which elements stay open past this piece: the paragraph (or item) until its last
            // piece, a list until its last item's.
            switch role {
            case .paragraph: openElements += (first ? 1 : 0) - (last ? 1 : 0)
            case .item(let firstItem, let lastItem):
                openElements += (first ? 1 : 0) - (last ? 1 : 0)
                openElements += (first && firstItem ? 1 : 0) - (last && lastItem ? 1 : 0)
            }
            if start == 0 {
                footnotes[page] += notes
                footnoteNumbersOnPage[page].formUnion(cited.map(\.number))
            }
            let end = range.upperBound < lines.count ? lines[range.upperBound].top : layout.size.height
            y += end - lines[start].top
            start += fit
            if start < lines.count { newPage() }
        }
        y += PageStyle.paragraphGap
    }

    private func bullets(_ items: [Document.Inline]) {
        for (index, item) in items.enumerated() {
            paragraph(
                item, x: PageStyle.left + 14, width: PageStyle.contentWidth - 14,
                role: .item(first: index == 0, last: index == items.count - 1))
            y -= PageStyle.paragraphGap - 4
        }
        y += PageStyle.paragraphGap - 3
    }

    // MARK: charts

    private func chart(_ chart: Chart, height: Double) {
        if y + height > bottom && !pageIsEmpty { newPage() }
        let top = y + 4, canvas = canvas
        add {
            let frame = Frame(x: PageStyle.left, y: top, width: PageStyle.contentWidth, height: height)
            canvas.figure(alternative: chart.figureAlternative, rect: (frame.x, frame.y, frame.width, frame.height)) {
                ChartRenderer.draw(chart, on: canvas, in: frame)
            }
        }
        y = top + height + PageStyle.chartGap
    }

    // MARK: footnotes

    func drawFootnotes(page index: Int) {
        let notes = footnotes[index]
        guard !notes.isEmpty else { return }
        var top = PageStyle.contentBottom - footnoteHeight(notes) + 6
        canvas.line([(PageStyle.left, top - 2), (PageStyle.left + 90, top - 2)], color: PageStyle.grey, width: 0.5)
        top += 4
        for note in notes {
            canvas.structure(.note) { note.draw(x: PageStyle.left, y: top) }
            top += note.size.height + 2
        }
    }
}
