import ArgumentParser
import Foundation
import WaarborgRules

@main
struct Waarborg: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waarborg",
        abstract: "An explainable model of the asylum procedure under the EU Pact as the Netherlands applies it.",
        discussion: """
        Start with `waarborg template > case.json` (an example case to edit) and
        `waarborg template --explain` (what every field and finding means), then
        `waarborg assess case.json`.

        Exit status:
          0   success (an undetermined assessment and a simulation with
              warnings are successes too)
          1   invalid input (a case, network or profile file), an unknown
              profile, a file that cannot be read, or, with --batch, a line
              that could not be assessed (its error record is in the output)
          64  a usage error: an unknown, missing or contradictory option
        An error is one line on standard error. With exit status 1 or 64
        nothing is written to standard output, except a batch's records.
        """,
        version: Assessor.engineVersion,
        subcommands: [Assess.self, Compare.self, Profiles.self, Template.self, Simulate.self, Cases.self, Admin.self, Serve.self])
}

/// Options shared by every command that loads profiles and datasets.
struct SourceOptions: ParsableArguments {
    @Option(name: .customLong("profiles-dir"),
            help: "Directory of profile YAML files to add to the embedded profiles. A profile there may use an embedded one as its base; one with the id of an embedded profile replaces it (a note on standard error says so).")
    var profilesDir: String?
    @Option(name: .customLong("data"), help: "Directory of datasets (default: the embedded datasets).")
    var dataDir: String?

    func engine() throws -> Engine {
        let engine: Engine
        do {
            engine = try Engine.load(profiles: profilesDir.map { URL(fileURLWithPath: $0) }, data: dataDir.map { URL(fileURLWithPath: $0) })
        } catch {
            if case .profile(let e) = error, let dir = profilesDir, e.file == URL(fileURLWithPath: dir).path {
                // The directory itself (missing, empty, a file): name the option.
                throw Failure("error: --profiles-dir \(dir): \(e.message)")
            }
            throw Failure("error: \(error)")
        }
        for r in engine.replacedProfiles {
            let based = r.dependents.isEmpty ? "" : "; the profiles based on it now build on this one: " + r.dependents.joined(separator: ", ")
            printError("note: --profiles-dir: \(r.file) replaces the embedded profile \"\(r.id)\" (\(r.replaced))\(based)")
        }
        return engine
    }
}

/// A user-facing failure: printed as one line on standard error, exit status 1.
struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ m: String) { description = m }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    Foundation.exit(1)
}

/// The bytes of `path` (`-`: standard input); if it cannot be read, says why and exits 1.
func readInput(_ path: String) -> [UInt8] {
    if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
    func cannot(_ reason: String) -> Never { fail("error: cannot read \(path): \(reason)") }
    func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case ENOTDIR: "no such file (a part of the path is not a directory)"
        case EACCES, EPERM: "permission denied"
        case EISDIR: "it is a directory"
        default: String(cString: strerror(code))
        }
    }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { cannot(reason(errno)) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { let e = errno; close(fd); cannot(reason(e)) }
    if info.st_mode & S_IFMT == S_IFDIR { close(fd); cannot(reason(EISDIR)) }
    let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    do { return Array(try handle.readToEnd() ?? Data()) } catch { cannot("\(error.localizedDescription)") }
}

func writeOut(_ bytes: [UInt8]) {
    FileHandle.standardOutput.write(Data(bytes))
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case json, text }
extension Language: ExpressibleByArgument {}
