import Foundation
import IncidentModel
import IncidentStore
import TestSupport
import Testing

/// `incidents users` and `incidents serve`: accounts, roles, the figures page, the API, and what
/// an attacker would try. The server is the real executable on a free port of loopback; pages are
/// fetched with curl (a client without JavaScript) and, in one test, by headless Chromium.
@Suite(.serialized) struct WebAppTests {
    @Test(
        """
        users: add reads the password from standard input, list shows roles, passwd and remove work; bad input is \
        refused
        """
    )
    func users() throws {
        let cli = try CLI()
        defer { cli.cleanUp() }
        try cli.write("h.csv", "reference,source,date,status,category\nU1,cst,2024-01-05,antisemitic,threats\n")
        #expect(try cli.run(["import", "h.csv"]).status == 0)
        let cost = ["INCIDENTS_BCRYPT_COST": "4"]
        let added = try cli.run(
            ["users", "add", "press-office", "--role", "media"], environment: cost, input: "a long enough password\n")
        #expect(added.status == 0, "\(added.err)")
        let again = try cli.run(
            ["users", "add", "press-office", "--role", "media"], environment: cost, input: "a long enough password\n")
        #expect(again.status != 0 && again.err.contains("already exists"), "\(again.err)")
        let short = try cli.run(["users", "add", "other", "--role", "trustee"], environment: cost, input: "short\n")
        #expect(short.status != 0 && short.err.contains("at least 12 characters"), "\(short.err)")
        let role = try cli.run(
            ["users", "add", "other", "--role", "admin"], environment: cost, input: "a long enough password\n")
        #expect(role.status != 0 && role.err.contains("research, media, trustee"), "\(role.err)")
        let name = try cli.run(
            ["users", "add", "bad name/../x", "--role", "media"], environment: cost, input: "a long enough password\n")
        #expect(name.status != 0 && name.err.contains("account name"), "\(name.err)")

        let store = try cli.store()
        let hash = try #require(try store.account(named: "press-office")).passwordHash
        #expect(hash.hasPrefix("$2") && !hash.contains("a long enough password"))
        let list = try cli.run(["users", "list"])
        #expect(list.out.contains("press-office") && list.out.contains("media"))

        #expect(
            try cli.run(["users", "passwd", "press-office"], environment: cost, input: "another long password\n").status
                == 0)
        let changed = try #require(try store.account(named: "press-office"))
        #expect(changed.passwordHash != hash && changed.generation == 2)
        #expect(try cli.run(["users", "remove", "press-office"]).status == 0)
        #expect(try store.account(named: "press-office") == nil)
        #expect(try cli.run(["users", "remove", "press-office"]).status != 0)

