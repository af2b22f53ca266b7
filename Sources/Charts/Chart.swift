import Graphics

/// A chart as a value: what to draw, not how. Rendered by ``ChartRenderer``.
public struct Chart: Sendable {
    /// The shapes a chart can take.
    public enum Kind: Sendable {
        /// One bar per category, upright (incidents by month).
        case verticalBars
        /// One bar per category, lying down, labels on the left (categories, regions, victims).
        case horizontalBars
        /// Several series side by side in each category.
        case groupedBars
        /// Several series stacked in each category (category by year).
        case stackedBars
        /// One line per series across the categories (month by year, long-term trend).
        case lines
        /// One bar divided into each category's share of the whole (online/offline, sources).
        case share
        /// One tile per category at its place on a grid (``Chart/tiles``), shaded by its value on a
        /// sequential scale of classes (``ShadeScale``): a tile map of areas.
        case tileMap
    }

    /// Where a category's tile sits on a tile map, and the short label it carries.
    public struct Tile: Sendable, Hashable {
        /// Grid column (0 at the left) and row (0 at the top).
        public var column: Int, row: Int
        /// The label printed on the tile ("LDN").
        public var label: String
        /// A tile that is not an area (a service covering the whole country), drawn with a dashed edge.
        public var apart: Bool
        /// A tile at `column`, `row`.
        public init(column: Int, row: Int, label: String, apart: Bool = false) {
            self.column = column
            self.row = row
            self.label = label
            self.apart = apart
        }
    }

    /// A named run of values, one per category (nil: no value, e.g. a month not yet reached).
    public struct Series: Sendable {
        public var name: String
        public var values: [Double?]
        /// Creates a series.
        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    /// A marked position along the category axis ("7 October").
    public struct Annotation: Sendable {
        /// Position in category units: 0 is the first category's centre; fractions fall between.
        public var position: Double
        public var label: String
        /// Creates an annotation.
        public init(position: Double, label: String) {
            self.position = position
            self.label = label
        }
    }

    public var kind: Kind
    public var title: String
    public var subtitle: String?
    public var categories: [String]
    public var series: [Series]
    public var annotations: [Annotation] = []
    /// Whether to print each value beside its bar or point.
    public var valueLabels = true
    /// A note under the chart (source, counting rule).
    public var note: String?
    /// For a tile map: the tile of each category, in the order of ``categories``.
    public var tiles: [Tile] = []
    /// Categories drawn in grey because they are not data proper ("Not recorded", "All other areas").
    public var muted: Set<String> = ["Not recorded", "None recorded", "All other areas"]

    /// A chart of `kind`.
    public init(
        kind: Kind, title: String, subtitle: String? = nil, categories: [String], series: [Series],
        annotations: [Annotation] = [], valueLabels: Bool = true, note: String? = nil
    ) {
        self.kind = kind
        self.title = title
        self.subtitle = subtitle
        self.categories = categories
        self.series = series
        self.annotations = annotations
        self.valueLabels = valueLabels
        self.note = note
    }
}

/// Colours that stay distinguishable for colour-blind readers (Okabe–Ito) and, in this order,
/// alternate in lightness so neighbouring series stay apart when printed in grey.
public enum Palette {
    /// The colour of a single-series chart.
    public static let primary = Color(hex: 0x0072B2)
    /// Series colours in order of use.
    public static let series: [Color] = [
        Color(hex: 0x0072B2), Color(hex: 0xE69F00), Color(hex: 0x009E73), Color(hex: 0x56B4E9),
        Color(hex: 0xD55E00), Color(hex: 0xF0E442), Color(hex: 0xCC79A7), Color(hex: 0x4D4D4D),
    ]
    /// Axis lines, grid and secondary text.
    public static let axis = Color(hex: 0x6B6B6B)
    public static let grid = Color(hex: 0xDDDDDD)
    public static let text = Color(hex: 0x1A1A1A)
    public static let annotation = Color(hex: 0xD55E00)
    /// Bars that are not data proper ("Not recorded").
    public static let mutedBar = Color(hex: 0xB8B8B8)

    /// The colour of series `index`.
    public static func color(_ index: Int) -> Color { series[index % series.count] }
}

/// Axis ticks at round numbers: steps of 1, 2, 2.5 or 5 times a power of ten.
public enum NiceScale {
    /// The step and top of an axis from zero to at least `maximum`, with about `target` ticks.
    public static func ticks(maximum: Double, target: Int = 5) -> (step: Double, top: Double) {
        guard maximum > 0 else { return (1, 1) }
        let raw = maximum / Double(max(target, 1))
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        let wholeStep = max(step, 1)  // counts: no fractional ticks
        return (wholeStep, ceil(maximum / wholeStep) * wholeStep)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
