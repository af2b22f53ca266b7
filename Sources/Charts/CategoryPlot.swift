import Graphics

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The value axis on the left of a vertical plot: its ticks and the plot area right of it.
struct ValueAxis {
    var area: Frame
    /// The value at the top of the axis.
    var top: Double
    var ticks: [(value: Double, label: TextLayout)]

    /// The axis from zero to at least `maximum` in `plot`, leaving `bottomLabels` under it.
    init(maximum: Double, on canvas: Canvas, in plot: Frame, bottomLabels: Double) {
        let (step, top) = NiceScale.ticks(maximum: maximum)
        ticks = stride(from: 0.0, through: top, by: step).map {
            ($0, TextLayout(ChartRenderer.format($0), style: ChartRenderer.smallStyle, on: canvas))
        }
        let axisWidth = (ticks.map { $0.label.size.width }.max() ?? 10) + 6
        area = Frame(
            x: plot.x + axisWidth, y: plot.y + 6, width: plot.width - axisWidth, height: plot.height - bottomLabels - 6
        )
        self.top = top
    }

    /// The y of `value`.
    func y(_ value: Double) -> Double { area.y + area.height - value / top * area.height }

    /// Draws the grid lines and tick labels.
    func draw(on canvas: Canvas) {
        for (value, label) in ticks {
            let y = y(value)
            canvas.line(
                [(area.x, y), (area.x + area.width, y)], color: value == 0 ? Palette.axis : Palette.grid,
                width: value == 0 ? 0.8 : 0.5)
            label.draw(x: area.x - 4 - label.size.width, y: y - label.size.height / 2)
        }
    }
}

/// A chart along a category axis (columns or lines) laid out before it is drawn: axis, bars,
/// value labels and marked dates, so that the places of labels can be checked.
struct CategoryPlot {
    var axis: ValueAxis
    /// Each bar and its colour (columns only).
    var bars: [(frame: Frame, color: Color)] = []
    /// Each value label and where it goes.
    var values: [(frame: Frame, text: TextLayout)] = []
    /// The marked dates' labels, and where they and their lines go.
    var markLabels: [TextLayout] = []
    var marks: [AnnotationPlacement.Placed] = []

    var slot: Double { axis.area.width / Double(max(categoryCount, 1)) }
    let categoryCount: Int

    /// Lays out `chart` in `plot`: first the rows the marks' labels need above the plot, then the
    /// axis below them, the bars and value labels (made by `content`), and the marks around them.
    init(
        _ chart: Chart, maximum: Double, on canvas: Canvas, in plot: Frame,
        content: (inout CategoryPlot) -> Void
    ) {
        categoryCount = chart.categories.count
        let bottomLabels = TextLayout("Jan", style: ChartRenderer.labelStyle, on: canvas).size.height + 6
        markLabels = ChartRenderer.annotationLabels(chart, on: canvas)
        let sizes = markLabels.map { (width: $0.size.width, height: $0.size.height) }
        let positions = chart.annotations.map(\.position)
        // The axis's width, and so the marks' x, does not depend on the room above it.
        axis = ValueAxis(maximum: maximum * 1.08, on: canvas, in: plot, bottomLabels: bottomLabels)
        let rows = AnnotationPlacement.rows(positions: positions, sizes: sizes, area: axis.area, slot: slot)
        let room = AnnotationPlacement.room(rows: rows, height: sizes.map(\.height).max() ?? 0)
        if room > 0 {
            axis = ValueAxis(
                maximum: maximum * 1.08, on: canvas,
                in: Frame(x: plot.x, y: plot.y + room, width: plot.width, height: plot.height - room),
                bottomLabels: bottomLabels)
        }
        content(&self)
        marks = AnnotationPlacement.place(
            positions: positions, sizes: sizes, area: axis.area, slot: slot, avoiding: values.map(\.frame))
    }

    /// Adds a value label centred on `x` with its bottom at `bottom`.
    mutating func addValue(_ value: Double, centre x: Double, bottom: Double, on canvas: Canvas) {
        let text = TextLayout(ChartRenderer.format(value), style: ChartRenderer.smallStyle, on: canvas)
        let size = text.size
        let frame = Frame(x: x - size.width / 2, y: bottom - size.height, width: size.width, height: size.height)
        values.append((frame, text))
    }

