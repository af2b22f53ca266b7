import DemoData
import Foundation
import IncidentModel
import TestSupport
import Testing

/// The research team's pages of `incidents serve` (issue 19, the research half): the review queue
/// and the import check. Through the real executable, with curl.
@Suite(.serialized) struct WebAppResearchTests {
    /// The demo half-year of both feeds imported and linked (some pairs queued), and one account per role.
    static func linked() throws -> CLI {
        let cli = try CLI()
        try PoliceExchangeTests.writeFeeds(cli)
        for file in ["cst.csv", "police.csv"] {
            let imported = try cli.run(["import", file])
            #expect(imported.status == 0, "\(imported.err)")
        }
        let link = try cli.run(["link"])
        #expect(link.status == 0, "\(link.err)")
        for (name, role) in WebFixture.accounts {
            let added = try cli.run(
                ["users", "add", name, "--role", role], environment: ["INCIDENTS_BCRYPT_COST": "4"],
                input: WebFixture.password + "\n")
            #expect(added.status == 0, "\(added.err)")
        }
        return cli
    }

    /// The queue as `incidents review --list --format csv` gives it: (pair id, team reference, police reference).
    static func queue(_ cli: CLI) throws -> [(id: String, own: String, police: String)] {
        try cli.run(["review", "--list", "--format", "csv"]).out.split(separator: "\n").dropFirst().map {
            let cells = $0.split(separator: ",").map(String.init)
            return (cells[0], cells[1], cells[2])
        }
    }

    /// The personal values (descriptions, names, contacts, offenders' descriptions, full
    /// postcodes) of the queued pairs' records, from the demo feeds they were imported from.
    static func personalValues(_ cli: CLI) throws -> [String] {
        let queued = Set(try queue(cli).flatMap { [$0.own, $0.police] })
        let records = (PoliceExchangeTests.history.own + PoliceExchangeTests.history.police).filter {
            queued.contains($0.reference)
        }
        return records.flatMap { r -> [String] in
            let p = r.personal
            return [
                p.description?.revealed, p.victimName?.revealed, p.victimContact?.revealed,
                p.offenderDescription?.revealed,
                p.postcode.map { "\($0.revealed)" },
            ].compactMap { $0 }.filter { $0.count >= 6 }.map { String($0.prefix(40)) }
        }
    }

