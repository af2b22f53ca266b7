import Graphics
import IncidentModel

/// Where a tile map puts its tiles and its legend within a plot (points), worked out before
/// anything is drawn so that tests can check the geometry.
struct TileMapLayout {
    /// Each tile's square, in the order of the chart's categories.
    var squares: [Frame]
    /// The side of a grid cell (a tile plus the gap around it).
    var pitch: Double
    /// The legend's top-left corner.
    var legendX: Double, legendY: Double

    /// Width kept on the right of the map for the legend.
    static let legendWidth = 110.0

    init(_ chart: Chart, in plot: Frame) {
        let columns = Double((chart.tiles.map(\.column).max() ?? 0) + 1)
        let rows = Double((chart.tiles.map(\.row).max() ?? 0) + 1)
        let mapWidth = plot.width - TileMapLayout.legendWidth - 12
        let pitch = max(min(mapWidth / columns, plot.height / rows, 48), 4)
        let gap = max(pitch * 0.07, 1)
        self.pitch = pitch
        // The map and its legend together are centred across the plot.
        let used = pitch * columns + 12 + TileMapLayout.legendWidth
        let left = plot.x + max((plot.width - used) / 2, 0)
        squares = chart.tiles.map { tile in
            Frame(
                x: left + Double(tile.column) * pitch + gap / 2, y: plot.y + Double(tile.row) * pitch + gap / 2,
                width: pitch - gap, height: pitch - gap)
        }
        legendX = left + pitch * columns + 12
        legendY = plot.y
    }
}

extension ChartRenderer {
    /// A tile map: each category's tile shaded by its value's class, labelled with its short name
    /// and (when ``Chart/valueLabels``) its count; the classes' legend on the right.
    static func tileMap(_ chart: Chart, on canvas: Canvas, in plot: Frame) {
        let values = (chart.series.first?.values ?? []).map { Int(($0 ?? 0).rounded()) }
        let classes = chart.shadeClasses
        let layout = TileMapLayout(chart, in: plot)
        let nameSize = min(max(layout.pitch * 0.22, 5.5), 9)
        let countSize = min(max(layout.pitch * 0.18, 5), 7.5)
        for (i, tile) in chart.tiles.enumerated() where i < values.count {
            let square = layout.squares[i]
            let fill = ShadeScale.shade(of: values[i], in: classes)?.color ?? Palette.mutedBar
            canvas.fill(x: square.x, y: square.y, width: square.width, height: square.height, color: fill)
            if tile.apart {
                let (x0, y0, x1, y1) = (
                    square.x + 0.5, square.y + 0.5, square.x + square.width - 0.5, square.y + square.height - 0.5
                )
                canvas.line(
                    [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)], color: Palette.text, width: 0.8,
                    dash: [2, 1.5])
            }
            let ink = ShadeScale.textColor(on: fill)
            let name = TextLayout(tile.label, style: TextStyle(size: nameSize, weight: .bold, color: ink), on: canvas)
            let count = TextLayout(values[i].grouped, style: TextStyle(size: countSize, color: ink), on: canvas)
            let showCount = chart.valueLabels && count.size.width < square.width - 2 && layout.pitch >= 18
            let height = name.size.height + (showCount ? count.size.height - 1 : 0)
            let top = square.y + (square.height - height) / 2
            name.draw(x: square.x + (square.width - name.size.width) / 2, y: top)
            if showCount {
                count.draw(x: square.x + (square.width - count.size.width) / 2, y: top + name.size.height - 1)
            }
        }
        shadeLegend(classes, title: chart.series.first?.name ?? "", on: canvas, x: layout.legendX, y: layout.legendY)
    }

    /// The classes of a tile map, one swatch and range per line, lightest first, under `title`.
    static func shadeLegend(_ classes: [ShadeClass], title: String, on canvas: Canvas, x: Double, y: Double) {
        let heading = TextLayout(
            title, style: TextStyle(size: 7.5, weight: .semibold, color: Palette.text), on: canvas,
            width: TileMapLayout.legendWidth)
        heading.draw(x: x, y: y)
        var top = y + heading.size.height + 4
        for shade in classes {
            canvas.fill(x: x, y: top, width: 16, height: 11, color: shade.color)
            let label = TextLayout(shade.label, style: labelStyle, on: canvas)
            label.draw(x: x + 22, y: top + (11 - label.size.height) / 2)
            top += 15
        }
    }
}

extension Chart {
    /// For a tile map: the classes its tiles are shaded in, covering every value.
    public var shadeClasses: [ShadeClass] {
        ShadeScale.classes(for: (series.first?.values ?? []).map { Int(($0 ?? 0).rounded()) })
    }
}
