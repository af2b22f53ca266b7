import Crypto
import Foundation
import Hummingbird
import IncidentModel
import IncidentStore
import NIOCore

/// How `incidents serve` runs.
public struct WebOptions: Sendable {
    /// The address to listen on (loopback unless a reverse proxy on another machine needs more).
    public var host = "127.0.0.1"
    /// The port; 0 takes a free one (printed at start-up).
    public var port = 8080
    /// The incident database, opened read-only for every page.
    public var databasePath: String
    /// The key file's keys, if it was found: only its audit key is kept, to sign sign-ins.
    public var auditKeys: KeyRing?
    /// The key file's path, for messages.
    public var keyPath: String?
    /// Mark cookies Secure (behind a reverse proxy that speaks TLS).
    public var secureCookies = false
    /// Take the client's address from the last `X-Forwarded-For` entry (behind a reverse proxy).
    public var trustProxy = false
    /// Keep answers (pages, downloads, API) until the data changes; off, every request is
    /// counted afresh (for benchmarks).
    public var cacheAnswers = true
    /// Read-only connections to the database, used in turn.
    public var readers = 4
    /// Makes a draft of the report of a period (`incidents report --draft`), returning what it
    /// wrote; set by `incidents serve`. Nil: drafts are made on the command line only.
    public var makeDraft: (@Sendable (String) throws -> String)?
    /// Imports a file uploaded on the import page (research accounts) as `incidents import`
    /// does; set by `incidents serve --allow-import`, which loads the data key to seal the
    /// personal columns. Nil: the import page checks files and stores nothing.
    public var importUpload: (@Sendable (WebUpload) throws -> WebImported)?

    /// Options for the database at `databasePath`.
    public init(databasePath: String) { self.databasePath = databasePath }
}

/// What every route shares: the read-only stores, the audit writer, sessions, the sign-in limit.
final class WebState: Sendable {
    let options: WebOptions
    /// Read-only stores opened without any key: nothing reached through them can open personal data.
    let readers: [IncidentStore]
    /// The store that appends sign-ins to the audit trail; it holds the audit key only.
    let auditStore: IncidentStore?
    let sessions = Sessions()
    let limiter = LoginLimiter()
    /// Signs the sign-in form's token (the browser has no session yet); new at every start.
    let signInKey = SymmetricKey(size: .bits256)
    /// A folder of this process's own (mode 700) where cairo writes charts before they are sent.
    let scratch: String
    let cache: ResponseCache
    /// The daily totals and the state of the data they were read in.
    let dailyTotals = Locked<(generation: String, totals: [(date: CivilDate, count: Int)])?>(nil)
    private let turn = Locked(0)

