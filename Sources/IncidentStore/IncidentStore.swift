import CSupport
import Foundation
import GRDB
import IncidentModel

/// The incident database: one SQLite file on disk, opened through GRDB.
///
/// All SQL lives in this module. The store holds one GRDB connection to a database in WAL mode:
/// readers (figures, charts, reports), opened read-only, work on a snapshot and never wait for a
/// writer, even during a long import (except the first import into an empty database, made while
/// nothing else has it open: see ImportBatch+Journal); writers take turns, and a writer that finds
/// another at work waits (up to ``Options/waitSeconds``) instead of failing. One connection per store: a
/// command that reads while it writes (a draft) opens a second store for the reads.
public struct IncidentStore: Sendable {
    /// The database file.
    public let path: String
    let queue: DatabaseQueue
    /// The keys given, if any (commands that never read personal data open without them).
    public let keys: KeyRing?
    /// Seals and opens personal fields with the database's data key, when the keys were given.
    public let cipher: PersonalCipher?
    /// Where the keys were looked for, for messages.
    let keyPath: String?
    /// Whether the file was in WAL mode when opened (or new): only then may a first import skip
    /// the log (see ImportBatch+Journal). A file found under a rollback journal may have
    /// connections open that hold no lock, and so would not be seen.
    let openedInLog: Bool

    /// `PRAGMA application_id` of incident databases ("INCD"), so that another SQLite file is
    /// refused instead of having tables added to it.
    static let applicationID: Int32 = 0x494E_4344

    /// How much of the file SQLite reads through a memory map rather than copies (a link or a
    /// report reads most of the file; copying it page by page was a tenth of a link run).
    static let mappedBytes = 256 << 20

    /// SQLite's process-wide settings (see CSupport), applied once, before the first connection.
    static let sqliteConfigured = incidents_sqlite_configure() == 0

    /// How a command means to use the database.
    public struct Options: Sendable {
        /// Whether the command writes (imports, links, drafts, exports): writers check the
        /// database's health first (``healthCheckLimit``) and refuse a damaged one.
        public var writes: Bool
        /// How long to wait for another writer to finish before giving up.
        public var waitSeconds: Double
        /// Called once when this command starts waiting for another writer (e.g. to say so on a terminal).
        public var onWait: (@Sendable (Double) -> Void)?
        /// Whether to run the health check although the command only reads (a report to publish).
        public var checkHealth: Bool

        /// The key file's keys, for commands that read or write personal data.
        public var keys: KeyRing?
        /// The key file's path (for messages).
        public var keyPath: String?
        /// Keep only the audit key of `keys`, to sign the trail: no data key is chosen, so this
        /// store can never open personal data (the web server's). The key file must still be this
        /// database's.
        public var auditKeyOnly = false

        public init(
            writes: Bool = true, checkHealth: Bool? = nil, waitSeconds: Double = 300,
            onWait: (@Sendable (Double) -> Void)? = nil,
            keys: KeyRing? = nil, keyPath: String? = nil
        ) {
            self.keys = keys
            self.keyPath = keyPath
            self.writes = writes
            self.checkHealth = checkHealth ?? writes
            self.waitSeconds = waitSeconds
            self.onWait = onWait
        }
    }

    /// Writers run SQLite's `quick_check` before writing when the file is at most this size
    /// (it reads every page: about a second for 300 MB here); larger files are checked with
    /// `incidents check`.
    public static let healthCheckLimit = 128 << 20

