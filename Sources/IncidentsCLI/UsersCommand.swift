import ArgumentParser
import Figures
import Foundation
import IncidentModel
import IncidentStore
import WebApp

/// `incidents users`: the accounts of `incidents serve`.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Add, list, remove accounts of `incidents serve`, or change a password.",
        discussion: """
            Roles: \(Role.allCases.map { "\($0.rawValue) (\($0.summary))" }.joined(separator: "; ")).

            The password is read without echo on a terminal (asked twice), or as one line from \
            standard input otherwise (for scripts). At least \(Passwords.minimumLength) characters; \
            stored as a bcrypt hash only. With the key file, changes are recorded in the audit trail.

            Examples:
              incidents users add press-office --role media
              incidents users passwd press-office
            """,
        subcommands: [UsersAdd.self, UsersList.self, UsersRemove.self, UsersPasswd.self])
}

struct UsersAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an account (asks for its password).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The account's name: letters, digits, '.', '_' or '-'.", valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp("research, media or trustee.", valueName: "role"))
    var role: String

    mutating func run() throws {
        guard IncidentStore.isValidAccountName(name) else {
            throw CLIError("account name \"\(name)\": use 1 to 64 letters, digits, '.', '_' or '-'")
        }
        guard let chosen = Role(parsing: role) else {
            throw CLIError("role \"\(role)\": expected one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let store = try UsersSupport.openStore(global)
        if (try? store.account(named: name)) != nil {
            throw CLIError(
                """
                an account called \(name) already exists; choose another name, or change its password with \
                `incidents users passwd \(name)`
                """
            )
        }
        let password = try UsersSupport.newPassword(for: name)
        let at = Clock.timestamp()
        do {
            try store.addAccount(name: name, role: chosen.rawValue, passwordHash: Passwords.hash(password), at: at)
        } catch { throw Advice.cli(error) }
        UsersSupport.audit(store, "account-added", ["account": name, "role": chosen.rawValue], at: at)
        print("Added \(name) (\(chosen.rawValue): \(chosen.summary)).")
    }
}

struct UsersList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the accounts and their roles.")

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        let accounts: [Account]
        do { accounts = try global.openExistingStore().accounts() } catch let error as StoreError {
            throw Advice.advised(error)
        }
        guard !accounts.isEmpty else {
            print("No accounts yet; add one with `incidents users add NAME --role research|media|trustee`.")
            return
        }
        print(
            TextTable.render(
                headings: ["name", "role", "created", "password set"],
                rows: accounts.map { [$0.name, $0.role, $0.createdAt, $0.changedAt] }, numeric: []))
    }
}

/// The account a subcommand acts on, and the database it is in.
struct ExistingAccount: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The account's name.", valueName: "name"))
    var name: String

    /// The database, opened to write, after checking that the account exists.
    func open() throws -> IncidentStore {
        let store = try UsersSupport.openStore(global)
        guard (try? store.account(named: name)) != nil else {
            throw CLIError("there is no account called \(TerminalText.clean(name)); `incidents users list` lists them")
        }
        return store
    }
}

struct UsersRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove an account (its sessions end at once).")

    @OptionGroup var account: ExistingAccount

    mutating func run() throws {
        let store = try account.open(), name = account.name
        do { try store.removeAccount(name: name) } catch { throw Advice.cli(error) }
        UsersSupport.audit(store, "account-removed", ["account": name], at: Clock.timestamp())
        print("Removed \(name); its sessions have ended.")
    }
}

struct UsersPasswd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passwd", abstract: "Change an account's password (its sessions end at once).")

    @OptionGroup var account: ExistingAccount

    mutating func run() throws {
        let store = try account.open(), name = account.name
        let password = try UsersSupport.newPassword(for: name)
        let at = Clock.timestamp()
        do { try store.setPasswordHash(name: name, Passwords.hash(password), at: at) } catch { throw Advice.cli(error) }
        UsersSupport.audit(store, "account-password", ["account": name], at: at)
        print("Changed the password of \(name); its sessions have ended.")
    }
}

/// What the `users` subcommands share.
enum UsersSupport {
    /// The database, opened to write, with the key file's audit key when there is one.
    static func openStore(_ global: GlobalOptions) throws -> IncidentStore {
        guard FileManager.default.fileExists(atPath: global.databasePath) else {
            throw CLIError(
                """
                \(global.databasePath): no database here; import records with `incidents import`, run `incidents \
                demo`, or give --database PATH
                """
            )
        }
        var options = IncidentStore.Options(writes: true, waitSeconds: global.wait)
        if FileManager.default.fileExists(atPath: global.keyPath) {
            options.keys = try global.loadKeys()
            options.keyPath = global.keyPath
            options.auditKeyOnly = true
        }
        do { return try IncidentStore(path: global.databasePath, options: options) } catch { throw Advice.cli(error) }
    }

    /// Records the change in the audit trail, or says why it could not.
    static func audit(_ store: IncidentStore, _ action: String, _ details: [String: String], at: String) {
        guard store.keys != nil else {
            printError(
                """
                note: not recorded in the audit trail (no key file at the usual place; give --key-file \
                PATH to record account changes)
                """
            )
            return
        }
        do { try store.audit(action, details: details, at: at) } catch {
            printError("warning: not recorded in the audit trail: \(error)")
        }
    }

    /// A new password: asked twice without echo on a terminal, else one line of standard input.
    static func newPassword(for name: String) throws -> String {
        let password: String
        if isatty(STDIN_FILENO) != 0 {
            let first = try readHidden("New password for \(name): ")
            let again = try readHidden("The same password again: ")
            guard first == again else { throw CLIError("the two passwords differ; nothing was changed") }
            password = first
        } else {
            guard let line = readLine(strippingNewline: true) else {
                throw CLIError("no password on standard input; nothing was changed")
            }
            password = line
        }
        if let problem = Passwords.problem(password) { throw CLIError(problem + "; nothing was changed") }
        return password
    }

    /// A line typed at the terminal with echo off (restored afterwards).
    static func readHidden(_ prompt: String) throws -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = readLine(strippingNewline: true) else {
            throw CLIError("no password given; nothing was changed")
        }
        return line
    }
}
