import Foundation
import HTTPTypes
import Hummingbird
import IncidentStore
import NIOPosix

/// Signing in and out. The sign-in form is protected against cross-site posting before any
/// session exists by a token bound to a cookie of its own; a successful sign-in always starts a
/// new session (nothing a browser brought is adopted), and failures are counted and audited.
enum SignInRoutes {
    static let formCookie = "incidents_signin"

    static func add(to router: Router<WebContext>, state: WebState) {
        router.get("/sign-in") { request, context in
            if context.session != nil { return Responses.redirect("/figures") }
            let existing = request.cookies[formCookie]?.value
            let formToken = existing.flatMap { $0.utf8.count == 43 ? $0 : nil } ?? Secrets.token()
            let next = request.uri.queryParameters["next"].map(String.init)
            var response = Responses.html(page(state: state, formToken: formToken, next: next, message: nil))
            if existing != formToken { response.setCookie(cookie(formCookie, formToken, state: state)) }
            return response
        }

        router.post("/sign-in") { request, context in
            guard let form = try await FormBody.read(request, context) else {
                return Responses.problem(
                    "Request too large", "A form here is at most 16 KB.", status: .contentTooLarge, session: nil)
            }
            guard let formToken = request.cookies[formCookie]?.value, let sent = FormData.value(form, "csrf"),
                Secrets.same(sent, Secrets.mac("sign-in:" + formToken, key: state.signInKey))
            else {
                return Responses.problem(
                    "Request refused",
                    """
                    This sign-in form was not sent from this server's own page (its security token is missing or \
                    wrong). Open the sign-in page again.
                    """,
                    status: .forbidden, session: nil)
            }
            let name = FormData.value(form, "name")?.trimmingCharacters(in: .whitespaces) ?? ""
            let password = FormData.value(form, "password") ?? ""
            let next = FormData.value(form, "next")
            let address = clientAddress(request, context, trustProxy: state.options.trustProxy)
            let known: Account?
            do {
                known = IncidentStore.isValidAccountName(name) ? try state.reader().account(named: name) : nil
            } catch _ {
                // The database could not be read (busy past the wait, damaged): not a wrong
                // password, so no failure is counted against the account or the address.
                return Responses.problem(
                    "Sign-in unavailable",
                    "The accounts could not be read just now (the database is busy). Try again in a moment.",
                    status: .serviceUnavailable, session: nil)
            }
            // Only a name that is an account is written down: a password typed into the name field stays out of the
            // trail.
            let who = known?.name ?? "(no such account)"

            if await state.limiter.isLocked(account: name, address: address) {
                // Once per name and address in each window: refusals come in milliseconds.
                if await state.limiter.shouldRecordRefusal(account: name, address: address) {
                    state.audit(
                        "sign-in-refused",
                        details: [
                            "account": who, "address": address, "reason": "too many failures",
                            "note": "further refusals in the next 15 minutes are not recorded one by one",
                        ], actor: "web")
                }
                return Responses.html(
                    page(
                        state: state, formToken: formToken, next: next,
                        message:
                            """
                            Too many failed sign-ins for this account or from this address. Wait 15 \
                            minutes, then try again.
                            """
                    ),
                    status: .tooManyRequests)
            }
            let hash = known?.passwordHash
            let matches = try await NIOThreadPool.singleton.runIfActive { Passwords.verify(password, hash: hash) }
            guard matches, let account = known, let role = Role(rawValue: account.role) else {
                let locked = await state.limiter.fail(account: name, address: address)
                var details = ["account": who, "address": address]
                if locked { details["locked"] = "for 15 minutes" }
                state.audit("sign-in-failed", details: details, actor: "web")
                return Responses.html(
                    page(
                        state: state, formToken: formToken, next: next,
                        message: "The account name and password do not match an account. Check both and try again."),
                    status: .unauthorized)
            }
            await state.limiter.succeed(account: name)
            let token = state.sessions.start(account: account.name, role: role, generation: account.generation)
            state.audit(
                "sign-in", details: ["account": account.name, "role": role.rawValue, "address": address],
                actor: "web:" + account.name)
            var response = Responses.redirect(safeNext(next) ?? "/figures")
            response.setCookie(cookie(SessionMiddleware.cookie, token, state: state))
            response.setCookie(cookie(formCookie, "", state: state, expire: true))
            return response
        }

        router.guardedForm("/sign-out", roles: Role.everyone) { request, context, session, _ in
            if let token = request.cookies[SessionMiddleware.cookie]?.value { state.sessions.end(token) }
            state.audit("sign-out", details: ["account": session.account], actor: "web:" + session.account)
            var response = Responses.redirect("/sign-in")
            response.setCookie(cookie(SessionMiddleware.cookie, "", state: state, expire: true))
            return response
        }
    }

    /// An HttpOnly, SameSite=Strict cookie for the whole site (Secure behind TLS).
    static func cookie(_ name: String, _ value: String, state: WebState, expire: Bool = false) -> Cookie {
        Cookie(
            name: name, value: value, maxAge: expire ? 0 : nil, path: "/", secure: state.options.secureCookies,
            httpOnly: true, sameSite: .strict)
    }

    /// Where to go after signing in: a path of this server only (never another site, whatever
    /// `next` says), and never back to the sign-in or sign-out page.
    static func safeNext(_ next: String?) -> String? {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), next.utf8.count <= 2000,
            !next.contains("\\"), !next.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }),
            let url = URL(string: "http://incidents.invalid" + next), url.host == "incidents.invalid",
            url.path != "/sign-in", url.path != "/sign-out"
        else { return nil }
        return next
    }

    /// The client's address: the socket's, or behind a trusted reverse proxy the last address it
    /// added to X-Forwarded-For.
    static func clientAddress(_ request: Request, _ context: WebContext, trustProxy: Bool) -> String {
        if trustProxy, let forwarded = request.headers[HTTPField.Name("X-Forwarded-For")!],
            let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty,
            last.utf8.count <= 64
        {
            return last
        }
        return context.peerAddress
    }

    static func page(state: WebState, formToken: String, next: String?, message: String?) -> String {
        let csrf = Secrets.mac("sign-in:" + formToken, key: state.signInKey)
        var body = "<h1>Sign in</h1>"
        if let message { body += "<p class=\"error\" role=\"alert\" id=\"sign-in-error\">\(HTML.escape(message))</p>" }
        body += """
            <form method="post" action="/sign-in" class="sign-in">
            <input type="hidden" name="csrf" value="\(csrf)">
            <input type="hidden" name="next" value="\(HTML.escape(safeNext(next) ?? ""))">
            <div class="fields">
            <div class="field"><label for="name">Account name</label>
            <input id="name" name="name" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" \
            required maxlength="64"\(message != nil ? " aria-describedby=\"sign-in-error\"" : "")></div>
            <div class="field"><label for="password">Password</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required \
            maxlength="200"></div>
            </div>
            <p><button type="submit">Sign in</button></p>
            </form>
            <p class="hint">Accounts are made by the research team with <code>incidents users add</code>.</p>
            """
        return HTML.page(title: "Sign in", session: nil, current: "/sign-in", body: body)
    }
}
