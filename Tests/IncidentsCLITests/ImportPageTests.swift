import DemoData
import Foundation
import IncidentModel
import TestSupport
import Testing

/// The research team's import page (issue 19): checking a file, and storing it on a server
/// started with `--allow-import`. Through the real executable, with curl.
extension WebAppResearchTests {
    @Test(
        """
        import page: an upload with three bad rows shows all three located as `incidents import` prints them, stores \
        nothing, and is audited; a good file is checked and not stored either
        """
    )
    func importCheck() throws {
        let cli = try WebFixture.make()
        defer { cli.cleanUp() }
        let (header, personal) = (Self.uploadHeader, Self.uploadPersonal)
        try Self.writeThreeBad(cli)
        let command = try cli.run(["import", "three-bad.csv"])
        #expect(command.status != 0)
        let located = command.err.split(separator: "\n").map(String.init).filter { $0.hasPrefix("three-bad.csv:") }
        #expect(located.count == 3, "\(command.err)")
        let before = [
            try cli.run(["batches"]).out,
            try cli.run(["figures", "--period", "2023", "--by", "month", "--format", "csv"]).out,
        ]

        let server = try WebFixture.serve(cli)
        defer { server.stop() }
        let research = Client(server.base, cli: cli, name: "research")
        #expect(try research.signIn("research-lead", WebFixture.password).status == 303)
        let form = try research.request("/research/import")
        #expect(form.status == 200 && form.text.contains("enctype=\"multipart/form-data\""))
        let token = try research.sessionToken()
        let reply = try research.request(
            "/research/import", method: "POST",
            multipart: ["csrf=\(token)", "file=@\(cli.path("three-bad.csv"));filename=three-bad.csv"])
        #expect(reply.status == 200, "\(reply.text)")
        for line in located {
            #expect(reply.text.contains("<li><code>\(WebAppTrusteeTests.escape(line))</code></li>"), "\(line)")
        }
        #expect(reply.text.contains("3 problems in 3 rows of 4 rows read") && reply.text.contains("Nothing was stored"))
        for marker in WebFixture.markers { #expect(!reply.text.contains(marker), "\(marker)") }
        // A valid file: no problems, and nothing stored either (importing needs the data key).
        try cli.write("good.csv", header + "N1,cst,2023-11-02,antisemitic,threats,metropolitan,Hendon," + personal)
        let good = try research.request(
            "/research/import", method: "POST",
            multipart: ["csrf=\(token)", "file=@\(cli.path("good.csv"));filename=good.csv"])
        #expect(
            good.status == 200 && good.text.contains("No problems: 1 row read, all valid")
                && good.text.contains("incidents import good.csv"))
        for marker in WebFixture.markers { #expect(!good.text.contains(marker), "\(marker)") }

        // The page's own way round a missing source: its form field, not a command-line flag.
        try cli.write("nosource.csv", "reference,date,category\nS1,2024-01-05,threats\n")
        let noSource = try research.request(
            "/research/import", method: "POST",
            multipart: ["csrf=\(token)", "file=@\(cli.path("nosource.csv"));filename=nosource.csv"])
        #expect(
            noSource.text.contains("name the source for the whole file in the form&#39;s Source field")
                || noSource.text.contains("name the source for the whole file in the form's Source field"),
            "\(noSource.text)")
        #expect(!noSource.text.contains("--source (e.g."))

        // This server was started without --allow-import: the Import button is absent and a
        // forged import is refused, storing nothing.
        #expect(!form.text.contains("value=\"import\""))
        let forged = try research.request(
            "/research/import", method: "POST",
            multipart: ["csrf=\(token)", "action=import", "file=@\(cli.path("good.csv"));filename=good.csv"])
        #expect(forged.status == 503 && forged.text.contains("--allow-import"))

        // Over 50 MB: refused before it is read further.
        let big = cli.path("big.csv")
        #expect(
            FileManager.default.createFile(
                atPath: big, contents: Data(header.utf8) + Data(repeating: UInt8(ascii: "x"), count: 51 * 1024 * 1024)))
        let tooLarge = try research.request(
            "/research/import", method: "POST", multipart: ["csrf=\(token)", "file=@\(big);filename=big.csv"])
        #expect(tooLarge.status == 413 && tooLarge.text.contains("at most 50 MB"))
        try? FileManager.default.removeItem(atPath: big)

