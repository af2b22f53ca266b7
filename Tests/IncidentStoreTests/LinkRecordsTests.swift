import Foundation
import GRDB
import IncidentModel
import IncidentStore
import Linkage
import Testing

/// `linkRecords` reads the rows on one thread and makes records of them (opening their sealed
/// data) on others, part by part: every record must come back whole, once, in order.
@Suite struct LinkRecordsTests {
    /// Record `i`: its fields present or absent in turn, descriptions long, short and not ASCII.
    static func record(_ i: Int) -> Incident {
        let source: Source = i % 7 == 3 ? Source("partner")! : i % 3 == 0 ? .police : .own
        return Incident(
            reference: "R\(i)", source: source,
            date: CivilDate(iso: String(format: "2024-%02d-%02d", i % 12 + 1, i % 28 + 1))!,
            status: i % 5 == 0 ? .pending : .antisemitic,
            category: i % 5 == 0 ? nil : Category.allCases[i % Category.allCases.count],
            policeForce: i % 4 == 0 ? nil : PoliceForce.allCases[i % PoliceForce.allCases.count],
            location: i % 6 == 0 ? nil : "Place \(i % 50)", postcodeDistrict: i % 2 == 0 ? "N\(i % 20 + 1)" : nil,
            victimType: i % 3 == 1 ? nil : VictimType.allCases[i % VictimType.allCases.count],
            method: i % 8 == 0 ? nil : Method.allCases[i % Method.allCases.count],
            personal: PersonalDetails(
                postcode: i % 5 == 1 ? Postcode(parsing: "N16 5RT").map(Personal.init) : nil,
                description: i % 9 == 0
                    ? nil : Personal(String(repeating: "Account \(i) — café, ", count: i % 40 + 1)),
                victimName: Personal("Name \(i)"),
                offenderDescription: i % 4 == 2 ? Personal("tall man \(i)") : nil))
    }

    /// A store at `path` holding records `numbers` (`record`).
    static func store(at path: String, _ numbers: some Sequence<Int>) throws -> IncidentStore {
        let store = try IncidentStore(path: path, options: .init(keys: testKeys))
        try importRecords(numbers.map(Self.record), into: store)
        return store
    }

    @Test("every own and police record comes back once, in order, with each field as imported, across many parts")
    func recordsComeBackWhole() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        // More than two of the reading's parts (2,048 rows each), the last one short.
        let count = 5_000
        let store = try Self.store(at: scratch.file("db.sqlite"), 0..<count)
        let (police, own) = try store.linkRecords()
        let expected = (0..<count).map(Self.record)
        // In the order the statement gives them (a linkage run's order), each side apart.
        let order = try DatabaseQueue(path: scratch.file("db.sqlite")).read { db in
            try Row.fetchAll(db, sql: "SELECT id, source FROM incident WHERE source IN ('cst', 'police')")
        }
        #expect(police.map(\.id) == order.filter { $0[1] == "police" }.map { $0[0] as Int64 })
        #expect(own.map(\.id) == order.filter { $0[1] == "cst" }.map { $0[0] as Int64 })
        #expect(police.count == expected.filter { $0.source == .police }.count)
        #expect(own.count == expected.filter { $0.source == .own }.count)
        #expect(Set((police + own).map(\.reference)).count == police.count + own.count)
        let byReference = Dictionary(uniqueKeysWithValues: expected.map { ($0.reference, $0) })
        for record in police + own {
            let sent = try #require(byReference[record.reference])
            #expect(record.source == sent.source)
            #expect(record.date == sent.date)
            #expect(record.category == sent.category)
            #expect(record.policeForce == sent.policeForce)
            #expect(record.location == sent.location)
            #expect(record.postcodeDistrict == sent.postcodeDistrict)
            #expect(record.victimType == sent.victimType)
            #expect(record.method == sent.method)
            #expect(record.postcode == sent.personal.postcode?.revealed.description)
            #expect(record.description == sent.personal.description?.revealed)
            #expect(record.offenderDescription == sent.personal.offenderDescription?.revealed)
        }
    }

    @Test("without the key, linkage's records are refused")
    func keyNeeded() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("db.sqlite")
        _ = try Self.store(at: path, 0..<10)
        let withoutKey = try IncidentStore(path: path, options: .init(writes: false))
        #expect(throws: StoreError.self) { _ = try withoutKey.linkRecords() }
    }

    @Test("plain columns (a database never sealed) are read, and texts as GRDB reads them: up to a NUL")
    func plainColumnsAndNul() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("db.sqlite")
        let store = try Self.store(at: path, 1...4)
        // As written by hand with sqlite3: one record's personal data in the plain columns, and
        // another's location with a NUL byte in it (the importer refuses one).
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(
                sql: """
                    UPDATE incident SET personal = NULL, description = 'A plain account', postcode = 'E5 8AA',
                        offender_description = 'two men' WHERE reference = 'R1'
                    """)
            try db.execute(
                sql: """
                    UPDATE incident SET location = 'Lea Bridge Road' || CAST(X'00' AS TEXT) || 'x'
                    WHERE reference = 'R2'
                    """)
        }
        let grdbLocation = try queue.read { db in
            try String.fetchOne(db, sql: "SELECT location FROM incident WHERE reference = 'R2'")
        }
        try queue.close()
        let (police, own) = try store.linkRecords()
        let records = Dictionary(uniqueKeysWithValues: (police + own).map { ($0.reference, $0) })
        let plain = try #require(records["R1"])
        #expect(plain.description == "A plain account")
        #expect(plain.postcode == "E5 8AA")
        #expect(plain.offenderDescription == "two men")
        #expect(records["R2"]?.location == "Lea Bridge Road")
        #expect(records["R2"]?.location == grdbLocation)
    }
}

