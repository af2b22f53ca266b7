import Charts
import Foundation
import Graphics

/// Where each section landed, and how many pages the document has.
public struct TypesetResult: Sendable {
    /// Every heading with its level and (1-based) page.
    public let sections: [(level: Int, title: String, page: Int)]
    /// Pages in the PDF.
    public let pageCount: Int
}

/// Lays a ``Document`` out on A4 pages and writes the PDF.
///
/// Two passes: the body is measured and placed first (so the contents page can give true page
/// numbers, because cairo writes pages strictly in order), then every page is drawn.
public enum Typesetter {
    /// Front-matter pages before the body: cover, inside cover, contents.
    static let frontPages = 3

    /// Writes `document` as a PDF at `path`.
    public static func write(_ document: Document, to path: String) throws(GraphicsError) -> TypesetResult {
        let canvas = try Canvas(format: .pdf, path: path, width: PageStyle.width, height: PageStyle.height)
        let m = document.metadata
        canvas.setMetadata(
            title: m.title, author: m.author, subject: m.subject, keywords: m.keywords, creator: "incidents",
            created: m.created)
        canvas.setLanguage(m.language)
        let body = BodyLayout(canvas: canvas)
        body.place(document.blocks)
        body.finish()

        drawCover(document.cover, on: canvas)
        // The stamp is read once, on the cover; on every other page it is not in the structure.
        drawDraftStamp(document.draftStamp, on: canvas, tagged: true)
        canvas.newPage()
        drawInsideCover(document.insideCover, on: canvas)
        drawDraftStamp(document.draftStamp, on: canvas)
        canvas.newPage()
        drawContents(body.headings, on: canvas)
        drawDraftStamp(document.draftStamp, on: canvas)
        for (index, ops) in body.pages.enumerated() {
            canvas.newPage()
            // The running head, page number (and a draft's stamp) are drawn while no structure
            // element is open, so that they stay out of the structure tree and the reading
            // order: at once, or, on a page that begins inside a paragraph or list from the page
            // before, as soon as that has ended. A draft's stamp goes last (over everything) when
            // the page does not end inside one.
            let stampLast = !body.pagesEndingInside.contains(index)
            var furnished = false
            func drawFurniture() {
                furnished = true
                Typesetter.drawFurniture(
                    page: index + frontPages + 1, head: document.runningHead,
                    section: body.sectionOfPage[index], on: canvas)
                if !stampLast { drawDraftStamp(document.draftStamp, on: canvas) }
            }
            func furnish() {
                if !furnished && canvas.openStructureCount == 0 { drawFurniture() }
            }
            furnish()
            for op in ops {
                op()
                furnish()
            }
            body.drawFootnotes(page: index)
            furnish()
            // Only on a page wholly inside one element (a paragraph longer than a page) is it drawn inside.
            if !furnished { drawFurniture() }
            if stampLast { drawDraftStamp(document.draftStamp, on: canvas) }
        }
        var parents: [Int32] = []
        for heading in body.headings {
            if heading.level == 1 {
                parents = [canvas.addOutline(title: heading.text, destination: heading.id)]
            } else {
                canvas.addOutline(parent: parents.first ?? 0, title: heading.text, destination: heading.id)
            }
        }
        try canvas.finish()
        return TypesetResult(
            sections: body.headings.map { ($0.level, $0.text, $0.page + frontPages + 1) },
            pageCount: body.pages.count + frontPages)
    }

    /// A draft's watermark across the page and its stamp at the foot.
    static func drawDraftStamp(_ stamp: String?, on canvas: Canvas, tagged: Bool = false) {
        guard let stamp else { return }
        let red = Color(hex: 0xC0392B)
        let mark = TextLayout("DRAFT", style: TextStyle(size: 120, weight: .bold, color: red.opacity(0.10)), on: canvas)
        let angle = -atan2(PageStyle.height, PageStyle.width)
        // Centre the turned word on the page.
        let (w, h) = (mark.size.width, mark.size.height)
        let cx = PageStyle.width / 2 - (w / 2 * cos(angle) - h / 2 * sin(angle))
        let cy = PageStyle.height / 2 - (w / 2 * sin(angle) + h / 2 * cos(angle))
        mark.drawRotated(x: cx, y: cy, angle: angle)
        let line = TextLayout(stamp, style: TextStyle(size: 7.5, weight: .semibold, color: red), on: canvas)
        if tagged {
            canvas.structure(.paragraph) { line.draw(x: PageStyle.left, y: PageStyle.height - 28) }
        } else {
            line.draw(x: PageStyle.left, y: PageStyle.height - 28)
        }
    }

