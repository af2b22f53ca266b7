import Foundation
import Graphics
import TestSupport
import Testing

@testable import Charts

/// A small tile map: four areas in a square and one apart.
let tileMap: Chart = {
    var chart = Chart(
        kind: .tileMap, title: "Incidents by police force area", subtitle: "2025: 2,010 incidents",
        categories: ["Greater London", "Greater Manchester", "Hertfordshire", "Cumbria", "British Transport Police"],
        series: [.init(name: "Incidents", values: [1_518, 455, 162, 2, 42])],
        note: "LDN Greater London · MAN Greater Manchester")
    chart.tiles = [
        .init(column: 1, row: 1, label: "LDN"), .init(column: 0, row: 0, label: "MAN"),
        .init(column: 1, row: 0, label: "HRT"), .init(column: 0, row: 1, label: "CUM"),
        .init(column: 3, row: 0, label: "BTP", apart: true),
    ]
    return chart
}()

@Suite(.serialized) struct TileMapTests {
    init() { _ = fontsReady }

    @Test(
        "the shade classes run without gap or overlap from the smallest count to the largest, darker as they rise",
        arguments: [
            [2, 5, 7, 9, 10, 16, 19, 20, 41, 58, 74, 104, 162, 455, 1_518], [0, 1, 3, 8, 35, 702],
            [0], [7, 7, 7], [0, 1], [3, 4], [0, 0, 0, 12], [0, 3, 17, 140, 999, 1_000], [1, 1_000_000],
        ])
    func classesCoverTheRange(_ values: [Int]) {
        let classes = ShadeScale.classes(for: values)
        #expect((1...5).contains(classes.count))
        #expect(classes.first?.lower == values.min())
        #expect(classes.last?.upper == values.max())
        for (a, b) in zip(classes, classes.dropFirst()) {
            #expect(b.lower == a.upper + 1, "\(a.label) then \(b.label)")
            #expect(b.color.luminance < a.color.luminance, "\(b.label) is not darker than \(a.label)")
        }
        for shade in classes { #expect(shade.lower <= shade.upper) }
        for value in values {
            #expect(classes.filter { $0.contains(value) }.count == 1, "\(value) is in no class or in two")
        }
    }

    @Test("the classes of skewed counts are round numbers, and the largest area has a class of its own")
    func roundBreaks() {
        let classes = ShadeScale.classes(for: [2, 5, 7, 9, 10, 16, 19, 20, 41, 58, 74, 104, 162, 455, 1_518])
        #expect(classes.map(\.label) == ["2–9", "10–19", "20–99", "100–499", "500–1,518"])
    }

    @Test("labels on every shade are readable: WCAG contrast of at least 4.5")
    func labelContrast() {
        for shade in ShadeScale.ramp {
            let ink = ShadeScale.textColor(on: shade)
            #expect(ShadeScale.contrast(ink, shade) >= 4.5, "\(shade)")
        }
        #expect(ShadeScale.textColor(on: ShadeScale.ramp.last!) == .white)
        #expect(ShadeScale.textColor(on: ShadeScale.ramp.first!) == Palette.text)
    }

    @Test("tiles are squares that never overlap, and the legend sits clear of them")
    func layout() {
        let plot = Frame(x: 20, y: 40, width: 470, height: 300)
        let layout = TileMapLayout(tileMap, in: plot)
        #expect(layout.squares.count == tileMap.tiles.count)
        for (i, a) in layout.squares.enumerated() {
            #expect(abs(a.width - a.height) < 1e-9)
            #expect(
                a.x >= plot.x && a.x + a.width <= plot.x + plot.width && a.y >= plot.y
                    && a.y + a.height <= plot.y + plot.height)
            #expect(a.x + a.width < layout.legendX)
            for b in layout.squares[(i + 1)...] { #expect(!a.intersects(b)) }
        }
        // The grid keeps its shape: MAN above CUM, HRT right of MAN.
        #expect(layout.squares[1].y < layout.squares[3].y && abs(layout.squares[1].x - layout.squares[3].x) < 1e-9)
        #expect(layout.squares[2].x > layout.squares[1].x && abs(layout.squares[2].y - layout.squares[1].y) < 1e-9)
    }

    @Test("a tile map is written as PDF, SVG and PNG, with each tile's label, its count and the legend's classes")
    func written() throws {
        let pdf = scratch("map.pdf")
        try ChartFile.write(tileMap, to: pdf, format: .pdf, created: "2026-01-01T00:00:00Z")
        let text = try tool("pdftotext", ["-layout", pdf, "-"])
        for word in ["LDN", "1,518", "MAN", "455", "HRT", "162", "CUM", "BTP", "42", "2–9", "500–1,518", "Incidents"] {
            #expect(text.contains(word), "missing \(word)")
        }
        let svg = scratch("map.svg")
        let png = scratch("map.png")
        try ChartFile.write(tileMap, to: svg, format: .svg, created: "2026-01-01T00:00:00Z")
        try ChartFile.write(tileMap, to: png, format: .png, created: "2026-01-01T00:00:00Z")
        #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("<svg"))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // A tile map is drawn taller than other charts (560 × 540 points, 2 pixels a point), so its tiles stay square.
        #expect(bytes[16..<24].elementsEqual([0, 0, 4, 0x60, 0, 0, 4, 0x38]))
        #expect(
            tileMap.textAlternative.contains("Greater London 1,518") && tileMap.textAlternative.contains("500–1,518"))
    }
}
