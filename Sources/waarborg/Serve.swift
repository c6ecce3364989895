import ArgumentParser
import Dispatch
import Foundation
import WaarborgRegister
import WaarborgRules
import WaarborgServer

/// `waarborg serve`: the HTTP API on the register, with nothing to configure: the same database
/// default as `waarborg cases` (./waarborg.db), port 8080 on the loopback address.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the HTTP server: the JSON API (assess, compare, profiles, the case register, deadlines), see docs/server.md.",
        discussion: "Stops cleanly on SIGTERM or SIGINT (Ctrl-C). Logs go to standard error, one line per request with its request id. The register's routes need a bearer token: waarborg admin create-token --role reader|caseworker --name NAME.")

    @Option(help: "The port to listen on (0: any free port).") var port: Int = 8080
    @Option(help: "The address to listen on (0.0.0.0: every interface).") var host: String = "127.0.0.1"
    @Option(help: "The register: sqlite:///path/to/waarborg.db or postgres://user[:password]@host[:port]/db (default: $WAARBORG_DATABASE, else sqlite:///$PWD/waarborg.db).")
    var database: String?
    @Option(help: "Language of the messages: en or nl.") var lang: Language = .en
    @OptionGroup var sources: SourceOptions

    func validate() throws {
        if !(0...65_535).contains(port) { throw ValidationError("--port: expected 0 to 65535, found \(port)") }
    }

    /// As `RegisterOptions.url`: the option, else the environment, else ./waarborg.db.
    var url: String {
        if let database { return database }
        if let env = ProcessInfo.processInfo.environment["WAARBORG_DATABASE"], !env.isEmpty { return env }
        return "sqlite://" + FileManager.default.currentDirectoryPath + "/waarborg.db"
    }

    func run() throws {
        let nl = lang == .nl
        let engine: Engine
        do { engine = try sources.engine() } catch { fail("\(error)") }
        let store: any CaseStore
        let database: String
        do {
            let place = try StoreURL(parsing: url)
            store = try place.open(engine: engine)
            // The start line is often logged: it names the register without its password.
            database = place.displayed
        } catch { fail((nl ? "fout: " : "error: ") + error.message(lang)) }
        let app = WaarborgServer.application(engine: engine, store: store, host: host, port: port) { host, port in
            let address = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
            let line = nl ? "Waarborg draait: open \(address)/ in uw browser (register: \(database); de API: \(address)/openapi.json; stoppen: Ctrl-C)\n"
                          : "Waarborg is running: open \(address)/ in your browser (register: \(database); the API: \(address)/openapi.json; stop: Ctrl-C)\n"
            FileHandle.standardOutput.write(Data(line.utf8))
        }
        // The root command is synchronous (ParsableCommand), so the async server runs in a task and
        // this thread waits for it; runService() ends on SIGTERM or SIGINT after a graceful shutdown.
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do { try await app.runService() } catch { failure.set("\(error)") }
            done.signal()
        }
        done.wait()
        if let message = failure.get() { fail((nl ? "fout: de server is gestopt: " : "error: the server stopped: ") + message) }
    }
}

/// The server's error, handed from its task to the waiting thread.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var message: String?
    func set(_ m: String) { lock.lock(); message = m; lock.unlock() }
    func get() -> String? { lock.lock(); defer { lock.unlock() }; return message }
}
