import Hummingbird
import NIOCore

/// What a request carries through the middleware to its route: the session, if signed in, and
/// the address it came from (for the sign-in limit and the audit trail).
struct WebContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The signed-in session (set by ``SessionMiddleware``).
    var session: Session?
    /// The peer's IP address as the socket gives it.
    let peerAddress: String

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Forms here are small: a body over 16 KB is refused (413) before it is read further.
    var maxUploadSize: Int { 16 * 1024 }
}
