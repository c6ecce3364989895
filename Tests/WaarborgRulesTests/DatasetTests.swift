import Foundation
import Testing
@testable import WaarborgRules

private func csvFailure(_ text: String) -> CSVTable.Failure? {
    do { _ = try CSVTable(text: text); return nil } catch { return error }
}

@Suite("Dataset CSV files")
struct DatasetCSVTests {
    static let ratesHeader = "nationality,year,rate,upper_bound,basis,source"

    @Test("a repeated column name is an error naming line 1 and the column, not a trap (review D1)")
    func duplicateColumn() throws {
        let f = try #require(csvFailure("nationality,year,rate,upper_bound,basis,source,source\nSYR,2023,0.94,,EUAA,https://euaa.europa.eu,A\n"))
        #expect(f.line == 1)
        #expect(f.message == #"column "source" appears twice in the header (columns 6 and 7)"#)
        do {
            _ = try RecognitionRates.parse("nationality,year,rate,upper_bound,basis,source,source\nSYR,2023,0.94,,EUAA,x,A\n", file: "eu-recognition-rates.csv")
            Issue.record("accepted")
        } catch {
            #expect(error.description == #"eu-recognition-rates.csv:1: column "source" appears twice in the header (columns 6 and 7)"#)
        }
    }

    @Test("a column without a name is an error")
    func emptyColumnName() {
        #expect(csvFailure("a,,b\n1,2,3\n")?.message == "column 2 of the header has no name")
    }

    @Test("a stray quote inside an unquoted field is an error with its line")
    func strayQuote() throws {
        let f = try #require(csvFailure("a,b\nx,1\ny\"z,2\n"))
        #expect(f.line == 3)
        #expect(f.message.hasPrefix("a quote inside an unquoted field"))
        let after = try #require(csvFailure("a,b\n\"x\"y,1\n"))
        #expect(after.line == 2)
        #expect(after.message.hasPrefix("text after the closing quote of a field"))
    }

    @Test("quoted commas, doubled quotes and line breaks in quotes are read (RFC 4180)")
    func quoting() throws {
        let t = try CSVTable(text: "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",2\nz,\"\"\n")
        #expect(t.rows.count == 3)
        #expect(t.rows[0] == ["a": "x, y", "b": "say \"hi\""])
        #expect(t.rows[1] == ["a": "two\nlines", "b": "2"])
        #expect(t.rows[2] == ["a": "z", "b": ""])
        #expect(t.lines == [2, 3, 5])
    }

    @Test("errors name the physical line, after blank lines and quoted line breaks")
    func lineNumbers() throws {
        let f = try #require(csvFailure("a,b\n\n\"p\nq\",1\nx\n"))
        #expect(f.line == 5 && f.message == "expected 2 fields, found 1")
        #expect(csvFailure("a,b\n\"open,1\n")?.line == 2)
        #expect(csvFailure("a,b\n\"open,1\n")?.message == "unterminated quoted field")
    }

    @Test("a row that repeats an earlier one exactly is an error")
    func duplicateRow() throws {
        let f = try #require(csvFailure("a,b\nx,1\ny,2\nx,1\n"))
        #expect(f.line == 4 && f.message == "the row repeats line 2")
    }

    @Test("a byte-order mark (Excel's CSV UTF-8) and CRLF line ends are accepted")
    func bomAndCRLF() throws {
        let t = try CSVTable(text: "\u{FEFF}a,b\r\nx,1\r\ny,2")
        #expect(t.header == ["a", "b"])
        #expect(t.rows == [["a": "x", "b": "1"], ["a": "y", "b": "2"]])
    }

    @Test("an empty file has no header row")
    func empty() {
        #expect(csvFailure("")?.message == "no header row")
        #expect(csvFailure("\n\n")?.message == "no header row")
    }

    @Test("the embedded datasets still load")
    func embedded() throws {
        let dir = try #require(Engine.embeddedData)
        let d = try Datasets.load(from: dir)
        #expect(d.recognitionRates.latest(for: CountryCode("SYR")!) != nil)
    }

    @Test("loading a directory whose CSV repeats a column is an error, not a crash")
    func loadDirectory() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("waarborg-dataset-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "\(Self.ratesHeader),source\nSYR,2023,0.94,,EUAA,x,A\n".write(to: dir.appendingPathComponent(Datasets.recognitionRatesFile), atomically: true, encoding: .utf8)
        try "country,list,name,ref,source,status,note\nBGD,eu,Bangladesh,Reg 2026/464,press,adopted,\n".write(to: dir.appendingPathComponent(Datasets.safeCountriesFile), atomically: true, encoding: .utf8)
        do {
            _ = try Datasets.load(from: dir)
            Issue.record("accepted")
        } catch {
            #expect(error.description == #"eu-recognition-rates.csv:1: column "source" appears twice in the header (columns 6 and 7)"#)
        }
    }
}
