import Foundation
import IncidentStore
import SafeOutput

/// Keeps drafts and their PDFs together after a run was killed between storing a draft and
/// putting its PDF in place.
enum DraftFiles {
    /// Puts in place every recorded draft's finished PDF that a killed run left hidden.
    static func recover(_ store: IncidentStore) {
        guard let drafts = try? store.drafts() else { return }
        for draft in drafts where !FileManager.default.fileExists(atPath: draft.output) {
            OutputFile.recover(draft.output, isComplete: isCompletePDF)
        }
    }

    /// Whether the file at `path` is a whole PDF (cairo's, possibly with the links update).
    static func isCompletePDF(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 5), head == Data("%PDF-".utf8),
            let size = try? handle.seekToEnd(), size > 64
        else { return false }
        try? handle.seek(toOffset: size - 32)
        guard let tail = try? handle.readToEnd() else { return false }
        return String(decoding: tail, as: UTF8.self).contains("%%EOF")
    }
}
