import Foundation
import IncidentModel
import TestSupport
import Testing

/// A running `incidents serve` on a free port of loopback, in the CLI's scratch folder.
final class ServeProcess {
    let process = Process()
    /// `http://127.0.0.1:PORT`, as the server announced it.
    let base: String
    let errPath: String

    init(_ cli: CLI, arguments: [String] = [], environment: [String: String] = [:]) throws {
        process.executableURL = URL(fileURLWithPath: CLI.executable)
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: cli.folder)
        var env = ProcessInfo.processInfo.environment
        env["INCIDENTS_DB"] = nil
        env["INCIDENTS_KEY"] = cli.keyFile
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        errPath = cli.path("serve.err")
        FileManager.default.createFile(atPath: errPath, contents: nil)
        process.standardOutput = out
        process.standardError = FileHandle(forWritingAtPath: errPath)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // The first line names the address; the end of the pipe means it stopped instead.
        var seen = ""
        while true {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
            if let range = seen.range(of: #"http://[0-9.]+:[0-9]+"#, options: .regularExpression) {
                base = String(seen[range])
                return
            }
        }
        throw ToolFailure(
            description:
                """
                incidents serve did not start: \(seen) \((try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
                """
        )
    }

    var stderr: String { (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "" }

    func stop() {
        process.interrupt()
        process.waitUntilExit()
    }
}

/// One HTTP exchange, as curl saw it.
struct Reply {
    let status: Int
    /// Header names in lower case; Set-Cookie lines apart.
    let headers: [String: String]
    let setCookies: [String]
    let body: Data
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// A client with its own cookie jar (a browser without JavaScript), through curl.
struct Client {
    let base: String
    let jar: String
    let scratch: String

    init(_ base: String, cli: CLI, name: String) {
        self.base = base
        jar = cli.path("jar-\(name)-\(UUID().uuidString)")
        scratch = cli.folder
    }

    /// GET or POST `path`; `form` is sent url-encoded; `raw` as the body as it is; `multipart`
    /// as curl's `-F` arguments (`name=value`, `file=@PATH;filename=NAME`), multipart/form-data.
    func request(
        _ path: String, method: String = "GET", form: [(String, String)] = [], raw: Data? = nil, headers: [String] = [],
        cookies: Bool = true, multipart: [String] = []
    ) throws -> Reply {
        let id = UUID().uuidString
        let bodyFile = (scratch as NSString).appendingPathComponent("body-\(id)"),
            headerFile = (scratch as NSString).appendingPathComponent("head-\(id)")
        defer {
            try? FileManager.default.removeItem(atPath: bodyFile);
            try? FileManager.default.removeItem(atPath: headerFile)
        }
        var args = ["-s", "-S", "-g", "-o", bodyFile, "-D", headerFile, "-w", "%{http_code}", "-X", method]
        if cookies { args += ["-b", jar, "-c", jar] }
        for (name, value) in form { args += ["--data-urlencode", "\(name)=\(value)"] }
        for field in multipart { args += ["-F", field] }
        if let raw {
            let rawFile = (scratch as NSString).appendingPathComponent("raw-\(id)")
            try raw.write(to: URL(fileURLWithPath: rawFile))
            args += ["--data-binary", "@" + rawFile, "-H", "Content-Type: application/x-www-form-urlencoded"]
        }
        for header in headers { args += ["-H", header] }
        let run = try toolRun("curl", args + [base + path])
        guard let status = Int(run.out.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw ToolFailure(description: "curl \(path): \(run.out) \(run.err)")
        }
        var fields: [String: String] = [:], setCookies: [String] = []
        for line in ((try? String(contentsOfFile: headerFile, encoding: .utf8)) ?? "").split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased(),
                value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if name == "set-cookie" { setCookies.append(value) } else { fields[name] = value }
        }
        return Reply(
            status: status, headers: fields, setCookies: setCookies,
            body: FileManager.default.contents(atPath: bodyFile) ?? Data())
    }

