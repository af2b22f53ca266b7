import Foundation
import TestSupport
import Testing

/// A word of a PDF page and its box (points, from the top left), as `pdftotext -bbox` gives it.
struct PDFWord {
    let text: String
    let xMin: Double, yMin: Double, xMax: Double, yMax: Double
    var centre: Double { (xMin + xMax) / 2 }

    /// The words of `page` of `pdf`.
    static func words(_ pdf: String, page: Int) throws -> [PDFWord] {
        let html = try tool("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), pdf, "-"])
        let pattern = try NSRegularExpression(
            pattern: #"<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>"#)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { match in
            func group(_ i: Int) -> String { String(html[Range(match.range(at: i), in: html)!]) }
            return PDFWord(
                text: group(5).replacingOccurrences(of: "&amp;", with: "&"), xMin: Double(group(1))!,
                yMin: Double(group(2))!,
                xMax: Double(group(3))!, yMax: Double(group(4))!)
        }
    }
}

/// What a page's tile map prints: each area's count (read off its tile, the area named by the
/// key under the map) and the legend's classes, top to bottom.
struct PrintedMap {
    var counts: [String: Int] = [:]
    /// Each area's tile centre (x grows to the east, y to the south).
    var places: [String: (x: Double, y: Double)] = [:]
    var classes: [(lower: Int, upper: Int)] = []

    init(_ pdf: String, page: Int) throws {
        let text = try tool("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"])
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\u{00A0}", with: " ")
        // The key: "AVS Avon and Somerset · BED Bedfordshire · … WYK West Yorkshire."
        let key = try #require(text.range(of: "not an area. ").map { text[$0.upperBound...] })
        let end = try #require(key.range(of: ".")?.lowerBound)
        var names: [String: String] = [:]
        for entry in key[..<end].components(separatedBy: " · ") {
            let parts = entry.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1)
            names[String(parts[0])] = String(parts[1]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let words = try PDFWord.words(pdf, page: page)
        let noteTop = try #require(words.first { $0.text == "Source:" }).yMin
        for label in words where label.yMin < noteTop && names[label.text] != nil {
            let count = try #require(
                words.first { word in
                    abs(word.centre - label.centre) < 6 && word.yMin > label.yMin + 4 && word.yMin < label.yMax + 6
                }, "no count under \(label.text)")
            let name = names[label.text]!
            #expect(counts[name] == nil, "\(name) has two tiles")
            counts[name] = Int(count.text.replacingOccurrences(of: ",", with: ""))
            places[name] = (label.centre, label.yMin)
        }
        classes = words.filter { $0.yMin < noteTop && $0.text.contains("–") }.sorted { $0.yMin < $1.yMin }.map {
            word in
            let bounds = word.text.replacingOccurrences(of: ",", with: "").split(separator: "–").map { Int($0)! }
            return (bounds[0], bounds[1])
        }
    }
}

@Suite(.serialized) struct MapAndEstimateTests {
    let demo = DemoReports.shared

