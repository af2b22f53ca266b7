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
    return ToolRun(
        status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
        err: String(decoding: errData, as: UTF8.self))
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

/// How much of a rendered page (a binary PPM from `pdftoppm`) is ink: the share of pixels with a
/// channel darker than 200, and the share of pixel rows holding any. A page with one stray dark
/// pixel, or a single rule, is not "drawn".
public func ink(_ ppmPath: String) throws -> (pixels: Double, rows: Double) {
    let data = try Data(contentsOf: URL(fileURLWithPath: ppmPath))
    // Header: "P6", width, height, maximum value, each followed by white space; then RGB bytes.
    var fields: [Int] = [], offset = 2, current = ""
    while fields.count < 3 && offset < data.count {
        let byte = data[data.startIndex + offset]
        offset += 1
        if (0x30...0x39).contains(byte) {
            current.append(Character(UnicodeScalar(byte)))
        } else if !current.isEmpty {
            fields.append(Int(current)!)
            current = ""
        }
    }
    guard data.starts(with: [0x50, 0x36]), fields.count == 3 else {
        throw ToolFailure(description: "\(ppmPath) is not a binary PPM")
    }
    let (width, height) = (fields[0], fields[1])
    let pixels = data[(data.startIndex + offset)...]
    guard pixels.count >= width * height * 3, width > 0, height > 0 else {
        throw ToolFailure(description: "\(ppmPath) is cut short")
    }
    var dark = 0, inkedRows = 0
    pixels.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
        for y in 0..<height {
            var rowInk = false
            for x in 0..<width {
                let i = (y * width + x) * 3
                if bytes[i] < 200 || bytes[i + 1] < 200 || bytes[i + 2] < 200 {
                    dark += 1
                    rowInk = true
                }
            }
            if rowInk { inkedRows += 1 }
        }
    }
    return (Double(dark) / Double(width * height), Double(inkedRows) / Double(height))
}
