/// What an account may see. Every route names the roles it admits; nothing is open by default.
public enum Role: String, CaseIterable, Sendable {
    /// The research team: everything the server offers.
    case research
    /// The media office: figures, charts and the press pack only.
    case media
    /// Trustees: what the media office sees, and the drafts and published editions.
    case trustee

    /// Reads a role as written on the command line, or nil.
    public init?(parsing text: String) { self.init(rawValue: text.lowercased()) }

    /// Every role (figures, charts, the press pack, the API).
    static let everyone: Set<Role> = [.research, .media, .trustee]
    /// Drafts and editions.
    static let trustees: Set<Role> = [.research, .trustee]
    /// The research team's pages.
    static let researchOnly: Set<Role> = [.research]

    /// What the role may do, for `users list` and the account page.
    public var summary: String {
        switch self {
        case .research:
            """
            everything: figures, charts, press pack, drafts, editions, the review queue, the import check, import \
            history, audit trail, accounts
            """
        case .media: "figures, charts and the press pack"
        case .trustee: "figures, charts, the press pack, drafts and published editions"
        }
    }
}