    /// Opens the database at `path`, creating it (and migrating it to the current schema) if needed.
    public init(path: String, options: Options = Options()) throws(StoreError) {
        _ = IncidentStore.sqliteConfigured
        self.path = path
        self.keys = options.keys
        self.keyPath = options.keyPath
        var chosen: PersonalCipher?
        var opened = false
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty && !FileManager.default.fileExists(atPath: directory) {
            throw StoreError(
                path: path, kind: .other,
                message: "the folder \(directory) does not exist; create it or choose another database path")
        }
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .callback(IncidentStore.busyCallback(options))
            // A command that only reads opens the file read-only: it can never change it, and
            // never needs the write lock an import holds.
            let exists = FileManager.default.fileExists(atPath: path)
            // A rollback journal beside the file may be a first import's that was killed (see
            // ImportBatch+Journal): only a connection that can write rolls it back, so a reader
            // then opens read-write (and writes nothing else; if an import is running, it waits).
            let journalBeside = exists && FileManager.default.fileExists(atPath: path + "-journal")
            configuration.readonly = !options.writes && exists && !journalBeside
            if !exists && options.writes {
                // A new database is readable by its owner only (SQLite gives its -wal and -shm the same mode).
                let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
                if fd >= 0 { close(fd) }
            }
            if !configuration.readonly {
                // What is deleted (an erasure, a superseded sealed value) is overwritten, not left
                // in free pages.
                configuration.prepareDatabase { db in
                    try db.execute(sql: "PRAGMA secure_delete = ON")
                    try db.execute(sql: "PRAGMA mmap_size = \(IncidentStore.mappedBytes)")
                }
            } else {
                configuration.prepareDatabase { db in
                    try db.execute(sql: "PRAGMA mmap_size = \(IncidentStore.mappedBytes)")
                }
            }
            queue = try DatabaseQueue(path: path, configuration: configuration)
            // Reads first: a reader must not need the write lock a running import holds.
            let (id, tables, migrated, journal) = try queue.read { db in
                (
                    try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0,
                    try Schema.migrator.hasCompletedMigrations(db),
                    try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? ""
                )
            }
            opened = journal == "wal" || tables == 0
            if id == 0 && tables == 0 {
                guard !configuration.readonly else {
                    throw StoreError(
                        path: path, kind: .other, message: "this file is empty, not an incidents database",
                        remedy: .otherDatabasePath)
                }
                // 16 KB pages (SQLite's default is 4 KB): a quarter of the pages, log frames and
                // system calls for a large import; set before the first table, and kept.
                try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA page_size = 16384") }
                try queue.write { db in try db.execute(sql: "PRAGMA application_id = \(IncidentStore.applicationID)") }
            } else if id != IncidentStore.applicationID {
                throw StoreError(
                    path: path, kind: .other,
                    message: "this is an SQLite database of another program, not an incidents database",
                    remedy: .otherDatabasePath)
            }
            // WAL (kept in the file once set): readers work on a snapshot while a writer writes.
            // A writer waits its turn for it; a reader that opened read-write to roll a journal
            // back puts it back only if it can at once.
            if journal != "wal" && !configuration.readonly {
                try IncidentStore.restoreLog(
                    queue, waiting: options.writes ? options.waitSeconds : 0, onWait: options.onWait)
            }
            if options.checkHealth, tables > 0, IncidentStore.fileSize(path) <= IncidentStore.healthCheckLimit {
                let problems = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(5)") }
                if problems != ["ok"] {
                    throw StoreError(
                        path: path, kind: .damaged,
                        message: IncidentStore.damagedMessage(path, detail: problems.joined(separator: "; ")),
                        remedy: .checkAndRestore(lastBackup: Backup.lastRecorded(for: path)))
                }
            }
            if !migrated {
                if configuration.readonly {
                    // An older database: brought up to date once, through a writer (which waits
                    // its turn), then read as usual.
                    var writer = configuration
                    writer.readonly = false
                    try Schema.migrator.migrate(try DatabaseQueue(path: path, configuration: writer))
                } else {
                    try Schema.migrator.migrate(queue)
                }
            }
            if let keys = options.keys, options.auditKeyOnly {
                try IncidentStore.checkKeyFile(keys, queue: queue, path: path, keyPath: options.keyPath)
            } else if let keys = options.keys {
                chosen = try IncidentStore.chooseKey(
                    keys, queue: queue, path: path, keyPath: options.keyPath, writes: !configuration.readonly)
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw IncidentStore.explain(error, path: path, waited: options.waitSeconds)
        } catch {
            throw StoreError(
                path: path, kind: .other, message: "cannot open the database (\(error)); check the path and permissions"
            )
        }
        cipher = chosen
        openedInLog = opened
    }

    /// The cipher of the database's data key, or an error that says how to give the key.
    public func requireCipher() throws(StoreError) -> PersonalCipher {
        guard let cipher else {
            throw StoreError(
                path: path, kind: .noKey, message: KeyError.missing(keyPath ?? "(none given)").description,
                remedy: .giveOrCreateKeyFile)
        }
        return cipher
    }

