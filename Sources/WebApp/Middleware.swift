import Foundation
import HTTPTypes
import Hummingbird

/// Headers on every response: nothing from elsewhere may load (no scripts at all), no framing,
/// no sniffing, no referrer to other sites, no caching of signed-in pages.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = WebContext

    /// Inline styles are allowed only because cairo's inline SVG carries `style` attributes.
    static let policy =
        """
        default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; \
        frame-ancestors 'none'; base-uri 'none'
        """

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws -> Response
    {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError {
            let title =
                error.status == .notFound
                ? "Page not found" : error.status == .contentTooLarge ? "Request too large" : "Request refused"
            let message =
                error.status == .notFound
                ? "There is no page at this address." : (error.body ?? error.status.reasonPhrase)
            response =
                request.uri.path.hasPrefix("/api/")
                ? Responses.jsonError(message, status: error.status)
                : Responses.problem(title, message, status: error.status, session: context.session)
        }
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        // same-origin, not no-referrer: under no-referrer browsers send `Origin: null` with forms, which the origin
        // check refuses.
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[.cacheControl] = "no-store"
        response.headers[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
        response.headers[HTTPField.Name("Cross-Origin-Resource-Policy")!] = "same-origin"
        return response
    }
}

/// Finds the session of the request's cookie (ending it if the account was removed or its
/// password changed) and sends a browser without one to the sign-in page.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let state: WebState

    static let cookie = "incidents_session"
    static let publicPaths: Set<String> = ["/sign-in", "/static/site.css"]

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws -> Response
    {
        var context = context
        if let token = request.cookies[Self.cookie]?.value, !token.isEmpty, token.utf8.count <= 128,
            let session = state.sessions.find(token)
        {
            if state.isCurrent(session) {
                context.session = session
            } else {
                state.sessions.end(token)
            }
        }
        let path = request.uri.path
        if context.session == nil && !Self.publicPaths.contains(path) {
            if path.hasPrefix("/api/") {
                return Responses.jsonError(
                    "sign in first: this API uses the session of the sign-in page", status: .unauthorized)
            }
            guard request.method == .get || request.method == .head else {
                return Responses.problem(
                    "Signed out", "Your session has ended. Sign in again.", status: .forbidden, session: nil)
            }
            return Responses.redirect("/sign-in?next=" + FormData.escape(request.uri.description))
        }
        if request.method == .post, let origin = request.headers[.origin],
            !Self.sameOrigin(origin, host: request.head.authority)
        {
            return Responses.problem(
                "Request refused", "This form was sent from another site.", status: .forbidden, session: context.session
            )
        }
        return try await next(request, context)
    }

    /// Whether the Origin header names this server (the Host the browser addressed).
    static func sameOrigin(_ origin: String, host: String?) -> Bool {
        guard let host, let url = URL(string: origin), let originHost = url.host else { return false }
        let originAuthority = originHost + (url.port.map { ":\($0)" } ?? "")
        return originAuthority.lowercased() == host.lowercased()
    }
}

extension Router<WebContext> {
    /// A GET route open to `roles` only: the signed-out are sent to sign in, other roles refused.
    func guarded(
        _ path: RouterPath, roles: Set<Role>,
        _ handler: @escaping @Sendable (Request, WebContext, Session) async throws -> Response
    ) {
        get(path) { request, context in
            guard let session = context.session else { return Responses.redirect("/sign-in") }
            guard roles.contains(session.role) else { return Refusal.response(request, session) }
            return try await handler(request, context, session)
        }
    }

    /// A POST route open to `roles`, whose form must carry the session's CSRF token.
    func guardedForm(
        _ path: RouterPath, roles: Set<Role>,
        _ handler: @escaping @Sendable (Request, WebContext, Session, [(String, String)]) async throws -> Response
    ) {
        post(path) { request, context in
            guard let session = context.session else { return Responses.redirect("/sign-in") }
            guard roles.contains(session.role) else { return Refusal.response(request, session) }
            guard let form = try await FormBody.read(request, context) else {
                return Responses.problem(
                    "Request too large", "A form here is at most 16 KB.", status: .contentTooLarge, session: session)
            }
            guard let token = FormData.value(form, "csrf"), Secrets.same(token, session.csrf) else {
                return Responses.problem(
                    "Request refused",
                    """
                    This form was not sent from this server's own page (its security token is missing or wrong). Go \
                    back, reload the page and try again.
                    """,
                    status: .forbidden, session: session)
            }
            return try await handler(request, context, session, form)
        }
    }
}

/// A role's refusal: a page, or JSON under /api/.
enum Refusal {
    static func response(_ request: Request, _ session: Session) -> Response {
        let message =
            """
            Your account (\(session.account), \(session.role.rawValue)) cannot open this. A \(session.role.rawValue) \
            account reaches \(session.role.summary).
            """
        return request.uri.path.hasPrefix("/api/")
            ? Responses.jsonError(message, status: .forbidden)
            : Responses.problem("Not for this account", message, status: .forbidden, session: session)
    }
}

/// Reading a form body, at most 16 KB.
enum FormBody {
    static func read(_ request: Request, _ context: WebContext) async throws -> [(String, String)]? {
        var request = request
        guard let buffer = try? await request.collectBody(upTo: context.maxUploadSize) else { return nil }
        return FormData.pairs(String(buffer: buffer))
    }
}
