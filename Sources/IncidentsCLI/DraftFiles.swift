import Foundation
import IncidentStore
import SafeOutput

/// Keeps drafts and their PDFs together after a run was killed between storing a draft and
/// putting its PDF in place.
enum DraftFiles {
    /// Puts in place every recorded draft's finished PDF that a killed run left hidden: the very
    /// file made for the draft (its digest recorded), never another file left under the same
    /// name by a killed `chart` or `report`. A draft recorded before digests were kept (v18) is
    /// not recovered: nothing would tell its PDF from another.
    static func recover(_ store: IncidentStore) {
        guard let drafts = try? store.drafts() else { return }
        for draft in drafts {
            if let digest = draft.pdfDigest { OutputFile.recover(draft.output, digest: digest) }
        }
    }

    /// Whether the draft's file is the PDF made for it: "as made", "changed" (another file is
    /// there now), "missing", or "not checked" (a draft recorded before digests were kept).
    static func state(of draft: Draft) -> String {
        KilledRuns.state(of: draft.output, digest: draft.pdfDigest)
    }
}
