import Foundation
import GRDB
import IncidentModel
import Testing

@testable import IncidentStore

/// The write-behind thread of an import opens and closes a file beside the database. Closing a
/// descriptor of the database file itself would release every POSIX lock the process holds on
/// it, and SQLite's locks with them: another process could then take the database from under
/// the open connection (check-point it, delete its log). After an import has run long enough
/// for the thread to work, another process must still be refused the exclusive lock.
@Suite struct WriteBehindTests {
    @Test("after a long import, another process still cannot take the database from this open store")
    func locksKept() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("db.sqlite")
        let store = try IncidentStore(path: path, options: .init(keys: testKeys))
        // A record first: a first import into an empty database skips the log (ImportBatch+Journal).
        try importRecords([incident("W0")], into: store, fileName: "0.csv")
        _ = try store.importBatch(BatchInfo(fileName: "a.csv", importedAt: "2026-01-01T00:00:00Z")) { writer in
            for i in 1...200 { try writer.upsert(incident("W\(i)", name: "Ruth Exampleton")) }
            // Long enough for the thread to have started writing the log several times.
            Thread.sleep(forTimeInterval: 0.5)
            return totals(rows: 200)
        }
        #expect(try store.recordCount() == 201)
        // Leaving write-ahead logging needs the database to itself: refused while this
        // process's connection holds its shared lock.
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = ["-cmd", ".timeout 100", path, "PRAGMA journal_mode = DELETE"]
        let out = Pipe(), err = Pipe()
        sqlite.standardOutput = out
        sqlite.standardError = err
        try sqlite.run()
        sqlite.waitUntilExit()
        let said =
            String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            + String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(said.contains("locked"), "sqlite3 said: \(said)")
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        // The store still works, and its log was not taken from it.
        #expect(try store.recordCount() == 201)
    }
}

/// A new database's key is chosen once: a command that opened it with another key file meanwhile
/// takes no part in it.
@Suite struct KeyChoiceTests {
    @Test("the key recorded by another command first stands; the later key file is refused, nothing is changed")
    func firstKeyStands() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("db.sqlite")
        let first = KeyRing.generate(), second = KeyRing.generate()
        _ = try IncidentStore(path: path, options: .init(keys: first))
        // The check inside the write transaction, as a command that had read no key would make it.
        let queue = try DatabaseQueue(path: path)
        let chosen = try queue.write { db in
            try IncidentStore.adoptKey(db, keys: second, cipher: PersonalCipher(key: second.dataKeys[0]))
        }
        #expect(chosen == first.identifier)
        #expect(
            try queue.read { try String.fetchOne($0, sql: "SELECT value FROM setting WHERE key = 'key_id'") }
                == first.identifier)
        var caught: StoreError?
        do { _ = try IncidentStore(path: path, options: .init(keys: second)) } catch { caught = error }
        #expect(caught?.kind == .noKey)
        // A database with no key yet takes the first key given, in the same transaction.
        let fresh = scratch.file("fresh.sqlite")
        _ = try IncidentStore(path: fresh, options: .init(writes: true))
        let adopted = try DatabaseQueue(path: fresh).write { db in
            try IncidentStore.adoptKey(db, keys: second, cipher: PersonalCipher(key: second.dataKeys[0]))
        }
        #expect(adopted == nil)
        #expect(try IncidentStore(path: fresh, options: .init(keys: second)).cipher?.identifier == second.identifier)
    }
}

/// A command that read the key file just before a rotation, and opens the database just after it.
@Suite struct KeyReadBeforeRotationTests {
    @Test("it is told the database was re-sealed meanwhile (do it again), not that its key file is another's")
    func rotatedBetweenReadingAndOpening() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("db.sqlite"), keyPath = scratch.file("db.key")
        let old = KeyRing.generate()
        _ = try IncidentStore(path: path, options: .init(keys: old, keyPath: keyPath))
        let rotated = old.rotated()
        let final = KeyRing(dataKeys: [rotated.dataKeys[0]], auditKey: rotated.auditKey)
        _ = try IncidentStore(path: path, options: .init(keys: rotated)).rotateKey(
            to: final, at: "2026-01-01T00:00:00Z")
        try final.fileText.write(toFile: keyPath, atomically: true, encoding: .utf8)
        var caught: StoreError?
        do { _ = try IncidentStore(path: path, options: .init(keys: old, keyPath: keyPath)) } catch { caught = error }
        #expect(caught?.kind == .rekeyed, "\(String(describing: caught))")
        // A key file that is another database's is still said to be so.
        try KeyRing.generate().fileText.write(toFile: keyPath, atomically: true, encoding: .utf8)
        caught = nil
        do { _ = try IncidentStore(path: path, options: .init(keys: old, keyPath: keyPath)) } catch { caught = error }
        #expect(caught?.kind == .noKey)
    }
}