    init(_ options: WebOptions) throws {
        self.options = options
        cache = ResponseCache(enabled: options.cacheAnswers)
        guard FileManager.default.fileExists(atPath: options.databasePath) else {
            throw WebError(
                """
                \(options.databasePath): no database here; import records with `incidents import`, run `incidents \
                demo`, or give --database PATH
                """
            )
        }
        do {
            readers = try (0..<max(1, options.readers)).map { _ in
                // A page waits at most 10 s for the database (only a first import into an empty
                // database keeps readers out, see ImportBatch+Journal), then says it is busy.
                try IncidentStore(path: options.databasePath, options: .init(writes: false, waitSeconds: 10))
            }
            if let keys = options.auditKeys {
                var storeOptions = IncidentStore.Options(
                    writes: true, waitSeconds: 10, keys: keys, keyPath: options.keyPath)
                storeOptions.auditKeyOnly = true
                auditStore = try IncidentStore(path: options.databasePath, options: storeOptions)
            } else {
                auditStore = nil
            }
        } catch { throw WebError("\(error)") }
        var template = Array((NSTemporaryDirectory() + "/incidents-serve-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw WebError("cannot make a scratch folder in \(NSTemporaryDirectory()) for charts")
        }
        scratch = String(cString: made)
        Passwords.prepare()
    }

    /// Every account's generation and role, and the state of the data they were read in.
    private let accountTable = Locked<(generation: String, accounts: [String: (generation: Int64, role: String)])?>(nil)

    /// Whether `session`'s account still exists with the role and password it began with. The
    /// accounts are read again whenever the database has changed (any commit: `users remove`,
    /// `users passwd`), so a removed account's session ends with its next request.
    func isCurrent(_ session: Session) -> Bool {
        let generation = ResponseCache.generation(options.databasePath)
        let account = accountTable.withLock { table -> (generation: Int64, role: String)? in
            if let table, table.generation == generation { return table.accounts[session.account] }
            guard let accounts = try? reader().accounts() else { return nil }
            let read = Dictionary(
                uniqueKeysWithValues: accounts.map { ($0.name, (generation: $0.generation, role: $0.role)) })
            table = (generation, read)
            return read[session.account]
        }
        return account?.generation == session.generation && account?.role == session.role.rawValue
    }

    /// A read-only store, in turn.
    func reader() -> IncidentStore {
        let index = turn.withLock { value -> Int in
            value = (value + 1) % readers.count
            return value
        }
        return readers[index]
    }

    /// Appends an entry to the audit trail (sign-ins and failures); says so on standard error
    /// when it cannot (no key file), since a sign-in must not fail for that.
    func audit(_ action: String, details: [String: String], actor: String) {
        let at = ISO8601DateFormatter().string(from: Date())
        guard let auditStore else {
            FileHandle.standardError.write(
                Data(
                    """
                    \(at) \(action) \
                    \(details.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")) (not \
                    in the audit trail: no key file)\n
                    """
                    .utf8))
            return
        }
        do { try auditStore.audit(action, details: details, at: at, actor: actor) } catch {
            FileHandle.standardError.write(Data("\(at) could not record \(action) in the audit trail: \(error)\n".utf8))
        }
    }
}

/// A value behind a lock.
///
/// `@unchecked Sendable`: every access to `value` goes through `lock`.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

/// A problem starting the server, for a person.
public struct WebError: Error, CustomStringConvertible {
    /// The message.
    public let description: String
    init(_ description: String) { self.description = description }
}

/// `incidents serve`: the figures page, press pack, JSON API and the trustees' and research
/// team's pages, behind accounts and roles.
public enum WebServer {
    /// Builds the router: every route, behind the security headers and the session check.
    static func router(_ state: WebState) -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: SessionMiddleware(state: state))
        router.get("/static/site.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: HTML.styleSheet)))
        }
        router.get("/") { _, context in Responses.redirect(context.session == nil ? "/sign-in" : "/figures") }
        SignInRoutes.add(to: router, state: state)
        FiguresRoutes.add(to: router, state: state)
        PressPackRoutes.add(to: router, state: state)
        APIRoutes.add(to: router, state: state)
        TrusteeRoutes.add(to: router, state: state)
        ResearchRoutes.add(to: router, state: state)
        ReviewRoutes.add(to: router, state: state)
        ImportRoutes.add(to: router, state: state)
        return router
    }

    /// Runs until SIGINT or SIGTERM; `announce` gets the address once the server listens.
    public static func run(_ options: WebOptions, announce: @escaping @Sendable (String) -> Void) async throws {
        let state = try WebState(options)
        defer { try? FileManager.default.removeItem(atPath: state.scratch) }
        let host = options.host
        let app = Application(
            router: router(state),
            configuration: .init(address: .hostname(host, port: options.port), serverName: nil),
            onServerRunning: { channel in
                let shown = host.contains(":") ? "[\(host)]" : host
                announce("http://\(shown):\(channel.localAddress?.port ?? options.port)")
            })
        try await app.runService()
    }

    /// ``run(_:announce:)`` for a caller that is not async (the command line): blocks until the
    /// server stops, and throws what stopped it.
    public static func runBlocking(_ options: WebOptions, announce: @escaping @Sendable (String) -> Void) throws {
        let failure = Locked<(any Error)?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await run(options, announce: announce) } catch { failure.withLock { $0 = error } }
            done.signal()
        }
        done.wait()
        if let error = failure.withLock({ $0 }) { throw error }
    }
}
