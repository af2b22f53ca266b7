import ArgumentParser
import Figures
import IncidentModel

/// `incidents batches`: the import history.
struct BatchesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batches",
        abstract: "List every import: file, checksum, time and what it did.")

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        let store = try global.openExistingStore()
        let batches = try store.batches()
        KilledRuns.recoverRejects(store)
        guard !batches.isEmpty else {
            print("No imports yet. Run `incidents import FILE.csv --source cst`, or `incidents demo`.")
            return
        }
        var table = TextTable(
            columns: ["batch", "imported at", "file", "sha256", "read", "new", "updated", "unchanged", "rejected"],
            rightAligned: [0, 4, 5, 6, 7, 8])
        for b in batches {
            table.add([
                String(b.id), b.importedAt, b.fileName, String(b.checksum.prefix(12)), b.rowsRead.grouped,
                b.rowsInserted.grouped, b.rowsUpdated.grouped, b.rowsUnchanged.grouped, b.rowsRejected.grouped,
            ])
        }
        print(table.render())
    }
}
