import DemoData
import Foundation
import IncidentModel
import IncidentStore
import Intake
import Linkage
import Redaction
import Statistics

#if canImport(Glibc)
import Glibc
#endif

// MARK: redaction

/// Whether `planted` still appears in `text` as the scorer reads it: case-sensitive, and a string
/// that starts or ends with a letter must not continue a longer word there.
func stillPresent(_ planted: String, in text: String) -> Bool {
    let p = Array(planted.unicodeScalars), t = Array(text.unicodeScalars)
    guard !p.isEmpty, p.count <= t.count else { return false }
    func letter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
    for start in 0...(t.count - p.count) where t[start] == p[0] && Array(t[start..<(start + p.count)]) == p {
        if letter(p[0]), start > 0, letter(t[start - 1]) { continue }
        if letter(p[p.count - 1]), start + p.count < t.count, letter(t[start + p.count]) { continue }
        return true
    }
    return false
}

/// Whether `word` survives in `text` (any case, whole word).
func kept(_ word: String, in text: String) -> Bool {
    let w = word.lowercased(), t = text.lowercased()
    var from = t.startIndex
    while let r = t.range(of: w, range: from..<t.endIndex) {
        let before = r.lowerBound == t.startIndex ? nil : t[t.index(before: r.lowerBound)]
        let after = r.upperBound == t.endIndex ? nil : t[r.upperBound]
        if !(before?.isASCII == true && before!.isLetter), !(after?.isASCII == true && after!.isLetter) { return true }
        from = t.index(after: r.lowerBound)
    }
    return false
}

