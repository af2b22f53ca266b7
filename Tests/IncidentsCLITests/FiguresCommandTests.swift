import Foundation
import Testing

/// A small file whose figures are known: 2023 has 4 counted incidents, 2024 has 6 (and one
/// not-antisemitic report), with personal data in every personal column.
let figuresFile = """
    reference,source,date,status,category,police_force,method,discourse,description,victim_name,victim_contact,\
    offender_description,postcode
    A1,cst,2023-01-10,antisemitic,assault,Met,in_person,,Punched near the station,Zelda Fictionberg,07700 900111,"tall \
    male, adult",NW11 7AB
    A2,cst,2023-01-11,antisemitic,assault,Met,in_person,,Pushed over,Yusuf Exampleton,yusuf@example.invalid,,N3 1ZZ
    A3,cst,2023-02-28,antisemitic,threats,GMP,phone,,Threatening call,,,,
    A4,cst,2023-12-31,antisemitic,abusive_behaviour,,social_media,far_right,Abusive posts,,,,
    B1,cst,2024-01-01,antisemitic,abusive_behaviour,Met,social_media,far_right;israel_related,Posts naming Xavier \
    Samplewood,Xavier Samplewood,07700 900222,,
    B2,cst,2024-02-29,antisemitic,assault,City of London Police,in_person,,Shoved on a bus,,,"female, teenager",EC2 4QQ
    B3,cst,2024-02-29,antisemitic,threats,Hertfordshire,email,conspiracy,Email threat,,,,
    B4,cst,2024-06-30,antisemitic,damage_and_desecration,GMP,graffiti,,Swastika sprayed,,,,M25 9XX
    B5,police,2024-07-01,antisemitic,abusive_behaviour,Met,in_person,,IP abused by IC1 male,,,,
    B6,cst,2024-12-31,antisemitic,literature,,letter,,Leaflet,,,,
    X1,cst,2024-03-01,not_antisemitic,,Met,,,Not antisemitic,Walter Madeupski,,,

    """

/// Values from the personal columns above, none of which may ever appear in figures.
let personalValues = [
    "Fictionberg", "Exampleton", "Samplewood", "Madeupski", "07700", "example.invalid", "tall male",
    "teenager", "Punched", "Shoved", "7AB", "1ZZ", "4QQ", "9XX", "Swastika",
]

@Suite(.serialized) struct FiguresCommandTests {
    func prepared() throws -> CLI {
        let cli = try CLI()
        try cli.write("f.csv", figuresFile)
        let result = try cli.run(["import", "f.csv", "--today", "2026-01-01"])
        #expect(result.status == 0, "\(result.err)")
        return cli
    }

