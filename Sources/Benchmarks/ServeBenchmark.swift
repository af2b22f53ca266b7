import Foundation

/// `--serve-only`: `incidents serve` on the million-record database under wrk (from Debian's
/// packages) with 50 connections: the figures page and the JSON API for a whole-year breakdown,
/// with the server's answer cache (the normal case: the data changes only on import) and
/// without it (`--no-cache`: every request counted afresh). Prints requests per second and the
/// 50th and 99th percentile latencies. The target: p99 ≤ 25 ms for a whole-year breakdown.
func serveBenchmark(folder: String, incidents: String, me: String, rows: Int, seconds: Int = 15) {
    guard FileManager.default.fileExists(atPath: "/usr/bin/wrk") else {
        print("serve: wrk is not installed (apt-get install wrk)")
        return
    }
    let csv = (folder as NSString).appendingPathComponent("bench.csv")
    let database = (folder as NSString).appendingPathComponent("bench.sqlite")
    _ = measure(me, ["generate", "--rows", String(rows), "--out", csv])
    ensureKey(incidents, database)
    let imported = measure(incidents, ["import", csv, "--database", database])
    print(String(format: "serve: %@ records imported in %.1f s", rows.grouped as NSString, imported.seconds))
    let password = "benchmark password, not for real use"
    _ = capture(
        incidents, ["users", "add", "bench", "--role", "media", "--database", database], input: password + "\n")

    for cached in [true, false] {
        let server = Process()
        server.executableURL = URL(fileURLWithPath: incidents)
        server.arguments = ["serve", "--port", "0", "--database", database] + (cached ? [] : ["--no-cache"])
        let out = Pipe()
        server.standardOutput = out
        server.standardError = FileHandle.nullDevice
        guard (try? server.run()) != nil else { print("serve: could not start \(incidents) serve"); return }
        defer { server.interrupt(); server.waitUntilExit() }
        var seen = ""
        var base = ""
        while base.isEmpty {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { print("serve: the server stopped: \(seen)"); return }
            seen += String(decoding: chunk, as: UTF8.self)
            if let range = seen.range(of: #"http://[0-9.]+:[0-9]+"#, options: .regularExpression) {
                base = String(seen[range])
            }
        }
        // Sign in as the media account with curl, for the session cookie wrk sends.
        let jar = (folder as NSString).appendingPathComponent("jar")
        let form = capture("/usr/bin/curl", ["-s", "-c", jar, "-b", jar, base + "/sign-in"])
        guard let token = form.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/)?.1 else {
            print("serve: no sign-in form"); return
        }
        _ = capture(
            "/usr/bin/curl",
            [
                "-s", "-c", jar, "-b", jar, "--data-urlencode", "csrf=\(token)", "--data-urlencode", "name=bench",
                "--data-urlencode", "password=\(password)", base + "/sign-in",
            ])
        let cookie =
            ((try? String(contentsOfFile: jar, encoding: .utf8)) ?? "").split(separator: "\n")
            .first { $0.contains("\tincidents_session\t") }?.split(separator: "\t").last.map(String.init) ?? ""
        guard !cookie.isEmpty else { print("serve: could not sign in"); return }
        print(
            """
            serve: \(rows.grouped) records, wrk -t2 -c50 -d\(seconds)s, \
            \(cached ? "with the answer cache" : "--no-cache (answers not kept; daily totals still read once)")
            """
        )
        for path in [
            "/figures?period=2024&by=category", "/api/figures?period=2024&by=category",
            "/api/figures?period=2024&by=category&by=month&compare=1",
            "/figures?period=2023-10-07..2023-12-31&by=source",
        ] {
            // Warm up once (and check the answer), then measure.
            let first = capture(
                "/usr/bin/curl",
                [
                    "-s", "-o", "/dev/null", "-w", "%{http_code}", "-H", "Cookie: incidents_session=\(cookie)",
                    base + path,
                ])
            let text = capture(
                "/usr/bin/wrk",
                ["-t2", "-c50", "-d\(seconds)s", "--latency", "-H", "Cookie: incidents_session=\(cookie)", base + path])
            let rps = text.firstMatch(of: /Requests\/sec:\s+([0-9.]+)/).map { String($0.1) } ?? "?"
            let p50 = text.firstMatch(of: /\n\s+50%\s+([0-9.]+\w+)/).map { String($0.1) } ?? "?"
            let p99 = text.firstMatch(of: /\n\s+99%\s+([0-9.]+\w+)/).map { String($0.1) } ?? "?"
            let errors = text.firstMatch(of: /Non-2xx or 3xx responses: ([0-9]+)/).map { String($0.1) } ?? "0"
            print(
                """
                  \(path.padding(toLength: 58, withPad: " ", startingAt: 0)) HTTP \(first)  \(rps) req/s  p50 \
                \(p50)  p99 \(p99)  non-2xx \(errors)
                """
            )
        }
    }
}
