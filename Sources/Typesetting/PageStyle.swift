import Graphics

/// Page size, margins and type styles of the report (A4 portrait).
enum PageStyle {
    static let width = 595.28, height = 841.89
    static let left = 62.0, right = 62.0, top = 70.0, bottom = 66.0
    static var contentWidth: Double { width - left - right }
    static var contentBottom: Double { height - bottom }

    static let navy = Color(hex: 0x0B2545)
    static let accent = Color(hex: 0x0072B2)
    static let grey = Color(hex: 0x6B6B6B)
    static let rule = Color(hex: 0xC9CED6)
    static let zebra = Color(hex: 0xF2F4F7)

    static let body = TextStyle(size: 10, color: Color(hex: 0x1A1A1A), lineSpacing: 1.3)
    static let heading1 = TextStyle(size: 20, weight: .bold, color: navy, lineSpacing: 1.1)
    static let heading2 = TextStyle(size: 12.5, weight: .semibold, color: navy, lineSpacing: 1.15)
    static let small = TextStyle(size: 7.5, color: grey)
    static let footnote = TextStyle(size: 7.5, color: Color(hex: 0x333333), lineSpacing: 1.2)
    static let tableText = TextStyle(size: 8)
    static let tableBold = TextStyle(size: 8, weight: .bold)
    static let tableHead = TextStyle(size: 7.5, weight: .semibold, color: .white)
    static let tableTitle = TextStyle(size: 9.5, weight: .semibold, color: navy)

    static let paragraphGap = 7.0
    static let chartGap = 14.0
}
