import Graphics

extension Frame {
    /// Whether the two rectangles share any area (touching edges do not count).
    func intersects(_ other: Frame) -> Bool {
        x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height
    }

    /// The rectangle grown by `margin` on every side.
    func padded(_ margin: Double) -> Frame {
        Frame(x: x - margin, y: y - margin, width: width + 2 * margin, height: height + 2 * margin)
    }
}

/// Where the labels and dashed lines of marked dates ("7 October") go on a chart with a
/// category axis: in rows above the plot, each label beside its line, never on another label;
/// each line broken where it would cross a value label or another mark's label.
struct AnnotationPlacement {
    /// One placed mark: its label's rectangle, the line's x and the stretches of the line drawn.
    struct Placed {
        var label: Frame
        /// The row of labels it is in (0 is the lowest, next to the plot).
        var row: Int
        var x: Double
        var segments: [(top: Double, bottom: Double)]
    }

    /// The gap between a line and its label, and between rows of labels.
    static let gap = 3.0, rowGap = 2.0

    /// The room above the plot for `rows` rows of labels `height` high.
    static func room(rows: Int, height: Double) -> Double {
        rows == 0 ? 0 : Double(rows) * (height + rowGap) + 4
    }

    /// The rows of labels the marks need (found with no value labels in the way: those sit in
    /// the plot, below the rows).
    static func rows(positions: [Double], sizes: [(width: Double, height: Double)], area: Frame, slot: Double) -> Int {
        let placed = place(positions: positions, sizes: sizes, area: area, slot: slot, avoiding: [])
        return placed.map { $0.row + 1 }.max() ?? 0
    }

    /// Places each mark at `positions` (category units: 0 is the first category's centre), its
    /// label of `sizes`, in the first free spot: right of the line, then left of it, in the lowest
    /// row first. A spot is free when it meets no label already placed and none of `avoiding`
    /// (the value labels), and its line does not run through it.
    static func place(
        positions: [Double], sizes: [(width: Double, height: Double)], area: Frame, slot: Double,
        avoiding obstacles: [Frame]
    ) -> [Placed] {
        let height = sizes.map(\.height).max() ?? 0
        var labels: [Frame] = []
        var rows: [Int] = []
        var lines: [Double] = []
        for (position, size) in zip(positions, sizes) {
            let x = area.x + slot * (position + 0.5)
            func spot(row: Int, right: Bool) -> Frame {
                let wanted = right ? x + gap : x - gap - size.width
                let left = min(max(wanted, area.x), area.x + area.width - size.width)
                return Frame(
                    x: left, y: area.y - 4 - Double(row + 1) * (height + rowGap), width: size.width,
                    height: size.height)
            }
            var chosen: Frame?
            var row = 0
            while chosen == nil {
                for right in [true, false] {
                    let candidate = spot(row: row, right: right)
                    let crossesOwnLine = candidate.x < x && x < candidate.x + candidate.width
                    let crossesOtherLine = lines.contains {
                        candidate.x - 1 < $0 && $0 < candidate.x + candidate.width + 1
                    }
                    let clear = !(labels + obstacles).contains { $0.intersects(candidate.padded(1)) }
                    if clear && !crossesOwnLine && !crossesOtherLine {
                        chosen = candidate
                        break
                    }
                }
                if chosen == nil { row += 1 }
                if row > positions.count + 2 && chosen == nil { chosen = spot(row: row, right: true) }
            }
            labels.append(chosen!)
            rows.append(row)
            lines.append(x)
        }
        return zip(labels, lines).enumerated().map { i, pair in
            let (label, x) = pair
            // The line runs from its label's row down to the axis, or only to just above the first
            // value label in its way (the bar under it shows the month); it is interrupted where
            // it passes another mark's label.
            func crossed(_ frame: Frame) -> Bool { frame.x - 1.5 <= x && x <= frame.x + frame.width + 1.5 }
            let end = obstacles.filter { crossed($0) && $0.y + $0.height > label.y + label.height }.map { $0.y - 2 }
                .min()
            let others = labels.enumerated().filter { $0.offset != i }.map(\.element).filter(crossed)
                .map { (top: $0.y - 1.5, bottom: $0.y + $0.height + 1.5) }
            return Placed(
                label: label, row: rows[i], x: x,
                segments: subtract(others, from: (label.y, end ?? area.y + area.height)))
        }
    }

    /// The parts of `span` outside every one of `cuts`.
    static func subtract(
        _ cuts: [(top: Double, bottom: Double)], from span: (top: Double, bottom: Double)
    ) -> [(top: Double, bottom: Double)] {
        var pieces = [span]
        for cut in cuts {
            pieces = pieces.flatMap { piece -> [(top: Double, bottom: Double)] in
                guard cut.bottom > piece.top && cut.top < piece.bottom else { return [piece] }
                return [(piece.top, cut.top), (cut.bottom, piece.bottom)].filter { $0.1 - $0.0 > 0.5 }
            }
        }
        return pieces
    }
}

extension ChartRenderer {
    static let annotationStyle = TextStyle(size: 7, weight: .semibold, color: Palette.annotation)

    /// The labels of the chart's marks, laid out (measured) on `canvas`.
    static func annotationLabels(_ chart: Chart, on canvas: Canvas) -> [TextLayout] {
        chart.annotations.map { TextLayout($0.label, style: annotationStyle, on: canvas) }
    }

    /// Draws placed marks: the dashed lines in their stretches, then the labels.
    static func drawAnnotations(_ placed: [AnnotationPlacement.Placed], labels: [TextLayout], on canvas: Canvas) {
        for (mark, label) in zip(placed, labels) {
            for segment in mark.segments {
                canvas.line(
                    [(mark.x, segment.top), (mark.x, segment.bottom)], color: Palette.annotation, width: 0.8,
                    dash: [3, 2])
            }
            label.draw(x: mark.label.x, y: mark.label.y)
        }
    }
}
