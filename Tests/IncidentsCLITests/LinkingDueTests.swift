import Foundation
import TestSupport
import Testing

/// Figures read before `incidents link` has compared every record say so, on the web page too.
@Suite struct LinkingDueTests {
    @Test(
        """
        serve: the figures page says the police records have not been compared while no run has seen them, \
        the command set as code; once linked, it no longer does
        """
    )
    func webFiguresPage() throws {
        let cli = try WebFixture.make()
        defer { cli.cleanUp() }
        // Three police records of October 2023: the team's records are there, no link has run.
        try cli.write(
            "police.csv",
            """
            reference,source,date,status,category,police_force,location,victim_type,method,description
            P1,police,2023-10-02,antisemitic,assault,metropolitan,Hendon,individual,in_person,IP assaulted o/s shop.
            P2,police,2023-10-06,antisemitic,threats,metropolitan,Hendon,individual,in_person,Threats made to IP.
            P3,police,2023-10-10,antisemitic,literature,metropolitan,Barnet,individual,letter,Leaflet through door.

            """)
        #expect(try cli.run(["import", "police.csv"]).status == 0)
        let server = try WebFixture.serve(cli)
        defer { server.stop() }
        let client = Client(server.base, cli: cli, name: "due")
        #expect(try client.signIn("press-office", WebFixture.password).status == 303)
        // Programs see it too: the JSON of the command line and of the API carry it as linking_due.
        func linkingDue(_ json: Data) throws -> String? {
            let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
            return object["linking_due"] as? String
        }
        let cliJSON = try cli.run(["figures", "--period", "2023-10", "--format", "json"])
        #expect(try linkingDue(Data(cliJSON.out.utf8))?.contains("3 counted police records") == true, "\(cliJSON.out)")
        #expect(
            try linkingDue(try client.request("/api/figures?period=2023-10").body)?.contains("incidents link") == true)
        let headline = try cli.run(["figures", "--period", "2023-10", "--headline", "--format", "json"])
        #expect(try linkingDue(Data(headline.out.utf8)) != nil, "\(headline.out)")
        #expect(try linkingDue(try client.request("/api/figures?period=2023-10&headline=true").body) != nil)
        // The press pack says it beside its figures.
        func packNames() throws -> [String] {
            let zipFile = cli.path("pack.zip")
            try client.request("/press-pack.zip?period=2023-10").body.write(to: URL(fileURLWithPath: zipFile))
            return try tool(
                "python3",
                ["-c", "import zipfile,sys; print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))", zipFile]
            ).split(separator: "\n").map(String.init)
        }
        #expect(try packNames().contains("press-pack-2023-10/LINKING-DUE.txt"))
        #expect(try client.request("/press-pack?period=2023-10").text.contains("<p class=\"notice warning\""))
        let before = try client.request("/figures?period=2023-10").text
        #expect(
            before.contains("the 3 counted police records on file have not been compared"), "\(before.prefix(2000))")
        #expect(before.contains("<code>incidents link</code>") && !before.contains("`"))
        // Set as a warning, not as the green confirmation of a decision made.
        #expect(before.contains("<p class=\"notice warning\" role=\"note\">Note: the 3 counted police records"))
        #expect(try cli.run(["link"]).status == 0)
        let after = try client.request("/figures?period=2023-10").text
        #expect(!after.contains("have not been compared") && !after.contains("after the last"))
        let linked = try cli.run(["figures", "--period", "2023-10", "--format", "json"])
        #expect(try linkingDue(Data(linked.out.utf8)) == nil && !linked.out.contains("linking_due"))
        #expect(try linkingDue(try client.request("/api/figures?period=2023-10").body) == nil)
        #expect(try linkingDue(try client.request("/api/figures?period=2023-10&headline=true").body) == nil)
        #expect(try !packNames().contains("press-pack-2023-10/LINKING-DUE.txt"))
        #expect(try !client.request("/press-pack?period=2023-10").text.contains("notice warning"))
    }
}
