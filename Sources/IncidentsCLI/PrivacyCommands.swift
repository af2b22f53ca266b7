import ArgumentParser
import Figures
import Foundation
import IncidentModel
import IncidentStore
import SafeOutput

/// `incidents keys`: the key file that opens personal data.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Create or rotate the key file that opens personal data (victims' names and contacts, descriptions).",
        discussion: """
            Personal fields are stored sealed (ChaCha20-Poly1305) under a data key kept in a key file \
            outside the database, readable by its owner only; the audit trail is signed with a second \
            key in the same file. figures, chart and report never need it; import, link, review, \
            export, publish, erase and audit verify do.

            A lost key file means the personal data is gone for good; the statistics are not \
            affected. Keep a copy of the key file somewhere other than the database's backups \
            (a copy of both together reveals everything).
            """,
        subcommands: [KeysCreate.self, KeysRotate.self])
}

struct KeysCreate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a new key file for a new database (never replaces one).")

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        let path = global.keyPath
        guard !FileManager.default.fileExists(atPath: path) else {
            throw CLIError(
                """
                \(path) already exists; it may be the only way to open the personal data of a database, so it is never \
                replaced. Give another path with --key-file
                """
            )
        }
        if FileManager.default.fileExists(atPath: global.databasePath),
            let existing = try? IncidentStore(path: global.databasePath, options: .init(writes: false)),
            (try? existing.setting("key_id")) != nil
        {
            throw CLIError(
                """
                \(global.databasePath) is already sealed with another key; a new key would not open it. Give that \
                database's key file with --key-file or INCIDENTS_KEY
                """
            )
        }
        let keys = KeyRing.generate()
        do {
            try OutputFile.write(
                Data(keys.fileText.utf8), to: path,
                protection: OutputFile.Protection(
                    files: OutputFile.Protection.database(global.databasePath), kind: .key),
                ownerOnly: true)
        } catch { throw error.cli }
        print(
            """
            Wrote \(path) (key \(keys.identifier)), readable by its owner only. Back it up apart from the database: \
            without it the personal data cannot be opened.
            """
        )
    }
}

struct KeysRotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotate",
        abstract: "Seal every personal value under a new data key, in one transaction, and replace the key file.",
        discussion: """
            The key file first holds the new key and the old one, so that whatever happens the \
            database can be opened; once the database is re-sealed it holds the new key only. \
            The audit key stays. Back up the new key file.
            """)

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        // Before the key file is touched: the database must exist and be sealed with this key. A
        // mistyped database path would otherwise make an empty database, "re-seal" nothing and
        // replace another database's key file (its personal data lost for good).
        guard FileManager.default.fileExists(atPath: global.databasePath) else {
            throw CLIError(
                """
                \(global.databasePath): no database here; give the database whose key \(global.keyPath) is \
                (--database PATH). Nothing was changed
                """)
        }
        // One rotation of a database at a time: two at once each wrote the key file, and the
        // second replaced the key the first had sealed the database with (every record's personal
        // data lost). The key file is read only once the turn is taken.
        let turn = try KeysRotate.takeTurn(database: global.databasePath)
        defer { close(turn) }
        let current = try global.loadKeys()
        // The key file written through a link to it (the link stays, pointing at the new keys),
        // and as read: a file that changes under the rotation is not written over.
        let keyFile = KeysRotate.realPath(global.keyPath)
        let keyText = FileManager.default.contents(atPath: keyFile)
        do {
            let existing = try IncidentStore(
                path: global.databasePath,
                options: .init(writes: false, waitSeconds: global.wait, keys: current, keyPath: global.keyPath))
            guard let sealedWith = try existing.setting("key_id"),
                current.dataKeys.contains(where: { KeyRing.identifier($0) == sealedWith })
            else {
                throw CLIError(
                    """
                    \(global.databasePath) holds no data sealed with \(global.keyPath); there is nothing to rotate, \
                    and the key file was left as it was
                    """)
            }
        } catch let error as CLIError { throw error } catch { throw Advice.cli(error) }
        let rotated = current.rotated()
        let protection = OutputFile.Protection(
            files: OutputFile.Protection.database(global.databasePath), force: true, kind: .key)
        guard FileManager.default.contents(atPath: keyFile) == keyText else {
            throw CLIError("\(global.keyPath) changed while the rotation began; nothing was changed. Rotate again")
        }
        // Both keys first: the database opens with the file whatever happens next.
        do {
            try OutputFile.write(Data(rotated.fileText.utf8), to: keyFile, protection: protection, ownerOnly: true)
        } catch { throw error.cli }
        let store: IncidentStore
        do {
            store = try IncidentStore(
                path: global.databasePath,
                options: .init(waitSeconds: global.wait, keys: rotated, keyPath: global.keyPath))
        } catch {
            throw Advice.cli(error)
        }
        let records = try store.rotateKey(to: rotated, at: Clock.timestamp())
        let final = KeyRing(dataKeys: [rotated.dataKeys[0]], auditKey: rotated.auditKey)
        do {
            try OutputFile.write(Data(final.fileText.utf8), to: keyFile, protection: protection, ownerOnly: true)
        } catch {
            throw CLIError(
                """
                the database is sealed with the new key \(final.identifier), and \(global.keyPath) holds it with the \
                old one (\(error.description))
                """
            )
        }
        print(
            """
            Re-sealed the personal data of \(records.grouped) records under key \(final.identifier); \(global.keyPath) \
            holds the new key. Back it up now.
            """
        )
    }
}

