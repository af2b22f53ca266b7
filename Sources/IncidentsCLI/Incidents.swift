import ArgumentParser

/// The `incidents` command: records in, statistics and reports out.
public struct Incidents: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "incidents",
        abstract: "Record hate incidents, count them exactly, and typeset the annual report.",
        discussion: """
            The database is one SQLite file: --database PATH, or the INCIDENTS_DB environment \
            variable, or incidents.sqlite in the current folder.

            Start with `incidents demo` to build a synthetic demo database, or \
            `incidents import FILE.csv --source cst` to load real records (the format is in the README).
            """,
        version: "0.1.0",
        subcommands: [
            ImportCommand.self, FiguresCommand.self, ChartCommand.self, ReportCommand.self, DraftsCommand.self,
            DiffCommand.self,
            PublishCommand.self, LinkCommand.self, ReviewCommand.self, LinksCommand.self, ExportCommand.self,
            ExportsCommand.self,
            ExamplesCommand.self, BatchesCommand.self, CheckCommand.self, BackupCommand.self, KeysCommand.self,
            AuditCommand.self, EraseCommand.self,
            RetentionCommand.self, DemoCommand.self, ServeCommand.self, UsersCommand.self,
        ])

    public init() {}
}
