import Foundation
import IncidentStore
import TestSupport
import Testing

/// The trustees' pages of `incidents serve` (issue 19, the trustees' half): drafts, the change
/// list between two drafts, editions beside the current figures, and comments on drafts. Through
/// the real executable, with curl.
@Suite(.serialized) struct WebAppTrusteeTests {
    /// The web fixture (draft 1 of 2023), 2023 published, then one late October record (with
    /// planted personal values) and draft 2.
    static func make() throws -> CLI {
        let cli = try WebFixture.make()
        let published = try cli.run(["publish", "--period", "2023", "--date", "2024-01-15"])
        #expect(published.status == 0, "\(published.err)")
        try cli.write(
            "late.csv",
            """
            reference,source,date,status,category,police_force,location,postcode,victim_type,method,description,\
            victim_name,victim_contact,consent_to_share,offender_description
            L1,cst,2023-10-20,antisemitic,threats,metropolitan,Hendon,NW4 9QX,individual,in_person,"Marrowbane late \
            was shouted at.",Zephyrine Quillfeather,zephyrine-late@quill-marker.example,,Thornwhistle late

            """)
        let imported = try cli.run(["import", "late.csv"])
        #expect(imported.status == 0, "\(imported.err)")
        let draft = try cli.run([
            "report", "--period", "2023", "--draft", "--date", "2024-01-20", "--out", "draft-2023-2.pdf",
        ])
        #expect(draft.status == 0, "\(draft.err)")
        return cli
    }

    /// `text` as the pages write it.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }

    /// The figure lines of `incidents diff`: (where, old, new).
    static func diffFigures(_ out: String) -> [(label: String, old: String, new: String)] {
        var figures: [(label: String, old: String, new: String)] = []
        for line in out.split(separator: "\n").dropFirst() {
            if line == "Records:" { break }
            let text = line.trimmingCharacters(in: .whitespaces)
            guard let arrow = text.range(of: " → ", options: .backwards),
                let colon = text[..<arrow.lowerBound].range(of: ": ", options: .backwards)
            else { continue }
            figures.append(
                (
                    String(text[..<colon.lowerBound]), String(text[colon.upperBound..<arrow.lowerBound]),
                    String(text[arrow.upperBound...])
                ))
        }
        return figures
    }

    @Test(
        """
        trustee pages: draft 2 shows each figure that changed since draft 1 with its old and new value, as `incidents \
        diff` lists them, and the records counted; editions show first published beside now
        """
    )
    func changes() throws {
        let cli = try Self.make()
        defer { cli.cleanUp() }
        let server = try WebFixture.serve(cli)
        defer { server.stop() }
        let trustee = Client(server.base, cli: cli, name: "trustee")
        #expect(try trustee.signIn("trustee-one", WebFixture.password).status == 303)

        let list = try trustee.request("/drafts")
        #expect(list.status == 200)
        for link in ["/drafts/1", "/drafts/2", "/drafts/1.pdf", "/drafts/2.pdf", "/drafts/2/changes?from=1"] {
            #expect(list.text.contains("href=\"\(link)\""), "\(link)")
        }

        let diff = try cli.run(["diff", "1", "2"])
        #expect(diff.status == 0, "\(diff.err)")
        let figures = Self.diffFigures(diff.out)
        #expect(figures.contains { $0.label == "Text, {{total}}" && $0.old == "32" && $0.new == "33" }, "\(diff.out)")
        let page = try trustee.request("/drafts/2")
        let changes = try trustee.request("/drafts/2/changes?from=1")
        #expect(page.status == 200 && changes.status == 200)
        for reply in [page, changes] {
            #expect(reply.text.contains("\(figures.count) figures changed from draft 1 to draft 2"))
            for figure in figures {
                let row =
                    """
                    <th scope="row">\(Self.escape(figure.label))</th><td \
                    class="num">\(Self.escape(figure.old))</td><td class="num">\(Self.escape(figure.new))</td>
                    """
                #expect(reply.text.contains(row), "\(figure)")
            }
            // The one late record, counted and never named.
            #expect(reply.text.contains("<th scope=\"row\">Added</th><td>Threats</td><td class=\"num\">1</td>"))
            #expect(!reply.text.contains("cst/L1"))
        }
        // The other way round, and refusals.
        let back = try trustee.request("/drafts/1/changes?from=2")
        #expect(
            back.status == 200
                && back.text.contains(
                    "<th scope=\"row\">Text, {{total}}</th><td class=\"num\">33</td><td class=\"num\">32</td>")
        )
        #expect(try trustee.request("/drafts/1/changes").status == 404)
        #expect(try trustee.request("/drafts/2/changes?from=2").status == 400)
        #expect(try trustee.request("/drafts/2/changes?from=..%2F1").status == 404)
        #expect(try trustee.request("/drafts/9").status == 404)