    @Test(
        """
        research pages: only the research role reaches the review queue and the import page; the signed-out are sent \
        to sign in; posts without the CSRF token are refused
        """
    )
    func roles() throws {
        let cli = try Self.linked()
        defer { cli.cleanUp() }
        let server = try WebFixture.serve(cli)
        defer { server.stop() }
        let pair = try #require(try Self.queue(cli).first)
        let anonymous = Client(server.base, cli: cli, name: "anonymous")
        for path in ["/research/review", "/research/import"] {
            let reply = try anonymous.request(path)
            #expect(reply.status == 303 && reply.headers["location"]?.hasPrefix("/sign-in") == true, "\(path)")
        }
        #expect(
            try anonymous.request("/research/review/\(pair.id)", method: "POST", form: [("decision", "accept")]).status
                == 403)
        for name in ["press-office", "trustee-one"] {
            let client = Client(server.base, cli: cli, name: name)
            #expect(try client.signIn(name, WebFixture.password).status == 303)
            let token = try client.sessionToken()
            for path in ["/research/review", "/research/import"] {
                #expect(try client.request(path).status == 403, "\(name) \(path)")
            }
            #expect(
                try client.request(
                    "/research/review/\(pair.id)", method: "POST", form: [("csrf", token), ("decision", "accept")]
                ).status == 403)
            #expect(
                try client.request("/research/import", method: "POST", multipart: ["csrf=\(token)", "file=x"]).status
                    == 403)
        }
        let research = Client(server.base, cli: cli, name: "research")
        #expect(try research.signIn("research-lead", WebFixture.password).status == 303)
        #expect(
            try research.request("/research/review/\(pair.id)", method: "POST", form: [("decision", "accept")]).status
                == 403)
        #expect(
            try research.request(
                "/research/review/\(pair.id)", method: "POST", form: [("csrf", "wrong"), ("decision", "accept")]
            ).status == 403)
        try cli.write("ok.csv", "reference,source,date,status,category\n")
        #expect(
            try research.request(
                "/research/import", method: "POST", multipart: ["file=@\(cli.path("ok.csv"));filename=ok.csv"]
            ).status == 403)
        // Nothing was decided.
        #expect(try Self.queue(cli).map(\.id).contains(pair.id))
    }

    @Test(
        """
        review queue: a researcher sees each pair side by side without personal details, accepts one, and `incidents \
        links` shows the two records as one incident; the audit trail names the account
        """
    )
    func acceptInBrowser() throws {
        let cli = try Self.linked()
        defer { cli.cleanUp() }
        let server = try WebFixture.serve(cli)
        defer { server.stop() }
        let queue = try Self.queue(cli)
        let pair = try #require(queue.first)
        let research = Client(server.base, cli: cli, name: "research")
        #expect(try research.signIn("research-lead", WebFixture.password).status == 303)
        let page = try research.request("/research/review")
        #expect(page.status == 200)
        for text in [
            "Pair \(pair.id) (1 of \(queue.count))", "Police exchange", "Research team", "(prior)",
            "what each field contributed",
            "accesskey=\"a\"", "accesskey=\"r\"", "accesskey=\"s\"", "action=\"/research/review/\(pair.id)\"", pair.own,
            pair.police,
        ] {
            #expect(page.text.contains(text), "\(text)")
        }
        #expect(
            page.text.contains("competing candidates")
                || page.text.contains("No other stored pair involves either record"))
        let personal = try Self.personalValues(cli)
        #expect(personal.count >= 5, "the queue's records carry personal values: the check below could fail")
        for description in personal {
            #expect(
                !page.text.contains(WebAppTrusteeTests.escape(description)) && !page.text.contains(description),
                "\(description)")
        }

        let token = try research.sessionToken()
        let decided = try research.request(
            "/research/review/\(pair.id)", method: "POST", form: [("csrf", token), ("decision", "accept")])
        #expect(decided.status == 303, "\(decided.text)")
        #expect(
            try research.request("/research/review?done=\(pair.id)&decision=accept").text.contains(
                "Pair \(pair.id): accepted"))
        let rows = try PoliceExchangeTests.linksCSV(cli)
        let policeRow = try #require(rows.first { $0[1] == "police" && $0[2] == pair.police })
        let ownRow = try #require(rows.first { $0[1] == "cst" && $0[2] == pair.own })
        #expect(policeRow[0] == "cst:" + pair.own && policeRow[5] == "accepted")
        #expect(ownRow[0] == "cst:" + pair.own)
        #expect(!(try Self.queue(cli)).contains { $0.id == pair.id })
        let audit = try research.request("/research/audit").text
        #expect(
            audit.contains("web:research-lead") && audit.contains(WebAppTrusteeTests.escape("\"decision\":\"accept\"")))
        #expect(try cli.run(["audit", "verify"]).status == 0)
        // A bad decision or pair is refused.
        #expect(
            try research.request(
                "/research/review/\(pair.id)", method: "POST", form: [("csrf", token), ("decision", "maybe")]
            ).status == 400)
        #expect(
            try research.request(
                "/research/review/999999", method: "POST", form: [("csrf", token), ("decision", "accept")]
            ).status == 400)
    }

    @Test(
        """
        review queue: decisions made in the browser and with `incidents review` are interchangeable: some of each give \
        the groups all made by `incidents review` give
        """
    )
    func interchangeable() throws {
        let mixed = try Self.linked(), reference = try Self.linked()
        defer { mixed.cleanUp(); reference.cleanUp() }
        let queue = try Self.queue(mixed)
        try #require(queue.count >= 4, "the demo half-year leaves some pairs for review")
        #expect(try Self.queue(reference).map { "\($0.own)/\($0.police)" } == queue.map { "\($0.own)/\($0.police)" })
        let decisions = [(queue[0], "accept"), (queue[1], "reject"), (queue[2], "accept"), (queue[3], "skip")]
        let server = try WebFixture.serve(mixed)
        let research = Client(server.base, cli: mixed, name: "research")
        #expect(try research.signIn("research-lead", WebFixture.password).status == 303)
        let token = try research.sessionToken()
        for (n, (pair, decision)) in decisions.enumerated() {
            if n % 2 == 0 {
                #expect(
                    try research.request(
                        "/research/review/\(pair.id)", method: "POST", form: [("csrf", token), ("decision", decision)]
                    ).status == 303)
            } else {
                #expect(try mixed.run(["review", "--\(decision)", pair.id]).status == 0)
            }
        }
        server.stop()
        let ids = Dictionary(uniqueKeysWithValues: try Self.queue(reference).map { ("\($0.own)/\($0.police)", $0.id) })
        for (pair, decision) in decisions {
            let id = try #require(ids["\(pair.own)/\(pair.police)"])
            #expect(try reference.run(["review", "--\(decision)", id]).status == 0)
        }
        let mixedLinks = try mixed.run(["links", "--format", "csv"]).out,
            referenceLinks = try reference.run(["links", "--format", "csv"]).out
        #expect(!mixedLinks.isEmpty && mixedLinks == referenceLinks)
        #expect(
            try mixed.run(["review", "--list", "--format", "csv"]).out
                == reference.run(["review", "--list", "--format", "csv"]).out)
        #expect(try PoliceExchangeTests.sourceCounts(mixed) == PoliceExchangeTests.sourceCounts(reference))
    }

    @Test(
        """
        import page: an upload with three bad rows shows all three located as `incidents import` prints them, stores \
        nothing, and is audited; a good file is checked and not stored either
        """
    )
    func importCheck() throws {
        let cli = try WebFixture.make()
        defer { cli.cleanUp() }
        let header =
            """
            reference,source,date,status,category,police_force,location,postcode,victim_type,method,description,\
            victim_name,victim_contact,consent_to_share,offender_description\n
            """
        let personal =
            """
            NW4 9QX,individual,in_person,"Marrowbane new was shouted at.",Zephyrine \
            Quillfeather,zephyrine-new@quill-marker.example,,Thornwhistle new\n
            """
        try cli.write(
            "three-bad.csv",
            header
                + "N1,cst,2023-11-02,antisemitic,threats,metropolitan,Hendon," + personal
                + "N2,cst,2023-13-45,antisemitic,threats,metropolitan,Hendon," + personal
                + "N3,cst,2023-11-03,antisemitic,abusive,metropolitan,Hendon," + personal
                + "N4,cst,2023-11-04,perhaps,threats,metropolitan,Hendon," + personal)
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
        let header =
            """
            reference,source,date,status,category,police_force,location,postcode,victim_type,method,description,\
            victim_name,victim_contact,consent_to_share,offender_description\n
            """
        let personal =
            """
            NW4 9QX,individual,in_person,"Marrowbane new was shouted at.",Zephyrine \
            Quillfeather,zephyrine-new@quill-marker.example,,Thornwhistle new\n
            """
        try cli.write(
            "three-bad.csv",
            header
                + "N1,cst,2023-11-02,antisemitic,threats,metropolitan,Hendon," + personal
                + "N2,cst,2023-13-45,antisemitic,threats,metropolitan,Hendon," + personal
                + "N3,cst,2023-11-03,antisemitic,abusive,metropolitan,Hendon," + personal
                + "N4,cst,2023-11-04,perhaps,threats,metropolitan,Hendon," + personal)
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

    @Test(
        """
        drafts from the browser: a researcher makes draft 2 of 2023 with the form, as `incidents report --draft` makes \
        it (numbered, stored, its PDF written, changes since draft 1 listed), audited; trustees, media, bad periods \
        and posts without the CSRF token are refused
        """
    )
    func draftInBrowser() throws {
        let cli = try WebFixture.make()
        defer { cli.cleanUp() }
        let server = try WebFixture.serve(cli)
        defer { server.stop() }
        for name in ["press-office", "trustee-one"] {
            let client = Client(server.base, cli: cli, name: name)
            #expect(try client.signIn(name, WebFixture.password).status == 303)
            #expect(
                try client.request(
                    "/research/draft", method: "POST", form: [("csrf", try client.sessionToken()), ("period", "2023")]
                ).status == 403)
            #expect(!(try client.request("/drafts").text.contains("action=\"/research/draft\"")))
        }
        let research = Client(server.base, cli: cli, name: "research")
        #expect(try research.signIn("research-lead", WebFixture.password).status == 303)
        #expect(try research.request("/drafts").text.contains("action=\"/research/draft\""))
        let token = try research.sessionToken()
        #expect(try research.request("/research/draft", method: "POST", form: [("period", "2023")]).status == 403)
        #expect(
            try research.request("/research/draft", method: "POST", form: [("csrf", token), ("period", "2023-10")])
                .status == 400)
        #expect(
            try research.request("/research/draft", method: "POST", form: [("csrf", token), ("period", "../x")]).status
                == 400)
        #expect(
            try cli.run(["drafts"]).out.contains("2023")
                && !(try cli.run(["drafts"]).out.contains("Reports/antisemitic-incidents-2023-draft-2.pdf")))
        let made = try research.request("/research/draft", method: "POST", form: [("csrf", token), ("period", "2023")])
        #expect(made.status == 200, "\(made.text)")
        #expect(made.text.contains("draft 2 of 2023") && made.text.contains("href=\"/drafts/2\""), "\(made.text)")
        #expect(FileManager.default.fileExists(atPath: cli.path("Reports/antisemitic-incidents-2023-draft-2.pdf")))
        let page = try research.request("/drafts/2")
        #expect(page.status == 200 && page.text.contains("Changes since draft 1"))
        #expect(try research.request("/drafts/2.pdf").headers["content-type"]?.hasPrefix("application/pdf") == true)
        let audit = try research.request("/research/audit").text
        #expect(audit.contains("report-draft") && audit.contains("web:research-lead"))
        #expect(try cli.run(["audit", "verify"]).status == 0)
    }
}