    /// Draws the value labels, the category labels and the marks (the bars or lines are drawn before).
    func drawLabels(_ chart: Chart, on canvas: Canvas) {
        for (frame, text) in values { text.draw(x: frame.x, y: frame.y) }
        ChartRenderer.categoryLabels(chart.categories, on: canvas, area: axis.area)
        ChartRenderer.drawAnnotations(marks, labels: markLabels, on: canvas)
    }
}

extension ChartRenderer {
    /// The layout of a column chart (single, grouped or stacked bars).
    static func columnPlot(_ chart: Chart, on canvas: Canvas, in plot: Frame) -> CategoryPlot {
        let n = chart.categories.count
        let stacked = chart.kind == .stackedBars
        func total(_ i: Int) -> Double { chart.series.reduce(0) { $0 + ($1.values[safe: i].flatMap { $0 } ?? 0) } }
        let maximum =
            stacked ? (0..<n).map(total).max() ?? 0 : chart.series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
        return CategoryPlot(chart, maximum: maximum, on: canvas, in: plot) { layout in
            let area = layout.axis.area
            let slot = layout.slot
            let groups = stacked ? 1 : max(chart.series.count, 1)
            let barWidth = slot * 0.72 / Double(groups)
            let showValues = chart.valueLabels && barWidth >= 9
            for i in 0..<n {
                var base = 0.0
                for (s, series) in chart.series.enumerated() {
                    guard let value = series.values[safe: i] ?? nil else { continue }
                    let h = value / layout.axis.top * area.height
                    let x = area.x + slot * Double(i) + slot * 0.14 + (stacked ? 0 : Double(s) * barWidth)
                    let y = area.y + area.height - base - h
                    let color = chart.series.count == 1 ? Palette.primary : Palette.color(s)
                    layout.bars.append((Frame(x: x, y: y, width: barWidth - (groups > 1 ? 1 : 0), height: h), color))
                    if showValues && !stacked && value > 0 {
                        layout.addValue(value, centre: x + barWidth / 2, bottom: y - 1, on: canvas)
                    }
                    if stacked { base += h }
                }
                if stacked && chart.valueLabels {
                    let label = TextLayout(format(total(i)), style: smallStyle, on: canvas)
                    if label.size.width < slot {
                        layout.addValue(
                            total(i), centre: area.x + slot * (Double(i) + 0.5),
                            bottom: area.y + area.height - base - 1, on: canvas)
                    }
                }
            }
        }
    }

    static func columns(_ chart: Chart, on canvas: Canvas, in plot: Frame) {
        let layout = columnPlot(chart, on: canvas, in: plot)
        layout.axis.draw(on: canvas)
        for bar in layout.bars {
            canvas.fill(
                x: bar.frame.x, y: bar.frame.y, width: bar.frame.width, height: bar.frame.height, color: bar.color)
        }
        layout.drawLabels(chart, on: canvas)
    }

    static func lines(_ chart: Chart, on canvas: Canvas, in plot: Frame) {
        let maximum = chart.series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
        var points: [[(Double, Double)]] = []
        let layout = CategoryPlot(chart, maximum: maximum, on: canvas, in: plot) { layout in
            let area = layout.axis.area
            let slot = layout.slot
            points = chart.series.map { series in
                series.values.enumerated().compactMap { i, v in
                    v.map { (area.x + slot * (Double(i) + 0.5), layout.axis.y($0)) }
                }
            }
            if chart.valueLabels && chart.series.count == 1 {
                for (p, value) in zip(points[0], chart.series[0].values.compactMap { $0 }) {
                    layout.addValue(value, centre: p.0, bottom: p.1 - 3, on: canvas)
                }
            }
        }
        layout.axis.draw(on: canvas)
        for (s, line) in points.enumerated() {
            let color = chart.series.count == 1 ? Palette.primary : Palette.color(s)
            // Later series (usually the latest years) are drawn heavier.
            canvas.line(line, color: color, width: s == chart.series.count - 1 ? 2.2 : 1.3)
            for p in line { canvas.dot(x: p.0, y: p.1, radius: 1.8, color: color) }
        }
        layout.drawLabels(chart, on: canvas)
    }
}