extension KeysRotate {
    /// An exclusive lock, for this process's life or until closed, on a hidden file beside the
    /// database (".NAME.rotate-lock", kept), or an error when another rotation holds it.
    static func takeTurn(database: String) throws -> Int32 {
        // One lock however the database is named: its real path's folder (every link followed),
        // and its device and inode (a hard link in that folder, another name, the same file).
        let real = KeysRotate.realPath(database)
        let folder = (real as NSString).deletingLastPathComponent
        var info = stat()
        let identity = stat(real, &info) == 0 ? "\(info.st_dev)-\(info.st_ino)" : (real as NSString).lastPathComponent
        let lock = ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(
            ".incidents-\(identity).rotate-lock")
        let fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw CLIError(
                "\(lock): cannot make the rotation's lock (\(String(cString: strerror(errno)))); nothing was changed")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw CLIError(
                """
                \(database): another `incidents keys rotate` of this database is running; nothing was changed. Let \
                it finish, then rotate again if you still need to
                """)
        }
        return fd
    }
}

extension KeysRotate {
    /// `path` with every symbolic link in it followed (itself when it does not exist).
    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// `incidents audit`: the signed trail of every act that matters.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract:
            """
            List the audit trail (imports, exports, disclosures, review decisions, erasures, publications, key \
            rotations).
            """,
        discussion: "Each entry is signed with the one before it; `incidents audit verify` walks the chain.",
        subcommands: [AuditList.self, AuditVerify.self],
        defaultSubcommand: AuditList.self)
}

struct AuditList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List every entry, oldest first.")

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        let entries = try global.openExistingStore().auditEntries()
        guard !entries.isEmpty else { print("The audit trail is empty."); return }
        var table = TextTable(columns: ["entry", "at", "who", "what", "details", "note"], rightAligned: [0])
        for e in entries {
            table.add([String(e.id), e.at, e.actor, e.action, e.details, e.note ?? ""])
        }
        print(table.render())
    }
}

struct AuditVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every entry's signature and place; report the first entry edited, deleted, inserted or moved.")

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        let result = try global.openStoreWithKeys(writes: false).verifyAudit()
        if let problem = result.problem {
            printError("\(global.databasePath): the audit trail was tampered with: \(problem).")
            throw ExitCode.failure
        }
        print("The audit trail is whole: \(result.entries.grouped) entries, each signed and in its place.")
    }
}

