import Crypto
import Foundation
import IncidentModel
import IncidentStore
import SafeOutput

/// Keeps a change and its file together after a run was killed between committing the change
/// (an export's audit entry, an import's batch) and renaming its file into place from the hidden
/// file it was written to: the next run puts that very file in place, named by the SHA-256 the
/// change recorded, never another file left under the same name. Run before a new write to a
/// name, which removes the hidden files of runs that are gone. (Drafts: `DraftFiles`.)
enum KilledRuns {
    /// Each audited export's file.
    static func recoverExports(_ exports: [ExportRecord]) {
        for export in exports { recover(export.fileName, sha256: export.checksum) }
    }

    /// Each import's rejected rows' file (holding personal data: the hidden file was made
    /// readable by its owner only, and is renamed as it is).
    static func recoverRejects(_ store: IncidentStore) {
        for file in (try? store.rejectsFiles()) ?? [] { recover(file.path, sha256: file.sha256) }
    }

    /// Puts the hidden file with digest `sha256` in place at `path`, if `path` is missing.
    private static func recover(_ path: String, sha256: String) {
        guard !FileManager.default.fileExists(atPath: path) else { return }
        OutputFile.recover(path) { hidden in
            guard let data = FileManager.default.contents(atPath: hidden) else { return false }
            return SHA256.hash(data: data).lowercaseHex == sha256
        }
    }
}
