import Foundation
import IncidentStore
import SafeOutput

/// Keeps drafts and their PDFs together after a run was killed between storing a draft and
/// putting its PDF in place.
enum DraftFiles {
    /// Puts in place every recorded draft's finished PDF that a killed run left hidden: the very
    /// file made for the draft (its digest recorded), never another whole PDF left under the
    /// same name by a killed `chart` or `report`. A draft recorded before digests were kept takes
    /// any whole PDF.
    static func recover(_ store: IncidentStore) {
        guard let drafts = try? store.drafts() else { return }
        for draft in drafts where !FileManager.default.fileExists(atPath: draft.output) {
            OutputFile.recover(draft.output) { path in
                guard draft.pdfDigest != nil else { return isCompletePDF(path) }
                return FileManager.default.contents(atPath: path).map(draft.isItsPDF) ?? false
            }
        }
    }

    /// Whether the draft's file is the PDF made for it: "as made", "changed" (another file is
    /// there now), "missing", or "not checked" (a draft recorded before digests were kept).
    static func state(of draft: Draft) -> String {
        guard let data = FileManager.default.contents(atPath: draft.output) else { return "missing" }
        guard draft.pdfDigest != nil else { return "not checked" }
        return draft.isItsPDF(data) ? "as made" : "changed"
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
