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

    @Test("review queue: the page says how many queued pairs wait beyond the week's budget, as the command does")
    func waitingBeyondBudget() throws {
        let (cli, _) = try PoliceExchangeTests.surgeLinked()
        defer { cli.cleanUp() }
        for (name, role) in WebFixture.accounts where role == "research" {
            let added = try cli.run(
                ["users", "add", name, "--role", role], environment: ["INCIDENTS_BCRYPT_COST": "4"],
                input: WebFixture.password + "\n")
            #expect(added.status == 0, "\(added.err)")
        }
        let line = try #require(
            try cli.run(["review", "--list"]).out.split(separator: "\n").first.map(String.init))
        let waiting = try #require(line.firstMatch(of: /; ([0-9,]+) more queued pairs/)?.1, "\(line)")
        let server = try WebFixture.serve(cli)
        defer { server.stop() }
        let research = Client(server.base, cli: cli, name: "research")
        #expect(try research.signIn("research-lead", WebFixture.password).status == 303)
        let page = try research.request("/research/review").text
        #expect(page.contains("\(waiting) more queued pairs, less useful, wait until decisions make room"))
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
        // A second person on a page made before the decision: the pair has left the queue, so theirs is refused.
        let stale = try research.request(
            "/research/review/\(pair.id)", method: "POST", form: [("csrf", token), ("decision", "reject")])
        #expect(stale.status == 409, "\(stale.text)")
        #expect(try PoliceExchangeTests.linksCSV(cli).first { $0[2] == pair.police }?[5] == "accepted")
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
        review queue: after a skip the access keys move to the next pair (the skipped one stays in its place in the \
        queue: with the keys left on it, a keyboard could never get past it)
        """
    )
    func skipMovesAccessKeys() throws {
        let cli = try Self.linked()
        defer { cli.cleanUp() }
        let server = try WebFixture.serve(cli)
        defer { server.stop() }
        let queue = try Self.queue(cli)
        try #require(queue.count >= 3, "the demo half-year leaves some pairs for review")
        let research = Client(server.base, cli: cli, name: "research")
        #expect(try research.signIn("research-lead", WebFixture.password).status == 303)
        /// Whether pair `id`'s decision form on `page` carries the access keys.
        func hasKeys(_ page: String, _ id: String) throws -> Bool {
            let start = try #require(page.range(of: "action=\"/research/review/\(id)\""))
            let end = try #require(page.range(of: "</form>", range: start.upperBound..<page.endIndex))
            let form = page[start.upperBound..<end.lowerBound]
            return form.contains("accesskey=\"a\"") && form.contains("accesskey=\"r\"")
                && form.contains("accesskey=\"s\"")
        }
        let first = try research.request("/research/review").text
        #expect(try hasKeys(first, queue[0].id) && !hasKeys(first, queue[1].id))
        let token = try research.sessionToken()
        for n in 0..<2 {
            let skipped = try research.request(
                "/research/review/\(queue[n].id)", method: "POST", form: [("csrf", token), ("decision", "skip")])
            #expect(skipped.status == 303, "\(skipped.text)")
            let page = try research.request("/research/review?done=\(queue[n].id)&decision=skip").text
            #expect(page.contains("Pair \(queue[n].id): skipped. The access keys are on pair \(queue[n + 1].id) now."))
            #expect(try hasKeys(page, queue[n + 1].id), "after skipping pair \(queue[n].id)")
            #expect(try !hasKeys(page, queue[0].id) && !hasKeys(page, queue[n].id))
            #expect(page.components(separatedBy: "accesskey=\"a\"").count == 2, "one pair in hand")
        }
        // Both skipped pairs are still waiting, in their places.
        #expect(try Self.queue(cli).prefix(3).map(\.id) == queue.prefix(3).map(\.id))
        /// The pairs of a page, in order.
        func shown(_ page: String) -> [String] {
            page.components(separatedBy: "action=\"/research/review/").dropFirst().map {
                String($0.prefix { $0.isNumber })
            }
        }
        // Deciding the pair in hand (the third) puts the keys on the pair that takes its place, not back on
        // the skipped ones.
        let accepted = try research.request(
            "/research/review/\(queue[2].id)", method: "POST",
            form: [("csrf", token), ("decision", "accept"), ("at", "2")])
        #expect(
            accepted.status == 303 && (accepted.headers["location"] ?? "").hasSuffix("&at=2"), "\(accepted.headers)")
        let afterAccept = try research.request("/research/review?done=\(queue[2].id)&decision=accept&at=2").text
        let order = shown(afterAccept)
        #expect(!order.contains(queue[2].id) && order.prefix(2) == [queue[0].id, queue[1].id])
        #expect(try hasKeys(afterAccept, order[2]) && !hasKeys(afterAccept, queue[0].id), "\(order.prefix(4))")
        #expect(afterAccept.contains("The access keys are on pair \(order[2]) now."))
        // Skipping the last pair shown puts the keys back on the first, and says so.
        let last = try #require(order.last)
        let wrapped = try research.request("/research/review?done=\(last)&decision=skip").text
        #expect(try hasKeys(wrapped, order[0]) && wrapped.contains("The access keys are back on the first pair."))
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
