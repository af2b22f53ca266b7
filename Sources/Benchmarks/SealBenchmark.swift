// `--seal-only`: the cost of sealing personal fields, in this process.
import Foundation
import IncidentModel
import IncidentStore

/// `--seal-only`: the cost of sealing a record's personal fields (the import's extra work per row).
func sealBenchmark(rows: Int) {
    let cipher = PersonalCipher(key: KeyRing.generate().dataKeys[0])
    let personal = PersonalDetails(
        postcode: Postcode(parsing: "NW11 7AB").map(Personal.init),
        description: Personal(String(repeating: "An account of what happened. ", count: 6)),
        victimName: Personal("Ruth Exampleton"), victimContact: Personal("07700 900123"),
        offenderDescription: Personal("tall man"))
    let start = ContinuousClock.now
    var bytes = 0
    for i in 0..<rows {
        if let sealed = cipher.seal(personal, source: "cst", reference: "R\(i)") { bytes += sealed.sealed.count }
    }
    let elapsed = ContinuousClock.now - start
    print(
        String(
            format: "sealing %d records: %.2f s (%d bytes)", rows,
            Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, bytes))
}