/// Recall by kind, over-redaction and leaked personal-column values, with and without the
/// record's own columns, on the demo's labelled set and (when given) the development set; with
/// `showMisses` (`--show-misses`), every planted item missed.
func redactionQuality(dev: String?, showMisses: Bool) {
    let redactor = Redactor()
    struct Tally {
        var planted: [String: (Int, Int)] = [:]; var keep = 0, lost = 0;
        var values = Set<String>(), leaked = Set<String>()
    }
    func report(_ label: String, _ t: Tally) {
        let total = t.planted.values.reduce(0) { $0 + $1.0 }, caught = t.planted.values.reduce(0) { $0 + $1.1 }
        let worst = t.planted.values.map { Double($0.1) / Double(max($0.0, 1)) }.min() ?? 0
        print(
            String(
                format:
                    """
                      %@: recall %.4f (%d/%d; lowest kind %.4f), over-redaction %.4f (%d/%d), \
                    personal-column values leaked %d of %d
                    """,
                label as NSString, Double(caught) / Double(max(total, 1)), caught, total, worst,
                Double(t.lost) / Double(max(t.keep, 1)), t.lost, t.keep, t.leaked.count, t.values.count))
        print(
            "    by kind: "
                + t.planted.keys.sorted().map {
                    String(
                        format: "%@ %.3f (%d/%d)", $0 as NSString, Double(t.planted[$0]!.1) / Double(t.planted[$0]!.0),
                        t.planted[$0]!.1, t.planted[$0]!.0)
                }.joined(separator: ", "))
    }
    func tally(_ t: inout Tally, out: String, planted: [(String, String)], keep: [String], values: [String]) {
        for (kind, value) in planted {
            t.planted[kind, default: (0, 0)].0 += 1
            if !stillPresent(value, in: out) {
                t.planted[kind, default: (0, 0)].1 += 1
            } else if showMisses {
                print("    missed \(kind) \(value): \(out)")
            }
        }
        for word in keep {
            t.keep += 1; if !kept(word, in: out) { t.lost += 1; if showMisses { print("    lost \(word): \(out)") } }
        }
        for v in values where !v.isEmpty { t.values.insert(v); if out.contains(v) { t.leaked.insert(v) } }
    }

    let samples = RedactionSamples.generate(count: 2_000, seed: 2_026)
    var withColumns = Tally(), rulesOnly = Tally()
    for sample in samples {
        let values = [sample.victimName, sample.victimContact]
        let planted = sample.planted.map { ($0.kind, $0.value) }
        tally(
            &withColumns,
            out: redactor.redact(
                sample.text,
                knowing: RecordPersonalValues(victimName: sample.victimName, victimContact: sample.victimContact)),
            planted: planted, keep: sample.keep, values: values)
        tally(&rulesOnly, out: redactor.redact(sample.text), planted: planted, keep: sample.keep, values: values)
    }
    print(
        """
        redaction, the demo's labelled set (\(samples.count) descriptions; target recall ≥ 0.995, every kind ≥ 0.98, \
        over-redaction ≤ 0.02, 0 leaked):
        """
    )
    report("as exported (rules + the record's own columns)", withColumns)
    report("rules alone", rulesOnly)

    guard let dev else { return }
    let csvPath = (dev as NSString).appendingPathComponent("pii.csv"),
        truthPath = (dev as NSString).appendingPathComponent("pii_truth.json")
    guard var reader = try? CSVReader(path: csvPath), let truthData = FileManager.default.contents(atPath: truthPath),
        let truth = (try? JSONSerialization.jsonObject(with: truthData)) as? [String: Any],
        let rows = truth["rows"] as? [String: [String: Any]]
    else {
        print("  (no development set at \(dev))"); return
    }
    var record = CSVRecord()
    var header: [String] = []
    var devColumns = Tally(), devRules = Tally()
    while (try? reader.next(into: &record)) == true {
        let fields = (0..<record.fieldCount).map { record.string($0) ?? "" }
        if header.isEmpty { header = fields; continue }
        func field(_ name: String) -> String { header.firstIndex(of: name).map { fields[$0] } ?? "" }
        guard let row = rows[field("reference")] else { continue }
        let planted = (row["planted"] as? [[String: String]] ?? []).map { ($0["type"] ?? "", $0["text"] ?? "") }
        let keep = row["must_keep"] as? [String] ?? []
        let values = [field("victim_name"), field("victim_contact")]
        let text = field("description")
        tally(
            &devColumns,
            out: redactor.redact(
                text,
                knowing: RecordPersonalValues(
                    victimName: values[0], victimContact: values[1], offenderDescription: field("offender_description"))
            ),
            planted: planted, keep: keep, values: values)
        tally(&devRules, out: redactor.redact(text), planted: planted, keep: keep, values: values)
    }
    print("redaction, the development set \(dev) (scored as score-redaction does, in process):")
    report("as exported (rules + the record's own columns)", devColumns)
    report("rules alone", devRules)
}

/// `incidents export --for police` as a process on the demo's history: rows a second, the
/// fail-closed check included.
func redactionSpeed(folder: String, incidents: String) throws {
    let csv = (folder as NSString).appendingPathComponent("export-speed.csv")
    let database = (folder as NSString).appendingPathComponent("export-speed.sqlite")
    let out = (folder as NSString).appendingPathComponent("export-speed-out.csv")
    try writeRows(40_000, to: csv)
    ensureKey(incidents, database)
    _ = measure(incidents, ["import", "--database", database, csv])
    var best = (seconds: Double.infinity, peakMB: 0.0, status: Int32(0))
    for _ in 0..<3 {
        let run = measure(
            incidents,
            [
                "export", "--database", database, "--for", "police", "--period", "2016..2025", "--out", out,
                "--withhold-and-continue",
            ])
        if run.seconds < best.seconds { best = run }
    }
    var reader = try CSVReader(path: out)
    var record = CSVRecord()
    var exported = -1
    while try reader.next(into: &record) { exported += 1 }
    print(
        String(
            format:
                """
                redaction speed: `incidents export --for police` of %d rows (redaction and the fail-closed check): \
                %.2f s best of 3, %.0f rows/s, peak %.0f MB, exit %d (target ≥ 2,000 rows/s)
                """,
            exported, best.seconds, Double(exported) / best.seconds, best.peakMB, best.status))
}
