import Foundation
import IncidentStore
import Testing

/// Runs the real `incidents` executable, built beside the test bundle, in a scratch folder.
struct CLI {
    /// The scratch folder the command runs in.
    let folder: String

    /// The key file every command run here uses (INCIDENTS_KEY), made at the start.
    var keyFile: String { path("test.key") }
    let keys = KeyRing.generate()

    init() throws {
        folder =
            FileManager.default.temporaryDirectory.appendingPathComponent("incidents-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try keys.fileText.write(toFile: keyFile, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: keyFile)
    }

    /// The database `name` in the folder, opened with the folder's keys (personal data readable).
    func store(_ name: String = "incidents.sqlite", writes: Bool = true) throws -> IncidentStore {
        try IncidentStore(path: path(name), options: .init(writes: writes, keys: keys))
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: folder) }

    func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: path(name), atomically: true, encoding: .utf8)
    }

    func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

    /// The executable: next to the test bundle in SwiftPM's build folder.
    static var executable: String {
        let me =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = (me as NSString).deletingLastPathComponent
        while !dir.isEmpty && dir != "/" {
            let candidate = (dir as NSString).appendingPathComponent("incidents")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDir), !isDir.boolValue {
                return candidate
            }
            dir = (dir as NSString).deletingLastPathComponent
        }
        return "incidents-executable-not-built"
    }

    struct Result {
        let status: Int32
        let out: String
        let err: String
        /// Whether the process ended by a signal (`status` is then the signal's number).
        var signalled = false
    }

    /// A command started and not yet waited for.
    final class Running: @unchecked Sendable {
        let process: Process
        private let out: Collector, err: Collector

        fileprivate init(process: Process, out: Collector, err: Collector) {
            self.process = process
            self.out = out
            self.err = err
        }

        var isRunning: Bool { process.isRunning }

        /// Kills it with `signal` (SIGKILL: no chance to tidy up).
        func kill(_ signal: Int32 = SIGKILL) { Foundation.kill(process.processIdentifier, signal) }

        /// Waits for it to end and returns what it printed.
        func wait() -> Result {
            process.waitUntilExit()
            let signalled = process.terminationReason == .uncaughtSignal
            return Result(status: process.terminationStatus, out: out.text(), err: err.text(), signalled: signalled)
        }
    }

    /// Reads a pipe to its end on a thread of its own, so that neither pipe can fill up and
    /// block the child while the other is being read.
    fileprivate final class Collector: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)
        init(_ pipe: Pipe) {
            let handle = pipe.fileHandleForReading
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }
        func text() -> String {
            done.wait()
            done.signal()
            return String(decoding: data, as: UTF8.self)
        }
    }

    /// Starts `incidents ARGS` with `environment` added, without waiting; `shell` runs it
    /// through `bash -c` with that prefix (e.g. `ulimit -f 50;`).
    /// `input`: what the command reads on standard input (none: /dev/null).
    func start(
        _ arguments: [String], environment: [String: String] = [:], shell: String? = nil, wrapper: [String] = [],
        input: String? = nil
    ) throws -> Running {
        let process = Process()
        if let shell {
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            let quoted = (wrapper + [CLI.executable] + arguments).map {
                "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'"
            }
            process.arguments = ["-c", shell + " exec " + quoted.joined(separator: " ")]
        } else {
            process.executableURL = URL(fileURLWithPath: CLI.executable)
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var env = ProcessInfo.processInfo.environment
        env["INCIDENTS_DB"] = nil
        env["INCIDENTS_KEY"] = keyFile
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        return Running(process: process, out: Collector(out), err: Collector(err))
    }

    /// Runs `incidents ARGS` with `environment` added; waits for it.
    @discardableResult
    func run(
        _ arguments: [String], environment: [String: String] = [:], shell: String? = nil, wrapper: [String] = [],
        input: String? = nil
    ) throws -> Result {
        try start(arguments, environment: environment, shell: shell, wrapper: wrapper, input: input).wait()
    }

    /// Every file below the folder (hidden ones included) with its SHA-256-like fingerprint, for
    /// checking that a refused command changed nothing.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let name = enumerator?.nextObject() as? String {
            var isDir: ObjCBool = false
            let full = path(name)
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: full))
            } else {
                files[name + "/"] = Data()
            }
        }
        return files
    }
}
