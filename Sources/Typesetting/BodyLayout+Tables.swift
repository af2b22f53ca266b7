import Charts
import Graphics

// Tables: set whole or split across pages, the header row repeated, as tagged tables.
extension BodyLayout {
    func table(_ table: Document.Table) {
        let n = table.columns.count
        let firstWidth = min(
            PageStyle.contentWidth * (n > 8 ? 0.3 : 0.45),
            (table.rows.map { TextLayout($0[0], style: PageStyle.tableBold, on: canvas).size.width }.max() ?? 60) + 12)
        let numberWidth = (PageStyle.contentWidth - firstWidth) / Double(max(n - 1, 1))
        let widths = [firstWidth] + Array(repeating: numberWidth, count: max(n - 1, 0))
        let heads = table.columns.enumerated().map { i, text in
            TextLayout(
                text, style: PageStyle.tableHead, on: canvas, width: widths[i] - 8, alignment: i == 0 ? .left : .right)
        }
        let headHeight = (heads.map { $0.size.height }.max() ?? 10) + 8
        let cells = table.rows.enumerated().map { r, row in
            row.enumerated().map { i, text in
                TextLayout(
                    text, style: table.totalRows.contains(r) ? PageStyle.tableBold : PageStyle.tableText, on: canvas,
                    width: widths[i] - 8, alignment: i == 0 ? .left : .right)
            }
        }
        // Long tables (every police force area) are set a little tighter, so they fit on one page.
        let padding = table.rows.count > 30 ? 4.0 : 6.0
        let rowHeights = cells.map { ($0.map { $0.size.height }.max() ?? 10) + padding }
        let title = TextLayout(table.title, style: PageStyle.tableTitle, on: canvas, width: PageStyle.contentWidth)
        let note = table.note.map { TextLayout($0, style: PageStyle.small, on: canvas, width: PageStyle.contentWidth) }

        // A table moves whole to the next page rather than split when it is short, or when less
        // than a third of it would stay here (five rows at a page's foot, the rest overleaf).
        let whole = title.size.height + 4 + headHeight + rowHeights.reduce(0, +)
        if (table.rows.count <= 16 || bottom - y < whole / 3) && y + whole > bottom && !pageIsEmpty
            && whole < PageStyle.contentBottom - PageStyle.top
        {
            newPage()
        }
        // A little more room between a paragraph and the table's title than between paragraphs.
        if !pageIsEmpty { y += 4 }
        var r = 0
        var continued = false
        while r < table.rows.count || (r == 0 && table.rows.isEmpty) {
            let titleLayout =
                continued
                ? TextLayout(
                    table.title + " (continued)", style: PageStyle.tableTitle, on: canvas, width: PageStyle.contentWidth
                ) : title
            let minimum = titleLayout.size.height + 4 + headHeight + rowHeights.prefix(r + 3).dropFirst(r).reduce(0, +)
            if y + minimum > bottom && !pageIsEmpty { newPage() }
            let titleTop = y
            y += titleLayout.size.height + 4
            // A table with no rows (no edition published yet) is its title and its note only.
            let headTop: Double? = table.rows.isEmpty ? nil : y
            if headTop != nil { y += headHeight }
            // Rows that fit, leaving at least three for the next page when the table splits.
            var fits = 0
            var used = 0.0
            while r + fits < table.rows.count, y + used + rowHeights[r + fits] <= bottom {
                used += rowHeights[r + fits]
                fits += 1
            }
            let left = table.rows.count - r - fits
            if left > 0 && left < 3 { fits = max(1, fits - (3 - left)) }
            var placed: [(row: Int, top: Double, height: Double)] = []
            for row in r..<(r + fits) {
                placed.append((row, y, rowHeights[row]))
                y += rowHeights[row]
            }
            r += fits
            let canvas = canvas
            add {
                // The header's band, the stripes and the rule above a total first, outside the
                // structure; then the part of the table on this page as a table of its own (its
                // title as caption, the header row repeated), so no element spans the page break.
                let (left, width) = (PageStyle.left, PageStyle.contentWidth)
                if let headTop {
                    canvas.fill(x: left, y: headTop, width: width, height: headHeight, color: PageStyle.navy)
                }
                for row in placed {
                    let total = table.totalRows.contains(row.row)
                    if row.row % 2 == 1 && !total {
                        canvas.fill(x: left, y: row.top, width: width, height: row.height, color: PageStyle.zebra)
                    }
                    if total {
                        canvas.line([(left, row.top), (left + width, row.top)], color: PageStyle.navy, width: 0.8)
                    }
                }
                guard let headTop else {
                    canvas.structure(.paragraph) { titleLayout.draw(x: PageStyle.left, y: titleTop) }
                    return
                }
                canvas.structure(.table) {
                    canvas.structure(.caption) { titleLayout.draw(x: PageStyle.left, y: titleTop) }
                    canvas.structure(.row) {
                        var x = PageStyle.left
                        for (i, head) in heads.enumerated() {
                            canvas.structure(.headerCell) { head.draw(x: x + 4, y: headTop + 4) }
                            x += widths[i]
                        }
                    }
                    // Each row's first cell names it: a header cell for its row.
                    for row in placed {
                        canvas.structure(.row) {
                            var x = PageStyle.left
                            for (i, cell) in cells[row.row].enumerated() {
                                let type: StructureType = i == 0 ? .headerCell : .dataCell
                                canvas.structure(type) { cell.draw(x: x + 4, y: row.top + padding / 2) }
                                x += widths[i]
                            }
                        }
                    }
                }
            }
            if r < table.rows.count {
                newPage()
                continued = true
            } else {
                break
            }
        }
        let ruleY = y
        add {
            self.canvas.line(
                [(PageStyle.left, ruleY), (PageStyle.left + PageStyle.contentWidth, ruleY)], color: PageStyle.rule,
                width: 0.6)
        }
        y += 4
        if let note {
            if y + note.size.height > bottom { newPage() }
            let top = y, canvas = canvas
            add { canvas.structure(.paragraph) { note.draw(x: PageStyle.left, y: top) } }
            y += note.size.height
        }
        y += PageStyle.chartGap
    }
}
