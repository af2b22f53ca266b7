import Charts
import IncidentModel
import Statistics

/// The tile map of police force areas: one square per area of the report's geography (Greater
/// London, Greater Manchester and every other force), placed roughly as the UK lies, as
/// newsrooms draw them, and shaded by the area's incidents.
public enum ForceTileMap {
    /// Each area's tile: grid column and row (row 0 at the top) and its short label.
    ///
    /// ```
    ///        0    1    2    3    4    5    6
    ///   0              SCO  NUM            BTP
    ///   1    NIR       CUM  DUR  CLE
    ///   2              LAN  NYK  HUM
    ///   3         MER  MAN  WYK  SYK  LIN
    ///   4    NWA  CHE  STA  DER  NOT  CAM  NFK
    ///   5    DYP  WMC  WMD  LEI  NTH  BED  SUF
    ///   6    SWA  GWE  GLO  WAR  TVP  HRT  ESX
    ///   7         AVS  WIL  HAM  SUR  LDN  KNT
    ///   8         DAC  DOR       SSX
    /// ```
    /// The British Transport Police polices the railways, not an area: its tile stands apart, in
    /// the North Sea, with a dashed edge.
    public static let tiles: [(region: ReportRegion, tile: Chart.Tile)] = [
        (.force(.policeScotland), .init(column: 2, row: 0, label: "SCO")),
        (.force(.northumbria), .init(column: 3, row: 0, label: "NUM")),
        (.force(.britishTransport), .init(column: 6, row: 0, label: "BTP", apart: true)),
        (.force(.northernIreland), .init(column: 0, row: 1, label: "NIR")),
        (.force(.cumbria), .init(column: 2, row: 1, label: "CUM")),
        (.force(.durham), .init(column: 3, row: 1, label: "DUR")),
        (.force(.cleveland), .init(column: 4, row: 1, label: "CLE")),
        (.force(.lancashire), .init(column: 2, row: 2, label: "LAN")),
        (.force(.northYorkshire), .init(column: 3, row: 2, label: "NYK")),
        (.force(.humberside), .init(column: 4, row: 2, label: "HUM")),
        (.force(.merseyside), .init(column: 1, row: 3, label: "MER")),
        (.greaterManchester, .init(column: 2, row: 3, label: "MAN")),
        (.force(.westYorkshire), .init(column: 3, row: 3, label: "WYK")),
        (.force(.southYorkshire), .init(column: 4, row: 3, label: "SYK")),
        (.force(.lincolnshire), .init(column: 5, row: 3, label: "LIN")),
        (.force(.northWales), .init(column: 0, row: 4, label: "NWA")),
        (.force(.cheshire), .init(column: 1, row: 4, label: "CHE")),
        (.force(.staffordshire), .init(column: 2, row: 4, label: "STA")),
        (.force(.derbyshire), .init(column: 3, row: 4, label: "DER")),
        (.force(.nottinghamshire), .init(column: 4, row: 4, label: "NOT")),
        (.force(.cambridgeshire), .init(column: 5, row: 4, label: "CAM")),
        (.force(.norfolk), .init(column: 6, row: 4, label: "NFK")),
        (.force(.dyfedPowys), .init(column: 0, row: 5, label: "DYP")),
        (.force(.westMercia), .init(column: 1, row: 5, label: "WMC")),
        (.force(.westMidlands), .init(column: 2, row: 5, label: "WMD")),
        (.force(.leicestershire), .init(column: 3, row: 5, label: "LEI")),
        (.force(.northamptonshire), .init(column: 4, row: 5, label: "NTH")),
        (.force(.bedfordshire), .init(column: 5, row: 5, label: "BED")),
        (.force(.suffolk), .init(column: 6, row: 5, label: "SUF")),
        (.force(.southWales), .init(column: 0, row: 6, label: "SWA")),
        (.force(.gwent), .init(column: 1, row: 6, label: "GWE")),
        (.force(.gloucestershire), .init(column: 2, row: 6, label: "GLO")),
        (.force(.warwickshire), .init(column: 3, row: 6, label: "WAR")),
        (.force(.thamesValley), .init(column: 4, row: 6, label: "TVP")),
        (.force(.hertfordshire), .init(column: 5, row: 6, label: "HRT")),
        (.force(.essex), .init(column: 6, row: 6, label: "ESX")),
        (.force(.avonAndSomerset), .init(column: 1, row: 7, label: "AVS")),
        (.force(.wiltshire), .init(column: 2, row: 7, label: "WIL")),
        (.force(.hampshire), .init(column: 3, row: 7, label: "HAM")),
        (.force(.surrey), .init(column: 4, row: 7, label: "SUR")),
        (.greaterLondon, .init(column: 5, row: 7, label: "LDN")),
        (.force(.kent), .init(column: 6, row: 7, label: "KNT")),
        (.force(.devonAndCornwall), .init(column: 1, row: 8, label: "DAC")),
        (.force(.dorset), .init(column: 2, row: 8, label: "DOR")),
        (.force(.sussex), .init(column: 4, row: 8, label: "SSX")),
    ]

    /// The map of `period`: every area's incidents, from the engine's breakdown by region (the
    /// same table the report's "Incidents by region" prints), with the incidents of no recorded
    /// place counted in the subtitle.
    public static func chart(_ engine: FigureEngine, period: Period) throws -> Chart {
        try chart(engine.table(period, by: [.region]))
    }

    /// The map of a breakdown by region.
    public static func chart(_ table: FigureTable) -> Chart {
        precondition(table.dimensions == [.region], "a force map is drawn from a breakdown by region")
        let unplaced = table.cell([Breakdown.unknownCode])?.count ?? 0
        // No break inside an entry, nor before its dot: each line of the key starts with an abbreviation.
        let key = tiles.sorted { $0.tile.label < $1.tile.label }
            .map { "\($0.tile.label) \($0.region.name)".split(separator: " ").joined(separator: "\u{00A0}") }
            .joined(separator: "\u{00A0}· ")
        let subtitle =
            "\(table.period.label): \(table.total.grouped) incidents"
            + (unplaced > 0 ? "; \(unplaced.grouped) with no recorded place are not on the map" : "")
        var chart = Chart(
            kind: .tileMap, title: "Incidents by police force area", subtitle: subtitle,
            categories: tiles.map(\.region.name),
            series: [.init(name: "Incidents", values: tiles.map { Double(table.cell([$0.region.code])?.count ?? 0) })],
            note: "Source: incident records. Only incidents judged antisemitic are counted. Greater London is the "
                + "Metropolitan and City of London Police areas. BTP (dashed): British Transport Police, the railways, "
                + "not an area. " + key + ".")
        chart.tiles = tiles.map(\.tile)
        return chart
    }
}
