import ArgumentParser
import Foundation
import WaarborgRegister
import WaarborgRules

/// `waarborg admin …`: the register's API tokens, its backups and restores.
struct Admin: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage the register's API tokens (roles: reader, caseworker, admin), back it up and restore it.",
        subcommands: [CreateToken.self, RevokeToken.self, ListTokens.self, Backup.self, Restore.self])

    struct CreateToken: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create-token",
            abstract: "Create a token. It is printed once, on standard output; the register keeps only its hash.")
        @Option(help: "reader, caseworker or admin.") var role: Role
        @Option(help: "Whose token it is (a person or a service).") var name: String
        @OptionGroup var options: RegisterOptions
        func run() throws {
            let store = options.open()
            let t = options.attempt { () throws(RegisterError) in try store.createToken(name: name, role: role, actor: options.who) }
            printError(options.t("Token for \"\(t.info.name)\", role \(options.t(RegisterWords.role(role))). It is shown only now: store it safely.",
                                 "Token voor \"\(t.info.name)\", rol \(options.t(RegisterWords.role(role))). Het wordt alleen nu getoond: bewaar het veilig."))
            writeOut(Array((t.token + "\n").utf8))
        }
    }

    struct RevokeToken: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "revoke-token", abstract: "Revoke a token by its name: it no longer verifies.")
        @Option(help: "The token's name.") var name: String
        @OptionGroup var options: RegisterOptions
        func run() throws {
            let store = options.open()
            options.attempt { () throws(RegisterError) in try store.revokeToken(name: name, actor: options.who) }
            writeOut(Array(options.t("Token \"\(name)\" revoked.\n", "Token \"\(name)\" ingetrokken.\n").utf8))
        }
    }

    struct ListTokens: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list-tokens", abstract: "List the tokens (never their secrets).")
        @OptionGroup var options: RegisterOptions
        func run() throws {
            let store = options.open()
            let o = options
            let tokens = o.attempt { () throws(RegisterError) in try store.listTokens() }
            let rows = tokens.map { t in
                [t.name, o.t(RegisterWords.role(t.role)), t.createdAt.iso, t.createdBy,
                 t.revokedAt.map { o.t("revoked \($0.iso)", "ingetrokken \($0.iso)") } ?? o.t("valid", "geldig")]
            }
            writeOut(Array((tokens.isEmpty ? o.t("No tokens.\n", "Geen tokens.\n")
                : registerTable([o.t("name", "naam"), o.t("role", "rol"), o.t("created", "aangemaakt"), o.t("by", "door"), "status"], rows)).utf8))
        }
    }

    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the register to a new file; safe while the server runs and writes.",
            discussion: "SQLite's online backup: the copy is the register at one instant, with every case whole. A PostgreSQL register is backed up with pg_dump.")
        @Option(help: "The backup file to write (it must not exist yet).") var to: String
        @OptionGroup var options: RegisterOptions
        func run() throws {
            let path = sqlitePath(options)
            options.attempt { () throws(RegisterError) in try SQLiteBackup.backup(from: path, to: to) }
            writeOut(Array(options.t("Register \(path) backed up to \(to).\n", "Register \(path) bewaard in \(to).\n").utf8))
        }
    }

    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace the register by a backup; stop the server first.",
            discussion: "The backup is checked first: it must be a Waarborg register whose migrations this version knows. An existing register is only overwritten with --force. A PostgreSQL register is restored with pg_restore.")
        @Option(help: "The backup file (written by waarborg admin backup).") var from: String
        @Flag(help: "Overwrite an existing register.") var force = false
        @OptionGroup var options: RegisterOptions
        func run() throws {
            let path = sqlitePath(options)
            options.attempt { () throws(RegisterError) in try SQLiteBackup.restore(from: from, to: path, force: force) }
            // Opening it brings an older backup's schema up to date.
            _ = options.open()
            writeOut(Array(options.t("Register \(path) restored from \(from).\n", "Register \(path) hersteld uit \(from).\n").utf8))
        }
    }
}

/// The file of an SQLite register; a PostgreSQL URL ends the program with the pointer to pg_dump.
private func sqlitePath(_ options: RegisterOptions) -> String {
    let url = options.attempt { () throws(RegisterError) in try StoreURL(parsing: options.url) }
    switch url {
    case .sqlite(let path): return path
    default: fail(options.t("error: ", "fout: ") + RegisterError.backupNotSupported(scheme: "PostgreSQL").message(options.lang))
    }
}