    /// The first page of the annual report whose text contains `words`.
    func page(containing words: String) throws -> Int {
        let pages =
            try tool("pdfinfo", [demo.annual]).split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last!) } ?? 0
        return try #require((1...pages).first { try demo.text($0).contains(words) }, "no page with \(words)")
    }

    /// The rows of the report's table titled `title` (first column → second), to its Total row.
    func tableRows(_ title: String) throws -> [String: Int] {
        let text = try demo.text()
        let start = try #require(text.range(of: title + "\n"))
        var rows: [String: Int] = [:]
        let row = try NSRegularExpression(pattern: #"^\s*(\S.*?)\s{2,}([\d,]+)\s+([\d,]+)\s+\S+\s*$"#)
        for line in text[start.upperBound...].split(separator: "\n") {
            let line = String(line)
            // The column headings ("Region  2025  2024  Change") are not a row.
            guard !line.hasSuffix("Change"),
                let match = row.firstMatch(in: line, range: NSRange(line.startIndex..., in: line))
            else { continue }
            let name = String(line[Range(match.range(at: 1), in: line)!])
            if name == "Total" { break }
            rows[name] = Int(line[Range(match.range(at: 2), in: line)!].replacingOccurrences(of: ",", with: ""))
        }
        return rows
    }

    @Test("each area of the table of regions has a tile with its row's count; the legend spans smallest to largest")
    func mapAgreesWithTable() throws {
        let map = try PrintedMap(demo.annual, page: try page(containing: "Incidents by police force area"))
        let rows = try tableRows("Incidents by region")
        #expect(rows.count >= 30 && rows["Greater London"] != nil && rows["Greater Manchester"] != nil)
        #expect(map.counts.count == 45, "one tile per area: London, Manchester and the 43 other forces")
        for (name, count) in rows where name != "Not recorded" {
            #expect(
                map.counts[name] == count,
                "\(name): table \(count), map \(map.counts[name].map(String.init) ?? "no tile")")
        }
        for (name, count) in map.counts where rows[name] == nil {
            #expect(count == 0, "\(name) is on the map but not in the table")
        }
        // Placed as the UK lies.
        let p = map.places
        func west(_ a: String, of b: String) -> Bool { p[a]!.x < p[b]!.x }
        func north(_ a: String, of b: String) -> Bool { p[a]!.y < p[b]!.y }
        #expect(north("Greater Manchester", of: "Greater London") && west("Greater Manchester", of: "Greater London"))
        #expect(north("Scotland", of: "Northumbria") || north("Scotland", of: "Cumbria"))
        #expect(west("Northern Ireland", of: "Cumbria") && west("South Wales", of: "Avon and Somerset"))
        #expect(
            west("Greater London", of: "Kent") && north("Greater London", of: "Sussex")
                && north("Norfolk", of: "Suffolk"))
        #expect(west("Devon and Cornwall", of: "Dorset") && north("Hertfordshire", of: "Greater London"))
        let values = Array(map.counts.values)
        #expect(map.classes.count >= 3)
        #expect(map.classes.first?.lower == values.min() && map.classes.last?.upper == values.max())
        for (a, b) in zip(map.classes, map.classes.dropFirst()) { #expect(b.lower == a.upper + 1) }
    }

    @Test("incidents chart map writes the map as PDF, SVG and PNG, with the counts incidents figures prints")
    func chartCommand() throws {
        for name in ["map.pdf", "map.svg", "map.png"] {
            let result = try demo.cli.run(["chart", "map", "--period", "2025", "--out", name])
            #expect(result.status == 0, "\(result.err)")
        }
        #expect(try String(contentsOfFile: demo.cli.path("map.svg"), encoding: .utf8).contains("<svg"))
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: demo.cli.path("map.png"))).starts(with: [0x89, 0x50, 0x4E, 0x47])
        )
        let map = try PrintedMap(demo.cli.path("map.pdf"), page: 1)
        let csv = try demo.cli.run(["figures", "--period", "2025", "--by", "region", "--format", "json"]).out
        let json = try #require(try JSONSerialization.jsonObject(with: Data(csv.utf8)) as? [String: Any])
        var checked = 0
        for row in try #require(json["rows"] as? [[String: Any]]) {
            let label = try #require((row["labels"] as? [String: String])?["region"])
            guard label != "Not recorded" else { continue }
            #expect(map.counts[label] == row["incidents"] as? Int, "\(label)")
            checked += 1
        }
        #expect(checked >= 30)
    }

    @Test("the police exchange section prints the estimate incidents figures --by source prints, with its assumptions")
    func overlapEstimate() throws {
        let cli = try demo.cli.run(["figures", "--period", "2025", "--by", "source"]).out
        let sentence = try #require(
            cli.split(separator: "\n").first { $0.hasPrefix("Estimated incidents that reached neither source") })
        let assumptions = try #require(cli.split(separator: "\n").first { $0.hasPrefix("Estimate, not a count") })
        let text = try demo.text().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let section = try #require(
            text.range(of: "The police information exchange Reports reach us").map { text[$0.lowerBound...] })
        #expect(section.contains(String(sentence)), "\(sentence)")
        #expect(section.contains(String(assumptions)))
    }

    @Test("a source with no incident in either year is left out of the table; the others stay")
    func allZeroRow() throws {
        // Partner organisations reported nothing in 2025 nor 2024: the figures command says so.
        let csv = try demo.cli.run([
            "figures", "--period", "2025", "--by", "source", "--compare", "1", "--format", "csv",
        ]).out
        #expect(csv.contains("partner,0,0,"), "\(csv)")
        let rows = try tableRows("Incidents by who reported them")
        #expect(rows["Partner organisations"] == nil)
        let both = try #require(csv.split(separator: "\n").first { $0.hasPrefix("both,") }?.split(separator: ",")[1])
        #expect(rows["Both"] == Int(both))
        #expect(rows["Reported to us only"] != nil && rows["Police exchange only"] != nil)
    }

    @Test("contexts and patterns and the monthly pattern do not say the same thing twice")
    func noRepetition() throws {
        let text = try demo.text().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let start = try #require(text.range(of: "Contexts and patterns 3,"))
        let end = try #require(text.range(of: "Long-term trends", range: start.upperBound..<text.endIndex))
        let span = String(text[start.lowerBound..<end.lowerBound])
        #expect(span.components(separatedBy: "The highest monthly total").count - 1 == 1, "\(span)")
        #expect(span.components(separatedBy: "a month").count - 1 == 1, "\(span)")
        let sentences = span.split(separator: ".").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            $0.split(separator: " ").count >= 5
        }
        #expect(Set(sentences).count == sentences.count, "a sentence is repeated")
    }
}
