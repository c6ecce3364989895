import ArgumentParser
import Foundation
import WaarborgRegister

extension Cases {
    /// `cases export`: the register as JSON Lines on standard output, one case per line.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the cases as JSON Lines: one case per line with its facts, reference, profile and status.",
            discussion: "The format (waarborg.case-line/1) is described in docs/register.md; waarborg cases import reads it back.")
        @Flag(name: .customLong("include-closed"), help: "Closed cases too (default: open cases only).") var includeClosed = false
        @OptionGroup var options: RegisterOptions
        func run() throws {
            let store = options.open()
            options.attempt { () throws(RegisterError) in
                try CaseLines.export(store, includeClosed: includeClosed) { writeOut($0) }
            }
        }
    }

    /// `cases import FILE`: every line stored, or none.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add the cases of a JSON Lines file (as cases export writes it): all of them, or none.",
            discussion: "Each line is checked first; the first bad one is reported with its line number and field, and nothing is stored. The cases get new numbers in this register.")
        @Argument(help: "JSON Lines file, or - for standard input.") var file: String
        @OptionGroup var options: RegisterOptions
        func run() throws {
            let store = options.open()
            let o = options
            let bytes = readLimited(file)
            let cases = o.attempt { () throws(RegisterError) in try CaseLines.parse(bytes) }
            let ids = o.attempt { () throws(RegisterError) in try store.importCases(cases, actor: o.who) }
            let range = ids.isEmpty ? "" : (ids.count == 1 ? " (\(ids[0]))" : " (\(ids.first!)–\(ids.last!))")
            writeOut(Array(o.t("\(ids.count) case(s) imported\(range).\n", "\(ids.count) zaak/zaken geïmporteerd\(range).\n").utf8))
        }

        /// The file, read no further than an import may be.
        func readLimited(_ path: String) -> [UInt8] {
            let limit = RegisterLimits.maxImportBytes
            let handle: FileHandle
            if path == "-" { handle = .standardInput } else {
                guard let h = FileHandle(forReadingAtPath: path) else {
                    fail(options.t("error: cannot read \(path)", "fout: kan \(path) niet lezen"))
                }
                handle = h
            }
            var bytes: [UInt8] = []
            while let chunk = try? handle.read(upToCount: 1 << 16), !chunk.isEmpty {
                bytes += chunk
                if bytes.count > limit {
                    fail(options.t("error: ", "fout: ") + RegisterError.importTooLarge(lines: bytes.count(where: { $0 == 0x0A }), bytes: bytes.count).message(options.lang))
                }
            }
            return bytes
        }
    }
}
