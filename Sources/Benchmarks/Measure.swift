// The benchmarks' helpers: child processes started, timed and measured (each one's own peak
// memory, from wait4), their output captured, and this process's own peak memory.
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Starts `executable ARGS` with its standard output thrown away; its pid, or nil.
func spawn(_ executable: String, _ arguments: [String]) -> pid_t? {
    var pid: pid_t = 0
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    return posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 ? pid : nil
}

/// Runs `executable ARGS` (paths in ARGS absolute); wall seconds, the child's peak resident memory in MB, exit status.
func measure(_ executable: String, _ arguments: [String]) -> (seconds: Double, peakMB: Double, status: Int32) {
    let start = ContinuousClock.now
    guard let pid = spawn(executable, arguments) else { return (0, 0, -1) }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return (seconds, Double(usage.ru_maxrss) / 1024, (status >> 8) & 0xFF)
}

/// Runs `executable ARGS` and returns its standard output (standard input: `input`).
func capture(_ executable: String, _ arguments: [String], input: String? = nil) -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let out = Pipe(), stdin = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    process.standardInput = input == nil ? FileHandle.nullDevice : stdin
    guard (try? process.run()) != nil else { return "" }
    if let input {
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
    }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}

/// Makes the key file of `database` (beside it), so that imports can seal personal data.
func ensureKey(_ incidents: String, _ database: String) {
    if !FileManager.default.fileExists(atPath: database + ".key") {
        _ = measure(incidents, ["keys", "create", "--database", database])
    }
}

/// This process's peak resident memory so far, in MB (VmHWM).
func peakMemoryMB() -> Double {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
    return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
}

/// Writes every dirty page to disk before a measurement (sync(2)), so that what is measured
/// does not also pay for writing out what the step before it wrote: the kernel writes a freshly
/// generated 300 MB file back while the import runs, on the same two cores. A file to import has
/// usually been on disk for a while.
func settle() {
    sync()
}