        let after = [
            try cli.run(["batches"]).out,
            try cli.run(["figures", "--period", "2023", "--by", "month", "--format", "csv"]).out,
        ]
        #expect(before == after)
        let audit = try research.request("/research/audit").text
        #expect(
            audit.contains("import-check") && audit.contains("web:research-lead") && audit.contains("three-bad.csv"))
        #expect(try cli.run(["audit", "verify"]).status == 0)
    }

    @Test(
        """
        import page with --allow-import: a file with bad rows is refused with every problem located and nothing \
        stored; with 'valid rows' its good row is stored and its bad ones listed; a good file is stored exactly \
        as `incidents import` stores it (re-importing it with the command changes nothing), sealed, audited under \
        the web account; trustees refused
        """
    )
    func importStored() throws {
        let cli = try WebFixture.make()
        defer { cli.cleanUp() }
        let (header, personal) = (Self.uploadHeader, Self.uploadPersonal)
        try Self.writeThreeBad(cli)
        try cli.write(
            "good.csv",
            header + "G1,cst,2023-11-20,antisemitic,assault,metropolitan,Hendon," + personal
                + "G2,cst,2023-11-21,antisemitic,threats,metropolitan,Hendon," + personal)
        let located = try cli.run(["import", "three-bad.csv"]).err.split(separator: "\n").map(String.init).filter {
            $0.hasPrefix("three-bad.csv:")
        }
        #expect(located.count == 3)
        func november() throws -> String { try cli.run(["figures", "--period", "2023-11", "--format", "csv"]).out }
        let before = (batches: try cli.run(["batches"]).out, november: try november())

        let server = try ServeProcess(cli, arguments: ["--allow-import"], environment: ["INCIDENTS_BCRYPT_COST": "4"])
        defer { server.stop() }
        let trustee = Client(server.base, cli: cli, name: "trustee")
        #expect(try trustee.signIn("trustee-one", WebFixture.password).status == 303)
        #expect(
            try trustee.request(
                "/research/import", method: "POST",
                multipart: [
                    "csrf=\(try trustee.sessionToken())", "action=import",
                    "file=@\(cli.path("good.csv"));filename=good.csv",
                ]
            ).status == 403)
        let research = Client(server.base, cli: cli, name: "research")
        #expect(try research.signIn("research-lead", WebFixture.password).status == 303)
        let form = try research.request("/research/import")
        #expect(form.text.contains("value=\"import\"") && form.text.contains("name=\"valid-rows\""))
        let token = try research.sessionToken()
        func upload(_ file: String, _ extra: [String] = []) throws -> Reply {
            try research.request(
                "/research/import", method: "POST",
                multipart: ["csrf=\(token)", "action=import"] + extra + ["file=@\(cli.path(file));filename=\(file)"])
        }

        // All or nothing: refused, every problem located, nothing stored.
        let refused = try upload("three-bad.csv")
        #expect(refused.status == 200, "\(refused.text)")
        #expect(refused.text.contains("Import refused: 3 problems in 3 rows. Nothing was stored"), "\(refused.text)")
        for line in located {
            #expect(refused.text.contains("<li><code>\(WebAppTrusteeTests.escape(line))</code></li>"), "\(line)")
        }
        #expect(try cli.run(["batches"]).out == before.batches && (try november()) == before.november)

        // The valid rows only: N1 stored, the three others listed and not stored.
        let partial = try upload("three-bad.csv", ["valid-rows=yes"])
        #expect(
            partial.text.contains(
                "Imported three-bad.csv as batch 2: 4 rows read: 1 new, 0 updated, 0 unchanged, 3 rejected."),
            "\(partial.text)")
        for line in located {
            #expect(partial.text.contains("<li><code>\(WebAppTrusteeTests.escape(line))</code></li>"), "\(line)")
        }

        // A good file: stored, then the command finds it unchanged (same values, same sealed personal fields).
        let good = try upload("good.csv")
        #expect(
            good.text.contains("Imported good.csv as batch 3: 2 rows read: 2 new, 0 updated, 0 unchanged, 0 rejected."),
            "\(good.text)")
        for reply in [refused, partial, good] {
            for marker in WebFixture.markers { #expect(!reply.text.contains(marker), "\(marker)") }
        }
        let again = try cli.run(["import", "good.csv"])
        #expect(
            again.status == 0 && again.out.contains("0 new, 0 updated, 2 unchanged")
                && again.out.contains("as batch 3"), "\(again.out)")
        let figures = try november()
        #expect(figures != before.november)
        let beforeTotal = try #require(Self.total(before.november)), afterTotal = try #require(Self.total(figures))
        #expect(afterTotal == beforeTotal + 3, "\(figures)")
        // Sealed at rest: no personal value in the database file.
        let bytes = try #require(FileManager.default.contents(atPath: cli.path("incidents.sqlite")))
        for marker in ["zephyrine-new", "Marrowbane new", "Thornwhistle new"] {
            #expect(bytes.range(of: Data(marker.utf8)) == nil, "\(marker)")
        }
        // Audited under the web account, in the signed trail.
        let audit = try cli.run(["audit"]).out
        #expect(
            audit.split(separator: "\n").filter {
                $0.contains("import") && $0.contains("web:research-lead") && $0.contains("good.csv")
            }.count == 1, "\(audit)")
        #expect(audit.contains("import-refused"))
        #expect(try cli.run(["audit", "verify"]).status == 0)
    }

    /// The count of `figures --format csv` without a breakdown (a header line, then the number).
    static func total(_ csv: String) -> Int? {
        csv.split(separator: "\n").last.flatMap { Int($0) }
    }

    /// The interchange header of the uploads, and a row's tail whose personal values are markers.
    static let uploadHeader = """
        reference,source,date,status,category,police_force,location,postcode,victim_type,method,description,\
        victim_name,victim_contact,consent_to_share,offender_description\n
        """
    static let uploadPersonal = """
        NW4 9QX,individual,in_person,"Marrowbane new was shouted at.",Zephyrine \
        Quillfeather,zephyrine-new@quill-marker.example,,Thornwhistle new\n
        """

    /// `three-bad.csv`: one good row and three bad ones (a date, a category, a status).
    static func writeThreeBad(_ cli: CLI) throws {
        try cli.write(
            "three-bad.csv",
            uploadHeader
                + "N1,cst,2023-11-02,antisemitic,threats,metropolitan,Hendon," + uploadPersonal
                + "N2,cst,2023-13-45,antisemitic,threats,metropolitan,Hendon," + uploadPersonal
                + "N3,cst,2023-11-03,antisemitic,abusive,metropolitan,Hendon," + uploadPersonal
                + "N4,cst,2023-11-04,perhaps,threats,metropolitan,Hendon," + uploadPersonal)
    }
}