    static func drawFurniture(page: Int, head: String, section: String, on canvas: Canvas) {
        let style = PageStyle.small
        TextLayout(head, style: style, on: canvas).draw(x: PageStyle.left, y: 34)
        let right = TextLayout(section, style: style, on: canvas)
        right.draw(x: PageStyle.width - PageStyle.right - right.size.width, y: 34)
        canvas.line([(PageStyle.left, 48), (PageStyle.width - PageStyle.right, 48)], color: PageStyle.rule, width: 0.5)
        let number = TextLayout(String(page), style: TextStyle(size: 8, color: PageStyle.grey), on: canvas)
        number.draw(x: PageStyle.width / 2 - number.size.width / 2, y: PageStyle.height - 40)
    }

    static func drawCover(_ cover: Document.Cover, on canvas: Canvas) {
        canvas.fill(x: 0, y: 0, width: PageStyle.width, height: PageStyle.height, color: PageStyle.navy)
        let title = TextLayout(
            cover.title, style: TextStyle(size: 34, weight: .bold, color: .white, lineSpacing: 1.05),
            on: canvas, width: PageStyle.contentWidth)
        let subtitle = TextLayout(
            cover.subtitle, style: TextStyle(size: 18, color: Color(hex: 0xA9C4E8)), on: canvas,
            width: PageStyle.contentWidth)
        // The title is the document's first heading; the period a paragraph of its own, so that
        // text extraction does not run the two together.
        canvas.structure(.heading1) { title.draw(x: PageStyle.left, y: 150) }
        canvas.structure(.paragraph) { subtitle.draw(x: PageStyle.left, y: 160 + title.size.height) }
        // The graphic: one thin bar for each day of the period, as high as its number of incidents.
        let band = (top: 470.0, height: 230.0)
        let maximum = cover.daily.max() ?? 0
        let alternative = cover.alternative.isEmpty ? cover.caption : cover.alternative
        canvas.figure(alternative: alternative, rect: (PageStyle.left, band.top, PageStyle.contentWidth, band.height)) {
            guard maximum > 0 else { return }
            let step = PageStyle.contentWidth / Double(cover.daily.count)
            let high = cover.highlightThreshold
            for (i, value) in cover.daily.enumerated() where value > 0 {
                let h = value / maximum * band.height
                let color = value >= high ? Color(hex: 0xE69F00) : Color(hex: 0x56B4E9)
                canvas.fill(
                    x: PageStyle.left + Double(i) * step, y: band.top + band.height - h,
                    width: max(step * 0.72, 0.3), height: h, color: color)
            }
        }
        canvas.line(
            [
                (PageStyle.left, band.top + band.height + 0.5),
                (PageStyle.width - PageStyle.right, band.top + band.height + 0.5),
            ],
            color: Color(hex: 0xA9C4E8), width: 0.6)
        let caption = TextLayout(
            cover.caption, style: TextStyle(size: 8, color: Color(hex: 0xA9C4E8)), on: canvas,
            width: PageStyle.contentWidth)
        canvas.structure(.paragraph) { caption.draw(x: PageStyle.left, y: band.top + band.height + 8) }
    }

    static func drawInsideCover(_ lines: [String], on canvas: Canvas) {
        var y = 560.0
        for line in lines {
            let layout = TextLayout(
                line, style: TextStyle(size: 8.5, color: Color(hex: 0x333333), lineSpacing: 1.25),
                on: canvas, width: PageStyle.contentWidth * 0.8)
            canvas.structure(.paragraph) { layout.draw(x: PageStyle.left, y: y) }
            y += layout.size.height + 8
        }
    }

    static func drawContents(_ headings: [BodyLayout.Heading], on canvas: Canvas) {
        let title = TextLayout("Contents", style: PageStyle.heading1, on: canvas)
        canvas.structure(.heading1) { title.draw(x: PageStyle.left, y: PageStyle.top) }
        var y = PageStyle.top + 48
        canvas.beginStructure(.contents)
        defer { canvas.endStructure(.contents) }
        for heading in headings {
            let indent = heading.level == 1 ? 0.0 : 16.0
            let style =
                heading.level == 1
                ? TextStyle(size: 10.5, weight: .semibold, color: PageStyle.navy) : TextStyle(size: 9.5)
            if heading.level == 1 { y += 5 }
            let text = TextLayout(heading.text, style: style, on: canvas, width: PageStyle.contentWidth - indent - 40)
            let page = TextLayout(String(heading.page + frontPages + 1), style: style, on: canvas)
            let x = PageStyle.left + indent
            let right = PageStyle.width - PageStyle.right
            // Each entry jumps to its section.
            canvas.structure(.contentsItem) {
                text.draw(x: x, y: y)
                page.draw(x: right - page.size.width, y: y)
                canvas.addLink(
                    to: heading.id, rect: (x, y, right - x, text.size.height),
                    description: "\(heading.text), page \(heading.page + frontPages + 1)")
            }
            let dotsY = y + text.baseline - 1
            let lastLineWidth = min(text.size.width, PageStyle.contentWidth - indent - 40)
            canvas.line(
                [(x + lastLineWidth + 6, dotsY), (right - page.size.width - 6, dotsY)], color: PageStyle.rule,
                width: 0.8, dash: [0.8, 2.5])
            y += text.size.height + 5
        }
    }
}