        // The edition of 2023: 32 when published, 33 now.
        let editions = try trustee.request("/editions")
        #expect(editions.status == 200)
        #expect(
            editions.text.contains(
                """
                <th scope="row">Text, {{total}}</th><td class="num">32</td><td class="num">33</td><td>revised</td>
                """
            ), "\(editions.text)")
        let asPublished = try cli.run(["figures", "--as-published", "2023"]).out
        #expect(asPublished.contains("32") && asPublished.contains("33"))
    }

    @Test(
        """
        trustee pages: a trustee's comment on draft 1 is kept, audited, and listed on draft 1 and draft 2; without \
        CSRF, too long or from media it is refused
        """
    )
    func comments() throws {
        let cli = try Self.make()
        defer { cli.cleanUp() }
        let server = try WebFixture.serve(cli)
        defer { server.stop() }
        let trustee = Client(server.base, cli: cli, name: "trustee")
        #expect(try trustee.signIn("trustee-one", WebFixture.password).status == 303)
        let token = try trustee.sessionToken()
        #expect(!token.isEmpty)
        let draft1 = try trustee.request("/drafts/1")
        #expect(draft1.text.contains("action=\"/drafts/1/comments\"") && draft1.text.contains("name=\"csrf\""))

        let comment = "The October table <b>looks</b> low & should be checked."
        let posted = try trustee.request(
            "/drafts/1/comments", method: "POST", form: [("csrf", token), ("comment", comment)])
        #expect(posted.status == 303 && posted.headers["location"] == "/drafts/1#comments")
        let shown = "<strong>trustee-one</strong>"
        #expect(try trustee.request("/drafts/1").text.contains(Self.escape(comment)))
        let next = try trustee.request("/drafts/2").text
        #expect(next.contains("Comments on draft 1") && next.contains(Self.escape(comment)) && next.contains(shown))
        #expect(!next.contains("<b>looks</b>"))

        // Refused: no token, a wrong token, another origin, empty, too long, a media account, no such draft.
        #expect(
            try trustee.request("/drafts/1/comments", method: "POST", form: [("comment", "no token")]).status == 403)
        #expect(
            try trustee.request(
                "/drafts/1/comments", method: "POST", form: [("csrf", "guessed"), ("comment", "wrong token")]
            ).status == 403)
        #expect(
            try trustee.request(
                "/drafts/1/comments", method: "POST", form: [("csrf", token), ("comment", "elsewhere")],
                headers: ["Origin: https://evil.example"]
            ).status == 403)
        #expect(
            try trustee.request("/drafts/1/comments", method: "POST", form: [("csrf", token), ("comment", "   ")])
                .status == 400)
        #expect(
            try trustee.request(
                "/drafts/1/comments", method: "POST",
                form: [("csrf", token), ("comment", String(repeating: "x", count: 2001))]
            ).status == 400)
        #expect(
            try trustee.request("/drafts/9/comments", method: "POST", form: [("csrf", token), ("comment", "no draft")])
                .status == 404)
        let media = Client(server.base, cli: cli, name: "media")
        #expect(try media.signIn("press-office", WebFixture.password).status == 303)
        #expect(
            try media.request(
                "/drafts/1/comments", method: "POST",
                form: [("csrf", try media.sessionToken()), ("comment", "from media")]
            ).status == 403)

        let stored = try cli.store().draftComments(1)
        #expect(stored.map(\.text) == [comment] && stored.first?.author == "web:trustee-one")
        #expect(try cli.store().draftComments(2).isEmpty)
        let audit = try cli.run(["audit"]).out
        #expect(audit.contains("draft-comment") && audit.contains("web:trustee-one"), "\(audit)")
        #expect(!audit.contains("looks"), "the trail keeps the comment's length, not its text")
        let verify = try cli.run(["audit", "verify"])
        #expect(verify.status == 0, "\(verify.out) \(verify.err)")
    }

    @Test(
        """
        trustee pages: a trustee reaches the trustee pages and not the research pages; media reaches none; no \
        planted personal value on any of them
        """
    )
    func rolesAndPersonalData() throws {
        let cli = try Self.make()
        defer { cli.cleanUp() }
        let server = try WebFixture.serve(cli)
        defer { server.stop() }
        let trusteePages = [
            "/drafts", "/drafts/1", "/drafts/2", "/drafts/2/changes?from=1", "/drafts/1/changes?from=2",
            "/drafts/2.pdf", "/editions",
        ]
        let researchPages = ["/research", "/research/batches", "/research/audit", "/research/accounts"]
        var clients: [String: Client] = [:]
        for (name, _) in WebFixture.accounts {
            let client = Client(server.base, cli: cli, name: name)
            #expect(try client.signIn(name, WebFixture.password).status == 303)
            clients[name] = client
        }
        let trustee = clients["trustee-one"]!, media = clients["press-office"]!, research = clients["research-lead"]!
        // A comment first, so that the pages show one.
        #expect(
            try trustee.request(
                "/drafts/1/comments", method: "POST",
                form: [("csrf", try trustee.sessionToken()), ("comment", "Checked the totals.")]
            ).status == 303)
        for path in trusteePages {
            #expect(try trustee.request(path).status == 200, "trustee \(path)")
            #expect(try research.request(path).status == 200, "research \(path)")
            let refused = try media.request(path)
            #expect(refused.status == 403 && refused.text.contains("Not for this account"), "media \(path)")
        }
        for path in researchPages {
            #expect(try trustee.request(path).status == 403, "trustee \(path)")
            #expect(try media.request(path).status == 403, "media \(path)")
        }
        let nav = try media.request("/figures").text
        #expect(!nav.contains("href=\"/drafts\"") && !nav.contains("href=\"/editions\""))

        for (name, client) in [("trustee-one", trustee), ("research-lead", research)] {
            for path in trusteePages {
                let reply = try client.request(path)
                var text = reply.text
                if reply.headers["content-type"]?.hasPrefix("application/pdf") == true {
                    let file = cli.path("walk.pdf")
                    try reply.body.write(to: URL(fileURLWithPath: file))
                    text = try tool("pdftotext", [file, "-"])
                }
                for marker in WebFixture.markers {
                    #expect(!text.localizedCaseInsensitiveContains(marker), "\(name) \(path) shows \(marker)")
                }
                // The pages count records; they never name one (the PDF's own first section does).
                if !path.hasSuffix(".pdf") { #expect(!text.contains("cst/"), "\(name) \(path) names a record") }
            }
        }
    }
}
