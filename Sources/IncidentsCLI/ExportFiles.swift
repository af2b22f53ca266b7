import Crypto
import Foundation
import IncidentModel
import IncidentStore
import SafeOutput

/// Keeps exports and their files together after a run was killed between committing an export's
/// audit entry and putting its file in place (the file is written to a hidden file first, so that
/// there is never an export without its entry).
enum ExportFiles {
    /// Puts in place each audited export's file that a killed run left hidden: only the very file
    /// the entry's SHA-256 names, never another file left under the same name. Run before a new
    /// write to a name, which would remove the hidden files of runs that are gone.
    static func recover(_ exports: [ExportRecord]) {
        for export in exports where !FileManager.default.fileExists(atPath: export.fileName) {
            OutputFile.recover(export.fileName) { path in
                guard let data = FileManager.default.contents(atPath: path) else { return false }
                return SHA256.hash(data: data).lowercaseHex == export.checksum
            }
        }
    }
}