    @Test("prints an aligned table with a total and a one-line headline")
    func text() throws {
        let cli = try prepared()
        defer { cli.cleanUp() }
        let result = try cli.run(["figures", "--period", "2024", "--by", "category", "--compare", "1"])
        #expect(result.status == 0, "\(result.err)")
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "Antisemitic incidents, 2024, by category (compared with 2023)")
        func tokens(_ prefix: String) -> [String]? {
            lines.first { $0.hasPrefix(prefix + " ") }.map { $0.split(separator: " ").suffix(3).map(String.init) }
        }
        #expect(tokens("Assault") == ["1", "2", "-50%"])
        #expect(tokens("Threats") == ["1", "1", "0%"])
        #expect(tokens("Literature") == ["1", "0", "n/a"])
        #expect(tokens("Total") == ["6", "4", "+50%"])
        #expect(
            lines.last
                == """
                6 antisemitic incidents were recorded in 2024, the highest total ever recorded in a calendar year, \
                an increase of 50% from 4 in 2023.
                """
        )
    }

    @Test("a period without a breakdown gives its total in every format, with or without a comparison")
    func noBreakdown() throws {
        let cli = try prepared()
        defer { cli.cleanUp() }
        let text = try cli.run(["figures", "--period", "2024-02"])
        #expect(text.status == 0, "\(text.err)")
        #expect(text.out.split(separator: "\n").contains { $0.hasPrefix("February 2024") && $0.hasSuffix(" 2") })
        let compared = try cli.run(["figures", "--period", "2024", "--compare", "1"])
        #expect(compared.status == 0, "\(compared.err)")
        #expect(
            compared.out.split(separator: "\n").contains {
                $0.split(separator: " ").suffix(4) == ["2024", "6", "4", "+50%"]
            })
        #expect(
            try cli.run(["figures", "--period", "2024", "--compare", "1", "--format", "csv"]).out
                == "incidents,previous,change_pct\n6,4,50\n")
        let json = try cli.run(["figures", "--period", "2024-02", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(object["total"] as? Int == 2)
    }

    @Test("text, CSV and JSON give the same figures")
    func formatsAgree() throws {
        let cli = try prepared()
        defer { cli.cleanUp() }
        let args = ["figures", "--period", "2024", "--by", "region", "--compare", "1"]
        let csv = try cli.run(args + ["--format", "csv"]).out
        let json = try cli.run(args + ["--format", "json"]).out
        let text = try cli.run(args).out
        let csvLines = csv.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(csvLines.first == ["region", "incidents", "previous", "change_pct"])
        let csvRows = Dictionary(uniqueKeysWithValues: csvLines.dropFirst().map { ($0[0], ($0[1], $0[2], $0[3])) })
        #expect(csvRows["greater_london"]! == ("3", "2", "50"))
        #expect(csvRows["greater_manchester"]! == ("1", "1", "0"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["total"] as? Int == 6)
        #expect(object["previous_total"] as? Int == 4)
        #expect(object["excluded_not_antisemitic"] as? Int == 1)
        #expect((object["counting_rules"] as? [String])?.isEmpty == false)
        let rows = try #require(object["rows"] as? [[String: Any]])
        for row in rows {
            let code = (row["values"] as? [String: String])?["region"] ?? ""
            let fromCSV = try #require(csvRows[code])
            #expect(String(row["incidents"] as? Int ?? -1) == fromCSV.0)
            #expect(String(row["previous"] as? Int ?? -1) == fromCSV.1)
            let label = (row["labels"] as? [String: String])?["region"] ?? ""
            #expect(
                text.contains { _ in true }
                    && text.split(separator: "\n").contains { $0.hasPrefix(label) && $0.contains(" \(fromCSV.0) ") })
        }
    }

    @Test("crosses two dimensions with row and column totals; months written YYYY-MM in CSV")
    func crossing() throws {
        let cli = try prepared()
        defer { cli.cleanUp() }
        let text = try cli.run(["figures", "--period", "2024", "--by", "category", "--by", "month"]).out
        #expect(text.contains("Jan  Feb  Mar"))
        #expect(text.split(separator: "\n").contains { $0.hasPrefix("Total") && $0.hasSuffix("  6") })
        let csv = try cli.run(["figures", "--period", "2024", "--by", "category", "--by", "month", "--format", "csv"])
            .out
        #expect(csv.hasPrefix("category,month,incidents\n"))
        #expect(csv.contains("\nassault,2024-02,1\n"))
        #expect(csv.split(separator: "\n").count == 1 + 6 * 12)
    }

    @Test("prints the press-release sentences")
    func headline() throws {
        let cli = try prepared()
        defer { cli.cleanUp() }
        let result = try cli.run(["figures", "--period", "2024", "--headline", "--since", "2024-06-30"])
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == """
                6 antisemitic incidents were recorded in 2024, the highest total ever recorded in a calendar year, \
                an increase of 50% from 4 in 2023.
                """
        )
        #expect(lines.contains("50% of these incidents occurred on or after 30 June 2024."))
        #expect(
            lines.contains(
                """
                A further 1 potential incident was reported that is not included in this total, because \
                it was not deemed antisemitic.
                """
            ))
    }

    @Test("never prints personal data, whatever the dimension or format")
    func noPersonalData() throws {
        let cli = try prepared()
        defer { cli.cleanUp() }
        var outputs: [String] = []
        for dimension in [
            "category", "month", "police_force", "region", "victim_type", "method", "online", "discourse", "source",
            "year",
        ] {
            for format in ["text", "csv", "json"] {
                let result = try cli.run([
                    "figures", "--period", "2023-01..2024-12", "--by", dimension, "--format", format,
                ])
                #expect(result.status == 0 && !result.out.isEmpty, "\(dimension) \(format): \(result.err)")
                outputs.append(result.out)
            }
        }
        outputs.append(try cli.run(["figures", "--period", "2024", "--headline", "--format", "json"]).out)
        for output in outputs {
            for value in personalValues { #expect(!output.contains(value), "\(value) leaked") }
        }
    }

    @Test(
        "bad periods, unknown dimensions and periods without data get one clear line and a non-zero exit",
        arguments: [
            (["--period", "2024-H3"], "period \"2024-H3\": a half is H1 or H2"),
            (["--period", "last year"], "period \"last year\": expected a year (2024)"),
            (
                ["--period", "2024", "--by", "colour"],
                "unknown dimension \"colour\"; expected one of category, year, month"
            ),
            (
                ["--period", "2031"],
                "no incidents are recorded for 2031: the record runs from 2023-01-10 to 2024-12-31"
            ),
            (["--period", "2024", "--by", "category", "--by", "month", "--by", "method"], "at most two dimensions"),
        ])
    func errors(_ arguments: [String], _ message: String) throws {
        let cli = try prepared()
        defer { cli.cleanUp() }
        let result = try cli.run(["figures"] + arguments)
        #expect(result.status != 0)
        #expect(result.err.contains(message), "\(result.err)")
        #expect(result.out.isEmpty)
    }

    @Test("refuses to invent a database for a read")
    func missingDatabase() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let result = try cli.run(["figures", "--period", "2024"])
        #expect(result.status != 0)
        #expect(result.err.contains("no database here"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("incidents.sqlite")))
    }
}
