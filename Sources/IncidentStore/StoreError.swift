import Foundation

/// A problem with the database itself: where it is, what went wrong, what to do.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// What kind of problem, for callers that act on it.
    /// `conflict`: the thing changed since the caller looked (a pair decided by someone else).
    /// `stale`: the records changed (another command committed) between reading them and saving
    /// what was computed from them; nothing was saved.
    /// `rekeyed`: the database was re-sealed under another data key (`keys rotate`) after this
    /// store opened it; nothing was read or written. Opened again with the key file, it works.
    public enum Kind: Sendable { case busy, damaged, noKey, conflict, stale, rekeyed, other }

    /// What the person can do about it. The store says what happened; the caller (the command
    /// line, the web application) says how to do this in its own terms.
    public enum Remedy: Sendable, Equatable {
        /// Publish the period again on purpose (a second edition).
        case publishAgain
        /// Wait for the other writer, or allow a longer wait.
        case waitLonger
        /// Check the database, restore a backup (the last recorded one, if any) or re-import.
        case checkAndRestore(lastBackup: String?)
        /// Give the key file the database was sealed with.
        case giveKeyFile
        /// Give the key file, or create one for a new database (and back it up).
        case giveOrCreateKeyFile
        /// Look up the review queue's pair numbers.
        case listReviewQueue
        /// Choose another account name, or change the existing account's password.
        case otherAccountName(String)
        /// Choose another database path.
        case otherDatabasePath
    }

    /// The database path.
    public let path: String
    public let kind: Kind
    /// What went wrong and what to do.
    public let message: String
    /// What the person can do about it, if the store knows.
    public let remedy: Remedy?

    public init(path: String, kind: Kind = .other, message: String, remedy: Remedy? = nil) {
        self.path = path
        self.kind = kind
        self.message = message
        self.remedy = remedy
    }

    public var description: String { "\(path): \(message)" }
}
