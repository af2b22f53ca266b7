// Linkage speed: the whole `incidents link` as a process, on 100,000 own records against 50,000
// police records, and over 25 years (`--link-speed-only`).
import Foundation
import IncidentModel
import IncidentStore

/// 100,000 own records against 50,000 police records (2019–2025), the whole `incidents link` as a process.
func linkageSpeed(folder: String, incidents: String, me: String) throws {
    let dataFolder = (folder as NSString).appendingPathComponent("exchange")
    try FileManager.default.createDirectory(atPath: dataFolder, withIntermediateDirectories: true)
    _ = measure(me, ["generate-exchange", "--out", dataFolder])
    let database = (dataFolder as NSString).appendingPathComponent("exchange.sqlite")
    ensureKey(incidents, database)
    for name in ["own.csv", "police.csv"] {
        _ = measure(
            incidents, ["import", (dataFolder as NSString).appendingPathComponent(name), "--database", database])
    }
    let store = try IncidentStore(
        path: database, options: .init(writes: false, keys: try KeyRing.load(path: database + ".key")))
    let (police, own) = try store.linkRecords()
    let run = measure(incidents, ["link", "--database", database])
    let rerun = measure(incidents, ["link", "--database", database])
    print(
        String(
            format:
                """
                linkage speed: `incidents link`, %@ own records against %@ police records: %.2f s wall, peak memory \
                %.0f MB, exit %d; again (pairs and decisions kept): %.2f s, %.0f MB (target ≤ 10 s, ≤ 1 GB)
                """,
            own.count.grouped as NSString, police.count.grouped as NSString, run.seconds, run.peakMB, run.status,
            rerun.seconds, rerun.peakMB))
}

/// `--link-speed-only`: 100,000 of the team's records and 72,500 police records over 25 years
/// (2001–2025), sealed.
func linkageSpeedOver25Years(folder: String, incidents: String, me: String) throws {
    let dataFolder = (folder as NSString).appendingPathComponent("exchange25")
    try FileManager.default.createDirectory(atPath: dataFolder, withIntermediateDirectories: true)
    _ = measure(me, ["generate-exchange", "--out", dataFolder, "--police", "72500", "--first-year", "2001"])
    let database = (dataFolder as NSString).appendingPathComponent("exchange.sqlite")
    ensureKey(incidents, database)
    for name in ["own.csv", "police.csv"] {
        _ = measure(
            incidents, ["import", (dataFolder as NSString).appendingPathComponent(name), "--database", database])
    }
    let records = try IncidentStore(path: database, options: .init(writes: false)).recordCounts()
    let run = measure(incidents, ["link", "--database", database])
    let rerun = measure(incidents, ["link", "--database", database])
    print(
        String(
            format:
                """
                linkage speed, 25 years: `incidents link` on %@ records: %.2f s wall, peak %.0f MB, exit %d; again \
                %.2f s, %.0f MB (target ≤ 10 s, ≤ 1 GB)
                """,
            records.map { "\($0.source) \($0.status) \($0.count)" }.joined(separator: ", ") as NSString, run.seconds,
            run.peakMB, run.status, rerun.seconds, rerun.peakMB))
}
