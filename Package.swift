// swift-tools-version:6.1
// The `incidents` package: hate-incident records in, statistics and the annual report out.
//
// Modules follow the pipeline and depend one way only:
//   IncidentModel → Intake → IncidentStore → … → IncidentsCLI → incidents
import PackageDescription

let package = Package(
    name: "incidents",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "incidents", targets: ["incidents"])
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // Value types only: no I/O, no C, no database.
        .target(name: "IncidentModel"),
        // Reading and validating the interchange CSV into model values, with located errors.
        .target(
            name: "Intake",
            dependencies: [
                "IncidentModel", "Redaction",
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // C the Swift side cannot write: SQLite's process-wide settings (a variadic call) and
        // getrandom(2) for many bytes at once.
        .target(name: "CSupport", linkerSettings: [.linkedLibrary("sqlite3")]),
        // SQLite through GRDB: schema, migrations, import batches, the change log.
        .target(
            name: "IncidentStore",
            dependencies: [
                "IncidentModel", "Linkage", "CSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The C API, for binding the bulk insert's values directly (see Statement+Bind).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                // SHA-256 of the database's content, the data snapshot a draft names.
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // The bundled gazetteer: UK places and postcode districts with their local authority and
        // police force. Read by linkage (places compared) and redaction (places are not names).
        .target(name: "Places", dependencies: ["IncidentModel"]),
        // Record linkage: description terms, Fellegi–Sunter weights estimated by EM, blocking,
        // assignment and transitive groups. Works on values; the store keeps the results.
        .target(name: "Linkage", dependencies: ["IncidentModel", "Places"]),
        // Personal data in free text: detection and typed placeholders, for the anonymised export.
        // (It reads the gazetteer, so that place names are never taken for people's names.)
        .target(name: "Redaction", dependencies: ["IncidentModel", "Places"]),
        // The one statistics engine: counts, tables, comparisons, ranks, suppression, headlines.
        // (It counts through `CountSource`, which the store conforms to: it never imports the store.)
        .target(name: "Statistics", dependencies: ["IncidentModel"]),
        // Cairo, PangoCairo and fontconfig from the system (Debian: libcairo2-dev, libpango1.0-dev,
        // libfontconfig1-dev).
        .systemLibrary(
            name: "CGraphics", pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev", "libfontconfig1-dev"])]),
        // The only module that touches C graphics: surfaces, text layout, fonts, PDF structure.
        .target(name: "Graphics", dependencies: ["CGraphics"]),
        // Charts drawn with Graphics from values (no statistics, no database).
        .target(name: "Charts", dependencies: ["Graphics", "IncidentModel"]),
        // The standard charts of the report and the media office: the statistics engine's figures
        // mapped to chart values, so that a chart can never disagree with the tables.
        .target(name: "FigureCharts", dependencies: ["Charts", "IncidentModel", "Statistics"]),
        // A document model laid out on A4 pages: pagination, contents, outline, footnotes, tables.
        .target(name: "Typesetting", dependencies: ["Graphics", "Charts"]),
        // Templates (Mustache + light markup) and the statistics engine's figures → a document.
        .target(
            name: "ReportBuilder",
            dependencies: [
                "IncidentModel", "Statistics", "Graphics", "Charts", "FigureCharts", "Typesetting",
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        // Every file the tool writes: checked paths, written atomically, remembered as its own.
        .target(name: "SafeOutput", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // The seeded synthetic history used by `incidents demo` and the benchmarks.
        .target(name: "DemoData", dependencies: ["IncidentModel"]),
        // The engine's figures for people: tables as text, CSV and JSON, headline sentences, charts
        // as bytes. One place, shared by the command line and the web application.
        .target(
            name: "Figures",
            dependencies: [
                "IncidentModel", "Intake", "IncidentStore", "Statistics", "Graphics", "Charts", "FigureCharts",
            ]),
        // `incidents serve`: the figures page, press pack, JSON API, accounts and roles, on
        // Hummingbird. Never holds the data key: no route can read a personal column.
        .target(
            name: "WebApp",
            dependencies: [
                "IncidentModel", "IncidentStore", "Statistics", "Charts", "FigureCharts", "Graphics", "Figures",
                // The import page's validation (the same reader `incidents import` uses) and the review queue's
                // decisions.
                "Intake", "Linkage",
                // The report's printed figures, to set a published edition beside the current ones.
                "ReportBuilder",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // The subcommands, as a library beside the thin `incidents` executable (the benchmarks use
        // its helpers; the tests run the executable itself, as a user would).
        .target(
            name: "IncidentsCLI",
            dependencies: [
                "IncidentModel", "Intake", "IncidentStore", "Linkage", "Redaction", "Statistics", "DemoData",
                "Graphics", "Charts", "FigureCharts", "Typesetting", "ReportBuilder", "SafeOutput", "Figures", "WebApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // SHA-256 of each export file, for the audit log.
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        .executableTarget(name: "incidents", dependencies: ["IncidentsCLI"]),
        // Prints speed and memory figures; separate from the tests, which never time anything.
        .executableTarget(
            name: "Benchmarks",
            dependencies: [
                "IncidentModel", "Intake", "IncidentStore", "Linkage", "Redaction", "Statistics", "DemoData",
                "IncidentsCLI",
                // The command line: one command, each benchmark a flag (`--report-only`, `--import-only`, …).
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .testTarget(name: "IncidentModelTests", dependencies: ["IncidentModel"]),
        .testTarget(name: "LinkageTests", dependencies: ["Linkage", "IncidentModel", "DemoData"]),
        .testTarget(name: "RedactionTests", dependencies: ["Redaction", "DemoData"]),
        .testTarget(name: "IntakeTests", dependencies: ["Intake", "IncidentModel"], exclude: ["Fixtures"]),
        .testTarget(
            name: "IncidentStoreTests",
            dependencies: [
                "IncidentStore", "IncidentModel", "Linkage", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        // Helpers the test targets share (not a test target itself).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ChartsTests", dependencies: ["Charts", "Graphics", "TestSupport"]),
        .testTarget(name: "ReportBuilderTests", dependencies: ["ReportBuilder", "Charts", "Typesetting"]),
        .testTarget(name: "TypesettingTests", dependencies: ["Typesetting", "Graphics", "Charts", "TestSupport"]),
        .testTarget(
            name: "StatisticsTests", dependencies: ["Statistics", "IncidentStore", "IncidentModel", "DemoData"]),
        .testTarget(
            name: "IncidentsCLITests",
            dependencies: ["IncidentsCLI", "IncidentStore", "IncidentModel", "Intake", "DemoData", "TestSupport"],
            // Fixtures: a first-release database; Browser: the browser check (Python, Selenium) the web tests run.
            exclude: ["Fixtures", "Browser"]),
    ]
)