/// A linkage run is computed from the records as read, and saved only if they are still so.
@Suite struct StaleLinkRunTests {
    /// Scores the records of `store` as read and saves the run with their version.
    static func run(
        _ store: IncidentStore, _ read: (police: [LinkRecord], own: [LinkRecord], version: Int, fingerprint: UInt64)
    ) throws -> LinkRunSummary {
        let linker = Linker()
        let scored = linker.score(police: read.police, own: read.own)
        return try store.saveLinkRun(
            linker.verdicts(scored), model: scored.model, compared: scored.compared, options: .standard,
            police: read.police, own: read.own, at: "2026-01-01T00:00:00Z", readVersion: read.version,
            readFingerprint: read.fingerprint
        ) { p, o in
            linker.verdict(police: read.police[p], at: p, own: read.own[o], at: o, model: scored.model)
        }
    }

    @Test("records re-sealed under a new key by another command are an error to a reader with the old key, not blanks")
    func rotatedMeanwhile() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("db.sqlite")
        let store = try LinkRecordsTests.store(at: path, 0..<300)
        #expect(try store.linkRecordsAndVersion().own.contains { $0.description != nil })
        // Another command rotates the key (its own connection, as another process would).
        let rotated = testKeys.rotated()
        let other = try IncidentStore(path: path, options: .init(keys: rotated))
        _ = try other.rotateKey(
            to: KeyRing(dataKeys: [rotated.dataKeys[0]], auditKey: rotated.auditKey), at: "2026-01-01T00:00:00Z")
        var caught: StoreError?
        do { _ = try store.linkRecordsAndVersion() } catch { caught = error }
        #expect(caught?.kind == .rekeyed, "records sealed with another key were read as blanks")
        #expect(caught?.message.contains("re-sealed under another data key") == true, "\(String(describing: caught))")
    }

    @Test(
        """
        a command that opened the database before another rotated its key neither writes with the old key \
        (that data would be lost with it) nor reads personal data as blank; with the new key all is there
        """
    )
    func writerOpenedBeforeRotation() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("db.sqlite")
        let store = try LinkRecordsTests.store(at: path, 0..<40)
        let day = CivilDate(iso: "2000-01-01")!, end = CivilDate(iso: "2100-01-01")!
        let before = try store.incidents(source: .own, status: .antisemitic, from: day, to: end)
        #expect(before.contains { $0.personal.description != nil })
        let rotated = testKeys.rotated()
        let final = KeyRing(dataKeys: [rotated.dataKeys[0]], auditKey: rotated.auditKey)
        let rotating = try IncidentStore(path: path, options: .init(keys: rotated))
        _ = try rotating.rotateKey(to: final, at: "2026-01-01T00:00:00Z")
        // The import opened before the rotation: refused whole, nothing sealed with the dropped key.
        var caught: (any Error)?
        do { try importRecords((40..<60).map(LinkRecordsTests.record), into: store, fileName: "late.csv") } catch {
            caught = error
        }
        #expect((caught as? StoreError)?.kind == .rekeyed, "\(String(describing: caught))")
        // Nor are the records read with their personal data missing (a names check passing a name).
        caught = nil
        do { _ = try store.incidents(source: .own, status: .antisemitic, from: day, to: end) } catch { caught = error }
        #expect((caught as? StoreError)?.kind == .rekeyed, "\(String(describing: caught))")
        caught = nil
        do { try store.setSetting("x", "y") } catch { caught = error }
        #expect((caught as? StoreError)?.kind == .rekeyed)
        // Opened again with the key file as it is now: every record whole, the late import absent.
        let now = try IncidentStore(path: path, options: .init(keys: final))
        let after = try now.incidents(source: .own, status: .antisemitic, from: day, to: end)
        #expect(after.map(\.reference) == before.map(\.reference))
        #expect(after.map(\.personal.description) == before.map(\.personal.description))
        // And it imports: the records it seals open with the key it keeps.
        try importRecords((40..<60).map(LinkRecordsTests.record), into: now, fileName: "late.csv")
        let (police, own) = try now.linkRecords()
        let sent = (0..<60).map(LinkRecordsTests.record).filter { $0.source == .police || $0.source == .own }
        #expect(police.count + own.count == sent.count)
        let descriptions = Dictionary(uniqueKeysWithValues: (police + own).map { ($0.reference, $0.description) })
        for record in sent {
            let read = descriptions[record.reference] ?? nil
            #expect(read == record.personal.description?.revealed, "\(record.reference)")
        }
    }

    @Test(
        """
        a run whose records another command changed after they were read (an import on another connection) \
        saves nothing and says so; read again, it saves
        """
    )
    func changedRecordsAreNotSaved() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("db.sqlite")
        let store = try LinkRecordsTests.store(at: path, 0..<600)
        let read = try store.linkRecordsAndVersion()
        // Read and nothing changed since: the version is the same when read again.
        #expect(try store.linkRecordsAndVersion().version == read.version)
        let other = try IncidentStore(path: path, options: .init(keys: testKeys))
        // A commit that leaves the records as they were (a setting, an account) does not stop
        // the run: it saves.
        try other.setSetting("unrelated", "a commit that changes no record")
        #expect(try store.linkRecordsAndVersion().version != read.version)
        let runsAtFirst = try DatabaseQueue(path: path).read {
            try Int.fetchOne($0, sql: "SELECT count(*) FROM link_run")
        }
        _ = try Self.run(store, read)
        let runsThen = try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM link_run") }
        #expect(runsThen == (runsAtFirst ?? 0) + 1)
        // Another command (another connection, as another process) imports meanwhile.
        try importRecords([LinkRecordsTests.record(600)], into: other, fileName: "late.csv")
        let runsBefore = try DatabaseQueue(path: path).read {
            try Int.fetchOne($0, sql: "SELECT count(*) FROM link_run")
        }
        #expect(throws: StoreError.self) { _ = try Self.run(store, read) }
        do { _ = try Self.run(store, read) } catch let error as StoreError { #expect(error.kind == .stale) }
        let runsAfter = try DatabaseQueue(path: path).read {
            try Int.fetchOne($0, sql: "SELECT count(*) FROM link_run")
        }
        #expect(runsAfter == runsBefore)
        // Read again, the run saves, with the late record among those compared.
        let fresh = try store.linkRecordsAndVersion()
        #expect(fresh.version != read.version)
        #expect(fresh.police.count + fresh.own.count == read.police.count + read.own.count + 1)
        _ = try Self.run(store, fresh)
        let saved = try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM link_run") }
        #expect(saved == (runsBefore ?? 0) + 1)
    }
}

