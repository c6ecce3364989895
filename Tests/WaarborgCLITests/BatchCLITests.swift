import Foundation
import Testing

/// `assess --batch`: one output line per input line, each naming its line.
@Suite("Batch mode from the command line")
struct BatchCLITests {
    /// One case on one line.
    static let good = try! String(contentsOfFile: CLI.examples.appendingPathComponent("somali-boy-unaccompanied.json").path, encoding: .utf8)
        .replacingOccurrences(of: "\n", with: " ")

    /// The output lines as JSON objects (the output ends with a newline; no line is empty).
    func records(_ out: String) throws -> [[String: Any]] {
        #expect(out.hasSuffix("\n"))
        return try out.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
        }
    }

    func line(_ record: [String: Any]) -> Int? {
        (record["line"] ?? (record["error"] as? [String: Any])?["line"] ?? (record["skipped"] as? [String: Any])?["line"]) as? Int
    }

    @Test("blank and white-space-only lines give a 'skipped' record in place and are not failures")
    func blankLines() throws {
        let r = try CLI.run(["assess", "--batch", "-"], stdin: Self.good + "\n\n" + Self.good + "\n   \t \n" + Self.good + "\n")
        #expect(r.status == 0, "\(r.err)")
        let out = try records(r.out)
        #expect(out.count == 5)
        #expect(out.map(line) == [1, 2, 3, 4, 5])
        let skipped = try #require(out[1]["skipped"] as? [String: Any])
        #expect(skipped["reason"] as? String == "blank line")
        #expect((out[3]["skipped"] as? [String: Any])?["line"] as? Int == 4)
        for i in [0, 2, 4] { #expect(out[i]["schema"] as? String == "waarborg.assessment/1") }
        #expect(r.err.isEmpty)
    }

    @Test("every assessment carries its line number as its first member")
    func lineNumbers() throws {
        let r = try CLI.run(["assess", "--batch", "-"], stdin: Self.good + "\n" + Self.good + "\n")
        #expect(r.status == 0)
        #expect(r.out.hasPrefix(#"{"line":1,"schema":"waarborg.assessment/1""#))
        #expect(r.out.contains("\n" + #"{"line":2,"schema":"waarborg.assessment/1""#))
    }

    @Test("a bad line becomes an error record at its position; the run fails with a summary")
    func badLine() throws {
        let r = try CLI.run(["assess", "--batch", "-"], stdin: Self.good + "\n{bad\n\n" + Self.good + "\n")
        #expect(r.status == 1)
        let out = try records(r.out)
        #expect(out.count == 4)
        let e = try #require(out[1]["error"] as? [String: Any])
        #expect(e["line"] as? Int == 2 && e["path"] as? String == "$")
        #expect((e["message"] as? String)?.hasPrefix("$: not valid JSON (line 1, column 2:") == true)
        #expect(out[2]["skipped"] != nil && line(out[3]) == 4)
        #expect(r.err == "error: 1 of 4 lines could not be assessed (see the error records; 1 blank line skipped)\n")
    }

    @Test("CRLF line ends, blank CRLF lines included")
    func crlf() throws {
        let r = try CLI.run(["assess", "--batch", "-"], stdin: Self.good + "\r\n\r\n" + Self.good + "\r\n")
        #expect(r.status == 0, "\(r.err)")
        let out = try records(r.out)
        #expect(out.map(line) == [1, 2, 3])
        #expect(out[1]["skipped"] != nil)
    }

    @Test("a last line without a newline is read; a final newline adds no line")
    func lastLine() throws {
        let r = try CLI.run(["assess", "--batch", "-"], stdin: Self.good + "\n" + Self.good)
        #expect(r.status == 0)
        #expect(try records(r.out).map(line) == [1, 2])
        let empty = try CLI.run(["assess", "--batch", "-"], stdin: "")
        #expect(empty.status == 0 && empty.out.isEmpty)
    }

    @Test("a UTF-8 byte-order mark at the start of the file is skipped")
    func byteOrderMark() throws {
        let r = try CLI.run(["assess", "--batch", "-"], stdin: "\u{FEFF}" + Self.good + "\n")
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix(#"{"line":1,"#))
    }

    @Test("--format text with --batch is refused as a usage error (exit 64)")
    func textRefused() throws {
        let r = try CLI.run(["assess", "--batch", "--format", "text", "-"], stdin: Self.good + "\n")
        #expect(r.status == 64)
        #expect(r.out.isEmpty)
        #expect(r.err.contains("--format text is not available with --batch"))
    }

    @Test("--lang without --format text is refused (exit 64); with it, it works")
    func langNeedsText() throws {
        let somali = CLI.examples.appendingPathComponent("somali-boy-unaccompanied.json").path
        let json = try CLI.run(["assess", "--lang", "nl", somali])
        #expect(json.status == 64 && json.out.isEmpty)
        #expect(json.err.contains("--lang sets the language of the text report"))
        let batch = try CLI.run(["assess", "--batch", "--lang", "en", "-"], stdin: Self.good + "\n")
        #expect(batch.status == 64)
        let text = try CLI.run(["assess", "--format", "text", "--lang", "nl", somali])
        #expect(text.status == 0 && text.out.contains("TIJDLIJN"))
    }
}

@Suite("Input that cannot be read, from the command line")
struct InputErrorCLITests {
    let somali = CLI.examples.appendingPathComponent("somali-boy-unaccompanied.json").path

    @Test("'cannot read' says why: no such file, a directory")
    func reasons() throws {
        let missing = try CLI.run(["assess", "/nonexistent/waarborg-case.json"])
        #expect(missing.status == 1 && missing.out.isEmpty)
        #expect(missing.err == "error: cannot read /nonexistent/waarborg-case.json: no such file\n")
        let dir = FileManager.default.temporaryDirectory.path
        let directory = try CLI.run(["assess", dir])
        #expect(directory.status == 1)
        #expect(directory.err == "error: cannot read \(dir): it is a directory\n")
        let batchMissing = try CLI.run(["assess", "--batch", "/nonexistent/caseload.jsonl"])
        #expect(batchMissing.err == "error: cannot read /nonexistent/caseload.jsonl: no such file\n")
    }

    @Test("'cannot read' says permission denied (not testable as root)", .enabled(if: getuid() != 0))
    func permission() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("waarborg-unreadable-\(UUID().uuidString).json")
        try "{}".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
        let r = try CLI.run(["assess", file.path])
        #expect(r.err == "error: cannot read \(file.path): permission denied\n")
    }

    @Test("--data with a CSV that repeats a column: the message, exit 1, no crash (review D1)")
    func badDataset() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("waarborg-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "nationality,year,rate,upper_bound,basis,source,source\nSOM,2023,0.63,,EUAA,https://euaa.europa.eu,A\n"
            .write(to: dir.appendingPathComponent("eu-recognition-rates.csv"), atomically: true, encoding: .utf8)
        try "country,list,name,ref,source,status,note\nBGD,eu,Bangladesh,Reg 2026/464,press,adopted,\n"
            .write(to: dir.appendingPathComponent("safe-countries-of-origin.csv"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["assess", "--data", dir.path, somali])
        #expect(r.status == 1 && r.out.isEmpty)
        #expect(r.err == "error: dataset: eu-recognition-rates.csv:1: column \"source\" appears twice in the header (columns 6 and 7)\n")
    }

    @Test("a case that cannot be read as a case names the reason on one line")
    func invalidCase() throws {
        let r = try CLI.run(["assess", "-"], stdin: "{\"schema\":\"waarborg.case/1\",\"id\":\"x\",\"memberState\":\"DEU\",\"application\":{\"madeOn\":\"2026-08-03\"},\"applicant\":{}}")
        #expect(r.status == 1)
        #expect(r.err.hasPrefix("error: invalid case: $.memberState: \"DEU\" is not supported: only NLD (the Netherlands) is modelled"))
        #expect(r.err.filter { $0 == "\n" }.count == 1)
    }
}