/// `incidents erase`: a person's data removed on request.
struct EraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: "Remove the personal data of records (a person's request to erase), keeping what is counted.",
        discussion: """
            The sealed personal fields and their values in the change history are removed and \
            overwritten; date, category, place and the other counted fields stay, so no published \
            figure moves. A case example of the record is removed too, so later reports no longer \
            tell the person's story. The erasure is recorded in the audit trail (references, never values).
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The records' references.", valueName: "reference"))
    var references: [String]

    @Option(help: "The records' source (default: cst, the research team's).") var source: String = "cst"
    @Option(help: "A note for the audit trail (e.g. the request's reference).") var note: String?

    mutating func run() throws {
        guard let source = Source(source) else {
            throw ValidationError("--source \"\(source)\": expected cst, police or a partner's short name")
        }
        let store = try global.openStoreWithKeys()
        let (found, missing) = try store.erasureTargets(source: source, references: references)
        guard missing.isEmpty else {
            throw CLIError(
                "no record of \(source.name) with reference \(missing.joined(separator: ", ")); nothing was erased")
        }
        let erased = try store.erase(
            found, action: "erase", details: ["source": source.name], note: note,
            at: Clock.timestamp(), examples: true)
        let records = "\(erased.records.grouped) record\(erased.records == 1 ? "" : "s")"
        let examples =
            erased.examples > 0 ? " and \(erased.examples.grouped) case example\(erased.examples == 1 ? "" : "s")" : ""
        print(
            """
            Erased the personal data of \(records)\(examples); the counted fields stay. The erasure is in the audit \
            trail.
            """
        )
    }
}

/// `incidents retention`: personal data kept no longer than the retention period.
struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "Erase the personal data of records older than the retention period (with --dry-run, list them).",
        discussion: "Example: incidents retention --personal-data-older-than 6y --dry-run")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The retention period: years (6y) or months (18m).", valueName: "period"))
    var personalDataOlderThan: String

    @Flag(help: "List what would be erased; change nothing.") var dryRun = false
    @Option(help: .hidden) var today: String?
    @Option(help: "A note for the audit trail.") var note: String?

    mutating func run() throws {
        let text = personalDataOlderThan.lowercased()
        guard let unit = text.last, "ym".contains(unit), let amount = Int(text.dropLast()), amount > 0 else {
            throw ValidationError(
                "--personal-data-older-than \"\(personalDataOlderThan)\": expected years or months, e.g. 6y or 18m")
        }
        let now =
            try today.map { t in
                guard let d = CivilDate(iso: t) else { throw ValidationError("--today: expected YYYY-MM-DD") }; return d
            } ?? Clock.today()
        let months = unit == "y" ? amount * 12 : amount
        let total = now.year * 12 + (now.month - 1) - months
        let cutoff = CivilDate(
            year: total / 12, month: total % 12 + 1,
            day: min(now.day, CivilDate.daysIn(month: total % 12 + 1, year: total / 12)))!
        if dryRun {
            let targets = try global.openExistingStore().retentionTargets(before: cutoff)
            print(
                """
                \(targets.count.grouped) record\(targets.count == 1 ? "" : "s") dated before \(cutoff) hold personal \
                data and would be erased:
                """
            )
            for t in targets.prefix(1_000) { print("  \(t.source)/\(t.reference)  \(t.date)") }
            if targets.count > 1_000 { print("  … and \((targets.count - 1_000).grouped) more") }
            return
        }
        let store = try global.openStoreWithKeys()
        let targets = try store.retentionTargets(before: cutoff)
        // Case examples stay: an approved example holds no personal data, and retention is about
        // personal data kept too long, not a person's request to be left out of the report.
        let erased = try store.erase(
            targets, action: "retention", details: ["older_than": personalDataOlderThan, "before": cutoff.description],
            note: note, at: Clock.timestamp()
        ).records
        print(
            """
            Erased the personal data of \(erased.grouped) record\(erased == 1 ? "" : "s") dated before \(cutoff); the \
            counted fields stay.
            """
        )
    }
}
