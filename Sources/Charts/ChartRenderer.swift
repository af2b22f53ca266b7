import Graphics
import IncidentModel

/// A rectangle in points.
public struct Frame: Sendable {
    public var x: Double, y: Double, width: Double, height: Double
    /// Creates a frame.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}

/// Draws charts on a canvas.
public enum ChartRenderer {
    static let titleStyle = TextStyle(size: 12, weight: .bold, color: Palette.text)
    static let subtitleStyle = TextStyle(size: 8.5, color: Palette.axis)
    static let labelStyle = TextStyle(size: 7.5, color: Palette.text)
    static let smallStyle = TextStyle(size: 6.5, color: Palette.axis)

    /// Draws `chart` filling `frame`: title, plot, legend and note.
    public static func draw(_ chart: Chart, on canvas: Canvas, in frame: Frame) {
        var top = frame.y
        let title = TextLayout(chart.title, style: titleStyle, on: canvas, width: frame.width)
        title.draw(x: frame.x, y: top)
        top += title.size.height + 2
        if let subtitle = chart.subtitle {
            let layout = TextLayout(subtitle, style: subtitleStyle, on: canvas, width: frame.width)
            layout.draw(x: frame.x, y: top)
            top += layout.size.height
        }
        top += 8
        var bottom = frame.y + frame.height
        if let note = chart.note {
            let layout = TextLayout(note, style: smallStyle, on: canvas, width: frame.width)
            bottom -= layout.size.height
            layout.draw(x: frame.x, y: bottom)
            bottom -= 4
        }
        if chart.series.count > 1 || chart.kind == .share {
            bottom -= legend(chart, on: canvas, x: frame.x, bottom: bottom, width: frame.width) + 6
        }
        let plot = Frame(x: frame.x, y: top, width: frame.width, height: max(bottom - top, 20))
        switch chart.kind {
        case .verticalBars, .groupedBars, .stackedBars: columns(chart, on: canvas, in: plot)
        case .horizontalBars: bars(chart, on: canvas, in: plot)
        case .lines: lines(chart, on: canvas, in: plot)
        case .share: share(chart, on: canvas, in: plot)
        case .tileMap: tileMap(chart, on: canvas, in: plot)
        }
    }

    static func format(_ value: Double) -> String { Int(value.rounded()).grouped }

    /// The legend (one swatch and name per series, or per category for a share chart); returns its height.
    static func legend(_ chart: Chart, on canvas: Canvas, x: Double, bottom: Double, width: Double) -> Double {
        let names = chart.kind == .share ? chart.categories : chart.series.map(\.name)
        let layouts = names.map { TextLayout($0, style: labelStyle, on: canvas) }
        let rowHeight = (layouts.first?.size.height ?? 10) + 3
        var rows: [[Int]] = [[]]
        var used = 0.0
        for (i, layout) in layouts.enumerated() {
            let w = 14 + layout.size.width + 12
            if used + w > width && !rows[rows.count - 1].isEmpty { rows.append([]); used = 0 }
            rows[rows.count - 1].append(i)
            used += w
        }
        let height = Double(rows.count) * rowHeight
        var y = bottom - height
        for row in rows {
            var cx = x
            for i in row {
                let muted = chart.kind == .share && chart.muted.contains(names[i])
                canvas.fill(x: cx, y: y + 2, width: 9, height: 9, color: muted ? Palette.mutedBar : Palette.color(i))
                layouts[i].draw(x: cx + 13, y: y + 1)
                cx += 14 + layouts[i].size.width + 12
            }
            y += rowHeight
        }
        return height
    }

    /// Category labels under a vertical plot, thinned if they would collide.
    static func categoryLabels(_ categories: [String], on canvas: Canvas, area: Frame) {
        let slot = area.width / Double(max(categories.count, 1))
        let layouts = categories.map { TextLayout($0, style: labelStyle, on: canvas) }
        let widest = layouts.map { $0.size.width }.max() ?? 0
        let every = max(1, Int(ceil((widest + 4) / slot)))
        for (i, layout) in layouts.enumerated() where i % every == 0 {
            let cx = area.x + slot * (Double(i) + 0.5)
            layout.draw(x: cx - layout.size.width / 2, y: area.y + area.height + 4)
        }
    }

    static func bars(_ chart: Chart, on canvas: Canvas, in plot: Frame) {
        let values = chart.series.first?.values ?? []
        let labelWidth = min(
            plot.width * 0.42,
            (chart.categories.map { TextLayout($0, style: labelStyle, on: canvas).size.width }.max() ?? 0) + 4)
        let labels = chart.categories.map { TextLayout($0, style: labelStyle, on: canvas, width: labelWidth - 4) }
        let maximum = values.compactMap { $0 }.max() ?? 0
        let valueRoom = TextLayout(format(maximum), style: smallStyle, on: canvas).size.width + 6
        let area = Frame(
            x: plot.x + labelWidth + 4, y: plot.y, width: plot.width - labelWidth - 4 - valueRoom, height: plot.height)
        let slot = area.height / Double(max(chart.categories.count, 1))
        let barHeight = min(slot * 0.7, 16)
        for (i, label) in labels.enumerated() {
            let cy = area.y + slot * (Double(i) + 0.5)
            label.draw(x: plot.x, y: cy - label.size.height / 2)
            guard let value = values[safe: i] ?? nil else { continue }
            let w = maximum > 0 ? value / maximum * area.width : 0
            let muted = chart.muted.contains(chart.categories[i])
            canvas.fill(
                x: area.x, y: cy - barHeight / 2, width: w, height: barHeight,
                color: muted ? Palette.mutedBar : Palette.primary)
            if chart.valueLabels {
                let text = TextLayout(format(value), style: labelStyle, on: canvas)
                text.draw(x: area.x + w + 3, y: cy - text.size.height / 2)
            }
        }
        canvas.line([(area.x, area.y), (area.x, area.y + area.height)], color: Palette.axis, width: 0.8)
    }

    static func share(_ chart: Chart, on canvas: Canvas, in plot: Frame) {
        let values = (chart.series.first?.values ?? []).map { $0 ?? 0 }
        let total = values.reduce(0, +)
        guard total > 0 else { return }
        let barHeight = min(plot.height * 0.4, 64)
        let y = plot.y + (plot.height - barHeight) / 2 - 10
        var x = plot.x
        let counts = values.map { Int($0.rounded()) }
        let whole = counts.reduce(0, +)
        for (i, value) in values.enumerated() {
            let w = value / total * plot.width
            let color = chart.muted.contains(chart.categories[i]) ? Palette.mutedBar : Palette.color(i)
            canvas.fill(x: x, y: y, width: w, height: barHeight, color: color)
            let percent = "\(Percent.share(counts[i], of: whole) ?? 0)%"
            let label = TextLayout(
                percent,
                style: TextStyle(size: 11, weight: .bold, color: color.luminance > 0.4 ? Palette.text : .white),
                on: canvas)
            if label.size.width + 4 < w {
                label.draw(x: x + w / 2 - label.size.width / 2, y: y + barHeight / 2 - label.size.height / 2)
            }
            // The count under its segment, so the percentage can be checked against the tables.
            let count = TextLayout(counts[i].grouped, style: labelStyle, on: canvas)
            if count.size.width + 4 < w { count.draw(x: x + w / 2 - count.size.width / 2, y: y + barHeight + 4) }
            x += w
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
