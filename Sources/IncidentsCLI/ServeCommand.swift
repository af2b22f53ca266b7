import ArgumentParser
import Foundation
import IncidentStore
import Intake
import WebApp

/// `incidents serve`: the figures, charts and press pack in a browser, behind accounts and roles.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the figures page, press pack and JSON API to signed-in accounts (see `incidents users`).",
        discussion: """
            Listens on loopback by default; put it behind a reverse proxy with TLS for other \
            machines (README: "The web application"). Roles: media (figures, charts, press pack), \
            trustee (also drafts and editions), research (everything). The server opens the \
            database read-only and no page shows personal data. With the key file it signs \
            sign-ins, failed sign-ins and review decisions into the audit trail (its audit key \
            is all it reads). With --allow-import it also stores files uploaded on the import \
            page, sealing their personal columns with the data key, which it then reads from \
            the key file at each import.

            Example:
              incidents users add press-office --role media
              incidents serve --port 8080
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The address to listen on.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port to listen on (0: any free port, printed at start).", valueName: "port"))
    var port = 8080

    @Flag(help: "Mark cookies Secure (when a reverse proxy serves the site over HTTPS).")
    var secureCookies = false

    @Flag(help: "Take the client's address from X-Forwarded-For (only behind a reverse proxy that sets it).")
    var trustProxy = false

    @Flag(
        help: ArgumentHelp(
            """
            Let research accounts import files from the import page (checked, then stored as one batch \
            under the web account). The server then reads the data key from the key file at each import; \
            without this flag the page checks files and stores nothing.
            """))
    var allowImport = false

    @Flag(
        help: ArgumentHelp(
            "Count every request afresh instead of keeping answers until the data changes (for benchmarks).",
            visibility: .hidden))
    var noCache = false

    @Option(
        help: ArgumentHelp(
            "The bundled fonts folder (default: $INCIDENTS_FONTS, or Fonts beside the tool).", valueName: "dir"))
    var fonts: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port: a number from 0 to 65535") }
    }

    mutating func run() throws {
        try ChartCommand.registerFonts(fonts)
        var options = WebOptions(databasePath: global.databasePath)
        options.host = host
        options.port = port
        options.secureCookies = secureCookies
        options.trustProxy = trustProxy
        options.cacheAnswers = !noCache
        options.keyPath = global.keyPath
        // A draft made from the browser (research accounts) is `incidents report --draft`: the same
        // command, run in this process on the same database. It needs no key.
        let database = global.databasePath, fontsFolder = fonts
        options.makeDraft = { period in
            let command = try ReportCommand.parse(
                ["--period", period, "--draft", "--database", database] + (fontsFolder.map { ["--fonts", $0] } ?? []))
            return try command.perform()
        }
        if allowImport { options.importUpload = try ServeCommand.importer(global) }
        if FileManager.default.fileExists(atPath: global.keyPath) {
            options.auditKeys = try global.loadKeys()
        } else {
            printError(
                """
                warning: no key file at \(global.keyPath). The server runs, but sign-ins and failed sign-ins \
                cannot be signed into the audit trail (that needs the key file's audit key); they are printed \
                here on standard error instead. Give --key-file PATH (or INCIDENTS_KEY) to record them. \
                The figures never need the key.
                """)
        }
        let accounts = (try? IncidentStore(path: global.databasePath, options: .init(writes: false)).accounts()) ?? []
        if accounts.isEmpty {
            printError(
                """
                note: there are no accounts yet, so nobody can sign in; add one with `incidents users add NAME --role \
                research|media|trustee`.
                """
            )
        }
        do {
            let database = options.databasePath
            try WebServer.runBlocking(options) { address in
                // Unbuffered: a script (or a test) waits for this line to know the port.
                FileHandle.standardOutput.write(Data("Serving \(database) at \(address) (Ctrl-C stops)\n".utf8))
            }
        } catch let error as WebError {
            throw Advice.cli(error)
        } catch {
            throw CLIError(
                """
                cannot serve on \(host):\(port): \(error). Is another program using that port? Give another with \
                --port (0 takes a free one)
                """
            )
        }
    }

    /// The import page's importer: `incidents import` of the uploaded bytes, with the key file
    /// read at each import (so a rotated key is used at once) and a shorter wait for another
    /// writer than the command line's. The key must open this database now, or serving stops.
    static func importer(_ global: GlobalOptions) throws -> @Sendable (WebUpload) throws -> WebImported {
        guard FileManager.default.fileExists(atPath: global.keyPath) else {
            throw CLIError(
                """
                --allow-import: no key file at \(global.keyPath); importing seals the personal columns with its data \
                key. Give --key-file PATH (or INCIDENTS_KEY), or serve without --allow-import
                """
            )
        }
        _ = try global.openStoreWithKeys()
        var options = global
        options.wait = min(global.wait, 30)
        let global = options
        return { upload in
            let store = try global.openStoreWithKeys()
            var job = ImportJob(
                path: upload.fileName, options: ReadOptions(defaultSource: upload.defaultSource, today: Clock.today()))
            job.upload = upload.bytes
            job.validRowsOnly = upload.validRowsOnly
            job.actor = upload.actor
            let outcome = try job.run(into: store)
            return WebImported(
                batch: outcome.result.batch, summary: outcome.summary,
                earlierIdentical: outcome.result.earlierIdentical,
                withdrawnExamples: outcome.withdrawn)
        }
    }
}
