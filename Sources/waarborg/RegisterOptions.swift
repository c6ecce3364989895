import ArgumentParser
import Foundation
import LegalCalendar
import WaarborgRegister
import WaarborgRules

/// Options every `cases` and `admin` command shares: where the register is, who acts, the language.
struct RegisterOptions: ParsableArguments {
    @Option(help: "The register: sqlite:///path/to/waarborg.db or postgres://user[:password]@host[:port]/db (default: $WAARBORG_DATABASE, else sqlite:///$PWD/waarborg.db).")
    var database: String?
    @Option(name: .customLong("as"), help: "Who acts, as written in the audit log (default: $USER).")
    var actor: String?
    @Option(help: "Language of the text output and the messages: en or nl.") var lang: Language = .en
    @OptionGroup var sources: SourceOptions

    var url: String {
        if let database { return database }
        if let env = ProcessInfo.processInfo.environment["WAARBORG_DATABASE"], !env.isEmpty { return env }
        return "sqlite://" + FileManager.default.currentDirectoryPath + "/waarborg.db"
    }

    var who: String { actor ?? ProcessInfo.processInfo.environment["USER"] ?? "cli" }

    func t(_ en: String, _ nl: String) -> String { lang == .nl ? nl : en }
    func t(_ text: LocalizedText) -> String { text.text(lang) }

    /// The store, opened and migrated; a bad URL or an unreadable file ends the program (exit 1).
    func open() -> any CaseStore {
        let engine: Engine
        do { engine = try sources.engine() } catch { fail("\(error)") }
        return attempt { () throws(RegisterError) in try StoreURL(parsing: url).open(engine: engine) }
    }

    /// The facts file, read no further than the register accepts: a file over the limit is refused
    /// by its size, standard input once it has passed the limit, so a huge input is never held.
    func readFacts(_ path: String) -> [UInt8] {
        let limit = RegisterLimits.maxFactsBytes
        var size = 0
        if path == "-" {
            var bytes: [UInt8] = []
            while let chunk = try? FileHandle.standardInput.read(upToCount: 1 << 16), !chunk.isEmpty {
                bytes += chunk
                if bytes.count > limit {
                    fail(t("error: the facts on standard input are more than \(limit) bytes; the register takes at most 1 MiB",
                           "fout: de feiten op de standaardinvoer zijn meer dan \(limit) bytes; het register neemt er hoogstens 1 MiB aan"))
                }
            }
            return bytes
        } else if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  let n = (attributes[.size] as? NSNumber)?.intValue, n > limit, attributes[.type] as? FileAttributeType == .typeRegular {
            size = n
        }
        if size > 0 { fail(t("error: ", "fout: ") + RegisterError.factsTooLarge(bytes: size).message(lang)) }
        return readInput(path)
    }

    /// Runs a store call; a register error is one line on standard error, exit status 1.
    func attempt<T>(_ body: () throws(RegisterError) -> T) -> T {
        do { return try body() } catch { fail(t("error: ", "fout: ") + error.message(lang)) }
    }
}

extension Role: ExpressibleByArgument {}
extension CaseStatus: ExpressibleByArgument {}

/// `--format` of the register's listings.
enum ListFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

/// A case number as typed; refused before anything is opened if it is not a positive number.
struct CaseNumber: ExpressibleByArgument {
    let id: CaseID
    init?(argument: String) {
        guard let n = CaseID(argument), n > 0 else { return nil }
        id = n
    }
}

/// A text table sized to its cells, for the register's listings.
func registerTable(_ header: [String], _ rows: [[String]]) -> String {
    let widths = header.indices.map { i in ([header[i]] + rows.map { $0[i] }).map(\.count).max() ?? 0 }
    let table = TextTable(widths: widths)
    return table.row(header) + table.rule() + rows.map(table.row).joined()
}