/// What the last link run has not seen: the records imported or changed after it.
@Suite struct LinkLagTests {
    @Test(
        """
        before any run every police record waits; after a run none; a record a later import changes or \
        adds waits until the next run; an import that changes nothing adds nothing
        """
    )
    func recordsAfterTheLastRun() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("db.sqlite")
        let records = (0..<60).map(LinkRecordsTests.record)
        let store = try LinkRecordsTests.store(at: path, 0..<60)
        // Only counted police records (a pending one counts nowhere yet).
        let police = records.filter { $0.source == .police && $0.status == .antisemitic }.count
        let first = try store.linkLag()
        #expect(first == LinkLag(police: police, changed: 0, neverLinked: true))
        #expect(first.note?.contains("the \(police) counted police records on file have not been compared") == true)
        _ = try StaleLinkRunTests.run(store, try store.linkRecordsAndVersion())
        #expect(try store.linkLag().isEmpty)
        #expect(try store.linkLag().note == nil)
        // The same file again changes nothing: nothing waits.
        try importRecords(records, into: store, fileName: "again.csv")
        #expect(try store.linkLag().isEmpty)
        // One own record re-dated and one police record added.
        var redated = try #require(records.first { $0.source == .own })
        redated.date = CivilDate(iso: "2024-12-30")!
        var added = try #require(records.first { $0.source == .police && $0.status == .antisemitic })
        added.reference = "NEW-1"
        var pending = try #require(records.first { $0.source == .police && $0.status == .pending })
        pending.reference = "NEW-2"
        try importRecords([redated, added, pending], into: store, fileName: "changes.csv")
        let lag = try store.linkLag()
        #expect(lag == LinkLag(police: 0, changed: 3, neverLinked: false))
        #expect(lag.note?.contains("3 records were imported or changed after the last") == true, "\(lag.note ?? "")")
        _ = try StaleLinkRunTests.run(store, try store.linkRecordsAndVersion())
        #expect(try store.linkLag().isEmpty)
        // A run made before the database recorded what it saw (v17): nothing is claimed.
        try importRecords([redated.with(date: "2024-12-31")], into: store, fileName: "later.csv")
        #expect(try store.linkLag().changed == 1)
        try DatabaseQueue(path: path).write { try $0.execute(sql: "UPDATE link_run SET last_batch_id = NULL") }
        #expect(try store.linkLag().isEmpty)
        // Police records alone: nothing to compare them with, nothing counts twice.
        let alone = try IncidentStore(path: scratch.file("police.sqlite"), options: .init(keys: testKeys))
        try importRecords(records.filter { $0.source == .police }, into: alone)
        #expect(try alone.linkLag().isEmpty)
    }

    @Test("a database linked before the runs recorded what they saw says what a later import brings once upgraded")
    func upgradedDatabase() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("db.sqlite")
        let records = (0..<60).map(LinkRecordsTests.record)
        let store = try LinkRecordsTests.store(at: path, 0..<60)
        _ = try StaleLinkRunTests.run(store, try store.linkRecordsAndVersion())
        // As before v17: no column, the migration not yet run; then opened again, it is.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "ALTER TABLE link_run DROP COLUMN last_batch_id")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE 'v17%'")
            // (The run a few seconds after the import, as a person runs them.)
            try db.execute(sql: "UPDATE link_run SET ran_at = '2026-01-01T00:00:05Z'")
        }
        let upgraded = try IncidentStore(path: path, options: .init(keys: testKeys))
        #expect(try upgraded.linkLag().isEmpty)
        var added = try #require(records.first { $0.source == .police && $0.status == .antisemitic })
        added.reference = "LATER-1"
        try importRecords([added], into: upgraded, fileName: "later.csv")
        #expect(try upgraded.linkLag() == LinkLag(police: 0, changed: 1, neverLinked: false))
    }
}

extension Incident {
    fileprivate func with(date: String) -> Incident {
        var copy = self
        copy.date = CivilDate(iso: date)!
        return copy
    }
}
