import Foundation
import Graphics

/// Writes a single chart to a PDF, SVG or PNG file (for the media office).
public enum ChartFile {
    /// The size a chart is drawn at unless another is asked for: 560 × 340 points, and taller for
    /// a tile map, whose tiles stay square.
    public static func preferredSize(of chart: Chart) -> (width: Double, height: Double) {
        chart.kind == .tileMap ? (560, 540) : (560, 340)
    }

    /// Writes `chart` to `path` in `format`, `width` × `height` points (by default its preferred size).
    public static func write(
        _ chart: Chart, to path: String, format: Canvas.Format, width: Double? = nil,
        height: Double? = nil, created: String
    ) throws(GraphicsError) {
        let width = width ?? preferredSize(of: chart).width, height = height ?? preferredSize(of: chart).height
        let canvas = try Canvas(format: format, path: path, width: width, height: height)
        canvas.setMetadata(
            title: chart.title, author: "incidents", subject: chart.subtitle ?? chart.title,
            keywords: "incidents, chart", creator: "incidents", created: created)
        ChartRenderer.draw(chart, on: canvas, in: Frame(x: 24, y: 22, width: width - 48, height: height - 40))
        try canvas.finish()
    }

    /// The bytes of `chart` in `format`, drawn through a file of this process's own in `folder`
    /// (cairo writes SVG and PNG to files), removed at once.
    public static func data(
        _ chart: Chart, format: Canvas.Format, folder: String, created: String,
        width: Double? = nil, height: Double? = nil
    ) throws -> Data {
        let path = (folder as NSString).appendingPathComponent("chart-\(UUID().uuidString).\(format.rawValue)")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try write(chart, to: path, format: format, width: width, height: height, created: created)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }
}