    /// The data key of `keys` this database is sealed with; a database with no key yet takes
    /// the first, and any plaintext personal data it holds (a database of an earlier version) is
    /// sealed, in one transaction, overwriting the plaintext.
    static func chooseKey(_ keys: KeyRing, queue: DatabaseQueue, path: String, keyPath: String?, writes: Bool) throws
        -> PersonalCipher
    {
        let recorded = try queue.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'key_id'")
        }
        if let recorded {
            guard let key = keys.dataKeys.first(where: { KeyRing.identifier($0) == recorded }) else {
                // The key file as it is now holds the key: `keys rotate` ran between this command's
                // reading of it and its opening of the database. The file is right; do it again.
                if let keyPath, let now = try? KeyRing.load(path: keyPath),
                    now.dataKeys.contains(where: { KeyRing.identifier($0) == recorded })
                {
                    throw IncidentStore.rekeyed(path, when: "as this began")
                }
                throw StoreError(
                    path: path, kind: .noKey, message: KeyError.wrongKey(keyPath ?? "the key file").description,
                    remedy: .giveKeyFile)
            }
            return PersonalCipher(key: key)
        }
        // Sealed data with no record of its key: adopting this key would make it unreadable.
        let sealedRows = try queue.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM incident WHERE personal IS NOT NULL") ?? 0
        }
        if sealedRows > 0 { throw IncidentStore.sealedWithoutKey(path) }
        let cipher = PersonalCipher(key: keys.dataKeys[0])
        guard writes else { return cipher }
        // Decided again inside the write transaction: another command (an import with another key
        // file) may have chosen a key and sealed records under it since the reads above. Its key
        // is then this database's, and this key file is not.
        let chosen = try queue.write { db in try IncidentStore.adoptKey(db, keys: keys, cipher: cipher) }
        if let chosen {
            guard !chosen.isEmpty else { throw IncidentStore.sealedWithoutKey(path) }
            guard let key = keys.dataKeys.first(where: { KeyRing.identifier($0) == chosen }) else {
                throw StoreError(
                    path: path, kind: .noKey, message: KeyError.wrongKey(keyPath ?? "the key file").description,
                    remedy: .giveKeyFile)
            }
            return PersonalCipher(key: key)
        }
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        return cipher
    }

    static func sealedWithoutKey(_ path: String) -> StoreError {
        StoreError(
            path: path, kind: .noKey,
            message: """
                the database holds sealed personal data but no record of its key; nothing was changed. Restore a \
                backup, or give the key file it was sealed with
                """)
    }

    /// In a write transaction: the key the database is sealed with, when another command chose
    /// one meanwhile ("" when it holds sealed data with no key recorded); otherwise records the
    /// first key of `keys` as its key, seals any plaintext with it and returns nil.
    static func adoptKey(_ db: Database, keys: KeyRing, cipher: PersonalCipher) throws -> String? {
        if let recorded = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'key_id'") {
            return recorded
        }
        let sealed =
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM incident WHERE personal IS NOT NULL)") ?? false
        if sealed { return "" }
        try db.execute(sql: "INSERT INTO setting(key, value) VALUES ('key_id', ?)", arguments: [keys.identifier])
        try Sealing.sealPlaintext(db, cipher: cipher)
        return nil
    }

    /// Refuses the key file of another database (its audit key would sign entries this database's
    /// trail cannot verify), opening nothing.
    static func checkKeyFile(_ keys: KeyRing, queue: DatabaseQueue, path: String, keyPath: String?) throws {
        let recorded = try queue.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'key_id'")
        }
        if let recorded, !keys.dataKeys.contains(where: { KeyRing.identifier($0) == recorded }) {
            throw StoreError(
                path: path, kind: .noKey, message: KeyError.wrongKey(keyPath ?? "the key file").description,
                remedy: .giveKeyFile)
        }
    }

    /// Refuses to go on when the database is no longer sealed with the key this store opened it
    /// with: `keys rotate` re-sealed it meanwhile (it takes the write turn; the check runs inside
    /// the transaction, so nothing can rotate between it and the body). Without this, a command
    /// that opened the database before a rotation would seal what it writes with the old key, which
    /// the rotation then drops from the key file (that personal data lost for good), and would read
    /// every record's personal data as absent (a case example's check for names passing a name,
    /// an export with empty details).
    static func requireCurrentKey(_ db: Database, cipher: PersonalCipher?, path: String) throws {
        guard let cipher else { return }
        let recorded = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'key_id'")
        guard let recorded, recorded != cipher.identifier else { return }
        throw rekeyed(path, when: "after it was opened for this")
    }

    /// The database re-sealed under another data key (`keys rotate`) `when` (the command's start):
    /// nothing changed, the command to be made again.
    static func rekeyed(_ path: String, when: String) -> StoreError {
        StoreError(
            path: path, kind: .rekeyed,
            message: """
                the database was re-sealed under another data key (keys rotate) \(when); nothing was changed. \
                Do it again: the key file is read as it is now
                """)
    }

    /// Runs a read on a snapshot (it never waits for a writer), wrapping database errors.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        let cipher = cipher, path = path
        return try saidAsStore {
            try queue.read { db in
                try IncidentStore.requireCurrentKey(db, cipher: cipher, path: path)
                return try body(db)
            }
        }
    }

    /// Runs a write transaction (one writer at a time), wrapping database errors.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        let cipher = cipher, path = path
        return try saidAsStore {
            try queue.write { db in
                try IncidentStore.requireCurrentKey(db, cipher: cipher, path: path)
                return try body(db)
            }
        }
    }

    /// `run`'s errors as the store's: its own as they are, SQLite's explained.
    private func saidAsStore<T>(_ run: () throws -> T) throws(StoreError) -> T {
        do { return try run() } catch let error as StoreError { throw error } catch let error as DatabaseError {
            throw IncidentStore.explain(error, path: path, waited: nil)
        } catch {
            throw StoreError(path: path, kind: .other, message: "\(error)")
        }
    }

    /// Copies what the write-ahead log holds into the database file, so that the file alone is
    /// whole even while a read-only connection of this process (which cannot) closes last.
    public func checkpoint() {
        _ = try? queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(PASSIVE)") }
    }

    /// The value stored under `key` in the database's settings, if any.
    public func setting(_ key: String) throws(StoreError) -> String? {
        try read { try String.fetchOne($0, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key]) }
    }

    /// Stores `value` under `key` in the database's settings.
    public func setSetting(_ key: String, _ value: String) throws(StoreError) {
        try write { db in
            try db.execute(
                sql:
                    """
                    INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value
                    """,
                arguments: [key, value])
        }
    }
}
