import Foundation
import TestSupport
import Testing

/// The typology breakdown end to end: the engine through `figures`, the report's section, and a
/// database of the first release brought up to date.
@Suite(.serialized) struct TypologyTests {
    let demo = DemoReports.shared

    /// `figures --format csv` as code → count (the dimension's first column, `incidents` second).
    static func counts(_ csv: String) -> [String: Int] {
        var out: [String: Int] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            if cells.count >= 2, let n = Int(cells[1]) { out[String(cells[0])] = n }
        }
        return out
    }

    @Test("the typology's values and the not coded add up to the headline total, in figures and in the report's table")
    func totals() throws {
        let total = try #require(
            Int(try demo.cli.run(["figures", "--period", "2025", "--format", "csv"]).out.split(separator: "\n")[1]))
        let byTypology = Self.counts(
            try demo.cli.run(["figures", "--period", "2025", "--by", "typology", "--format", "csv"]).out)
        #expect(byTypology.values.reduce(0, +) == total, "\(byTypology) against \(total)")
        for code in ["mission", "opportunistic", "aggravated", "unknown"] {
            #expect((byTypology[code] ?? 0) > 0, "\(code): \(byTypology)")
        }

        let text = try demo.text()
        // The section stands where the publication has it: after geography, before online incidents.
        let body = text[text.range(of: "Annual antisemitic incident figures")!.upperBound...]
        let order = [
            "Geographical locations and differences", "Typology of incidents: mission, opportunistic or",
            "Antisemitic incidents online",
        ]
        .compactMap { body.range(of: $0)?.lowerBound }
        #expect(order.count == 3 && order == order.sorted(), "the typology section is out of place")
        let section = try #require(text.range(of: "Incidents by typology: mission, opportunistic or aggravated"))
        let lines = text[section.upperBound...].split(separator: "\n").prefix(12).map {
            $0.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        func row(_ label: String) -> String? {
            lines.first { $0.hasPrefix(label + " ") }.map {
                String($0.dropFirst(label.count + 1).split(separator: " ")[0])
            }
        }
        #expect(row("Total") == formatted(total), "\(lines)")
        #expect(
            row("Mission") == formatted(byTypology["mission"]!)
                && row("Opportunistic") == formatted(byTypology["opportunistic"]!))
        #expect(
            row("Aggravated") == formatted(byTypology["aggravated"]!)
                && row("Not coded") == formatted(byTypology["unknown"]!))
        // The sentence counts the same incidents.
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("Of the \(formatted(total)) incidents, \(formatted(byTypology["mission"]!)) ("))
        #expect(flat.contains("The other \(formatted(byTypology["unknown"]!)) ("))
    }

    @Test(
        """
        the demo's mix is plausible: most abusive behaviour opportunistic, most literature mission; only police-only \
        incidents are not coded
        """
    )
    func demoMix() throws {
        let csv = try demo.cli.run([
            "figures", "--period", "2025", "--by", "category", "--by", "typology", "--format", "csv",
        ]).out
        var cells: [String: Int] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let c = line.split(separator: ",", omittingEmptySubsequences: false)
            if c.count >= 3, let n = Int(c[2]) { cells[c[0] + "/" + c[1]] = n }
        }
        #expect(
            cells["abusive_behaviour/opportunistic"]! > cells["abusive_behaviour/mission"]! + cells[
                "abusive_behaviour/aggravated"]!)
        #expect(cells["literature/mission"]! > cells["literature/opportunistic"]!)
        #expect(cells["damage_and_desecration/mission"]! > cells["damage_and_desecration/opportunistic"]!)
        let crossed = try demo.cli.run([
            "figures", "--period", "2025", "--by", "source", "--by", "typology", "--format", "csv",
        ]).out
        for line in crossed.split(separator: "\n").dropFirst() {
            let c = line.split(separator: ",", omittingEmptySubsequences: false)
            guard c.count >= 3, let n = Int(c[2]), n > 0 else { continue }
            if c[1] == "unknown" {
                #expect(c[0] == "police", "only incidents known from the police alone are not coded: \(line)")
            }
        }
    }

    @Test("`incidents chart typology` draws the chart, and `figures --help` names the breakdown")
    func chart() throws {
        let result = try demo.cli.run(["chart", "typology", "--period", "2025", "--out", "typology.svg"])
        #expect(result.status == 0, "\(result.err)")
        let svg = try demo.cli.read("typology.svg")
        #expect(svg.contains("<svg"))
        let help = try demo.cli.run(["figures", "--help"]).out
        #expect(help.contains("typology"))
    }

    @Test("the web figures page and the API offer the typology breakdown and answer as `incidents figures` does")
    func web() throws {
        let cli = try WebFixture.make()
        defer { cli.cleanUp() }
        // Code a few of October 2023's incidents; the rest stay not coded.
        try cli.write(
            "coded.csv",
            """
            reference,source,date,status,category,police_force,location,victim_type,method,typology
            W24,cst,2023-10-02,antisemitic,extreme_violence,metropolitan,Hendon,individual,in_person,opportunistic
            W25,cst,2023-10-02,antisemitic,assault,metropolitan,Hendon,individual,in_person,mission

            """)
        #expect(try cli.run(["import", "coded.csv"]).status == 0)
        let server = try WebFixture.serve(cli)
        defer { server.stop() }
        let client = Client(server.base, cli: cli, name: "typology")
        #expect(try client.signIn("press-office", WebFixture.password).status == 303)
        let page = try client.request("/figures?period=2023-10&by=typology")
        #expect(page.status == 200)
        #expect(
            page.text.contains("value=\"typology\"") && page.text.contains("Not coded")
                && page.text.contains("Opportunistic"))
        let api = try client.request("/api/figures?period=2023-10&by=typology")
        let json = try cli.run(["figures", "--period", "2023-10", "--by", "typology", "--format", "json"]).out
        #expect(api.status == 200 && api.text == json)
        let counts = Self.counts(
            try cli.run(["figures", "--period", "2023-10", "--by", "typology", "--format", "csv"]).out)
        #expect(counts == ["mission": 1, "opportunistic": 1, "aggravated": 0, "unknown": 19], "\(counts)")
        let svg = try client.request("/api/charts/typology?period=2023-10&format=svg")
        #expect(svg.status == 200 && svg.text.contains("<svg"))
    }
}
