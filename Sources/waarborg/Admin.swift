import ArgumentParser
import Foundation
import WaarborgRegister
import WaarborgRules

/// `waarborg admin …`: the register's API tokens.
struct Admin: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage the register's API tokens (roles: reader, caseworker, admin).",
        subcommands: [CreateToken.self, RevokeToken.self, ListTokens.self])

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
}
