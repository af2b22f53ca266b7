import Foundation
import IncidentStore
import SafeOutput

/// Keeps a change and its file together after a run was killed between committing the change
/// (an export's audit entry, an import's batch) and renaming its file into place from the hidden
/// file it was written to: the next run puts that very file in place, named by the SHA-256 the
/// change recorded, never another file left under the same name (`OutputFile.recover`). Run
/// before a new write to a name, which removes the hidden files of runs that are gone. (Drafts:
/// `DraftFiles`.)
enum KilledRuns {
    /// Each audited export's file.
    static func recoverExports(_ exports: [ExportRecord]) {
        for export in exports { OutputFile.recover(export.fileName, digest: export.checksum) }
    }

    /// Each import's rejected rows' file (holding personal data: the hidden file was made
    /// readable by its owner only, and is put in place as it is).
    static func recoverRejects(_ store: IncidentStore) {
        for file in (try? store.rejectsFiles()) ?? [] { OutputFile.recover(file.path, digest: file.sha256) }
    }

    /// Whether the file at `path` is the one a change recorded: "as made", "changed" (another file
    /// is there now), "missing" (from the path as recorded, which may be relative to the folder
    /// the command ran in), or "not checked" (no digest recorded).
    static func state(of path: String, digest: String?) -> String {
        guard FileManager.default.fileExists(atPath: path) else { return "missing" }
        guard let digest else { return "not checked" }
        return OutputFile.sha256(of: path) == digest ? "as made" : "changed"
    }
}