    /// The sign-in form's CSRF token (fetching the form sets its cookie).
    func signInToken() throws -> String {
        let page = try request("/sign-in").text
        guard let range = page.range(of: #"name="csrf" value="[0-9a-f]+""#, options: .regularExpression) else {
            return ""
        }
        return String(page[range].dropFirst(#"name="csrf" value=""#.count).dropLast())
    }

    /// Signs in through the form; the reply is the form's answer (303 on success).
    @discardableResult
    func signIn(_ name: String, _ password: String, next: String? = nil) throws -> Reply {
        let token = try signInToken()
        return try request(
            "/sign-in", method: "POST",
            form: [("csrf", token), ("name", name), ("password", password)] + (next.map { [("next", $0)] } ?? []))
    }

    /// The session's CSRF token, read from a signed-in page's sign-out form.
    func sessionToken() throws -> String {
        let page = try request("/figures").text
        guard let range = page.range(of: #"name="csrf" value="[A-Za-z0-9_-]+""#, options: .regularExpression) else {
            return ""
        }
        return String(page[range].dropFirst(#"name="csrf" value=""#.count).dropLast())
    }
}

/// A database with personal values planted in every record, three accounts (one per role) and a
/// draft, for the web tests.
enum WebFixture {
    static let password = "correct horse battery staple"
    static let accounts = [("press-office", "media"), ("trustee-one", "trustee"), ("research-lead", "research")]
    /// Values that must never leave the server: victims' names and contacts, descriptions,
    /// offenders' descriptions, full postcodes.
    static let markers = ["Zephyrine", "Quillfeather", "quill-marker", "Marrowbane", "Thornwhistle", "NW4 9QX"]
    static let categories = [
        "extreme_violence", "assault", "damage_and_desecration", "threats", "abusive_behaviour", "literature",
    ]

    /// 2022–2023: one record a month, and in October 2023 one to six per category (21).
    static func history() -> String {
        var text =
            """
            reference,source,date,status,category,police_force,location,postcode,victim_type,method,description,\
            victim_name,victim_contact,consent_to_share,offender_description\n
            """
        var n = 0
        func row(_ date: String, _ category: String) {
            n += 1
            text +=
                "W\(n),cst,\(date),antisemitic,\(category),metropolitan,Hendon,NW4 9QX,individual,in_person,"
                    + """
                    "Marrowbane\(n) was shouted at outside the shop.",Zephyrine \
                    Quillfeather,zephyrine\(n)@quill-marker.example,,Thornwhistle\(n) tall man\n
                    """
        }
        for year in [2022, 2023] {
            for month in 1...12 where !(year == 2023 && month == 10) {
                row("\(year)-\(String(format: "%02d", month))-0\(month % 9 + 1)", categories[(month + year) % 6])
            }
        }
        for (index, category) in categories.enumerated() {
            for k in 0...index { row("2023-10-\(String(format: "%02d", 2 + k * 4))", category) }
        }
        return text
    }

    /// The scratch folder with the history imported, the accounts made and a draft of 2023.
    static func make() throws -> CLI {
        let cli = try CLI()
        try cli.write("planted.csv", history())
        let imported = try cli.run(["import", "planted.csv"])
        #expect(imported.status == 0, "\(imported.err)")
        for (name, role) in accounts {
            let added = try cli.run(
                ["users", "add", name, "--role", role], environment: ["INCIDENTS_BCRYPT_COST": "4"],
                input: password + "\n")
            #expect(added.status == 0, "\(added.err)")
        }
        let draft = try cli.run([
            "report", "--period", "2023", "--draft", "--date", "2024-01-10", "--out", "draft-2023.pdf",
        ])
        #expect(draft.status == 0, "\(draft.err)")
        return cli
    }

    /// The server on the fixture, with a low bcrypt cost (tests sign in many times).
    static func serve(_ cli: CLI) throws -> ServeProcess {
        try ServeProcess(cli, environment: ["INCIDENTS_BCRYPT_COST": "4"])
    }
}

/// 1234 → "1,234", as the pages print counts.
func grouped(_ n: Int) -> String {
    let digits = String(abs(n))
    var out = ""
    for (i, c) in digits.reversed().enumerated() {
        if i > 0 && i % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return (n < 0 ? "-" : "") + String(out.reversed())
}
