import Foundation

/// What a command-line tool did.
public struct ToolRun: Sendable {
    public let status: Int32
    public let out: String
    public let err: String
}

/// A tool that did not succeed (a missing program, a damaged file): tests fail on it rather than
/// reading empty output as "nothing there".
public struct ToolFailure: Error, CustomStringConvertible {
    public let description: String
    /// A failure described by `description`.
    public init(description: String) { self.description = description }
}

/// Runs a command-line tool (poppler's `pdftotext`, `pdffonts`, `pdfinfo`, the sqlite3 shell…)
/// and returns everything it did; both pipes are read at once, so neither can fill and block it.
public func toolRun(_ name: String, _ arguments: [String]) throws -> ToolRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [name] + arguments
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Standard error on another thread, so that neither pipe can fill up and block the tool.
    nonisolated(unsafe) var errData = Data()
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
        errData = err.fileHandleForReading.readDataToEndOfFile()
        done.signal()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    done.wait()
    process.waitUntilExit()
    return ToolRun(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
}

/// Runs a tool that must succeed and returns its standard output; throws with its exit status
/// and standard error otherwise.
public func tool(_ name: String, _ arguments: [String]) throws -> String {
    let run = try toolRun(name, arguments)
    guard run.status == 0 else {
        throw ToolFailure(description: "\(name) \(arguments.joined(separator: " ")) exited \(run.status): \(run.err)")
    }
    return run.out
}