        let audit = try cli.run(["audit"]).out
        #expect(
            audit.contains("account-added") && audit.contains("account-password") && audit.contains("account-removed"),
            "\(audit)")
        #expect(try cli.run(["audit", "verify"]).status == 0)
    }

    @Test(
        """
        serve: the API answers exactly as `incidents figures --format json` prints, charts as `incidents chart` draws, \
        with an OpenAPI document
        """
    )
    func api() throws {
        let cli = try WebFixture.make()
        defer { cli.cleanUp() }
        let server = try WebFixture.serve(cli)
        defer { server.stop() }
        let client = Client(server.base, cli: cli, name: "api")
        #expect(try client.request("/api/figures?period=2023-10&by=category").status == 401)
        #expect(try client.signIn("press-office", WebFixture.password).status == 303)

        for (query, args) in [
            ("period=2023-10&by=category", ["--period", "2023-10", "--by", "category"]),
            (
                "period=2023&by=category&by=month&compare=1",
                ["--period", "2023", "--by", "category", "--by", "month", "--compare", "1"]
            ),
            (
                "period=2023-Q4&by=source&suppress_below=3",
                ["--period", "2023-Q4", "--by", "source", "--suppress-below", "3"]
            ),
            ("period=2023-10-01..2023-10-15", ["--period", "2023-10-01..2023-10-15"]),
        ] {
            let api = try client.request("/api/figures?" + query)
            let cliJSON = try cli.run(["figures", "--format", "json"] + args)
            #expect(api.status == 200)
            #expect(api.text == cliJSON.out, "\(query)")
            let csv = try client.request("/figures.csv?" + query)
            #expect(csv.text == (try cli.run(["figures", "--format", "csv"] + args).out), "\(query)")
        }
        let headline = try client.request("/api/figures?period=2023&headline=true")
        #expect(headline.text == (try cli.run(["figures", "--period", "2023", "--headline", "--format", "json"]).out))

        let svg = try client.request("/api/charts/monthly?period=2023&format=svg")
        #expect(svg.status == 200 && svg.headers["content-type"] == "image/svg+xml" && svg.text.contains("<svg"))
        #expect(try cli.run(["chart", "monthly", "--period", "2023", "--out", "monthly.svg"]).status == 0)
        #expect(
            svg.body == FileManager.default.contents(atPath: cli.path("monthly.svg")),
            "the API's chart differs from `incidents chart`'s")
        let png = try client.request("/api/charts/categories?period=2023-10&format=png")
        #expect(png.status == 200 && png.body.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try client.request("/api/charts/nonsense?period=2023").status == 404)
        let bad = try client.request("/api/figures?period=2023-13")
        #expect(bad.status == 400 && bad.text.contains("error"))
        #expect(try client.request("/api/figures?period=2019").text.contains("no incidents are recorded for 2019"))

        let openapi = try client.request("/api/openapi.json")
        let document = try #require(try JSONSerialization.jsonObject(with: openapi.body) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: Any])
        #expect(paths["/api/figures"] != nil && paths["/api/charts/{name}"] != nil)

        // The press pack: the sentences, the tables and the charts, in one ZIP.
        let zip = try client.request("/press-pack.zip?period=2023-10")
        #expect(zip.status == 200 && zip.headers["content-type"] == "application/zip")
        let zipFile = cli.path("pack.zip")
        try zip.body.write(to: URL(fileURLWithPath: zipFile))
        let names = try tool(
            "python3",
            ["-c", "import zipfile,sys; print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))", zipFile])
        for name in [
            "README.txt", "headline.txt", "tables/by-category.csv", "tables/figures.json", "charts/monthly.png",
            "charts/categories.svg",
        ] {
            #expect(names.contains("press-pack-2023-10/" + name), "\(name) in \(names)")
        }
        let packed = try tool(
            "python3",
            [
                "-c", "import zipfile,sys; print(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode(), end='')",
                zipFile, "press-pack-2023-10/tables/by-category.csv",
            ])
        #expect(packed == (try cli.run(["figures", "--period", "2023-10", "--by", "category", "--format", "csv"]).out))
    }

    @Test("serve: walking every route as each role finds no planted personal value in any response")
    func noPersonalData() throws {
        let cli = try WebFixture.make()
        defer { cli.cleanUp() }
        // The markers are really in the database (sealed): the check below could fail.
        let planted = try #require(try cli.store().incident(source: .own, reference: "W1"))
        #expect(planted.personal.victimName?.revealed == "Zephyrine Quillfeather")
        let server = try WebFixture.serve(cli)
        defer { server.stop() }

        let seeds =
            [
                "/", "/sign-in", "/figures", "/figures?period=2023-10&by=category",
                "/figures?period=2023&by=category&by=month&compare=1",
                "/figures?period=2023&by=offender_appearance",
                "/figures?period=2023&by=region&by=victim_type&suppress_below=2",
                "/figures?kind=month&year=2023&month=10&by=category", "/figures.png?period=2023-10&by=category",
                "/press-pack", "/press-pack?period=2023", "/press-pack.zip?period=2023-10",
                "/api", "/api/openapi.json", "/api/figures?period=2023&by=method",
                "/api/figures?period=2023&headline=true",
                "/drafts", "/drafts/1", "/drafts/1.pdf", "/drafts/1/changes?from=1", "/editions", "/research",
                "/research/batches", "/research/audit", "/research/accounts", "/research/review", "/research/import",
                "/static/site.css", "/no-such-page",
            ]
            + [
                "monthly", "categories", "regions", "map", "victims", "offenders", "methods", "discourse", "online",
                "sources", "trend", "month-by-year", "category-by-year",
            ]
            .map { "/api/charts/\($0)?period=2023&format=svg" }
        var visited = 0
        for (name, _) in WebFixture.accounts {
            let client = Client(server.base, cli: cli, name: name)
            // A failed sign-in first, with a marker as the name: it must not come back either.
            _ = try client.signIn("Quillfeather", "Zephyrine")
            #expect(try client.signIn(name, WebFixture.password).status == 303)
            var queue = seeds, seen = Set<String>()
            while let path = queue.first, seen.count < 400 {
                queue.removeFirst()
                guard seen.insert(path).inserted else { continue }
                let reply = try client.request(path)
                visited += 1
                var text = reply.text
                let type = reply.headers["content-type"] ?? ""
                if type.hasPrefix("application/zip") {
                    let file = cli.path("walk.zip")
                    try reply.body.write(to: URL(fileURLWithPath: file))
                    text = try tool(
                        "python3",
                        [
                            "-c",
                            """
                            import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); \
                            print(''.join(z.read(n).decode('latin-1') for n in z.namelist()))
                            """,
                            file,
                        ])
                } else if type.hasPrefix("application/pdf") {
                    let file = cli.path("walk.pdf")
                    try reply.body.write(to: URL(fileURLWithPath: file))
                    text = try tool("pdftotext", [file, "-"])
                }
                for marker in WebFixture.markers {
                    #expect(!text.localizedCaseInsensitiveContains(marker), "\(name) \(path) shows \(marker)")
                }
                // Follow every link of the page (same server only).
                if type.hasPrefix("text/html") {
                    for match in text.matches(of: /href="(\/[^"]*)"/) {
                        let link = String(match.1).replacingOccurrences(of: "&amp;", with: "&")
                        if !seen.contains(link) { queue.append(link) }
                    }
                }
            }
            #expect(seen.contains("/research/audit"))
        }
        #expect(visited > 100)
    }

    @Test(
        """
        serve: roles, sign-in and sessions hold against fixation, open redirects, cross-site posts, guessing, \
        oversized bodies and traversal; sign-ins are audited
        """
    )
    func security() throws {
        let cli = try WebFixture.make()
        defer { cli.cleanUp() }
        let server = try WebFixture.serve(cli)
        defer { server.stop() }
        let anonymous = Client(server.base, cli: cli, name: "anonymous")

        // Signed out: pages send to the sign-in page (remembering where), the API says 401.
        let redirect = try anonymous.request("/drafts")
        #expect(redirect.status == 303 && redirect.headers["location"] == "/sign-in?next=%2Fdrafts")
        #expect(try anonymous.request("/api/figures?period=2023").status == 401)
        #expect(try anonymous.request("/figures.csv?period=2023").status == 303)

        // A sign-in form without its token, or with another browser's, is refused.
        #expect(
            try anonymous.request(
                "/sign-in", method: "POST", form: [("name", "press-office"), ("password", WebFixture.password)]
            ).status == 403)
        let other = Client(server.base, cli: cli, name: "other")
        let stolen = try other.signInToken()
        _ = try anonymous.signInToken()
        #expect(
            try anonymous.request(
                "/sign-in", method: "POST",
                form: [("csrf", stolen), ("name", "press-office"), ("password", WebFixture.password)]
            ).status == 403)

        // Wrong password and unknown name: the same answer.
        let wrong = try anonymous.signIn("press-office", "not the password")
        let unknown = try anonymous.signIn("nobody-here", "not the password")
        #expect(wrong.status == 401 && unknown.status == 401)
        func message(_ reply: Reply) -> String? {
            reply.text.firstMatch(of: /role="alert"[^>]*>([^<]*)</).map { String($0.1) }
        }
        #expect(message(wrong) != nil && message(wrong) == message(unknown))
        #expect(wrong.setCookies.allSatisfy { !$0.hasPrefix("incidents_session=") })

        // Session fixation: a session cookie planted before signing in is never adopted.
        let victim = Client(server.base, cli: cli, name: "victim")
        let jarLine = "127.0.0.1\tFALSE\t/\tFALSE\t0\tincidents_session\tattacker-chosen-value\n"
        try ("# Netscape HTTP Cookie File\n" + jarLine).write(toFile: victim.jar, atomically: true, encoding: .utf8)
        let signedIn = try victim.signIn("press-office", WebFixture.password, next: "/figures?period=2023")
        #expect(signedIn.status == 303 && signedIn.headers["location"] == "/figures?period=2023")
        let cookie = try #require(signedIn.setCookies.first { $0.hasPrefix("incidents_session=") })
        #expect(!cookie.contains("attacker-chosen-value"))
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"))
        let planted = Client(server.base, cli: cli, name: "planted")
        try ("# Netscape HTTP Cookie File\n" + jarLine).write(toFile: planted.jar, atomically: true, encoding: .utf8)
        #expect(try planted.request("/figures").status == 303)

        // Open redirect: `next` never leaves this server.
        for next in [
            "//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)", "/sign-out",
        ] {
            let client = Client(server.base, cli: cli, name: "redirect")
            let reply = try client.signIn("press-office", WebFixture.password, next: next)
            #expect(
                reply.status == 303 && reply.headers["location"] == "/figures",
                "\(next) → \(reply.headers["location"] ?? "")")
        }

        // Roles.
        let media = victim, trustee = Client(server.base, cli: cli, name: "trustee"),
            research = Client(server.base, cli: cli, name: "research")
        #expect(try trustee.signIn("trustee-one", WebFixture.password).status == 303)
        #expect(try research.signIn("research-lead", WebFixture.password).status == 303)
        for (client, allowed, refused) in [
            (
                media, ["/figures", "/press-pack", "/api", "/figures.json?period=2023"],
                [
                    "/drafts", "/drafts/1.pdf", "/editions", "/research", "/research/audit", "/research/accounts",
                    "/research/batches",
                ]
            ),
            (
                trustee, ["/figures", "/drafts", "/drafts/1.pdf", "/editions"],
                ["/research", "/research/audit", "/research/accounts", "/research/batches"]
            ),
            (
                research,
                [
                    "/figures", "/drafts", "/drafts/1.pdf", "/editions", "/research", "/research/audit",
                    "/research/accounts", "/research/batches",
                ], []
            ),
        ] {
            for path in allowed { #expect(try client.request(path).status == 200, "\(path)") }
            for path in refused { #expect(try client.request(path).status == 403, "\(path)") }
        }
        #expect(try media.request("/api/figures?period=2023").status == 200)
        let pdf = try trustee.request("/drafts/1.pdf")
        #expect(pdf.body.starts(with: Array("%PDF-".utf8)) && pdf.headers["content-type"] == "application/pdf")

        // Traversal and header injection in downloads: nothing but a draft's number is read.
        for path in [
            "/drafts/..%2F..%2Fetc%2Fpasswd", "/drafts/../../etc/passwd", "/drafts/1.pdf%00.txt", "/drafts/0.pdf",
            "/drafts/-1.pdf", "/drafts/%2Fetc%2Fpasswd.pdf",
        ] {
            let reply = try research.request(path)
            #expect(reply.status == 404 || reply.status == 400, "\(path): \(reply.status)")
            #expect(!reply.text.contains("root:x:0:0"))
        }
        let injected = try media.request("/figures.csv?period=2023%0d%0aSet-Cookie:%20x=1")
        #expect(injected.status == 400 && !injected.setCookies.contains { $0.hasPrefix("x=") })

        // Cross-site posts: without the session's token, or from another origin, refused; the session survives.
        #expect(try media.request("/sign-out", method: "POST", form: []).status == 403)
        #expect(try media.request("/sign-out", method: "POST", form: [("csrf", "guessed")]).status == 403)
        let token = try media.sessionToken()
        #expect(
            try media.request(
                "/sign-out", method: "POST", form: [("csrf", token)], headers: ["Origin: https://evil.example"]
            ).status == 403)
        #expect(try media.request("/figures").status == 200)

        // Oversized bodies are refused before they are read whole.
        let big = Data(("csrf=x&name=" + String(repeating: "A", count: 200_000)).utf8)
        #expect(try anonymous.request("/sign-in", method: "POST", raw: big).status == 413)

        // Guessing: after five failures the account is locked, even with the right password.
        let guesser = Client(server.base, cli: cli, name: "guesser")
        for attempt in 1...5 { #expect(try guesser.signIn("trustee-one", "guess number \(attempt)").status == 401) }
        let locked = try guesser.signIn("trustee-one", WebFixture.password)
        #expect(locked.status == 429 && locked.text.contains("Too many failed sign-ins"))
        // Refusals come in milliseconds: the trail records the first per name and address, not each.
        for _ in 1...8 { #expect(try guesser.signIn("trustee-one", "another guess").status == 429) }

        // A chart over years before the record began is refused, and the server keeps serving.
        let early = try media.request("/api/charts/trend?period=1990..2024&format=svg")
        #expect(early.status == 400, "\(early.status) \(early.text)")
        #expect(try media.request("/press-pack.zip?period=1990..2024").status != 200)
        #expect(try media.request("/figures").status == 200)

        // A new password, or removing the account, ends its sessions at once.
        #expect(
            try cli.run(
                ["users", "passwd", "research-lead"], environment: ["INCIDENTS_BCRYPT_COST": "4"],
                input: "a brand new password\n"
            ).status == 0)
        #expect(try research.request("/research").status == 303)
        #expect(try cli.run(["users", "remove", "press-office"]).status == 0)
        #expect(try media.request("/figures").status == 303)

        // Signing out for real ends the session.
        let leaving = Client(server.base, cli: cli, name: "leaving")
        #expect(try leaving.signIn("trustee-one", WebFixture.password).status == 429)  // still locked
        let other2 = Client(server.base, cli: cli, name: "leaving2")
        #expect(try other2.signIn("research-lead", "a brand new password").status == 303)
        #expect(
            try other2.request("/sign-out", method: "POST", form: [("csrf", try other2.sessionToken())]).status == 303)
        #expect(try other2.request("/figures").status == 303)

        // The audit trail has the sign-ins, the failures and the lock, signed with the key file's audit key.
        let audit = try cli.run(["audit"]).out
        for action in ["sign-in", "sign-in-failed", "sign-in-refused", "sign-out"] {
            #expect(audit.contains(action), "\(action)")
        }
        #expect(
            audit.components(separatedBy: "sign-in-refused").count - 1 == 1,
            "one refusal entry for the locked name and address:\n\(audit)")
        #expect(audit.contains("web:press-office") && audit.contains("(no such account)"))
        let verify = try cli.run(["audit", "verify"])
        #expect(verify.status == 0, "\(verify.out) \(verify.err)")
    }

    @Test("serve: without a key file it says at start-up what that means, and still serves the figures")
    func noKeyFile() throws {
        let cli = try WebFixture.make()
        defer { cli.cleanUp() }
        let server = try ServeProcess(
            cli, environment: ["INCIDENTS_KEY": cli.path("missing.key"), "INCIDENTS_BCRYPT_COST": "4"])
        defer { server.stop() }
        #expect(server.stderr.contains("no key file") && server.stderr.contains("audit trail"), "\(server.stderr)")
        let client = Client(server.base, cli: cli, name: "nokey")
        #expect(try client.signIn("press-office", WebFixture.password).status == 303)
        #expect(try client.request("/figures?period=2023-10&by=category").status == 200)
    }
}
