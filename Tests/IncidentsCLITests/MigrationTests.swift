import Foundation
import IncidentModel
import IncidentStore
import TestSupport
import Testing

/// A database the first release left (Fixtures/v1-database.sql, built with the sqlite3 shell)
/// opened by this one: brought up to date, counted the same, and its plaintext sealed.
@Suite struct MigrationTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/v1-database.sql").path
    static let personal = [
        "Oswin Legacyworth", "oswin.legacy@example.net", "Perpetua Oldfile", "Perpetua Earlierfile",
        "07700 900111", "red Legacyworth jacket", "NW11 7QQ",
    ]

    @Test(
        """
        a first-release (v1) database is migrated, counts the same, passes check, and its plaintext is \
        sealed by the first write with a key
        """
    )
    func firstReleaseDatabase() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let db = cli.path("incidents.sqlite")
        let built = try toolRun("sh", ["-c", "sqlite3 \"$1\" < \"$2\"", "sh", db, MigrationTests.fixture])
        #expect(built.status == 0, "\(built.err)")
        #expect(
            rawContains(db, MigrationTests.personal).count == MigrationTests.personal.count,
            "the fixture holds plaintext")

        // A reader brings it up to date and counts what the first release stored.
        let figures = try cli.run(["figures", "--period", "2023", "--by", "category", "--format", "csv"])
        #expect(figures.status == 0, "\(figures.err)")
        let rows = Dictionary(
            uniqueKeysWithValues: figures.out.split(separator: "\n").dropFirst().compactMap {
                line -> (String, String)? in
                let cells = line.split(separator: ",", omittingEmptySubsequences: false)
                return cells.count >= 2 ? (String(cells[0]), String(cells[1])) : nil
            })
        #expect(
            rows["assault"] == "1" && rows["damage_and_desecration"] == "2" && rows["threats"] == "1"
                && rows["abusive_behaviour"] == "1",
            "\(figures.out)")
        #expect(try cli.run(["figures", "--period", "2022"]).out.contains("1 antisemitic incident"))
        let check = try cli.run(["check"])
        #expect(check.status == 0, "\(check.out)\(check.err)")

        // The first write with a key seals every plaintext value, the change history's included.
        let export = try cli.run(["export", "--for", "police", "--period", "2023", "--out", "x.csv"])
        #expect(export.status == 0, "\(export.err)")
        for file in [db, db + "-wal"] {
            #expect(
                rawContains(file, MigrationTests.personal).isEmpty,
                "\(file) still holds \(rawContains(file, MigrationTests.personal))")
        }
        let store = try cli.store()
        let first = try #require(try store.incident(source: .own, reference: "V1-001"))
        #expect(first.personal.victimName?.revealed == "Oswin Legacyworth")
        #expect(first.personal.postcode?.revealed.description == "NW11 7QQ")
        #expect(first.postcodeDistrict == "NW11" && first.category == .damageAndDesecration)
        let changes = try store.changes(source: .own, reference: "V1-002")
        #expect(changes.first { $0.field == "victim_name" }?.oldValue?.hasPrefix("enc:") == true)
        #expect(changes.first { $0.field == "category" }?.oldValue == "threats")
        #expect(try cli.run(["check"]).status == 0)
        #expect(try cli.run(["audit", "verify"]).status == 0)
        // And it still counts the same.
        #expect(try cli.run(["figures", "--period", "2023", "--by", "category", "--format", "csv"]).out == figures.out)
    }

    @Test(
        """
        a first-release database gains the typology (every incident not coded until a file codes it) and case \
        examples, checked against its plaintext-era names
        """
    )
    func typologyAndExamples() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        let db = cli.path("incidents.sqlite")
        #expect(try toolRun("sh", ["-c", "sqlite3 \"$1\" < \"$2\"", "sh", db, MigrationTests.fixture]).status == 0)

        let byTypology = try cli.run(["figures", "--period", "2023", "--by", "typology", "--format", "csv"])
        #expect(byTypology.status == 0, "\(byTypology.err)")
        #expect(
            byTypology.out.split(separator: "\n").dropFirst().map(String.init) == [
                "mission,0", "opportunistic,0", "aggravated,0", "unknown,5",
            ], "\(byTypology.out)")
        #expect(try cli.run(["check"]).status == 0)

        // A later file codes one incident and gives its example; the kept summaries follow.
        try cli.write(
            "recode.csv",
            """
            reference,source,date,status,category,police_force,location,victim_type,method,typology,case_example
            V1-003,cst,2023-11-02,antisemitic,threats,metropolitan,Stamford Hill,individual,social_media,mission,A \
            Jewish man in Hackney received threats to kill on social media.

            """)
        let recode = try cli.run(["import", "recode.csv"])
        #expect(recode.status == 0, "\(recode.err)")
        #expect(recode.out.contains("Case examples: 1 added"))
        let after = try cli.run(["figures", "--period", "2023", "--by", "typology", "--format", "csv"]).out
        #expect(
            after.split(separator: "\n").dropFirst().map(String.init) == [
                "mission,1", "opportunistic,0", "aggravated,0", "unknown,4",
            ], "\(after)")
        let crossed = try cli.run([
            "figures", "--period", "2023-10..2023-12", "--by", "category", "--by", "typology", "--format", "csv",
        ]).out
        #expect(crossed.contains("threats,mission,1"), "\(crossed)")
        let check = try cli.run(["check"])
        #expect(check.status == 0 && check.out.contains("8 monthly columns, 28 pairs"), "\(check.out)")

        // The names the first release kept in plain text are checked like any other.
        let refused = try cli.run([
            "examples", "add", "V1-002", "--text", "Perpetua Oldfile was shouted at outside a shop in Prestwich.",
        ])
        #expect(
            refused.status != 0 && refused.err.contains("victim_name of this record")
                && !refused.err.contains("Oldfile"), "\(refused.err)")
        #expect(
            try cli.run([
                "examples", "add", "V1-002", "--text", "A Jewish woman was shouted at outside a shop in Bury.",
            ]).status == 0)
        #expect(try cli.run(["examples", "list"]).out.contains("cst/V1-002"))
        #expect(try cli.run(["audit", "verify"]).status == 0)
    }
}
